"""The template editor: title, kind, tags, when line, pin, and a highlighted body with live syntax checking.

The dialog saves through the real :class:`~desktop.store.Library` (``add`` for a
new template, ``update`` for an existing one, which records a revision); the
syntax check and the field catalogue come from :mod:`desktop.core`.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontDatabase,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.fields import describe
from desktop.core.models import Kind, Template, split_tags
from desktop.core.render import TemplateError, check_syntax, used_fields
from desktop.store import Library, LibraryError, TemplateNotFound
from desktop.ui.editor.highlighter import PlaceholderHighlighter
from desktop.ui.editor.widgets import FieldMenu, TagCompleter, ask, name_widgets

# Checking on every keystroke flickers the marker while a tag is half typed; wait for a pause.
CHECK_DELAY_MS = 350
KIND_LABELS = {
    Kind.GENERAL: "General",
    Kind.SNAP: "SNAP — when things go wrong",
    Kind.DIAMOND: "Diamond — a reply to remember",
}
_ERROR_COLOUR = QColor("#d93025")
_FormState = tuple[str, Kind, tuple[str, ...], str, bool, str]


class TemplateEditorDialog(QDialog):
    """Create or edit one template; after ``accept()``, ``saved`` holds the stored Template.

    Signals:
        template_saved(object): the Template as stored, after Save.
        syntax_checked(object): the body was checked; the TemplateError found, or None.
    """

    template_saved = Signal(object)
    syntax_checked = Signal(object)

    def __init__(self, library: Library, template: Template | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.original = template
        self.saved: Template | None = None
        self.error: TemplateError | None = None
        self.setWindowTitle(f"Edit template — {template.title}" if template else "New template")
        self.setObjectName("template_editor")
        self._build()
        self._load(template or Template("", ""))
        self._initial = self._form_state()
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._connect_signals()
        self.check_now()
        # A new template starts with its title; an existing one with its text, the usual thing to change.
        (self.body_edit if template else self.title_edit).setFocus()
        self.resize(760, 640)

    # -- layout -----------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = QLineEdit(placeholderText="A name you will search for, e.g. Table booking confirmation")
        self.kind_combo = QComboBox()
        for kind, kind_label in KIND_LABELS.items():
            self.kind_combo.addItem(kind_label, kind.value)
        self.pinned_check = QCheckBox("&Pin to the top of the list")
        self.tags_edit = QLineEdit(placeholderText="restaurant, booking")
        self.tags_edit.setCompleter(TagCompleter(self.library.tags(), self.tags_edit))
        self.when_edit = QLineEdit(placeholderText="Use when a guest asks to book a table")
        self.field_menu = FieldMenu(self)
        self.insert_button = QToolButton()
        self.insert_button.setText("&Insert field")
        self.insert_button.setMenu(self.field_menu)
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText('Dear {{ customer_first_name | default: "there" }},\n\nThank you for …')
        self.highlighter = PlaceholderHighlighter(self.body_edit.document())
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("&Save", QDialogButtonBox.ButtonRole.AcceptRole)
        # A QAction, not the button's own shortcut: that one "animates" the click and saves 100 ms later.
        self.save_action = QAction("Save", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.addAction(self.save_action)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.insert_shortcut = QShortcut(QKeySequence("Ctrl+Space"), self.body_edit)
        self.insert_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._describe_controls()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addSpacing(16)
        kind_row.addWidget(self.pinned_check)
        kind_row.addStretch(1)
        for text, buddy, field in (
            ("&Title:", self.title_edit, self.title_edit),
            ("&Kind:", self.kind_combo, kind_row),
            ("Ta&gs:", self.tags_edit, self.tags_edit),
            ("Use &when:", self.when_edit, self.when_edit),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        body_bar = QHBoxLayout()
        body_label = QLabel("&Reply text:")
        body_label.setBuddy(self.body_edit)
        body_bar.addWidget(body_label)
        body_bar.addStretch(1)
        body_bar.addWidget(self.insert_button)
        hint = QLabel("Ctrl+S save · Esc cancel · Ctrl+Space insert a field")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setAccessibleName("Keyboard shortcuts")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(body_bar)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        order = (self.title_edit, self.kind_combo, self.pinned_check, self.tags_edit, self.when_edit)
        for first, second in zip(
            (*order, self.insert_button, self.body_edit, self.save_button),
            (*order[1:], self.insert_button, self.body_edit, self.save_button, self.cancel_button),
            strict=True,
        ):
            QWidget.setTabOrder(first, second)

    def _describe_controls(self) -> None:
        name_widgets(
            (self.title_edit, "Title", "The name shown in the library list and found by search"),
            (self.kind_combo, "Kind", "SNAP for problems and delays, Diamond for replies that delight"),
            (self.pinned_check, "Pinned", "Pinned templates are listed first"),
            (self.tags_edit, "Tags", "Comma-separated words to filter and search by"),
            (self.when_edit, "Use when", "When this template fits; suggestions match emails against it"),
            (self.insert_button, "Insert field", "Insert a field at the cursor (Ctrl+Space)"),
            (self.body_edit, "Reply text", "The reply, with {{ fields }} filled in from the email"),
            (self.status_label, "Syntax check", "Errors in the reply text, with line and column"),
            (self.save_button, "Save", "Save the template and keep this version in its history (Ctrl+S)"),
            (self.cancel_button, "Cancel", "Close without saving (Esc)"),
        )

    def _load(self, t: Template) -> None:
        self.title_edit.setText(t.title)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(t.kind.value)))
        self.pinned_check.setChecked(t.pinned)
        self.tags_edit.setText(", ".join(t.tags))
        self.when_edit.setText(t.when)
        self.body_edit.setPlainText(t.body)

    def _connect_signals(self) -> None:
        self.title_edit.textChanged.connect(self._update_save_enabled)
        self.body_edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.check_now)
        self.field_menu.field_chosen.connect(self.insert_field)
        self.insert_shortcut.activated.connect(self.show_field_menu)
        self.status_label.linkActivated.connect(self.go_to_error)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._update_save_enabled()

    # -- state --------------------------------------------------------------------
    def draft(self) -> Template:
        """The template as the form stands (unsaved; carries the original's id and timestamps)."""
        title, kind, tags, when, pinned, body = self._form_state()
        base = self.original or Template("", "")
        return replace(base, title=title, kind=kind, tags=tags, when=when, pinned=pinned, body=body)

    def _form_state(self) -> _FormState:
        kind = self.kind_combo.currentData()
        return (
            self.title_edit.text().strip(),
            Kind(kind) if kind in {k.value for k in Kind} else Kind.GENERAL,
            split_tags(self.tags_edit.text()),
            self.when_edit.text().strip(),
            self.pinned_check.isChecked(),
            self.body_edit.toPlainText(),
        )

    def is_modified(self) -> bool:
        """True when the form differs from what was loaded."""
        return self._form_state() != self._initial

    def _update_save_enabled(self) -> None:
        titled = bool(self.title_edit.text().strip())
        self.save_button.setEnabled(titled)
        self.save_action.setEnabled(titled)

    # -- body: fields and syntax -------------------------------------------------------
    def show_field_menu(self) -> None:
        """Open the insert-field menu at the text cursor (Ctrl+Space)."""
        where = self.body_edit.viewport().mapToGlobal(self.body_edit.cursorRect().bottomLeft())
        self.field_menu.popup(where)

    def insert_field(self, name: str) -> None:
        """Put ``{{ name }}`` at the cursor, replacing any selection."""
        self.body_edit.textCursor().insertText(f"{{{{ {name} }}}}")
        self.body_edit.setFocus()

    def check_now(self) -> None:
        """Check the body at once: mark the first syntax error, or list the fields used."""
        self._timer.stop()
        body = self.body_edit.toPlainText()
        self.error = check_syntax(body)
        self._mark_error(self.error)
        if self.error is not None:
            e = self.error
            self.status_label.setText(
                f'<span style="color:{_ERROR_COLOUR.name()}">⚠ <a href="#error">Line {e.line}, column {e.column}</a>'
                f": {html.escape(e.message)}</span>"
            )
        else:
            self.status_label.setText(self._fields_summary(body))
        self.syntax_checked.emit(self.error)

    @staticmethod
    def _fields_summary(body: str) -> str:
        names = used_fields(body)
        if not names:
            return "No fields yet: Ctrl+Space inserts one."
        unknown = [n for n in names if describe(n) is None]
        text = "Fields: " + html.escape(", ".join(names))
        if unknown:
            text += (
                f' · <span style="color:{_ERROR_COLOUR.name()}">not in the catalogue: '
                f"{html.escape(', '.join(unknown))}</span> (typed in by hand when replying)"
            )
        return text

    def _mark_error(self, error: TemplateError | None) -> None:
        """A red wavy underline from the error's column to the end of its tag, and a tinted line."""
        if error is None:
            self.body_edit.setExtraSelections([])
            return
        doc = self.body_edit.document()
        block = doc.findBlockByNumber(max(0, error.line - 1))
        if not block.isValid():
            block = doc.lastBlock()
        text = block.text()
        col = min(max(0, error.column - 1), len(text))
        end = next((i + 2 for i in range(col, len(text) - 1) if text[i : i + 2] in ("}}", "%}")), len(text))
        if end <= col:  # at the end of the line: mark the last character instead
            col, end = max(0, len(text) - 1), len(text)
        line = QTextEdit.ExtraSelection()
        line.format.setBackground(QColor(_ERROR_COLOUR.red(), _ERROR_COLOUR.green(), _ERROR_COLOUR.blue(), 28))
        line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        line.cursor = QTextCursor(block)
        wave = QTextEdit.ExtraSelection()
        wave.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        wave.format.setUnderlineColor(_ERROR_COLOUR)
        wave.cursor = QTextCursor(doc)
        wave.cursor.setPosition(block.position() + col)
        wave.cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        self.body_edit.setExtraSelections([line, wave])

    def go_to_error(self, _link: str = "") -> None:
        """Put the cursor where the syntax error is."""
        if self.error is None:
            return
        block = self.body_edit.document().findBlockByNumber(max(0, self.error.line - 1))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(max(0, self.error.column - 1), block.length() - 1))
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    # -- saving and closing ----------------------------------------------------------------
    def save(self) -> bool:
        """Store the template (asking first if its body has a syntax error); True when saved."""
        draft = self.draft()
        if not draft.title:
            self.title_edit.setFocus()
            return False
        self.check_now()
        if self.error is not None and not self._confirm_save_with_error(self.error):
            self.go_to_error()
            return False
        try:
            stored = self.library.update(draft) if draft.id is not None else self.library.add(draft)
            if stored.pinned != draft.pinned and stored.id is not None:
                stored = self.library.set_pinned(stored.id, draft.pinned)
        except (LibraryError, TemplateNotFound, ValueError) as exc:
            ask(self, "Not saved", "The template could not be saved.", str(exc), "OK", "Close", danger=True)
            return False
        self.saved = stored
        self._initial = self._form_state()
        self.template_saved.emit(stored)
        self.accept()
        return True

    def _confirm_save_with_error(self, error: TemplateError) -> bool:
        return ask(
            self,
            "Save with an error?",
            f"Line {error.line}, column {error.column}: {error.message}",
            "Replies from this template will show the text unfilled until the error is fixed.",
            "Save anyway",
            "Keep editing",
            danger=True,
        )

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask before throwing away changes."""
        if self.is_modified() and not ask(
            self,
            "Discard changes?",
            "This template has changes that are not saved.",
            "Discard them and close the editor?",
            "Discard changes",
            "Keep editing",
            danger=True,
        ):
            return
        super().reject()
