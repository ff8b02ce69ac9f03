"""Library management through the real widgets: editor, insert-field menu, syntax marker, history, trash, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.models import Kind, Template
from desktop.store import Library
from desktop.ui.editor.highlighter import PlaceholderHighlighter
from desktop.ui.editor.history import HistoryDialog
from desktop.ui.editor.library_ops import LibraryOps
from desktop.ui.editor.template_editor import TemplateEditorDialog
from desktop.ui.editor.trash import TrashDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal message box (they run their own event loop)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(20, answer)


def _hide(dialog: QDialog) -> None:
    dialog.hide()


def _editor(qtbot: QtBot, library: Library, template: Template | None = None) -> TemplateEditorDialog:
    dialog = TemplateEditorDialog(library, template, None)
    # Closing a dialog with unsaved changes asks first; a failed test must not leave that question open.
    qtbot.addWidget(dialog, before_close_func=_hide)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _type_body(qtbot: QtBot, dialog: TemplateEditorDialog, text: str) -> None:
    dialog.body_edit.setFocus()
    dialog.body_edit.selectAll()
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Delete)
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.body_edit, line)


def _edit(qtbot: QtBot, library: Library, template: Template, body: str) -> Template:
    dialog = _editor(qtbot, library, library.get(template.id or 0))
    _type_body(qtbot, dialog, body)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_S, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None
    return dialog.saved


def _run_with(*steps: Callable[[QDialog], None]) -> Callable[[QDialog], int]:
    """A run_dialog for LibraryOps: show the dialog, do ``steps`` on it, return its result (no exec)."""

    def run(dialog: QDialog) -> int:
        dialog.show()
        for step in steps:
            step(dialog)
        return dialog.result()

    return run


def test_create_template_with_keyboard_and_insert_menu(qtbot: QtBot, library: Library) -> None:
    before = library.count()
    dialog = _editor(qtbot, library)
    assert not dialog.save_button.isEnabled()  # no title yet
    assert dialog.title_edit.hasFocus()
    qtbot.keyClicks(dialog.title_edit, "Parking question")
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    assert dialog.kind_combo.hasFocus()
    qtbot.keyClicks(dialog.kind_combo, "Diamond")
    assert dialog.draft().kind is Kind.DIAMOND
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.pinned_check, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.pinned_check, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.tags_edit, "restaurant, parking, Parking")
    qtbot.keyClick(dialog.tags_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.when_edit, "A guest asks where to park")
    _type_body(qtbot, dialog, "Hi {{ customer_first_name }},\nYes, parking is free. ")
    dialog.field_menu.field_actions["sender_name"].trigger()  # the insert-field menu
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_S, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None and saved.id is not None
    assert library.count() == before + 1
    stored = library.get(saved.id)
    assert stored == saved
    assert stored.title == "Parking question" and stored.kind is Kind.DIAMOND and stored.pinned
    assert stored.tags == ("restaurant", "parking") and stored.when == "A guest asks where to park"
    assert stored.body == "Hi {{ customer_first_name }},\nYes, parking is free. {{ sender_name }}"
    assert len(library.revisions(saved.id)) == 1


def test_ctrl_space_opens_the_field_menu_at_the_cursor(qtbot: QtBot, library: Library) -> None:
    dialog = _editor(qtbot, library)
    _type_body(qtbot, dialog, "Dear ")
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Space, CTRL)
    menu = dialog.field_menu
    qtbot.waitUntil(menu.isVisible)
    names = [a.data() for a in menu.actions() if a.data()]
    assert names[:2] == ["customer_name", "customer_first_name"] and "today" in names
    assert all(a.text().count("—") == 1 for a in menu.actions() if a.data())  # each with its description
    assert next(a.text() for a in menu.actions() if a.isSeparator()) == "Customer"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().data() == "customer_first_name"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert dialog.body_edit.toPlainText() == "Dear {{ customer_first_name }}"
    assert isinstance(dialog.insert_button.menu(), QMenu)


def test_syntax_error_shows_an_inline_marker_with_line_and_column(qtbot: QtBot, library: Library) -> None:
    dialog = _editor(qtbot, library)
    _type_body(qtbot, dialog, "Hello {{ customer_name }}\n\nSee you {% if date %}soon")
    with qtbot.waitSignal(dialog.syntax_checked, timeout=2000):
        pass  # the check is debounced: it runs after typing pauses
    error = dialog.error
    assert error is not None and (error.line, error.column) == (3, 9)
    assert "Line 3, column 9" in dialog.status_label.text() and "endif" in dialog.status_label.text()
    wave = [
        s
        for s in dialog.body_edit.extraSelections()
        if s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]
    assert len(wave) == 1
    assert wave[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    block = dialog.body_edit.document().findBlockByNumber(2)
    assert wave[0].cursor.selectionStart() == block.position() + 8
    assert wave[0].cursor.selectedText() == "{% if date %}"

    qtbot.keyClicks(dialog.body_edit, "{% endif %}")
    dialog.check_now()
    assert dialog.error is None and dialog.body_edit.extraSelections() == []
    assert "customer_name, date" in dialog.status_label.text()


def test_saving_a_broken_body_asks_first(qtbot: QtBot, library: Library) -> None:
    dialog = _editor(qtbot, library)
    qtbot.keyClicks(dialog.title_edit, "Broken")
    _type_body(qtbot, dialog, "{{ customer_name ")
    seen: list[str] = []
    _answer_next_box("Keep editing", seen)
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_S, CTRL)
    assert seen and "Line 1" in seen[0]
    assert dialog.isVisible() and dialog.saved is None
    _answer_next_box("Save anyway", seen)
    dialog.save_button.click()
    assert dialog.saved is not None and library.get(dialog.saved.id or 0).body == "{{ customer_name "


def test_cancel_asks_only_when_there_are_changes(qtbot: QtBot, library: Library) -> None:
    template = library.list()[0]
    dialog = _editor(qtbot, library, template)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()

    dialog = _editor(qtbot, library, template)
    qtbot.keyClicks(dialog.title_edit, " (edited)")
    seen: list[str] = []
    _answer_next_box("Keep editing", seen)
    dialog.cancel_button.click()
    assert seen == ["This template has changes that are not saved."] and dialog.isVisible()
    _answer_next_box("Discard changes", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert library.get(template.id or 0).title == template.title


def test_three_edits_then_history_restores_the_first_keeping_all(qtbot: QtBot, library: Library) -> None:
    template = library.list()[0]
    first_body = template.body
    for n in range(1, 4):
        _edit(qtbot, library, template, f"Version {n} for {{{{ customer_name }}}}")
    assert library.get(template.id or 0).body == "Version 3 for {{ customer_name }}"

    history = HistoryDialog(library, library.get(template.id or 0), None)
    qtbot.addWidget(history)
    history.show()
    model = history.model
    assert model.rowCount() == 4
    assert [model.revision_at(r).number for r in range(4)] == [4, 3, 2, 1]  # type: ignore[union-attr]
    assert model.index(0, 0).data() == "4 (current)"
    assert not history.restore_button.isEnabled()  # the current version
    assert history.preview.isReadOnly() and history.preview.toPlainText().startswith("Version 3")
    history.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(history.table, Qt.Key.Key_Down)
    assert history.selected_revision().number == 1  # type: ignore[union-attr]
    assert history.preview.toPlainText() == first_body
    assert history.restore_button.isEnabled()
    history.restore_button.click()

    assert history.result() == QDialog.DialogCode.Accepted
    assert history.restored is not None and history.restored.body == first_body
    assert library.get(template.id or 0).body == first_body
    again = HistoryDialog(library, library.get(template.id or 0), None)
    qtbot.addWidget(again)
    assert again.model.rowCount() == 5  # nothing lost: the restore is a new version
    assert again.model.revision_at(0).body == first_body  # type: ignore[union-attr]


def test_delete_goes_to_trash_and_undo_brings_it_back(qtbot: QtBot, library: Library) -> None:
    ops = LibraryOps(library)
    template = library.list()[0]
    with qtbot.waitSignals([ops.template_deleted, ops.library_changed]):
        trashed = ops.delete_with_undo(template)
    assert trashed is not None and trashed.in_trash and ops.can_undo
    assert template.id not in {t.id for t in library.list()}
    assert template.id in {t.id for t in library.trash()}
    with qtbot.waitSignal(ops.library_changed) as changed:
        restored = ops.undo_delete()
    assert changed.args == [template.id]
    assert restored is not None and not restored.in_trash and not ops.can_undo
    assert template.id in {t.id for t in library.list()} and library.trash() == []
    assert ops.undo_delete() is None


def test_trash_dialog_restores_and_deletes_forever(qtbot: QtBot, library: Library) -> None:
    a, b, c = library.list()[:3]
    for t in (a, b, c):
        library.delete(t.id or 0)
    dialog = TrashDialog(library, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 3 and dialog.empty_label.isHidden()
    assert dialog.select_id(b.id or 0)
    with qtbot.waitSignal(dialog.template_restored):
        dialog.restore_button.click()
    assert b.id in {t.id for t in library.list()} and dialog.model.rowCount() == 2

    assert dialog.select_id(a.id or 0)
    seen: list[str] = []
    _answer_next_box("Keep it", seen)
    dialog.purge_button.click()
    assert library.get(a.id or 0).in_trash and dialog.model.rowCount() == 2
    _answer_next_box("Delete forever", seen)
    dialog.purge_button.click()
    assert seen == [f"Delete “{a.title}” for good?"] * 2
    assert a.id not in {t.id for t in library.trash()} and dialog.model.rowCount() == 1

    _answer_next_box("Empty trash", seen)
    with qtbot.waitSignal(dialog.trash_emptied) as emptied:
        dialog.empty_button.click()
    assert emptied.args == [1] and library.trash() == []
    assert dialog.empty_label.isVisible() and not dialog.empty_button.isEnabled()
    assert dialog.restored == [library.get(b.id or 0)]


def test_ops_new_and_edit_run_the_real_editor(qtbot: QtBot, library: Library) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TemplateEditorDialog)
        qtbot.addWidget(dialog, before_close_func=_hide)
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        if not dialog.title_edit.text():
            qtbot.keyClicks(dialog.title_edit, "Gift vouchers")
        _type_body(qtbot, dialog, f"Yes, we sell vouchers ({'edited' if dialog.original else 'new'}).")
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_S, CTRL)

    ops = LibraryOps(library, run_dialog=_run_with(fill))
    with qtbot.waitSignal(ops.library_changed) as changed:
        created = ops.new_template(None)
    assert created is not None and changed.args == [created.id]
    assert library.get(created.id or 0).body == "Yes, we sell vouchers (new)."

    def cancel(dialog: QDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.reject()  # unchanged: no question asked

    assert LibraryOps(library, run_dialog=_run_with(cancel)).edit_template(None, created) is None
    edited = ops.edit_template(None, created)
    assert edited is not None and edited.body == "Yes, we sell vouchers (edited)."
    assert len(library.revisions(created.id or 0)) == 2


def test_ops_history_and_trash_report_what_to_select(qtbot: QtBot, library: Library) -> None:
    template = library.list()[0]
    _edit(qtbot, library, template, "Changed")

    def restore_oldest(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        qtbot.addWidget(dialog)
        dialog.select_row(dialog.model.rowCount() - 1)
        dialog.restore_button.click()

    restored = LibraryOps(library, run_dialog=_run_with(restore_oldest)).show_history(None, template)
    assert restored is not None and restored.body == template.body

    ops = LibraryOps(library, run_dialog=_run_with(lambda d: (qtbot.addWidget(d), d.restore_button.click())))  # type: ignore[attr-defined]
    ops.delete_with_undo(template)
    with qtbot.waitSignal(ops.library_changed) as changed:
        back = ops.show_trash(None)
    assert back is not None and back.id == template.id and changed.args == [template.id]
    assert not ops.can_undo  # restored from the trash already


def test_duplicate_and_pin(qtbot: QtBot, library: Library) -> None:
    ops = LibraryOps(library)
    template = next(t for t in library.list() if not t.pinned)
    with qtbot.waitSignal(ops.library_changed) as changed:
        copy = ops.duplicate(template)
    assert copy is not None and copy.title == f"{template.title} (copy)" and copy.body == template.body
    assert changed.args == [copy.id] and copy.id != template.id
    pinned = ops.toggle_pin(copy)
    assert pinned is not None and pinned.pinned
    assert library.list()[0].id == copy.id  # pinned first
    unpinned = ops.toggle_pin(copy)  # a stale object: the stored state decides
    assert unpinned is not None and not unpinned.pinned


def test_failed_operation_is_reported_not_raised(qtbot: QtBot, library: Library) -> None:
    ops = LibraryOps(library)
    with qtbot.waitSignal(ops.operation_failed):
        assert ops.duplicate(Template("Ghost", "", id=99999)) is None


def test_highlighter_tells_known_fields_from_unknown_names(qtbot: QtBot, library: Library) -> None:
    dialog = _editor(qtbot, library)
    dialog.body_edit.setPlainText(
        '{{ customer_name | default: "x" }} {{ custmer_name }}\n{% for item in items %}{{ item }}{% endfor %}'
    )
    hl: PlaceholderHighlighter = dialog.highlighter
    doc = dialog.body_edit.document()

    def role_at(line: int, text: str) -> str:
        block = doc.findBlockByNumber(line)
        at = block.text().index(text)
        ranges = block.layout().formats()
        fmt = next(
            r.format
            for r in ranges
            if r.start <= at < r.start + r.length and r.format.foreground().style() != Qt.BrushStyle.NoBrush
        )
        return next(
            k
            for k, f in hl.formats.items()
            if f.foreground().color() == fmt.foreground().color()
            and f.fontItalic() == fmt.fontItalic()
            and f.fontWeight() == fmt.fontWeight()
        )

    assert role_at(0, "customer_name") == "output"
    assert role_at(0, "default") == "filter"
    assert role_at(0, '"x"') == "string"
    assert role_at(0, "custmer_name") == "unknown"
    assert role_at(1, "for") == "tag"
    assert role_at(1, "items") == "unknown"
    assert role_at(1, "{{ item") in {"delimiter"}
    assert hl.is_known("item")  # bound by the for loop


def test_history_and_trash_models_pass_the_model_tester(qtmodeltester: object, library: Library) -> None:
    from desktop.ui.editor.models import RevisionTableModel, TrashTableModel

    template = library.list()[0]
    library.update(Template("Renamed", "Body", id=template.id))
    revisions = RevisionTableModel()
    revisions.set_revisions(library.revisions(template.id or 0))
    qtmodeltester.check(revisions)  # type: ignore[attr-defined]
    library.delete(template.id or 0)
    trash = TrashTableModel()
    trash.set_templates(library.trash())
    qtmodeltester.check(trash)  # type: ignore[attr-defined]
    assert trash.index(0, TrashTableModel.TITLE).data() == "Renamed"
