"""Run every benchmark in one go (``make bench``): accuracy, speed and the desk's responsiveness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = (
    "extract_accuracy.py",
    "checklist_accuracy.py",
    "suggest_accuracy.py",
    "startup.py",
    "ui_latency.py",
)


def main() -> int:
    """Run each benchmark script in its own process; fail if any fails."""
    failed = []
    for name in BENCHMARKS:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.run([sys.executable, str(HERE / name)], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print("\nfailed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
