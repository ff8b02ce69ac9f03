"""Qt list model over checklist results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.checklist import Report, RuleResult, Status
from desktop.ui.icons import icon

_Index = QModelIndex | QPersistentModelIndex
_ICON = {Status.PASS: "pass", Status.FAIL: "fail", Status.NA: "na"}
_COLOUR = {Status.PASS: QColor("#2e7d32"), Status.FAIL: QColor("#c62828"), Status.NA: QColor("#757575")}


class ChecklistModel(QAbstractListModel):
    """One row per rule result, failed rules first."""

    ResultRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[RuleResult] = []

    def set_report(self, report: Report | None) -> None:
        """Show a new report (None clears the list)."""
        order = {Status.FAIL: 0, Status.PASS: 1, Status.NA: 2}
        results = sorted(report.results, key=lambda r: order[r.status]) if report else []
        self.beginResetModel()
        self._results = results
        self.endResetModel()

    def result_at(self, row: int) -> RuleResult | None:
        """The result in ``row``, or None."""
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.result_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            suffix = f"  ({r.severity.value})" if r.status is Status.FAIL else ""
            return f"{r.title}{suffix}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(_ICON[r.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_COLOUR[r.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [r.why]
            if r.detail:
                lines.append(r.detail)
            if r.status is Status.FAIL and r.fix:
                lines.append(f"Fix: {r.fix}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.title}: {r.status.value}"
        if role == self.ResultRole:
            return r
        return None
