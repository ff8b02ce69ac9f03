"""The library commands of the CLI: export, import, suggest, profile and list/search options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent
ROD = ROOT / "tests" / "data" / "emails" / "rod-table-booking.txt"


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_export_then_import_into_a_new_library(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "export", str(tmp_path / "out")) == 0
    written = capsys.readouterr().out.split()
    assert len(written) == len(list((tmp_path / "out").glob("*.md"))) >= 24
    other = tmp_path / "other"
    assert cli(other, "import", str(tmp_path / "out")) == 0  # seeded already: nothing twice
    assert "0 imported" in capsys.readouterr().err


def test_import_lists_refused_files_and_exits_1(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "new.md").write_text("---\ntitle: Brand new reply\n---\nHello {{ customer_first_name }}\n", "utf-8")
    (folder / "bad.md").write_text("---\ntitle: [oops\n---\nx\n", "utf-8")
    (folder / "empty.csv").write_text("", "utf-8")
    assert cli(data_dir, "import", str(folder)) == 1
    out = capsys.readouterr()
    assert "imported" in out.out and "Brand new reply" in out.out
    assert f"refused   {folder / 'bad.md'}: front matter is not valid YAML" in out.err
    assert f"{folder / 'empty.csv'}: file is empty" in out.err
    assert "Traceback" not in out.err
    assert cli(data_dir, "import", str(tmp_path / "missing")) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_export_to_a_file_is_one_clear_line(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "f").write_text("x", "utf-8")
    assert cli(data_dir, "export", str(tmp_path / "f")) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "it is a file" in err[0]


def test_suggest_prints_the_top_three(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "suggest", "--email", str(ROD)) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and lines[0].startswith("1. Table booking confirmation")


def test_suggest_json_is_a_ranked_list(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "suggest", "--email", str(ROD), "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert set(rows[0]) == {"id", "title", "kind", "score"}
    assert rows[0]["title"] == "Table booking confirmation"
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_suggest_with_an_empty_email_fails_cleanly(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "e.txt").write_text(" \n", "utf-8")
    assert cli(data_dir, "suggest", "--email", str(tmp_path / "e.txt")) == 2
    assert "the email file is empty" in capsys.readouterr().err


def test_profile_is_used_by_fill(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli(
            data_dir, "profile", "--set", "sender_name=Linda", "--set", "business_name=The Anchor", "--set", "clock=24h"
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["clock"] == "24h"
    assert cli(data_dir, "fill", "Table booking", "--email", str(ROD)) == 0
    out = capsys.readouterr()
    assert "The Anchor" in out.out and "Linda" in out.out and "19:30" in out.out
    assert "unfilled" not in out.err
    assert cli(data_dir, "fill", "Table booking", "--email", str(ROD), "--field", "sender_name=Sam") == 0
    assert "Sam" in capsys.readouterr().out  # a field typed by hand wins over the profile


@pytest.mark.parametrize(
    ("setting", "message"),
    [("nope=1", "unknown setting"), ("clock=25h", "clock must be"), ("copy_guard=maybe", "copy_guard must be")],
)
def test_profile_errors(data_dir: Path, capsys: pytest.CaptureFixture[str], setting: str, message: str) -> None:
    assert cli(data_dir, "profile", "--set", setting) == 2
    assert message in capsys.readouterr().err


def test_list_and_search_filters(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "list", "--json", "--kind", "snap") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["kind"] for r in rows} == {"snap"}
    assert set(rows[0]) == {"id", "title", "kind", "tags"}
    assert cli(data_dir, "search", "refnd") == 0  # a typo still finds it
    assert "Refund" in capsys.readouterr().out
    assert cli(data_dir, "list", "--tag", "hotel", "--sort", "recent") == 0
    assert "Hotel room booking confirmation" in capsys.readouterr().out
