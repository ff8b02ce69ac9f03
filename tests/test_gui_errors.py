"""An unexpected error shows a message and is logged; it does not close the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.errors import install_error_handler


def test_uncaught_error_is_shown_and_logged(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "errors.log"
    previous = install_error_handler(log)
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + " " + box.informativeText())
            box.accept()
        else:
            QTimer.singleShot(20, close_box)

    try:
        QTimer.singleShot(20, close_box)
        try:
            raise ValueError("odd value in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
    assert seen and "your work is still here" in seen[0] and "odd value in a slot" in seen[0]
    assert "ValueError: odd value in a slot" in log.read_text(encoding="utf-8")
