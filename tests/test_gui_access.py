"""Keyboard and screen-reader access: names on every control, a sane tab order, small screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.gui_helpers import open_window as _window


def _focusable(win: MainWindow) -> list[QWidget]:
    return [
        w
        for w in win.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.parent() is not None
        and not w.objectName().startswith("qt_")
    ]


def test_every_focusable_control_has_an_accessible_name(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    unnamed = [
        f"{type(w).__name__}"
        for w in _focusable(win)
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []


def test_tab_goes_from_search_through_the_panes_in_reading_order(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    win.activateWindow()
    win.focus_search()
    qtbot.waitUntil(lambda: win.library_pane.search.hasFocus())
    order = []
    for _ in range(14):
        w = QApplication.focusWidget()
        order.append(w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else type(w).__name__))
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    wanted = ["Search templates", "Templates", "Customer email", "Fields", "Reply preview", "Copy reply"]
    assert all(name in order for name in wanted), " | ".join(order)
    positions = [order.index(name) for name in wanted]
    assert positions == sorted(positions), " | ".join(order)


def test_smallest_window_still_shows_every_pane(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    win.resize(900, 600)
    qtbot.wait(50)
    assert (win.width(), win.height()) == (900, 600)
    for pane in (win.library_pane, win.email_pane, win.preview_pane):
        assert pane.width() >= 150, type(pane).__name__
    assert win.preview_pane.copy_button.isVisible()
    assert win.preview_pane.copy_button.width() >= win.preview_pane.copy_button.sizeHint().width()


def test_question_mark_opens_the_sheet_outside_text_but_types_inside(
    qtbot: QtBot, library: object, data_dir: Path
) -> None:
    from PySide6.QtCore import QTimer

    from desktop.ui.dialogs import ShortcutsDialog

    win = _window(qtbot, library, data_dir)
    opened: list[str] = []

    def close_sheet() -> None:
        sheet = QApplication.activeModalWidget()
        if isinstance(sheet, ShortcutsDialog):
            opened.append(sheet.windowTitle())
            sheet.reject()

    win.email_pane.editor.setFocus()
    qtbot.keyClicks(win.email_pane.editor, "Table for 2?")
    assert win.email_pane.text() == "Table for 2?" and not opened
    win.activateWindow()
    win.library_pane.list.setFocus()
    qtbot.waitUntil(win.library_pane.list.hasFocus)
    QTimer.singleShot(50, close_sheet)
    qtbot.keyClick(win.library_pane.list, Qt.Key.Key_Question)
    assert opened == ["Keyboard shortcuts"]
