"""Espanso match files (YAML ``matches: - trigger: ... replace: ...``) as templates.

Each match becomes a general template titled after its label or trigger and
tagged ``espanso``. Matches that insert images, run forms or have no text are
reported, not guessed at.
"""

from __future__ import annotations

from typing import Any

import yaml

from desktop.core.formats import Parsed
from desktop.core.models import Kind, Template


def _title(match: dict[str, Any], triggers: list[str]) -> str:
    label = str(match.get("label") or "").strip()
    if label:
        return label
    # ":thanks" or ";tb" → "thanks" / "tb": the sigil is for typing, not for reading.
    return triggers[0].strip().lstrip(":;/\\!.,'`~").strip() or triggers[0].strip()


def _entry(match: object, number: int) -> Template | str:
    if not isinstance(match, dict):
        return f"match {number} is not a mapping of keys to values"
    triggers = match.get("triggers") or ([match["trigger"]] if match.get("trigger") is not None else [])
    if isinstance(triggers, str):
        triggers = [triggers]
    if not isinstance(triggers, list) or not triggers or not all(isinstance(t, (str, int)) for t in triggers):
        if match.get("regex"):
            return f"match {number} uses a regex trigger, which Replygem cannot import"
        return f"match {number} has no trigger"
    triggers = [str(t) for t in triggers]
    text = match.get("replace")
    if text is None:
        text = match.get("markdown") if match.get("markdown") is not None else match.get("html")
    if text is None:
        what = "an image" if "image_path" in match else "a form" if "form" in match else "no replace text"
        return f"match {number} ({triggers[0]}) has {what}, not text to import"
    body = str(text)
    return Template(
        title=_title(match, triggers),
        body=body if body.endswith("\n") else body + "\n",
        kind=Kind.GENERAL,
        tags=("espanso",),
        when=f"Espanso trigger {', '.join(triggers)}",
    )


def parse(text: str) -> Parsed:
    """Every text match in an Espanso file; problems name the match by its position."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        return Parsed((), (f"not valid YAML{where}",))
    if not isinstance(data, dict) or "matches" not in data:
        return Parsed((), ("not an Espanso match file (no 'matches:' list)",))
    matches = data["matches"]
    if not isinstance(matches, list):
        return Parsed((), ("'matches' must be a list",))
    if not matches:
        return Parsed((), ("the 'matches' list is empty",))
    templates: list[Template] = []
    problems: list[str] = []
    for number, match in enumerate(matches, 1):
        entry = _entry(match, number)
        if isinstance(entry, Template):
            templates.append(entry)
        else:
            problems.append(entry)
    return Parsed(tuple(templates), tuple(problems))


def looks_like_espanso(text: str) -> bool:
    """A cheap check used to tell an Espanso file from other YAML."""
    return "matches:" in text
