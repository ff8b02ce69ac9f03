"""Import and export from the window: folder choice, a worker with progress, a summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.store import Library, LibraryError
from desktop.store.transfer import ExportError, ImportReport, export_library
from desktop.ui.jobs import ImportJob, LibraryJob


class TransferUi(QObject):
    """Runs imports in the background and exports on request, for one window.

    Signals:
        library_changed(object): templates were added; the id to select (or None).
        status_changed(str): a one-line summary for the status bar.
    """

    library_changed = Signal(object)
    status_changed = Signal(str)

    def __init__(self, library: Library, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.window = window
        self.jobs: list[LibraryJob] = []
        self.last_import: ImportReport | None = None
        self._progress: QProgressDialog | None = None

    def ask_import(self) -> None:
        """Choose a folder (or, if none is chosen, a file) and import it."""
        folder = QFileDialog.getExistingDirectory(self.window, "Import templates from a folder")
        if not folder:
            folder, _ = QFileDialog.getOpenFileName(
                self.window, "Or import one file", "", "Templates (*.md *.markdown *.yml *.yaml *.csv)"
            )
        if folder:
            self.import_templates(Path(folder))

    def import_templates(self, source: Path) -> ImportJob:
        """Import in a worker thread with a cancellable progress dialog; report at the end."""
        job = ImportJob(self.library, source, self)
        self._progress = QProgressDialog("Importing templates…", "Cancel", 0, 0, self.window)
        self._progress.setWindowTitle("Import")
        self._progress.setMinimumDuration(300)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.canceled.connect(job.cancel)
        # Bound methods of this UI-thread object, so the worker's signals are queued to it.
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        self.jobs.append(job)
        job.start()
        return job

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)
            self._progress.setLabelText(f"Importing {name}…")

    def _finished(self, report: ImportReport) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.jobs = [j for j in self.jobs if j is not self.sender()]
        self.last_import = report
        self.library_changed.emit(report.imported[0].id if report.imported else None)
        summary = f"Imported {len(report.imported)} template(s)"
        if report.unchanged:
            summary += f", {len(report.unchanged)} already in the library"
        if report.cancelled:
            summary += " before you cancelled"
        self.status_changed.emit(summary + ".")
        if report.refused:
            box = QMessageBox(QMessageBox.Icon.Warning, "Import", f"{summary}; {len(report.refused)} refused.")
            box.setParent(self.window, box.windowFlags())
            box.setDetailedText("\n".join(f"{p.name}: {reason}" for p, reason in report.refused))
            box.open()

    def rebuild_index(self) -> LibraryJob:
        """Rebuild the search index and compact the library in the background."""
        job = LibraryJob(self.library, lambda library, _progress: library.rebuild_index(), self)
        self._progress = QProgressDialog("Rebuilding the search index…", "", 0, 0, self.window)
        self._progress.setWindowTitle("Library")
        self._progress.setCancelButton(None)  # one SQLite statement: it finishes or changes nothing
        self._progress.setMinimumDuration(300)
        job.finished.connect(self._rebuilt)
        self.jobs.append(job)
        job.start()
        return job

    def _rebuilt(self, result: object) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.jobs = [j for j in self.jobs if j is not self.sender()]
        if isinstance(result, LibraryError):
            QMessageBox.warning(self.window, "Library", str(result))
            return
        self.library_changed.emit(None)
        self.status_changed.emit(f"Search index rebuilt for {result} templates.")

    def ask_export(self) -> None:
        """Write the library to a folder the user chooses."""
        folder = QFileDialog.getExistingDirectory(self.window, "Export the library to a folder")
        if folder:
            self.export_templates(Path(folder))

    def export_templates(self, folder: Path) -> None:
        """Export every template as Markdown; errors become a message, never a crash."""
        try:
            written = export_library(self.library, folder)
        except ExportError as exc:
            QMessageBox.warning(self.window, "Export", str(exc))
            return
        self.status_changed.emit(f"Exported {len(written)} templates to {folder}.")
