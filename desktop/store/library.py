"""Repository functions over the template library.

:class:`Library` is the one object the CLI and the GUI hold; history, settings
and search details live in sibling modules and are reached through it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.models import ALL_KINDS, Kind, PhraseRule, Revision, RuleMode, Template
from desktop.core.profile import Profile
from desktop.core.templatefile import TemplateFileError, parse_template_file
from desktop.store import revisions, settings
from desktop.store.schema import SchemaTooNew, migrate
from desktop.store.search import BM25_WEIGHTS, FUZZY_WHEN_FEWER_THAN, check_sort, fts_query, fuzzy_matches, order

__all__ = ["DB_NAME", "Library", "LibraryError", "TemplateNotFound", "fts_query", "open_library"]

DB_NAME = "library.db"
# The class defines a ``list`` method, which hides the builtin inside its body.
_Templates = list[Template]
_Rules = list[PhraseRule]
_Revisions = list[Revision]
_Strings = list[str]
_COPY = re.compile(r"^(?P<base>.*) \(copy(?: (?P<n>\d+))?\)$")


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
        pinned=bool(row.get("pinned") or 0),
        use_count=int(row.get("use_count") or 0),
        last_used=row.get("last_used") or "",
        deleted_at=row.get("deleted_at") or "",
    )


def _filters(kind: Kind | None, tag: str | None, prefix: str = "") -> tuple[str, list[Any]]:
    """SQL conditions for live templates of a kind and with a tag."""
    clauses, args = [f"{prefix}deleted_at = ''"], []
    if kind is not None:
        clauses.append(f"{prefix}kind = ?")
        args.append(kind.value)
    if tag:
        # Tags are stored comma-joined; fence them with commas to match whole tags only.
        clauses.append(f"(',' || {prefix}tags || ',') LIKE ?")
        args.append(f"%,{tag.strip()},%")
    return " AND ".join(clauses), args


class Library:
    """An open template library."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    # -- reading -----------------------------------------------------------
    def count(self) -> int:
        """How many templates the library holds (not counting the trash)."""
        return int(self.db.execute("SELECT count(*) FROM templates WHERE deleted_at = ''").fetchone()[0])

    def list(self, kind: Kind | None = None, *, tag: str | None = None, sort: str = "title") -> _Templates:
        """Every live template (optionally of one kind and tag), pinned first, then by ``sort``."""
        where, args = _filters(kind, tag)
        rows = self.db.table("templates").rows_where(where, args, order_by="title COLLATE NOCASE")
        return order((_row_to_template(r) for r in rows), "title" if sort == "relevance" else sort)

    def search(
        self,
        text: str,
        limit: int = 200,
        *,
        kind: Kind | None = None,
        tag: str | None = None,
        sort: str = "relevance",
    ) -> _Templates:
        """Templates matching every typed word (as a prefix), pinned first, then by ``sort``.

        "relevance" is bm25 over title, when, tags and body; a short query that
        finds little also gets templates whose title, tags or when line match it
        with a typo or two.
        """
        check_sort(sort)
        query = fts_query(text)
        if not query:
            return self.list(kind, tag=tag, sort=sort)[:limit]
        where, args = _filters(kind, tag, "templates.")
        sql = (
            "SELECT templates.* FROM templates JOIN templates_fts ON templates.rowid = templates_fts.rowid "
            f"WHERE templates_fts MATCH ? AND {where} ORDER BY bm25(templates_fts, {BM25_WEIGHTS}) LIMIT ?"
        )
        found = [_row_to_template(dict(r)) for r in self.db.query(sql, [query, *args, limit])]
        if len(found) < FUZZY_WHEN_FEWER_THAN:
            seen = {t.id for t in found}
            candidates = [t for t in self.list(kind, tag=tag) if t.id not in seen]
            found += [t for t, _ in fuzzy_matches(candidates, text)]
        return order(found, sort)[:limit]

    def tags(self) -> _Strings:
        """Every tag used by a live template, alphabetically (case-insensitive, no duplicates)."""
        seen: dict[str, str] = {}
        for t in self.list():
            for tag in t.tags:
                seen.setdefault(tag.casefold(), tag)
        return sorted(seen.values(), key=str.casefold)

    def get(self, template_id: int) -> Template:
        """The template with this id (even if it is in the trash), or TemplateNotFound."""
        try:
            return _row_to_template(self.db.table("templates").get(template_id))
        except sqlite_utils.db.NotFoundError:
            raise TemplateNotFound(f"no template with id {template_id}") from None

    def resolve(self, ref: str) -> Template:
        """Find a live template by id or by unique title prefix (case-insensitive)."""
        ref = ref.strip()
        if ref.isdigit():
            found = self.get(int(ref))
            if found.in_trash:
                raise TemplateNotFound(f"template {ref} is in the trash")
            return found
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
        """Store a new template (its first revision too) and return it with its id and timestamps."""
        now = _now()
        row = self._row(template) | {
            "created": template.created or now,
            "updated": template.updated or now,
            "pinned": int(template.pinned),
        }
        with self.db.conn:
            pk = int(self.db.table("templates").insert(row).last_pk or 0)
            revisions.record_revision(self.db, self._get_row(pk))
        return self.get(pk)

    def update(self, template: Template) -> Template:
        """Save new content (title, body, kind, tags, when) and keep it as a revision."""
        if template.id is None:
            raise ValueError("update() needs a template with an id")
        self.get(template.id)
        with self.db.conn:
            self.db.table("templates").update(template.id, self._row(template) | {"updated": _now()})
            revisions.record_revision(self.db, self._get_row(template.id))
        return self.get(template.id)

    def duplicate(self, template_id: int) -> Template:
        """A new copy titled "<title> (copy)" ("(copy 2)" ... when that is taken), unpinned and unused."""
        source = self.get(template_id)
        match = _COPY.match(source.title)
        base = match.group("base") if match else source.title
        titles = {t.casefold() for (t,) in self.db.execute("SELECT title FROM templates").fetchall()}
        title, n = f"{base} (copy)", 1
        while title.casefold() in titles:
            n += 1
            title = f"{base} (copy {n})"
        return self.add(Template(title, source.body, source.kind, source.tags, source.when))

    # -- history -------------------------------------------------------------
    def revisions(self, template_id: int) -> _Revisions:
        """Every saved version of the template, newest first."""
        self.get(template_id)
        return revisions.list_revisions(self.db, template_id)

    def restore_revision(self, template_id: int, revision_id: int) -> Template:
        """Make an earlier version current again; this is saved as a new revision, nothing is lost."""
        current = self.get(template_id)
        rev = revisions.get_revision(self.db, template_id, revision_id)
        if rev is None:
            raise TemplateNotFound(f"template {template_id} has no revision {revision_id}")
        old = rev.as_template()
        return self.update(Template(old.title, old.body, old.kind, old.tags, old.when, id=current.id))

    # -- trash ---------------------------------------------------------------
    def delete(self, template_id: int) -> Template:
        """Move a template to the trash (hidden from list, search and resolve); return it."""
        self.get(template_id)
        with self.db.conn:
            self.db.table("templates").update(template_id, {"deleted_at": revisions.now_precise()})
        return self.get(template_id)

    def trash(self) -> _Templates:
        """Templates in the trash, most recently deleted first."""
        rows = self.db.table("templates").rows_where("deleted_at != ''", order_by="deleted_at DESC")
        return [_row_to_template(r) for r in rows]

    def restore_deleted(self, template_id: int) -> Template:
        """Take a template out of the trash."""
        self.get(template_id)
        with self.db.conn:
            self.db.table("templates").update(template_id, {"deleted_at": ""})
        return self.get(template_id)

    def purge(self, template_id: int) -> Template:
        """Delete a template and its history for good; return what was removed."""
        old = self.get(template_id)
        with self.db.conn:
            self.db.table("templates").delete(template_id)
            revisions.delete_revisions(self.db, template_id)
            self.db.execute("DELETE FROM phrase_rules WHERE template_id = ?", [template_id])
        return old

    def empty_trash(self) -> int:
        """Purge everything in the trash; return how many templates went."""
        gone = self.trash()
        for t in gone:
            self.purge(t.id or 0)
        return len(gone)

    # -- pins and usage -------------------------------------------------------
    def set_pinned(self, template_id: int, pinned: bool) -> Template:
        """Pin (or unpin) a template; pinned templates sort first."""
        self.get(template_id)
        with self.db.conn:
            self.db.table("templates").update(template_id, {"pinned": int(pinned)})
        return self.get(template_id)

    def record_use(self, template_id: int) -> Template:
        """Count one use (a copy of the reply) and remember when."""
        self.get(template_id)
        with self.db.conn:
            self.db.execute(
                "UPDATE templates SET use_count = use_count + 1, last_used = ? WHERE id = ?",
                [revisions.now_precise(), template_id],
            )
        return self.get(template_id)

    # -- settings --------------------------------------------------------------
    def profile(self) -> Profile:
        """The user's profile (defaults until one is saved)."""
        return settings.load_profile(self.db)

    def save_profile(self, profile: Profile) -> Profile:
        """Store the user's profile for the CLI and the GUI."""
        settings.save_profile(self.db, profile)
        return self.profile()

    def phrase_rules(self, template: Template | None = None) -> _Rules:
        """Every phrase rule, or only those that apply to replies from ``template``."""
        rules = settings.list_rules(self.db)
        return rules if template is None else [r for r in rules if r.applies_to(template)]

    def add_phrase_rule(
        self,
        phrase: str,
        mode: RuleMode | str = RuleMode.FORBIDDEN,
        kind: Kind | str = ALL_KINDS,
        template_id: int | None = None,
    ) -> PhraseRule:
        """Store a phrase rule; ValueError (one line) when a value is wrong."""
        if template_id is not None:
            self.get(template_id)
        return settings.add_rule(self.db, phrase, mode, kind, template_id)

    def delete_phrase_rule(self, rule_id: int) -> bool:
        """Remove a phrase rule; False when there was none with this id."""
        return settings.delete_rule(self.db, rule_id)

    def rebuild_index(self) -> int:
        """Rebuild the full-text index from the templates and compact the file; the templates indexed.

        For a library whose index was damaged or copied in from elsewhere; safe to run any time.
        """
        problems = self.db.execute("PRAGMA quick_check").fetchone()[0]
        if problems != "ok":
            raise LibraryError(f"the library file is damaged ({problems}); restore it from a backup")
        self.db.table("templates").rebuild_fts()
        self.db.table("templates_fts").optimize()
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.vacuum()
        return self.count()

    def close(self) -> None:
        """Close the database file."""
        self.db.close()

    def _get_row(self, template_id: int) -> Template:
        return _row_to_template(self.db.table("templates").get(template_id))

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
        for t in seed_templates(seed_from or seed_dir()):
            library.add(t)
    return library
