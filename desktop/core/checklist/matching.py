"""Fast phrase-list matching: try each phrase only where the reply has a word it can start with.

A list of 30 case-insensitive regex alternatives scanned over a 2,000-word reply
costs milliseconds in ``re``; the checklist runs a dozen such lists and must
finish in under 10 ms. :class:`PhraseSet` works out, once at import, the
two-character starts each phrase can have (from the parsed regex), and at check
time only tries the phrases whose start occurs at a word start in the reply
(the word index is built once per reply by :func:`.text.analyse`). A phrase
whose start cannot be worked out is scanned the ordinary way.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.checklist.text import Analysis, register_index_keys

# The regex parser is internal to ``re`` (3.11+); without it every phrase is simply scanned.
_c: Any
_p: Any
try:
    _c = importlib.import_module("re._constants")
    _p = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _c = _p = None

_KEY_LEN = 3
_MAX_KEYS = 4000
# Keys that start many different words: worth filtering by how the phrases go on after them.
_COMMON_STARTS = frozenset((
    "you", "the", "for", "are", "wil", "tha", "thi", "can", "all", "any", "sho", "and", "but", "not", "our",
    "she", "has", "hav", "was", "wer", "cou", "wou", "may", "mig", "fro", "wit", "pla", "is ", "we ", "in ",
    "at ", "to ", "so ", "on ", "it ", "of ", "no ", "if ", "as ", "be ", "he ", "'s ", "'m ", "we'", "it'",
    "'ll", "i'l", "'re", "i'm", "i'v",
))  # fmt: skip
_SPACE = " "


def phrase_body(item: str) -> str:
    """A phrase-list entry as a regex: spaces match any whitespace, word boundaries at word ends."""
    body = item.replace(" ", r"\s+")
    if item[:1].isalnum():
        body = r"\b" + body
    if item[-1:].isalnum():
        body += r"\b"
    return body


def phrase_regex(items: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A phrase list as one plain regex, for short texts (a sentence, the customer's email)."""
    return re.compile("|".join(f"(?:{phrase_body(i)})" for i in items), flags)


def _in_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av).lower())
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > 26:
                return None
            chars |= {chr(i).lower() for i in range(lo, hi + 1)}
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            chars.add(_SPACE)
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars |= set("0123456789")
        elif op is _c.CATEGORY and av is _c.CATEGORY_WORD:
            # ASCII only: a phrase whose first three characters include a non-ASCII letter
            # matched by \w would be missed; the phrase lists have none.
            chars |= set("abcdefghijklmnopqrstuvwxyz0123456789_")
        else:
            return None
    return chars


def _starts(items: Iterable[tuple[Any, Any]], acc: set[str], length: int = _KEY_LEN) -> set[str] | None:
    """The possible first ``length`` characters after ``acc`` (None when unknowable)."""
    for op, av in items:
        short = {s for s in acc if len(s) < length}
        if not short:
            return acc
        done = acc - short
        if op is _c.LITERAL:
            ch = chr(av).lower()
            acc = done | {s + (_SPACE if ch.isspace() else ch) for s in short}
        elif op is _c.IN:
            chars = _in_chars(av)
            if chars is None:
                return None
            acc = done | {s + c for s in short for c in chars}
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        elif op is _c.SUBPATTERN:
            sub = _starts(av[3], short, length)
            if sub is None:
                return None
            acc = done | sub
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                sub = _starts(alt, short, length)
                if sub is None:
                    return None
                union |= sub
            acc = done | union
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            # Apply the repeated item until every start is ``_KEY_LEN`` long (or ``hi`` is reached):
            # "[a-z]+ing" needs three rounds, not two, or its keys only fit one- and two-letter words.
            lo, hi, sub_items = av
            rounds = min(hi, max(lo, length))
            reached = short if lo == 0 else set()
            cur = short
            for i in range(1, rounds + 1):
                grown = _starts(sub_items, cur, length)
                if grown is None:
                    return None
                cur = grown
                if i >= lo:
                    reached = reached | cur
            acc = done | reached
        else:
            return None
    return acc


def _keys(body: str, flags: int, length: int = _KEY_LEN) -> set[str] | None:
    if _p is None:
        return None
    try:
        keys = _starts(_p.parse(body, flags), {""}, length)
    except Exception:
        return None
    if keys is None or len(keys) > _MAX_KEYS or any(len(k) < length for k in keys):
        return None
    return keys


_MAX_PREFIXES = 300
# Every phrase set compiled, so the app's warm-up can prepare them all (see prepare_all).
_COMPILED: list[PhraseSet] = []


def _prefixes(bodies: list[str], key: str, flags: int) -> tuple[int, frozenset[str]] | None:
    """How ``bodies`` can go on after ``key``: their possible first 5 (or 4) characters, or None.

    "you" starts "you", "your", "you can" and "you'll": a phrase set that only has "you'll have"
    and "you will have" need not be tried at the others. Five characters are worked out only
    when four leave few enough possibilities (a big alternation would take seconds to expand).
    """
    best = None
    for length in (4, 5):
        found: set[str] = set()
        for body in bodies:
            longer = _keys(body, flags, length)
            if longer is None:
                return best
            found |= {k for k in longer if k.startswith(key)}
        if len(found) > _MAX_PREFIXES:
            return best
        best = (length, frozenset(found))
    return best


@dataclass(frozen=True)
class PhraseSet:
    """A phrase list compiled for indexed matching; ``regex`` is the plain form for short texts."""

    regex: re.Pattern[str]
    by_key: dict[str, re.Pattern[str]] = field(default_factory=dict)
    scan: tuple[re.Pattern[str], ...] = ()
    # The phrases under each key that starts many words ("you", "the"): how they may go on after it is
    # worked out on first use (see _prefixes), so importing the checklist stays quick.
    common: dict[str, tuple[str, ...]] = field(default_factory=dict)
    flags: int = re.IGNORECASE
    prefixes: dict[str, tuple[int, frozenset[str]] | None] = field(default_factory=dict)

    @classmethod
    def compile(cls, items: Iterable[str], *, flags: int = re.IGNORECASE, raw: bool = False) -> PhraseSet:
        """Compile a phrase list (see :mod:`.phrases` for the entry syntax); ``raw`` entries are plain regexes."""
        bodies = list(items) if raw else [phrase_body(i) for i in items]
        grouped: dict[str, list[str]] = {}
        scan: list[str] = []
        for body in bodies:
            keys = _keys(body, flags)
            if keys is None:
                scan.append(body)
                continue
            for k in keys:
                grouped.setdefault(k, []).append(body)
        by_key = {k: re.compile("|".join(f"(?:{b})" for b in bs), flags) for k, bs in grouped.items()}
        register_index_keys(by_key)
        scans = (re.compile("|".join(f"(?:{b})" for b in scan), flags),) if scan else ()
        common = {k: tuple(bs) for k, bs in grouped.items() if k in _COMMON_STARTS}
        compiled = cls(re.compile("|".join(f"(?:{b})" for b in bodies), flags), by_key, scans, common, flags)
        _COMPILED.append(compiled)
        return compiled

    def prefix(self, key: str) -> tuple[int, frozenset[str]] | None:
        """How the phrases under the common ``key`` may go on (worked out once, then kept)."""
        try:
            return self.prefixes[key]
        except KeyError:
            known = self.prefixes[key] = _prefixes(list(self.common[key]), key, self.flags)
            return known

    def prepare(self) -> None:
        """Work out every common key's prefixes now (done in the app's warm-up thread)."""
        for key in self.common:
            self.prefix(key)

    def matches(self, a: Analysis, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        """Every match in ``a.text[start:end]``, one per start position, in text order."""
        stop = len(a.text) if end is None else end
        found: dict[int, re.Match[str]] = {}
        text = a.text
        index = a.index
        by_key = self.by_key
        pairs: list[tuple[re.Pattern[str] | None, Sequence[int] | None]]
        if len(by_key) <= len(index):
            pairs = [(pattern, index.get(key)) for key, pattern in by_key.items()]
        else:
            pairs = [(by_key.get(key), positions) for key, positions in index.items()]
        if self.common:
            keyed = a.keyed
            for i, (pattern, positions) in enumerate(pairs):
                if pattern is None or not positions:
                    continue
                key = keyed[positions[0] : positions[0] + _KEY_LEN]
                if key in self.common and (known := self.prefix(key)) is not None:
                    n, allowed = known
                    pairs[i] = (pattern, [p for p in positions if keyed[p : p + n] in allowed])
        whole = start == 0 and stop == len(text)
        for pattern, positions in pairs:
            if pattern is None or not positions:
                continue
            match = pattern.match
            # A position has one key, so the keyed patterns never meet at the same place.
            if whole:
                for pos in positions:
                    m = match(text, pos)
                    if m:
                        found[pos] = m
            else:
                for pos in positions:
                    if start <= pos < stop:
                        m = match(text, pos, stop)
                        if m:
                            found[pos] = m
        for pattern in self.scan:
            for m in pattern.finditer(text, start, stop):
                found.setdefault(m.start(), m)
        return [found[k] for k in sorted(found)]

    def spans(self, a: Analysis, start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
        """Spans of every phrase in ``a.text[start:end]``, in text order."""
        return tuple(m.span() for m in self.matches(a, start, end))

    def search(self, a: Analysis, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The first phrase span in ``a.text[start:end]``, or None."""
        found = self.matches(a, start, end)
        return found[0].span() if found else None


def prepare_all() -> None:
    """Work out every phrase set's prefixes now, so no check pays for them (the app's warm-up)."""
    for phrase_set in list(_COMPILED):
        phrase_set.prepare()
