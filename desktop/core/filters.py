"""Liquid filters for replies: dates, ordinals, plurals, relative days and clock times.

Every filter leaves a missing value alone, so it still renders as ``[field]``
and is reported; a value it cannot read is returned as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from liquid import Undefined
from liquid.filter import with_context

from desktop.core.style import RenderStyle
from desktop.core.values import as_date

# "19:30", "19.30", "1930", "7pm", "7:30 p.m." (the email reader gives 24-hour text,
# but people type times into fields by hand too).
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?\s*$", re.IGNORECASE)


def _as_hm(value: object) -> tuple[int, int] | None:
    match = _TIME.match(str(value))
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def ordinal_suffix(n: int) -> str:
    """1 → "st", 2 → "nd", 11 → "th", 23 → "rd"."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def format_date(d: date, fmt: str) -> str:
    """strftime with ``%-d``/``%-m`` (no padding) on every platform, and ``%o`` for "15th"."""
    # Substitute our own codes first; "%%" must survive, so split on it.
    parts = fmt.split("%%")
    parts = [
        p.replace("%-d", str(d.day)).replace("%-m", str(d.month)).replace("%o", f"{d.day}{ordinal_suffix(d.day)}")
        for p in parts
    ]
    return "%".join(d.strftime(p) for p in parts)


def time12(value: object) -> object:
    """ "19:30" → "7:30pm", "12:00" → "12pm"."""
    hm = _as_hm(value)
    if isinstance(value, Undefined) or hm is None:
        return value
    hour, minute = hm
    suffix = "am" if hour < 12 else "pm"
    h12 = hour % 12 or 12
    return f"{h12}{suffix}" if minute == 0 else f"{h12}:{minute:02d}{suffix}"


def time24(value: object) -> object:
    """ "7:30" or "19.30" → "19:30" (already 24-hour input)."""
    hm = _as_hm(value)
    if isinstance(value, Undefined) or hm is None:
        return value
    return f"{hm[0]:02d}:{hm[1]:02d}"


def ordinal(value: object) -> object:
    """15 → "15th"; a date → its day of the month as an ordinal."""
    if isinstance(value, Undefined):
        return value
    d = as_date(value)
    if d is not None:
        return f"{d.day}{ordinal_suffix(d.day)}"
    try:
        n = int(str(value))
    except ValueError:
        return value
    return f"{n}{ordinal_suffix(n)}"


def plural(value: object, singular: str = "", plural_form: str | None = None) -> object:
    """3, "night" → "3 nights"; 1 → "1 night"; an explicit plural for irregular words."""
    if isinstance(value, Undefined):
        return value
    try:
        n = int(str(value))
    except ValueError:
        return value
    word = singular if n == 1 else (plural_form or f"{singular}s")
    return f"{n} {word}".rstrip()


def weekday(value: object) -> object:
    """A date → its weekday name ("Friday")."""
    d = as_date(value)
    return value if isinstance(value, Undefined) or d is None else d.strftime("%A")


def add_days_filter(value: object, days: object = 0) -> object:
    """A date moved by ``days`` (ISO text, so it chains: ``check_in | add_days: nights | nice_date``)."""
    if isinstance(value, Undefined):
        return value
    try:
        n = int(str(days))
    except ValueError:
        return value
    moved = add_days(value, n)
    return value if moved is None else moved.isoformat()


def _today(context: Any) -> date:
    found = as_date(context.resolve("today", default=None)) if context is not None else None
    return found or date.today()


def make_filters(style: RenderStyle) -> dict[str, Callable[..., object]]:
    """The custom filters, bound to the user's style."""

    def nice_date(value: object) -> object:
        d = as_date(value)
        return value if isinstance(value, Undefined) or d is None else format_date(d, style.date_format)

    @with_context
    def relative_day(value: object, *, context: Any = None) -> object:
        d = as_date(value)
        if isinstance(value, Undefined) or d is None:
            return value
        delta = (d - _today(context)).days
        words = {0: "today", 1: "tomorrow", -1: "yesterday"}
        if delta in words:
            return words[delta]
        return f"on {format_date(d, style.date_format)}"

    def clock(value: object) -> object:
        return time24(value) if style.clock == "24h" else time12(value)

    @with_context
    def date_filter(value: object, fmt: object = None, *, context: Any = None) -> object:
        # Replaces Liquid's own ``date`` so "%-d" works on every platform and
        # "today"/"now" mean the reply's today, not the computer's clock.
        if isinstance(value, Undefined):
            return value
        word = str(value).strip().lower()
        d = _today(context) if word in ("today", "now") else as_date(value)
        if d is None:
            return value
        pattern = str(fmt) if fmt not in (None, "") and not isinstance(fmt, Undefined) else style.date_format
        return format_date(d, pattern)

    return {
        "nice_date": nice_date,
        "relative_day": relative_day,
        "clock": clock,
        "date": date_filter,
        "weekday": weekday,
        "add_days": add_days_filter,
        "time12": time12,
        "time24": time24,
        "ordinal": ordinal,
        "plural": plural,
    }


def add_days(value: object, days: int) -> date | None:
    """``value`` as a date, moved by ``days`` (for callers computing check-out dates)."""
    d = as_date(value)
    return d + timedelta(days=days) if d else None
