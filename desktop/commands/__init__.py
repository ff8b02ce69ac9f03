"""Headless subcommands of the ``replygem`` CLI, one module per command group.

Each module exposes ``register(subparsers)``, which adds its parser(s) and sets
``run=`` to a function ``run(args, env) -> int``. :mod:`desktop.cli` lists them.
"""
