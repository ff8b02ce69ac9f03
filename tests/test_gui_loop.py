"""The whole loop through the real main window, driven by the keyboard as a receptionist would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.profile import Profile
from desktop.ui.fields_model import FieldsModel
from desktop.ui.main_window import MainWindow
from tests.conftest import ROD_EMAIL

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, library: object, data_dir: Path) -> MainWindow:
    library.save_profile(Profile(sender_name="Linda", business_name="Bella Vista"))  # type: ignore[attr-defined]
    win = MainWindow(library, settings_path=data_dir / "settings.ini")  # type: ignore[arg-type]
    win.controller.today = date(2024, 10, 1)
    win.controller.profile = library.profile()  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _paste_email(qtbot: QtBot, win: MainWindow, text: str) -> None:
    """Ctrl+L to the email box, select all, Ctrl+V: what a user does with a new email."""
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(win, Qt.Key.Key_L, CTRL)
    assert win.email_pane.editor.hasFocus()
    qtbot.keyClick(win.email_pane.editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(win.email_pane.editor, Qt.Key.Key_V, CTRL)


def _choose(qtbot: QtBot, win: MainWindow, query: str) -> None:
    qtbot.keyClick(win, Qt.Key.Key_K, CTRL)
    assert win.library_pane.search.hasFocus()
    qtbot.keyClicks(win.library_pane.search, query)


def test_whole_loop_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _choose(qtbot, win, "table book")
    model = win.library_pane.model
    titles = [model.template_at(r).title for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert titles[0] == "Table booking confirmation"
    if len(titles) > 1:  # Down then Up comes back to the first
        qtbot.keyClick(win.library_pane.search, Qt.Key.Key_Down)
        assert win.controller.template.title == titles[1]  # type: ignore[union-attr]
        qtbot.keyClick(win.library_pane.search, Qt.Key.Key_Up)
    assert win.controller.template.title == "Table booking confirmation"  # type: ignore[union-attr]

    _paste_email(qtbot, win, ROD_EMAIL)
    assert win.email_pane.text() == ROD_EMAIL
    qtbot.waitUntil(lambda: win.preview_pane.text().startswith("Dear Rod,"), timeout=3000)
    preview = win.preview_pane.text()
    assert "Friday 15 November" in preview and "7:30pm" in preview and "Linda" in preview

    # The values are highlighted where they were found in the email.
    spans = win.email_pane.highlighted_spans()
    found = {ROD_EMAIL[s:e] for s, e in spans}
    assert "Rod" in found and any("7:30" in f for f in found) and any("8" in f for f in found)

    # The fields form shows the party size read from the email; change it by keyboard.
    form = win.email_pane.fields
    fmodel = form.fields_model
    row = fmodel.row_of("party_size")
    assert fmodel.row_at(row).value == "8"  # type: ignore[union-attr]
    assert fmodel.row_at(row).source == "email"  # type: ignore[union-attr]
    qtbot.keyClick(win, Qt.Key.Key_D, CTRL)
    assert form.hasFocus()
    # Focus lands on the first field; Right to its value, Down to the party size.
    assert form.currentIndex().row() == 0
    while form.currentIndex().column() < FieldsModel.VALUE:
        qtbot.keyClick(form, Qt.Key.Key_Right)
    for _ in range(row):
        qtbot.keyClick(form, Qt.Key.Key_Down)
    assert form.currentIndex().row() == row
    qtbot.keyClick(form, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "9")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "your table for 9 on" in win.preview_pane.text(), timeout=3000)
    assert fmodel.row_at(row).source == "you"  # type: ignore[union-attr]
    report_before = win.controller.report
    assert report_before is not None and win.preview_pane.checklist_model.rowCount() >= 2

    # Re-reading the email never overwrites what the user typed.
    _paste_email(qtbot, win, ROD_EMAIL.replace("Rod", "Roderick"))
    win.controller.flush()
    assert "your table for 9 on" in win.preview_pane.text()

    qtbot.keyClick(win, Qt.Key.Key_Return, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert copied == win.preview_pane.text()
    assert "copied" in win.statusBar().currentMessage()
    assert win.controller.library.resolve("Table booking confirmation").use_count == 1


def test_copy_formatted_gives_html_and_plain_text(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _choose(qtbot, win, "table booking")
    _paste_email(qtbot, win, ROD_EMAIL)
    win.controller.flush()
    qtbot.keyClick(win, Qt.Key.Key_Return, CTRL | SHIFT)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert mime.text() == win.preview_pane.text()
    assert "<p>Dear Rod,</p>" in mime.html()


def test_edits_to_the_reply_survive_a_new_email(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _choose(qtbot, win, "table booking")
    _paste_email(qtbot, win, ROD_EMAIL)
    win.controller.flush()
    qtbot.keyClick(win, Qt.Key.Key_J, CTRL)
    win.preview_pane.editor.moveCursor(win.preview_pane.editor.textCursor().MoveOperation.End)
    qtbot.keyClick(win.preview_pane.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.preview_pane.editor, "PS: parking is free after 6pm.")
    _paste_email(qtbot, win, ROD_EMAIL + "\n")
    win.controller.flush()
    assert win.preview_pane.text().endswith("PS: parking is free after 6pm.")
    qtbot.keyClick(win, Qt.Key.Key_R, CTRL)
    assert "PS: parking" not in win.preview_pane.text()


def _answer_next_dialog(button_text: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for b in box.buttons():
            if b.text() == button_text:
                b.click()

    QTimer.singleShot(20, answer)


def test_copy_guard_stops_unfilled_placeholders_unless_confirmed(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _choose(qtbot, win, "table booking")  # no email: date, time and party size are unfilled
    win.controller.flush()
    assert any(r.id == "unfilled_placeholder" for r in win.controller.blockers())
    assert win.preview_pane.marked_spans(), "unfilled placeholders are marked in the reply"
    QGuiApplication.clipboard().setText("before")
    seen: list[str] = []
    _answer_next_dialog("Go back and fix", seen)
    win.copy_reply()
    assert seen and QGuiApplication.clipboard().text() == "before"
    _answer_next_dialog("Copy anyway", seen)
    win.copy_reply()
    assert QGuiApplication.clipboard().text() == win.preview_pane.text()


def test_clicking_a_checklist_item_selects_its_span(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _choose(qtbot, win, "table booking")
    win.controller.flush()
    view, model = win.preview_pane.checklist, win.preview_pane.checklist_model
    row = next(r for r in range(model.rowCount()) if model.result_at(r).id == "unfilled_placeholder")  # type: ignore[union-attr]
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = win.preview_pane.editor.textCursor().selectedText()
    assert selected.startswith("[") and selected.endswith("]")
    assert "No unfilled placeholders" in win.preview_pane.explain.text() or win.preview_pane.explain.text()


def test_window_geometry_and_splitters_are_remembered(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = MainWindow(library, settings_path=data_dir / "settings.ini")  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    win.splitter.setSizes([200, 400, 384])
    sizes = win.splitter.sizes()
    win.close()
    again = MainWindow(library, settings_path=data_dir / "settings.ini")  # type: ignore[arg-type]
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (1000, 700)
    assert again.splitter.sizes() == sizes


def test_shortcuts_sheet_lists_every_action(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.ui.actions import ACTIONS
    from desktop.ui.dialogs import ShortcutsDialog

    sheet = ShortcutsDialog(window)
    qtbot.addWidget(sheet)
    texts = {sheet.table.item(r, 1).text() for r in range(sheet.table.rowCount())}
    assert {a.text.replace("&", "").rstrip("…") for a in ACTIONS} <= texts
    # Everything used between calls has a key; only rare maintenance lives in the menu alone.
    without_keys = {name for name, action in window.actions_by_name.items() if not action.shortcut().toString()}
    assert without_keys == {"rebuild"}


def test_pasting_an_email_suggests_and_preselects_the_best_template(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    delayed = (Path(__file__).parent.parent / "templates_seed" / "delayed-order.email.txt").read_text(encoding="utf-8")
    _paste_email(qtbot, win, delayed)
    win.controller.flush()
    model = win.library_pane.model
    assert "suggested" in win.library_pane.heading.text()
    top3 = [model.template_at(r).title for r in range(3)]  # type: ignore[union-attr]
    assert "Delayed order" in top3
    assert win.controller.template is not None and win.controller.template.title == top3[0]


def test_a_template_the_user_chose_is_kept_when_an_email_is_pasted(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _choose(qtbot, win, "refund")
    qtbot.keyClick(win.library_pane.search, Qt.Key.Key_Escape)  # clear the search, keep the choice
    qtbot.keyClick(win.library_pane.list, Qt.Key.Key_Down)
    chosen = win.controller.template
    assert chosen is not None
    _paste_email(qtbot, win, ROD_EMAIL)
    win.controller.flush()
    assert win.controller.template == chosen


def test_a_suggested_fix_is_applied_with_one_click_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    _choose(qtbot, win, "table booking")
    _paste_email(qtbot, win, ROD_EMAIL)
    win.controller.flush()
    editor = win.preview_pane.editor
    editor.setPlainText("Hello,\n\nYour table for 8 on Friday 15 November at 7:30pm is booked.\n\nBest wishes,\nLinda")
    model, view = win.preview_pane.checklist_model, win.preview_pane.checklist
    row = next(r for r in range(model.rowCount()) if model.result_at(r).id == "uses_name")  # type: ignore[union-attr]
    view.setCurrentIndex(model.index(row, 0))
    assert win.preview_pane.apply_fix_button.isEnabled()
    qtbot.mouseClick(win.preview_pane.apply_fix_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText().startswith("Dear Rod,")
    assert win.controller.report is not None and win.controller.report.result("uses_name").status.value == "pass"
    editor.undo()
    assert editor.toPlainText().startswith("Hello,")


def test_library_keys_in_the_window_edit_delete_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+E edits the chosen template and the reply refills; Del and Ctrl+Z in the list trash and restore."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.editor.template_editor import TemplateEditorDialog

    win = window
    _choose(qtbot, win, "table booking")
    _paste_email(qtbot, win, ROD_EMAIL)
    win.controller.flush()

    def edit(dialog: QDialog) -> int:
        assert isinstance(dialog, TemplateEditorDialog)
        dialog.body_edit.setPlainText(
            "Hello {{ customer_first_name }}, see you at {{ time | clock }}. {{ sender_name }}"
        )
        assert dialog.save()
        return int(QDialog.DialogCode.Accepted)

    win.ops.run_dialog = edit
    qtbot.keyClick(win, Qt.Key.Key_E, CTRL)
    assert win.preview_pane.text() == "Hello Rod, see you at 7:30pm. Linda"
    assert len(win.controller.library.revisions(win.controller.template.id)) == 2  # type: ignore[union-attr]

    title = win.controller.template.title  # type: ignore[union-attr]
    win.library_pane.list.setFocus()
    qtbot.keyClick(win.library_pane.list, Qt.Key.Key_Delete)
    assert title not in {t.title for t in win.controller.library.list()}
    assert "moved to the trash" in win.statusBar().currentMessage()
    qtbot.keyClick(win.library_pane.list, Qt.Key.Key_Z, CTRL)
    assert title in {t.title for t in win.controller.library.list()}


def test_a_new_window_chooses_nothing_and_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    assert win.controller.template is None
    assert win.preview_pane.text() == ""
    assert "Choose a template" in win.preview_pane.editor.placeholderText()
    assert win.library_pane.model.rowCount() >= 24
    thread = win.controller.warm_up()
    thread.join(timeout=30)
    assert not thread.is_alive()
