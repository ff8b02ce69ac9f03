"""The fields form: the value of each field the template uses, where it came from, runner-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.core.compose import FieldRow
from desktop.ui.fields_model import FieldsModel


class _ValueDelegate(QStyledItemDelegate):
    """Edits a value in an editable combo box that offers the other readings of the email."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        row: FieldRow | None = index.data(FieldsModel.RowRole)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setAccessibleName(f"Value of {row.name.replace('_', ' ')}" if row else "Value")
        if row is not None:
            choices = list(dict.fromkeys([row.value, *row.alternatives]))
            combo.addItems([c for c in choices if c])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class FieldsForm(QTableView):
    """Table of fields; editing a value reports it, clicking its source shows the evidence.

    Signals:
        value_edited(str, str): the user set a field's value.
        evidence_clicked(int, int): show this span of the email.
    """

    value_edited = Signal(str, str)
    evidence_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields_model = FieldsModel(self)
        self.setModel(self.fields_model)
        self.setItemDelegateForColumn(FieldsModel.VALUE, _ValueDelegate(self))
        self.setAccessibleName("Fields")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)  # Tab leaves the form; arrows move between fields
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(FieldsModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FieldsModel.VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FieldsModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        self.fields_model.value_edited.connect(self.value_edited)
        self.clicked.connect(self._on_clicked)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)

    def set_rows(self, rows: list[FieldRow]) -> None:
        """Show the fields of the chosen template."""
        self.fields_model.set_rows(rows)

    def edit_value(self, name: str) -> None:
        """Open the editor on field ``name`` (keyboard users and tests)."""
        row = self.fields_model.row_of(name)
        if row >= 0:
            index = self.fields_model.index(row, FieldsModel.VALUE)
            self.setCurrentIndex(index)
            self.edit(index)

    def _on_clicked(self, index: QModelIndex) -> None:
        self._show_evidence(index.row())

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_evidence(current.row())

    def _show_evidence(self, row: int) -> None:
        r = self.fields_model.row_at(row)
        if r is not None and r.evidence is not None:
            self.evidence_clicked.emit(r.evidence.start, r.evidence.end)
