"""Revision history of one template: every saved version, a preview, and restore."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Revision, Template
from desktop.store import Library, LibraryError, TemplateNotFound
from desktop.ui.editor.highlighter import PlaceholderHighlighter
from desktop.ui.editor.models import RevisionTableModel
from desktop.ui.editor.widgets import name_widgets, row_table


class HistoryDialog(QDialog):
    """Lists a template's revisions newest first; restoring one saves it as a new version.

    After a restore the dialog accepts and ``restored`` holds the template as now stored.

    Signals:
        revision_restored(object): the Template after an earlier version was made current.
    """

    revision_restored = Signal(object)

    def __init__(self, library: Library, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if template.id is None:
            raise ValueError("HistoryDialog needs a stored template")
        self.library = library
        self.template = template
        self.restored: Template | None = None
        self.setWindowTitle(f"History — {template.title}")
        self.setObjectName("history_dialog")
        self.model = RevisionTableModel(self)
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = PlaceholderHighlighter(self.preview.document())
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton("&Restore this version", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        name_widgets(
            (self.table, "Versions", "Every saved version, newest first"),
            (self.details, "Version details", "Kind, tags and when line of the chosen version"),
            (self.preview, "Version text", "The reply text of the chosen version (read-only)"),
            (self.restore_button, "Restore this version", "Make this version current; nothing is lost (Alt+R)"),
            (self.close_button, "Close", "Close the history (Esc)"),
        )
        preview_box = QWidget()
        box = QVBoxLayout(preview_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.details)
        box.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(preview_box)
        splitter.setSizes([330, 470])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Every save is kept. Choose a version to see it; restoring it saves it again."))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.table, self.preview)
        QWidget.setTabOrder(self.preview, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.close_button)
        self._connect_signals()
        self.reload()
        self.resize(860, 520)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.reject)

    def reload(self) -> None:
        """Read the revisions again and select the current one."""
        self.model.set_revisions(self.library.revisions(self.template.id or 0))
        self.select_row(0)
        self._on_current_changed(self.table.currentIndex(), QModelIndex())

    def select_row(self, row: int) -> None:
        """Make the revision in ``row`` the one shown and offered for restore."""
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)

    def selected_revision(self) -> Revision | None:
        """The revision being previewed."""
        return self.model.revision_at(self.table.currentIndex().row())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rev = self.model.revision_at(current.row()) if current.isValid() else None
        self.preview.setPlainText(rev.body if rev else "")
        if rev is None:
            self.details.setText("")
        else:
            tags = ", ".join(rev.tags) or "no tags"
            when = f"\nUse when: {rev.when}" if rev.when else ""
            self.details.setText(f"Version {rev.number}: {rev.title} · {rev.kind.value} · {tags}{when}")
        self.restore_button.setEnabled(rev is not None and current.row() > 0)

    def restore_selected(self) -> Template | None:
        """Make the chosen version current (as a new revision) and close; the restored Template."""
        rev = self.selected_revision()
        if rev is None or self.table.currentIndex().row() == 0:
            return None
        try:
            self.restored = self.library.restore_revision(self.template.id or 0, rev.id)
        except (LibraryError, TemplateNotFound) as exc:
            self.details.setText(f"Could not restore: {exc}")
            return None
        self.revision_restored.emit(self.restored)
        self.accept()
        return self.restored
