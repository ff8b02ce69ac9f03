"""Schema versions as an ordered ladder of migrations.

Each step records its version as it completes; an existing file is copied to
``library.db.bak-v<N>`` before it is upgraded, and a library written by a newer
Replygem (higher version than :data:`SCHEMA_VERSION`) is refused, not touched.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import sqlite_utils


class SchemaTooNew(RuntimeError):
    """The library was written by a newer Replygem."""


def _v1(db: sqlite_utils.Database) -> None:
    db.table("templates").create(
        {
            "id": int,
            "title": str,
            "kind": str,
            "body": str,
            "tags": str,
            "when": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        not_null={"title", "kind", "body"},
        defaults={"tags": "", "when": "", "kind": "general"},
    )
    db.table("templates").enable_fts(
        ["title", "when", "tags", "body"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


def _v2(db: sqlite_utils.Database) -> None:
    """Library management: pins, usage, trash, revisions, settings and phrase rules."""
    templates = db.table("templates")
    templates.add_column("pinned", int, not_null_default=0)
    templates.add_column("use_count", int, not_null_default=0)
    templates.add_column("last_used", str, not_null_default="")
    templates.add_column("deleted_at", str, not_null_default="")
    db.table("revisions").create(
        {
            "id": int,
            "template_id": int,
            "number": int,
            "title": str,
            "body": str,
            "kind": str,
            "tags": str,
            "when": str,
            "saved_at": str,
        },
        pk="id",
        not_null={"template_id", "number", "title", "body", "kind"},
    )
    db.table("revisions").create_index(["template_id", "number"], unique=True)
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("phrase_rules").create(
        {"id": int, "phrase": str, "mode": str, "kind": str, "template_id": int},
        pk="id",
        not_null={"phrase", "mode", "kind"},
        defaults={"kind": "all"},
    )
    # Existing templates get their current text as revision 1, so history has a start.
    db.execute(
        "INSERT INTO revisions (template_id, number, title, body, kind, tags, [when], saved_at) "
        "SELECT id, 1, title, body, kind, COALESCE(tags, ''), COALESCE([when], ''), COALESCE(updated, '') "
        "FROM templates"
    )


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(db: sqlite_utils.Database) -> int:
    """The schema version recorded in the file (0 for a new file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: Path | None) -> int:
    """Bring ``db`` up to :data:`SCHEMA_VERSION`; return the version it had before."""
    start = current_version(db)
    if start > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"this library has schema version {start}, newer than this Replygem understands "
            f"({SCHEMA_VERSION}); please update Replygem"
        )
    if start < SCHEMA_VERSION and start > 0 and path is not None and path.exists():
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, path.with_name(f"{path.name}.bak-v{start}"))
    for version in range(start + 1, SCHEMA_VERSION + 1):
        with db.conn:
            MIGRATIONS[version - 1](db)
            db.conn.execute(f"PRAGMA user_version = {version}")
    return start
