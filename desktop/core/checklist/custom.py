"""User phrase rules: phrases a reply must never contain, or must contain, per kind or per template.

The library stores them; :func:`desktop.core.checklist.check` runs them after
the built-in rules. Phrases are plain text, not regexes: matching ignores case,
treats any run of whitespace as one space and straight/curly quotes alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from desktop.core.checklist.engine import Category, RuleResult, Severity, Status
from desktop.core.checklist.text import normalise
from desktop.core.models import ALL_KINDS, Kind, Template
from desktop.core.models import PhraseRule as StoredPhraseRule


class PhraseMode(StrEnum):
    """Whether the phrases are forbidden or (at least one of them) required."""

    FORBIDDEN = "forbidden"
    REQUIRED = "required"


@dataclass(frozen=True)
class PhraseRule:
    """A user's own rule.

    ``FORBIDDEN`` fails on every occurrence of any phrase; ``REQUIRED`` passes
    when at least one of the phrases occurs (list alternatives, e.g. "thank you"
    and "thanks"). Empty ``kinds`` or ``templates`` mean "every kind" and
    "every template".
    """

    id: str
    phrases: tuple[str, ...]
    mode: PhraseMode = PhraseMode.FORBIDDEN
    title: str = ""
    why: str = ""
    severity: Severity = Severity.WARNING
    kinds: frozenset[Kind] = frozenset()
    templates: frozenset[str] = frozenset()
    fix: str | None = None

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise ValueError("a phrase rule needs an id")
        if not any(p.strip() for p in self.phrases):
            raise ValueError(f"phrase rule {self.id!r} has no phrases")

    def applies_to(self, kind: Kind, template: str | None) -> bool:
        """Whether this rule runs for a reply of ``kind`` made from ``template``."""
        if self.kinds and kind not in self.kinds:
            return False
        return not self.templates or (template is not None and template in self.templates)

    def evaluate(self, reply: str) -> RuleResult:
        """This rule's verdict on ``reply``."""
        pattern = _compile(self.phrases)
        spans = tuple(m.span() for m in pattern.finditer(normalise(reply)))
        listed = ", ".join(f"“{p.strip()}”" for p in self.phrases if p.strip())
        if self.mode is PhraseMode.FORBIDDEN:
            title = self.title or f"Avoids {listed}"
            why = self.why or "Your own rule: these words should not reach a customer."
            fix = self.fix or "Reword or remove the highlighted phrase."
            status = Status.FAIL if spans else Status.PASS
        else:
            title = self.title or f"Includes {listed}"
            why = self.why or "Your own rule: replies of this kind should say this."
            fix = self.fix or f"Add {listed}."
            status = Status.PASS if spans else Status.FAIL
        return RuleResult(
            self.id,
            title,
            why,
            self.severity,
            status,
            spans,
            fix if status is Status.FAIL else None,
            "",
            Category.CUSTOM,
        )


@lru_cache(maxsize=64)
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    parts = []
    for phrase in phrases:
        words = normalise(phrase).split()
        if not words:
            continue
        body = r"\s+".join(re.escape(w) for w in words)
        if words[0][0].isalnum():
            body = r"\b" + body
        if words[-1][-1].isalnum():
            body += r"\b"
        parts.append(body)
    return re.compile("|".join(parts), re.IGNORECASE)


def from_stored(stored: Iterable[StoredPhraseRule], template: Template | None = None) -> tuple[PhraseRule, ...]:
    """The library's phrase rules that apply to ``template``, as checklist rules.

    The library keeps one phrase per row; each becomes its own rule, so every
    forbidden phrase is reported (and highlighted) on its own.
    """
    rules = []
    for s in stored:
        if template is not None and not s.applies_to(template):
            continue
        kinds = frozenset() if s.kind == ALL_KINDS else frozenset({Kind(s.kind)})
        templates = frozenset() if s.template_id is None else frozenset({str(s.template_id)})
        mode = PhraseMode.REQUIRED if s.mode.value == "required" else PhraseMode.FORBIDDEN
        rules.append(PhraseRule(f"user_rule_{s.id}", (s.phrase,), mode, kinds=kinds, templates=templates))
    return tuple(rules)
