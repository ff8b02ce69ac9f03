"""Import templates from files and export the library to a folder of Markdown files.

Importing never raises on bad input: every file (or entry) that cannot be used
is listed with a one-line reason, and the good ones are imported anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.formats import Parsed, csvfile, espanso, markdown
from desktop.core.formats.naming import unique_names
from desktop.core.models import Template
from desktop.core.render import check_syntax
from desktop.store.library import Library

MAX_BYTES = 1_000_000  # a reply template is a few KB; anything this big is not one
MARKDOWN = (".md", ".markdown")
YAML = (".yml", ".yaml")
CSV = (".csv",)
SUPPORTED = MARKDOWN + YAML + CSV


# progress(done, total, current file) -> keep going?
Progress = Callable[[int, int, Path], bool]


class ExportError(OSError):
    """The export folder cannot be written; the message is fit for the user."""


@dataclass
class ImportReport:
    """What an import did.

    ``imported``: templates added (as stored, with ids); ``refused``: (file, reason)
    for every file or entry that could not be used; ``unchanged``: templates already
    in the library word for word; ``skipped``: files in a folder that are not
    template files (example emails, images ...).
    """

    imported: list[Template] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    unchanged: list[Template] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing was refused."""
        return not self.refused


def _read(path: Path) -> str:
    """The file's text, or ValueError with the reason it is not a template file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValueError(f"file is too large ({size // 1000} KB; the limit is {MAX_BYTES // 1000} KB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read the file: {exc.strerror or exc}") from None
    if not data.strip():
        raise ValueError("file is empty")
    if b"\x00" in data:
        raise ValueError("not a text file (it looks binary)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not a text file in UTF-8") from None


def parse_file(path: Path) -> Parsed:
    """Templates in one file, chosen by its extension; problems say why anything was left out."""
    try:
        text = _read(path)
    except ValueError as exc:
        return Parsed((), (str(exc),))
    suffix = path.suffix.lower()
    if suffix in MARKDOWN:
        parsed = markdown.parse(text)
    elif suffix in YAML:
        parsed = espanso.parse(text)
    elif suffix in CSV:
        parsed = csvfile.parse(text)
    else:
        return Parsed((), ("not a template file (expected .md, .yml/.yaml or .csv)",))
    good: list[Template] = []
    problems = list(parsed.problems)
    for t in parsed.templates:
        error = check_syntax(t.body)
        if error is None:
            good.append(t)
        else:
            prefix = f"{t.title!r}: " if len(parsed.templates) > 1 else ""
            problems.append(f"{prefix}template error at {error}")
    return Parsed(tuple(good), tuple(problems))


def _files(folder: Path) -> tuple[list[Path], list[Path]]:
    """Template files under ``folder`` (recursively, hidden ones left out) and the others."""
    wanted: list[Path] = []
    other: list[Path] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        (wanted if path.suffix.lower() in SUPPORTED else other).append(path)
    return wanted, other


def _content(t: Template) -> tuple[object, ...]:
    return (t.title, t.body, t.kind, t.tags, t.when)


def _free_title(title: str, taken: set[str]) -> str:
    if title.casefold() not in taken:
        return title
    candidate, n = f"{title} (imported)", 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{title} (imported {n})"
    return candidate


def import_path(library: Library, path: Path, progress: Progress | None = None) -> ImportReport:
    """Import a file or every template file in a folder; never raises on bad input.

    A template identical to one already in the library is not added twice; one
    whose title is taken by a different template is added as "<title> (imported)".
    ``progress(done, total, file)`` is called after each file; when it returns
    False the import stops there (``report.cancelled``), keeping what was imported.
    """
    report = ImportReport()
    if not path.exists():
        report.refused.append((path, "no such file or folder"))
        return report
    if path.is_dir():
        files, report.skipped = _files(path)
        if not files:
            report.refused.append((path, "the folder has no .md, .yml/.yaml or .csv files"))
            return report
    else:
        files = [path]
    existing = library.list()
    contents = {_content(t) for t in existing}
    taken = {t.title.casefold() for t in existing}
    for done, file in enumerate(files, start=1):
        if progress is not None and not progress(done - 1, len(files), file):
            report.cancelled = True
            break
        parsed = parse_file(file)
        report.refused += [(file, reason) for reason in parsed.problems]
        for t in parsed.templates:
            if _content(t) in contents:
                report.unchanged.append(t)
                continue
            stored = library.add(Template(_free_title(t.title, taken), t.body, t.kind, t.tags, t.when))
            contents.add(_content(t))
            taken.add(stored.title.casefold())
            report.imported.append(stored)
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), files[-1])
    return report


def export_library(library: Library, folder: Path) -> list[Path]:
    """Write every live template as ``<slug of title>.md`` into ``folder``; return the files written.

    Names are unique (``-2`` for clashes) and the order is by id, so the same
    library always exports to the same bytes under the same names.
    """
    templates = sorted(library.list(), key=lambda t: t.id or 0)
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"cannot export to {folder}: it is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, t in zip(unique_names(t.title for t in templates), templates, strict=True):
            target = folder / name
            target.write_text(markdown.dump(t), encoding="utf-8", newline="\n")
            written.append(target)
    except OSError as exc:
        raise ExportError(f"cannot export to {folder}: {exc.strerror or exc}") from None
    return written
