"""Which dates and numbers in a reply are the booking's own, for comparing them with the email.

A reply mentions many dates and numbers that are not restatements: a newly offered date, the date
of the fix when things are not going to plan, a room's capacity, a price. Only the booking's own
are compared, so a reply is never marked wrong for offering something new.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.checklist.engine import SNAP_KINDS
from desktop.core.checklist.restate import CountMention, DateMention
from desktop.core.checklist.text import Analysis

# Words before a date that tie it to the booking: "your table on", "we'll see you on".
BOOKING_CUE = re.compile(
    r"\b(?:see you|booked|reserved|booking|table|expect(?:ing)? you|welcome you|arriv\w*|check-in|pencil\w*|"
    r"in the diary|down for|collection|confirm\w*)\b[^.!?\n]{0,40}$",
    re.I,
)
# A date the reply offers in place of the one asked about: "the replacement matinee on 31 January".
_NEW_DATE = re.compile(
    r"\b(?:new|replacement|alternative|instead|moved?|transferr?(?:ed)?|rebook\w*|reschedul\w*|rearrang\w*|"
    r"offer\w*|swap\w*)\b",
    re.I,
)
# A plain count: not part of a time, a price, a code or a decimal.
_NUMBER = re.compile(r"(?<![\d:.£$€-])\b\d{1,4}\b(?![:.]\d)")


def not_the_booking(kind: object, a: Analysis, start: int) -> bool:
    """Whether the date at ``start`` is newly offered rather than a restatement of the booking's:
    its sentence offers it in place of another, or (in a SNAP reply, where the email's date is the
    customer's deadline) nothing ties it to the booking."""
    s0, s1 = a.sentence(start)
    if _NEW_DATE.search(a.text, s0, s1):
        return True
    return kind in SNAP_KINDS and not BOOKING_CUE.search(a.text, s0, start)


def names_range(text: str, lo: int, hi: int) -> bool:
    """Whether the reply names two different counts within the party range ("for 50, even if you
    creep up from 45"), which explains a single number from it."""
    return len({int(n) for n in _NUMBER.findall(text) if lo <= int(n) <= hi}) >= 2


_UP_TO = re.compile(r"(?:for )?(?:up to|as many as|at most|a maximum of|max(?:imum)?)\b", re.I)


def covers_range(text: str, start: int, end: int) -> bool:
    """Whether the count spanning ``start:end`` is a ceiling ("up to 50"): it caters for the whole range."""
    return bool(_UP_TO.search(text, start, end))


def range_spans(text: str, party: Iterable[CountMention], lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """Where the reply allows for the whole party range: a count spanning it ("45 to 50 guests"), a
    ceiling at its top ("for up to 50"), or a count from it with both ends named in the reply."""
    both = names_range(text, lo, hi)
    return tuple(
        c.span
        for c in party
        if (c.low <= lo and c.high >= hi and c.low < c.high)
        or (c.high == hi and (c.capacity or covers_range(text, c.start, c.end)))
        or (both and lo <= c.low <= hi)
    )


def offered(kind: object, a: Analysis, m: DateMention) -> bool:
    """Whether a date mention is a newly offered one (see :func:`not_the_booking`)."""
    return not_the_booking(kind, a, m.start)


def party_ok(text: str, c: CountMention, size: int | None, lo: int, hi: int, explained: bool) -> bool:
    """Whether a count in the reply agrees with the party: its size, a range within the customer's,
    a count from the range when the reply explains it, or a ceiling at its top ("for up to 50 guests")."""
    said = size if size is not None else lo  # "four of us, might be five": four is what they said
    return (
        c.low == c.high == said
        or (c.low < c.high and lo <= c.low and c.high <= hi)
        or (c.low < c.high and said in (c.low, c.high))  # "10 or 11 is fine" for "10 of us, possibly 11"
        or (c.low == c.high and lo <= c.low <= hi and explained)
        or (c.high == hi and (c.capacity or covers_range(text, c.start, c.end)))
    )
