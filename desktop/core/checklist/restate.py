"""Find details a reply restates (dates, times, party sizes, nights, references) and compare them.

The finders read the normalised reply (see :mod:`.text`) and return mentions
with their spans. ``15 November``, ``Friday 15th``, ``15/11``, ``Nov 15``,
``7:30pm``, ``19:30``, ``half seven``, ``nine guests`` and ``table for 9`` are
all understood. Dates are read day-first (GB) unless that is impossible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.checklist.matching import PhraseSet
from desktop.core.checklist.text import Analysis

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple": 2, "a dozen": 12,
}  # fmt: skip

_MONTH_ALT = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MON = rf"(?P<mon>{_MONTH_ALT})\.?"
_WD = (
    r"(?P<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday|s)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\.?"
)
_WD_OPT = rf"(?:{_WD},?\s+(?:the\s+)?)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"

_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    re.compile(rf"\b{_WD_OPT}{_DAY}\s+(?:of\s+)?{_MON}\b{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_WD_OPT}{_MON}\s+(?:the\s+)?{_DAY}\b(?!:){_YEAR}", re.IGNORECASE),
    re.compile(
        # "4/22": the month-first reading is taken when day-first is impossible (see _find_dates).
        rf"\b{_WD_OPT}(?P<day>[0-3]?\d)/(?P<month>[0-3]?\d)(?:/(?P<year>(?:20)?\d\d))?\b(?!/|\s*(?:people|guests))",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_WD_OPT}(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:20)?\d\d)\b", re.IGNORECASE),
    re.compile(rf"\b{_WD},?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.IGNORECASE),
    re.compile(
        rf"(?<=\bthe\s)(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+{_MON}\b{_YEAR})?",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<plural>s)?\b", re.IGNORECASE),
    # "Thurs 6.30": the short forms no everyday word shares ("Sat", "Sun" and "Wed" are left alone).
    re.compile(r"\b(?P<wd>tues|thurs|weds)\b\.?", re.IGNORECASE),
)

_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
_MERIDIEM = r"(?P<mer>[ap])\.?m\b\.?"
_TIME_PATTERNS = (
    # "2-4pm", "7 to 9pm": the start of a slot takes the am/pm given at its end.
    re.compile(
        r"\b(?P<t>(?P<h>1[0-2]|[1-9])(?:[:.](?P<m>[0-5]\d))?)\s*(?:-|to)\s*(?P<h2>1[0-2]|[1-9])(?:[:.][0-5]\d)?\s*"
        r"(?P<rmer>[ap])\.?m\b\.?",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*{_MERIDIEM}", re.IGNORECASE),
    re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b"),
    re.compile(
        # "at 7.30": only after a word that introduces a time, so prices and versions are left alone.
        r"(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bfor\s)|(?<=\buntil\s)|(?<=\btill\s)|"
        r"(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s))(?P<t>(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d))\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<half>half|quarter)\s+(?P<rel>past\s+|to\s+)?(?P<hw>{_HOUR_WORD})\b"
        rf"(?:\s*(?:in the (?P<eve>evening)|{_MERIDIEM}))?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<hw>{_HOUR_WORD})\s+(?P<mw>thirty|fifteen|forty-five|o'clock)\b"
        rf"(?:\s*(?:in the (?P<eve>evening)|{_MERIDIEM}))?",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<noon>noon|midday|midnight)\b", re.IGNORECASE),
    # "from 2 till 4": the start of a slot, with no am/pm (so 2 may be 14:00).
    re.compile(
        r"\b(?:from\s+)?(?P<t>(?P<h>1[0-2]|[1-9])(?:[:.](?P<m>[0-5]\d))?)\s*(?:till|until|til)\s+"
        r"(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\b\.?|\b)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:at|from)\s+(?P<t>(?P<hw>{_HOUR_WORD})\b(?!\s*(?:people|guests|of|[:.]\d|-|%|/|to\b|or\b|and\b|"
        rf"(?:\w+\s+)?(?:people|guests|persons|adults|children|kids|of us|of you|nights?|days?|weeks?|years?|"
        rf"minutes?|mins|hours?|pounds|quid|percent)\b))(?:\s*in the (?P<eve>evening))?)",
        re.IGNORECASE,
    ),
)

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|twenty)"
_PEOPLE = (
    r"(?:people|persons|guests|diners|covers|pax|seats|places|spots|tickets|heads|of you|of us|adults|players|golfers|"
    r"riders|runners|walkers|dancers|delegates|attendees|participants|swimmers|climbers)"
    r"(?!\s+(?:more|extra|drop|join|pull|cancel|leave|can't|cannot|won't)\b)"
)
# Words after "for two" that make it a count of things, not people: "room for one long table".
_NOT_PEOPLE = (
    r"long|large|big|small|little|round|square|private|separate|single|double|twin|cars?|vehicles?|bottles?|"
    r"courses?|dogs?|pets?|bags?|cases?|items?|pieces?|cakes?|beds?|tables?|rooms?|bikes?|boxes|box"
)
_TICKET_SPLIT = (
    r"adults?|child|children|kids?|students?|seniors?|concessions?|junior|family|infants?|extra|more|additional|"
    r"spare|other|free|am|pm|of|fewer|less"
)
_PARTY_PATTERNS = (
    # "2 adults and 2 children": the party is both together.
    re.compile(
        rf"\b(?P<n>{_NUM})\s+adults?\s*(?:,|and|&|\+|plus)\s*(?P<plus>{_NUM})\s+"
        rf"(?:children|kids|child|little ones|teenagers|teens|infants|babies)\b",
        re.IGNORECASE,
    ),
    # "10 or 11 is fine", "4 or 5 fine": the customer's own range, said back without a noun.
    re.compile(
        rf"\b(?P<lo>{_NUM})\s*(?:or|to|-)\s*(?P<hi>{_NUM})\s+(?:(?:is|are|would be|will be)\s+)?"
        rf"(?:fine|ok|okay|no problem|great|perfect|absolutely fine)\b",
        re.IGNORECASE,
    ),
    # "8 for afternoon tea", "six for dinner": the party before the meal.
    re.compile(
        rf"\b(?P<n>{_NUM})\s+for\s+(?:afternoon tea|high tea|lunch|dinner|brunch|breakfast|supper|drinks|a meal|"
        rf"tea|the tasting|the tour|the class|the session|the party)\b",
        re.IGNORECASE,
    ),
    # "Passengers: 14", "Guests - 12", "Party size: 8".
    re.compile(
        rf"\b(?:passengers|guests|people|party size|group size|number of (?:guests|people)|covers|diners|adults)"
        rf"\s*[:\-]\s*(?P<n>{_NUM})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:between\s+|from\s+|anywhere from\s+)?(?P<lo>{_NUM})(?:\s*,\s*{_NUM})*\s*(?:-|to|or|and)\s*"
        rf"(?P<hi>{_NUM})\s+(?:{_PEOPLE}|children|kids)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:table|booking|reservation|party|group|space|room|seating|numbers?)\s+(?:for|of)\s+(?:between\s+|from\s+)"
        rf"(?P<lo>{_NUM})\s*(?:-|to|and)\s*(?P<hi>{_NUM})\b",
        re.IGNORECASE,
    ),
    # "three weekend tickets", "2 front-row seats": a kind of ticket between the number and the noun
    # counts, but not one that splits the party ("two child tickets" is not everyone).
    re.compile(
        rf"\b(?P<n>{_NUM})\s+(?:{_PEOPLE}\b|(?:(?!(?:{_TICKET_SPLIT})\b)[a-z-]+\s+){{1,2}}"
        rf"(?:tickets|passes|seats|places)\b(?!\s+(?:more|extra)\b))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:(?:table|booking|reservation|party|group|family|space|room|seating|"
        rf"booked(?: (?:it|you|the table|you in))?|"
        rf"reserved(?: (?:a|the) table)?)\s+(?:for|of)|party size of|headcount of|up to)\s+(?:a party of\s+|up to\s+)?"
        rf"(?P<n>{_NUM})\b(?!\s*(?:st|nd|rd|th|:|\.\d|am|pm|a\.m|p\.m|/|o'clock|nights?|days?|hours?|minutes?|weeks?|"
        rf"months?|years?|%|working|percent|pounds|more|extra|{_NOT_PEOPLE}|{_MONTH_ALT})\b)",
        re.IGNORECASE,
    ),
    # A room's capacity: "the suite seats five comfortably" (read as a capacity, see _CAPACITY).
    re.compile(
        rf"\b(?:seats|sleeps|accommodates|(?:can|will) (?:seat|sleep|accommodate|fit|take))\s+(?:up\s+to\s+|all\s+)?"
        rf"(?P<n>{_NUM})\b(?!\s*(?:st|nd|rd|th|:|\.\d|am|pm|/|nights?|days?|hours?|minutes?|weeks?|months?|years?|%|"
        rf"percent|pounds|more|extra|{_NOT_PEOPLE}|{_MONTH_ALT})\b)",
        re.IGNORECASE,
    ),
    re.compile(
        # "for" is matched, not looked behind, so the phrase is keyed on it and not scanned for.
        rf"\bfor\s(?P<n>{_NUM})\b(?!\s*(?:-|to)\s*\d)(?!\s+adults?\s*(?:,|and|&|\+|plus)\s*{_NUM}\s+(?:children|kids|child))(?!\s*(?:st|nd|rd|th|:|\.\d|am|pm|a\.m|p\.m|/|o'clock|nights?|days?|hours?|minutes?|"
        rf"weeks?|months?|years?|%|working|percent|pounds|of|more|extra|{_NOT_PEOPLE}|{_MONTH_ALT})\b)",
        re.IGNORECASE,
    ),
)
# What a room or venue holds, not who is coming: "the barn seats up to 120", "the lodge sleeps 6".
_CAPACITY = re.compile(
    r"\b(?:seats?|seating|holds?|takes?|fits?|sleeps?|accommodates?|covers?|capacity(?:\s+(?:of|for))?|caters?\s+for|"
    r"can\s+(?:seat|hold|take|fit|sleep|accommodate|cater\s+for)|(?:plenty\s+of\s+|enough\s+)?(?:space|room)\s+for)"
    r"\s+(?:up\s+to\s+|over\s+|around\s+|about\s+|all\s+)?$",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"\b(?:first|last|other|extra|remaining|following|final|additional|those|these|another)\s+$", re.IGNORECASE
)
# A time straight after a date, without "at": "Tue 14 Jan, 4.15".
_TIME_AFTER_DATE = re.compile(r",?\s+(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\b(?!\.\d)")
# Not "one night's stay" (a deposit or a charge measured in nights).
_NIGHTS = re.compile(rf"\b(?P<n>{_NUM})[\s-]*(?:nights?|nts?)\b(?!'s\s)\.?", re.IGNORECASE)
# A reference is a code with at least one digit after a word that announces it ("order RG-48213").
_REFERENCE = re.compile(
    r"\b(?:ref(?:erence)?|booking|order|confirmation|invoice|job|case|ticket|account|acct|policy|membership)"
    r"(?:\s+(?:number|no\.?|ref(?:erence)?|code))?\s*(?:is\s*)?[:#]?\s*(?P<ref>(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,})",
    re.IGNORECASE,
)


def _family(patterns: tuple[re.Pattern[str], ...]) -> PhraseSet:
    """One indexed matcher for a family of patterns, tried in order at each place a value can start.

    Group names get the pattern's number as a suffix (``day_1``) so the patterns can share
    one regex; :func:`_groups` strips it again.
    """
    bodies = [re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", p.pattern) for i, p in enumerate(patterns)]
    return PhraseSet.compile(bodies, flags=re.IGNORECASE, raw=True)


def _groups(m: re.Match[str]) -> dict[str, tuple[str, int, int]]:
    """Matched groups by their base name: value, start, end."""
    out = {}
    for name, value in m.groupdict().items():
        if value is not None:
            out[name.rsplit("_", 1)[0]] = (value, *m.span(name))
    return out


_DATES = _family(_DATE_PATTERNS)
_TIMES = _family(_TIME_PATTERNS)
_PARTY = _family(_PARTY_PATTERNS)
_NIGHTS_SET = _family((_NIGHTS,))
_REFERENCE_SET = _family((_REFERENCE,))


@dataclass(frozen=True)
class DateMention:
    """A date in the text; parts the text does not give are None."""

    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None
    plural: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class TimeMention:
    """A clock time; ``exact`` is False when am/pm was not given (7:30 may be 19:30)."""

    start: int
    end: int
    hour: int
    minute: int
    exact: bool

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def matches(self, hour: int, minute: int) -> bool:
        """Whether this mention can mean ``hour:minute`` (24-hour clock)."""
        if self.minute != minute:
            return False
        return self.hour == hour if self.exact else self.hour % 12 == hour % 12


@dataclass(frozen=True)
class CountMention:
    """A number of people (``low == high``) or a range of them, or a number of nights."""

    start: int
    end: int
    low: int
    high: int
    capacity: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class Mentions:
    """Every detail mention found in one reply."""

    dates: tuple[DateMention, ...]
    times: tuple[TimeMention, ...]
    party: tuple[CountMention, ...]
    nights: tuple[CountMention, ...]
    references: tuple[tuple[int, int, str], ...]


def number_value(word: str) -> int | None:
    """The value of ``9``, ``nine`` or ``a dozen``."""
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _overlaps(span: tuple[int, int], taken: bytearray) -> bool:
    return taken.find(1, span[0], span[1]) != -1


def _take(span: tuple[int, int], taken: bytearray) -> None:
    taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])


def _month(text: str | None) -> int | None:
    return MONTHS.get(text[:3].lower()) if text else None


def _find_dates(a: Analysis, taken: bytearray) -> list[DateMention]:
    found: list[DateMention] = []
    for m in _DATES.matches(a):
        if _overlaps(m.span(), taken):
            continue
        g = {k: v[0] for k, v in _groups(m).items()}
        day = int(g["day"]) if "day" in g else None
        month = _month(g["mon"]) if "mon" in g else (int(g["month"]) if "month" in g else None)
        if day is not None and month is not None and month > 12 and day <= 12:
            day, month = month, day  # 11/15: read month-first only when day-first is impossible
        if (day is not None and not 1 <= day <= 31) or (month is not None and not 1 <= month <= 12):
            continue
        year = int(g["year"]) if "year" in g else None
        if year is not None and year < 100:
            year += 2000
        wd = WEEKDAYS.get(g["wd"][:3].lower()) if "wd" in g else None
        found.append(DateMention(m.start(), m.end(), day, month, year, wd, "plural" in g))
        if day is not None:
            _take(m.span(), taken)
    return found


def _hour_value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _find_times(a: Analysis, taken: bytearray) -> list[TimeMention]:
    found: list[TimeMention] = []
    for m in _TIMES.matches(a):
        groups = _groups(m)
        g = {k: v[0] for k, v in groups.items()}
        span = groups["t"][1:] if "t" in groups else m.span()
        if _overlaps(span, taken):
            continue
        exact = False
        if "noon" in g:
            hour, minute, exact = (0 if g["noon"].lower() == "midnight" else 12), 0, True
        elif "half" in g:
            hour = _hour_value(g["hw"])
            rel = g.get("rel", "").strip().lower()
            if g["half"].lower() == "half":
                minute = 30
            elif rel == "to":
                hour, minute = hour - 1 or 12, 45
            else:
                minute = 15
        elif "hw" in g:
            hour = _hour_value(g["hw"])
            minute = {"thirty": 30, "fifteen": 15, "forty-five": 45}.get(g.get("mw", "").lower(), 0)
        else:
            hour, minute = int(g["h"]), int(g.get("m", 0))
            exact = hour > 12 or g["h"].startswith("0")
        if "rmer" in g:  # the slot's am/pm, unless it crosses noon ("10-2pm")
            if int(g["h"]) <= int(g["h2"]):
                hour = hour % 12 + (12 if g["rmer"].lower() == "p" else 0)
                exact = True
        elif "mer" in g:
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if g["mer"].lower() == "p" else 0)
            exact = True
        elif "eve" in g:
            hour, exact = hour % 12 + 12, True
        found.append(TimeMention(span[0], span[1], hour, minute, exact))
        _take(m.span() if "rmer" in groups else span, taken)  # "3-9pm": the slot's end is not another time
    return found


def _find_counts(a: Analysis, family: PhraseSet, taken: bytearray) -> list[CountMention]:
    found: list[CountMention] = []
    for m in family.matches(a):
        groups = _groups(m)
        key = "n" if "n" in groups else "lo"
        if _overlaps(groups[key][1:], taken) or _overlaps(m.span(), taken):
            continue
        if _PART_OF.search(a.text, max(0, groups[key][1] - 24), groups[key][1]):
            continue  # "for the first two nights": part of the stay, not its length
        if a.low.endswith("of us", 0, m.end()) and a.low.endswith("with ", 0, groups[key][1]):
            continue  # "with two of us working": the staff, not the party
        lo = number_value(groups[key][0])
        hi = number_value(groups["hi"][0]) if "hi" in groups else lo
        if "plus" in groups and lo is not None:
            more = number_value(groups["plus"][0])
            lo = hi = lo + more if more is not None else None
        if lo is None or hi is None or lo > hi or hi > 500:
            continue
        # "for 9" is matched from "for" (so it is indexed), but the mention is the number.
        start = groups[key][1] if a.low.startswith("for", m.start()) else m.start()
        number = groups[key][1]  # "space for five": the cue may be inside the match, before the number
        capacity = bool(_CAPACITY.search(a.text, max(0, start - 30), number))
        found.append(CountMention(start, m.end(), lo, hi, capacity))
        _take((start, m.end()), taken)
    return found


@lru_cache(maxsize=16)
def find_mentions(a: Analysis) -> Mentions:
    """Every date, time, party size, nights count and reference in the reply (cached per analysis)."""
    taken = bytearray(len(a.text))
    dates = _find_dates(a, taken)
    times = _find_times(a, taken)
    for d in dates:
        # "Sunday 12.30", "14 June, 12.30": a dotted time straight after a day is a time, not a price.
        t = None if d.plural else _TIME_AFTER_DATE.match(a.text, d.end)
        if t and not _overlaps(t.span("h"), taken):
            times.append(TimeMention(t.start("h"), t.end("m"), int(t.group("h")), int(t.group("m")), False))
            _take((t.start("h"), t.end("m")), taken)
    times.sort(key=lambda tm: tm.start)
    nights = _find_counts(a, _NIGHTS_SET, taken)
    party = _find_counts(a, _PARTY, taken)
    refs = tuple(sorted({(g["ref"][1], g["ref"][2], g["ref"][0]) for g in map(_groups, _REFERENCE_SET.matches(a))}))
    return Mentions(tuple(dates), tuple(times), tuple(party), tuple(nights), refs)
