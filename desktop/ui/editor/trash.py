"""The trash: deleted templates, with restore, delete forever and empty trash."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Template
from desktop.store import Library, LibraryError, TemplateNotFound
from desktop.ui.editor.models import TrashTableModel
from desktop.ui.editor.widgets import ask, name_widgets, row_table


class TrashDialog(QDialog):
    """Deleted templates, most recent first. Restore puts one back; the others need a confirmation.

    ``restored`` lists the templates taken out of the trash while the dialog was open.

    Signals:
        template_restored(object): a Template was taken out of the trash.
        template_purged(object): a Template (and its history) was deleted for good.
        trash_emptied(int): the trash was emptied; the argument is how many templates went.
    """

    template_restored = Signal(object)
    template_purged = Signal(object)
    trash_emptied = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.restored: list[Template] = []
        self.setWindowTitle("Trash")
        self.setObjectName("trash_dialog")
        self.model = TrashTableModel(self)
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TrashTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel("The trash is empty.")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button = self.buttons.addButton("&Delete forever…", QDialogButtonBox.ButtonRole.ActionRole)
        self.empty_button = self.buttons.addButton("&Empty trash…", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        name_widgets(
            (self.table, "Deleted templates", "Templates in the trash, most recently deleted first"),
            (self.restore_button, "Restore", "Put the chosen template back in the library (Alt+R)"),
            (self.purge_button, "Delete forever", "Delete the chosen template and its history for good (Alt+D)"),
            (self.empty_button, "Empty trash", "Delete every template in the trash for good (Alt+E)"),
            (self.close_button, "Close", "Close the trash (Esc)"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Deleted templates stay here until you delete them forever."))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.reload()
        self.resize(640, 420)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.close_button.clicked.connect(self.reject)

    def reload(self, select_row: int = 0) -> None:
        """Read the trash again, keeping a row selected when any remain."""
        templates = self.library.trash()
        self.model.set_templates(templates)
        self.empty_label.setVisible(not templates)
        self.table.setVisible(bool(templates))
        if templates:
            index = self.model.index(min(select_row, len(templates) - 1), 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
        self._update_buttons()

    def select_id(self, template_id: int) -> bool:
        """Select the trashed template with this id; False when it is not in the trash."""
        for row in range(self.model.rowCount()):
            t = self.model.template_at(row)
            if t is not None and t.id == template_id:
                self.reload(row)
                return True
        return False

    def selected_template(self) -> Template | None:
        """The trashed template chosen in the list."""
        return self.model.template_at(self.table.currentIndex().row())

    def _update_buttons(self, *_: QModelIndex) -> None:
        chosen = self.selected_template() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def restore_selected(self) -> Template | None:
        """Put the chosen template back in the library."""
        t = self.selected_template()
        if t is None or t.id is None:
            return None
        row = self.table.currentIndex().row()
        try:
            restored = self.library.restore_deleted(t.id)
        except (LibraryError, TemplateNotFound):
            self.reload(row)
            return None
        self.restored.append(restored)
        self.template_restored.emit(restored)
        self.reload(row)
        return restored

    def purge_selected(self) -> Template | None:
        """Delete the chosen template for good, after asking."""
        t = self.selected_template()
        if t is None or t.id is None:
            return None
        if not ask(
            self,
            "Delete forever?",
            f"Delete “{t.title}” for good?",
            "It and all its saved versions will be gone. This cannot be undone.",
            "Delete forever",
            "Keep it",
            danger=True,
        ):
            return None
        row = self.table.currentIndex().row()
        try:
            purged = self.library.purge(t.id)
        except (LibraryError, TemplateNotFound):
            self.reload(row)
            return None
        self.template_purged.emit(purged)
        self.reload(row)
        return purged

    def empty_trash(self) -> int:
        """Delete every trashed template for good, after asking; how many went."""
        count = self.model.rowCount()
        if not count or not ask(
            self,
            "Empty the trash?",
            f"Delete all {count} templates in the trash for good?"
            if count > 1
            else "Delete the template in the trash for good?",
            "Their saved versions go too. This cannot be undone.",
            "Empty trash",
            "Keep them",
            danger=True,
        ):
            return 0
        try:
            gone = self.library.empty_trash()
        except LibraryError:
            gone = 0
        self.trash_emptied.emit(gone)
        self.reload()
        return gone
