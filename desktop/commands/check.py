"""``replygem check REPLY_FILE``: run the checklist on a filled reply.

Exit codes: 0 when no blocker failed, 1 when one did (the copy guard), 2 on a
usage or input error. ``--json`` prints ``{"score", "label", "results": [...]}``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.commands.base import CommandEnv, CommandError, parse_today, read_text_arg
from desktop.core.checklist import Report, Status, check
from desktop.core.checklist.custom import PhraseRule, from_stored
from desktop.core.models import Kind

_MARK = {Status.PASS: "pass", Status.FAIL: "FAIL", Status.NA: "n/a "}


def register(sub: Any) -> None:
    """Add the ``check`` subcommand to the CLI's subparsers."""
    p = sub.add_parser(
        "check",
        help="check a reply against the checklist (diamond, SNAP, glass)",
        description="Check a filled reply: exit 1 when a blocker fails, 0 otherwise, 2 on a usage or input error.",
    )
    p.add_argument("reply_file", metavar="REPLY_FILE", help="the reply to check ('-' for stdin)")
    p.add_argument("--email", metavar="EMAIL_FILE", help="the customer's email the reply answers ('-' for stdin)")
    p.add_argument("--kind", choices=("snap", "diamond"), default="diamond", help="kind of reply (default: diamond)")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the date to check against (default: today)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.set_defaults(run=run)


def report_to_json(report: Report) -> dict[str, object]:
    """The JSON shape of the CLI: score, label and one entry per rule."""
    return {
        "score": report.score,
        "label": report.label,
        "results": [
            {
                "id": r.id,
                "title": r.title,
                "severity": r.severity.value,
                "status": r.status.value,
                "spans": [[s, e] for s, e in r.spans],
                "fix": r.fix if r.status is Status.FAIL else None,
            }
            for r in report.results
        ],
    }


def _excerpt(text: str, span: tuple[int, int], width: int = 50) -> str:
    piece = " ".join(text[span[0] : span[1]].split())
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def _print_text(report: Report, reply: str, env: CommandEnv) -> None:
    out = env.stdout
    out.write(f"Score {report.score}/100: {report.label}\n")
    for r in report.results:
        out.write(f"{_MARK[r.status]}  {r.title} [{r.severity.value}]\n")
        if r.status is Status.FAIL:
            for span in r.spans[:3]:
                out.write(f"      at {span[0]}-{span[1]}: “{_excerpt(reply, span)}”\n")
            if r.fix:
                out.write(f"      fix: {r.fix}\n")
    if report.blockers:
        names = ", ".join(r.id for r in report.blockers)
        out.write(f"Blocked: fix or confirm before sending ({names}).\n")


def _library_rules(env: CommandEnv, kind: Kind) -> tuple[PhraseRule, ...]:
    """The user's phrase rules for every template of ``kind``, if a library exists.

    A plain check must not create a library as a side effect, so none is opened
    when the data folder has none yet.
    """
    from desktop.store.library import DB_NAME

    if not (env.data_dir / DB_NAME).exists():
        return ()
    stored = [r for r in env.library().phrase_rules() if r.template_id is None and r.kind in ("all", kind.value)]
    return from_stored(stored)


def run(args: argparse.Namespace, env: CommandEnv) -> int:
    """Check the reply and print the results; the exit code is the copy guard."""
    if args.reply_file == "-" and args.email == "-":
        raise CommandError("only one of REPLY_FILE and --email can be read from stdin", 2)
    today = parse_today(args.today)
    reply = read_text_arg(args.reply_file, what="reply")
    if not reply.strip():
        raise CommandError(f"reply file is empty: {args.reply_file}", 2)
    fields: dict[str, object] = {}
    email_text = ""
    if args.email is not None:
        from desktop.core.extract import extract

        raw = read_text_arg(args.email, what="email")
        extraction = extract(raw, today=today)
        fields = extraction.values()
        email_text = extraction.body or raw
    kind = Kind.parse(args.kind)
    report = check(
        reply,
        kind=kind,
        fields=fields,
        email_text=email_text,
        today=today,
        custom_rules=_library_rules(env, kind),
    )
    if args.json:
        json.dump(report_to_json(report), env.stdout, ensure_ascii=False)
        env.stdout.write("\n")
    else:
        _print_text(report, reply, env)
    return 1 if report.blockers else 0
