"""How dates and times read in a reply: kept apart from the filters so the store
and the CLI can use it without loading the template engine."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderStyle:
    """The user's preferences for how dates and times read."""

    clock: str = "12h"  # "12h" → 7:30pm, "24h" → 19:30
    date_format: str = "%A %-d %B"  # Friday 15 November
