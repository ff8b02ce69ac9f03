"""The checklist: reads a filled reply against the customer's email and tells diamond from glass.

Rules are plain functions registered through :func:`.engine.rule` (built-in ones
in :mod:`.glass`, :mod:`.diamond` and :mod:`.snap`); :func:`check` runs the ones
that apply to the reply's kind, then the user's :class:`PhraseRule` s, and
scores the result.
"""

from __future__ import annotations

from desktop.core.checklist.custom import PhraseMode, PhraseRule
from desktop.core.checklist.engine import (
    Category,
    CheckContext,
    Report,
    RuleResult,
    Severity,
    Status,
    check,
    registered_rules,
)

__all__ = [
    "Category",
    "CheckContext",
    "PhraseMode",
    "PhraseRule",
    "Report",
    "RuleResult",
    "Severity",
    "Status",
    "check",
    "registered_rules",
]
