"""Stays: check-in, check-out and nights for rooms, cottages and pitches.

Reads "from the 3rd to the 6th of March", "3rd-6th March", "March 3-6",
"arriving Friday 3rd, leaving Monday", "check in 3 March", "3 nights from
Friday". Fills whichever of the three the others imply (check-out = check-in
+ nights). Only reads stays when the message talks about one, so "we are away
from the 3rd to the 6th" in a restaurant booking is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.extract.dates import DateMention, resolve_day_month
from desktop.core.extract.lexicon import MONTH_RE, WEEKDAY_RE, lazy, month_value, ordinal_value
from desktop.core.extract.party import NightsMention

_STAY_WORDS = lazy(
    r"\b(?:nights?|stay(?:ing|ed)?|room|rooms|check(?:ing)?[\s-]?(?:in|out)|arriv\w*|depart\w*|leaving|b\s?&\s?b|"
    r"accommodation|cottage|suite|double|twin|pitch|cabin|lodge|apartment|chalet|glamping|caravan|hotel)\b",
    re.IGNORECASE,
)
_DAYN = r"[0-3]?\d(?:st|nd|rd|th)?"
_WD = r"(?:(?:" + WEEKDAY_RE + r")\s*,?\s*(?:the\s+)?)?"
_JOIN = r"\s*(?P<join>-|–|—|to|until|till|through|thru|and|&)\s*"
_RANGE = lazy(
    r"\b(?:the\s+)?"
    + _WD
    + r"(?P<d1>"
    + _DAYN
    + r")(?:\s+(?:of\s+)?(?P<m1>"
    + MONTH_RE
    + r"))?(?<![\s,])"
    + _JOIN
    + r"(?:the\s+)?"
    + _WD
    + r"(?P<d2>"
    + _DAYN
    + r")\s*(?:of\s+)?(?P<m2>"
    + MONTH_RE
    + r")(?![a-z])"
    r"|\b(?P<m3>"
    + MONTH_RE
    + r")\s+(?P<d3>"
    + _DAYN
    + r")(?:st|nd|rd|th)?\s*(?P<join2>-|–|—|to|until|till|through|and|&)\s*"
    r"(?:(?P=m3)\s+)?(?P<d4>" + _DAYN + r")\b(?![:.]\d)",
    re.IGNORECASE,
)
_OLD = lazy(r"(?:instead\s+of|rather\s+than|not|originally|currently|from\s+the)\s*$", re.IGNORECASE)
_NIGHTS_OF = lazy(r"nights?\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
_PAST = lazy(r"\b(?:stayed|were|was|had|visited|last)\b", re.IGNORECASE)
_IN_CUE = lazy(
    r"(?:arriv\w*|check(?:ing)?[\s-]?in|from|starting|beginning|coming|get\s+there)\s*:?\s*(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_OUT_CUE = lazy(
    r"(?:leav\w*|depart\w*|check(?:ing)?[\s-]?out|until|till|to|through|and|-|–|—|back\s+on|home\s+on)\s*:?\s*(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_OUT_ONLY = lazy(r"(?:leav\w*|depart\w*|check(?:ing)?[\s-]?out)\s*:?\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_RANGE_GAP = lazy(r"^\s*(?:-|–|—|to|until|till|through|thru)\s*(?:the\s+)?$", re.IGNORECASE)
_FROM_AFTER_NIGHTS = lazy(
    r"^\s*(?:from|starting|beginning|arriving|commencing|checking\s+in)\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class StayDate:
    """A check-in or check-out day and its span."""

    start: int
    end: int
    value: date
    confidence: float


@dataclass(frozen=True)
class Stay:
    """What the message says about a stay; any part may be missing."""

    check_in: StayDate | None
    check_out: StayDate | None
    nights: NightsMention | None
    nights_derived: bool = False


def _explicit_range(scan: str, ref: date) -> tuple[StayDate, StayDate] | None:
    """The first date range in the text that is not one the customer moves away from."""
    for m in _RANGE.finditer(scan):
        if m.group("d1"):
            d1, d2 = ordinal_value(m.group("d1")), ordinal_value(m.group("d2"))
            m2 = month_value(m.group("m2"))
            m1 = month_value(m.group("m1")) if m.group("m1") else m2
            s1, e1, s2, e2 = m.start(), m.end("m1") if m.group("m1") else m.end("d1"), m.start("d2"), m.end("m2")
            join = m.group("join").lower()
        else:
            d1, d2 = ordinal_value(m.group("d3")), ordinal_value(m.group("d4"))
            m1 = m2 = month_value(m.group("m3"))
            s1, e1, s2, e2 = m.start("m3"), m.end("d3"), m.start("d4"), m.end("d4")
            join = m.group("join2").lower()
        if not (d1 and d2 and m1 and m2):
            continue
        if _OLD.search(scan, max(0, m.start() - 20), m.start()):
            continue
        before = scan[max(0, m.start() - 200) : m.start()]
        past = _PAST.search(before[before.rfind(".") + 1 :]) is not None
        out_day = resolve_day_month(d2, m2, None, ref, past)
        if out_day is None:
            continue
        try:
            in_day = date(out_day.year if m1 <= m2 else out_day.year - 1, m1, d1)
        except ValueError:
            continue
        listed = join in ("and", "&")
        if listed:
            # "the nights of 3 and 4 March", "19th & 20th": the last night, not the departure
            if not (
                _NIGHTS_OF.search(scan, max(0, m.start() - 20), m.start())
                or re.search(r"\bnights?\b", scan[m.end() : m.end() + 20] + before[-40:], re.I)
            ):
                continue
            out_day += timedelta(days=1)
        if not 0 < (out_day - in_day).days <= 60:
            continue
        return StayDate(s1, e1, in_day, 0.85), StayDate(s2, e2, out_day, 0.85)
    return None


def _align(first: DateMention, second: DateMention) -> date:
    """Check-in day of "the 3rd to the 6th of March": borrow the month of the second date."""
    if first.explicit or not second.explicit:
        return first.value
    day = first.value.day
    for back in range(0, 3):
        y, m = second.value.year, second.value.month - back
        if m < 1:
            y, m = y - 1, m + 12
        try:
            d = date(y, m, day)
        except ValueError:
            continue
        if d < second.value:
            return d
    return first.value


def talks_about_stay(scan: str) -> bool:
    """True when the message is about a room, cottage or pitch (so "a week" is 7 nights)."""
    return _STAY_WORDS.search(scan) is not None


def _pair(d: DateMention, d2: DateMention) -> tuple[StayDate, StayDate] | None:
    """Check-in and check-out from two dates written as a range ("17/10 - 19/10")."""
    in_day = _align(d, d2)
    out_day = d2.value
    if not d2.explicit and out_day <= in_day and (in_day - out_day).days < 7:
        out_day += timedelta(days=7)  # "Friday to Monday"
    if not 0 < (out_day - in_day).days <= 60:
        return None
    return StayDate(d.start, d.end, in_day, 0.8), StayDate(d2.start, d2.end, out_day, 0.8)


def find_stay(
    scan: str, dates: list[DateMention], nights: list[NightsMention], ref: date, primary: DateMention | None = None
) -> Stay:
    """Check-in, check-out and nights for the stay the message describes.

    ``primary`` is the booking date the reader chose; with a number of nights
    and no other check-in cue, that date is the check-in.
    """
    night = max(nights, key=lambda n: n.confidence) if nights else None
    explicit = _explicit_range(scan, ref)
    if night is None and explicit is None and not talks_about_stay(scan):
        return Stay(None, None, None)
    check_in: StayDate | None = None
    check_out: StayDate | None = None
    if explicit:
        check_in, check_out = explicit
    else:
        for i, d in enumerate(dates):
            nxt = dates[i + 1] if i + 1 < len(dates) else None
            if nxt is not None and _RANGE_GAP.match(scan[d.end : nxt.start]):
                pair = _pair(d, nxt)
                if pair is not None:
                    check_in, check_out = pair
                    break
            before = scan[max(0, d.start - 30) : d.start]
            if check_in is None and _IN_CUE.search(before):
                check_in = StayDate(d.start, d.end, d.value, 0.8)
                for d2 in dates[i + 1 : i + 3]:
                    gap = scan[d.end : d2.start]
                    if len(gap) <= 40 and _OUT_CUE.search(gap):
                        pair = _pair(d, d2)
                        if pair is not None:
                            check_in, check_out = pair
                        break
                continue
            if (
                check_out is None
                and check_in is not None
                and d.start > check_in.end
                and _OUT_ONLY.search(before)
                and 0 < (d.value - check_in.value).days <= 60
            ):
                check_out = StayDate(d.start, d.end, d.value, 0.75)
        if check_in is None and night is not None:
            # "3 nights from Friday": the date right after the nights
            for d in dates:
                if d.start >= night.end and _FROM_AFTER_NIGHTS.match(scan[night.end : d.start]):
                    check_in = StayDate(d.start, d.end, d.value, 0.8)
                    break
        if check_in is None and night is not None and primary is not None:
            check_in = StayDate(primary.start, primary.end, primary.value, min(primary.confidence, 0.75))
    derived = False
    if check_in and check_out and night is None:
        n = (check_out.value - check_in.value).days
        night = NightsMention(check_in.start, check_out.end, n, 0.8)
        derived = True
    if check_in and night and check_out is None and not derived:
        out_day = check_in.value + timedelta(days=night.nights)
        s, e = min(check_in.start, night.start), max(check_in.end, night.end)
        check_out = StayDate(s, e, out_day, min(check_in.confidence, night.confidence) - 0.05)
    return Stay(check_in, check_out, night, derived)
