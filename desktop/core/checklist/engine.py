"""Rule engine: rule registry, result types, running and scoring.

A rule is a plain function ``CheckContext -> Outcome`` registered with :func:`rule`.
Built-in rules live in :mod:`.glass`, :mod:`.diamond` and :mod:`.snap` (loaded
by :mod:`.rules`); users add phrase rules (:class:`.custom.PhraseRule`) that
:func:`check` runs after them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.core.models import Kind

if TYPE_CHECKING:
    from desktop.core.checklist.custom import PhraseRule


class Severity(StrEnum):
    """How much a failed rule matters; blockers stop a copy unless confirmed."""

    BLOCKER = "blocker"
    WARNING = "warning"
    TIP = "tip"


class Category(StrEnum):
    """Which list a rule belongs to, for grouping in the UI."""

    GLASS = "glass"
    DIAMOND = "diamond"
    SNAP = "snap"
    CUSTOM = "custom"


class Status(StrEnum):
    """The outcome of one rule on one reply."""

    PASS = "pass"
    FAIL = "fail"
    NA = "n/a"


@dataclass(frozen=True)
class CheckContext:
    """What a rule may look at: the reply, its kind and what was read from the email."""

    reply: str
    kind: Kind = Kind.GENERAL
    fields: Mapping[str, object] = field(default_factory=dict)
    email_text: str = ""
    today: date | None = None
    # Work two rules share within one check (read-backs compared with the email), done once.
    shared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Outcome:
    """What a rule function returns: its status, the reply spans concerned and a fix."""

    status: Status
    spans: tuple[tuple[int, int], ...] = ()
    fix: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class Rule:
    """A registered rule: metadata plus the function that evaluates it."""

    id: str
    title: str
    why: str
    severity: Severity
    kinds: frozenset[Kind]
    func: Callable[[CheckContext], Outcome]
    category: Category = Category.GLASS


@dataclass(frozen=True)
class RuleResult:
    """One rule's verdict on a reply, ready to show or serialise."""

    id: str
    title: str
    why: str
    severity: Severity
    status: Status
    spans: tuple[tuple[int, int], ...] = ()
    fix: str | None = None
    detail: str = ""
    category: Category = Category.GLASS


@dataclass(frozen=True)
class Report:
    """All results for one reply, with the score (0-100) and its label."""

    results: tuple[RuleResult, ...]
    score: int
    label: str

    @property
    def blockers(self) -> tuple[RuleResult, ...]:
        """Failed rules that must stop a copy unless the user confirms."""
        return tuple(r for r in self.results if r.status is Status.FAIL and r.severity is Severity.BLOCKER)

    def result(self, rule_id: str) -> RuleResult:
        """The result of the rule with this id (KeyError if it did not run)."""
        for r in self.results:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


ALL_KINDS = frozenset(Kind)
DIAMOND_KINDS = frozenset({Kind.DIAMOND})
SNAP_KINDS = frozenset({Kind.SNAP})
_REGISTRY: dict[str, Rule] = {}


def rule(
    rule_id: str,
    *,
    title: str,
    why: str,
    severity: Severity,
    kinds: frozenset[Kind] = ALL_KINDS,
    category: Category = Category.GLASS,
) -> Callable[[Callable[[CheckContext], Outcome]], Callable[[CheckContext], Outcome]]:
    """Register a rule function under ``rule_id``.

    ``kinds`` are the reply kinds it runs on: every kind (glass detectors and the
    basics of any reply), diamond only, or SNAP only.
    """

    def register(func: Callable[[CheckContext], Outcome]) -> Callable[[CheckContext], Outcome]:
        if rule_id in _REGISTRY:
            raise ValueError(f"rule {rule_id!r} registered twice")
        _REGISTRY[rule_id] = Rule(rule_id, title, why, severity, kinds, func, category)
        return func

    return register


def registered_rules() -> tuple[Rule, ...]:
    """Every registered rule, in registration order."""
    from desktop.core.checklist import rules  # noqa: F401  (registers the built-in rules)

    return tuple(_REGISTRY.values())


# Each failed rule costs points by severity; the score is what remains of 100.
_PENALTY = {Severity.BLOCKER: 40, Severity.WARNING: 15, Severity.TIP: 5}


def score_results(results: tuple[RuleResult, ...]) -> tuple[int, str]:
    """Score = 100 minus a penalty per failed rule (blocker 40, warning 15, tip 5), floored at 0.

    Label: any failed blocker or a score under 50 is "glass"; 85 and over is "diamond";
    anything between is "good".
    """
    score = 100 - sum(_PENALTY[r.severity] for r in results if r.status is Status.FAIL)
    score = max(0, score)
    if score < 50 or any(r.status is Status.FAIL and r.severity is Severity.BLOCKER for r in results):
        label = "glass"
    elif score >= 85:
        label = "diamond"
    else:
        label = "good"
    return score, label


def check(
    reply: str,
    *,
    kind: Kind = Kind.GENERAL,
    fields: Mapping[str, object] | None = None,
    email_text: str = "",
    today: date | None = None,
    custom_rules: Iterable[PhraseRule] = (),
    template: str | None = None,
) -> Report:
    """Run every rule that applies to ``kind`` on ``reply`` and score the outcome.

    ``fields`` are the values read from the customer's email; ``today`` defaults
    to the real date. ``custom_rules`` are the user's phrase rules; each runs when
    it applies to ``kind`` and to ``template`` (the template's id or title).
    """
    # Trailing blank lines carry no meaning (files end with a newline) and must not change
    # a verdict; dropping them keeps every span valid for the reply as given.
    ctx = CheckContext(
        reply=reply.rstrip(), kind=kind, fields=dict(fields or {}), email_text=email_text, today=today or date.today()
    )
    results = []
    for r in registered_rules():
        if kind not in r.kinds:
            continue
        out = r.func(ctx)
        results.append(
            RuleResult(r.id, r.title, r.why, r.severity, out.status, out.spans, out.fix, out.detail, r.category)
        )
    seen = {r.id for r in _REGISTRY.values()}
    for pr in custom_rules:
        if pr.id in seen:
            raise ValueError(f"custom rule id {pr.id!r} is already used")
        seen.add(pr.id)
        if pr.applies_to(kind, template):
            results.append(pr.evaluate(reply))
    res = tuple(results)
    score, label = score_results(res)
    return Report(res, score, label)
