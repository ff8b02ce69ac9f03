"""Library subcommands: ``list``, ``search``, ``fill`` and ``profile``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.commands.base import CommandEnv, CommandError, parse_today, read_text_arg
from desktop.core.models import Kind, Template

SORTS = ("relevance", "most_used", "recent", "title")


def _add_filters(p: argparse.ArgumentParser, default_sort: str) -> None:
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--kind", choices=[k.value for k in Kind], help="only templates of this kind")
    p.add_argument("--tag", help="only templates with this tag")
    p.add_argument("--sort", choices=SORTS, default=default_sort, help=f"order (default: {default_sort})")


def register(sub: Any) -> None:
    """Add ``list``, ``search``, ``fill`` and ``profile`` to the CLI."""
    p = sub.add_parser("list", help="list the templates in the library")
    _add_filters(p, "title")
    p.set_defaults(run=run_list)

    p = sub.add_parser("search", help="search the library (every word, as a prefix)")
    p.add_argument("query", nargs="+", help="words to look for")
    _add_filters(p, "relevance")
    p.set_defaults(run=run_search)

    p = sub.add_parser("profile", help="show or change your sender details and date/time style")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="change one setting (repeatable)")
    p.set_defaults(run=run_profile)

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


def _kind(args: argparse.Namespace) -> Kind | None:
    return Kind(args.kind) if args.kind else None


def run_list(args: argparse.Namespace, env: CommandEnv) -> int:
    """Print every template (pinned first)."""
    sort = "title" if args.sort == "relevance" else args.sort
    _print_templates(env.library().list(_kind(args), tag=args.tag, sort=sort), env, args.json)
    return 0


def run_search(args: argparse.Namespace, env: CommandEnv) -> int:
    """Print the templates matching the query, best first; exit 1 if none."""
    found = env.library().search(" ".join(args.query), kind=_kind(args), tag=args.tag, sort=args.sort)
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
    draft = compose(template.body, email, profile=env.library().profile(), overrides=overrides, today=today)
    if draft.rendered.error is not None:
        raise CommandError(f"template {template.title!r} has an error at {draft.rendered.error}")
    env.stdout.write(draft.text if draft.text.endswith("\n") else draft.text + "\n")
    if draft.rendered.missing:
        print("replygem: unfilled fields: " + ", ".join(draft.rendered.missing), file=env.stderr)
    return 0


def run_profile(args: argparse.Namespace, env: CommandEnv) -> int:
    """Print the profile as JSON, after applying any ``--set name=value``."""
    import dataclasses

    from desktop.core.profile import CLOCKS, Profile

    library = env.library()
    profile = library.profile()
    if args.set:
        known = {f.name: f for f in dataclasses.fields(Profile)}
        changes: dict[str, object] = {}
        for item in args.set:
            name, value = _parse_field(item)
            if name not in known:
                raise CommandError(f"unknown setting {name!r} (known: {', '.join(known)})", 2)
            if name == "copy_guard":
                if value.strip().lower() not in ("true", "false", "yes", "no", "on", "off", "1", "0"):
                    raise CommandError(f"copy_guard must be true or false, not {value!r}", 2)
                changes[name] = value.strip().lower() in ("true", "yes", "on", "1")
            elif name == "clock" and value not in CLOCKS:
                raise CommandError(f"clock must be one of {', '.join(CLOCKS)}, not {value!r}", 2)
            else:
                changes[name] = value.replace("\\n", "\n")
        profile = library.save_profile(dataclasses.replace(profile, **changes))  # type: ignore[arg-type]
    print(json.dumps(profile.to_dict(), ensure_ascii=False, indent=2), file=env.stdout)
    return 0
