"""Put text on the system clipboard: pyperclip first, Qt's clipboard where pyperclip has none."""

from __future__ import annotations

import pyperclip
from PySide6.QtGui import QGuiApplication


def copy_text(text: str) -> str:
    """Copy ``text``; return which mechanism did it ("system" or "Qt")."""
    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        QGuiApplication.clipboard().setText(text)
        return "Qt"
    return "system"
