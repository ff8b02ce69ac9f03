"""The analysed message every field reader works on, and the helpers they share.

A :class:`Document` holds the text plus blanked copies of it (same length) that
show only the parts a reader should search, so a match's span is already a span
of ``Extraction.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.core.extract.cleaning import Header, Layout
from desktop.core.extract.model import Candidate, Evidence


@dataclass(frozen=True)
class Document:
    """A message ready for the field readers.

    ``scan`` shows only the customer's new text; ``scan_sig`` also shows the
    signature (where phone numbers and full names live); ``quoted`` shows only
    the quoted history without its header lines, read when the new text lacks
    a field ("same booking, but 6 of us"); ``ref`` is the day relative dates
    resolve against (the Date header's day, else ``today``); ``date_region``
    decides "03/04" (the settings region, or "US" when the message is plainly
    American).
    """

    text: str
    scan: str
    scan_sig: str
    quoted: str
    layout: Layout
    ref: date
    today: date
    region: str
    date_region: str

    @property
    def headers(self) -> dict[str, Header]:
        """Header values found at the top of the message (or of a forwarded one)."""
        return self.layout.headers

    def candidate(self, value: object, start: int, end: int, confidence: float) -> Candidate:
        """A candidate whose evidence is ``text[start:end]``."""
        return Candidate(value, Evidence(start, end, self.text[start:end], round(confidence, 2)))


_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


def sentence_around(scan: str, start: int, end: int, limit: int = 240) -> tuple[int, int]:
    """Span of the sentence (or line) holding ``scan[start:end]``, at most ``limit`` each side."""
    lo = max(0, start - limit)
    left = scan.rfind("\n", lo, start)
    for m in _SENTENCE_END.finditer(scan, lo, start):
        left = max(left, m.start())
    s = left + 1 if left >= 0 else lo
    m2 = _SENTENCE_END.search(scan, end, min(len(scan), end + limit))
    e = m2.start() + 1 if m2 else min(len(scan), end + limit)
    return s, e


def dedupe(cands: list[tuple[float, int, Candidate]]) -> tuple[Candidate, ...]:
    """Order (score, position, candidate) triples best first, one candidate per value."""
    seen: set[object] = set()
    out: list[Candidate] = []
    for _score, _pos, cand in sorted(cands, key=lambda t: (-t[0], t[1])):
        key = repr(cand.value)
        if key in seen:
            continue
        seen.add(key)
        out.append(cand)
    return tuple(out[:5])
