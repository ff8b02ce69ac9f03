"""Render the main window with the booking example loaded and save PNGs (light and dark).

Run under a virtual screen: ``packaging/screenshots.sh`` (xvfb-run, 1280x800).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.core.profile import Profile
from desktop.paths import resources_dir
from desktop.store import open_library
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import apply_color_scheme

EXAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "emails" / "rod-table-booking.txt"


def shoot(scheme: str, out: Path, size: tuple[int, int] = (1280, 800)) -> None:
    """Save one screenshot of the window in the given colour scheme."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_color_scheme(app, dark=scheme == "dark")
    with tempfile.TemporaryDirectory() as tmp:
        library = open_library(Path(tmp))
        library.save_profile(Profile(sender_name="Linda", business_name="Bella Vista"))
        win = MainWindow(library, settings_path=Path(tmp) / "settings.ini")
        win.controller.today = date(2024, 10, 1)  # the example books Friday 15 November 2024
        win.resize(*size)
        win.show()
        win.email_pane.editor.setPlainText(EXAMPLE.read_text(encoding="utf-8"))
        win.controller.flush()
        win.email_pane.fields.selectRow(win.email_pane.fields.fields_model.row_of("time"))
        for _ in range(10):
            app.processEvents()
        win.grab().save(str(out))
        win.close()
        library.close()


def main() -> int:
    """Write resources/screenshots/main-light.png and main-dark.png."""
    folder = resources_dir() / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        path = folder / f"main-{scheme}.png"
        shoot(scheme, path)
        print(path)
    small = Path(tempfile.gettempdir()) / "replygem-900x600.png"
    shoot("light", small, (900, 600))
    print(small, "(smallest size, for checking only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
