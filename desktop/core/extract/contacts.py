"""Contacts: the customer's email address and phone number.

The email comes from the From header when there is one, else from the text.
Phone numbers are checked with phonenumbers (imported on first use) for the
region in settings; a cheap regex picks digit runs first so the library only
sees a few short strings even in a huge message. The value is the number in
E.164 form ("+447700900123"); the evidence shows it as the customer wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.lexicon import lazy

EMAIL = lazy(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b")
_PHONE_RUN = lazy(r"(?<![\w/.])(?:\+|00)?\(?\d[\d \t().\-]{5,20}\d(?![\w/]|\.\d)")
_PHONE_CUE = lazy(
    r"\b(?:tel|phone|mob(?:ile)?|cell|call|ring|text|whatsapp|number|contact|reach|t|m)\b\.?\s*:?\s*$", re.IGNORECASE
)
_REF_CUE = lazy(
    r"\b(?:order|booking|ref(?:erence)?|invoice|account|confirmation|case|ticket|job|po)\b\s*(?:no\.?|number|#|:)?\s*:?\s*$",
    re.IGNORECASE,
)
_MOBILE_CUE = lazy(r"\b(?:mob(?:ile)?|cell|m)\b\.?\s*:?\s*$", re.IGNORECASE)
# No-reply and business addresses are not the customer.
_NOT_CUSTOMER = lazy(r"^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster)@", re.IGNORECASE)


@dataclass(frozen=True)
class ContactMention:
    """An email address or phone number and its span."""

    start: int
    end: int
    value: str
    confidence: float


def find_emails(scan: str) -> list[ContactMention]:
    """Email addresses in ``scan`` (a blanked text)."""
    out = []
    for m in EMAIL.finditer(scan):
        value = m.group().rstrip(".")
        if _NOT_CUSTOMER.match(value):
            continue
        out.append(ContactMention(m.start(), m.start() + len(value), value, 0.8))
    return out


def find_phones(scan: str, region: str) -> list[ContactMention]:
    """Phone numbers in ``scan`` valid (or at least possible) for ``region``."""
    runs = []
    for m in _PHONE_RUN.finditer(scan):
        digits = sum(ch.isdigit() for ch in m.group())
        if 7 <= digits <= 15:
            runs.append(m)
        if len(runs) >= 20:
            break  # a phone list or a table of figures: the first few are enough
    if not runs:
        return []
    try:
        import phonenumbers  # lazy: ~30 ms import
    except ImportError:
        return []
    out = []
    for m in runs:
        raw = m.group().strip(" \t.-(")
        start = m.start() + m.group().index(raw[0]) if raw else m.start()
        raw = raw.rstrip(" \t.-(")
        if raw.count("(") != raw.count(")"):
            raw = raw.rstrip(")")
        if _looks_like_date_or_time(raw):
            continue
        try:
            num = phonenumbers.parse(raw, region.upper() or "GB")
        except phonenumbers.NumberParseException:
            continue
        before = scan[max(0, start - 25) : start]
        if _REF_CUE.search(before):
            continue  # "order number 61-20948" is a reference
        cue = _PHONE_CUE.search(before) is not None
        if phonenumbers.is_valid_number(num):
            conf = 0.85 if cue else 0.8
        elif phonenumbers.is_possible_number(num) and raw.startswith(("+", "0", "(")):
            conf = 0.75 if cue else 0.7  # fictional or new ranges still read as a number to call
        else:
            continue
        if (
            phonenumbers.number_type(num) in (phonenumbers.PhoneNumberType.MOBILE,)
            or _MOBILE_CUE.search(before)
            or raw.startswith("07")
        ):
            conf += 0.05  # a mobile reaches the person; an office line reaches a desk
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        out.append(ContactMention(start, start + len(raw), e164, conf))
    return out


_DATE_LIKE = lazy(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$|^\d{1,2}[:.]\d\d\s*-\s*\d{1,2}[:.]\d\d$")


def _looks_like_date_or_time(raw: str) -> bool:
    return _DATE_LIKE.match(raw) is not None
