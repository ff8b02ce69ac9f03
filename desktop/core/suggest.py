"""Rank templates for a customer's email: which reply fits this message best?

Two signals, added up:

* situations: :mod:`desktop.core.suggest_lexicon` turns text into concept tokens
  ("squeeze us in for dinner" → reserve, meal; "6 of us" → party). A template's
  situations come from its title, ``when`` line and tags (its purpose) and, more
  lightly, from its example email (a customer's words for the same situation,
  see :mod:`desktop.core.suggest_examples`). Every situation of the email that
  the template shares scores its rarity across the library.
* words: BM25 of the email's words against the template's title, ``when`` line
  and tags (heavy), its example email, and its body (light; bodies say many
  warm, generic things).

A complaint in the email leans towards the problem ("snap") templates, and a
little usage (how often a template was copied) breaks near-ties in favour of the
user's habits.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from desktop.core.models import Kind, Template
from desktop.core.suggest_examples import seed_examples
from desktop.core.suggest_lexicon import concepts
from desktop.core.suggest_text import tokens

__all__ = ["Suggester", "suggest", "tokens"]

# How much a word counts in each part of a template.
FIELD_WEIGHTS = {"title": 3.0, "when": 3.0, "tags": 2.0, "example": 1.0, "body": 0.25}
K1, B = 1.2, 0.5
WORD_WEIGHT = 1.0  # the words' BM25 score counts this much…
CONCEPT_WEIGHT = 4.0  # …and each shared situation this much times its rarity
PURPOSE, EXAMPLE = 1.0, 0.25  # a situation named by the template's purpose, or only by its example email
KIND_BONUS = 0.15  # complaint-toned emails: problem (snap) templates score this much more
COVERAGE = 0.5  # a template whose purpose names more situations than most needs the email to share more
USAGE_WEIGHT = 0.03  # per log-use: enough to break near-ties, never to outvote the words

# Fields of the email reader (desktop.core.extract) that say what an email is about.
_FIELD_CONCEPTS = {
    "party_size": "c_party",
    "nights": "c_stay",
    "check_in": "c_stay",
    "complaint": "c_complaint",
    "dietary": "c_diet",
    "occasion": "c_occasion",
    "time": "c_time",
}


# Situations that say which trade an email is about rather than what happened: a
# template for restaurants and hotels alike should not need both in one email.
DOMAINS = frozenset({"c_meal", "c_stay", "c_order", "c_trade_work", "c_project"})


@dataclass(frozen=True)
class _Doc:
    template: Template
    terms: dict[str, float]  # word → weighted count
    length: float
    situations: dict[str, float]  # concept → PURPOSE or EXAMPLE
    breadth: float = 1.0  # how many (rare) situations its purpose names, relative to the library's average


def _words(parts: Mapping[str, str]) -> dict[str, float]:
    counts: dict[str, float] = {}
    for name, text in parts.items():
        for w in tokens(text):
            counts[w] = counts.get(w, 0.0) + FIELD_WEIGHTS[name]
    return counts


def _situations(purpose: str, example: str) -> dict[str, float]:
    found = dict.fromkeys(concepts(example), EXAMPLE) if EXAMPLE > 0 else {}
    # The purpose's own words are plain statements, not a customer's message: no reader there.
    found.update(dict.fromkeys(concepts(purpose, reader=False), PURPOSE))
    return found


class Suggester:
    """An index over a set of templates, built once and asked about many emails.

    ``examples`` maps a template title (any case) to an example email the template
    answers; by default, the example emails shipped beside the seed templates.
    """

    def __init__(self, templates: Iterable[Template], examples: Mapping[str, str] | None = None) -> None:
        if examples is None:
            examples = seed_examples()
        folded = {title.strip().casefold(): text for title, text in examples.items()}
        self.docs: list[_Doc] = []
        for t in templates:
            tags = " ".join(t.tags).replace("-", " ")
            example = folded.get(t.title.strip().casefold(), "")
            parts = {"title": t.title, "when": t.when, "tags": tags, "example": example, "body": t.body}
            terms = _words(parts)
            purpose = f"{t.title}. {t.when}. {tags}"
            self.docs.append(_Doc(t, terms, sum(terms.values()), _situations(purpose, example)))
        n = len(self.docs)
        df: Counter[str] = Counter(term for d in self.docs for term in d.terms)
        # BM25's idf, floored at a small positive value so common words still count a little.
        self.idf = {term: max(0.05, math.log((n - f + 0.5) / (f + 0.5) + 1.0)) for term, f in df.items()}
        # A situation's rarity, weighted by how strongly each template holds it.
        held: dict[str, float] = {}
        for d in self.docs:
            for c, w in d.situations.items():
                held[c] = held.get(c, 0.0) + w
        self.rarity = {c: math.log(1.0 + n / f) for c, f in held.items()}
        # Breadth: the rarity of the situations a template holds (domains aside), relative to
        # the average; only broader-than-average templates are held back, never narrow ones boosted.
        spans = [sum(self.rarity[c] * w for c, w in d.situations.items() if c not in DOMAINS) for d in self.docs]
        mean_span = (sum(spans) / n if n else 0.0) or 1.0
        self.docs = [
            replace(d, breadth=max(span / mean_span, 1.0) ** COVERAGE) for d, span in zip(self.docs, spans, strict=True)
        ]
        self.avg_length = sum(d.length for d in self.docs) / n if n else 1.0

    def rank(
        self, email_text: str, limit: int | None = None, fields: Mapping[str, object] | None = None
    ) -> list[tuple[Template, float]]:
        """Templates for this email, best first, each with a score (higher is better; 0 means no match).

        ``fields`` optionally passes what the email reader already found
        (``extract(text).values()``); the ranking reads the same cues itself.
        """
        words = Counter(tokens(email_text))
        situations = set(concepts(email_text))
        for name, concept in _FIELD_CONCEPTS.items():
            if fields and fields.get(name):
                situations.add(concept)
        if not (words or situations) or not self.docs:
            return []
        complaint = "c_complaint" in situations
        ranked: list[tuple[Template, float]] = []
        for d in self.docs:
            norm = K1 * (1 - B + B * d.length / self.avg_length)
            score = 0.0
            for term, q in words.items():
                tf = d.terms.get(term)
                if tf:
                    # Repeating a word in the email adds little: cap its count at 2.
                    score += WORD_WEIGHT * min(q, 2) * self.idf[term] * tf * (K1 + 1) / (tf + norm)
            shared = 0.0
            domain = 0.0
            for c in situations:
                held = d.situations.get(c)
                if held:
                    if c in DOMAINS:
                        domain = max(domain, held * self.rarity[c])
                    else:
                        shared += held * self.rarity[c]
            score += CONCEPT_WEIGHT * (shared / d.breadth + domain)
            if score > 0:
                if complaint and d.template.kind is Kind.SNAP:
                    score *= 1.0 + KIND_BONUS
                score *= 1.0 + USAGE_WEIGHT * math.log1p(d.template.use_count)
            ranked.append((d.template, round(score, 4)))
        ranked.sort(key=lambda pair: (-pair[1], pair[0].title.casefold()))
        return ranked[:limit] if limit is not None else ranked


def suggest(email_text: str, templates: Sequence[Template], limit: int | None = None) -> list[tuple[Template, float]]:
    """Rank ``templates`` for ``email_text``, best first (see :class:`Suggester` to reuse an index)."""
    return Suggester(templates).rank(email_text, limit)
