"""The core and store stay Qt-free, so they run and test without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_PREFIXES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _qt_free_modules() -> list[str]:
    mods = []
    for pkg in ("core", "store"):
        for path in sorted((ROOT / "desktop" / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts.pop()
            mods.append(".".join(parts))
    return mods


def test_core_and_store_import_no_qt_at_runtime() -> None:
    """Importing every core/store module in a fresh interpreter loads no Qt module."""
    mods = _qt_free_modules()
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_PREFIXES!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert len(mods) >= 8
    assert out.stdout.strip() == "", f"Qt loaded by core/store: {out.stdout}"


def test_core_and_store_have_no_qt_import_statements() -> None:
    """Not even a lazy import of Qt inside a function."""
    offenders = []
    for pkg in ("core", "store"):
        for path in (ROOT / "desktop" / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_PREFIXES]
    assert offenders == []


def test_ui_holds_no_sql() -> None:
    """Widgets call the store; they never run SQL themselves."""
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "sqlite" not in text and "SELECT " not in text, path.name
