"""Dates: find every date a customer wrote and resolve it to a calendar day.

Handles "Friday 15th November", "15/11", "Nov 15th, 2024", "2024-11-15",
"Friday the 15th", "the 3rd", "this Saturday", "next Friday", "tomorrow",
"Christmas Eve". Missing years and months resolve against the reference day;
a written weekday is kept as written even when it disagrees with the date (the
reader then warns). Day-first or month-first for "03/04" follows the region.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.extract.lexicon import (
    MONTH_RE,
    ORDINAL_WORD_RE,
    WEEKDAY_RE,
    lazy,
    month_value,
    ordinal_value,
    weekday_value,
)

_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?|" + ORDINAL_WORD_RE + r")"
_ORD = r"(?:[0-3]?\d(?:st|nd|rd|th)|" + ORDINAL_WORD_RE + r")"
_YEAR = r"(?:\s*,?\s*(?P<{0}>(?:19|20)\d\d|'\d\d)\b)?"
_WD_PREFIX = r"(?:(?P<{0}>" + WEEKDAY_RE + r")\s*,?\s*(?:the\s+)?)?"
# Full names and the misspellings people type in a hurry.
_FULL_WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weds|thurs|tues"
    r"|mondy|tusday|teusday|tuseday|wensday|wendsday|wednsday|wedensday|wednesay|thurday|thursay|thrusday"
    r"|firday|fridy|saterday|satuday|saturady|sundy|sunady)"
)

_DATE = lazy(
    r"(?<![\w/.:£$€-])(?:"
    # Friday 15th November 2024 / 15 Nov / the 15th of November
    r"(?P<a>"
    + _WD_PREFIX.format("wa")
    + r"(?P<da>"
    + _DAY
    + r")\s*(?:of\s+)?(?P<ma>"
    + MONTH_RE
    + r")(?![a-z])"
    + _YEAR.format("ya")
    + r")"
    # Friday, November 15th, 2024 / Nov 15
    r"|(?P<b>"
    + _WD_PREFIX.format("wb")
    + r"(?P<mb>"
    + MONTH_RE
    + r")\s*(?:the\s+)?(?P<db>"
    + _DAY
    + r")(?![\w:])"
    + _YEAR.format("yb")
    + r")"
    # 2024-11-15
    r"|(?P<i>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?![\d]))"
    # Fri 15/11, 15/11/2024, 15.11.24, 11-15-2024
    r"|(?P<n>" + _WD_PREFIX.format("wn") + r"(?P<n1>[0-3]?\d)(?P<sep>[/.-])(?P<n2>[0-3]?\d)"
    r"(?:(?P=sep)(?P<n3>(?:19|20)?\d\d)|(?P<eurodot>\.)(?=\s))?(?![\d/.:]\d|\d))"
    # Friday the 15th / Friday 15th
    r"|(?P<w>(?P<ww>" + WEEKDAY_RE + r")\s*,?\s*\(?(?:the\s+)?(?P<dw>" + _ORD + r")\)?(?![\w:]))"
    # (on) the 15th
    r"|(?P<t>\bthe\s+(?P<dt>" + _ORD + r")(?![\w:]))"
    # tomorrow, tonight, day after tomorrow
    r"|(?P<r>\b(?:the\s+)?(?:day\s+after\s+(?:tomorrow|tmrw)|tomorrow|tomorow|tommorow|tommorrow|tmrw|tmw|tomoz|2moro|2morrow"
    r"|tonight|tonite|2nite|today|this\s+evening|yesterday)\b)"
    # Christmas Eve, New Year's Eve, Valentine's Day, Boxing Day
    r"|(?P<h>\b(?:christmas\s+(?:eve|day)|new\s+year'?s?\s+(?:eve|day)|boxing\s+day|valentine'?s\s+day)\b)"
    # this/next/last Friday, Friday week, on Friday
    r"|(?P<g>\b(?P<rel>(?:this|next|last|coming|this\s+coming)\s+)?(?P<wg>" + _FULL_WD + r")(?P<week>\s+week)?\b)"
    # sat 7pm, on fri, fri & sat night: short names only where a day is plainly meant
    r"|(?P<s>(?:\b(?P<srel>on|this|next|by|from|until|till|for|last)\s+|(?<=[,&/]\s))?\b(?P<ws>mon|tues?|weds?|thurs?|thu|fri|sat|sun)\b\.?"
    r"(?=\s*(?:[,?!&/]|\.(?:\s|$)|$|\s+(?:(?:night|nite|morning|afternoon|evening|lunch(?:time)?|eve|am|pm|&|and|or|week)\b|\d))))"
    r")",
    re.IGNORECASE,
)
# Words suggesting the date is in the past (a complaint about a visit), so a
# month-old date keeps its year instead of moving to next year.
_PAST_HINT = lazy(
    r"\b(?:was|wasn't|were|had|came|visited|stayed|dined|ate|went|last|ago|yesterday|arrived|left|"
    r"received|happened|took|treated|fitted|delivered|charged|told|said|paid|noticed|lost|broke|"
    r"organised|organized|celebrated|didn't|did\s+not|complain\w*|disappoint\w*)\b",
    re.IGNORECASE,
)
# "today" and "yesterday" are the day of an appointment only next to appointment words;
# "it arrived today" or "please call me today" are not a booking date.
_APPOINTMENT = lazy(
    r"\b(?:book\w*|table|room|come|coming|collect\w*|cancel\w*|visit|appointment|available|availability|"
    r"space|free|reserv\w*|no[\s-]show|pop\s+in|stay\w*|double|single|tonight|night|someone|somebody)\b",
    re.IGNORECASE,
)
_EXCEPT = lazy(
    r"\b(?:except|apart\s+from|but\s+not|not\s+on|other\s+than|instead\s+of\s+the)\s+(?:on\s+)?(?:a\s+)?$",
    re.IGNORECASE,
)
_OR_JOIN = lazy(r"^\s*(?:,\s*)?(?:or|/)\s*(?:on\s+)?$", re.IGNORECASE)
_SENT_END = lazy(r"[.!?\n](?:\s|$)")
_AMBIGUOUS_MONTHS = {"may", "mar", "march", "jun", "sept", "sep", "dec", "jan", "aug", "oct"}
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
             "new year's eve": (12, 31), "new years eve": (12, 31), "new year eve": (12, 31),
             "new year's day": (1, 1), "new years day": (1, 1), "new year day": (1, 1),
             "valentine's day": (2, 14), "valentines day": (2, 14)}  # fmt: skip
_SPACES = lazy(r"\s+")


@dataclass(frozen=True)
class DateMention:
    """One date found in the text.

    ``weekday`` is the weekday as written (Monday = 0) or None; ``explicit`` is
    True when the customer wrote a month; ``wd_span`` is the span of the
    written weekday, if any.
    """

    start: int
    end: int
    value: date
    weekday: int | None
    explicit: bool
    confidence: float
    wd_span: tuple[int, int] | None = None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A date up to two weeks back still means this year's (a late reply, a slip); a written
# weekday may move a date to another year at most a year away.
RECENT_DAYS = 14
YEAR_HORIZON = 366


def resolve_day_month(day: int, month: int, weekday: int | None, ref: date, past: bool) -> date | None:
    """The year for a day and month written without one."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, month, day))]
    if not options:
        return None
    default = _nearest_year(day, month, ref, past, options)
    if weekday is None or default.weekday() == weekday:
        return default
    # A written weekday picks the year only within a year of the reference day: the
    # coming date for a request, the latest past one for a visit already made
    # ("we came on Sunday 16th March"). Otherwise the date stays the nearest one and
    # the reader warns that weekday and date disagree.
    fits = [d for d in options if d.weekday() == weekday]
    if past:
        back = [d for d in fits if -YEAR_HORIZON <= (d - ref).days <= 0]
        return max(back) if back else default
    ahead = [d for d in fits if -RECENT_DAYS <= (d - ref).days <= YEAR_HORIZON]
    return min(ahead) if ahead else default


def _nearest_year(day: int, month: int, ref: date, past: bool, options: list[date]) -> date:
    """The year for a day and month when no weekday decides it."""
    this = _safe_date(ref.year, month, day)
    if this is None:  # 29 February outside a leap year
        return min(options, key=lambda d: abs((d - ref).days))
    delta = (this - ref).days
    if past:
        return this if delta <= 60 else (_safe_date(ref.year - 1, month, day) or this)
    if delta < -RECENT_DAYS:
        return _safe_date(ref.year + 1, month, day) or this
    return this


def resolve_day(day: int, weekday: int | None, ref: date, past: bool) -> date | None:
    """The month for a day written alone ("the 15th", "Friday the 15th")."""
    months = []
    y, m = ref.year, ref.month
    for back in (1,):  # the previous month too, for a past visit
        pm_y, pm_m = (y, m - back) if m > back else (y - 1, m - back + 12)
        months.append((pm_y, pm_m))
    for k in range(0, 13):
        months.append((y + (m - 1 + k) // 12, (m - 1 + k) % 12 + 1))
    options = [d for yy, mm in months if (d := _safe_date(yy, mm, day))]
    if weekday is not None:
        fits = [d for d in options if d.weekday() == weekday and (d - ref).days >= -45]
        if fits:
            return min(fits, key=lambda d: abs((d - ref).days))
    if past:
        before = [d for d in options if d <= ref]
        if before:
            return max(before)
    after = [d for d in options if (d - ref).days >= -3]
    return min(after) if after else None


def _relative_weekday(wd: int, rel: str, week: bool, ref: date, past: bool = False) -> date:
    rel = _SPACES.sub(" ", rel.strip().lower())
    ahead = (wd - ref.weekday()) % 7
    if rel == "last" or (past and rel not in ("next", "this", "coming", "this coming")):
        back = (ref.weekday() - wd) % 7 or 7
        return ref - timedelta(days=back)
    if ahead == 0:
        ahead = 7
    result = ref + timedelta(days=ahead)
    if rel == "next" and ahead <= 6 - ref.weekday():
        # British "next Friday" said on a Monday means the Friday of next week
        result += timedelta(days=7)
    if week:
        result += timedelta(days=7)
    return result


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    y = int(digits)
    return y + 2000 if y < 100 else y


def _numeric(m: re.Match[str], ref: date, region: str, past: bool) -> tuple[date | None, float]:
    a, b = int(m.group("n1")), int(m.group("n2"))
    year = _year(m.group("n3"))
    if m.group("sep") != "/" and year is None:
        # "7.30" and "3-4" are times and ranges; "02.09." with its closing dot is a date
        euro = m.group("sep") == "." and m.group("eurodot") and len(m.group("n1")) == 2 and len(m.group("n2")) == 2
        if not (
            euro
            and b <= 12
            and not re.search(r"\b(?:at|around|about|by)\s*$", m.string[max(0, m.start() - 10) : m.start()], re.I)
        ):
            return None, 0.0
    us = region.upper() in ("US", "CA", "PH")
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a <= 12 and b <= 12:
        day, month = (b, a) if us else (a, b)
    else:
        return None, 0.0
    conf = 0.85 if (year or m.group("wn")) else 0.7
    if year is not None:
        return _safe_date(year, month, day), conf
    wd = weekday_value(m.group("wn")) if m.group("wn") else None
    return resolve_day_month(day, month, wd, ref, past), conf


def _mention(m: re.Match[str], scan: str, ref: date, region: str) -> DateMention | None:
    s, e = m.span()
    lo, hi = _sentence(scan, s, e)
    past = _PAST_HINT.search(scan, lo, hi) is not None
    wd_group = next((g for g in ("wa", "wb", "wn", "ww", "wg", "ws") if m.group(g)), None)
    wd = weekday_value(m.group(wd_group)) if wd_group else None
    wd_span = m.span(wd_group) if wd_group else None
    value: date | None
    explicit = True
    if m.group("a") or m.group("b"):
        k = "a" if m.group("a") else "b"
        mon_text = m.group("m" + k)
        if mon_text.lower().rstrip(".") in _AMBIGUOUS_MONTHS and not mon_text[0].isupper() and not m.group("y" + k):
            day_text = m.group("d" + k)
            if day_text.isdigit():
                return None  # "5 may be" / "march 3 people": a verb, not a month
        day = ordinal_value(m.group("d" + k))
        month = month_value(mon_text)
        if day is None or month is None:
            return None
        year = _year(m.group("y" + k))
        value = _safe_date(year, month, day) if year is not None else resolve_day_month(day, month, wd, ref, past)
        conf = 0.95 if wd is not None else 0.9
    elif m.group("i"):
        value = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        conf = 0.9
    elif m.group("n"):
        value, conf = _numeric(m, ref, region, past)
    elif m.group("w") or m.group("t"):
        day = ordinal_value(m.group("dw") or m.group("dt"))
        if day is None:
            return None
        explicit = False
        value = resolve_day(day, wd, ref, past)
        conf = 0.8 if wd is not None else 0.65
    elif m.group("r"):
        word = _SPACES.sub(" ", m.group("r").lower())
        tomorrow = any(w in word for w in ("tom", "tm", "2mor"))
        offset = 2 if "after" in word else 1 if tomorrow else -1 if "yesterday" in word else 0
        if offset <= 0 and "ni" not in word and "evening" not in word and _APPOINTMENT.search(scan, lo, hi) is None:
            return None
        value = ref + timedelta(days=offset)
        explicit, conf = False, 0.7 if offset > 0 or "ni" in word else 0.5
    elif m.group("h"):
        key = _SPACES.sub(" ", m.group("h").lower()).replace("’", "'")
        month, day = _HOLIDAYS.get(key, (12, 25))
        value = resolve_day_month(day, month, None, ref, past)
        explicit, conf = True, 0.75
    else:
        if wd is None:
            return None
        rel = m.group("rel") or m.group("srel") or ""
        if rel.lower() not in ("this", "next", "last"):
            rel = ""
        value = _relative_weekday(wd, rel, bool(m.group("week")), ref, past)
        explicit, conf = False, 0.65 if rel else 0.6
    if value is None:
        return None
    return DateMention(s, e, value, wd, explicit, conf, wd_span)


def _sentence(scan: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around ``scan[start:end]`` (at most 200 characters each side)."""
    lo = max(0, start - 200)
    for m in _SENT_END.finditer(scan, lo, start):
        lo = m.end()
    m2 = _SENT_END.search(scan, end, min(len(scan), end + 200))
    return lo, m2.start() if m2 else min(len(scan), end + 200)


def find_dates(scan: str, ref: date, region: str = "GB") -> list[DateMention]:
    """Every date mention in ``scan`` (a blanked text), in order of position.

    Days offered as alternatives ("Friday or Saturday") or excluded ("any day
    except Wednesday") are left out: they are not the customer's date.
    """
    out: list[DateMention] = []
    pos = 0
    n = len(scan)
    while pos < n:
        m = _DATE.search(scan, pos)
        if m is None:
            break
        try:
            mention = _mention(m, scan, ref, region)
        except (ValueError, OverflowError):
            mention = None
        if mention is None:
            pos = m.start() + 1  # "10-12 October": retry inside a rejected match
            continue
        pos = m.end()
        if _EXCEPT.search(scan, max(0, m.start() - 25), m.start()):
            continue
        out.append(mention)
    drop: set[int] = set()
    for a, b in itertools.pairwise(out):
        if not a.explicit and not b.explicit and _OR_JOIN.match(scan[a.end : b.start]):
            drop.update((id(a), id(b)))
    return [d for d in out if id(d) not in drop]


def parse_header_date(value: str) -> date | None:
    """The day of a Date header ("Tue, 1 Oct 2024 10:02:00 +0100" or Outlook's long form)."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for m in _DATE.finditer(value):
        mention = _mention(m, value, date.today(), "GB")
        if (
            mention is not None
            and mention.explicit
            and (m.group("ya") or m.group("yb") or m.group("i") or m.group("n3"))
        ):
            return mention.value
    return None
