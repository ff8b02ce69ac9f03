"""Fill a template's placeholders from a mapping of field values.

Templates use Liquid syntax (python-liquid), which cannot reach files, the
network or Python objects. A field with no value renders visibly as
``[field_name]`` and is reported by name; it is never silently dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from liquid import Environment, Undefined
from liquid.exceptions import LiquidError

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


class _ReplyEnvironment(Environment):
    """A Liquid environment whose undefined fields are visible, with the reply filters."""

    def __init__(self, style: RenderStyle) -> None:
        super().__init__(undefined=_VisibleUndefined)
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


def render(body: str, fields: Mapping[str, object], style: RenderStyle = RenderStyle()) -> Rendered:
    """Fill ``body`` with ``fields``; report missing fields and syntax errors, never raise."""
    values = {k: v for k, v in fields.items() if v is not None and v != ""}
    missing: list[str] = []
    token = _MISSING.set(missing)
    try:
        text = _environment(style).from_string(body).render(**values)
    except LiquidError as exc:
        line, column = _error_position(exc, body)
        message = str(exc.message) if exc.message is not None else exc.__class__.__name__
        return Rendered(body, (), TemplateError(message, line, column))
    finally:
        _MISSING.reset(token)
    return Rendered(text, tuple(missing))
