"""Markdown with YAML front matter, one template per file (the ``templates_seed/`` format).

:func:`dump` is deterministic (fixed key order, flow-style tags, no line
wrapping), so exporting the same library twice gives the same bytes, and
:func:`parse` of its output gives back the same template.
"""

from __future__ import annotations

import yaml

from desktop.core.formats import Parsed
from desktop.core.models import Template
from desktop.core.templatefile import TemplateFileError, parse_template_file

# Wide enough that PyYAML never folds a long title or when line over two lines.
_NO_WRAP = 1_000_000


def _scalar(value: str) -> str:
    text = yaml.safe_dump(value, allow_unicode=True, width=_NO_WRAP, default_flow_style=True)
    # A plain scalar dumps as "value\n...\n"; keep just the value.
    return text.removesuffix("\n...\n").rstrip("\n")


def _tags(tags: tuple[str, ...]) -> str:
    return yaml.safe_dump(list(tags), allow_unicode=True, width=_NO_WRAP, default_flow_style=True).rstrip("\n")


def dump(template: Template) -> str:
    """The file text for one template: front matter (title, kind, tags, when) then the body."""
    lines = [
        "---",
        f"title: {_scalar(template.title)}",
        f"kind: {template.kind.value}",
        f"tags: {_tags(template.tags)}",
    ]
    if template.when:
        lines.append(f"when: {_scalar(template.when)}")
    lines.append("---")
    return "\n".join(lines) + "\n" + template.body


def parse(text: str) -> Parsed:
    """One template from a Markdown file, or the reason it cannot be read."""
    try:
        return Parsed((parse_template_file(text),))
    except TemplateFileError as exc:
        return Parsed((), (str(exc),))
