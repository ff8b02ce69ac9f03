"""Start-up to the first painted window, side by side with a bare PySide6 window.

Usage: python benchmarks/startup.py [--runs N]

Each run is a fresh process: ``python -m desktop`` with REPLYGEM_EXIT_AFTER_PAINT=1
on an already seeded library (the normal case), the first start that creates and
seeds the library, and a minimal PySide6 program that shows an empty QMainWindow
and exits after its first paint (the floor Qt itself sets). Prints medians and
the ratio to the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    done = False
    def event(self, e):
        if not self.done and e.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0))
        return super().event(e)
app = QApplication(sys.argv[:1]); w = W(); w.resize(1280, 800); w.show(); sys.exit(app.exec())
"""


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    """Run the comparison and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["REPLYGEM_EXIT_AFTER_PAINT"] = "1"
    results: dict[str, list[float]] = {
        "bare PySide6 window": [],
        "Replygem, seeded library": [],
        "Replygem, first start": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        seeded = Path(tmp) / "seeded"
        subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(seeded), "list"],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        for i in range(args.runs):
            results["bare PySide6 window"].append(_time([sys.executable, "-c", BARE], env))
            results["Replygem, seeded library"].append(
                _time([sys.executable, "-m", "desktop", "--data-dir", str(seeded)], env)
            )
            fresh = Path(tmp) / f"fresh{i}"
            results["Replygem, first start"].append(
                _time([sys.executable, "-m", "desktop", "--data-dir", str(fresh)], env)
            )
    base = statistics.median(results["bare PySide6 window"])
    print(f"start-up to first paint, {args.runs} runs each, median (ratio to the bare window)")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"  {name:<28} {med * 1000:7.0f} ms   x{med / base:4.2f}   (min {min(times) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
