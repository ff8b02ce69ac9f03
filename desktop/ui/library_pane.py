"""Left pane: a search box over the template list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.core.models import Template
from desktop.ui.library_model import TemplateListModel


class LibraryPane(QWidget):
    """Search box and template list.

    Signals:
        search_changed(str): the user changed the search text.
        template_selected(object): a Template was chosen (or None when the list empties).
    """

    search_changed = Signal(str)
    template_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText="Search templates…  (Ctrl+K)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search templates")
        self.model = TemplateListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Templates")
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.empty = QLabel("No template matches. Clear the search (Esc) to see them all.")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Templates</b>")
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.search_changed)
        self.search.returnPressed.connect(self.list.setFocus)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.search.installEventFilter(self)

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802 (Qt API)
        """Let Up/Down in the search box move through the list; Esc clears the search."""
        if obj is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]

    def _step(self, delta: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = max(0, min(rows - 1, self.list.currentIndex().row() + delta))
        self.select_row(row)

    def select_row(self, row: int) -> None:
        """Make ``row`` the current, selected template."""
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def show_templates(self, templates: list[Template], keep_id: int | None = None) -> None:
        """Show these templates, keeping ``keep_id`` selected if still present, else the first."""
        self.model.set_templates(templates)
        self.empty.setVisible(not templates)
        if templates:
            row = self.model.row_of(keep_id)
            self.select_row(row if row >= 0 else 0)
        else:
            self.template_selected.emit(None)

    def _on_current_changed(self, current: object, _previous: object) -> None:
        row = self.list.currentIndex().row()
        self.template_selected.emit(self.model.template_at(row))
