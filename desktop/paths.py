"""The one place that finds the data folder, resources/ and templates_seed/.

Works from a source checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "replygem"
HOME_ENV = "REPLYGEM_HOME"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the library lives: ``--data-dir``, else ``$REPLYGEM_HOME``, else the user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def _bundled(name: str) -> Path:
    """Find a top-level data folder: bundle first, then the package, then the checkout."""
    here = Path(__file__).resolve().parent
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / name)
    candidates += [here / name, here.parent / name]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[-1]


def seed_dir() -> Path:
    """Folder of the seed templates (``templates_seed/``)."""
    return _bundled("templates_seed")


def resources_dir() -> Path:
    """Folder of icons and screenshots (``resources/``)."""
    return _bundled("resources")
