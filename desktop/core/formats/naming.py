"""File names from template titles: readable, portable and unique within a folder."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_STEM = 60
# Names Windows refuses whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def slugify(title: str) -> str:
    """ "Table booking: confirmation!" → "table-booking-confirmation" (ASCII, at most 60 characters)."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_STEM:
        slug = slug[:MAX_STEM].rsplit("-", 1)[0] or slug[:MAX_STEM]
    if not slug or slug in _RESERVED:
        slug = f"template-{slug}" if slug else "template"
    return slug


def unique_names(titles: Iterable[str], suffix: str = ".md") -> list[str]:
    """One file name per title, in order; clashes (case-insensitive) get "-2", "-3" ..."""
    taken: set[str] = set()
    names = []
    for title in titles:
        stem = slugify(title)
        name, n = f"{stem}{suffix}", 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}{suffix}"
        taken.add(name.casefold())
        names.append(name)
    return names
