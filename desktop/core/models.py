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
    pinned: bool = False
    use_count: int = 0
    last_used: str = ""  # ISO timestamp of the last copy, "" when never used
    deleted_at: str = ""  # ISO timestamp when moved to the trash, "" when live

    @property
    def in_trash(self) -> bool:
        """True when the template is in the trash (hidden from list and search)."""
        return bool(self.deleted_at)


@dataclass(frozen=True)
class Revision:
    """One saved version of a template; every add, update and restore makes one.

    ``number`` counts from 1 per template; ``saved_at`` is an ISO timestamp.
    """

    id: int
    template_id: int
    number: int
    title: str
    body: str
    kind: Kind
    tags: tuple[str, ...]
    when: str
    saved_at: str

    def as_template(self) -> Template:
        """This version's content as an unsaved Template (no id)."""
        return Template(title=self.title, body=self.body, kind=self.kind, tags=self.tags, when=self.when)


class RuleMode(StrEnum):
    """Whether a user phrase must not, or must, appear in a reply."""

    FORBIDDEN = "forbidden"
    REQUIRED = "required"


ALL_KINDS = "all"


@dataclass(frozen=True)
class PhraseRule:
    """A user's own checklist rule: a phrase that is forbidden in, or required by, replies.

    ``kind`` is a :class:`Kind` value or ``"all"``; ``template_id`` narrows the rule
    to one template (None: every template of that kind).
    """

    phrase: str
    mode: RuleMode = RuleMode.FORBIDDEN
    kind: str = ALL_KINDS
    template_id: int | None = None
    id: int | None = None

    def applies_to(self, template: Template | None) -> bool:
        """True when the rule concerns replies written from ``template``."""
        if template is None:
            return self.template_id is None and self.kind == ALL_KINDS
        if self.template_id is not None and self.template_id != template.id:
            return False
        return self.kind in (ALL_KINDS, template.kind.value)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "restaurant, booking; Table": trimmed, empty ones dropped, first spelling kept."""
    seen: dict[str, str] = {}
    for tag in (t.strip() for t in text.replace(";", ",").split(",")):
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())
