"""Small pieces the editor dialogs share: the insert-field menu, a tag completer, a yes/no question and
accessible names with tooltips."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QStringListModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QHeaderView, QMenu, QMessageBox, QTableView, QWidget

from desktop.core.fields import FieldGroup, by_group

_GROUP_TITLES = {
    FieldGroup.CUSTOMER: "Customer",
    FieldGroup.BOOKING: "Booking",
    FieldGroup.STAY: "Stay",
    FieldGroup.REQUEST: "Request",
    FieldGroup.SENDER: "You (from Settings)",
    FieldGroup.GENERAL: "General",
}


class FieldMenu(QMenu):
    """The field catalogue as a menu, grouped, each entry with its one-line description.

    Signals:
        field_chosen(str): the user picked a field; the argument is its name.
    """

    field_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Insert field", parent)
        self.setAccessibleName("Insert field")
        self.setToolTipsVisible(True)
        self.field_actions: dict[str, QAction] = {}
        for group, specs in by_group().items():
            self.addSection(_GROUP_TITLES.get(group, group.value.title()))
            for spec in specs:
                action = self.addAction(f"{spec.name}  —  {spec.description}")
                action.setData(spec.name)
                tip = f"Inserts {spec.placeholder}" + (f", for example “{spec.example}”" if spec.example else "")
                action.setToolTip(tip.replace("\n", " / "))
                action.setStatusTip(spec.description)
                self.field_actions[spec.name] = action
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.triggered.connect(self._on_triggered)

    def _on_triggered(self, action: QAction) -> None:
        name = action.data()
        if isinstance(name, str):
            self.field_chosen.emit(name)


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma of a comma-separated tag list."""

    def __init__(self, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(QStringListModel(tags), parent)
        self.setCaseSensitivity(self.caseSensitivity().CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt API)
        """Match only the tag after the last comma."""
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:  # noqa: N802 (Qt API)
        """Keep the tags already typed and replace the last one with the completion."""
        chosen = str(super().pathFromIndex(index))  # type: ignore[arg-type]
        widget = self.widget()
        text = widget.text() if widget is not None and hasattr(widget, "text") else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + chosen


def ask(parent: QWidget, title: str, text: str, detail: str, yes: str, no: str, *, danger: bool = False) -> bool:
    """Ask a yes/no question with verb buttons; True when the user chose ``yes`` (``no`` is the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def name_widgets(*rows: tuple[QWidget, str, str]) -> None:
    """Give each widget its accessible name (read by screen readers) and its tooltip."""
    for widget, name, tip in rows:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)


def row_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of ``model`` that selects one whole row at a time, columns sized to fit."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
