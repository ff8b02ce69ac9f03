"""Long work off the UI thread: importing a folder of templates, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.store import Library, open_library
from desktop.store.transfer import ImportReport, import_path


class ImportJob(QObject):
    """Imports ``source`` into the library file in a worker thread.

    SQLite connections belong to one thread, so the worker opens its own
    connection to the same library file (WAL lets both work at once).

    Signals:
        progressed(int, int, str): files done, files in all, the current file name.
        finished(object): the ImportReport, once the worker is done (or cancelled).
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, library: Library, source: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.source = source
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop after the file being read; what was imported stays."""
        self._cancel.set()

    def _progress(self, done: int, total: int, file: Path) -> bool:
        self.progressed.emit(done, total, file.name)
        return not self._cancel.is_set()

    def _run(self) -> None:
        folder = self.library.path.parent if self.library.path else None
        try:
            if folder is None:
                report = import_path(self.library, self.source, self._progress)
            else:
                worker_library = open_library(folder)
                try:
                    report = import_path(worker_library, self.source, self._progress)
                finally:
                    worker_library.close()
        except Exception as exc:
            report = ImportReport(refused=[(self.source, f"the import stopped: {exc}")])
        self.finished.emit(report)

    def start(self) -> None:
        """Run in Qt's global thread pool (in this thread for an in-memory library)."""
        if self.library.path is None:
            self._run()
            return
        QThreadPool.globalInstance().start(_Runnable(self))


class _Runnable(QRunnable):
    def __init__(self, job: ImportJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()
