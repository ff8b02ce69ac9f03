"""Unexpected errors in the window: a plain message for the user, the details in a log file."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox


def install_error_handler(log_path: Path) -> Callable[..., None]:
    """Route uncaught exceptions to a message box and ``log_path``; return the previous hook.

    Qt calls Python slots from its event loop, where an uncaught exception would
    only print a traceback the user never sees; nothing the user typed is lost,
    because the window stays open.
    """
    previous = sys.excepthook

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
            where = f"The details were written to {log_path}."
        except OSError:
            where = "The details could not be written to the log file."
        if QApplication.instance() is None:
            previous(kind, error, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Replygem", "Something went wrong, but your work is still here.")
        box.setInformativeText(f"{kind.__name__}: {error}\n\n{where}")
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handle
    return previous
