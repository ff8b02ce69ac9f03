"""Result types of extraction: values, their evidence and runner-up candidates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where a value was found: a span ``text[start:end]`` of the analysed text."""

    start: int
    end: int
    text: str
    confidence: float


@dataclass(frozen=True)
class Candidate:
    """One possible value for a field, with the evidence for it."""

    value: object
    evidence: Evidence


@dataclass(frozen=True)
class FieldValue:
    """A field's candidates, best first; ``value`` and ``evidence`` are the best one's."""

    name: str
    candidates: tuple[Candidate, ...]

    @property
    def value(self) -> object:
        return self.candidates[0].value

    @property
    def evidence(self) -> Evidence:
        return self.candidates[0].evidence


@dataclass(frozen=True)
class Extraction:
    """Everything read from one email.

    ``text`` is the text the spans index into (the pasted text, or the decoded
    body of an .eml/HTML message); ``body`` is the customer's new text with
    quoted history and signature removed. ``form`` is the input form the text
    came in: "text", "headers", "html" or "eml".

    Field values: strings for names, contacts, reference, subject and the
    mention labels (``dietary``, ``accessibility``, ``occasion``, comma-separated
    when several); ``int`` for party sizes and nights; "YYYY-MM-DD" for dates,
    "HH:MM" for times, an English day name for ``weekday``. The tone flags
    ``complaint`` and ``urgent`` are fields with the value ``True``, present only
    when the tone was detected.
    """

    text: str
    body: str
    fields: Mapping[str, FieldValue] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    form: str = "text"

    def values(self) -> dict[str, object]:
        """Field name to best value, for filling a template."""
        return {name: fv.value for name, fv in self.fields.items()}
