"""Long work off the UI thread (importing a folder, rebuilding the index), with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.store import Library, LibraryError, open_library
from desktop.store.transfer import ImportReport, Progress, import_path

# work(library opened for the worker, progress callback) -> result
Work = Callable[[Library, Progress], object]


class LibraryJob(QObject):
    """Runs ``work`` on the library file in a worker thread.

    SQLite connections belong to one thread, so the worker opens its own
    connection to the same library file (WAL lets both work at once).

    Signals:
        progressed(int, int, str): steps done, steps in all, what is being done.
        finished(object): the work's result, or the LibraryError that stopped it.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, library: Library, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step; what was done stays."""
        self._cancel.set()

    def _progress(self, done: int, total: int, file: Path) -> bool:
        self.progressed.emit(done, total, file.name)
        return not self._cancel.is_set()

    def run(self) -> None:
        """Do the work in the calling thread (the pool's, or this one for an in-memory library)."""
        folder = self.library.path.parent if self.library.path else None
        try:
            if folder is None:
                result = self.work(self.library, self._progress)
            else:
                worker_library = open_library(folder)
                try:
                    result = self.work(worker_library, self._progress)
                finally:
                    worker_library.close()
        except LibraryError as exc:
            result = exc
        self.finished.emit(result)

    def start(self) -> None:
        """Run in Qt's global thread pool (in this thread for an in-memory library)."""
        if self.library.path is None:
            self.run()
            return
        QThreadPool.globalInstance().start(_Runnable(self))


class ImportJob(LibraryJob):
    """Imports ``source`` (a folder or file); finishes with an ImportReport."""

    def __init__(self, library: Library, source: Path, parent: QObject | None = None) -> None:
        super().__init__(library, self._import, parent)
        self.source = source

    def _import(self, library: Library, progress: Progress) -> ImportReport:
        try:
            return import_path(library, self.source, progress)
        except Exception as exc:
            return ImportReport(refused=[(self.source, f"the import stopped: {exc}")])


class _Runnable(QRunnable):
    def __init__(self, job: LibraryJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()
