"""Left pane: search box, kind/tag/sort filters and the template list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.core.models import Kind, Template
from desktop.ui.icons import icon
from desktop.ui.library_model import TemplateListModel

SORT_LABELS = {"relevance": "Best match", "most_used": "Most used", "recent": "Recently used", "title": "Title"}


@dataclass(frozen=True)
class LibraryQuery:
    """What the user asked the library for: words, kind, tag and order."""

    text: str = ""
    kind: Kind | None = None
    tag: str | None = None
    sort: str = "relevance"


class LibraryPane(QWidget):
    """Search box, filters and template list.

    Signals:
        query_changed(object): the user changed the search text or a filter (a LibraryQuery).
        template_selected(object): a Template was chosen (or None when the list empties).
    """

    query_changed = Signal(object)
    template_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText="Search templates…  (Ctrl+K)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search templates")
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind filter")
        self.kind.setToolTip("Show one kind of template")
        self.kind.addItem("All kinds", None)
        for k in Kind:
            self.kind.addItem(k.value.upper() if k is Kind.SNAP else k.value.capitalize(), k)
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag filter")
        self.tag.setToolTip("Show templates with this tag")
        self.tag.addItem("All tags", None)
        self.sort = QComboBox()
        self.sort.setAccessibleName("Sort order")
        self.sort.setToolTip("Order of the list (pinned templates always come first)")
        for key, label in SORT_LABELS.items():
            self.sort.addItem(label, key)
        self.model = TemplateListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Templates")
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.heading = QLabel("<b>Templates</b>")
        self.heading.setWordWrap(True)  # the "suggested" note must not set the pane's width
        self.empty = QLabel("No template matches. Press Esc to clear the search, or Ctrl+N to write one.")
        self.empty.setWordWrap(True)
        self.empty.hide()
        for combo in (self.kind, self.tag, self.sort):
            # Let narrow windows shrink the filters instead of widening the whole pane.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10 if combo is self.sort else 8)
        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.sort, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._emit_query)
        self.kind.currentIndexChanged.connect(self._emit_query)
        self.tag.currentIndexChanged.connect(self._emit_query)
        self.sort.currentIndexChanged.connect(self._emit_query)
        self.search.returnPressed.connect(self.list.setFocus)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.search.installEventFilter(self)

    def query(self) -> LibraryQuery:
        """The query the widgets describe now."""
        return LibraryQuery(
            self.search.text(), self.kind.currentData(), self.tag.currentData(), self.sort.currentData()
        )

    def _emit_query(self) -> None:
        self.query_changed.emit(self.query())

    def set_tags(self, tags: list[str]) -> None:
        """Offer these tags in the tag filter, keeping the current choice if it still exists."""
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("All tags", None)
        for t in tags:
            self.tag.addItem(t, t)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def eventFilter(self, obj: object, event: object) -> bool:
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
        self.list.scrollTo(index)

    def show_templates(self, templates: list[Template], keep_id: int | None = None, suggested: int = 0) -> None:
        """Show these templates with ``keep_id`` selected (nothing selected when it is not listed).

        ``suggested`` says how many leading rows are suggestions for the pasted email.
        Clearing the selection does not unchoose the template the reply was made from.
        """
        self.model.set_templates(templates, suggested)
        self.heading.setText("<b>Templates</b> — suggested for this email first" if suggested else "<b>Templates</b>")
        self.empty.setVisible(not templates)
        row = self.model.row_of(keep_id)
        if row >= 0:
            self.select_row(row)

    def _on_current_changed(self, current: object, _previous: object) -> None:
        template = self.model.template_at(self.list.currentIndex().row())
        if template is not None:
            self.template_selected.emit(template)
