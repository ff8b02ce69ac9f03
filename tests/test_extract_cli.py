"""The ``replygem extract`` command: JSON, table and batch output, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main

ROD = (
    "Hi, would it be possible please to book a table for 8 people (at least 7 and possibly 9) "
    "for Friday 15th November – around 7:30pm?\n\nWarm regards,\nRod\n"
)


@pytest.fixture
def rod_file(tmp_path: Path) -> Path:
    path = tmp_path / "rod.txt"
    path.write_text(ROD, encoding="utf-8")
    return path


def test_json_output(rod_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "extract", str(rod_file), "--json", "--today", "2024-10-01"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"fields", "evidence", "body", "warnings"}
    assert out["fields"] == {
        "customer_name": "Rod", "customer_first_name": "Rod", "date": "2024-11-15", "weekday": "Friday",
        "time": "19:30", "party_size": 8, "party_min": 7, "party_max": 9,
    }  # fmt: skip
    assert out["evidence"]["time"]["text"] == "7:30pm"
    assert set(out["evidence"]["date"]) == {"start", "end", "text", "confidence"}
    assert ROD[out["evidence"]["date"]["start"] : out["evidence"]["date"]["end"]] == out["evidence"]["date"]["text"]
    assert out["warnings"] == [] and "Rod" not in out["body"]


def test_json_output_warns_about_the_weekday(
    rod_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "extract", str(rod_file), "--json", "--today", "2026-11-22"]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert any("Friday" in w and "Sunday" in w for w in warnings)


def test_table_output_from_stdin(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ROD.encode())))
    assert main(["--data-dir", str(data_dir), "extract", "-", "--today", "2024-10-01"]) == 0
    out = capsys.readouterr().out
    assert "party_size" in out and "19:30" in out and "7:30pm" in out


def test_eml_file(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Maria Lopez <maria@example.com>"
    msg["Date"] = "Tue, 4 Nov 2025 09:12:00 +0000"
    msg["Subject"] = "Table on Saturday"
    msg.set_content("Hello, room for four of us this Saturday evening, around 8?\n\nThank you,\nMaria\n")
    path = tmp_path / "m.eml"
    path.write_bytes(msg.as_bytes())
    assert main(["--data-dir", str(data_dir), "extract", str(path), "--json"]) == 0
    fields = json.loads(capsys.readouterr().out)["fields"]
    assert (
        fields["customer_email"] == "maria@example.com" and fields["date"] == "2025-11-08" and fields["time"] == "20:00"
    )


def test_batch_keeps_going_after_bad_lines(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ROD}),
        "{not json",
        json.dumps({"id": "c", "text": 5}),
        "",
        json.dumps({"id": 4, "text": "table for 2 tonight - Sam"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "extract", "--batch", str(path), "--today", "2024-10-01"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", 4]
    assert out[0]["fields"]["date"] == "2024-11-15" and set(out[0]) == {"id", "fields", "body", "warnings"}
    assert "error" in out[1] and "error" in out[2]
    assert out[3]["fields"]["customer_name"] == "Sam" and out[3]["fields"]["date"] == "2024-10-01"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.txt"], "not found"),
        (["extract", "--today", "2025-13-01", "x"], "--today"),
        (["extract", "x.txt", "--batch", "y.jsonl"], "not both"),
        (["extract", "--batch", "missing.jsonl"], "not found"),
    ],
)
def test_user_errors_are_one_line(
    argv: list[str], message: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
