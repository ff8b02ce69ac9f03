"""Import and export: Markdown round trips, Espanso, CSV, file names, and bad files refused with reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.formats import csvfile, espanso, markdown
from desktop.core.formats.naming import slugify, unique_names
from desktop.core.models import Kind, Template
from desktop.paths import seed_dir
from desktop.store import Library, open_library
from desktop.store.transfer import ExportError, export_library, import_path


@pytest.fixture
def empty_lib(tmp_path: Path) -> Library:
    nothing = tmp_path / "noseed"
    nothing.mkdir()
    return open_library(tmp_path / "empty", seed_from=nothing)


def _content(t: Template) -> tuple[object, ...]:
    return (t.title, t.body, t.kind, t.tags, t.when)


def test_seed_library_round_trip_is_byte_for_byte(library: Library, empty_lib: Library, tmp_path: Path) -> None:
    first = export_library(library, tmp_path / "one")
    report = import_path(empty_lib, tmp_path / "one")
    assert report.refused == [] and len(report.imported) == library.count() == len(first)
    assert sorted(map(_content, empty_lib.list())) == sorted(map(_content, library.list()))
    second = export_library(empty_lib, tmp_path / "two")
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    # The export format is the seed format: the seed files come back unchanged.
    for p in first:
        assert p.read_bytes() == (seed_dir() / p.name).read_bytes(), p.name


def test_reimport_adds_nothing_twice_and_renames_clashes(library: Library, tmp_path: Path) -> None:
    export_library(library, tmp_path / "out")
    again = import_path(library, tmp_path / "out")
    assert again.imported == [] and len(again.unchanged) == library.count()
    (tmp_path / "clash.md").write_text("---\ntitle: Out of stock\n---\nDifferent words\n", encoding="utf-8")
    clash = import_path(library, tmp_path / "clash.md")
    assert [t.title for t in clash.imported] == ["Out of stock (imported)"]


awkward_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda s: s.strip() == s and s.strip()
)


@settings(max_examples=60, deadline=None)
@given(
    title=awkward_text,
    when=st.one_of(st.just(""), awkward_text),
    tags=st.lists(st.from_regex(r"[A-Za-z][A-Za-z0-9 _-]{0,12}[A-Za-z0-9]", fullmatch=True), max_size=4, unique=True),
    body=st.text(max_size=200).filter(lambda b: not b.startswith("\n") and "\r" not in b),
    kind=st.sampled_from(list(Kind)),
)
def test_markdown_dump_parse_is_lossless(title: str, when: str, tags: list[str], body: str, kind: Kind) -> None:
    body = body if body.strip() else ""
    t = Template(title, body, kind, tuple(tags), when)
    parsed = markdown.parse(markdown.dump(t))
    assert parsed.problems == ()
    assert _content(parsed.templates[0]) == _content(t)
    assert markdown.dump(parsed.templates[0]) == markdown.dump(t)


def test_markdown_quotes_yaml_lookalikes() -> None:
    t = Template("yes: no # maybe", "x\n", Kind.SNAP, ("null", "true", "1"), "- a [list]?")
    assert _content(markdown.parse(markdown.dump(t)).templates[0]) == _content(t)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Table booking confirmation", "table-booking-confirmation"),
        ("Café – réservation!", "cafe-reservation"),
        ("???", "template"),
        ("CON", "template-con"),
        ("a" * 100, "a" * 60),
        ("Room 2: late / early", "room-2-late-early"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_unique_names_handle_collisions() -> None:
    assert unique_names(["Refund", "refund!", "Refund", "Other"]) == [
        "refund.md",
        "refund-2.md",
        "refund-3.md",
        "other.md",
    ]


def test_export_refuses_a_file_as_folder(library: Library, tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="it is a file"):
        export_library(library, tmp_path / "f")


ESPANSO = """\
matches:
  - trigger: ":thanks"
    replace: "Thank you for your order, {{ customer_first_name | default: 'there' }}!"
  - triggers: [":late", ";late"]
    label: Running late
    replace: |
      Sorry, we are running about 20 minutes late.
  - trigger: ":logo"
    image_path: "/tmp/logo.png"
  - regex: "x(?P<n>\\\\d)"
    replace: "x"
  - trigger: ":form"
    form: "Hi [[name]]"
"""


def test_espanso_imports_text_matches_and_names_the_rest() -> None:
    parsed = espanso.parse(ESPANSO)
    assert [(t.title, t.when, t.tags) for t in parsed.templates] == [
        ("thanks", "Espanso trigger :thanks", ("espanso",)),
        ("Running late", "Espanso trigger :late, ;late", ("espanso",)),
    ]
    assert parsed.templates[1].body == "Sorry, we are running about 20 minutes late.\n"
    assert parsed.problems == (
        "match 3 (:logo) has an image, not text to import",
        "match 4 uses a regex trigger, which Replygem cannot import",
        "match 5 (:form) has a form, not text to import",
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("matches: [\n  - x", "not valid YAML at line"),
        ("foo: bar\n", "not an Espanso match file"),
        ("matches: {}\n", "must be a list"),
        ("matches: []\n", "is empty"),
    ],
)
def test_espanso_bad_files(text: str, reason: str) -> None:
    parsed = espanso.parse(text)
    assert parsed.templates == () and reason in parsed.problems[0]


def test_csv_reads_rows_and_reports_bad_ones() -> None:
    text = (
        "Title,Body,Tags,Kind\n"
        '"Refund sent","Hi {{ customer_first_name }},\nyour refund is on its way.","shop; refund",snap\n'
        ",no title,,\n"
        "No body,,x,\n"
        "Bad kind,Hello,,weird\n"
        ",,,\n"
    )
    parsed = csvfile.parse(text)
    assert [(t.title, t.tags, t.kind) for t in parsed.templates] == [("Refund sent", ("shop", "refund"), Kind.SNAP)]
    assert parsed.templates[0].body == "Hi {{ customer_first_name }},\nyour refund is on its way.\n"
    assert parsed.problems[:2] == ("row 3 has no title", "row 4 has no body")
    assert "row 5: unknown kind" in parsed.problems[2]


def test_csv_round_trip_and_semicolon_files() -> None:
    ts = [Template("A, b", 'Say "hi",\nthen go\n', Kind.DIAMOND, ("x", "y"), "when, then")]
    assert [_content(t) for t in csvfile.parse(csvfile.dump(ts)).templates] == [_content(t) for t in ts]
    assert [t.title for t in csvfile.parse("title;body;tags\nHello;Hi there;a\n").templates] == ["Hello"]
    assert "missing: body" in csvfile.parse("title,text\nx,y\n").problems[0]


def test_a_folder_with_broken_files_imports_the_good_ones(empty_lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.md").write_text("---\ntitle: Good one\nkind: diamond\n---\nDear {{ customer_name }}\n", "utf-8")
    (folder / "sub" / "good.csv").write_text("title,body,tags\nFrom CSV,Hello,shop\n", "utf-8")
    (folder / "good.yml").write_text(ESPANSO, "utf-8")
    (folder / "empty.md").write_text("  \n", "utf-8")
    (folder / "binary.md").write_bytes(b"---\x00\x01\x02" * 10)
    (folder / "latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\nx\n".encode("latin-1"))
    (folder / "huge.md").write_text("---\ntitle: Huge\n---\n" + "x" * 1_100_000, "utf-8")
    (folder / "yaml.md").write_text("---\ntitle: [unclosed\n---\nx\n", "utf-8")
    (folder / "nofront.md").write_text("just text\n", "utf-8")
    (folder / "liquid.md").write_text("---\ntitle: Broken liquid\n---\nHi {% if x %}\n", "utf-8")
    (folder / "notes.txt").write_text("not a template", "utf-8")
    (folder / ".hidden.md").write_text("---\ntitle: Hidden\n---\nx\n", "utf-8")
    report = import_path(empty_lib, folder)
    assert sorted(t.title for t in report.imported) == ["From CSV", "Good one", "Running late", "thanks"]
    reasons = {p.name: r for p, r in report.refused}
    assert reasons["empty.md"] == "file is empty"
    assert "binary" in reasons["binary.md"]
    assert "UTF-8" in reasons["latin1.md"]
    assert "too large" in reasons["huge.md"]
    assert "not valid YAML" in reasons["yaml.md"]
    assert "missing front matter" in reasons["nofront.md"]
    assert "template error at line 1" in reasons["liquid.md"] and "endif" in reasons["liquid.md"]
    assert [p.name for p in report.skipped] == ["notes.txt"]
    assert all("\n" not in r for _, r in report.refused)
    assert sorted(t.title for t in empty_lib.list()) == ["From CSV", "Good one", "Running late", "thanks"]


def test_import_of_missing_or_empty_paths_is_refused_not_raised(empty_lib: Library, tmp_path: Path) -> None:
    assert import_path(empty_lib, tmp_path / "nope").refused == [(tmp_path / "nope", "no such file or folder")]
    (tmp_path / "emptydir").mkdir()
    assert "no .md" in import_path(empty_lib, tmp_path / "emptydir").refused[0][1]
    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04")
    assert "not a template file" in import_path(empty_lib, tmp_path / "x.docx").refused[0][1]


def test_import_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    from desktop.store import open_library
    from desktop.store.transfer import import_path

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10):
        (folder / f"t{i}.md").write_text(f"---\ntitle: Template {i}\n---\nHello {i}\n", encoding="utf-8")
    lib = open_library(tmp_path / "lib", seed_from=tmp_path / "none")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _file: Path) -> bool:
        seen.append((done, total))
        return done < 4

    report = import_path(lib, folder, progress)
    assert report.cancelled
    assert len(report.imported) == 4 and lib.count() == 4
    assert seen[0] == (0, 10) and seen[-1] == (4, 10)
    full = import_path(lib, folder, lambda d, t, f: True)
    assert not full.cancelled and len(full.imported) == 6 and len(full.unchanged) == 4
