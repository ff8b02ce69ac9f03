"""Qt list model over templates from the library."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.models import Template

_Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(QAbstractListModel):
    """One row per template: title over kind (and pin, usage), with the template in a role."""

    TemplateRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    IdRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._templates: list[Template] = []
        self._suggested = 0

    def set_templates(self, templates: list[Template], suggested: int = 0) -> None:
        """Replace the rows; the first ``suggested`` ones are suggestions for the email."""
        self.beginResetModel()
        self._templates = list(templates)
        self._suggested = suggested
        self.endResetModel()

    def template_at(self, row: int) -> Template | None:
        """The template in ``row``, or None when out of range."""
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def row_of(self, template_id: int | None) -> int:
        """The row showing the template with this id, or -1."""
        for row, t in enumerate(self._templates):
            if t.id == template_id:
                return row
        return -1

    def _subtitle(self, t: Template, row: int) -> str:
        parts = [t.kind.value.upper()]
        if row < self._suggested:
            parts.append("suggested" if row else "best match for this email")
        if t.use_count:
            parts.append(f"used {t.use_count}×")
        return " · ".join(parts)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.template_at(index.row()) if index.isValid() else None
        if t is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            pin = "★ " if t.pinned else ""
            return f"{pin}{t.title}\n{self._subtitle(t, index.row())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return t.when or t.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{t.title}, {self._subtitle(t, index.row())}"
        if role == self.TemplateRole:
            return t
        if role == self.KindRole:
            return t.kind.value
        if role == self.IdRole:
            return t.id
        return None
