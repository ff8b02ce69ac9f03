"""Right pane: the editable filled reply, the checklist and the Copy button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.checklist import Report, RuleResult
from desktop.ui.checklist_model import ChecklistModel


class PreviewPane(QWidget):
    """The reply preview (editable) above the checklist.

    Signals:
        reply_edited(str): the user typed in the preview.
        copy_requested(): the Copy button was pressed.
    """

    reply_edited = Signal(str)
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Reply preview")
        self.editor.setPlaceholderText("Choose a template on the left: the filled reply appears here.")
        self.editor.setTabChangesFocus(True)
        self.score = QLabel("")
        self.score.setAccessibleName("Checklist score")
        self.checklist_model = ChecklistModel(self)
        self.checklist = QListView()
        self.checklist.setModel(self.checklist_model)
        self.checklist.setAccessibleName("Checklist")
        self.checklist.setWordWrap(True)
        self.copy_button = QPushButton("Copy reply")
        self.copy_button.setAccessibleName("Copy reply")
        self.copy_button.setToolTip("Copy the reply to the clipboard (Ctrl+Shift+C)")
        self.copy_button.setDefault(True)
        header = QHBoxLayout()
        header.addWidget(QLabel("<b>Reply</b>"))
        header.addStretch(1)
        header.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.editor, 3)
        check_header = QHBoxLayout()
        check_header.addWidget(QLabel("<b>Checklist</b>"))
        check_header.addStretch(1)
        check_header.addWidget(self.score)
        layout.addLayout(check_header)
        layout.addWidget(self.checklist, 2)
        self._setting_text = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self.copy_button.clicked.connect(self.copy_requested)
        self.checklist.clicked.connect(self._on_result_clicked)

    def _on_text_changed(self) -> None:
        if not self._setting_text:
            self.reply_edited.emit(self.editor.toPlainText())

    def text(self) -> str:
        """The reply as it stands, with any edits."""
        return self.editor.toPlainText()

    def set_reply(self, text: str) -> None:
        """Replace the reply text (not reported as a user edit)."""
        self._setting_text = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._setting_text = False

    def show_report(self, report: Report | None) -> None:
        """Show checklist results and the score."""
        self.checklist_model.set_report(report)
        self.score.setText(f"{report.score}/100 · {report.label}" if report else "")

    def _on_result_clicked(self, index: object) -> None:
        result: RuleResult | None = self.checklist_model.result_at(self.checklist.currentIndex().row())
        if result is None or not result.spans:
            return
        start, end = result.spans[0]
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
