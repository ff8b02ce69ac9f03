"""Compose a reply: read the email, merge field values, fill the template.

This is the one function the CLI and the GUI share for the whole loop, so both
fill a template the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.core.extract import Extraction, extract
from desktop.core.render import Rendered, render


@dataclass(frozen=True)
class Draft:
    """A filled reply plus what went into it."""

    rendered: Rendered
    extraction: Extraction
    fields: Mapping[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The reply text (the template unchanged if it could not be rendered)."""
        return self.rendered.text


def merge_fields(
    extracted: Mapping[str, object],
    *,
    settings: Mapping[str, object] | None = None,
    overrides: Mapping[str, object] | None = None,
    today: date | None = None,
) -> dict[str, object]:
    """Field values by precedence: user edits over settings over the email, plus ``today``."""
    merged: dict[str, object] = {"today": (today or date.today()).isoformat()}
    merged.update({k: v for k, v in extracted.items() if v not in (None, "")})
    merged.update({k: v for k, v in (settings or {}).items() if v not in (None, "")})
    merged.update({k: v for k, v in (overrides or {}).items() if v not in (None, "")})
    return merged


def compose(
    body: str,
    email_text: str,
    *,
    settings: Mapping[str, object] | None = None,
    overrides: Mapping[str, object] | None = None,
    today: date | None = None,
    extraction: Extraction | None = None,
) -> Draft:
    """Fill ``body`` from ``email_text`` (or a ready ``extraction``) and the given values."""
    found = extraction if extraction is not None else extract(email_text, today=today)
    values = merge_fields(found.values(), settings=settings, overrides=overrides, today=today)
    return Draft(render(body, values), found, values)
