"""Read and write one template as Markdown with YAML front matter.

The format (also used by ``templates_seed/`` and export)::

    ---
    title: Table booking confirmation
    kind: diamond
    tags: [restaurant, booking]
    when: A guest asks to book a table
    ---
    Dear {{ customer_first_name }}, ...
"""

from __future__ import annotations

import yaml

from desktop.core.models import Kind, Template, split_tags


class TemplateFileError(ValueError):
    """A template file that cannot be read; the message says why in one line."""


def parse_template_file(text: str) -> Template:
    """Parse front matter + body into a Template, or raise TemplateFileError.

    The body is everything after the closing ``---`` line, as written, except for
    blank lines at its start: that keeps export → import lossless while files
    written by hand may leave a blank line under the front matter.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    # Files from Windows editors: one line-ending convention inside the library.
    text = text.replace("\r\n", "\n")
    if not text.startswith("---"):
        raise TemplateFileError("missing front matter (the file must start with a '---' line)")
    lines = text.split("\n")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")
    except StopIteration:
        raise TemplateFileError("front matter is not closed by a '---' line") from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise TemplateFileError(f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise TemplateFileError("front matter must be a mapping of keys to values")
    title = str(meta.get("title") or "").strip()
    if not title:
        raise TemplateFileError("front matter has no title")
    try:
        kind = Kind.parse(str(meta.get("kind") or "general"))
    except ValueError as exc:
        raise TemplateFileError(str(exc)) from None
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = list(split_tags(tags))
    if not isinstance(tags, list):
        raise TemplateFileError("tags must be a list")
    when = meta.get("when")
    if isinstance(when, (list, dict)):
        raise TemplateFileError("when must be one line of text")
    body = "\n".join(lines[end + 1 :]).lstrip("\n")
    return Template(
        title=title,
        body=body if body.strip() else "",
        kind=kind,
        tags=tuple(str(t).strip() for t in tags if str(t).strip()),
        when=str(meta.get("when") or "").strip(),
    )
