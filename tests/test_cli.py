"""The command line: list, search, fill, version and clean one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent
ROD = ROOT / "tests" / "data" / "emails" / "rod-table-booking.txt"


def run_cli(*args: str, data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desktop`` as a user would, in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "REPLYGEM_HOME"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        input=stdin,
        timeout=60,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"replygem {__version__}"


def test_list_shows_the_seeded_library(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    out = capsys.readouterr().out
    assert "Table booking confirmation" in out
    assert "diamond" in out and "snap" in out


def test_list_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"id", "title", "kind", "tags"} <= set(rows[0])
    assert any(r["title"] == "Table booking confirmation" and r["kind"] == "diamond" for r in rows)


def test_search_finds_by_prefix_and_fails_on_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "search", "refun"]) == 0
    assert "Refund" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "search", "zzzqqq"]) == 1
    assert "no templates match" in capsys.readouterr().err


def test_home_env_chooses_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLYGEM_HOME", str(tmp_path / "home"))
    assert main(["list"]) == 0
    assert (tmp_path / "home" / "library.db").exists()


def test_fill_table_booking_uses_the_customers_name(data_dir: Path) -> None:
    out = run_cli("fill", "Table booking", "--email", str(ROD), "--field", "sender_name=Linda", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Dear Rod,")
    assert "Linda" in out.stdout


def test_fill_reports_unfilled_fields_on_stderr(data_dir: Path) -> None:
    out = run_cli("fill", "Table booking", "--email", str(ROD), data_dir=data_dir)
    assert out.returncode == 0
    assert "[sender_name]" in out.stdout
    assert "unfilled fields:" in out.stderr and "sender_name" in out.stderr


def test_fill_reads_stdin(data_dir: Path) -> None:
    out = run_cli("fill", "Table booking", "--email", "-", data_dir=data_dir, stdin="Thanks,\nMaria Lopez\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Dear Maria,")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("fill", "No such template", "--email", str(ROD)), "no template titled 'No such template'"),
        (("fill", "4242", "--email", str(ROD)), "no template with id 4242"),
        (("fill", "Table booking", "--email", "/nonexistent/mail.txt"), "email file not found"),
        (("fill", "Table booking", "--email", "EMPTY"), "the email file is empty"),
        (("fill", "Table booking", "--email", str(ROD), "--field", "oops"), "--field must look like name=value"),
        (("fill", "Table booking", "--email", str(ROD), "--today", "15/11"), "--today must be a date"),
    ],
)
def test_errors_are_one_clear_line(data_dir: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    args = tuple(str(empty) if a == "EMPTY" else a for a in args)
    out = run_cli(*args, data_dir=data_dir)
    assert out.returncode != 0
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert message in lines[0]
    assert "Traceback" not in out.stderr


def test_unreadable_library_is_one_clear_line(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "library.db").write_bytes(b"\x00garbage" * 512)
    out = run_cli("list", data_dir=folder)
    assert out.returncode == 1
    assert out.stderr.startswith("replygem: cannot open the library")
    assert "Traceback" not in out.stderr
