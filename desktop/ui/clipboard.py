"""Put the reply on the system clipboard: plain text through pyperclip, formatted through Qt."""

from __future__ import annotations

import pyperclip
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from desktop.core.outgoing import reply_to_html


def copy_text(text: str) -> str:
    """Copy ``text``; return which mechanism did it ("system" or "Qt")."""
    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        QGuiApplication.clipboard().setText(text)
        return "Qt"
    return "system"


def copy_formatted(text: str) -> None:
    """Copy HTML and plain text together, so rich mail editors keep paragraphs and bold."""
    mime = QMimeData()
    mime.setHtml(reply_to_html(text))
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)
