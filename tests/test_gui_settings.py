"""Settings and the first-run welcome, through the real dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui_helpers import open_window as _window


def test_first_run_asks_who_signs_then_shows_the_example(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    dialog = win.maybe_welcome()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.sender_edit, "Linda")
    qtbot.keyClicks(dialog.business_edit, "Bella Vista")
    dialog.clock.setCurrentIndex(dialog.clock.findData("24h"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    win.controller.flush()
    assert library.profile().sender_name == "Linda"  # type: ignore[attr-defined]
    assert win.controller.template is not None
    assert win.controller.template.title == "Table booking confirmation"
    assert win.email_pane.text().strip()
    reply = win.preview_pane.text()
    assert "Linda" in reply and "Bella Vista" in reply
    assert "pm" not in reply.split("at ")[1][:8], "24-hour clock chosen"
    # Only once.
    again = _window(qtbot, library, data_dir)
    assert again.maybe_welcome() is None


def test_settings_dialog_round_trips_the_profile(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    dialog = win.show_settings()
    qtbot.keyClicks(dialog.sender_edit, "Sam")
    dialog.signature.setPlainText("The Old Mill B&B\n01632 960123")
    dialog.region.setCurrentIndex(dialog.region.findData("US"))
    dialog.date_style.setCurrentIndex(dialog.date_style.findData("%B %-d, %Y"))
    dialog.copy_guard.setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    profile = library.profile()  # type: ignore[attr-defined]
    assert (profile.sender_name, profile.phone_region, profile.date_format) == ("Sam", "US", "%B %-d, %Y")
    assert profile.sender_signature == "The Old Mill B&B\n01632 960123"
    assert profile.copy_guard is False
    assert win.controller.profile == profile


def test_cancel_changes_nothing(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    before = library.profile()  # type: ignore[attr-defined]
    dialog = win.show_settings()
    qtbot.keyClicks(dialog.sender_edit, "Nobody")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert library.profile() == before  # type: ignore[attr-defined]


def test_own_phrase_rules_are_added_and_checked(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    win.controller.choose_template(library.resolve("Table booking confirmation"))  # type: ignore[attr-defined]
    dialog = win.show_phrase_rules()
    qtbot.keyClicks(dialog.phrase, "looking forward")
    qtbot.keyClick(dialog.phrase, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "must never appear"
    dialog.close()
    report = win.controller.report
    assert report is not None
    own = [r for r in report.results if r.id.startswith("user_rule_")]
    assert len(own) == 1 and own[0].status.value == "fail" and own[0].spans
    # An empty phrase is refused with a message, not stored.
    dialog = win.show_phrase_rules()
    qtbot.keyClick(dialog.phrase, Qt.Key.Key_Return)
    assert dialog.error.text() and dialog.table.rowCount() == 1
