"""The library store: seeding, FTS5 search, lookup, schema versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.models import Kind, Template
from desktop.store import LibraryError, TemplateNotFound, open_library
from desktop.store.schema import SCHEMA_VERSION


def _seed(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Table booking confirmation\nkind: diamond\ntags: [restaurant, booking]\n"
        "when: A guest asks to book a table\n---\nDear {{ customer_first_name }},\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "---\ntitle: Delayed order update\nkind: snap\ntags: shop, delivery\nwhen: An order is late\n---\nHi\n",
        encoding="utf-8",
    )
    (folder / "broken.md").write_text("no front matter here", encoding="utf-8")
    return folder


def test_new_library_is_seeded_and_skips_broken_files(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "lib", seed_from=_seed(tmp_path / "seed"))
    titles = [t.title for t in lib.list()]
    assert titles == ["Delayed order update", "Table booking confirmation"]
    booking = lib.resolve("table")
    assert booking.kind is Kind.DIAMOND
    assert booking.tags == ("restaurant", "booking")
    assert booking.when == "A guest asks to book a table"
    assert lib.resolve("Delayed").tags == ("shop", "delivery")


def test_seeding_happens_once(tmp_path: Path) -> None:
    seed = _seed(tmp_path / "seed")
    lib = open_library(tmp_path / "lib", seed_from=seed)
    lib.delete(lib.resolve("Table").id or 0)
    lib.close()
    again = open_library(tmp_path / "lib", seed_from=seed)
    assert [t.title for t in again.list()] == ["Delayed order update"]


def test_search_uses_prefixes_and_every_word(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "lib", seed_from=_seed(tmp_path / "seed"))
    assert [t.title for t in lib.search("tab")] == ["Table booking confirmation"]
    assert [t.title for t in lib.search("deliv ord")] == ["Delayed order update"]
    assert lib.search("table delayed") == []
    assert len(lib.search("")) == 2
    # Characters that mean something to FTS5 are treated as plain text, not syntax.
    assert lib.search('"(*') == lib.search("")
    assert lib.search("book AND OR NOT") == []


def test_search_sees_added_and_edited_templates(data_dir: Path, tmp_path: Path) -> None:
    lib = open_library(data_dir, seed_from=tmp_path)
    t = lib.add(Template("Quote for a kitchen", "Hello", Kind.GENERAL, ("trades",), "A customer wants a quote"))
    assert [x.id for x in lib.search("kitch")] == [t.id]
    lib.update(Template("Quote for a bathroom", "Hello", Kind.GENERAL, (), "", id=t.id))
    assert lib.search("kitch") == []
    assert [x.title for x in lib.search("bath")] == ["Quote for a bathroom"]


def test_resolve_by_id_prefix_and_errors(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "lib", seed_from=_seed(tmp_path / "seed"))
    t = lib.resolve("table booking confirmation")
    assert lib.resolve(str(t.id)) == t
    with pytest.raises(TemplateNotFound, match="no template titled"):
        lib.resolve("Nope")
    with pytest.raises(TemplateNotFound, match="no template with id 999"):
        lib.resolve("999")
    lib.add(Template("Table change", "x"))
    with pytest.raises(TemplateNotFound, match="matches 2 templates"):
        lib.resolve("Table")


def test_wal_mode_and_schema_version(data_dir: Path, tmp_path: Path) -> None:
    lib = open_library(data_dir, seed_from=tmp_path)
    assert lib.db.journal_mode == "wal"
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_is_refused_and_left_alone(data_dir: Path, tmp_path: Path) -> None:
    open_library(data_dir, seed_from=tmp_path).close()
    db_file = data_dir / "library.db"
    with sqlite3.connect(db_file) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError, match="newer than this Replygem"):
        open_library(data_dir)
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_gives_a_clear_error(data_dir: Path) -> None:
    (data_dir / "library.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="cannot open the library"):
        open_library(data_dir)


def test_real_seed_folder_loads(library: object) -> None:
    from desktop.paths import seed_dir

    files = list(seed_dir().glob("*.md"))
    assert library.count() == len(files)  # type: ignore[attr-defined]


def test_rebuild_index_restores_search(library: object) -> None:
    library.db.execute("DELETE FROM templates_fts")  # type: ignore[attr-defined]
    library.db.conn.commit()  # type: ignore[attr-defined]
    before = len(library.search("refund"))  # type: ignore[attr-defined]
    assert library.rebuild_index() == library.count()  # type: ignore[attr-defined]
    assert len(library.search("refund")) > before  # type: ignore[attr-defined]
