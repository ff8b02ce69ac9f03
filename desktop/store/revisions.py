"""Revision history: every save of a template keeps a numbered copy of its content."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from desktop.core.models import Kind, Revision, Template


def now_precise() -> str:
    """An ISO timestamp with microseconds, so two quick saves still order correctly."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _row_to_revision(row: dict[str, Any]) -> Revision:
    return Revision(
        id=int(row["id"]),
        template_id=int(row["template_id"]),
        number=int(row["number"]),
        title=row["title"],
        body=row["body"],
        kind=Kind(row["kind"]),
        tags=tuple(t for t in (row["tags"] or "").split(",") if t),
        when=row["when"] or "",
        saved_at=row["saved_at"] or "",
    )


def _same_content(rev: Revision, t: Template) -> bool:
    return (rev.title, rev.body, rev.kind, rev.tags, rev.when) == (t.title, t.body, t.kind, t.tags, t.when)


def list_revisions(db: sqlite_utils.Database, template_id: int) -> list[Revision]:
    """Every saved version of a template, newest first."""
    rows = db.table("revisions").rows_where("template_id = ?", [template_id], order_by="number DESC")
    return [_row_to_revision(r) for r in rows]


def get_revision(db: sqlite_utils.Database, template_id: int, revision_id: int) -> Revision | None:
    """One revision of one template, or None when it does not belong to that template."""
    rows = list(db.table("revisions").rows_where("id = ? AND template_id = ?", [revision_id, template_id]))
    return _row_to_revision(rows[0]) if rows else None


def record_revision(db: sqlite_utils.Database, template: Template) -> Revision | None:
    """Save ``template``'s content as its next revision (caller holds the transaction).

    A save that changes nothing adds no revision: history lists real changes only.
    """
    if template.id is None:
        raise ValueError("a revision needs a stored template (with an id)")
    history = list_revisions(db, template.id)
    if history and _same_content(history[0], template):
        return None
    number = history[0].number + 1 if history else 1
    row = {
        "template_id": template.id,
        "number": number,
        "title": template.title,
        "body": template.body,
        "kind": template.kind.value,
        "tags": ",".join(template.tags),
        "when": template.when,
        "saved_at": now_precise(),
    }
    pk = db.table("revisions").insert(row).last_pk or 0
    return _row_to_revision(db.table("revisions").get(pk))


def delete_revisions(db: sqlite_utils.Database, template_id: int) -> None:
    """Forget a template's history (when it is purged from the trash)."""
    db.execute("DELETE FROM revisions WHERE template_id = ?", [template_id])
