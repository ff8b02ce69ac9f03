"""Shared fixtures: offscreen Qt, a fresh library per test, the example emails."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt aborts the process without a display; tests never need one. The default
# offscreen screen is 800x800, smaller than the window's minimum size, so give it a
# desktop-sized screen.
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

DATA = Path(__file__).parent / "data"
ROD_EMAIL = (DATA / "emails" / "rod-table-booking.txt").read_text(encoding="utf-8")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty folder to hold a library."""
    folder = tmp_path / "library"
    folder.mkdir()
    return folder


@pytest.fixture
def library(data_dir: Path) -> Iterator[object]:
    """A fresh library seeded from templates_seed/."""
    from desktop.store import open_library

    lib = open_library(data_dir)
    yield lib
    lib.close()
