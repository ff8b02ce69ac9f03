"""Settings kept inside the library: the user's profile and their own phrase rules.

They live in the library file (not QSettings) so the CLI and the GUI share them.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from desktop.core.models import ALL_KINDS, Kind, PhraseRule, RuleMode
from desktop.core.profile import Profile

PROFILE_KEY = "profile"


def get_setting(db: sqlite_utils.Database, key: str) -> str | None:
    """The stored text for ``key``, or None."""
    rows = list(db.table("settings").rows_where("key = ?", [key]))
    return str(rows[0]["value"]) if rows else None


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Store ``value`` under ``key``, replacing any earlier value."""
    with db.conn:
        db.table("settings").upsert({"key": key, "value": value}, pk="key")


def load_profile(db: sqlite_utils.Database) -> Profile:
    """The saved profile, or the default one when none was saved or it cannot be read."""
    raw = get_setting(db, PROFILE_KEY)
    if not raw:
        return Profile()
    try:
        data = json.loads(raw)
    except ValueError:
        return Profile()
    return Profile.from_dict(data) if isinstance(data, dict) else Profile()


def save_profile(db: sqlite_utils.Database, profile: Profile) -> None:
    """Store the profile."""
    set_setting(db, PROFILE_KEY, json.dumps(profile.to_dict(), sort_keys=True))


def _row_to_rule(row: dict[str, Any]) -> PhraseRule:
    return PhraseRule(
        phrase=row["phrase"],
        mode=RuleMode(row["mode"]),
        kind=row["kind"] or ALL_KINDS,
        template_id=row["template_id"],
        id=row["id"],
    )


def list_rules(db: sqlite_utils.Database) -> list[PhraseRule]:
    """Every phrase rule, in the order they were added."""
    return [_row_to_rule(r) for r in db.table("phrase_rules").rows_where(order_by="id")]


def add_rule(
    db: sqlite_utils.Database,
    phrase: str,
    mode: RuleMode | str = RuleMode.FORBIDDEN,
    kind: Kind | str = ALL_KINDS,
    template_id: int | None = None,
) -> PhraseRule:
    """Validate and store a phrase rule; ValueError says what is wrong in one line."""
    phrase = " ".join(phrase.split())
    if not phrase:
        raise ValueError("a phrase rule needs a phrase")
    try:
        mode = RuleMode(str(mode).strip().lower())
    except ValueError:
        raise ValueError(f"unknown rule mode {mode!r} (expected forbidden or required)") from None
    kind_text = str(kind.value if isinstance(kind, Kind) else kind).strip().lower() or ALL_KINDS
    if kind_text != ALL_KINDS:
        kind_text = Kind.parse(kind_text).value
    row = {"phrase": phrase, "mode": mode.value, "kind": kind_text, "template_id": template_id}
    with db.conn:
        pk = db.table("phrase_rules").insert(row).last_pk or 0
    return _row_to_rule(db.table("phrase_rules").get(pk))


def delete_rule(db: sqlite_utils.Database, rule_id: int) -> bool:
    """Remove a rule; False when there was none with this id."""
    with db.conn:
        cursor = db.execute("DELETE FROM phrase_rules WHERE id = ?", [rule_id])
    return cursor.rowcount > 0
