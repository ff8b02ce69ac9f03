"""Finding templates: safe FTS5 queries, typo tolerance and the list's sort orders.

FTS5 (prefix matching, bm25) does the work; when a short query finds little,
probably because of a typo, rapidfuzz compares each word with the words of every
title, tag and ``when`` line. Libraries hold hundreds of templates, not millions,
so sorting and fuzzy matching in Python stay well under a millisecond or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from desktop.core.models import Template

WORD = re.compile(r"\w+", re.UNICODE)

# The orders the library list offers.
SORTS = ("relevance", "most_used", "recent", "title")

# bm25 column weights: title, when, tags, body (a hit in the title matters most).
BM25_WEIGHTS = "10.0, 5.0, 3.0, 1.0"

# Typo tolerance is for what people type into a search box: a word or three.
FUZZY_MAX_WORDS = 3
FUZZY_MIN_WORD = 4  # shorter words must match as typed (a prefix), or noise floods in
FUZZY_THRESHOLD = 75.0
FUZZY_WHEN_FEWER_THAN = 3


def fts_query(text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word, as a prefix, all required."""
    words = WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


def check_sort(sort: str) -> str:
    """``sort`` if it is a known order, else ValueError naming the choices."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (expected one of: {', '.join(SORTS)})")
    return sort


def order(templates: Iterable[Template], sort: str) -> list[Template]:
    """Templates in the chosen order, pinned ones first; "relevance" keeps the given order."""
    result = list(templates)
    check_sort(sort)
    # Successive stable sorts: the last key applied is the most significant.
    if sort == "title":
        result.sort(key=lambda t: t.title.casefold())
    elif sort == "recent":
        result.sort(key=lambda t: t.title.casefold())
        result.sort(key=lambda t: t.last_used, reverse=True)
    elif sort == "most_used":
        result.sort(key=lambda t: t.title.casefold())
        result.sort(key=lambda t: t.last_used, reverse=True)
        result.sort(key=lambda t: t.use_count, reverse=True)
    result.sort(key=lambda t: not t.pinned)
    return result


def _vocabulary(t: Template) -> set[str]:
    return set(WORD.findall(f"{t.title} {' '.join(t.tags)} {t.when}".casefold()))


def _word_score(word: str, vocab: set[str]) -> float:
    if len(word) < FUZZY_MIN_WORD:
        return 100.0 if any(v.startswith(word) for v in vocab) else 0.0
    best = 0.0
    for v in vocab:
        # Compare with the whole word and with its start, since people search while typing.
        score = max(fuzz.ratio(word, v), fuzz.ratio(word, v[: len(word)]) if len(v) > len(word) else 0.0)
        best = max(best, score)
    return best


def fuzzy_matches(templates: Sequence[Template], text: str) -> list[tuple[Template, float]]:
    """Templates whose title, tags or ``when`` match every word of a short query, allowing typos."""
    words = [w.casefold() for w in WORD.findall(text)]
    if not words or len(words) > FUZZY_MAX_WORDS:
        return []
    found: list[tuple[Template, float]] = []
    for t in templates:
        vocab = _vocabulary(t)
        scores = [_word_score(w, vocab) for w in words]
        if min(scores) >= FUZZY_THRESHOLD:
            found.append((t, sum(scores) / len(scores)))
    found.sort(key=lambda pair: -pair[1])
    return found
