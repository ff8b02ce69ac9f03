"""Import (in a worker thread, with progress) and export from the window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui_helpers import open_window as _window


def test_import_folder_in_the_background_lists_bad_files(
    qtbot: QtBot, library: object, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for i in range(40):
        (folder / f"t{i:02}.md").write_text(
            f"---\ntitle: Imported {i:02}\nkind: snap\n---\nHi {{{{ customer_first_name }}}}\n", encoding="utf-8"
        )
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nx", encoding="utf-8")
    (folder / "binary.md").write_bytes(b"\x00\xff\x00" * 100)
    win = _window(qtbot, library, data_dir)
    before = library.count()  # type: ignore[attr-defined]
    with qtbot.waitSignal(win.controller.templates_listed, timeout=20000):
        job = win.transfer.import_templates(folder)
    qtbot.waitUntil(lambda: win.transfer.last_import is not None, timeout=20000)
    report = win.transfer.last_import
    assert report is not None and len(report.imported) == 40
    assert {p.name for p, _ in report.refused} == {"broken.md", "binary.md"}
    assert library.count() == before + 40  # type: ignore[attr-defined]
    assert "Imported 40" in win.statusBar().currentMessage()
    titles = {win.library_pane.model.template_at(r).title for r in range(win.library_pane.model.rowCount())}  # type: ignore[union-attr]
    assert "Imported 00" in titles
    assert job not in win.transfer.jobs


def test_cancelled_import_keeps_what_was_done(qtbot: QtBot, library: object, data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for i in range(30):
        (folder / f"t{i:02}.md").write_text(f"---\ntitle: Batch {i:02}\n---\nHello\n", encoding="utf-8")
    win = _window(qtbot, library, data_dir)
    job = win.transfer.import_templates(folder)
    job.cancel()
    qtbot.waitUntil(lambda: win.transfer.last_import is not None, timeout=20000)
    report = win.transfer.last_import
    assert report is not None and report.cancelled
    assert len(report.imported) < 30
    assert "cancelled" in win.statusBar().currentMessage()


def test_export_writes_markdown_and_reports_errors(
    qtbot: QtBot, library: object, data_dir: Path, tmp_path: Path
) -> None:
    win = _window(qtbot, library, data_dir)
    win.transfer.export_templates(tmp_path / "out")
    files = list((tmp_path / "out").glob("*.md"))
    assert len(files) == library.count()  # type: ignore[attr-defined]
    assert f"Exported {len(files)}" in win.statusBar().currentMessage()


def test_dropped_email_files_are_read_or_refused_clearly(
    qtbot: QtBot, library: object, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    win = _window(qtbot, library, data_dir)
    eml = tmp_path / "booking.eml"
    eml.write_bytes(
        b"From: Maria Lopez <maria@example.com>\r\nSubject: Table on Saturday\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Hi, could we book a table for 4 on Saturday at 8pm?</p><p>Thanks,<br>Maria</p>\r\n"
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(eml))])
    editor = win.email_pane.editor
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    editor.dropEvent(drop)
    assert "table for 4" in win.email_pane.text() and "<p>" not in win.email_pane.text()
    assert "Read booking.eml" in win.statusBar().currentMessage()

    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02" * 10)
    win.controller.load_email_file(str(junk))
    assert "has no text" in win.statusBar().currentMessage()
    win.controller.load_email_file(str(tmp_path / "missing.txt"))
    assert "Could not read missing.txt" in win.statusBar().currentMessage()
    assert "table for 4" in win.email_pane.text(), "a failed drop keeps the email that was there"


def test_rebuild_index_runs_in_the_background_and_repairs_search(qtbot: QtBot, library: object, data_dir: Path) -> None:
    win = _window(qtbot, library, data_dir)
    library.db.execute("DELETE FROM templates_fts")  # type: ignore[attr-defined]
    library.db.conn.commit()  # type: ignore[attr-defined]
    assert len(library.search("refund")) < 3  # type: ignore[attr-defined]
    with qtbot.waitSignal(win.transfer.status_changed, timeout=20000) as status:
        win.actions_by_name["rebuild"].trigger()
    assert "Search index rebuilt for" in status.args[0]
    assert len(library.search("refund")) >= 3  # type: ignore[attr-defined]
