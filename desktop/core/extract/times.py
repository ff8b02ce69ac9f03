"""Times of day: "7:30pm", "19:30", "7pm", "half seven", "quarter to eight", "noon".

Values are 24-hour "HH:MM". An hour written without am/pm is read as the
customer most likely meant it: evening for dinner words, morning for breakfast
words, and afternoon/evening for the small hours nobody books ("at 7").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.lexicon import lazy, number_value

_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_HOUR = r"(?:[01]?\d|2[0-3])"
_AMPM = r"(?P<ap{0}>[ap]\.?\s?m\b\.?|o'?clock|in\s+the\s+(?:morning|afternoon|evening)|tonight)"

_TIME = lazy(
    r"(?<![\w£$€#/.:,-])(?:"
    # 7:30pm, 19:30, 7.30 pm, 19h30
    r"(?P<c>(?P<ch>" + _HOUR + r")\s?[:.h]\s?(?P<cm>[0-5]\d)(?![\d/.:-]?\d)(?:\s*" + _AMPM.format("c") + r")?)"
    # 7pm, 7 p.m., 7 o'clock
    r"|(?P<p>(?P<ph>" + _HOUR + r")\s*" + _AMPM.format("p") + r")"
    # 1930hrs, 0800 hours
    r"|(?P<m>(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hrs|hours|h)\b)"
    # half seven, half past seven, quarter to eight, seven thirty, ten o'clock
    r"|(?P<w>(?P<wq>half(?:\s+past)?|quarter\s+(?:past|to)|(?:twenty|ten|five)\s+(?:past|to))\s+"
    r"(?P<wh>" + _HOUR_WORD + r"|" + _HOUR + r")\b(?:\s*" + _AMPM.format("w") + r")?)"
    r"|(?P<x>(?P<xh>"
    + _HOUR_WORD
    + r")(?:[\s-](?P<xm>thirty|fifteen|forty[\s-]five|o'?clock))\b(?:\s*"
    + _AMPM.format("x")
    + r")?)"
    # 9ish, 7.30-ish
    r"|(?P<i>(?P<ih>" + _HOUR + r")(?:[:.](?P<im>[0-5]\d))?\s?-?ish\b)"
    # noon, midday, midnight
    r"|(?P<n>\b(?:noon|midday|midnight|lunchtime|12\s+noon)\b)"
    # at 8, at eight, for 7 (only with a time word nearby; checked in code)
    r"|(?P<a>\b(?:at|around|about|from|for|by|after|before|until|till)\s+(?:around\s+|about\s+|approx\.?\s+|approximately\s+)?"
    r"(?P<ah>" + _HOUR + r"|" + _HOUR_WORD + r")(?:ish)?\b(?!\s*(?:people|persons|guests|of\s+us|adults|kids|children|"
    r"nights?|days?|weeks?|months?|years?|mins?|minutes|hours|%|pax|covers|diners|rooms?|tables?|[:./]\d|st\b|nd\b|rd\b|th\b|"
    r"more\b|less\b|of\b|or\s+two|person|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|(?:-|–|to|until|till|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))"
    r")",
    re.IGNORECASE,
)
# A dash or "and" joining two times: "7-7:30pm", "between 7 and 8pm" share the am/pm.
_RANGE_TAIL = lazy(r"\s*(?:-|–|to|and|or)\s*(?:\d{1,2}(?:[:.]\d\d)?)\s*(?P<ap>[ap])\.?\s?m\b", re.IGNORECASE)
_EVENING = lazy(
    r"\b(?:dinner|evening|tonight|tonite|nite|supper|night|pm|drinks|party|meal|table|restaurant|pub|bar|of\s+us|people|guests)\b",
    re.IGNORECASE,
)
_MORNING = lazy(r"\b(?:breakfast|morning|brunch|am|coffee|early)\b", re.IGNORECASE)
_RANGE_JOIN = lazy(r"\s*(?:-|–|to|until|till|and)\s*$", re.IGNORECASE)
# Past narrative ("we were rushed out at 3") versus a request ("could we come at 3?")
_NARRATIVE = lazy(
    r"\b(?:was|were|had|waited|arrived|left|rushed|didn't|did\s+not|came|turned\s+up|showed\s+up|until\s+\d+\s*am)\b",
    re.IGNORECASE,
)
_REQUEST = lazy(
    r"\b(?:book|booking|booked|could|can|would|will|'ll|please|like|want|need|tomorrow|next|reservation|reserved|table|appointment)\b",
    re.IGNORECASE,
)
_LUNCH = lazy(r"\blunch\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimeMention:
    """One time of day found in the text, as "HH:MM" with a confidence."""

    start: int
    end: int
    value: str
    confidence: float


def _hour_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return number_value(word)


def _apply_ampm(hour: int, ap: str | None) -> int | None:
    if ap is None:
        return hour
    a = ap.lower().replace(".", "").replace(" ", "")
    if hour > 12:
        return hour if a.startswith("p") or not a.startswith("a") else None
    if a.startswith("pm") or "afternoon" in a or "evening" in a or a == "tonight":
        return hour % 12 + 12
    if a.startswith("am") or "morning" in a:
        return hour % 12
    return hour  # o'clock


def _guess_half(hour: int, window: str) -> tuple[int, float]:
    """24-hour value of an hour written without am/pm, and how sure that is."""
    if hour == 0 or hour > 12:
        return hour, 0.9
    if hour == 12:
        return 12, 0.85
    morning = _MORNING.search(window) is not None
    evening = _EVENING.search(window) is not None
    if _LUNCH.search(window) and 11 <= hour + 12 <= 15:
        return (hour + 12 if hour <= 3 else hour), 0.75
    if morning and not evening:
        return hour, 0.7
    if evening and not morning:
        return hour + 12, 0.8
    # With no clue, an hour from 1 to 7 is afternoon or evening (nobody books 3 a.m.)
    return (hour + 12, 0.7) if hour <= 7 else (hour, 0.55)


def _mention(m: re.Match[str], scan: str) -> TimeMention | None:
    s, e = m.span()
    window = scan[max(0, s - 200) : min(len(scan), e + 120)]
    minute = 0
    ap: str | None = None
    conf = 0.9
    explicit_24h = False
    if m.group("c"):
        hour = int(m.group("ch"))
        minute = int(m.group("cm"))
        ap = m.group("apc")
        sep_dot = "." in m.group("c") and ap is None
        explicit_24h = hour >= 13 or m.group("ch").startswith("0")
        if (
            sep_dot
            and not explicit_24h
            and not re.search(r"\b(?:at|around|about|from|for|by|till|until|after)\s*$", scan[max(0, s - 20) : s], re.I)
        ):
            conf = 0.6  # "7.30" alone could be a price or a version
    elif m.group("p"):
        hour = int(m.group("ph"))
        ap = m.group("app")
        if ap.lower().startswith(("o", "in", "to")) and hour <= 12:
            hour_24, conf = _guess_half(hour, window)
            if ap.lower().startswith("in") or ap.lower() == "tonight":
                hour_24 = _apply_ampm(hour, ap) or hour_24
            return TimeMention(s, e, f"{hour_24:02d}:00", conf)
    elif m.group("m"):
        hour, minute = int(m.group("mh")), int(m.group("mm"))
        explicit_24h = True
    elif m.group("w"):
        h = _hour_value(m.group("wh"))
        if h is None or h > 12:
            return None
        q = " ".join(m.group("wq").lower().split())
        if q.startswith("half"):
            # British "half seven" means 7:30, as does "half past seven"
            hour, minute = h, 30
        elif q.startswith("quarter past"):
            hour, minute = h, 15
        elif q.startswith("quarter to"):
            hour, minute = (h - 1) or 12, 45
        else:
            n = number_value(q.split()[0]) or 0
            hour, minute = (h, n) if q.endswith("past") else ((h - 1) or 12, 60 - n)
        ap = m.group("apw")
        conf = 0.8
    elif m.group("x"):
        h = _hour_value(m.group("xh"))
        if h is None:
            return None
        tail = m.group("xm").lower().replace("-", " ")
        hour = h
        minute = 0 if "clock" in tail else 45 if "forty" in tail else number_value(tail) or 0
        ap = m.group("apx")
        conf = 0.75
    elif m.group("i"):
        hour, minute = int(m.group("ih")), int(m.group("im") or 0)
        conf = 0.75
    elif m.group("n"):
        word = m.group("n").lower()
        if "midnight" in word:
            return TimeMention(s, e, "00:00", 0.8)
        return TimeMention(s, e, "12:00" if "lunch" not in word else "12:30", 0.8 if "lunch" not in word else 0.4)
    else:
        h = _hour_value(m.group("ah"))
        if h is None or h > 23:
            return None
        # "for 7" is a party size unless a time word says otherwise
        lead = m.group("a").split()[0].lower()
        if lead == "for" and not re.search(
            r"\b(?:table|booking|reservation)\s+for\s+\S+\s+$", scan[max(0, s - 40) : s], re.I
        ):
            return None
        hour, conf = _guess_half(h, window) if h <= 12 else (h, 0.8)
        if lead == "by":
            conf = min(conf, 0.4)  # "on site by 7": a limit, not an appointment
        return TimeMention(m.start("ah"), e, f"{hour:02d}:00", min(conf, 0.7))
    if ap is None and not explicit_24h:
        tail = _RANGE_TAIL.match(scan, e, min(len(scan), e + 20))
        if tail:
            ap = tail.group("ap") + "m"
    if ap is not None:
        hour24 = _apply_ampm(hour, ap)
        if hour24 is None:
            return None
        hour = hour24
        conf = max(conf, 0.9) if ap.lower()[:1] in "ap" else conf
    elif not explicit_24h:
        hour, guess_conf = _guess_half(hour, window)
        conf = min(conf, guess_conf)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return TimeMention(s, e, f"{hour:02d}:{minute:02d}", conf)


def find_times(scan: str) -> list[TimeMention]:
    """Every time of day in ``scan`` (a blanked text), in order of position.

    In a range ("from 9 until 12", "7-7:30pm") the start is the appointment, so
    the end gets a lower confidence than the start. A time in a sentence that
    only tells what happened ("we were rushed out at 3") is left out.
    """
    out: list[TimeMention] = []
    for m in _TIME.finditer(scan):
        try:
            mention = _mention(m, scan)
        except (ValueError, TypeError):
            mention = None
        if mention is None:
            continue
        lo = max(0, mention.start - 160)
        cut = max(
            scan.rfind(".", lo, mention.start), scan.rfind("\n", lo, mention.start), scan.rfind("?", lo, mention.start)
        )
        sentence = scan[cut + 1 : min(len(scan), mention.end + 80)].split(".")[0]
        if _NARRATIVE.search(sentence) and not _REQUEST.search(sentence):
            continue
        if out and _RANGE_JOIN.match(scan, out[-1].end, mention.start):
            prev = out[-1]
            out[-1] = TimeMention(prev.start, prev.end, prev.value, max(prev.confidence, 0.75))
            mention = TimeMention(
                mention.start, mention.end, mention.value, min(mention.confidence, out[-1].confidence - 0.1)
            )
        out.append(mention)
    return out
