"""The checklist: reads a filled reply against the customer's email and tells diamond from glass.

Rules are plain functions registered in :mod:`desktop.core.checklist.rules`;
:func:`check` runs the ones that apply to the reply's kind and scores the result.
"""

from __future__ import annotations

from desktop.core.checklist.engine import CheckContext, Report, RuleResult, Severity, Status, check

__all__ = ["CheckContext", "Report", "RuleResult", "Severity", "Status", "check"]
