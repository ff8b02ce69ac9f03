"""Moving templates in and out, and suggesting one: ``export``, ``import`` and ``suggest``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.commands.base import CommandEnv, CommandError, read_text_arg


def register(sub: Any) -> None:
    """Add ``export``, ``import`` and ``suggest`` to the CLI."""
    p = sub.add_parser("export", help="write every template as a Markdown file into a folder")
    p.add_argument("folder", metavar="DIR", help="folder to write into (created if needed)")
    p.set_defaults(run=run_export)

    p = sub.add_parser("import", help="import templates from Markdown, Espanso YAML or CSV files")
    p.add_argument("path", metavar="PATH", help="a file, or a folder of files")
    p.set_defaults(run=run_import)

    p = sub.add_parser("suggest", help="rank the templates that best fit a customer's email")
    p.add_argument("--email", required=True, metavar="FILE", help="the customer's email ('-' for stdin)")
    p.add_argument("--json", action="store_true", help="print the full ranking as JSON")
    p.set_defaults(run=run_suggest)


def run_export(args: argparse.Namespace, env: CommandEnv) -> int:
    """Export the library; print each file written."""
    from desktop.store.transfer import ExportError, export_library

    try:
        written = export_library(env.library(), Path(args.folder).expanduser())
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    for path in written:
        print(path, file=env.stdout)
    print(f"exported {len(written)} templates to {args.folder}", file=env.stderr)
    return 0


def run_import(args: argparse.Namespace, env: CommandEnv) -> int:
    """Import what can be imported; list every refused file with its reason; exit 1 if any."""
    from desktop.store.transfer import import_path

    report = import_path(env.library(), Path(args.path).expanduser())
    for t in report.imported:
        print(f"imported  {t.id:>4}  {t.title}", file=env.stdout)
    for t in report.unchanged:
        print(f"unchanged       {t.title} (already in the library)", file=env.stdout)
    for path, reason in report.refused:
        print(f"refused   {path}: {reason}", file=env.stderr)
    summary = f"{len(report.imported)} imported, {len(report.unchanged)} unchanged, {len(report.refused)} refused"
    if report.skipped:
        summary += f", {len(report.skipped)} other files skipped"
    print(summary, file=env.stderr)
    return 1 if report.refused else 0


def run_suggest(args: argparse.Namespace, env: CommandEnv) -> int:
    """Print the three best templates for the email (or the whole ranking as JSON)."""
    from desktop.core.suggest import suggest

    email = read_text_arg(args.email)
    if not email.strip():
        raise CommandError(f"the email file is empty: {args.email}", 2)
    ranked = suggest(email, env.library().list())
    if args.json:
        data = [{"id": t.id, "title": t.title, "kind": t.kind.value, "score": score} for t, score in ranked]
        print(json.dumps(data, ensure_ascii=False, indent=2), file=env.stdout)
        return 0
    best = [(t, s) for t, s in ranked if s > 0][:3]
    if not best:
        print("no template fits this email", file=env.stderr)
        return 1
    for rank, (t, score) in enumerate(best, 1):
        print(f"{rank}. {t.title}  ({t.kind.value}, id {t.id}, score {score:.2f})", file=env.stdout)
    return 0
