"""SNAP rules, for when things are not going to plan: Status, Next steps, Approximate timeline,
Planned outcome, plus someone taking ownership and an apology when the customer complained.
"""

from __future__ import annotations

import re

from desktop.core.checklist import phrases, snap_phrases
from desktop.core.checklist.engine import SNAP_KINDS, Category, CheckContext, Outcome, Severity, Status, rule
from desktop.core.checklist.matching import PhraseSet, phrase_regex
from desktop.core.checklist.restate import find_mentions
from desktop.core.checklist.text import Analysis, analyse

_STATUS = PhraseSet.compile(snap_phrases.SNAP_STATUS)
_NEXT = PhraseSet.compile(snap_phrases.SNAP_NEXT)
_CONCRETE = PhraseSet.compile(snap_phrases.TIMELINE_CONCRETE)
_VAGUE = PhraseSet.compile(snap_phrases.TIMELINE_VAGUE)
_OUTCOME = PhraseSet.compile(snap_phrases.SNAP_OUTCOME)
_OWNER = PhraseSet.compile(snap_phrases.OWNERSHIP)
_APOLOGY = PhraseSet.compile(snap_phrases.APOLOGY)
_COMPLAINT = phrase_regex(snap_phrases.COMPLAINT_EMAIL)
_PAST = phrase_regex(phrases.PAST_CUES)
_FUTURE = phrase_regex(phrases.FUTURE_CUES)
_UNKNOWN = phrase_regex(snap_phrases.TIMELINE_UNKNOWN)
# "Priya from our repairs team will call you": found from the verb, then the name is read backwards,
# so the scan never has to try every capitalised word.
_PERSON_VERB = PhraseSet.compile(
    [
        r"(?:will|is going to|is looking after|is handling|is dealing with) (?:personally )?"
        r"(?:call|ring|phone|email|contact|visit|be in touch|look after|come|arrange|deal|handle|sort|"
        r"chase|check|bring|fit|fix|repair|send|confirm|update|keep)"
    ]
)
_NAME_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)(?: (?:from|in|at|on) (?:our|the) [a-z]+(?: [a-z]+)?|, (?:our|the) [a-z]+(?: [a-z]+)?,)? $"
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


def _found(phrase_set: PhraseSet, ctx: CheckContext) -> tuple[tuple[int, int], ...]:
    return phrase_set.spans(analyse(ctx.reply))


@rule(
    "snap_status",
    title="Status: says where things stand",
    why="The customer first needs to know what is happening right now.",
    severity=Severity.WARNING,
    kinds=SNAP_KINDS,
    category=Category.SNAP,
)
def snap_status(ctx: CheckContext) -> Outcome:
    spans = _found(_STATUS, ctx)
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
    spans = [*_NEXT.spans(a), *_named_people(a)]
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
    spans = _found(_OUTCOME, ctx)
    if spans:
        return Outcome(Status.PASS, spans)
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
    complaint = ctx.fields.get("complaint") is True or bool(ctx.email_text and _COMPLAINT.search(ctx.email_text))
    if not complaint:
        return Outcome(Status.NA, detail="The email is not a complaint.")
    spans = _found(_APOLOGY, ctx)
    if spans:
        return Outcome(Status.PASS, spans)
    return Outcome(
        Status.FAIL, fix="Start by acknowledging it, e.g. “I'm sorry: that is not the service you should get.”"
    )
