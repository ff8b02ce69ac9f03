"""Rank templates for a customer's email: which reply fits this message best?

Each template is a small document (title, ``when`` line and tags weigh more than
the body), with situation concepts added from :mod:`desktop.core.suggest_lexicon`
so that "squeeze us in for dinner" meets "table booking". The email is the
query; BM25 scores it against every template, and a little usage (how often a
template was copied) breaks near-ties in favour of the user's habits.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.models import Template
from desktop.core.suggest_lexicon import concepts

_WORD = re.compile(r"[a-z][a-z']+")
# How much a word counts in each part of a template: the title and when line say
# what the template is for; the body also says a lot of warm, generic things.
FIELD_WEIGHTS = {"title": 3.0, "when": 3.0, "tags": 2.0, "body": 0.5}
CONCEPT_WEIGHT = 1.5  # a concept token counts more than a plain word
K1, B = 1.2, 0.5
USAGE_WEIGHT = 0.03  # per log-use: enough to break near-ties, never to outvote the words

_STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "hadn't",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "he'd",
        "he'll",
        "he's",
        "her",
        "here",
        "here's",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "how's",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "let's",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "ought",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "she'd",
        "she'll",
        "she's",
        "should",
        "shouldn't",
        "so",
        "some",
        "such",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they'd",
        "they'll",
        "they're",
        "they've",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "wasn't",
        "we",
        "we'd",
        "we'll",
        "we're",
        "we've",
        "were",
        "weren't",
        "what",
        "what's",
        "when",
        "when's",
        "where",
        "where's",
        "which",
        "while",
        "who",
        "who's",
        "whom",
        "why",
        "why's",
        "with",
        "won't",
        "would",
        "wouldn't",
        "you",
        "you'd",
        "you'll",
        "you're",
        "you've",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "hi",
        "hello",
        "hey",
        "hiya",
        "dear",
        "thanks",
        "thank",
        "cheers",
        "regards",
        "best",
        "many",
        "much",
        "please",
        "just",
        "also",
        "get",
        "got",
        "know",
        "let",
        "like",
        "would",
        "could",
        "bit",
        "really",
        "still",
        "us",
        "one",
        "two",
        "will",
        "can",
        "ok",
        "okay",
        "sorry",
    ]
)


def _stem(word: str) -> str:
    """A light suffix stripper: "bookings" → "book", "delayed" → "delay"; enough for short emails."""
    for _ in range(2):  # "bookings" → "booking" → "book"
        for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + keep
                break
        else:
            break
    return word


def tokens(text: str) -> list[str]:
    """Stemmed content words of ``text``, without greetings and function words."""
    lowered = text.lower().replace("\u2019", "'")
    return [_stem(w.strip("'")) for w in _WORD.findall(lowered) if w.strip("'") not in _STOP]


def _weighted_terms(text: str, weight: float, with_concepts: bool = True) -> dict[str, float]:
    counts: dict[str, float] = {}
    for w in tokens(text):
        counts[w] = counts.get(w, 0.0) + weight
    if with_concepts:
        # Presence, not count: a title that says "party" twice is not twice as much a party.
        for c in set(concepts(text)):
            counts[c] = counts.get(c, 0.0) + weight * CONCEPT_WEIGHT
    return counts


@dataclass(frozen=True)
class _Doc:
    template: Template
    terms: dict[str, float]
    length: float


class Suggester:
    """An index over a set of templates, built once and asked about many emails."""

    def __init__(self, templates: Iterable[Template]) -> None:
        self.docs: list[_Doc] = []
        for t in templates:
            counts: dict[str, float] = {}
            parts = {"title": t.title, "when": t.when, "tags": " ".join(t.tags).replace("-", " "), "body": t.body}
            for name, text in parts.items():
                # A body touches on many situations in passing ("any dietary needs?"), so its
                # concepts would blur what the template is for; its plain words still count.
                for term, w in _weighted_terms(text, FIELD_WEIGHTS[name], with_concepts=name != "body").items():
                    counts[term] = counts.get(term, 0.0) + w
            self.docs.append(_Doc(t, counts, sum(counts.values())))
        n = len(self.docs)
        df: Counter[str] = Counter(term for d in self.docs for term in d.terms)
        # BM25's idf, floored at a small positive value so common words still count a little.
        self.idf = {term: max(0.05, math.log((n - f + 0.5) / (f + 0.5) + 1.0)) for term, f in df.items()}
        self.avg_length = sum(d.length for d in self.docs) / n if n else 1.0

    def rank(self, email_text: str, limit: int | None = None) -> list[tuple[Template, float]]:
        """Templates for this email, best first, each with a score (higher is better; 0 means no match)."""
        query = Counter(tokens(email_text)) + Counter({c: 1 for c in concepts(email_text)})
        if not query or not self.docs:
            return []
        ranked: list[tuple[Template, float]] = []
        for d in self.docs:
            norm = K1 * (1 - B + B * d.length / self.avg_length)
            score = 0.0
            for term, q in query.items():
                tf = d.terms.get(term)
                if tf:
                    weight = CONCEPT_WEIGHT if term.startswith("c_") else 1.0
                    # Repeating a word in the email adds little: cap its count at 2.
                    score += weight * min(q, 2) * self.idf[term] * tf * (K1 + 1) / (tf + norm)
            if score > 0:
                score *= 1.0 + USAGE_WEIGHT * math.log1p(d.template.use_count)
            ranked.append((d.template, round(score, 4)))
        ranked.sort(key=lambda pair: (-pair[1], pair[0].title.casefold()))
        return ranked[:limit] if limit is not None else ranked


def suggest(email_text: str, templates: Sequence[Template], limit: int | None = None) -> list[tuple[Template, float]]:
    """Rank ``templates`` for ``email_text``, best first (see :class:`Suggester` to reuse an index)."""
    return Suggester(templates).rank(email_text, limit)
