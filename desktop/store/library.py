"""Repository functions over the template library."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.models import Kind, Template
from desktop.core.templatefile import TemplateFileError, parse_template_file
from desktop.store.schema import SchemaTooNew, migrate

DB_NAME = "library.db"
_WORD = re.compile(r"\w+", re.UNICODE)


class LibraryError(RuntimeError):
    """The library cannot be opened or changed; the message is fit for the user."""


class TemplateNotFound(LookupError):
    """No template (or more than one) matches what the user named."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_to_template(row: dict[str, Any]) -> Template:
    return Template(
        id=row["id"],
        title=row["title"],
        kind=Kind(row["kind"]),
        body=row["body"],
        tags=tuple(t for t in (row["tags"] or "").split(",") if t),
        when=row["when"] or "",
        created=row["created"] or "",
        updated=row["updated"] or "",
    )


def fts_query(text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word, as a prefix, all required."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


class Library:
    """An open template library."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    # -- reading -----------------------------------------------------------
    def count(self) -> int:
        """How many templates the library holds."""
        return self.db["templates"].count

    def list(self, kind: Kind | None = None) -> list[Template]:
        """Every template (optionally of one kind), by title."""
        where, args = ("kind = ?", [kind.value]) if kind else (None, [])
        rows = self.db["templates"].rows_where(where, args, order_by="title COLLATE NOCASE")
        return [_row_to_template(r) for r in rows]

    def search(self, text: str, limit: int = 200) -> list[Template]:
        """Templates matching every typed word (as a prefix), best first (bm25)."""
        query = fts_query(text)
        if not query:
            return self.list()[:limit]
        sql = (
            "SELECT templates.* FROM templates JOIN templates_fts ON templates.rowid = templates_fts.rowid "
            "WHERE templates_fts MATCH ? ORDER BY bm25(templates_fts, 10.0, 5.0, 3.0, 1.0) LIMIT ?"
        )
        return [_row_to_template(dict(r)) for r in self.db.query(sql, [query, limit])]

    def get(self, template_id: int) -> Template:
        """The template with this id, or TemplateNotFound."""
        try:
            return _row_to_template(self.db["templates"].get(template_id))
        except sqlite_utils.db.NotFoundError:
            raise TemplateNotFound(f"no template with id {template_id}") from None

    def resolve(self, ref: str) -> Template:
        """Find a template by id or by unique title prefix (case-insensitive)."""
        ref = ref.strip()
        if ref.isdigit():
            return self.get(int(ref))
        matches = [t for t in self.list() if t.title.casefold().startswith(ref.casefold())]
        exact = [t for t in matches if t.title.casefold() == ref.casefold()]
        if len(exact) == 1:
            return exact[0]
        if not matches:
            raise TemplateNotFound(f"no template titled {ref!r} (try 'replygem list')")
        if len(matches) > 1:
            titles = ", ".join(repr(t.title) for t in matches[:5])
            raise TemplateNotFound(f"{ref!r} matches {len(matches)} templates: {titles}")
        return matches[0]

    # -- writing -----------------------------------------------------------
    def add(self, template: Template) -> Template:
        """Store a new template and return it with its id and timestamps."""
        now = _now()
        row = self._row(template) | {"created": template.created or now, "updated": template.updated or now}
        with self.db.conn:
            pk = self.db["templates"].insert(row).last_pk
        return self.get(int(pk))

    def update(self, template: Template) -> Template:
        """Save changes to an existing template."""
        if template.id is None:
            raise ValueError("update() needs a template with an id")
        self.get(template.id)
        with self.db.conn:
            self.db["templates"].update(template.id, self._row(template) | {"updated": _now()})
        return self.get(template.id)

    def delete(self, template_id: int) -> Template:
        """Remove a template and return what was removed."""
        old = self.get(template_id)
        with self.db.conn:
            self.db["templates"].delete(template_id)
        return old

    def close(self) -> None:
        """Close the database file."""
        self.db.close()

    @staticmethod
    def _row(t: Template) -> dict[str, Any]:
        return {
            "title": t.title,
            "kind": t.kind.value,
            "body": t.body,
            "tags": ",".join(t.tags),
            "when": t.when,
        }


def seed_templates(folder: Path) -> Iterable[Template]:
    """The seed templates in ``folder`` (``*.md``), skipping unreadable ones."""
    for path in sorted(folder.glob("*.md")):
        try:
            yield parse_template_file(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, TemplateFileError):
            continue


def open_library(folder: Path | None, *, seed_from: Path | None = None) -> Library:
    """Open (creating and seeding if new) the library in ``folder``; ``None`` means in memory."""
    from desktop.paths import seed_dir

    path: Path | None = None
    try:
        if folder is None:
            db = sqlite_utils.Database(memory=True)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / DB_NAME
            db = sqlite_utils.Database(path)
            db.enable_wal()
        before = migrate(db, path)
    except SchemaTooNew as exc:
        raise LibraryError(str(exc)) from None
    except (OSError, sqlite3.DatabaseError) as exc:
        where = path or folder
        raise LibraryError(f"cannot open the library at {where}: {exc}") from None
    library = Library(db, path)
    if before == 0:
        with db.conn:
            for t in seed_templates(seed_from or seed_dir()):
                now = _now()
                db["templates"].insert(Library._row(t) | {"created": now, "updated": now})
    return library
