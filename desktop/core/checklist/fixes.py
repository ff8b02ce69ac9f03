"""Apply a rule's suggested fix to the reply: the example sentence, put where it belongs.

Most fixes carry an example in curly quotes (“Thank you so much for choosing us.”).
Applying one inserts that example where a careful writer would: a greeting
replaces the opening line, thanks and apologies follow the greeting, a sign-off
goes at the end, and everything else goes just before the sign-off. The user
then edits the words like any others; nothing is applied without a click.
"""

from __future__ import annotations

import re

from desktop.core.checklist.engine import RuleResult, Status
from desktop.core.checklist.text import analyse

_EXAMPLE = re.compile(r"“([^”]+)”")
# An opening line that is only a salutation ("Hello,", "Hi there", "Good morning all,").
_SALUTATION_LINE = re.compile(
    r"\A\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^\n]{0,25}$", re.IGNORECASE | re.MULTILINE
)
_GREETING_RULES = frozenset({"uses_name", "wrong_name"})
_AFTER_GREETING_RULES = frozenset({"thanks_customer", "snap_apology"})
_SIGNOFF_RULES = frozenset({"signs_off_with_name"})


def suggested_text(result: RuleResult) -> str | None:
    """The example sentence a failed rule's fix offers, if it offers one."""
    if result.status is not Status.FAIL or not result.fix:
        return None
    match = _EXAMPLE.search(result.fix)
    return match.group(1).strip() if match else None


def can_apply(result: RuleResult) -> bool:
    """Whether :func:`apply_fix` can do something with this result."""
    return suggested_text(result) is not None


def apply_fix(reply: str, result: RuleResult, *, sender_name: str = "") -> str | None:
    """The reply with the fix's example inserted, or None when the fix has no example."""
    example = suggested_text(result)
    if example is None:
        return None
    analysis = analyse(reply)
    if result.id in _GREETING_RULES:
        if analysis.greeting is not None:
            start = analysis.greeting.span[0]
            line_end = reply.find("\n", start)
            end = len(reply) if line_end < 0 else line_end
            return reply[:start] + example + reply[end:]
        bare = _SALUTATION_LINE.match(reply)
        if bare:
            return example + reply[bare.end() :]
        return f"{example}\n\n{reply.lstrip()}"
    if result.id in _SIGNOFF_RULES:
        closing = example if not sender_name else f"{example}\n{sender_name}"
        return f"{reply.rstrip()}\n\n{closing}\n"
    if result.id in _AFTER_GREETING_RULES and analysis.greeting is not None:
        line_end = reply.find("\n", analysis.greeting.span[0])
        if line_end >= 0:
            return f"{reply[:line_end]}\n\n{example}{reply[line_end:]}"
    end = analysis.body_end
    before, after = reply[:end].rstrip(), reply[end:]
    if not after.strip():
        return f"{before}\n\n{example}\n"
    return f"{before}\n\n{example}\n\n{after.lstrip()}"
