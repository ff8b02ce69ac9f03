"""Shared vocabulary of the reader: number words, month and weekday names, regex pieces.

Kept in one place so every field module reads numbers and calendar words the
same way ("twelve", "Nov.", "Weds").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple": 2, "couple": 2, "a": 1, "an": 1,
    "single": 1, "a single": 1,
}  # fmt: skip

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Longest alternatives first so "twenty-two" wins over "twenty" and "eighteen" over "eight".
NUMBER_RE = (
    r"(?:\d{1,3}|(?:" + _TENS + r")(?:[\s-](?:" + _UNITS + r"))?"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|ten"
    r"|" + _UNITS + r"|a\s+dozen|dozen)"
)

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):  # fmt: skip
    for _n in _names:
        MONTHS[_n] = _i

WEEKDAYS: dict[str, int] = {}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
for _i, _names in enumerate(
    (
        ("monday", "mon", "mondy"), ("tuesday", "tues", "tue", "tusday", "teusday", "tuseday"),
        ("wednesday", "weds", "wed", "wensday", "wendsday", "wednsday", "wedensday", "wednesay"),
        ("thursday", "thurs", "thur", "thu", "thurday", "thursay", "thrusday"),
        ("friday", "fri", "firday", "fridy"), ("saturday", "sat", "saterday", "satuday", "saturady"),
        ("sunday", "sun", "sundy", "sunady"),
    )
):  # fmt: skip
    for _n in _names:
        WEEKDAYS[_n] = _i

# Full names and the usual abbreviations; "may", "sat", "sun", "wed", "mar" are also
# ordinary words, so callers only accept them next to a day number.
MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
WEEKDAY_RE = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\.?"
)
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}  # fmt: skip
for _u, _v in (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5),
               ("sixth", 6), ("seventh", 7), ("eighth", 8), ("ninth", 9)):  # fmt: skip
    ORDINAL_WORDS[f"twenty-{_u}"] = 20 + _v
    ORDINAL_WORDS[f"twenty {_u}"] = 20 + _v
ORDINAL_WORD_RE = "(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)).replace(" ", r"\s") + ")"

_SPACE = re.compile(r"[\s-]+")


def number_value(word: str) -> int | None:
    """The integer a digit string or number word stands for ("twenty-two" -> 22)."""
    w = _SPACE.sub(" ", word.strip().lower())
    if w.isdigit():
        return int(w) if len(w) <= 4 else None
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, unit = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens >= 20 and tens % 10 == 0 and unit < 10:
            return tens + unit
    return None


def ordinal_value(word: str) -> int | None:
    """The day number of "15th", "15" or "fifteenth"."""
    w = _SPACE.sub(" ", word.strip().lower())
    digits = w.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return ORDINAL_WORDS.get(w) or ORDINAL_WORDS.get(w.replace(" ", "-"))


def month_value(word: str) -> int | None:
    """The month number of "Nov", "November" or "nov."."""
    return MONTHS.get(word.strip().rstrip(".").lower())


def weekday_value(word: str) -> int | None:
    """The weekday (Monday = 0) of "Fri", "friday" or "Weds."."""
    return WEEKDAYS.get(word.strip().rstrip(".").lower())


class LazyPattern:
    """A regular expression compiled on first use.

    The reader's patterns are large; compiling them all at import would cost
    about 0.1 s for every program that merely imports ``desktop.core.extract``.
    Behaves like the compiled pattern for the methods the reader uses.
    """

    __slots__ = ("_flags", "_pattern", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._rx: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiling it now if needed)."""
        if self._rx is None:
            self._rx = re.compile(self._pattern, self._flags)
        return self._rx

    # Explicit methods rather than __getattr__: the reader calls these thousands of
    # times per message and the fallback lookup would cost a fifth of the run time.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.search`."""
        return (self._rx or self.compiled()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.match`."""
        return (self._rx or self.compiled()).match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """Like :meth:`re.Pattern.finditer`."""
        return (self._rx or self.compiled()).finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """Like :meth:`re.Pattern.sub`."""
        return (self._rx or self.compiled()).sub(repl, string, count)

    def __getattr__(self, name: str) -> object:
        return getattr(self.compiled(), name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use (typed as a compiled pattern for callers)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
