"""The ``extract`` subcommand: read a customer email and print its fields with evidence.

``replygem extract [FILE|-] [--json] [--today YYYY-MM-DD]`` reads one message
(plain text, pasted headers, HTML or .eml); ``--batch IN.jsonl`` reads one
``{"id", "text"}`` object per line and writes one result per line, so an
archive is processed in one process. A bad batch line yields an
``{"id", "error"}`` line and the run goes on.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, TextIO

from desktop.commands.base import CommandEnv, CommandError, parse_today, read_text_arg


def register(sub: Any) -> None:
    """Add the ``extract`` parser to the CLI's subparsers."""
    parser = sub.add_parser(
        "extract",
        help="read a customer email and print the fields found, with evidence",
        description="Read a customer email (text, HTML or .eml) and print every field found, with evidence.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="the email to read; '-' or nothing reads stdin")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day relative dates resolve against (default: today)")
    parser.add_argument(
        "--batch", metavar="IN.jsonl", help='read {"id", "text"} lines and write one JSON result per line'
    )
    parser.set_defaults(run=run)


def _json_value(value: object) -> object:
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    return str(value)


def _result(text: str, filename: str | None, today: date | None) -> dict[str, Any]:
    from desktop.core.extract import extract, read_message

    message = read_message(text, filename)
    result = extract(message.text, today=today)
    return {
        "fields": {name: _json_value(fv.value) for name, fv in result.fields.items()},
        "evidence": {
            name: {
                "start": fv.evidence.start,
                "end": fv.evidence.end,
                "text": fv.evidence.text,
                "confidence": fv.evidence.confidence,
            }
            for name, fv in result.fields.items()
        },
        "body": result.body,
        "warnings": list(result.warnings),
    }


def _table(data: dict[str, Any], out: TextIO) -> None:
    fields = data["fields"]
    if not fields:
        out.write("no fields found\n")
    else:
        width = max(len(name) for name in fields)
        vwidth = min(30, max(len(str(v)) for v in fields.values()))
        for name, value in fields.items():
            ev = data["evidence"][name]
            shown = " ".join(ev["text"].split())
            if len(shown) > 50:
                shown = shown[:47] + "..."
            out.write(f'{name:<{width}}  {value!s:<{vwidth}}  {ev["confidence"]:.2f}  "{shown}"\n')
    for warning in data["warnings"]:
        out.write(f"warning: {warning}\n")


def _batch(path: str, today: date | None, env: CommandEnv) -> int:
    if path == "-":
        stream: TextIO = sys.stdin
        lines = stream.read().splitlines()
    else:
        lines = read_text_arg(path, what="batch").splitlines()
    out = env.stdout
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        ident: object = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("line is not a JSON object")
            ident = item.get("id")
            text = item.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
            day = today
            if isinstance(item.get("today"), str):
                day = date.fromisoformat(item["today"])
            data = _result(text, None, day)
            record: dict[str, Any] = {
                "id": ident,
                "fields": data["fields"],
                "body": data["body"],
                "warnings": data["warnings"],
            }
        except (ValueError, TypeError) as exc:
            record = {"id": ident, "error": f"line {number}: {exc}"}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def run(args: argparse.Namespace, env: CommandEnv) -> int:
    """Run ``replygem extract``; see :func:`register` for the options."""
    today = parse_today(args.today)
    if args.batch is not None:
        if args.file is not None:
            raise CommandError("give either FILE or --batch, not both", 2)
        return _batch(args.batch, today, env)
    path = args.file or "-"
    text = read_text_arg(path)
    data = _result(text, None if path == "-" else path, today)
    if args.json:
        env.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        _table(data, env.stdout)
    return 0
