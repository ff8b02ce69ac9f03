"""Compose a reply: read the email, merge field values, fill the template.

This is the one function the CLI and the GUI share for the whole loop, so both
fill a template the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.core.extract import Evidence, Extraction, extract
from desktop.core.profile import Profile
from desktop.core.render import Rendered, render
from desktop.core.style import RenderStyle

# Fields that templates compare as numbers ({% if party_max > party_size %}).
NUMERIC_FIELDS = frozenset({"party_size", "party_min", "party_max", "nights"})


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


def coerce_value(name: str, value: object) -> object:
    """A value typed by the user, as the template expects it (numbers for counts)."""
    if name in NUMERIC_FIELDS and isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


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
    merged.update({k: coerce_value(k, v) for k, v in (overrides or {}).items() if v not in (None, "")})
    return merged


def compose(
    body: str,
    email_text: str,
    *,
    settings: Mapping[str, object] | None = None,
    overrides: Mapping[str, object] | None = None,
    today: date | None = None,
    extraction: Extraction | None = None,
    profile: Profile | None = None,
) -> Draft:
    """Fill ``body`` from ``email_text`` (or a ready ``extraction``) and the given values.

    ``profile`` supplies the sender and business fields (``settings`` adds to them),
    the phone region for reading the email and the user's date and clock style.
    """
    profile = profile or Profile()
    found = extraction if extraction is not None else extract(email_text, today=today, region=profile.phone_region)
    known = {**profile.as_fields(), **(settings or {})}
    values = merge_fields(found.values(), settings=known, overrides=overrides, today=today)
    style: RenderStyle = profile.render_style()
    return Draft(render(body, values, style), found, values)


@dataclass(frozen=True)
class FieldRow:
    """One line of the fields form: a field's value and where it came from.

    ``source`` is "you" (typed by the user), "settings", "email", "missing" (the
    reply shows a gap for it) or "optional" (not found, and the reply reads well without it).
    """

    name: str
    value: str
    source: str
    evidence: Evidence | None = None
    alternatives: tuple[str, ...] = ()


def field_rows(
    names: tuple[str, ...],
    extraction: Extraction,
    *,
    settings: Mapping[str, object] | None = None,
    overrides: Mapping[str, object] | None = None,
    gaps: tuple[str, ...] = (),
) -> list[FieldRow]:
    """The rows the fields form shows for ``names``, by the same precedence as :func:`merge_fields`.

    ``gaps`` names the fields the filled reply shows as ``[name]``; other fields
    without a value are only optional (used inside an ``{% if %}``).
    """
    settings = settings or {}
    overrides = overrides or {}
    rows = []
    for name in names:
        found = extraction.fields.get(name)
        alternatives = tuple(dict.fromkeys(str(c.value) for c in found.candidates)) if found else ()
        evidence = found.evidence if found else None
        if overrides.get(name) not in (None, ""):
            rows.append(FieldRow(name, str(overrides[name]), "you", evidence, alternatives))
        elif settings.get(name) not in (None, ""):
            rows.append(FieldRow(name, str(settings[name]), "settings", None, alternatives))
        elif found is not None:
            rows.append(FieldRow(name, str(found.value), "email", evidence, alternatives))
        else:
            rows.append(FieldRow(name, "", "missing" if name in gaps else "optional"))
    return rows
