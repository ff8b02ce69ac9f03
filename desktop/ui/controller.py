"""The desk's logic: keeps the chosen template, the email and the reply in step.

The controller calls into :mod:`desktop.core` and :mod:`desktop.store` and tells
the window what to show through its signals; it owns no widgets.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.checklist import Report, check
from desktop.core.compose import Draft, compose
from desktop.core.models import Kind, Template
from desktop.store import Library

# Re-reading the email on every keystroke is wasted work; wait for a pause.
DEBOUNCE_MS = 120


class DeskController(QObject):
    """State of one reply being written.

    Signals:
        templates_listed(list, object): templates to show, and the id to keep selected.
        reply_filled(str): a freshly filled reply for the preview.
        report_ready(object): a checklist Report (or None) for the current reply.
        fields_found(dict): field values read from the email.
        status_changed(str): a short message for the status bar.
    """

    templates_listed = Signal(list, object)
    reply_filled = Signal(str)
    report_ready = Signal(object)
    fields_found = Signal(dict)
    status_changed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.template: Template | None = None
        self.email = ""
        self.reply = ""
        self.draft: Draft | None = None
        self.reply_edited_by_user = False
        self.today: date | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refill)

    # -- inputs from the window -------------------------------------------------
    def search(self, text: str) -> None:
        """List the templates matching ``text`` (all of them when empty)."""
        found = self.library.search(text)
        keep = self.template.id if self.template else None
        self.templates_listed.emit(found, keep)

    def choose_template(self, template: Template | None) -> None:
        """Use ``template`` for the reply and refill at once."""
        if template is not None and self.template is not None and template.id == self.template.id:
            return
        self.template = template
        self.reply_edited_by_user = False
        self.refill()

    def set_email(self, text: str) -> None:
        """The email changed: refill after a short pause."""
        self.email = text
        self._timer.start()

    def edit_reply(self, text: str) -> None:
        """The user typed in the preview: keep their words, re-run the checklist."""
        self.reply = text
        self.reply_edited_by_user = True
        self._run_checklist()

    def discard_edits(self) -> None:
        """Refill the reply from the template, dropping the user's edits to it."""
        self.reply_edited_by_user = False
        self.refill()

    # -- work ---------------------------------------------------------------------
    def flush(self) -> None:
        """Run a pending refill now (before copying, or in tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self.refill()

    def refill(self) -> None:
        """Read the email, fill the template, run the checklist, tell the window."""
        self._timer.stop()
        if self.template is None:
            self.draft = None
            self.reply = ""
            self.reply_filled.emit("")
            self.report_ready.emit(None)
            return
        self.draft = compose(self.template.body, self.email, today=self.today)
        self.fields_found.emit(self.draft.extraction.values())
        if self.reply_edited_by_user:
            self.status_changed.emit("You edited the reply, so it was not refilled (Ctrl+R refills it).")
            self._run_checklist()
            return
        if self.draft.rendered.error is not None:
            self.status_changed.emit(f"Template error at {self.draft.rendered.error}")
        self.reply = self.draft.text
        self.reply_filled.emit(self.reply)
        self._run_checklist()

    def _run_checklist(self) -> Report | None:
        if self.template is None:
            self.report_ready.emit(None)
            return None
        fields = self.draft.fields if self.draft else {}
        report = check(self.reply, kind=self.template.kind, fields=fields, email_text=self.email, today=self.today)
        self.report_ready.emit(report)
        return report

    def current_kind(self) -> Kind:
        """The kind of the chosen template (general when none)."""
        return self.template.kind if self.template else Kind.GENERAL
