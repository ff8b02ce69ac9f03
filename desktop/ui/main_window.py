"""The main window: composes the library, email and preview panes and wires them up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QSplitter, QWidget

from desktop.core.checklist import RuleResult
from desktop.core.models import Template
from desktop.core.outgoing import mailto_url, reply_subject
from desktop.store import Library
from desktop.ui.actions import ACTIONS, build_actions
from desktop.ui.clipboard import copy_formatted, copy_text
from desktop.ui.controller import DeskController
from desktop.ui.dialogs import ShortcutsDialog, confirm_copy_despite
from desktop.ui.editor.library_ops import LIBRARY_ACTIONS, LibraryOps
from desktop.ui.email_pane import EmailPane
from desktop.ui.library_pane import LibraryPane
from desktop.ui.preview_pane import PreviewPane
from desktop.ui.rules_dialog import PhraseRulesDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.transfer_ui import TransferUi

WELCOME = (
    "<b>Replygem fills warm, complete replies from your customers' own emails.</b><br><br>"
    "1. Pick a template on the left (or let Replygem suggest one).<br>"
    "2. Paste the customer's email in the middle: their name, dates and numbers fill in.<br>"
    "3. Read the checklist, edit anything you like, and copy the reply into your mail program.<br><br>"
    "First, who signs the replies? You can change this later in Settings (Ctrl+,)."
)


class MainWindow(QMainWindow):
    """Library | customer email and fields | reply and checklist.

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
        self.settings = QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else QSettings()
        self.controller = DeskController(library, self)
        self.library_pane = LibraryPane()
        self.email_pane = EmailPane()
        self.preview_pane = PreviewPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.library_pane, self.email_pane, self.preview_pane):
            self.splitter.addWidget(pane)
        # Width is shared 1:2:2, so a small window narrows the list most.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 470, 560])
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.setCentralWidget(self.splitter)
        self.transfer = TransferUi(library, self)
        self.ops = LibraryOps(library, self)
        self.actions_by_name = build_actions(self, ACTIONS + LIBRARY_ACTIONS)
        self._build_menus()
        self._connect_signals()
        self._restore_state()
        self.library_pane.set_tags(library.tags())
        self.controller.search(self.library_pane.query())
        self.statusBar().showMessage("Choose a template, paste the customer's email, then copy the reply.")

    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for spec in ACTIONS + LIBRARY_ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = self.menuBar().addMenu(spec.menu)
            menus[spec.menu].addAction(self.actions_by_name[spec.name])

    def _connect_signals(self) -> None:
        c, lib, mail, prev, act = (
            self.controller,
            self.library_pane,
            self.email_pane,
            self.preview_pane,
            self.actions_by_name,
        )
        lib.query_changed.connect(c.search)
        lib.template_selected.connect(c.choose_template)
        mail.email_changed.connect(c.set_email)
        mail.file_dropped.connect(c.load_email_file)
        mail.field_edited.connect(c.set_field)
        prev.reply_edited.connect(c.edit_reply)
        prev.copy_requested.connect(self.copy_reply)
        prev.copy_formatted_requested.connect(self.copy_reply_formatted)
        prev.fix_requested.connect(self.apply_fix)
        c.templates_listed.connect(lib.show_templates)
        c.reply_filled.connect(prev.set_reply)
        c.report_ready.connect(prev.show_report)
        c.fields_shown.connect(mail.show_fields)
        c.email_loaded.connect(mail.set_text)
        c.status_changed.connect(self.statusBar().showMessage)
        act["paste_email"].triggered.connect(self.paste_email)
        act["new_email"].triggered.connect(self.new_reply)
        act["quit"].triggered.connect(self.close)
        act["find"].triggered.connect(self.focus_search)
        act["email"].triggered.connect(mail.editor.setFocus)
        act["fields"].triggered.connect(mail.fields.setFocus)
        act["reply"].triggered.connect(prev.editor.setFocus)
        act["copy"].triggered.connect(self.copy_reply)
        act["copy_formatted"].triggered.connect(self.copy_reply_formatted)
        act["mail"].triggered.connect(self.open_in_mail_app)
        act["refill"].triggered.connect(c.discard_edits)
        act["save_as_template"].triggered.connect(self.save_as_template)
        act["shortcuts"].triggered.connect(self.show_shortcuts)
        act["settings"].triggered.connect(self.show_settings)
        act["rules"].triggered.connect(self.show_phrase_rules)
        act["import"].triggered.connect(self.transfer.ask_import)
        act["export"].triggered.connect(self.transfer.ask_export)
        act["rebuild"].triggered.connect(self.transfer.rebuild_index)
        self.transfer.library_changed.connect(self.refresh_library)
        self.transfer.status_changed.connect(self.statusBar().showMessage)
        self._connect_library_ops()

    def _connect_library_ops(self) -> None:
        ops, act = self.ops, self.actions_by_name
        # Del and Ctrl+Z mean "delete"/"undo" for the template list only; in text boxes they edit text.
        for name in ("delete_template", "undo_delete"):
            act[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.library_pane.list.addAction(act[name])
        act["undo_delete"].setEnabled(False)
        act["new_template"].triggered.connect(lambda: ops.new_template(self))
        act["edit_template"].triggered.connect(lambda: self._with_template(lambda t: ops.edit_template(self, t)))
        act["duplicate_template"].triggered.connect(lambda: self._with_template(ops.duplicate))
        act["delete_template"].triggered.connect(lambda: self._with_template(ops.delete_with_undo))
        act["undo_delete"].triggered.connect(ops.undo_delete)
        act["pin_template"].triggered.connect(lambda: self._with_template(ops.toggle_pin))
        act["template_history"].triggered.connect(lambda: self._with_template(lambda t: ops.show_history(self, t)))
        act["trash"].triggered.connect(lambda: ops.show_trash(self))
        ops.library_changed.connect(self.refresh_library)
        ops.undo_available.connect(act["undo_delete"].setEnabled)
        ops.operation_failed.connect(self.statusBar().showMessage)
        ops.template_deleted.connect(
            lambda t: self.statusBar().showMessage(
                f"“{t.title}” moved to the trash. Ctrl+Z in the list brings it back."
            )
        )

    def _with_template(self, operation: Callable[[Template], object]) -> None:
        template = self.controller.template
        if template is None:
            self.statusBar().showMessage("Choose a template first.")
            return
        operation(template)

    # -- commands -------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.library_pane.search.setFocus()
        self.library_pane.search.selectAll()

    def paste_email(self) -> None:
        """Ctrl+V outside a text box: the clipboard becomes the customer email."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.statusBar().showMessage("The clipboard holds no text to paste.")
            return
        self.email_pane.set_text(text)
        self.email_pane.editor.setFocus()
        self.statusBar().showMessage("Email pasted.")

    def new_reply(self) -> None:
        """Start over for the next customer: empty email, no typed field values."""
        self.email_pane.set_text("")
        self.controller.clear_field_edits()
        self.controller.discard_edits()
        self.email_pane.editor.setFocus()

    def _reply_ready_to_copy(self) -> str | None:
        self.controller.flush()
        text = self.preview_pane.text()
        if not text.strip():
            self.statusBar().showMessage("Nothing to copy yet: choose a template first.")
            return None
        blockers = self.controller.blockers()
        if blockers and self.controller.profile.copy_guard and not confirm_copy_despite(self, blockers):
            self.statusBar().showMessage("Not copied: fix the items marked in red first.")
            return None
        return text

    def apply_fix(self, result: RuleResult) -> None:
        """Insert a checklist item's suggested sentence into the reply (undo with Ctrl+Z)."""
        fixed = self.controller.fixed_reply(result)
        if fixed is None:
            return
        self.preview_pane.replace_text_as_edit(fixed)
        self.statusBar().showMessage(f"Applied: {result.title}. Edit the words to make them yours.")

    def copy_reply(self) -> None:
        """Copy the reply as it stands (with the user's edits) as plain text."""
        text = self._reply_ready_to_copy()
        if text is None:
            return
        how = copy_text(text)
        where = "clipboard" if how == "system" else "clipboard (Qt)"
        self.statusBar().showMessage(f"Reply copied to the {where}: {len(text.split())} words.")
        self.controller.reply_copied()
        self.reply_copied.emit(text)

    def copy_reply_formatted(self) -> None:
        """Copy the reply as HTML and plain text together."""
        text = self._reply_ready_to_copy()
        if text is None:
            return
        copy_formatted(text)
        self.statusBar().showMessage("Formatted reply copied: paste it into your mail program.")
        self.controller.reply_copied()
        self.reply_copied.emit(text)

    def open_in_mail_app(self) -> None:
        """Start a new message in the user's mail program, addressed to the customer."""
        text = self._reply_ready_to_copy()
        if text is None:
            return
        url, cut = mailto_url(self.controller.customer_address(), reply_subject(self.controller.subject()), text)
        if not QDesktopServices.openUrl(QUrl(url)):
            self.statusBar().showMessage("No mail program answered: use Copy instead.")
            return
        note = " The reply was too long for a mail link, so copy it in full." if cut else ""
        self.statusBar().showMessage("Opened in your mail program." + note)

    def save_as_template(self) -> None:
        """Keep the reply as it stands as a new template."""
        text = self.preview_pane.text()
        if not text.strip():
            self.statusBar().showMessage("Nothing to save yet: the reply is empty.")
            return
        default = f"{self.controller.template.title} (my version)" if self.controller.template else "My reply"
        title, ok = QInputDialog.getText(self, "Save as template", "Title of the new template:", text=default)
        if ok and title.strip():
            saved = self.controller.save_reply_as_template(title.strip(), text)
            self.refresh_library(select=saved.id)

    def refresh_library(self, select: int | None = None) -> None:
        """Re-read the library after a change (new, edited, imported or deleted templates)."""
        self.library_pane.set_tags(self.controller.library.tags())
        self.controller.list_templates(select=select)

    def show_settings(self, welcome: str = "") -> SettingsDialog:
        """Open the settings dialog; saving applies the profile at once."""
        dialog = SettingsDialog(self.controller.profile, self, welcome=welcome)
        dialog.accepted.connect(lambda: self.controller.set_profile(dialog.profile()))
        if welcome:
            dialog.finished.connect(self._show_example)
        dialog.open()
        return dialog

    def maybe_welcome(self) -> SettingsDialog | None:
        """On the first start, ask who signs the replies and show the loop on an example."""
        if self.settings.value("welcome/shown", False, type=bool) or self.controller.profile.sender_name:
            return None
        self.settings.setValue("welcome/shown", True)
        return self.show_settings(WELCOME)

    def _show_example(self) -> None:
        example = self.controller.example()
        if example is None:
            return
        template, email = example
        self.library_pane.search.clear()
        self.controller.list_templates(select=template.id)
        self.email_pane.set_text(email)
        self.statusBar().showMessage("This is an example booking. Ctrl+Shift+N clears it for your first customer.")

    def show_phrase_rules(self) -> PhraseRulesDialog:
        """Edit the user's own checklist phrases; the checklist re-runs when it closes."""
        dialog = PhraseRulesDialog(self.controller.library, self.controller.template, self)
        dialog.finished.connect(self.controller.recheck)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> None:
        """Show the keyboard shortcuts sheet."""
        ShortcutsDialog(self, ACTIONS + LIBRARY_ACTIONS).exec()

    # -- persistence and events -----------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in self._splitters().items():
            state = self.settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "window/splitter": self.splitter,
            "window/email_splitter": self.email_pane.splitter,
            "window/preview_splitter": self.preview_pane.splitter,
        }

    def save_state(self) -> None:
        """Remember window geometry and pane sizes for the next start."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            self.settings.setValue(key, splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QEvent) -> None:
        self.controller.stop()
        self.save_state()
        super().closeEvent(event)  # type: ignore[arg-type]

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            # With self as context, the call is dropped if the window is gone by then.
            QTimer.singleShot(0, self, self.first_painted.emit)
        return super().event(event)
