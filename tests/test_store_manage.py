"""Library management in the store: revisions, duplicate, trash, pins, usage, sorting, profile, rules."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.models import Kind, PhraseRule, RuleMode, Template
from desktop.core.profile import Profile
from desktop.store import Library, TemplateNotFound, open_library
from desktop.store.schema import SCHEMA_VERSION


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    empty = tmp_path / "noseed"
    empty.mkdir()
    return open_library(tmp_path / "lib", seed_from=empty)


def _add(lib: Library, title: str, **kw: object) -> Template:
    return lib.add(Template(title, kw.pop("body", f"Body of {title}"), **kw))  # type: ignore[arg-type]


# -- revisions ---------------------------------------------------------------------
def test_edit_three_times_restore_the_first_and_every_version_stays(lib: Library) -> None:
    t = _add(lib, "Refund", body="v1")
    assert t.id is not None
    for n in (2, 3, 4):
        lib.update(Template("Refund", f"v{n}", id=t.id))
    history = lib.revisions(t.id)
    assert [r.body for r in history] == ["v4", "v3", "v2", "v1"]  # newest first
    assert [r.number for r in history] == [4, 3, 2, 1]
    first = history[-1]
    restored = lib.restore_revision(t.id, first.id)
    assert restored.body == "v1"
    assert lib.get(t.id).body == "v1"
    after = lib.revisions(t.id)
    assert [r.body for r in after] == ["v1", "v4", "v3", "v2", "v1"]
    assert after[0].number == 5 and after[0].template_id == t.id


def test_revision_keeps_every_field_and_unchanged_saves_add_nothing(lib: Library) -> None:
    t = _add(lib, "Delay", body="a", kind=Kind.SNAP, tags=("shop", "late"), when="An order is late")
    assert t.id is not None
    lib.update(t)  # nothing changed
    assert len(lib.revisions(t.id)) == 1
    lib.update(Template("Delay v2", "b", Kind.GENERAL, ("x",), "w", id=t.id))
    old = lib.revisions(t.id)[-1]
    assert (old.title, old.kind, old.tags, old.when) == ("Delay", Kind.SNAP, ("shop", "late"), "An order is late")
    back = lib.restore_revision(t.id, old.id)
    assert (back.title, back.kind, back.tags, back.when, back.body) == (
        "Delay",
        Kind.SNAP,
        ("shop", "late"),
        "An order is late",
        "a",
    )


def test_restore_refuses_another_templates_revision(lib: Library) -> None:
    a, b = _add(lib, "A"), _add(lib, "B")
    rev_b = lib.revisions(b.id or 0)[0]
    with pytest.raises(TemplateNotFound, match="has no revision"):
        lib.restore_revision(a.id or 0, rev_b.id)
    with pytest.raises(TemplateNotFound):
        lib.revisions(999)


# -- duplicate -----------------------------------------------------------------------
def test_duplicate_names_copies_and_starts_fresh(lib: Library) -> None:
    t = _add(lib, "Quote", kind=Kind.DIAMOND, tags=("trades",), when="A quote is asked")
    lib.set_pinned(t.id or 0, True)
    lib.record_use(t.id or 0)
    copy = lib.duplicate(t.id or 0)
    assert copy.title == "Quote (copy)"
    assert (copy.body, copy.kind, copy.tags, copy.when) == (t.body, t.kind, t.tags, t.when)
    assert copy.id != t.id and not copy.pinned and copy.use_count == 0
    assert lib.duplicate(t.id or 0).title == "Quote (copy 2)"
    assert lib.duplicate(copy.id or 0).title == "Quote (copy 3)"
    assert len(lib.revisions(copy.id or 0)) == 1


# -- trash ---------------------------------------------------------------------------
def test_delete_goes_to_the_trash_and_can_come_back(lib: Library) -> None:
    keep, gone = _add(lib, "Keep me"), _add(lib, "Bin me", body="unique-word")
    deleted = lib.delete(gone.id or 0)
    assert deleted.in_trash
    assert [t.title for t in lib.list()] == ["Keep me"]
    assert lib.search("unique") == [] and lib.search("bin") == []
    assert lib.count() == 1
    with pytest.raises(TemplateNotFound):
        lib.resolve("Bin me")
    with pytest.raises(TemplateNotFound, match="in the trash"):
        lib.resolve(str(gone.id))
    assert [t.title for t in lib.trash()] == ["Bin me"]
    back = lib.restore_deleted(gone.id or 0)
    assert not back.in_trash
    assert lib.trash() == []
    assert [t.title for t in lib.search("unique")] == ["Bin me"]
    assert keep.id is not None


def test_purge_removes_template_and_history(lib: Library) -> None:
    t = _add(lib, "Old")
    lib.delete(t.id or 0)
    lib.purge(t.id or 0)
    assert lib.trash() == []
    with pytest.raises(TemplateNotFound):
        lib.get(t.id or 0)
    assert lib.db.execute("SELECT count(*) FROM revisions WHERE template_id = ?", [t.id]).fetchone()[0] == 0
    _add(lib, "One")
    lib.delete(_add(lib, "Two").id or 0)
    assert lib.empty_trash() == 1
    assert [t.title for t in lib.list()] == ["One"]


# -- pins, usage, sorting, tags, filters ------------------------------------------------
def test_pins_sort_first_and_usage_orders(lib: Library) -> None:
    a, b, c = _add(lib, "Alpha"), _add(lib, "Bravo"), _add(lib, "Charlie")
    assert [t.title for t in lib.list()] == ["Alpha", "Bravo", "Charlie"]
    assert lib.set_pinned(c.id or 0, True).pinned
    assert [t.title for t in lib.list()] == ["Charlie", "Alpha", "Bravo"]
    lib.record_use(b.id or 0)
    lib.record_use(b.id or 0)
    used = lib.record_use(a.id or 0)
    assert used.use_count == 1 and used.last_used
    assert lib.get(b.id or 0).use_count == 2
    assert [t.title for t in lib.search("", sort="most_used")] == ["Charlie", "Bravo", "Alpha"]
    assert [t.title for t in lib.search("", sort="recent")] == ["Charlie", "Alpha", "Bravo"]
    lib.set_pinned(c.id or 0, False)
    assert [t.title for t in lib.search("", sort="title")] == ["Alpha", "Bravo", "Charlie"]
    assert [t.title for t in lib.search("", sort="most_used")] == ["Bravo", "Alpha", "Charlie"]
    with pytest.raises(ValueError, match="unknown sort"):
        lib.search("", sort="random")


def test_usage_survives_an_edit(lib: Library) -> None:
    t = _add(lib, "Alpha")
    lib.record_use(t.id or 0)
    lib.set_pinned(t.id or 0, True)
    edited = lib.update(Template("Alpha 2", "new", id=t.id))
    assert edited.use_count == 1 and edited.pinned


def test_search_filters_by_kind_and_tag_and_lists_tags(lib: Library) -> None:
    _add(lib, "Table booking", kind=Kind.DIAMOND, tags=("restaurant", "booking"))
    _add(lib, "Room booking", kind=Kind.DIAMOND, tags=("hotel", "booking"))
    _add(lib, "Booking delayed", kind=Kind.SNAP, tags=("restaurant",))
    assert {t.title for t in lib.search("booking")} == {"Table booking", "Room booking", "Booking delayed"}
    assert {t.title for t in lib.search("booking", kind=Kind.SNAP)} == {"Booking delayed"}
    assert {t.title for t in lib.search("booking", tag="restaurant")} == {"Table booking", "Booking delayed"}
    assert {t.title for t in lib.search("", tag="hotel")} == {"Room booking"}
    assert lib.search("", tag="rest") == []  # whole tags only
    assert lib.tags() == ["booking", "hotel", "restaurant"]
    assert [t.title for t in lib.list(Kind.SNAP)] == ["Booking delayed"]


def test_title_hits_rank_above_body_hits(lib: Library) -> None:
    _add(lib, "General thanks", body="We will refund nothing here")
    _add(lib, "Refund on its way", body="Your money is coming back")
    assert lib.search("refund")[0].title == "Refund on its way"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("refnd", "Refund in progress"),
        ("confrim", "Table booking confirmation"),
        ("hotle", "Hotel room booking"),
        ("delivry", "Damaged delivery"),
    ],
)
def test_short_queries_tolerate_typos(lib: Library, typed: str, expected: str) -> None:
    _add(lib, "Refund in progress", tags=("shop",))
    _add(lib, "Table booking confirmation", tags=("restaurant",))
    _add(lib, "Hotel room booking", tags=("hotel",))
    _add(lib, "Damaged delivery", tags=("shop",))
    assert [t.title for t in lib.search(typed)][:1] == [expected]


def test_typo_tolerance_does_not_invent_matches(lib: Library) -> None:
    _add(lib, "Refund in progress")
    assert lib.search("zebra") == []
    assert lib.search("refund zebra") == []


# -- profile and phrase rules -----------------------------------------------------------
def test_profile_round_trips_and_is_shared_between_opens(tmp_path: Path) -> None:
    lib = open_library(tmp_path / "lib", seed_from=tmp_path)
    assert lib.profile() == Profile()
    mine = Profile(
        sender_name="Linda",
        business_name="The Anchor",
        sender_signature="Linda\nThe Anchor",
        phone_region="IE",
        clock="24h",
        date_format="%d/%m/%Y",
        copy_guard=False,
    )
    assert lib.save_profile(mine) == mine
    lib.close()
    again = open_library(tmp_path / "lib")
    assert again.profile() == mine
    assert mine.as_fields() == {
        "sender_name": "Linda",
        "business_name": "The Anchor",
        "sender_signature": "Linda\nThe Anchor",
    }
    assert mine.render_style().clock == "24h" and mine.render_style().date_format == "%d/%m/%Y"


def test_a_damaged_profile_falls_back_to_defaults(lib: Library) -> None:
    lib.db.table("settings").upsert({"key": "profile", "value": "{not json"}, pk="key")
    assert lib.profile() == Profile()
    lib.db.table("settings").upsert({"key": "profile", "value": '{"clock": "25h", "sender_name": 3, "x": 1}'}, pk="key")
    assert lib.profile() == Profile()


def test_phrase_rules(lib: Library) -> None:
    t = _add(lib, "Delay", kind=Kind.SNAP)
    other = _add(lib, "Thanks", kind=Kind.DIAMOND)
    r1 = lib.add_phrase_rule("  nothing   to do with us ", "forbidden")
    r2 = lib.add_phrase_rule("I will look after this", RuleMode.REQUIRED, Kind.SNAP)
    r3 = lib.add_phrase_rule("tracking number", "required", "all", template_id=t.id)
    assert r1 == PhraseRule("nothing to do with us", RuleMode.FORBIDDEN, "all", None, r1.id)
    assert lib.phrase_rules() == [r1, r2, r3]
    assert lib.phrase_rules(t) == [r1, r2, r3]
    assert lib.phrase_rules(other) == [r1]
    assert lib.delete_phrase_rule(r2.id or 0) is True
    assert lib.delete_phrase_rule(r2.id or 0) is False
    assert lib.phrase_rules() == [r1, r3]
    for bad in (("", "forbidden"), ("x", "sometimes")):
        with pytest.raises(ValueError):
            lib.add_phrase_rule(*bad)
    with pytest.raises(ValueError, match="unknown kind"):
        lib.add_phrase_rule("x", "forbidden", "fancy")
    with pytest.raises(TemplateNotFound):
        lib.add_phrase_rule("x", "forbidden", template_id=999)
    lib.purge(t.id or 0)
    assert lib.phrase_rules() == [r1]


# -- schema upgrade -------------------------------------------------------------------
def _make_v1_library(folder: Path) -> None:
    folder.mkdir()
    with sqlite3.connect(folder / "library.db") as conn:
        conn.executescript(
            """
            CREATE TABLE templates (id INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'general',
              body TEXT NOT NULL, tags TEXT DEFAULT '', [when] TEXT DEFAULT '', created TEXT, updated TEXT);
            CREATE VIRTUAL TABLE templates_fts USING FTS5 (title, [when], tags, body, content=[templates],
              tokenize='unicode61 remove_diacritics 2');
            INSERT INTO templates VALUES (1, 'Old booking', 'diamond', 'Dear {{ customer_name }}',
              'restaurant', 'A booking',
              '2024-01-01T00:00:00+00:00', '2024-01-02T00:00:00+00:00');
            INSERT INTO templates_fts (rowid, title, [when], tags, body)
              SELECT id, title, [when], tags, body FROM templates;
            PRAGMA user_version = 1;
            """
        )
    conn.close()


def test_v1_library_upgrades_with_backup_and_history(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    _make_v1_library(folder)
    lib = open_library(folder)
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert (folder / "library.db.bak-v1").exists()
    old = lib.resolve("Old booking")
    assert (old.pinned, old.use_count, old.last_used, old.deleted_at) == (False, 0, "", "")
    history = lib.revisions(old.id or 0)
    assert [(r.number, r.body, r.saved_at) for r in history] == [
        (1, "Dear {{ customer_name }}", "2024-01-02T00:00:00+00:00")
    ]
    assert [t.title for t in lib.search("old")] == ["Old booking"]
    lib.update(Template("Old booking", "Hello", Kind.DIAMOND, id=old.id))
    assert [r.number for r in lib.revisions(old.id or 0)] == [2, 1]
    assert lib.profile() == Profile() and lib.phrase_rules() == []


def test_seeded_library_starts_with_one_revision_each(library: Library) -> None:
    for t in library.list()[:5]:
        assert len(library.revisions(t.id or 0)) == 1
