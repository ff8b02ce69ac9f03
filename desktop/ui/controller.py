"""The desk's logic: keeps the chosen template, the email, the fields and the reply in step.

The controller calls into :mod:`desktop.core` and :mod:`desktop.store` and tells
the window what to show through its signals; it owns no widgets.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.checklist import Report, RuleResult, check
from desktop.core.checklist.custom import PhraseRule, from_stored
from desktop.core.checklist.engine import registered_rules
from desktop.core.checklist.fixes import apply_fix
from desktop.core.checklist.matching import prepare_all as prepare_phrase_sets
from desktop.core.compose import Draft, compose, field_rows
from desktop.core.extract.forms import read_message
from desktop.core.models import Template
from desktop.core.profile import Profile
from desktop.core.render import used_fields
from desktop.core.suggest import Suggester
from desktop.store import Library
from desktop.ui.library_pane import LibraryQuery

# Re-reading the email on every keystroke is wasted work; wait for a pause.
DEBOUNCE_MS = 120
# Larger files are not email; refuse them rather than freeze the window.
MAX_EMAIL_FILE_BYTES = 5_000_000


class DeskController(QObject):
    """State of one reply being written.

    Signals:
        templates_listed(list, object, int): templates to show, the id to select, how many are suggestions.
        reply_filled(str): a freshly filled reply for the preview.
        report_ready(object): a checklist Report (or None) for the current reply.
        fields_shown(list, tuple, list): field rows, warnings, and email spans to highlight.
        email_loaded(str): an email read from a file, for the email box.
        status_changed(str): a short message for the status bar.
    """

    templates_listed = Signal(list, object, int)
    reply_filled = Signal(str)
    report_ready = Signal(object)
    fields_shown = Signal(list, tuple, list)
    email_loaded = Signal(str)
    status_changed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.template: Template | None = None
        self.email = ""
        self.reply = ""
        self.draft: Draft | None = None
        self._read_key: tuple[object, ...] | None = None
        self._own_rules: tuple[int | None, tuple[PhraseRule, ...]] | None = None
        self.report: Report | None = None
        self.overrides: dict[str, str] = {}
        self.profile: Profile = library.profile()
        self.reply_edited_by_user = False
        self.today: date | None = None
        self.query = LibraryQuery()
        self._new_email = False
        self._listing = False  # True while the list itself (not the user) picks a template
        self.user_chose_template = False
        self._suggester: tuple[tuple[object, ...], Suggester] | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._email_settled)

    # -- inputs from the window -------------------------------------------------
    def search(self, query: LibraryQuery | str) -> None:
        """List the templates matching ``query`` (all of them when it is empty)."""
        self.query = query if isinstance(query, LibraryQuery) else LibraryQuery(text=query)
        self.list_templates()

    def list_templates(self, *, select: int | None = None, select_best: bool = False) -> None:
        """Tell the window which templates to list: suggestions for the email first, when not searching."""
        q = self.query
        found = self.library.search(q.text, kind=q.kind, tag=q.tag, sort=q.sort)
        suggested: list[Template] = []
        if not q.text.strip() and self.email.strip():
            ids = {t.id for t in found}
            ranked = self.suggester().rank(self.email, limit=3)
            suggested = [t for t, score in ranked if score > 0 and t.id in ids]
            first = {t.id for t in suggested}
            found = suggested + [t for t in found if t.id not in first]
        if select is None:
            listed = {t.id for t in found}
            if select_best and suggested:
                select = suggested[0].id
            elif self.template is not None and self.template.id in listed:
                select = self.template.id
            elif q.text.strip() and found:
                select = found[0].id  # typing a search chooses its best match
            # Otherwise nothing is chosen for the user: the reply pane says what to do.
        self._listing = True
        try:
            self.templates_listed.emit(found, select, len(suggested))
        finally:
            self._listing = False

    def suggester(self) -> Suggester:
        """The suggestion index, rebuilt only when the library changed."""
        templates = self.library.list()
        key = tuple((t.id, t.updated, t.use_count) for t in templates)
        if self._suggester is None or self._suggester[0] != key:
            self._suggester = (key, Suggester(templates))
        return self._suggester[1]

    def choose_template(self, template: Template | None) -> None:
        """Use ``template`` for the reply and refill at once."""
        if not self._listing:
            self.user_chose_template = True
        if template == self.template:
            return  # the same template, unchanged (an edited one compares unequal and refills)
        self.template = template
        self.reply_edited_by_user = False
        self.refill()

    def set_email(self, text: str) -> None:
        """The email changed: refill after a short pause."""
        if text == self.email:
            return
        if not self.email.strip() and text.strip():
            self._new_email = True
        elif not text.strip():
            self.user_chose_template = False  # an emptied box starts the next customer
        self.email = text
        self._timer.start()

    def _email_settled(self) -> None:
        if self._new_email:
            # A freshly pasted email: put the best templates first and choose the top one.
            self._new_email = False
            self.list_templates(select_best=not self.user_chose_template)
        self.refill()

    def load_email_file(self, path: str) -> None:
        """Read a dropped .eml/.txt/.html file into the email box."""
        p = Path(path)
        try:
            if p.stat().st_size > MAX_EMAIL_FILE_BYTES:
                self.status_changed.emit(f"{p.name} is too large to be an email ({p.stat().st_size // 1_000_000} MB).")
                return
            data = p.read_bytes()
        except OSError as exc:
            self.status_changed.emit(f"Could not read {p.name}: {exc.strerror or exc}.")
            return
        message = read_message(data, p.name)
        if not message.text.strip():
            self.status_changed.emit(f"{p.name} has no text to read.")
            return
        self.email_loaded.emit(message.text)
        self.status_changed.emit(f"Read {p.name} ({message.form}).")

    def set_field(self, name: str, value: str) -> None:
        """The user typed a field's value: it wins over the email from now on."""
        if value:
            self.overrides[name] = value
        else:
            self.overrides.pop(name, None)
        self.refill()

    def set_profile(self, profile: Profile) -> None:
        """Save the user's settings and refill with them."""
        self.profile = self.library.save_profile(profile)
        self.refill()

    def clear_field_edits(self) -> None:
        """Forget the values the user typed (a new customer)."""
        self.overrides.clear()
        self.refill()

    def edit_reply(self, text: str) -> None:
        """The user typed in the preview: keep their words, re-run the checklist."""
        self.reply = text
        self.reply_edited_by_user = True
        self._run_checklist()

    def fixed_reply(self, result: RuleResult) -> str | None:
        """The reply with a rule's suggested fix applied (None when it has none)."""
        return apply_fix(self.reply, result, sender_name=self.profile.sender_name)

    def discard_edits(self) -> None:
        """Refill the reply from the template, dropping the user's edits to it."""
        self.reply_edited_by_user = False
        self.refill()

    # -- work ---------------------------------------------------------------------
    @staticmethod
    def warm_up() -> threading.Thread:
        """Prepare the checklist, the reader and the template engine in the background.

        Their first use compiles several hundred regular expressions (about half a
        second); done in a thread right after the window appears, the first paste
        or choice does not pay for it. The work is pure core code, so it is safe
        off the UI thread, and the import lock keeps a racing first use correct.
        """

        def work() -> None:
            registered_rules()
            prepare_phrase_sets()
            compose("{{ customer_first_name }}", "Hi,\nCould we book a table for 2 at 7pm?\nThanks,\nSam")

        thread = threading.Thread(target=work, name="replygem-warm-up", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        """Drop pending work (the window is closing; the library may close next)."""
        self._timer.stop()

    def flush(self) -> None:
        """Run a pending refill now (before copying, or in tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self._email_settled()

    def refill(self) -> None:
        """Read the email, fill the template, run the checklist, tell the window."""
        self._timer.stop()
        if self.template is None:
            self.draft = None
            self.reply = ""
            self.reply_filled.emit("")
            self.fields_shown.emit([], (), [])
            self.report_ready.emit(None)
            return
        # Re-read the email only when it (or what it is read against) changed: choosing
        # another template or editing a field reuses the reading.
        key = (self.email, self.today, self.profile.phone_region)
        reuse = self.draft.extraction if self.draft is not None and self._read_key == key else None
        self.draft = compose(
            self.template.body,
            self.email,
            profile=self.profile,
            overrides=self.overrides,
            today=self.today,
            extraction=reuse,
        )
        self._read_key = key
        self._show_fields()
        if self.reply_edited_by_user:
            self.status_changed.emit("You edited the reply, so it was not refilled (Ctrl+R refills it).")
            self._run_checklist()
            return
        if self.draft.rendered.error is not None:
            self.status_changed.emit(f"Template error at {self.draft.rendered.error}")
        self.reply = self.draft.text
        self.reply_filled.emit(self.reply)
        self._run_checklist()

    def _show_fields(self) -> None:
        assert self.draft is not None and self.template is not None
        extraction = self.draft.extraction
        rows = field_rows(
            used_fields(self.template.body),
            extraction,
            settings=self.profile.as_fields(),
            overrides=self.overrides,
            gaps=self.draft.rendered.missing,
        )
        same_text = extraction.text == self.email
        spans = [(f.evidence.start, f.evidence.end) for f in extraction.fields.values()] if same_text else []
        self.fields_shown.emit(rows, tuple(extraction.warnings), spans)

    def recheck(self) -> None:
        """Run the checklist again on the reply as it stands (the rules changed)."""
        self._own_rules = None
        self._run_checklist()

    def _rules_for(self, template: Template) -> tuple[PhraseRule, ...]:
        """The user's phrase rules for ``template``, read from the library once per template.

        The checklist re-runs on every keystroke in the reply; the rules change only
        through the rules dialog, which calls :meth:`recheck`.
        """
        if self._own_rules is None or self._own_rules[0] != template.id:
            self._own_rules = (template.id, from_stored(self.library.phrase_rules(template), template))
        return self._own_rules[1]

    def _run_checklist(self) -> Report | None:
        if self.template is None:
            self.report = None
        else:
            fields = self.draft.fields if self.draft else {}
            self.report = check(
                self.reply,
                kind=self.template.kind,
                fields=fields,
                email_text=self.email,
                today=self.today,
                custom_rules=self._rules_for(self.template),
                template=str(self.template.id),
            )
        self.report_ready.emit(self.report)
        return self.report

    def blockers(self) -> tuple[RuleResult, ...]:
        """Failed blocker rules on the reply as it stands."""
        self.flush()
        return self.report.blockers if self.report else ()

    def reply_copied(self) -> None:
        """Count a use of the template (for "most used" and "recent" sorting)."""
        if self.template is not None and self.template.id is not None:
            self.template = self.library.record_use(self.template.id)

    def example(self) -> tuple[Template, str] | None:
        """A seed template with its example email, to show a new user the loop."""
        from desktop.paths import seed_dir

        for t in self.library.list():
            path = seed_dir() / "table-booking-confirmation.email.txt"
            if t.title == "Table booking confirmation" and path.exists():
                return t, path.read_text(encoding="utf-8")
        return None

    def customer_address(self) -> str:
        """The customer's email address, if the email gave one."""
        return str(self.draft.fields.get("customer_email", "")) if self.draft else ""

    def subject(self) -> str:
        """The email's subject, if it had one."""
        return str(self.draft.fields.get("subject", "")) if self.draft else ""

    def save_reply_as_template(self, title: str, text: str) -> Template:
        """Store an edited reply as a new template of the current kind."""
        base = self.template or Template(title="", body="")
        saved = self.library.add(Template(title=title, body=text, kind=base.kind, tags=base.tags, when=base.when))
        self.status_changed.emit(f"Saved “{saved.title}” to the library.")
        return saved
