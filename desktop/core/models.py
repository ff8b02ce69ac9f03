"""Plain data types shared by the store, the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a template is for; the checklist applies rules by kind."""

    SNAP = "snap"
    DIAMOND = "diamond"
    GENERAL = "general"

    @classmethod
    def parse(cls, text: str) -> Kind:
        """Return the kind named by ``text`` (case-insensitive) or raise ValueError."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(k.value for k in cls)
            raise ValueError(f"unknown kind {text!r} (expected one of: {names})") from None


@dataclass(frozen=True)
class Template:
    """One reply template as stored in the library."""

    title: str
    body: str
    kind: Kind = Kind.GENERAL
    tags: tuple[str, ...] = ()
    when: str = ""
    id: int | None = None
    created: str = ""
    updated: str = ""
