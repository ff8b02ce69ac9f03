"""``replygem check``: options, the JSON shape and the exit codes of the copy guard."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent
ROD = ROOT / "tests" / "data" / "emails" / "rod-table-booking.txt"

LINDA = "Yes I've booked that in for you. Thanks Linda."
WARM = """Hi Rod,

Thank you so much for choosing us. I'm delighted to confirm your table on Friday 15 November at 7:30pm for 9.
I've booked for nine, and if you end up as 7 or 8, just let me know nearer the time.

If anyone needs step-free access or has dietary requirements, let me know and we'll look after it.

All the best,
Linda"""


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    def _write(text: str, name: str = "reply.txt") -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return _write


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, dict[str, object]]:
    code = main(["--data-dir", str(data_dir), "check", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_json_shape(write, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    code, out = run_json(capsys, data_dir, write(LINDA), "--email", str(ROD), "--today", "2024-10-01")
    assert code == 0
    assert set(out) == {"score", "label", "results"}
    assert isinstance(out["score"], int) and out["label"] == "glass"
    results = out["results"]
    assert isinstance(results, list)
    for r in results:
        assert set(r) == {"id", "title", "severity", "status", "spans", "fix"}
        assert r["severity"] in ("blocker", "warning", "tip")
        assert r["status"] in ("pass", "fail", "n/a")
        assert all(isinstance(s, list) and len(s) == 2 for s in r["spans"])
        assert r["fix"] is None or isinstance(r["fix"], str)
        if r["status"] != "fail":
            assert r["fix"] is None
    status = {r["id"]: r["status"] for r in results}
    for rule_id in ("uses_name", "restates_details", "addresses_uncertainty", "offers_help", "not_terse"):
        assert status[rule_id] == "fail", rule_id


def test_warm_reply_with_email_is_diamond(write, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    code, out = run_json(capsys, data_dir, write(WARM), "--email", str(ROD), "--today", "2024-10-01")
    assert code == 0
    assert out["label"] == "diamond", [r for r in out["results"] if r["status"] == "fail"]  # type: ignore[union-attr]


def test_blocker_exits_1(write, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    code, out = run_json(capsys, data_dir, write(WARM + "\nNote to self: he's a pain"), "--today", "2024-10-01")
    assert code == 1
    failed = {r["id"] for r in out["results"] if r["status"] == "fail"}  # type: ignore[union-attr]
    assert "internal_note" in failed


def test_snap_kind_runs_snap_rules(write, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    reply = write("No, it's nothing to do with us, that's down to the crews to decide")
    code, out = run_json(capsys, data_dir, reply, "--kind", "snap", "--today", "2024-06-10")
    assert code == 0
    status = {r["id"]: r["status"] for r in out["results"]}  # type: ignore[union-attr]
    assert status["blame_shifting"] == status["snap_timeline"] == status["snap_ownership"] == "fail"
    assert "thanks_customer" not in status


def test_text_output_lists_failures_with_fixes(write, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    code = main(["--data-dir", str(data_dir), "check", write("Hi [name], booked."), "--today", "2024-10-01"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("Score ")
    assert "FAIL  No unfilled placeholders [blocker]" in out
    assert "“[name]”" in out and "fix: " in out
    assert "Blocked:" in out


def test_reply_from_stdin(data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(WARM.encode("utf-8"))))
    assert main(["--data-dir", str(data_dir), "check", "-", "--json", "--today", "2024-10-01"]) == 0
    assert json.loads(capsys.readouterr().out)["label"] in ("good", "diamond")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "reply file not found"),
        (["{reply}", "--email", "missing.txt"], "email file not found"),
        (["{reply}", "--today", "15/11/2024"], "--today must be a date"),
        (["{empty}"], "reply file is empty"),
        (["-", "--email", "-"], "only one of"),
    ],
)
def test_input_errors_exit_2_with_one_line(  # type: ignore[no-untyped-def]
    args: list[str], message: str, write, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = {"reply": write(WARM), "empty": write("  \n", "empty.txt")}
    argv = [a.format(**paths) for a in args]
    assert main(["--data-dir", str(data_dir), "check", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_usage_error_exits_2(write, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data_dir), "check", write(WARM), "--kind", "general"])
    assert exc.value.code == 2


def test_subprocess_exit_codes(write, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "REPLYGEM_HOME"}
    base = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "check"]
    ok = subprocess.run([*base, write(WARM), "--json"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["results"]
    bad = subprocess.run(
        [*base, write("Hi [name]", "b.txt")], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    assert bad.returncode == 1
    usage = subprocess.run([*base], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert usage.returncode == 2


def test_check_applies_the_libraries_own_phrase_rules(tmp_path: Path) -> None:
    from desktop.cli import main
    from desktop.store import open_library

    folder = tmp_path / "lib"
    lib = open_library(folder)
    lib.add_phrase_rule("no worries", mode="forbidden", kind="all")
    lib.close()
    reply = tmp_path / "reply.txt"
    reply.write_text("Hi Rod, no worries at all, see you Friday. Linda", encoding="utf-8")
    out = tmp_path / "out.json"
    with out.open("w", encoding="utf-8") as handle:
        import contextlib

        with contextlib.redirect_stdout(handle):
            main(["--data-dir", str(folder), "check", str(reply), "--kind", "snap", "--json"])
    results = {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))["results"]}
    user_rules = [r for rid, r in results.items() if rid.startswith("user_rule_")]
    assert len(user_rules) == 1 and user_rules[0]["status"] == "fail"
    assert user_rules[0]["spans"] == [[8, 18]]  # "no worries"
