"""The main window: composes the library, email and preview panes and wires them up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.store import Library
from desktop.ui.actions import ACTIONS, build_actions
from desktop.ui.clipboard import copy_text
from desktop.ui.controller import DeskController
from desktop.ui.email_pane import EmailPane
from desktop.ui.library_pane import LibraryPane
from desktop.ui.preview_pane import PreviewPane


class MainWindow(QMainWindow):
    """Library | customer email | reply and checklist.

    Signals:
        first_painted(): the window has been painted once (start-up measurements).
        reply_copied(str): the reply text was put on the clipboard.
    """

    first_painted = Signal()
    reply_copied = Signal(str)

    def __init__(self, library: Library, *, settings_path: Path | None = None, parent: QWidget | None = None) -> None:
        self._painted = False  # event() reads it from the first event on
        super().__init__(parent)
        self.setWindowTitle("Replygem")
        self.setMinimumSize(900, 600)
        self.settings = (
            QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else QSettings()
        )
        self.controller = DeskController(library, self)
        self.library_pane = LibraryPane()
        self.email_pane = EmailPane()
        self.preview_pane = PreviewPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.library_pane, self.email_pane, self.preview_pane):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([260, 420, 600])
        self.setCentralWidget(self.splitter)
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.actions_by_name = build_actions(self)
        self._build_menus()
        self._connect_signals()
        self._restore_state()
        self.controller.search("")
        self.statusBar().showMessage("Choose a template, paste the customer's email, then copy the reply.")

    def _build_menus(self) -> None:
        menus: dict[str, object] = {}
        for spec in ACTIONS:
            menu = menus.get(spec.menu) or self.menuBar().addMenu(spec.menu)
            menus[spec.menu] = menu
            menu.addAction(self.actions_by_name[spec.name])  # type: ignore[attr-defined]

    def _connect_signals(self) -> None:
        c, lib, mail, prev, act = (
            self.controller,
            self.library_pane,
            self.email_pane,
            self.preview_pane,
            self.actions_by_name,
        )
        lib.search_changed.connect(c.search)
        lib.template_selected.connect(c.choose_template)
        mail.email_changed.connect(c.set_email)
        prev.reply_edited.connect(c.edit_reply)
        prev.copy_requested.connect(self.copy_reply)
        c.templates_listed.connect(lib.show_templates)
        c.reply_filled.connect(prev.set_reply)
        c.report_ready.connect(prev.show_report)
        c.fields_found.connect(mail.show_found)
        c.status_changed.connect(self.statusBar().showMessage)
        act["copy"].triggered.connect(self.copy_reply)
        act["refill"].triggered.connect(c.discard_edits)
        act["find"].triggered.connect(self.focus_search)
        act["email"].triggered.connect(mail.editor.setFocus)
        act["quit"].triggered.connect(self.close)

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.library_pane.search.setFocus()
        self.library_pane.search.selectAll()

    def copy_reply(self) -> None:
        """Copy the reply as it stands (with the user's edits) to the clipboard."""
        self.controller.flush()
        text = self.preview_pane.text()
        if not text.strip():
            self.statusBar().showMessage("Nothing to copy yet: choose a template first.")
            return
        how = copy_text(text)
        where = "clipboard" if how == "system" else "clipboard (Qt)"
        self.statusBar().showMessage(f"Reply copied to the {where}: {len(text.split())} words.")
        self.reply_copied.emit(text)

    # -- persistence and events -----------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Remember window geometry and pane sizes for the next start."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        self.save_state()
        super().closeEvent(event)  # type: ignore[arg-type]

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().event(event)
