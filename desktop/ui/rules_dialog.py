"""The user's own checklist rules: phrases a reply must never, or must always, contain."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Kind, PhraseRule, Template
from desktop.store import Library


class PhraseRulesDialog(QDialog):
    """Lists the library's phrase rules and adds or deletes them.

    Signals are not needed: the dialog writes through the library and the
    caller re-runs the checklist when it closes.
    """

    def __init__(self, library: Library, template: Template | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("My checklist rules")
        self.library = library
        self.template = template
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Phrase", "Rule", "Applies to"])
        self.table.setAccessibleName("Checklist rules")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.phrase = QLineEdit(placeholderText="e.g. no worries")
        self.phrase.setAccessibleName("New phrase")
        self.mode = QComboBox()
        self.mode.setAccessibleName("Forbidden or required")
        self.mode.addItem("must never appear", "forbidden")
        self.mode.addItem("must appear", "required")
        self.scope = QComboBox()
        self.scope.setAccessibleName("Applies to")
        self.scope.addItem("every reply", ("all", None))
        for k in Kind:
            self.scope.addItem(f"{k.value} replies", (k.value, None))
        if template is not None and template.id is not None:
            self.scope.addItem(f"“{template.title}” only", (template.kind.value, template.id))
        self.add_button = QPushButton("&Add rule")
        self.delete_button = QPushButton("&Delete rule")
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c62828;")
        add_row = QHBoxLayout()
        add_row.addWidget(self.phrase, 2)
        add_row.addWidget(self.mode)
        add_row.addWidget(self.scope)
        add_row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Your own phrases for the checklist, on top of the built-in rules."))
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_rule)
        self.phrase.returnPressed.connect(self.add_rule)
        self.delete_button.clicked.connect(self.delete_selected)
        self.resize(640, 400)
        self._rules: list[PhraseRule] = []
        self.reload()

    def reload(self) -> None:
        """Show the rules as stored."""
        self._rules = self.library.phrase_rules()
        titles = {t.id: t.title for t in self.library.list()}
        self.table.setRowCount(len(self._rules))
        for row, r in enumerate(self._rules):
            scope = (
                f"“{titles.get(r.template_id, '?')}”"
                if r.template_id
                else ("every reply" if r.kind == "all" else f"{r.kind} replies")
            )
            mode = "must never appear" if r.mode.value == "forbidden" else "must appear"
            for col, text in enumerate((r.phrase, mode, scope)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def add_rule(self) -> None:
        """Store the phrase typed in the add row."""
        kind, template_id = self.scope.currentData()
        try:
            self.library.add_phrase_rule(
                self.phrase.text(), mode=self.mode.currentData(), kind=kind, template_id=template_id
            )
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.phrase.clear()
        self.reload()

    def delete_selected(self) -> None:
        """Delete the selected rule after asking."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._rules):
            return
        rule = self._rules[row]
        answer = QMessageBox.question(self, "Delete rule", f"Delete the rule for “{rule.phrase}”?")
        if answer == QMessageBox.StandardButton.Yes and rule.id is not None:
            self.library.delete_phrase_rule(rule.id)
            self.reload()
