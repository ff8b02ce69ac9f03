"""Start the GUI: check for a display, create the QApplication, open the library, show the window."""

from __future__ import annotations

import argparse
import os
import sys

EXIT_AFTER_PAINT_ENV = "REPLYGEM_EXIT_AFTER_PAINT"


def display_problem() -> str | None:
    """A one-line reason the GUI cannot start here, or None when a display is available."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            "no display found: run Replygem in a desktop session, or set QT_QPA_PLATFORM=offscreen "
            "(use 'replygem --help' for the command-line tools)"
        )
    return None


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop app until its window closes; return the exit status."""
    problem = display_problem()
    if problem:
        print(f"replygem: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.paths import data_dir
    from desktop.store import LibraryError, open_library

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Replygem")
    app.setOrganizationName("Replygem")
    app.setApplicationDisplayName("Replygem")
    from desktop.ui.theme import apply_color_scheme

    apply_color_scheme(app)
    # Follow the desktop when the user switches between light and dark while Replygem runs.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_color_scheme(app))
    from desktop.ui.icons import icon

    app.setWindowIcon(icon("replygem"))
    folder = data_dir(getattr(args, "data_dir", None))
    try:
        library = open_library(folder)
    except LibraryError as exc:
        QMessageBox.critical(None, "Replygem", f"The template library could not be opened.\n\n{exc}")
        print(f"replygem: {exc}", file=sys.stderr)
        return 1

    from desktop.ui.errors import install_error_handler
    from desktop.ui.main_window import MainWindow

    install_error_handler(folder / "replygem-errors.log")

    window = MainWindow(library, settings_path=folder / "settings.ini")
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        window.first_painted.connect(lambda: app.exit(0))
    else:
        window.first_painted.connect(window.controller.warm_up)
        window.first_painted.connect(window.maybe_welcome)
    app.aboutToQuit.connect(window.save_state)
    window.show()
    try:
        return int(app.exec())
    finally:
        library.close()
