"""Clause shapes the SNAP rules read by structure rather than by listed phrases.

A planned outcome is said in a few grammatical shapes, whatever the trade:

* the customer's thing (or "it"/"they") with a future or modal verb and an end state:
  "your back door will open first time", "it'll be in place well before Saturday";
* the customer getting something: "you can choose a replacement", "You get: the sofa carried in";
* a remedy (refund, replacement, repair, payment ...) being given: "a replacement or payment will be
  agreed", "refunds are processed automatically", "a refund of its full value, paid within 14 days";
* someone bringing, fitting or setting up the thing itself: "our crew will bring it in and set it up".

Where things stand is the thing with a present or past verb ("the cylinder wasn't lined up"), or the
work in hand ("I'm in the final stages of editing"). Messages (ring, email, let you know) are not
outcomes, and a negated or questioned clause counts for neither. Each shape is found from its verb
(indexed, so a long reply is not scanned word by word) and its subject is then read backwards.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.checklist.matching import PhraseSet
from desktop.core.checklist.text import Analysis

# What follows the modal when it only promises a message, is negated, or is an arrival with no end
# (left to the arrival phrases, which ask for a when).
_NOT_END = (
    r"(?!not\b|never\b|need\b|needs\b|have\s+to\b|be\s+able\b|be\s+in\s+touch\b|contact\b|call\b|ring\b|phone\b|"
    r"email\b|e-mail\b|text\b|let\b|confirm\b|update\b|tell\b|get\s+back\b|be\s+contacted\b|hear\b|try\b|"
    r"look\s+into\b|investigate\b|check\b|see\b|wait\b|depend\b|take\s+a\s+look\b|be\s+(?:late|delayed)\b|"
    r"arrive\b|reach\b|land\b|be\s+with\s+you\b|be\s+round\b)"
)
# Not the people doing the work: their future is a next step, their state no status of the job.
_NOT_PEOPLE = (
    r"(?!(?:[\w-]+\s+)?(?:team|factory|supplier|courier|driver|engineer|manager|insurer|office|crew|staff|"
    r"lads|fitter|technician|contractor|company|depot)s?\b)"
)
# The customer's thing, or a pronoun standing for it, ending where the verb begins; never I/we/he/she.
_SUBJECT = re.compile(
    r"\b(?:it|they|everything|(?:your|the|this|these|those)\s+" + _NOT_PEOPLE + r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*)"
    r"\s*$",
    re.I,
)
_FUTURE = PhraseSet.compile(
    [
        r"(?:'ll|will|should|is going to|are going to|can expect to) (?:then |now |also |all |definitely )?"
        + _NOT_END
        + r"\w+"
    ]
)
# "you can choose", "you'll be able to download", "You get: ...".
_YOU_GET = PhraseSet.compile(
    [
        r"you(?:'ll|\s+will|\s+can|\s+could|'ll\s+be\s+able\s+to|\s+will\s+be\s+able\s+to)? "
        r"(?:then |also |now |still )?(?:get|have(?!\s+to\b)|receive|choose|pick|keep|download|collect|enjoy|use)"
    ]
)
# Someone bringing or setting up the thing: "will bring it in and set it up", "send everything over".
_HANDS_OVER = PhraseSet.compile(
    [
        r"(?:'ll|will) (?!have\s+to\b)(?:(?:\w+,?\s+){1,3}(?:and\s+)?)?(?:then\s+)?"
        r"(?:bring|carry|set|install|fit|refit|deliver|send|hand|get) "
        r"(?:it|them|everything|your\s+[\w-]+|the\s+[\w-]+)\s*(?:in|up|over|round|back|to\s+you)"
    ]
)
# A remedy given: the noun, and a verb of providing in the same sentence.
_REMEDY = PhraseSet.compile(
    [
        r"(?:refund|replacement|repair|payment|credit|compensation|reimbursement|voucher|exchange|refit|"
        r"redelivery)s?"
    ]
)
_PROVIDED = re.compile(
    r"\b(?:processed|paid|issued|agreed|credited|refunded|sent|made|approved|arranged|given|covered|"
    r"reimbursed|returned|fitted|delivered)\b",
    re.I,
)
# Where things stand, said of the thing: "the cylinder wasn't lined up properly".
_STATE_VERB = PhraseSet.compile(
    [
        r"(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|hasn't|haven't) (?:not |now |still |just )?"
        r"(?!a\b|an\b|the\b|to\b|going\b|down\b|up\s+to\b|nothing\b|out\s+of\s+our\b|your\b|our\b|my\b|not\b|no\b)"
        r"[a-z]+(?:ed|en|ing|ne|wn|ut)"
    ]
)
# Or of the work in hand: "I'm in the final stages of editing".
_WORK_STAGE = PhraseSet.compile(
    [r"(?:I'm|I am|we're|we are|it's|it is) (?:now )?(?:in|at|on) the (?:[\w-]+ )?(?:stages?|steps?|phase|part) of"]
)
# Or in the clipped style of a note, at the start of a sentence: "Refund issued for TX-58201."
_NOTE_STATE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:your|the) )?[A-Za-z][\w-]+ "
    # at most one more word, and not a verb or a preposition: "Refunds are processed" is a sentence
    r"(?:(?!(?:is|are|was|were|be|been|being|get|gets|got|for|of|to|in|on|at|by|with|from|and|or|will|would|can|"
    r"could|should|have|has|had)\b)[a-z][\w-]+ )?"
    r"(?:issued|changed|swapped|sent|ordered|booked|arranged|processed|refunded|fixed|dispatched|posted|collected|"
    r"cancelled|confirmed|repaired|replaced|approved|credited|rebooked)\b",
    re.M,
)
_NEGATED = re.compile(
    r"\b(?:not|never|no|cannot|can't|won't|wouldn't|couldn't|unable|if|unless|whether|when|what time|how long)\b",
    re.I,
)
# "to make sure it has been emptied": a state still to be checked is not yet the case.
_NOT_YET = re.compile(r"\b(?:make sure|check|checking|to see|once|until)\b", re.I)


def _clean(a: Analysis, start: int, cues: re.Pattern[str] = _NEGATED) -> bool:
    """Whether the clause before ``start`` neither negates nor questions it (nor has ``cues``)."""
    s0 = a.sentence(start)[0]
    before = a.text[s0:start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    return not _NEGATED.search(before, cut + 1) and not cues.search(before, cut + 1)


def _with_subject(
    a: Analysis, verbs: PhraseSet, cues: re.Pattern[str] = _NEGATED, *, negated_ok: bool = False
) -> list[tuple[int, int]]:
    """Spans of ``verbs`` whose subject, read backwards, is the customer's thing (with ``negated_ok``,
    a negated verb counts too: "the box has not been located" is where things stand)."""
    spans = []
    for start, end in verbs.spans(a):
        m = _SUBJECT.search(a.text, max(0, start - 50), start)
        if m and _clean(a, m.start(), cues) and (negated_ok or not _NEGATED.search(a.text, start, end)):
            spans.append((m.start(), end))
    return spans


@lru_cache(maxsize=16)
def outcome_clauses(a: Analysis) -> tuple[tuple[int, int], ...]:
    """Spans of clauses that say how things will end for the customer, read by their shape."""
    text = a.text
    spans = _with_subject(a, _FUTURE)
    spans += [s for ps in (_YOU_GET, _HANDS_OVER) for s in ps.spans(a) if _clean(a, s[0])]
    for start, end in _REMEDY.spans(a):
        s0, s1 = a.sentence(start)
        p = _PROVIDED.search(text, s0, s1)
        if p and _clean(a, min(start, p.start())) and not _NEGATED.search(text, s0, s1):
            spans.append((min(start, p.start()), max(end, p.end())))
    return tuple(sorted(set(spans)))


@lru_cache(maxsize=16)
def status_clauses(a: Analysis) -> tuple[tuple[int, int], ...]:
    """Spans of clauses that say how things stand, read by their shape."""
    spans = _with_subject(a, _STATE_VERB, _NOT_YET, negated_ok=True)
    spans += [s for s in _WORK_STAGE.spans(a) if _clean(a, s[0])]
    spans += [m.span() for m in _NOTE_STATE.finditer(a.text)]
    return tuple(sorted(set(spans)))
