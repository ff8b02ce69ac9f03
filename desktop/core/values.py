"""Reading field values the way they arrive: from the reader, from settings or typed by hand."""

from __future__ import annotations

from datetime import date, datetime


def as_date(value: object) -> date | None:
    """A date from a ``date``, ``datetime`` or ``"YYYY-MM-DD..."`` string; None when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
