"""Reading the extracted field values and comparing them with what a reply restates.

Field values arrive as plain data (``"2024-11-15"`` or a ``date``, ``"19:30"``, ``8``);
these helpers read them, resolve a restated date's year and describe a value for a fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache

from desktop.core.checklist import phrases
from desktop.core.checklist.matching import phrase_regex
from desktop.core.checklist.restate import (
    MONTH_NAMES,
    NUMBER_WORDS,
    WEEKDAY_NAMES,
    DateMention,
    find_mentions,
    number_value,
)
from desktop.core.checklist.text import Analysis, analyse
from desktop.core.values import as_date

_ALNUM = re.compile(r"[^a-z0-9]")


def customer_names(fields: Mapping[str, object]) -> list[str]:
    """The customer's first name, full name and surname, as read from the email."""
    full = str(fields.get("customer_name") or "").strip()
    first = str(fields.get("customer_first_name") or (full.split()[0] if full else "")).strip()
    names = [n for n in (first, full) if n]
    if len(full.split()) > 1:
        names.append(full.split()[-1])
    return names


def as_time(value: object) -> tuple[int, int] | None:
    """A field value ``"HH:MM"`` as (hour, minute), else None."""
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", value)
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            return int(m.group(1)), int(m.group(2))
    return None


def as_int(value: object) -> int | None:
    """A field value as a whole number, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return number_value(value.strip())
    return None


def same_reference(a: str, b: str) -> bool:
    """References compare without case, spaces or dashes."""
    return _ALNUM.sub("", a.lower()) == _ALNUM.sub("", b.lower())


def reference_spans(text: str, ref: str) -> list[tuple[int, int]]:
    """Where ``ref`` appears in ``text``, ignoring case, spaces and dashes ("RG 48213" is "RG-48213")."""
    chars = re.sub(r"[\s-]", "", ref)
    if not chars:
        return []
    pattern = r"[\s-]?".join(re.escape(ch) for ch in chars)
    return [m.span() for m in re.finditer(rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])", text, re.IGNORECASE)]


# A date that ends a stay: "leaving Sunday 18 May", "check-out on the 18th", "16 May to 18 May".
_DEPARTURE = re.compile(
    r"\b(?:leav(?:e|es|ing)|depart(?:s|ing|ure)?|check(?:ing|s)?[- ]?out|until|till)\s+(?:on\s+|is\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(r"\s*(?:to|until|till|-)\s+(?:the\s+)?$", re.IGNORECASE)


def is_departure(text: str, mention: DateMention, previous: DateMention | None) -> bool:
    """Whether a date mention is the end of a stay, from the words just before it."""
    if _DEPARTURE.search(text, max(0, mention.start - 30), mention.start):
        return True
    return previous is not None and bool(_RANGE_TO.fullmatch(text, previous.end, mention.start))


def infer_year(day: int, month: int, near: date) -> date | None:
    """The date with this day and month closest to ``near`` (None if it does not exist)."""
    best = None
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - near).days) < abs((best - near).days):
            best = d
    return best


# A date restated this close to the booking belongs with it (the check-out two days after the
# check-in, the deposit due the week before), even when another year's is nearer to today.
_NEAR_BOOKING = timedelta(days=62)


def resolve(
    mention: DateMention, booking: date | None, today: date | None, known: Iterable[date | None] = ()
) -> date | None:
    """The full date a mention means, using the booking date or today to supply the year.

    ``known`` are other dates read from the email (check-in, check-out): a mention of one of
    them is that date.
    """
    if mention.day is None or mention.month is None:
        return None
    if mention.year is not None:
        try:
            return date(mention.year, mention.month, mention.day)
        except ValueError:
            return None
    for d in (booking, *known):
        if d is not None and (d.month, d.day) == (mention.month, mention.day):
            return d
    if booking is not None:
        near = infer_year(mention.day, mention.month, booking)
        if near is not None and abs(near - booking) <= _NEAR_BOOKING:
            return near
    anchor = today or booking
    return infer_year(mention.day, mention.month, anchor) if anchor else None


def mention_is(mention: DateMention, target: date, today: date | None = None) -> bool:
    """Whether a date mention restates ``target`` (day and month, or weekday with day, or a near weekday)."""
    if mention.day is not None and mention.month is not None:
        if (mention.day, mention.month) != (target.day, target.month):
            return False
        return mention.year is None or mention.year == target.year
    if mention.day is not None:
        return mention.day == target.day and mention.weekday in (None, target.weekday())
    if mention.weekday is not None and not mention.plural and today is not None:
        return mention.weekday == target.weekday() and timedelta(0) <= target - today < timedelta(days=7)
    return False


def describe(fields: Mapping[str, object], key: str) -> str:
    """A short human form of a field value for a suggested fix."""
    value = fields.get(key)
    if key in ("date", "check_in", "check_out"):
        d = as_date(value)
        return f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1]}" if d else str(value)
    if key == "time":
        t = as_time(value)
        if t:
            h, m = t
            suffix = "pm" if h >= 12 else "am"
            h12 = h % 12 or 12
            return f"{h12}:{m:02d}{suffix}" if m else f"{h12}{suffix}"
    if key == "party_size":
        return f"a table for {value}"
    if key == "nights":
        return f"{value} nights"
    return str(value)


# --- who is coming: when a head count is a key detail -------------------------------------

# Two people named without a number: "for you and your son", "both of you", "the two of you".
_TWO_PEOPLE = re.compile(
    r"\b(?:you and your (?!\w+s\b)[a-z]+|both of you|you both|you two|the pair of you|the two of you|"
    r"you(?:'re| are) both)\b",
    re.IGNORECASE,
)
_STAY_FIELDS = ("nights", "check_in", "check_out")


def party_is_key(fields: Mapping[str, object], email_text: str) -> bool:
    """Whether the number of people is a detail the reply must confirm.

    It is for a table, a party or a group ("a table for 8", "10 of us", "two places"); not for a
    stay (the nights and dates are what matter) nor when the email only names who is coming
    ("check-ups for me and my son"). Without the email's text, a party size read from it counts.
    """
    if any(fields.get(k) for k in _STAY_FIELDS):
        return False
    if not email_text.strip():
        return True
    # Only a count that is the party's own: in "if two of you could do us side by side" the two are the staff.
    sizes = {as_int(fields.get(k)) for k in ("party_size", "party_min", "party_max")} - {None}
    return any(not sizes or c.low in sizes or c.high in sizes for c in find_mentions(analyse(email_text)).party)


def people_accounted(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """Where the reply accounts for the people without a head count: two named ("you and your
    son"), or the customer's own range read back ("whether you end up at 80, 100 or in between")."""
    spans = [m.span() for m in _TWO_PEOPLE.finditer(text)] if low <= 2 <= high else []
    if low < high:
        lo, hi = (rf"(?:{n}|{_WORDS[n]})" if n in _WORDS else str(n) for n in (low, high))
        spans += [m.span() for m in re.finditer(rf"\b{lo}\b[^.!?\n\d]{{0,25}}\b{hi}\b", text, re.IGNORECASE)]
    return spans


_WORDS = {v: k for k, v in NUMBER_WORDS.items() if " " not in k}


def number_said(text: str, numbers: Iterable[int], end: int) -> list[tuple[int, int]]:
    """Where the reply body (up to ``end``) says one of ``numbers`` as a count ("six gel manis",
    "three cuts", "8 for afternoon tea"): read back in a form no pattern lists. Not a time, a price
    or part of a date or code."""
    alts = sorted({str(n) for n in numbers} | {_WORDS[n] for n in numbers if n in _WORDS}, key=len, reverse=True)
    if not alts:
        return []
    pattern = re.compile(
        r"(?<![£$€:/.\-\d])\b(?:" + "|".join(map(re.escape, alts)) + r")\b(?![:/.]\d|\s*(?:am|pm|%|st|nd|rd|th)\b|-\w)",
        re.IGNORECASE,
    )
    return [m.span() for m in pattern.finditer(text, 0, end)]


# --- what the customer was unsure of -------------------------------------------------------

_UNSURE = phrase_regex(phrases.UNCERTAIN_EMAIL)
_SENTENCE_END = re.compile(r"[.!?\n]")
_TOKEN = re.compile(r"[a-z]+|(?<![\d:.])\d{1,2}(?:am|pm)\b")
_WEEKDAYS = tuple(w.lower() for w in WEEKDAY_NAMES)


_SUFFIXES = ("ing", "ed", "er", "est")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A crude stem, the same for "mat"/"mats", "late"/"later", "arrive"/"arriving"/"arrival",
    "meet"/"meeting" and "quiet"/"quieter"."""
    w = word.lower()
    if len(w) >= 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) >= 4 and w.endswith("e"):
        w = w[:-1]
    return w[:5]


@lru_cache(maxsize=64)
def uncertain_topics(email_text: str, booking_weekday: int | None = None) -> frozenset[str]:
    """Stems of what the customer said they were unsure of: the words of each sentence with an unsure
    phrase ("not sure whether we need to bring our own mats" gives "mat"), less
    common words, numbers, months and the booking's own weekday (those are the booking, not the doubt).
    """
    low = email_text.lower()
    topics: set[str] = set()
    for m in _UNSURE.finditer(low):
        end = _SENTENCE_END.search(low, m.end())
        # When the doubt says "that" or "it", its subject was named just before it in the sentence:
        # "the bottom edge is lace and I don't know if that makes it a much bigger job".
        start = m.end()
        if _POINTS_AT.match(low, m.end()):
            start = max((low.rfind(c, 0, m.start()) for c in ".!?\n"), default=-1) + 1
        for t in _TOKEN.findall(low, start, end.start() if end else len(low)):
            if t in phrases.TOPIC_STOPWORDS or len(t) < 3:
                continue
            if booking_weekday is not None and t == _WEEKDAYS[booking_weekday]:
                continue
            if t in _TIMES_OF_DAY:  # "each morning" in the reply is not "if we can only come in the morning"
                continue
            topics.add(stem(t))
    return frozenset(topics)


_QUESTION = phrase_regex(phrases.OPEN_QUESTION)
_POINTS_AT = re.compile(r"\s*(?:if |whether )?(?:that|it|this|they|these|those)\b")
_TIMES_OF_DAY = frozenset(
    ("morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "lunchtime")
)
_DAYS_AND_TIMES = frozenset(
    stem(w) for w in (*_WEEKDAYS, "morning", "afternoon", "evening", "night", "weekend", "lunchtime", "midday")
)
_QUESTION_END = re.compile(r"\?")
_POINTS_BACK = re.compile(
    r"\W*(?:and |but |so )?(?:is|are|will|would|does|do|can|could)\s+(?:that|it|this|they|he|she)\b"
)
_CHOICE = re.compile(r"\b([a-z][a-z-]+) or (?:the |a |an )?([a-z][a-z-]+)")


def _topics_of(text: str, booking_weekday: int | None) -> frozenset[str]:
    """Stems of the words in ``text`` that say what it is about (no common words, months or the booking's day)."""
    topics = set()
    for t in _TOKEN.findall(text):
        if t in phrases.TOPIC_STOPWORDS or len(t) < 3:
            continue
        if booking_weekday is not None and t == _WEEKDAYS[booking_weekday]:
            continue
        topics.add(stem(t))
    return frozenset(topics)


@lru_cache(maxsize=64)
def _topical(word: str) -> bool:
    """A word that can be a question's topic: not a bare number, though a clock time ("9pm") is."""
    return not word[0].isdigit() or word.endswith(("am", "pm"))


def open_questions(email_text: str, booking_weekday: int | None = None) -> tuple[frozenset[str], ...]:
    """What each open question in the email is about ("manual or automatic?", "are dogs allowed?",
    "not sure if I need a patch test?"), as topic stems; a question with no topic word is left out."""
    low = email_text.lower()
    asked: list[tuple[int, int]] = []
    questions: list[str] = []
    for q in _QUESTION_END.finditer(low):
        start = max((low.rfind(c, 0, q.start()) for c in ".!?\n"), default=-1) + 1
        if _POINTS_BACK.match(low, start, q.start()) and start > 1:
            # "Is that OK, and is there a charge?": what "that" is was said in the sentence before.
            start = max((low.rfind(c, 0, start - 1) for c in ".!?\n"), default=-1) + 1
        if _QUESTION.search(low, start, q.start()):
            questions.append(low[start : q.start()])
        else:  # "manual or automatic?": the options are the topic, not the whole request around them
            choices = [f"{c[1]} {c[2]}" for c in _CHOICE.finditer(low, start, q.start())]
            if not choices:
                continue
            questions += choices
        asked.append((start, q.start()))
    if not asked:
        return ()
    # Words the rest of the email uses are the booking itself ("a cut and colour"), not the question.
    ends, starts = (0, *(e for _, e in asked)), (*(s for s, _ in asked), len(low))
    rest = "".join(low[a:b] for a, b in zip(ends, starts, strict=True))
    # A day or a time offered as a choice ("Friday or Saturday?") is the booking, confirmed elsewhere.
    known = _topics_of(rest, booking_weekday) | _DAYS_AND_TIMES
    found = [
        t
        for text in questions
        # "60 or 90 minutes?": the numbers offered as a choice are its topic too
        if (t := frozenset(w for w in _topics_of(text, booking_weekday) - known if _topical(w)) | _choices(text))
    ]
    return tuple(found)


_NUMBER_CHOICE = re.compile(r"\b(\d{1,3}) or (\d{1,3})\b")


def _choices(text: str) -> frozenset[str]:
    return frozenset(n for pair in _NUMBER_CHOICE.findall(text) for n in pair)


def unanswered_questions(
    a: Analysis, email_text: str, fields: Mapping[str, object], end: int, *, doubt_handled: bool = False
) -> int:
    """How many of the email's open questions the reply body (up to ``end``) never takes up.

    With ``doubt_handled`` (the reply dealt with what the customer was unsure of), a question about
    that very doubt ("possibly five if my mum is over. Is that OK?") counts as taken up."""
    if "?" not in email_text:
        return 0
    booking = as_date(fields.get("date")) or as_date(fields.get("check_in"))
    questions = open_questions(email_text, booking.weekday() if booking else None)
    if not questions:
        return 0
    body = a.low[:end]
    for m in _REFUSAL.finditer(body):  # what a sentence declining to advise mentions is not taken up
        s0, s1 = a.sentence(m.start())
        body = body[:s0] + " " * (min(s1, end) - s0) + body[min(s1, end) :]
    said = {stem(w) for w in _TOKEN.findall(body)} | set(_BARE_NUMBER.findall(body))
    if doubt_handled:
        said |= uncertain_topics(email_text, booking.weekday() if booking else None)
    return sum(1 for q in questions if not q & said)


_BARE_NUMBER = re.compile(r"\b\d{1,3}\b")


# "Staff do not advise on which group to join": declining to answer does not deal with what the customer
# is unsure of (a plain "we can't take late arrivals" does: it answers them, if coldly).
_REFUSAL = re.compile(
    r"\b(?:do|does|will|can|could|we|I)(?: not|n't|'re not| are not|'m not| am not|'re unable to| are unable to"
    r"|'m unable to| am unable to) (?:advise|help you (?:decide|choose)|recommend|say|tell you|comment|answer that)\b"
    r"|\bguess is as good as\b|\bno idea\b|\bwho knows\b|\bnot for (?:me|us) to say\b",
    re.IGNORECASE,
)


def _declines(a: Analysis, pos: int) -> bool:
    """Whether the sentence at ``pos`` declines to advise, or echoes the question for the next one to
    decline ("Weekly or fortnightly? Honestly, I couldn't say")."""
    s0, s1 = a.sentence(pos)
    if _REFUSAL.search(a.text, s0, s1):
        return True
    echoed = a.text[s0:s1].rstrip().endswith("?")
    return echoed and s1 < len(a.text) and bool(_REFUSAL.search(a.sentence_text(min(s1 + 1, len(a.text) - 1))))


def topic_spans(a: Analysis, email_text: str, fields: Mapping[str, object], end: int) -> tuple[tuple[int, int], ...]:
    """Where the reply body (up to ``end``) takes up what the customer was unsure of ("mats",
    "arriving late"), in a sentence that is not a refusal."""
    if not email_text:
        return ()
    booking = as_date(fields.get("date")) or as_date(fields.get("check_in"))
    topics = uncertain_topics(email_text, booking.weekday() if booking else None)
    hits = [w for w in a.words if stem(w) in topics and w not in phrases.TOPIC_STOPWORDS] if topics else []
    if not hits:
        return ()
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, hits)) + r")\b")
    for m in pattern.finditer(a.low, 0, end):
        if not _declines(a, m.start()):
            return (m.span(),)
    return ()
