"""A subcommand still being written."""

from typing import Any


def register(sub: Any) -> None:
    """Not registered yet."""
