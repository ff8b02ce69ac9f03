"""Syntax colours for Liquid placeholders in a template body.

``{{ ... }}`` output tags and ``{% ... %}`` logic tags get different colours;
inside them, field names from the catalogue are told apart from names the
catalogue does not know (usually a typo), and filters, strings and keywords
have their own formats. Tags may span lines: the block state carries an open
tag into the next line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QGuiApplication, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.core.fields import field_names

# Block states: outside any tag, or inside an output / logic tag left open at the end of a line.
_OUTSIDE, _IN_OUTPUT, _IN_TAG = -1, 1, 2
_OPEN = re.compile(r"\{\{-?|\{%-?")
_CLOSE = {_IN_OUTPUT: re.compile(r"-?\}\}"), _IN_TAG: re.compile(r"-?%\}")}
_TOKEN = re.compile(
    r"(?P<string>\"[^\"]*\"?|'[^']*'?)"
    r"|(?P<pipe>\|)\s*(?P<filter>[A-Za-z_][\w-]*)?"
    r"|(?P<number>-?\d+(?:\.\d+)?)"
    r"|(?P<name>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)"
)
_KEYWORDS = frozenset({"and", "or", "not", "contains", "in", "with", "as", "by", "reversed", "limit", "offset"})
_LITERALS = frozenset({"true", "false", "nil", "null", "empty", "blank"})
# Names a template binds itself (loop variables, assign, capture) are not unknown fields.
_BINDINGS = re.compile(r"\{%-?\s*(?:for|assign|capture|increment|decrement|cycle)\s+([A-Za-z_][\w-]*)")
_BUILTINS = frozenset({"forloop", "tablerowloop"})

_LIGHT = {
    "delimiter": "#6a6f75",
    "output": "#0b57d0",
    "tag": "#1b7d35",
    "unknown": "#b3261e",
    "filter": "#8430ce",
    "string": "#a0522d",
    "literal": "#00796b",
    "output_bg": "#eef3fd",
    "tag_bg": "#edf7ef",
}
_DARK = {
    "delimiter": "#9aa0a6",
    "output": "#8ab4f8",
    "tag": "#81c995",
    "unknown": "#f28b82",
    "filter": "#d7aefb",
    "string": "#fcad70",
    "literal": "#78d9ec",
    "output_bg": "#1f2a3d",
    "tag_bg": "#1d2e22",
}


def _format(colour: str, *, bold: bool = False, italic: bool = False, background: str = "") -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    if background:
        fmt.setBackground(QColor(background))
    return fmt


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Colours Liquid tags in a QTextDocument; known and unknown field names differ.

    ``formats`` maps a role ("output", "tag", "unknown", "filter", "string",
    "literal", "delimiter", "keyword") to the QTextCharFormat used for it, so
    tests and tooltips can ask what a span means.
    """

    def __init__(
        self,
        document: QTextDocument,
        known_fields: Iterable[str] | None = None,
        *,
        dark: bool | None = None,
    ) -> None:
        super().__init__(document)
        self.known_fields = frozenset(field_names() if known_fields is None else known_fields)
        if dark is None:
            dark = QGuiApplication.palette().window().color().lightness() < 128
        c = _DARK if dark else _LIGHT
        self.formats: dict[str, QTextCharFormat] = {
            "delimiter": _format(c["delimiter"], bold=True),
            "output": _format(c["output"], bold=True, background=c["output_bg"]),
            "tag": _format(c["tag"], bold=True, background=c["tag_bg"]),
            "keyword": _format(c["tag"], background=c["tag_bg"]),
            "unknown": _format(c["unknown"], bold=True),
            "filter": _format(c["filter"], italic=True),
            "string": _format(c["string"]),
            "literal": _format(c["literal"]),
        }
        self.formats["unknown"].setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.formats["unknown"].setUnderlineColor(QColor(c["unknown"]))
        self._delimiters = {
            state: _format(c["delimiter"], bold=True, background=c[bg])
            for state, bg in ((_IN_OUTPUT, "output_bg"), (_IN_TAG, "tag_bg"))
        }
        self._bound: frozenset[str] = frozenset()
        document.contentsChanged.connect(self._on_contents_changed)
        self._on_contents_changed()

    def is_known(self, name: str) -> bool:
        """True when ``name`` (or the root of ``a.b``) is a catalogue field or bound by the template."""
        root = name.split(".", 1)[0]
        return root in self.known_fields or root in self._bound or root in _BUILTINS

    def _on_contents_changed(self) -> None:
        bound = frozenset(_BINDINGS.findall(self.document().toPlainText()))
        if bound != self._bound:
            self._bound = bound
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Colour one line, continuing a tag left open on the line before."""
        pos, state = 0, self.previousBlockState()
        self.setCurrentBlockState(_OUTSIDE)
        while pos <= len(text):
            if state not in (_IN_OUTPUT, _IN_TAG):
                opened = _OPEN.search(text, pos)
                if opened is None:
                    return
                state = _IN_OUTPUT if opened.group().startswith("{{") else _IN_TAG
                self.setFormat(opened.start(), opened.end() - opened.start(), self._delimiters[state])
                pos, first = opened.end(), True
            else:
                first = False  # a continued tag: its name was on an earlier line
            closed = _CLOSE[state].search(text, pos)
            end = closed.start() if closed else len(text)
            self._inner(text, pos, end, state, first)
            if closed is None:
                self.setCurrentBlockState(state)
                return
            self.setFormat(closed.start(), closed.end() - closed.start(), self._delimiters[state])
            pos, state = closed.end(), _OUTSIDE

    def _inner(self, text: str, start: int, end: int, state: int, first: bool) -> None:
        """Colour what lies between a tag's delimiters."""
        base = self.formats["output" if state == _IN_OUTPUT else "keyword"]
        bg = QTextCharFormat()
        bg.setBackground(base.background())
        self.setFormat(start, end - start, bg)
        tag_name_pending = first and state == _IN_TAG
        for m in _TOKEN.finditer(text, start, end):
            if m.group("string") is not None:
                self._span(m.start(), m.end(), "string", bg)
            elif m.group("pipe") is not None:
                if m.group("filter"):
                    self._span(m.start("filter"), m.end("filter"), "filter", bg)
            elif m.group("number") is not None:
                self._span(m.start(), m.end(), "literal", bg)
            else:
                name = m.group("name")
                if tag_name_pending:
                    role, tag_name_pending = "tag", False
                elif name in _KEYWORDS:
                    role = "keyword"
                elif name in _LITERALS:
                    role = "literal"
                elif self._is_filter_argument_name(text, m.start(), start):
                    continue
                else:
                    role = "output" if self.is_known(name) else "unknown"
                self._span(m.start(), m.end(), role, bg)

    @staticmethod
    def _is_filter_argument_name(text: str, at: int, start: int) -> bool:
        """``date: "%A"`` after a filter: a keyword argument name like ``default: x, allow_false: true``."""
        rest = text[at:].split(None, 1)
        word = rest[0] if rest else ""
        return word.endswith(":") and "|" in text[start:at]

    def _span(self, start: int, end: int, role: str, bg: QTextCharFormat) -> None:
        fmt = QTextCharFormat(self.formats[role])
        if not fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush):
            fmt.setBackground(bg.background())
        self.setFormat(start, end - start, fmt)
