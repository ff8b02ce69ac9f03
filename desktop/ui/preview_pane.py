"""Right pane: the editable filled reply, the checklist and the Copy button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checklist import Report, RuleResult, Severity, Status
from desktop.core.checklist.fixes import can_apply
from desktop.ui.checklist_model import ChecklistModel
from desktop.ui.icons import icon


class PreviewPane(QWidget):
    """The reply preview (editable) above the checklist.

    Signals:
        reply_edited(str): the user typed in the preview.
        copy_requested(): the Copy button was pressed.
        copy_formatted_requested(): the Copy formatted button was pressed.
        fix_requested(object): apply the suggested fix of this RuleResult.
    """

    reply_edited = Signal(str)
    copy_requested = Signal()
    copy_formatted_requested = Signal()
    fix_requested = Signal(object)

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
        self.copy_button.setIcon(icon("copy"))
        self.copy_formatted_button = QPushButton("Copy formatted")
        self.copy_formatted_button.setAccessibleName("Copy formatted reply")
        self.copy_formatted_button.setToolTip("Copy with paragraphs and bold kept (Ctrl+Shift+Enter)")
        self.copy_formatted_button.setIcon(icon("copy-formatted"))
        self.explain = QLabel("")
        self.explain.setWordWrap(True)
        self.explain.setAccessibleName("Selected checklist item")
        self.apply_fix_button = QPushButton("Apply suggested fix")
        self.apply_fix_button.setAccessibleName("Apply suggested fix")
        self.apply_fix_button.setToolTip("Insert the example sentence where it belongs (Ctrl+Z undoes it)")
        self.apply_fix_button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(QLabel("<b>Reply</b>"))
        header.addStretch(1)
        header.addWidget(self.copy_formatted_button)
        header.addWidget(self.copy_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(header)
        top_layout.addWidget(self.editor, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        check_header = QHBoxLayout()
        check_header.addWidget(QLabel("<b>Checklist</b>"))
        check_header.addStretch(1)
        check_header.addWidget(self.score)
        bottom_layout.addLayout(check_header)
        bottom_layout.addWidget(self.checklist, 1)
        explain_row = QHBoxLayout()
        explain_row.addWidget(self.explain, 1)
        explain_row.addWidget(self.apply_fix_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom_layout.addLayout(explain_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([460, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._setting_text = False
        # Read the reply, then copy it, then look at the checklist.
        QWidget.setTabOrder(self.editor, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.copy_formatted_button)
        QWidget.setTabOrder(self.copy_formatted_button, self.checklist)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self.copy_button.clicked.connect(self.copy_requested)
        self.copy_formatted_button.clicked.connect(self.copy_formatted_requested)
        self.checklist.clicked.connect(self._on_result_clicked)
        self.checklist.activated.connect(self._on_result_clicked)
        self.checklist.selectionModel().currentChanged.connect(self._on_result_current)
        self.apply_fix_button.clicked.connect(self._on_apply_fix)

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
        """Show checklist results and the score, and mark failed spans in the reply."""
        self.checklist_model.set_report(report)
        self.score.setText(f"<b>{report.score}</b>/100 · {report.label}" if report else "")
        self.explain.setText("")
        self.apply_fix_button.setEnabled(False)
        self._mark(report)

    def _mark(self, report: Report | None) -> None:
        selections = []
        length = len(self.editor.toPlainText())
        for result in report.results if report else ():
            if result.status is not Status.FAIL:
                continue
            fmt = QTextCharFormat()
            colour = QColor("#c62828") if result.severity is Severity.BLOCKER else QColor("#ef6c00")
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour)
            if result.severity is Severity.BLOCKER:
                fmt.setBackground(QColor(229, 57, 53, 50))
            fmt.setToolTip(result.title)
            for start, end in result.spans:
                if not 0 <= start < end <= length:
                    continue
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.editor.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor  # type: ignore[attr-defined]
                sel.format = fmt  # type: ignore[attr-defined]
                selections.append(sel)
        self.editor.setExtraSelections(selections)

    def marked_spans(self) -> list[tuple[int, int]]:
        """Spans of the reply marked as failing (for tests and accessibility checks)."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.editor.extraSelections()]

    def _on_result_current(self, current: object, _previous: object) -> None:
        result = self.checklist_model.result_at(self.checklist.currentIndex().row())
        self.apply_fix_button.setEnabled(result is not None and can_apply(result))
        if result is None:
            self.explain.setText("")
            return
        text = f"<b>{result.title}</b> — {result.why}"
        if result.detail:
            text += f"<br>{result.detail}"
        if result.status is Status.FAIL and result.fix:
            text += f"<br><i>Fix:</i> {result.fix}"
        self.explain.setText(text)

    def _on_apply_fix(self) -> None:
        result = self.checklist_model.result_at(self.checklist.currentIndex().row())
        if result is not None and can_apply(result):
            self.fix_requested.emit(result)

    def replace_text_as_edit(self, text: str) -> None:
        """Replace the reply as the user would (one undo step), reporting it as an edit."""
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def _on_result_clicked(self, index: object) -> None:
        result: RuleResult | None = self.checklist_model.result_at(self.checklist.currentIndex().row())
        if result is None or not result.spans:
            return
        start, end = result.spans[0]
        cursor = self.editor.textCursor()
        cursor.setPosition(min(start, len(self.text())))
        cursor.setPosition(min(end, len(self.text())), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
