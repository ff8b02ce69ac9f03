"""Library subcommands: ``list``, ``search`` and ``fill``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.commands.base import CommandEnv, CommandError, parse_today, read_text_arg
from desktop.core.models import Template


def register(sub: Any) -> None:
    """Add ``list``, ``search`` and ``fill`` to the CLI."""
    p = sub.add_parser("list", help="list the templates in the library")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=run_list)

    p = sub.add_parser("search", help="search the library (every word, as a prefix)")
    p.add_argument("query", nargs="+", help="words to look for")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=run_search)

    p = sub.add_parser("fill", help="fill a template from a customer's email and print the reply")
    p.add_argument("template", help="template id or unique title prefix")
    p.add_argument("--email", required=True, metavar="FILE", help="the customer's email ('-' for stdin)")
    p.add_argument(
        "--field", action="append", default=[], metavar="NAME=VALUE", help="set a field by hand (repeatable)"
    )
    p.add_argument("--today", metavar="YYYY-MM-DD", help="resolve relative dates against this day")
    p.set_defaults(run=run_fill)


def _print_templates(templates: list[Template], env: CommandEnv, as_json: bool) -> None:
    if as_json:
        data = [{"id": t.id, "title": t.title, "kind": t.kind.value, "tags": list(t.tags)} for t in templates]
        print(json.dumps(data, ensure_ascii=False, indent=2), file=env.stdout)
        return
    for t in templates:
        print(f"{t.id:>4}  {t.kind.value:<8} {t.title}", file=env.stdout)


def run_list(args: argparse.Namespace, env: CommandEnv) -> int:
    """Print every template."""
    _print_templates(env.library().list(), env, args.json)
    return 0


def run_search(args: argparse.Namespace, env: CommandEnv) -> int:
    """Print the templates matching the query, best first; exit 1 if none."""
    found = env.library().search(" ".join(args.query))
    _print_templates(found, env, args.json)
    if not found and not args.json:
        print("no templates match", file=env.stderr)
    return 0 if found else 1


def _parse_field(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise CommandError(f"--field must look like name=value, not {text!r}", 2)
    return name.strip(), value


def run_fill(args: argparse.Namespace, env: CommandEnv) -> int:
    """Print the filled reply; warn on stderr about fields left unfilled."""
    from desktop.core.compose import compose
    from desktop.store import TemplateNotFound

    overrides = dict(_parse_field(f) for f in args.field)
    today = parse_today(args.today)
    email = read_text_arg(args.email)
    if not email.strip():
        raise CommandError(f"the email file is empty: {args.email}", 2)
    try:
        template = env.library().resolve(args.template)
    except TemplateNotFound as exc:
        raise CommandError(str(exc)) from None
    draft = compose(template.body, email, overrides=overrides, today=today)
    if draft.rendered.error is not None:
        raise CommandError(f"template {template.title!r} has an error at {draft.rendered.error}")
    env.stdout.write(draft.text if draft.text.endswith("\n") else draft.text + "\n")
    if draft.rendered.missing:
        print("replygem: unfilled fields: " + ", ".join(draft.rendered.missing), file=env.stderr)
    return 0
