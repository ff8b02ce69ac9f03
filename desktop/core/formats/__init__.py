"""Template files in and out: Markdown with front matter, Espanso match files and CSV.

Each reader turns text into templates plus a list of problems (one line each),
so a file with one bad entry still yields its good ones; nothing here touches
the disk or the library (see :mod:`desktop.store.transfer`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.models import Template


@dataclass(frozen=True)
class Parsed:
    """What a reader found in one file: good templates and one-line problems."""

    templates: tuple[Template, ...] = ()
    problems: tuple[str, ...] = ()
