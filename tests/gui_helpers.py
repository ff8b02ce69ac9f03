"""Helpers shared by the GUI tests."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def open_window(qtbot: QtBot, library: object, data_dir: Path) -> MainWindow:
    """A shown main window on ``library``, closed by qtbot after the test."""
    win = MainWindow(library, settings_path=data_dir / "settings.ini")  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
