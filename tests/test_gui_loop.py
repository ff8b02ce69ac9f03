"""The whole loop through the real main window: search, choose, paste, preview, copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.conftest import ROD_EMAIL


@pytest.fixture
def window(qtbot: QtBot, library: object, data_dir: Path) -> MainWindow:
    win = MainWindow(library, settings_path=data_dir / "settings.ini")  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _paste_email(qtbot: QtBot, win: MainWindow, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    win.email_pane.editor.setFocus()
    qtbot.keyClick(win.email_pane.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_search_choose_paste_preview_copy(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.library_pane.search.hasFocus()
    qtbot.keyClicks(win.library_pane.search, "table book")
    titles = [win.library_pane.model.template_at(r).title for r in range(win.library_pane.model.rowCount())]
    assert titles and titles[0] == "Table booking confirmation"
    assert win.controller.template is not None
    assert win.controller.template.title == "Table booking confirmation"

    _paste_email(qtbot, win, ROD_EMAIL)
    assert win.email_pane.text() == ROD_EMAIL
    qtbot.waitUntil(lambda: "Rod" in win.preview_pane.text(), timeout=2000)
    preview = win.preview_pane.text()
    assert preview.startswith("Dear Rod,")
    assert win.preview_pane.checklist_model.rowCount() >= 2

    qtbot.mouseClick(win.preview_pane.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == preview
    assert "copied" in win.statusBar().currentMessage()


def test_keyboard_copy_keeps_the_users_edits(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _paste_email(qtbot, win, ROD_EMAIL)
    win.controller.flush()
    win.preview_pane.editor.setFocus()
    win.preview_pane.editor.moveCursor(win.preview_pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(win.preview_pane.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.preview_pane.editor, "PS: parking is free after 6pm.")
    _paste_email(qtbot, win, ROD_EMAIL + "\n")  # a changed email must not wipe the edits
    win.controller.flush()
    assert win.preview_pane.text().endswith("PS: parking is free after 6pm.")
    qtbot.keyClick(win, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text().endswith("PS: parking is free after 6pm.")


def test_checklist_flags_unfilled_placeholders(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    win.controller.choose_template(win.controller.library.resolve("Table booking"))
    report_ids = {r.id: r.status.value for r in win.controller._run_checklist().results}  # type: ignore[union-attr]
    assert report_ids["unfilled_placeholder"] == "fail"


def test_window_geometry_is_remembered(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = MainWindow(library, settings_path=data_dir / "settings.ini")  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    win.close()
    again = MainWindow(library, settings_path=data_dir / "settings.ini")  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (1000, 700)
