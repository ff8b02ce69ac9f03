"""SNAP rules, for when things are not going to plan: Status, Next steps, Approximate timeline,
Planned outcome, plus someone taking ownership and an apology when the customer complained.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from desktop.core.checklist import phrases, snap_phrases
from desktop.core.checklist.clauses import outcome_clauses, status_clauses
from desktop.core.checklist.engine import SNAP_KINDS, Category, CheckContext, Outcome, Severity, Status, rule
from desktop.core.checklist.matching import PhraseSet, phrase_regex
from desktop.core.checklist.restate import find_mentions
from desktop.core.checklist.text import Analysis, analyse, evasions_of

_STATUS = PhraseSet.compile(snap_phrases.SNAP_STATUS)
_NEXT = PhraseSet.compile(snap_phrases.SNAP_NEXT)
_CONCRETE = PhraseSet.compile(snap_phrases.TIMELINE_CONCRETE)
_VAGUE = PhraseSet.compile(snap_phrases.TIMELINE_VAGUE)
_OUTCOME = PhraseSet.compile(snap_phrases.SNAP_OUTCOME)
_FAULTS = PhraseSet.compile(snap_phrases.FAULTS)
# "There's a known fault", not "there is no delay on our side" (a denial says nothing of where things stand).
_THERE_IS = re.compile(r"\bthere(?:'s| is| are|'re) (?:a |an |some )?(?:(?!no\b|not\b|never\b)[\w-]+ ){0,2}$", re.I)
_ARRIVAL = PhraseSet.compile(snap_phrases.ARRIVAL)
_OWNER = PhraseSet.compile(snap_phrases.OWNERSHIP)
_APOLOGY = PhraseSet.compile(snap_phrases.APOLOGY)
_COMPLAINT = phrase_regex(snap_phrases.COMPLAINT_EMAIL)
_NOT_A_COMPLAINT = phrase_regex(snap_phrases.NOT_A_COMPLAINT)
_PAST = phrase_regex(phrases.PAST_CUES)
_FUTURE = phrase_regex(phrases.FUTURE_CUES)
_UNKNOWN = phrase_regex(snap_phrases.TIMELINE_UNKNOWN)
_UNKNOWN_SET = PhraseSet.compile(snap_phrases.TIMELINE_UNKNOWN)
_CLAUSE_BREAK = re.compile(r"[,;:]")
# "I'll ring to make sure it has been emptied": a state in a clause like this is not yet the case.
_NOT_YET = re.compile(
    r"\b(?:if|whether|once|until|unless|when|make sure|check(?: that)?|to see)(?:\s+[\w']+){0,4}\s+$", re.I
)
# "Priya from our repairs team will call you": found from the verb, then the name is read backwards,
# so the scan never has to try every capitalised word.
_PERSON_VERB = PhraseSet.compile(
    [
        # "Dev in our delivery team is handling your case", "Beth handles all replacements".
        r"(?:is|'s) (?:personally |now |already )?(?:looking after|handling|dealing with|taking care of|in charge of|"
        r"managing|sorting out|taking over|responsible for)",
        r"(?:handles|looks after|deals with|manages|takes care of|is responsible for|runs) (?:all |your |the |our )",
        r"(?:will|is going to|is looking after|is handling|is dealing with) (?:personally )?"
        r"(?:look into|look at|investigate|get|call|ring|phone|email|contact|"
        r"visit|be in touch|look after|come|arrange|deal|handle|sort|"
        r"chase|check|bring|fit|fix|repair|send|confirm|update|keep|drop|deliver|collect|pop|install|replace|pick|"
        r"take|meet|make|post|text|redo|finish)",
        # "Mark from the workshop is collecting it now"
        r"(?:is|'s) (?:personally |now |already )?(?:calling|ringing|phoning|emailing|visiting|coming|arranging|"
        r"sorting|chasing|checking|bringing|fitting|fixing|repairing|sending|dropping|delivering|collecting|"
        r"popping|installing|replacing|picking|taking|making|posting|looking into|on (?:it|the case))",
    ]
)
_NAME_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)(?: (?:from|in|at|on) (?:our|the) [a-z]+(?: [a-z]+)?|, (?:our|the) [a-z]+(?: [a-z]+)?,"
    # "Lauren, who fitted it, will call you"
    r"|, who [a-z][^,.!?\n]{0,40},)?,? $"
)
_NOT_PERSON = phrases.NOT_A_NAME | {"it", "they", "she", "he", "someone", "everything", "nothing", "somebody", "who"}


def _named_people(a: Analysis) -> list[tuple[int, int]]:
    """Spans of "Name (from our team) will call/visit/...": a named person taking the next step."""
    spans = []
    for start, end in _PERSON_VERB.spans(a):
        m = _NAME_BEFORE.search(a.text, max(0, start - 70), start)
        if m and m.group("name").lower() not in _NOT_PERSON:
            spans.append((m.start(), end))
    return spans


@lru_cache(maxsize=16)
def _unknowns(a: Analysis) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of every "can't say" / "no idea" in the reply (once per reply)."""
    spans = _UNKNOWN_SET.spans(a)
    return tuple(s for s, _ in spans), tuple(e for _, e in spans)


def _hedged(a: Analysis, start: int) -> bool:
    """Whether the clause before ``start`` says it cannot be told: "I can't say when it will be fixed"."""
    starts, ends = _unknowns(a)
    i = bisect_left(starts, start) - 1
    if i < 0 or starts[i] < a.sentence(start)[0]:
        return False
    return not _CLAUSE_BREAK.search(a.text, ends[i], start)


def _found(phrase_set: PhraseSet, a: Analysis) -> tuple[tuple[int, int], ...]:
    """Spans of the phrases, leaving out those the reply says it cannot promise."""
    evasions = evasions_of(a)
    return tuple(
        s for s in phrase_set.spans(a) if not _hedged(a, s[0]) and not any(e0 <= s[0] < e1 for e0, e1 in evasions)
    )


@lru_cache(maxsize=16)
def _status_spans(a: Analysis) -> tuple[tuple[int, int], ...]:
    """Where the reply says how things stand now (not "to make sure it has been emptied")."""
    text = a.text
    spans = [s for s in _found(_STATUS, a) if not _NOT_YET.search(text, max(a.sentence(s[0])[0], s[0] - 60), s[0])]
    for start, end in _found(_FAULTS, a):
        m = _THERE_IS.search(text, max(0, start - 40), start)
        if m:
            spans.append((m.start(), end))
    if not spans:  # said in no listed phrase: read the clauses' shape
        spans = [s for s in status_clauses(a) if not _hedged(a, s[0])]
    return tuple(sorted(spans))


@lru_cache(maxsize=16)
def _arrivals(a: Analysis) -> tuple[tuple[int, int], ...]:
    """ "It should reach you by Tuesday": an arrival is a plan when the sentence says when, or the
    reply says where things stand; a bare "it'll be with you asap" promises nothing."""
    found = _found(_ARRIVAL, a)
    if not found or _status_spans(a):
        return found
    men = find_mentions(a)
    when = [m.start for m in men.dates] + [m.start for m in men.times]
    spans = []
    for start, end in found:
        s0, s1 = a.sentence(start)
        if _CONCRETE.search(a, s0, s1) or any(s0 <= w < s1 for w in when):
            spans.append((start, end))
    return tuple(spans)


def _shaped_outcomes(a: Analysis) -> list[tuple[int, int]]:
    """Outcome clauses read by their shape, unless hedged or only vague about when ("ready when it's ready")."""
    evasions = evasions_of(a)
    spans = []
    for start, end in outcome_clauses(a):
        if _hedged(a, start) or any(e0 <= start < e1 for e0, e1 in evasions):
            continue
        spans.append((start, end))
    return spans


@rule(
    "snap_status",
    title="Status: says where things stand",
    why="The customer first needs to know what is happening right now.",
    severity=Severity.WARNING,
    kinds=SNAP_KINDS,
    category=Category.SNAP,
)
def snap_status(ctx: CheckContext) -> Outcome:
    spans = _status_spans(analyse(ctx.reply))
    if spans:
        return Outcome(Status.PASS, spans)
    return Outcome(
        Status.FAIL, fix="Say where things stand now, e.g. “Your order is with the courier and running two days late.”"
    )


@rule(
    "snap_next_steps",
    title="Next steps: says what happens now",
    why="Knowing what will be done, and by whom, turns waiting into a plan.",
    severity=Severity.WARNING,
    kinds=SNAP_KINDS,
    category=Category.SNAP,
)
def snap_next_steps(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    spans = [s for s in (*_NEXT.spans(a), *_named_people(a)) if not _hedged(a, s[0])] + list(_arrivals(a))
    if spans:
        return Outcome(Status.PASS, tuple(sorted(spans)))
    return Outcome(Status.FAIL, fix="Say what happens next and who does it, e.g. “I'll ask the engineer to call you.”")


@rule(
    "snap_timeline",
    title="Approximate timeline: says when",
    why="A day, a date or a duration lets the customer plan; “soon” does not.",
    severity=Severity.WARNING,
    kinds=SNAP_KINDS,
    category=Category.SNAP,
)
def snap_timeline(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    men = find_mentions(a)
    candidates = sorted(
        {*_CONCRETE.spans(a), *(d.span for d in men.dates if d.day is not None), *(t.span for t in men.times)}
    )
    spans = []
    for start, end in candidates:
        sentence = a.sentence_text(start)
        if _PAST.search(sentence) and not _FUTURE.search(sentence):
            continue  # "we received it on 3 March" is history, not a timeline
        if _UNKNOWN.search(sentence):
            continue  # "we can't say when, this week is full" gives no timeline
        spans.append((start, end))
        if len(spans) == 3:
            break
    if spans:
        return Outcome(Status.PASS, tuple(sorted(set(spans))))
    vague = _VAGUE.spans(a)
    return Outcome(
        Status.FAIL, vague, fix="Give a day, a date or a duration, e.g. “by Thursday” or “within two working days”."
    )


@rule(
    "snap_outcome",
    title="Planned outcome: says how it will end",
    why="The customer wants to know what they will end up with, not only that someone is on it.",
    severity=Severity.WARNING,
    kinds=SNAP_KINDS,
    category=Category.SNAP,
)
def snap_outcome(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    spans = (*_found(_OUTCOME, a), *_arrivals(a)) or tuple(_shaped_outcomes(a))
    if spans:
        return Outcome(Status.PASS, tuple(sorted(spans)))
    return Outcome(
        Status.FAIL, fix="Say what the customer will end up with, e.g. “You'll have a full refund by Friday.”"
    )


@rule(
    "snap_ownership",
    title="Someone takes ownership",
    why="“I will” or a named person tells the customer who is looking after them until it is sorted.",
    severity=Severity.WARNING,
    kinds=SNAP_KINDS,
    category=Category.SNAP,
)
def snap_ownership(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    spans = list(_OWNER.spans(a))
    spans += _named_people(a)
    if spans:
        return Outcome(Status.PASS, tuple(sorted(spans)))
    return Outcome(Status.FAIL, fix="Take it on yourself, e.g. “I will look after this until it is sorted.”")


@rule(
    "snap_apology",
    title="Acknowledges the complaint",
    why="When the customer is upset, a sincere sorry or acknowledgement comes before any explanation.",
    severity=Severity.WARNING,
    kinds=SNAP_KINDS,
    category=Category.SNAP,
)
def snap_apology(ctx: CheckContext) -> Outcome:
    complaint = ctx.fields.get("complaint")
    if complaint is None:
        # "No complaints about the work at all - I'm just wondering when": the customer's own word wins.
        email = ctx.email_text or ""
        complaint = bool(_COMPLAINT.search(email)) and not _NOT_A_COMPLAINT.search(email)
    if complaint is not True:
        return Outcome(Status.NA, detail="The email is not a complaint.")
    spans = _APOLOGY.spans(analyse(ctx.reply))
    if spans:
        return Outcome(Status.PASS, spans)
    return Outcome(
        Status.FAIL, fix="Start by acknowledging it, e.g. “I'm sorry: that is not the service you should get.”"
    )
