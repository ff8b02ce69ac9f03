"""The built-in rules (v0: unfilled placeholders and the customer's name)."""

from __future__ import annotations

import re

from desktop.core.checklist.engine import CheckContext, Outcome, Severity, Status, rule

_UNFILLED = re.compile(r"\[[a-z][a-z0-9_]*\]|\{\{.*?\}\}|\{%.*?%\}")


@rule(
    "unfilled_placeholder",
    title="No unfilled placeholders",
    why="A bracketed field name in a sent reply tells the customer they got a form letter.",
    severity=Severity.BLOCKER,
)
def unfilled_placeholder(ctx: CheckContext) -> Outcome:
    spans = tuple(m.span() for m in _UNFILLED.finditer(ctx.reply))
    if spans:
        return Outcome(Status.FAIL, spans, fix="Fill in or delete each bracketed field.")
    return Outcome(Status.PASS)


@rule(
    "uses_name",
    title="Greets the customer by name",
    why="Using the customer's name shows the reply was written for them.",
    severity=Severity.WARNING,
)
def uses_name(ctx: CheckContext) -> Outcome:
    name = str(ctx.fields.get("customer_first_name") or ctx.fields.get("customer_name") or "").strip()
    if not name:
        return Outcome(Status.NA, detail="No customer name was found in the email.")
    m = re.search(rf"\b{re.escape(name)}\b", ctx.reply, re.IGNORECASE)
    if m:
        return Outcome(Status.PASS, (m.span(),))
    return Outcome(Status.FAIL, fix=f"Start with “Dear {name},” or “Hi {name},”.")
