"""What every subcommand gets: output streams, the library and a clean error type."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from desktop.store import Library


class CommandError(Exception):
    """A user-facing failure: printed as one line on stderr, exit with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class CommandEnv:
    """Shared context for a CLI run; the library opens on first use."""

    data_dir: Path
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _library: Library | None = None

    def library(self) -> Library:
        """The template library in ``data_dir``, opened (and seeded) on first call."""
        if self._library is None:
            from desktop.store import LibraryError, open_library

            try:
                self._library = open_library(self.data_dir)
            except LibraryError as exc:
                raise CommandError(str(exc)) from None
        return self._library

    def close(self) -> None:
        """Close the library if it was opened."""
        if self._library is not None:
            self._library.close()
            self._library = None


def read_text_arg(path: str, *, what: str = "email") -> str:
    """Read a text file named on the command line ('-' is stdin) or raise CommandError."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            raise CommandError(f"{what} file not found: {path}", 2)
        if p.is_dir():
            raise CommandError(f"{what} file is a folder: {path}", 2)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {what} file {path}: {exc.strerror}", 2) from None
    return data.decode("utf-8", errors="replace")


def parse_today(text: str | None) -> date | None:
    """Parse a ``--today YYYY-MM-DD`` value or raise CommandError."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--today must be a date as YYYY-MM-DD, not {text!r}", 2) from None
