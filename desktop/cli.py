"""The ``replygem`` command line: global options and dispatch to :mod:`desktop.commands`.

With no subcommand the GUI starts (see :mod:`desktop.app`). Every user error is
one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.commands.base import CommandEnv, CommandError

# Subcommand modules under desktop.commands; each has register(subparsers).
COMMAND_MODULES = ("library", "transfer", "extract", "check")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="replygem",
        description="Warm, correct replies to customer email, filled from the customer's own words.",
    )
    parser.add_argument("--version", action="version", version=f"replygem {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="library folder (default: $REPLYGEM_HOME or the user data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status."""
    from desktop.paths import data_dir

    args = build_parser().parse_args(argv)
    if not getattr(args, "run", None):
        from desktop.app import run_gui

        return run_gui(args)
    env = CommandEnv(data_dir=data_dir(args.data_dir))
    try:
        return int(args.run(args, env))
    except CommandError as exc:
        print(f"replygem: {exc}", file=env.stderr)
        return exc.code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        env.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
