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
    db["templates"].create(
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
    db["templates"].enable_fts(
        ["title", "when", "tags", "body"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_v1,)
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
