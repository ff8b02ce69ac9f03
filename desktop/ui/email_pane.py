"""Centre pane: where the customer's email is pasted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class EmailPane(QWidget):
    """A plain-text box for the customer's email and a line about what was found.

    Signals:
        email_changed(str): the email text changed.
    """

    email_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            "Paste the customer's email here (Ctrl+V).\n\n"
            "Replygem reads their name, dates, times and party size from it and fills the reply."
        )
        self.editor.setAccessibleName("Customer email")
        self.editor.setTabChangesFocus(True)
        self.found = QLabel("")
        self.found.setWordWrap(True)
        self.found.setAccessibleName("Fields found in the email")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Customer email</b>"))
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.found)
        self.editor.textChanged.connect(lambda: self.email_changed.emit(self.editor.toPlainText()))

    def text(self) -> str:
        """The email as it stands."""
        return self.editor.toPlainText()

    def show_found(self, values: dict[str, object]) -> None:
        """Say in one line which fields were read from the email."""
        if not values:
            self.found.setText("")
            return
        parts = [f"{k.replace('_', ' ')}: <b>{v}</b>" for k, v in values.items()]
        self.found.setText("Found — " + ", ".join(parts))
