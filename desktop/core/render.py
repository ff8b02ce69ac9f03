"""Fill a template's placeholders from a mapping of field values.

Templates use Liquid syntax (python-liquid), which cannot reach files, the
network or Python objects. A field with no value renders visibly as
``[field_name]`` and is reported by name; it is never silently dropped.

Safety, because templates are shared between users: Liquid has no attribute
access or calls on Python objects; ``include`` and ``render`` go to a loader that
refuses every name, so no file is ever read; loops and output are capped so a
hostile template cannot hang or flood the app.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from liquid import Environment, Undefined
from liquid.exceptions import LiquidError, TemplateNotFoundError
from liquid.loader import BaseLoader

from desktop.core.filters import RenderStyle, make_filters


@dataclass(frozen=True)
class TemplateError:
    """A template that cannot be rendered: message plus 1-based line and column."""

    message: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class Rendered:
    """The result of filling a template.

    ``text`` is the reply; ``missing`` names every field that had no value, in
    order of first use; ``error`` is set when the template could not be rendered,
    in which case ``text`` is the template body unchanged so nothing is lost.
    """

    text: str
    missing: tuple[str, ...] = ()
    error: TemplateError | None = None


# Names of fields rendered while undefined, collected during one render call.
_MISSING: ContextVar[list[str] | None] = ContextVar("_MISSING", default=None)


class _VisibleUndefined(Undefined):
    """Renders a missing field as ``[name]`` so it is seen and never sent by accident."""

    __slots__ = ()

    def __str__(self) -> str:
        seen = _MISSING.get()
        if seen is not None and self.name not in seen:
            seen.append(self.name)
        return f"[{self.name}]"


class _NoFilesLoader(BaseLoader):
    """Refuses every ``include``/``render``: a reply template never reads another file."""

    def get_source(self, env: Environment, template_name: str, **kwargs: object) -> Any:
        raise TemplateNotFoundError(f"templates cannot include other files ({template_name!r})")


class _ReplyEnvironment(Environment):
    """A Liquid environment whose undefined fields are visible, with the reply filters."""

    # A reply is a few hundred words; these caps stop a hostile or mistaken template
    # (a loop over 1..1000000000) from freezing the window.
    loop_iteration_limit = 10_000
    output_stream_limit = 200_000
    local_namespace_limit = 100_000
    context_depth_limit = 30

    def __init__(self, style: RenderStyle) -> None:
        super().__init__(undefined=_VisibleUndefined, loader=_NoFilesLoader())
        self.filters.update(make_filters(style))


@lru_cache(maxsize=8)
def _environment(style: RenderStyle) -> Environment:
    return _ReplyEnvironment(style)


def _error_position(exc: LiquidError, source: str) -> tuple[int, int]:
    token = exc.token
    if token is None or token.start_index < 0:
        return 1, 1
    before = source[: token.start_index]
    line = before.count("\n") + 1
    column = token.start_index - (before.rfind("\n") + 1) + 1
    return line, column


_UNCLOSED = re.compile(r"^expected tag (end(\w+)), found end of (?:expression|file)$")


def _message(exc: LiquidError) -> str:
    """Liquid's message, reworded where it speaks parser rather than user."""
    message = str(exc.message) if exc.message is not None else exc.__class__.__name__
    unclosed = _UNCLOSED.match(message)
    if unclosed:
        return f"'{unclosed.group(2)}' is never closed: add {{% {unclosed.group(1)} %}}"
    return message.splitlines()[0] if message else exc.__class__.__name__


def _unclosed_position(body: str, tag: str) -> tuple[int, int] | None:
    """Where the last ``{% tag %}`` left open starts (Liquid reports the end of the file)."""
    opened: list[int] = []
    for m in re.finditer(r"\{%-?\s*(end)?" + re.escape(tag) + r"\b", body):
        if m.group(1):
            if opened:
                opened.pop()
        else:
            opened.append(m.start())
    if not opened:
        return None
    before = body[: opened[-1]]
    return before.count("\n") + 1, opened[-1] - (before.rfind("\n") + 1) + 1


def _as_error(exc: LiquidError, body: str) -> TemplateError:
    line, column = _error_position(exc, body)
    message = str(exc.message or "")
    unclosed = _UNCLOSED.match(message)
    if unclosed and (exc.token is None or exc.token.start_index < 0):
        line, column = _unclosed_position(body, unclosed.group(2)) or (line, column)
    return TemplateError(_message(exc), line, column)


def check_syntax(body: str) -> TemplateError | None:
    """The first syntax error in ``body`` (for the editor's inline marker), or None."""
    try:
        _environment(RenderStyle()).from_string(body)
    except LiquidError as exc:
        return _as_error(exc, body)
    return None


def used_fields(body: str) -> tuple[str, ...]:
    """Names of the fields ``body`` reads (not loop or assigned variables); () if it does not parse."""
    try:
        return tuple(_environment(RenderStyle()).from_string(body).global_variables())
    except LiquidError:
        return ()


DEFAULT_STYLE = RenderStyle()


def render(body: str, fields: Mapping[str, object], style: RenderStyle = DEFAULT_STYLE) -> Rendered:
    """Fill ``body`` with ``fields``; report missing fields and syntax errors, never raise."""
    values = {k: v for k, v in fields.items() if v is not None and v != ""}
    missing: list[str] = []
    token = _MISSING.set(missing)
    try:
        text = _environment(style).from_string(body).render(**values)
    except LiquidError as exc:
        return Rendered(body, (), _as_error(exc, body))
    except (ArithmeticError, RecursionError, TypeError, ValueError) as exc:
        # A filter tripping on an odd value must not take the window down with it.
        return Rendered(body, (), TemplateError(f"cannot fill the template: {exc}", 1, 1))
    finally:
        _MISSING.reset(token)
    return Rendered(text, tuple(missing))
