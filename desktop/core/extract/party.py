"""Party size and nights: "table for 8", "a party of twelve", "2 adults and 2 children",
"between 6 and 8 of us", "8 people (at least 7 and possibly 9)", "3 nights".

A range sets ``party_min``/``party_max``; ``party_size`` is the number the
customer said they are (for a bare range, the upper end: the business books for
the larger number and invites an update nearer the time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.lexicon import NUMBER_RE, lazy, number_value

_N = NUMBER_RE
_PEOPLE = (
    r"(?:people|persons?|peeps|ppl|guests?|adults?|pax|diners|covers|of\s+us|heads|friends|"
    r"colleagues|ladies|girls|guys|lads|members|attendees|delegates|family\s+members|places|spaces|spots|"
    r"children|kids|cyclists|walkers|golfers|runners|players|students|pupils)"
)
_KIDS = r"(?:children|child|kids?|little\s+ones|teenagers|teens|infants?|babies|baby|toddlers?|under[\s-]?\d+s?)"
_NOT_TIME = r"(?!\s*(?:[:./]\d|[ap]\.?m\b|o'?clock|nights?|days?|weeks?|hours?|mins?|minutes|pm|am|th\b|st\b|nd\b|rd\b|adults?\b|-\s*\d))"  # noqa: E501 (one regex alternation reads better whole)

# "booking for two rooms", "for 2 courses": counts of things, not of people
_NOT_THINGS = (
    r"(?!\s+(?:rooms?|tables?|nights?|courses?|bottles?|cakes?|items?|bags?|cars?|dogs?|beds?|bedrooms?|hours?|weeks?|days?))"
    # "anything for 20 pounds", "something for 2 year olds": money and ages
    r"(?![\s-]*(?:pounds?|quid|dollars?|euros?|bucks|p\b|%|percent|off\b|each\b|years?|yrs?|months?|-?y/?o\b))"
)

_PARTY = lazy(
    r"(?:"
    # 2 adults and 2 children / 2 adults + 1 child
    r"(?P<ak>\b(?P<a1>" + _N + r")\s+adults?\s*(?:,|and|&|\+|plus|with)?\s*(?P<k1>" + _N + r")\s+" + _KIDS + r"\b)"
    # web forms: "Adults: 2 Children: 1", "Guests: 3"
    r"|(?P<fa>\badults?\s*:\s*(?P<fa1>\d{1,3})\b(?:[\s,;|]*(?:children|kids|child)\s*:\s*(?P<fk1>\d{1,2})\b)?)"
    r"|(?P<fg>\b(?:guests|people|party\s+size|number\s+of\s+(?:guests|people)|no\.?\s+of\s+(?:guests|people)|covers|pax)\s*:\s*(?P<fg1>\d{1,3})\b)"
    # between 6 and 8 (people) / 6-8 people / 6 or 7 of us / 6 to 8 guests
    r"|(?P<rg>\b(?:between\s+)?(?P<r1>" + _N + r")\s*(?:-|–|to|or|and)\s*(?P<r2>" + _N + r")\s+" + _PEOPLE + r"\b)"
    r"|(?P<rb>\bbetween\s+(?P<r3>" + _N + r")\s+and\s+(?P<r4>" + _N + r")\b" + _NOT_TIME + r")"
    # 8 people / eight guests / 6 of us
    # make it 6 instead of 4 / 6 people rather than 4
    r"|(?P<inst>\b(?P<n6>"
    + _N
    + r")\s+(?:"
    + _PEOPLE
    + r"\s+)?(?:instead\s+of|rather\s+than|not)\s+(?:the\s+)?"
    + _N
    + r"\b"
    + _NOT_TIME
    + r")"
    r"|(?P<np>\b(?<!more\s)(?P<n1>" + _N + r")[ \t]+(?:hungry[ \t]+|adult[ \t]+)?(?!more\b)" + _PEOPLE + r"\b)"
    # I dined with three colleagues -> 4
    r"|(?P<with>\b(?:i|me)\b[^.!?\n]{0,40}?\bwith\s+(?:my\s+)?(?P<n7>"
    + _N
    + r")\s+(?:friends|colleagues|others|other\s+people|people|guests|kids|children)\b)"
    # table for 8 / booking for six / reservation for 2 / room for 2
    r"|(?P<tf>\b(?:(?:table|tabel|booking|reservation|space|room|seats?|dinner|lunch|meal|brunch|breakfast|tea)(?:\s+\w+){0,2}?|(?:book|reserve)(?:\s+\w+){0,3}?|somewhere|(?P<any>anything|something))"
    r"\s+for\s+(?:a\s+(?:group|party)\s+of\s+)?(?P<n2>"
    + _N
    + r")\b"
    + _NOT_TIME
    + _NOT_THINGS
    + r"(?:\s+"
    + _PEOPLE
    + r"\b)?)"
    # party of twelve / group of 10 / family of four
    r"|(?P<po>\b(?:party|group|family|team|table)\s+of\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?(?P<n3>"
    + _N
    + r")\b"
    + _NOT_TIME
    + r")"
    # we are 8 / we'll be 6 / there will be 10 of us / we're a group of 5
    r"|(?P<we>\b(?:we\s+are|we're|we\s+will\s+be|we'll\s+be|there\s+will\s+be|there'll\s+be|there\s+are|we\s+would\s+be|we'd\s+be)"
    r"\s+(?:now\s+)?(?:only\s+|just\s+)?(?P<n4>" + _N + r")\b" + _NOT_TIME + r")"
    # just the two of us
    r"|(?P<two>\b(?:just\s+)?the\s+(?P<n5>two|three|four|five|six)\s+of\s+us\b)"
    r"|(?P<wife>\b(?:my\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|mum|dad|mother|father|friend|sister|brother|son|daughter|other\s+half)\s+and\s+(?:i|me)"
    r"|(?:me|i)\s+and\s+my\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|mum|dad|mother|father|friend|sister|brother|son|daughter|other\s+half)"
    r"|for\s+me\s+and\s+my\s+\w+)\b"
    r"(?!\s*(?:,|and|&|\+|plus|with)\s*(?:our|my|the|\d|two|three)))"
    r")",
    re.IGNORECASE,
)
# Uncertainty the customer adds after the main number: "(at least 7 and possibly 9)".
_HEDGE_END = r"\b(?!\s*(?:[:.]\d|[ap]\.?m\b|o'?clock|nights?|days?|weeks?|hours?|mins?|minutes|%|pounds|quid|th\b|st\b|nd\b|rd\b))"  # noqa: E501 (one regex alternation reads better whole)
_MIN = lazy(
    r"\b(?:at\s+least|minimum(?:\s+of)?|min\.?|no\s+fewer\s+than|no\s+less\s+than|definitely|as\s+few\s+as|as\s+little\s+as)\s+(?P<n>"
    + _N
    + r")"
    + _HEDGE_END,
    re.IGNORECASE,
)
_MAX = lazy(
    r"\b(?:possibly|maybe|perhaps|up\s+to|at\s+most|maximum(?:\s+of)?|max\.?|could\s+be|might\s+be|may\s+be|potentially|or\s+even|as\s+many\s+as)\s+"
    r"(?:up\s+to\s+|as\s+many\s+as\s+)?(?P<n>" + _N + r")" + _HEDGE_END,
    re.IGNORECASE,
)
# "It might end up being 7": a number the party may become, either way
_MAYBE = lazy(
    r"\b(?:might|may|could|would)\s+(?:end\s+up\s+(?:being|as|with)|drop\s+to|go\s+up\s+to|rise\s+to|grow\s+to)\s+"
    r"(?:only\s+|just\s+)?(?P<n>" + _N + r")" + _HEDGE_END,
    re.IGNORECASE,
)
_OR_MORE = lazy(
    r"^\s*(?:,\s*)?(?:or|maybe|possibly|perhaps|/)\s+(?P<n>" + _N + r")\b(?!\s*(?:[:.]\d|[ap]m|nights?))", re.IGNORECASE
)
_TOTAL = lazy(r"\b(?:so|total(?:ling)?\s+(?:of\s+)?|altogether|in\s+total|that's|making)\s*$", re.IGNORECASE)
_COUNT = lazy(r"\b" + _N + r"\b", re.IGNORECASE)
_TIME_TALK = lazy(r"\b(?:time|times|o'?clock|earlier|later|arriv\w*|slot|sitting|[ap]\.?m)\b|\d[:.]\d", re.IGNORECASE)
# A booking, a visit, a table or a room: only then do companions ("my sister and I") make a party.
_VISIT = lazy(
    r"\b(?:book\w*|reserv\w*|tables?|rooms?|stay\w*|visit\w*|dinner|lunch|brunch|breakfast|meals?|dine|dined|dining|"
    r"eat|ate|afternoon\s+tea|restaurant|hotel|cottage|tickets?|tours?|appointments?|treatments?|check[\s-]?in|nights?|"
    r"seats?|seating|sitting|availability|menu|party|guests?|come\s+(?:in|for|and|over|along)|coming\s+(?:in|for)|"
    r"tonight|tonite|tomorrow|tmrw)\b",
    re.IGNORECASE,
)
# "anything for 2 at 7", "something for 4 on Saturday": a day or a time makes it a booking
_WHEN_NEAR = lazy(
    r"\b(?:at\s+\d|\d\s*[ap]\.?m\b|\d[:.]\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|this\s+evening)",
    re.IGNORECASE,
)
_UP_TO = lazy(r"\bup\s+to\s*$", re.IGNORECASE)
_NIGHTS = lazy(
    r"\b(?P<n>" + _N + r"|a|one|single)[\s-]+nights?\b(?!\s*(?:out|club|time|before))"
    r"|\bnights?\s*:\s*(?P<form>\d{1,2})\b"
    r"|\b(?P<ov>overnight\s+stay|for\s+the\s+night|stay\s+the\s+night)\b"
    r"|\b(?P<wk>(?:a|one|the|our|whole)\s+week|(?P<wn>two|2|three|3)\s+weeks|a\s+fortnight|fortnight)\b(?!\s*(?:ago|later|before|after|today|on|time))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PartyMention:
    """A party size found in the text, with the range the customer gave."""

    start: int
    end: int
    size: int
    low: int | None
    high: int | None
    confidence: float


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    v = number_value(text)
    return v if v is not None and 0 < v <= 500 else None


def _hedges_party(tail: str, lo: int, hi: int, m: re.Match[str]) -> bool:
    """Whether a hedge in the next sentence is about the party ("Possibly 12.", "could be up to 8 of us").

    It is when the number is followed by people words or ends the sentence, and
    the sentence does not talk about a time ("Possibly 8 if that time is taken").
    """
    sentence = tail[lo:hi]
    if _TIME_TALK.search(sentence) or _COUNT.search(tail, lo, m.start()):
        return False  # a time, or a count of something else ("We have 2 dogs, possibly 3")
    after = tail[m.end() : hi]
    return re.match(r"\s*(?:[,;)\-–]|$|" + _PEOPLE + r"\b|(?:people|guests|of\s+us)\b)", after, re.I) is not None


def _hedges(scan: str, end: int, size: int) -> tuple[int | None, int | None, int]:
    """Range words after the number, in its sentence or the next; returns (min, max, end of evidence)."""
    tail_end = min(len(scan), end + 200)
    tail = scan[end:tail_end]
    stops = [m.start() for m in re.finditer(r"[.!?\n](?:\s|$)", tail)]
    first_stop = stops[0] if stops else len(tail)
    second_stop = stops[1] if len(stops) > 1 else len(tail)
    low = high = None
    ev_end = end
    m = _OR_MORE.match(tail)
    if m:
        other = _num(m.group("n"))
        if other is not None and other != size:
            low, high = min(size, other), max(size, other)
            ev_end = end + m.end()
    for rx, limit in ((_MIN, second_stop), (_MAX, second_stop), (_MAYBE, second_stop)):
        for m in rx.finditer(tail, 0, limit):
            v = _num(m.group("n"))
            if v is None or not size / 2 <= v <= size * 2 + 2:
                continue
            if (
                m.start() > first_stop
                and rx is not _MAYBE
                and not _MAYBE.search(tail, first_stop, m.start())
                and low is None
                and high is None
                and not _hedges_party(tail, first_stop, second_stop, m)
            ):
                continue  # the next sentence only counts when it hedges the same party
            if rx is _MIN or (rx is _MAYBE and v < size) or (rx is _MAX and v < size and low is None):
                if v <= max(size, high or size):
                    low = v
            elif v >= size:
                high = v
            ev_end = max(ev_end, end + m.end())
    if ev_end > end and scan[ev_end : ev_end + 1] == ")" and "(" in scan[end:ev_end]:
        ev_end += 1
    return low, high, ev_end


def find_party(scan: str) -> list[PartyMention]:
    """Every party size in ``scan`` (a blanked text), in order of position."""
    out: list[PartyMention] = []
    visit: bool | None = None
    for m in _PARTY.finditer(scan):
        s, e = m.span()
        low = high = None
        if out and s < out[-1].end and out[-1].high is not None:
            continue  # "6 of us. Possibly 7 people": already read as the range of the party before
        if m.group("wife") or m.group("with") or m.group("any"):
            if visit is None:
                visit = _VISIT.search(scan) is not None
            if not visit and not (m.group("any") and _WHEN_NEAR.search(scan, s, min(len(scan), e + 40))):
                continue  # "my sister and I bought a dress": companions, but no party to seat
        if m.group("ak"):
            a, k = _num(m.group("a1")), _num(m.group("k1"))
            if a is None or k is None:
                continue
            size, conf = a + k, 0.9
        elif m.group("fa") or m.group("fg"):
            a = _num(m.group("fa1") or m.group("fg1"))
            if a is None:
                continue
            size, conf = a + (_num(m.group("fk1")) or 0), 0.9
        elif m.group("rg") or m.group("rb"):
            r1 = _num(m.group("r1") or m.group("r3"))
            r2 = _num(m.group("r2") or m.group("r4"))
            if r1 is None or r2 is None or r1 >= r2 or r2 > 4 * r1 + 4:
                continue
            if m.group("rb") and not re.search(
                r"\b(?:us|people|guests|party|group|table|book)", scan[max(0, s - 60) : e + 30], re.I
            ):
                continue
            low, high, size, conf = r1, r2, r2, 0.8
        else:
            key = (
                next(g for g in ("n1", "n2", "n3", "n4", "n5", "n6", "n7") if m.group(g))
                if not m.group("wife")
                else None
            )
            size_or_none = 2 if key is None else _num(m.group(key))
            if size_or_none is None:
                continue
            size = size_or_none
            conf = {"n1": 0.9, "n2": 0.85, "n3": 0.9, "n4": 0.75, "n5": 0.85, "n6": 0.9, "n7": 0.75, None: 0.6}[key]
            if key == "n7":
                size_or_none += 1  # "I dined with three colleagues": them and me
                size = size_or_none
            if _TOTAL.search(scan, max(0, s - 12), s):
                conf += 0.08  # "so 4 children", "in total": the customer adds it up for us
            if (
                key == "n1"
                and re.match(r"\s*(?:adults?|guests?)\b", scan[m.end("n1") : e])
                and _UP_TO.search(scan[max(0, s - 10) : s])
            ):
                high = size
            if key == "n1" and re.match(r"(?:a|an|one|single)$", m.group("n1"), re.I):
                continue  # "a friend", "one guest" - not a party
            lo2, hi2, ev_end = _hedges(scan, e, size)
            if lo2 is not None or hi2 is not None:
                low, high = lo2, hi2 if hi2 is not None else high
                e = ev_end
        out.append(PartyMention(s, e, size, low, high, conf))
    return out


@dataclass(frozen=True)
class NightsMention:
    """A number of nights ("3 nights", "a night", "overnight stay")."""

    start: int
    end: int
    nights: int
    confidence: float


def find_nights(scan: str, weeks: bool = False) -> list[NightsMention]:
    """Every "N nights" in ``scan``, in order of position; with ``weeks``, "a week" is 7."""
    out = []
    for m in _NIGHTS.finditer(scan):
        if m.group("ov"):
            out.append(NightsMention(m.start(), m.end(), 1, 0.6))
            continue
        if m.group("form"):
            out.append(NightsMention(m.start("form"), m.end("form"), int(m.group("form")), 0.85))
            continue
        if m.group("wk"):
            if weeks:
                word = m.group("wk").lower()
                weeks_n = 14 if "fortnight" in word else 7 * (_num(m.group("wn")) or 1)
                out.append(NightsMention(m.start(), m.end(), weeks_n, 0.7))
            continue
        word = m.group("n").lower()
        n = 1 if word in ("a", "one", "single") else _num(word)
        if n is None or n > 60:
            continue
        out.append(NightsMention(m.start(), m.end(), n, 0.9 if n > 1 or word != "a" else 0.7))
    return out
