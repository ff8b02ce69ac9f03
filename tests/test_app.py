"""Starting the GUI as a user would: first paint, and a clear message without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def test_gui_starts_paints_and_exits(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)],
        env=_env(QT_QPA_PLATFORM=os.environ["QT_QPA_PLATFORM"], REPLYGEM_EXIT_AFTER_PAINT="1"),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "library.db").exists()
    assert (tmp_path / "settings.ini").exists()


def test_no_display_is_one_line_not_an_abort(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert out.returncode == 1
    assert out.stderr.startswith("replygem: no display found")
    assert len(out.stderr.strip().splitlines()) == 1
