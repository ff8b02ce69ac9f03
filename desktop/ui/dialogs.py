"""Small dialogs: the shortcuts sheet and the copy guard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checklist import RuleResult
from desktop.ui.actions import ACTIONS, ActionSpec, shortcut_sheet


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut on one sheet (F1)."""

    def __init__(self, parent: QWidget | None = None, specs: tuple[ActionSpec, ...] = ACTIONS) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = shortcut_sheet(specs)
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels(["Where", "What", "Keys"])
        table.setAccessibleName("Keyboard shortcuts")
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(620, 520)


def confirm_copy_despite(parent: QWidget, blockers: tuple[RuleResult, ...]) -> bool:
    """Ask before copying a reply with blockers; True when the user copies anyway."""
    items = "\n".join(f"• {b.title}" + (f" — {b.fix}" if b.fix else "") for b in blockers)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Check before sending")
    box.setText("This reply has problems a customer must never see:")
    box.setInformativeText(items + "\n\nCopy it anyway?")
    copy = box.addButton("Copy anyway", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Go back and fix", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(QMessageBox.StandardButton.NoButton)
    box.exec()
    return box.clickedButton() is copy
