"""References: booking, order, invoice and confirmation numbers ("order #48213", "booking ref HX-2231").

A reference is a token with at least one digit that follows a reference word
("order", "booking ref", "invoice no.", "confirmation code") or a "#". The value
is the token as written, without the "#".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.lexicon import lazy

_KEY = (
    r"(?:order|booking|reservation|invoice|confirmation|reference|ref|account|ticket|case|job|quote|"
    r"quotation|policy|customer|membership|voucher|gift\s+card|tracking|transaction|receipt|po)"
)
_NOUN = r"(?:no\.?|nos\.?|number|num\.?|nr\.?|#|ref(?:erence)?\.?|code|id|details)"
_REF = lazy(
    r"\b(?P<key>" + _KEY + r")(?:\s+" + _NOUN + r")?(?:\s+(?:number|no\.?|code))?"
    r"\s*(?:is|was|:|-|=|of|\()?\s*(?:is\s+)?#?\s*"
    r"(?P<val>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-/]{2,24}[A-Z0-9])(?![\w@])"
    r"|(?<![\w&])#\s?(?P<hash>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{1,24})\b"
    # a bare code such as RES-30417 or GV-55120: capitals, a dash, digits
    r"|(?<![\w-])(?P<code>[A-Z]{2,5}-(?:[A-Z0-9]{1,6}-)?\d{3,10}[A-Z]?)(?![\w-])",
    re.IGNORECASE,
)
# Tokens that look like references but are something else.
_NOT_REF = lazy(
    r"^(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[:.]\d\d|\d{1,2}(?:am|pm)|(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2})$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReferenceMention:
    """A reference number and its span (the token only)."""

    start: int
    end: int
    value: str
    confidence: float


def find_references(scan: str) -> list[ReferenceMention]:
    """Every reference in ``scan`` (a blanked text), in order of position."""
    out = []
    for m in _REF.finditer(scan):
        group = "val" if m.group("val") else "hash" if m.group("hash") else "code"
        value = m.group(group)
        if _NOT_REF.match(value):
            continue
        if group == "code":
            out.append(ReferenceMention(m.start(group), m.end(group), value, 0.6))
            continue
        start = m.start(group)
        if group == "val" and scan[m.end("key") : start] == "-" and m.group("key").isupper():
            # "PO-8812": the key word is part of the reference as written
            start = m.start("key")
            value = scan[start : m.end(group)]
        digits = sum(ch.isdigit() for ch in value)
        if group == "val":
            key = m.group("key").lower()
            # "ref", "order", "booking" before a number are strong; "account 2" is not
            conf = 0.9 if digits >= 3 or not value.isdigit() else 0.6
            if key in ("po", "job", "case", "customer", "account") and digits < 4:
                conf -= 0.2
            if key == "booking" and value.isdigit() and len(value) <= 2:
                continue  # "booking 2 rooms" is a verb and a count
        else:
            if digits < 3:
                continue  # "#1 fan", "#2"
            conf = 0.75
        out.append(ReferenceMention(start, m.end(group), value, conf))
    return out
