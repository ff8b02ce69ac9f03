"""The wheel carries every package, the seed templates and the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop.paths import resources_dir, seed_dir

ROOT = Path(__file__).resolve().parent.parent


def test_pyproject_lists_every_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_data_folders_are_found_from_the_checkout() -> None:
    assert (seed_dir() / "table-booking-confirmation.md").is_file()
    assert (resources_dir() / "icons" / "replygem.svg").is_file()
