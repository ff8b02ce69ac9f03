"""Qt table model for the fields form: field, value, where it came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.core.compose import FieldRow
from desktop.ui.table_model import Index as _Index
from desktop.ui.table_model import RowTableModel

_SOURCE_TEXT = {
    "you": "typed by you",
    "settings": "from Settings",
    "missing": "not found: the reply has a gap",
    "optional": "not found (optional)",
}


class FieldsModel(RowTableModel):
    """One row per field the template uses; the Value column is editable.

    Signals:
        value_edited(str, str): the user set field ``name`` to ``value``.
    """

    value_edited = Signal(str, str)

    FIELD, VALUE, SOURCE = range(3)
    HEADERS = ("Field", "Value", "Found as")
    RowRole = Qt.ItemDataRole.UserRole + 1

    def set_rows(self, rows: list[FieldRow]) -> None:
        """Show new rows; keeps the table in place when only values changed."""
        if [r.name for r in rows] == [r.name for r in self._rows] and rows:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.SOURCE))
            return
        super().set_rows(rows)

    def row_of(self, name: str) -> int:
        """The row of field ``name``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.name == name), -1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.VALUE else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.FIELD:
                return r.name.replace("_", " ")
            if col == self.VALUE:
                return r.value
            return self._source_text(r)
        if role == Qt.ItemDataRole.ForegroundRole and (r.source == "missing" or col == self.SOURCE):
            return QBrush(QColor("#c62828") if r.source == "missing" else QColor("#757575"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.name.replace('_', ' ')}: {r.value or 'missing'}, {self._source_text(r)}"
        if role == self.RowRole:
            return r
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        r = self.row_at(index.row())
        if r is None or index.column() != self.VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if text == r.value:
            return False
        self.value_edited.emit(r.name, text)
        return True

    @staticmethod
    def _source_text(r: FieldRow) -> str:
        if r.evidence is not None and r.source in ("email", "you"):
            cue = "●●●" if r.evidence.confidence >= 0.8 else "●●○" if r.evidence.confidence >= 0.5 else "●○○"
            prefix = "you changed it; email: " if r.source == "you" else ""
            return f"{cue} {prefix}“{r.evidence.text}”"
        return _SOURCE_TEXT.get(r.source, r.source)

    @staticmethod
    def _tooltip(r: FieldRow) -> str:
        lines = []
        if r.evidence is not None:
            lines.append(f"Read from “{r.evidence.text}” (confidence {r.evidence.confidence:.0%}). Click to see it.")
        if len(r.alternatives) > 1:
            lines.append("Other readings: " + ", ".join(r.alternatives[1:]))
        if r.source == "missing":
            lines.append("Not found in the email: type it here or the reply shows a gap.")
        if r.source == "optional":
            lines.append("Not found in the email; the reply reads well without it.")
        return "\n".join(lines)
