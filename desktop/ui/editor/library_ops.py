"""Library operations the main window calls: new, edit, duplicate, delete with undo, pin, history, trash.

Each method returns the Template the window should select (or None when nothing
changed) and emits ``library_changed`` with that template's id so the list can
be refreshed. Dialogs are run through ``run_dialog`` (``QDialog.exec`` by
default) so tests can drive the real dialogs without a nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.models import Template
from desktop.store import Library, LibraryError, TemplateNotFound
from desktop.ui.actions import ActionSpec
from desktop.ui.editor.history import HistoryDialog
from desktop.ui.editor.template_editor import TemplateEditorDialog
from desktop.ui.editor.trash import TrashDialog

RunDialog = Callable[[QDialog], int]

# Ready for the window's action table (desktop/ui/actions.py), in the "&Library" menu.
LIBRARY_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_template", "&New template…", ("Ctrl+N",), "Write a new template", "&Library"),
    ActionSpec("edit_template", "&Edit template…", ("Ctrl+E",), "Edit the chosen template", "&Library"),
    ActionSpec("duplicate_template", "D&uplicate", ("Ctrl+Shift+D",), "Copy the chosen template", "&Library"),
    ActionSpec("delete_template", "&Delete", ("Del",), "Move the chosen template to the trash", "&Library"),
    ActionSpec("undo_delete", "&Undo delete", ("Ctrl+Z",), "Bring back the template just deleted", "&Library"),
    ActionSpec("pin_template", "&Pin / unpin", ("Ctrl+P",), "Keep the chosen template at the top", "&Library"),
    ActionSpec("template_history", "&History…", ("Ctrl+H",), "Every saved version of the template", "&Library"),
    ActionSpec("trash", "&Trash…", ("Ctrl+Shift+T",), "Deleted templates: restore or delete forever", "&Library"),
)


def _exec(dialog: QDialog) -> int:
    return dialog.exec()


class LibraryOps(QObject):
    """Intent-level operations on the library for the main window.

    Signals:
        library_changed(object): templates changed; the id of the template to select (or None).
        template_deleted(object): a Template went to the trash (offer Undo).
        undo_available(bool): whether ``undo_delete`` has something to bring back.
        operation_failed(str): an operation could not be done; a message for the status bar.
    """

    library_changed = Signal(object)
    template_deleted = Signal(object)
    undo_available = Signal(bool)
    operation_failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None, *, run_dialog: RunDialog | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.run_dialog: RunDialog = run_dialog or _exec
        self._deleted: list[int] = []  # ids, most recent last: each Ctrl+Z brings one back

    # -- dialogs ----------------------------------------------------------------------
    def new_template(self, parent: QWidget | None) -> Template | None:
        """Open an empty editor; the stored template, or None if cancelled."""
        return self._edit(TemplateEditorDialog(self.library, None, parent))

    def edit_template(self, parent: QWidget | None, template: Template) -> Template | None:
        """Open the editor on ``template`` (its current stored state); the saved template or None."""
        current = self._get(template)
        return self._edit(TemplateEditorDialog(self.library, current, parent)) if current else None

    def _edit(self, dialog: TemplateEditorDialog) -> Template | None:
        try:
            accepted = self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        return self._changed(dialog.saved if accepted else None)

    def show_history(self, parent: QWidget | None, template: Template) -> Template | None:
        """Show the template's versions; the template after a restore, or None."""
        current = self._get(template)
        if current is None:
            return None
        dialog = HistoryDialog(self.library, current, parent)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        return self._changed(dialog.restored)

    def show_trash(self, parent: QWidget | None) -> Template | None:
        """Show the trash; the last template restored from it, or None."""
        dialog = TrashDialog(self.library, parent)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        still_trashed = {t.id for t in self.library.trash()}
        self._deleted = [i for i in self._deleted if i in still_trashed]
        self.undo_available.emit(self.can_undo)
        # Purging touches only the trash: the live list changes only when something came back.
        return self._changed(dialog.restored[-1] if dialog.restored else None)

    # -- direct operations -----------------------------------------------------------------
    def duplicate(self, template: Template) -> Template | None:
        """A copy titled "<title> (copy)"; the new template."""
        return self._changed(self._try(lambda: self.library.duplicate(template.id or 0)))

    def toggle_pin(self, template: Template) -> Template | None:
        """Pin an unpinned template or unpin a pinned one; the template as stored."""
        current = self._get(template)
        if current is None:
            return None
        return self._changed(self._try(lambda: self.library.set_pinned(current.id or 0, not current.pinned)))

    def delete_with_undo(self, template: Template) -> Template | None:
        """Move the template to the trash; ``undo_delete()`` brings it back. The trashed template."""
        trashed = self._try(lambda: self.library.delete(template.id or 0))
        if trashed is None or trashed.id is None:
            return None
        self._deleted.append(trashed.id)
        self.template_deleted.emit(trashed)
        self.undo_available.emit(True)
        self.library_changed.emit(None)
        return trashed

    @property
    def can_undo(self) -> bool:
        """True when a deleted template can be brought back with ``undo_delete``."""
        return bool(self._deleted)

    def undo_delete(self) -> Template | None:
        """Take the most recently deleted template out of the trash; it, or None if there is none."""
        restored = None
        while self._deleted and restored is None:
            template_id = self._deleted.pop()
            try:
                restored = self.library.restore_deleted(template_id)
            except TemplateNotFound:  # purged from the trash since: try the one before
                continue
        self.undo_available.emit(self.can_undo)
        return self._changed(restored)

    # -- helpers --------------------------------------------------------------------------
    def _get(self, template: Template) -> Template | None:
        return self._try(lambda: self.library.get(template.id or 0))

    def _try(self, operation: Callable[[], Template]) -> Template | None:
        try:
            return operation()
        except (LibraryError, TemplateNotFound, ValueError) as exc:
            self.operation_failed.emit(str(exc))
            return None

    def _changed(self, template: Template | None) -> Template | None:
        if template is not None:
            self.library_changed.emit(template.id)
        return template
