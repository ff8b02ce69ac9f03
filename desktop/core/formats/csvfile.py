"""CSV with a header row: ``title``, ``body`` and ``tags`` (``kind`` and ``when`` optional).

Tags in a cell are separated by commas or semicolons. Rows are numbered as a
spreadsheet shows them (the header is row 1), so problems are easy to find.
"""

from __future__ import annotations

import contextlib
import csv
import io

from desktop.core.formats import Parsed
from desktop.core.models import Kind, Template, split_tags

REQUIRED = ("title", "body")
COLUMNS = ("title", "body", "tags", "kind", "when")


def _rows(text: str) -> list[list[str]] | str:
    """The rows, read with the sniffed delimiter when its header makes sense, else as plain CSV."""
    dialects: list[type[csv.Dialect] | csv.Dialect] = []
    with contextlib.suppress(csv.Error):
        dialects.append(csv.Sniffer().sniff(text[:4096], delimiters=",;\t"))
    dialects.append(csv.excel)
    rows: list[list[str]] = []
    for dialect in dialects:
        try:
            rows = list(csv.reader(io.StringIO(text), dialect))
        except csv.Error as exc:
            return f"not valid CSV: {exc}"
        if rows and all(c in [h.strip().lower() for h in rows[0]] for c in REQUIRED):
            return rows
    return rows


def parse(text: str) -> Parsed:
    """Templates from the rows; a row without a title or body is a problem, not a guess."""
    rows = _rows(text)
    if isinstance(rows, str):
        return Parsed((), (rows,))
    if not rows:
        return Parsed((), ("the file has no rows",))
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return Parsed((), (f"the header row needs columns {', '.join(REQUIRED)} (missing: {', '.join(missing)})",))
    col = {name: header.index(name) for name in COLUMNS if name in header}
    templates: list[Template] = []
    problems: list[str] = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str, row: list[str] = row) -> str:
            i = col.get(name)
            return row[i] if i is not None and i < len(row) else ""

        title, body = cell("title").strip(), cell("body")
        if not title or not body.strip():
            problems.append(f"row {number} has no {'title' if not title else 'body'}")
            continue
        try:
            kind = Kind.parse(cell("kind") or "general")
        except ValueError as exc:
            problems.append(f"row {number}: {exc}")
            continue
        body = body.replace("\r\n", "\n")
        templates.append(
            Template(
                title,
                body if body.endswith("\n") else body + "\n",
                kind,
                split_tags(cell("tags")),
                cell("when").strip(),
            )
        )
    if not templates and not problems:
        problems.append("the file has a header but no templates")
    return Parsed(tuple(templates), tuple(problems))


def dump(templates: list[Template]) -> str:
    """All templates as CSV (title, body, tags, kind, when), for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for t in templates:
        writer.writerow([t.title, t.body, ", ".join(t.tags), t.kind.value, t.when])
    return out.getvalue()
