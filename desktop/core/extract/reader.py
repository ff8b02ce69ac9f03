"""Extraction entry point (v0: the customer's name from the sign-off)."""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extract.model import Candidate, Evidence, Extraction, FieldValue

_SIGN_OFF = re.compile(
    r"^\s*(?:(?:kind|warm|best)\s+regards|regards|thanks|thank you|cheers|best|many thanks|"
    r"all the best|sincerely|yours sincerely)\s*,?\s*\n\s*(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def extract(text: str, *, today: date | None = None, region: str = "GB") -> Extraction:
    """Read ``text`` and return every field found, with evidence."""
    del today, region  # used by the full reader
    fields: dict[str, FieldValue] = {}
    match = None
    for match in _SIGN_OFF.finditer(text):
        pass
    if match is not None:
        start, end = match.span("name")
        name = match.group("name")
        ev = Evidence(start, end, name, 0.8)
        fields["customer_name"] = FieldValue("customer_name", (Candidate(name, ev),))
        first = name.split()[0]
        fields["customer_first_name"] = FieldValue(
            "customer_first_name", (Candidate(first, Evidence(start, start + len(first), first, 0.8)),)
        )
    return Extraction(text=text, body=text.strip(), fields=fields)
