"""Table models for the history and trash dialogs: one row per revision or trashed template."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt

from desktop.core.models import Revision, Template
from desktop.ui.table_model import Index as _Index
from desktop.ui.table_model import RowTableModel


def local_time(iso: str) -> str:
    """An ISO timestamp as a local date and time, month named in the user's language ("" stays "")."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), "d MMM yyyy, HH:mm")


class RevisionTableModel(RowTableModel):
    """Revisions newest first: version number (the newest marked current), when saved, title."""

    NUMBER, SAVED, TITLE = range(3)
    HEADERS = ("Version", "Saved", "Title")
    RevisionRole = Qt.ItemDataRole.UserRole + 1

    def set_revisions(self, revisions: list[Revision]) -> None:
        """Replace the rows; the first is taken to be the current version."""
        self.set_rows(revisions)

    def revision_at(self, row: int) -> Revision | None:
        """The revision in ``row``, or None when out of range."""
        item: Revision | None = self.row_at(row)
        return item

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rev = self.revision_at(index.row()) if index.isValid() else None
        if rev is None:
            return None
        current = index.row() == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NUMBER:
                return f"{rev.number} (current)" if current else str(rev.number)
            if index.column() == self.SAVED:
                return local_time(rev.saved_at)
            return rev.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = ", current" if current else ""
            return f"Version {rev.number}{state}, saved {local_time(rev.saved_at)}, {rev.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return rev.saved_at
        if role == self.RevisionRole:
            return rev
        return None


class TrashTableModel(RowTableModel):
    """Trashed templates, most recently deleted first: title, kind, when deleted."""

    TITLE, KIND, DELETED = range(3)
    HEADERS = ("Title", "Kind", "Deleted")
    TemplateRole = Qt.ItemDataRole.UserRole + 1

    def set_templates(self, templates: list[Template]) -> None:
        """Replace the rows with the trash as it now stands."""
        self.set_rows(templates)

    def template_at(self, row: int) -> Template | None:
        """The template in ``row``, or None when out of range."""
        item: Template | None = self.row_at(row)
        return item

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.template_at(index.row()) if index.isValid() else None
        if t is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (t.title, t.kind.value.title(), local_time(t.deleted_at))[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{t.title}, {t.kind.value}, deleted {local_time(t.deleted_at)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return t.when or t.title
        if role == self.TemplateRole:
            return t
        return None
