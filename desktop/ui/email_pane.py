"""Centre pane: the customer's email (paste or drop a file) and the fields read from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QTextEdit, QVBoxLayout, QWidget

from desktop.core.compose import FieldRow
from desktop.ui.fields_form import FieldsForm

DROPPABLE = (".eml", ".txt", ".html", ".htm", ".msg.txt")


def _dropped_file(mime: QMimeData) -> Path | None:
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in DROPPABLE else None


class EmailEditor(QPlainTextEdit):
    """Plain-text editor that also accepts one dropped .eml, .txt or .html file.

    Signals:
        file_dropped(str): the path of a dropped email file.
    """

    file_dropped = Signal(str)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.file_dropped.emit(str(path))


class EmailPane(QWidget):
    """The email box above the fields form.

    Signals:
        email_changed(str): the email text changed.
        file_dropped(str): an email file was dropped on the box.
        field_edited(str, str): the user set a field's value in the form.
    """

    email_changed = Signal(str)
    file_dropped = Signal(str)
    field_edited = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = EmailEditor()
        self.editor.setPlaceholderText(
            "Paste the customer's email here (Ctrl+V), or drop an .eml, .txt or .html file.\n\n"
            "Replygem reads their name, dates, times, party size and booking reference from it "
            "and fills the reply."
        )
        self.editor.setAccessibleName("Customer email")
        self.editor.setTabChangesFocus(True)
        self.fields = FieldsForm()
        self.warnings = QLabel("")
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName("Warnings about the email")
        self.warnings.setStyleSheet("color: #b26a00;")
        self.warnings.hide()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(
            QLabel("<b>Fields</b> <span style='color:gray'>(double-click a value to change it)</span>")
        )
        lower_layout.addWidget(self.warnings)
        lower_layout.addWidget(self.fields, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Customer email</b>"))
        layout.addWidget(self.splitter, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(lambda: self.email_changed.emit(self.editor.toPlainText()))
        self.editor.file_dropped.connect(self.file_dropped)
        self.fields.value_edited.connect(self.field_edited)
        self.fields.evidence_clicked.connect(self.select_span)

    def text(self) -> str:
        """The email as it stands."""
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the email (a dropped file); undo brings the old one back."""
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def show_fields(self, rows: list[FieldRow], warnings: tuple[str, ...], spans: list[tuple[int, int]]) -> None:
        """Show the field rows, warnings, and highlight the spans values came from."""
        self.fields.set_rows(rows)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self._highlight(spans)

    def _highlight(self, spans: list[tuple[int, int]]) -> None:
        fmt = QTextCharFormat()
        # Opaque amber with dark text reads the same in light and dark palettes.
        fmt.setBackground(QColor("#ffe08a"))
        fmt.setForeground(QColor("#202124"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        selections = []
        length = len(self.editor.toPlainText())
        for start, end in spans:
            if not 0 <= start < end <= length:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format = fmt  # type: ignore[attr-defined]
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor  # type: ignore[attr-defined]
            selections.append(sel)
        self.editor.setExtraSelections(selections)

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """The spans currently highlighted (for tests and accessibility checks)."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.editor.extraSelections()]

    def select_span(self, start: int, end: int) -> None:
        """Select ``start..end`` of the email and scroll to it."""
        cursor = self.editor.textCursor()
        cursor.setPosition(min(start, len(self.text())))
        cursor.setPosition(min(end, len(self.text())), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
