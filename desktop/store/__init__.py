"""The template library on disk: SQLite through sqlite-utils, with an FTS5 index.

Never imports Qt. Functions return :mod:`desktop.core.models` dataclasses.
"""

from __future__ import annotations

from desktop.store.library import Library, LibraryError, TemplateNotFound, open_library

__all__ = ["Library", "LibraryError", "TemplateNotFound", "open_library"]
