"""Glass detectors: things that must not reach any customer, whatever the kind of reply.

Blockers (placeholders, profanity, internal notes, a wrong name) stop a copy
unless the user confirms; the rest are warnings and tips.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from importlib import resources

from desktop.core.checklist import glass_phrases, phrases
from desktop.core.checklist.engine import CheckContext, Outcome, Severity, Status, rule
from desktop.core.checklist.matching import PhraseSet, phrase_regex
from desktop.core.checklist.restate import WEEKDAY_NAMES, find_mentions
from desktop.core.checklist.text import Analysis, analyse, evasions_of
from desktop.core.checklist.values import as_date, customer_names, resolve

_UNFILLED = re.compile(
    r"\[(?!\s*internal)[A-Za-z][\w .'-]{0,30}\]|\{\{.*?\}\}|\{%.*?%\}|<<[^<>\n]{1,30}>>|\{[a-z_][a-z0-9_]*\}"
    r"|XX/XX|xx/xx|_{4,}"
    # A code never filled in: "PT-XXXX", "ref XXXXX" (four X or more; "xx" signs off with kisses).
    r"|(?<![A-Za-z])XXXX+(?![A-Za-z])"
    # Angle-bracket gaps people type by hand: <DATE>, <CUSTOMER NAME>, <first_name>.
    r"|<[A-Z][A-Z _]{1,29}>|<[a-z]+_[a-z_]+>"
)
_BLAME = PhraseSet.compile(glass_phrases.BLAME)
_INTERNAL = PhraseSet.compile(glass_phrases.INTERNAL_NOTE)
_INTERNAL_MARKERS = PhraseSet.compile(glass_phrases.INTERNAL_MARKERS, flags=0)
_PLACEHOLDER_CHARS = ("[", "{", "<", "XX/", "xx/", "____", "XXXX")
_MENTION = re.compile(r"@(?<![\w.@]@)[A-Za-z][\w.-]*\w")
_INSULT_PHRASES = PhraseSet.compile(glass_phrases.INSULT_PHRASES)
_ATOM = re.compile(r"[a-z0-9]+")
# Two or more capitals; that it is a whole word is checked after (a leading \b would slow the scan).
_CAPS_WORD = re.compile(r"[A-Z][A-Z'-]*[A-Z]")
_GAP = re.compile(r"[\s,.!?;:'\"-]*")
_EXCLAIM_RUN = re.compile(r"!{2,}")
# "PT-XXXX", "AB-CD": a code, not a raised voice.
_REFERENCE_LIKE = re.compile(r"[A-Z]{1,4}-[A-Z0-9-]+")
_PAST = phrase_regex(phrases.PAST_CUES)
_SORRY_FOR = re.compile(r"\b(?:sorry|apologies|apologise|apologize)\b", re.I)


@rule(
    "unfilled_placeholder",
    title="No unfilled placeholders",
    why="A bracketed field name in a sent reply tells the customer they got a form letter.",
    severity=Severity.BLOCKER,
)
def unfilled_placeholder(ctx: CheckContext) -> Outcome:
    spans = _gaps(analyse(ctx.reply).text)
    if spans:
        return Outcome(Status.FAIL, spans, fix="Fill in or delete each bracketed field.")
    return Outcome(Status.PASS)


@lru_cache(maxsize=16)
def _gaps(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the template gaps left unfilled in ``text`` (read once for the rules that need them)."""
    if not any(c in text for c in _PLACEHOLDER_CHARS):  # the usual case, decided in C
        return ()
    return tuple(m.span() for m in _UNFILLED.finditer(text))


@cache
def _bad_words() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The maintained list (better-profanity) minus everyday words, plus our own insults.

    Returns single words, and the entries of several words or with inner punctuation
    ("blow job", "ass-fucker", "sh!t"), which are looked for as substrings, each with its first word.
    """
    words: set[str] = set()
    try:
        listed = resources.files("better_profanity").joinpath("profanity_wordlist.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        listed = ""
    for line in listed.splitlines():
        w = line.strip().lower()
        if w and "*" not in w and w not in glass_phrases.PROFANITY_ALLOW:
            words.add(w)
    words |= glass_phrases.INSULTS
    single = frozenset(w for w in words if _ATOM.fullmatch(w))
    other = tuple(sorted((re.split(r"\W|_", w)[0], w) for w in words if not _ATOM.fullmatch(w)))
    return single, other


def find_profanity(a: Analysis) -> list[tuple[int, int]]:
    """Spans of listed swear words, slurs and insults in the analysed reply."""
    single, other = _bad_words()
    low = a.low
    spans: list[tuple[int, int]] = []
    # One pass into a set keeps the usual case (nothing found) fast; spans are looked up only on a hit.
    if not a.words.isdisjoint(single):
        spans += [m.span() for m in _ATOM.finditer(low) if m.group() in single]
    words = a.words
    for first, entry in other:
        # Only an entry whose first word the reply has can be in it ("blow job" needs "blow").
        if first in words and entry in low:
            pattern = r"\s+".join(map(re.escape, entry.split()))
            for m in re.finditer(pattern, low):
                start, end = m.span()
                if not (start > 0 and low[start - 1].isalnum()) and not (end < len(low) and low[end].isalnum()):
                    spans.append((start, end))
    spans += _INSULT_PHRASES.spans(a)
    return sorted(set(spans))


@rule(
    "profanity",
    title="No swearing or insults",
    why="One rude word undoes everything else in the reply, and it may be quoted back at you.",
    severity=Severity.BLOCKER,
)
def profanity(ctx: CheckContext) -> Outcome:
    spans = tuple(find_profanity(analyse(ctx.reply)))
    if spans:
        return Outcome(Status.FAIL, spans, fix="Remove the highlighted words; say what went wrong in plain terms.")
    return Outcome(Status.PASS)


_THIRD_PERSON_VERBS = "|".join(glass_phrases.THIRD_PERSON_VERBS)
_REMARK_VERBS = "|".join(glass_phrases.REMARK_VERBS)
# "Kev - chase the framer on this" / "Jo: can you ring them": a line that opens by addressing someone.
# Both start at a line break (the text is read with one put in front), which ``re`` finds fast.
# A note may sit in brackets or after ">>": "(Sol - can you check ...)", ">> Paul - he's already ...".
_NOTE_OPEN = r"\n[ \t]*(?:[(\[][ \t]*|>+[ \t]*)?"
_NOTE_LINE = re.compile(
    rf"{_NOTE_OPEN}(?P<name>[A-Z][a-z]+)[ \t]*(?:-+|:|,)[ \t]*(?i:{'|'.join(glass_phrases.COLLEAGUE_TASKS)})\b"
)
_NOTE_LINE_CUE = re.compile(r"\n[ \t]*[A-Z][a-z]+[ \t]*[-:]")
# "Jo - vegan buttercream sweats in June heat, add the charge to her quote": a line to a colleague
# that speaks of the customer as "her" or "him".
# "Lou: this is the mum who cancelled ...", "Dean - this is the third one this month".
_NOTE_LINE_ASIDE = re.compile(
    rf"{_NOTE_OPEN}(?P<name>[A-Z][a-z]+)[ \t]*(?:-+|:|,)[ \t]*(?i:{'|'.join(glass_phrases.ASIDE_OPENERS)})"
)
# A bracket opened with someone's name and a dash or colon, anywhere: "[Sam: table 9 please ...]".
_BRACKET_NOTE = re.compile(r"[(\[][ \t]*(?P<name>[A-Z][a-z]+)[ \t]*(?:-+|:)[ \t]*\S")
_NOTE_LINE_ABOUT = re.compile(
    _NOTE_OPEN + r"(?P<name>[A-Z][a-z]+)[ \t]*(?:-+|:)[ \t]*[^\n]*?\b(?i:her|him|his|she|he)\b(?!\s+(?:will|'ll)\b)"
)
# "Jo, she's the one who ...", "(Gem, this is the bride who ...)": a colleague's name and a comma,
# then words said to them about the customer, at the start of a line, a sentence or a bracket.
# Found from the comma (``re`` scans for a literal fast), then the name and what opens the line
# are read around it.
_ASIDE_NAME = re.compile(r"(?P<name>[A-Z][a-z]+), ")
_ASIDE_OPENER = re.compile(rf"(?i:{'|'.join(glass_phrases.ASIDE_OPENERS)})")


def _asides(text: str) -> list[re.Match[str]]:
    """Matches of a name addressed at the start of a line, sentence or bracket, with an aside opener after it."""
    found = []
    for m in _ASIDE_NAME.finditer(text):
        start = m.start()
        before = text[max(0, start - 2) : start].lstrip(" \t")
        # Only where a line, a bracket or a sentence begins: "...booked. Jo, she's ..." or "(Gem, this ...".
        if (start == 0 or before[-1:] in ("\n", "(") or before[:1] in (".", "!", "?")) and (
            _ASIDE_OPENER.match(text, m.end())
        ):
            found.append(m)
    return found


def _notes_to_colleagues(a: Analysis, ctx: CheckContext) -> list[tuple[int, int]]:
    """Lines that hand a task to someone by name, who is not the customer."""
    customer = {n.lower() for n in customer_names(ctx.fields) for n in n.split()}
    greeted = {w.lower() for w in a.greeting.words} if a.greeting else set()
    signer = set(a.text[slice(*a.signoff.name)].lower().split()) if a.signoff.name else set()
    spans = []
    lines = "\n" + a.text
    found = [*_NOTE_LINE.finditer(lines), *_NOTE_LINE_ABOUT.finditer(lines), *_NOTE_LINE_ASIDE.finditer(lines)]
    if "(" in a.text or "[" in a.text:
        found += list(_BRACKET_NOTE.finditer(lines))
    found += [m for m in _asides(a.text) if a.greeting is None or m.start("name") != a.greeting.name[0]]
    for m in found:
        word = m.group("name").lower()
        if word in customer or word in greeted or word in signer or word in phrases.NOT_A_NAME:
            continue
        if word in glass_phrases.NOT_ADDRESSEES or word.endswith("ly"):  # "Honestly, ..." is nobody
            continue
        shift = 1 if m.string is lines else 0
        line_end = a.text.find("\n", m.start("name") - shift)
        spans.append((m.start("name") - shift, line_end if line_end != -1 else len(a.text)))
    return spans


@rule(
    "internal_note",
    title="No internal notes",
    why="A remark meant for a colleague, or about the customer, must never be read by the customer.",
    severity=Severity.BLOCKER,
)
def internal_note(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    text = a.text
    spans = [*_INTERNAL.spans(a), *_INTERNAL_MARKERS.spans(a)]
    if "@" in text:
        spans += [m.span() for m in _MENTION.finditer(text)]
    known = customer_names(ctx.fields)
    # The customer's own name as the subject of a remark about them: "Rod is always late",
    # "Mrs Hollis sounds fussy". Written to Rod, the reply would say "you". A surname alone may
    # be a relative's ("Mr Marsh is welcome too"), so only a verdict counts after it.
    signed = a.signoff.name[0] if a.signoff.name else -1
    for group, verbs in ((known[:2], _THIRD_PERSON_VERBS), (known[2:], _REMARK_VERBS)):
        names = [n for n in group if n and n in text]
        if not names:
            continue
        alts = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
        third = re.compile(rf"(?:{alts})\s+(?:{verbs})\b")  # a literal first, so ``re`` scans fast
        spans += [
            m.span()
            for m in third.finditer(text)
            if not (m.start() and text[m.start() - 1].isalnum()) and m.start() != signed
        ]
    spans += _notes_to_colleagues(a, ctx)
    if spans:
        return Outcome(
            Status.FAIL, tuple(sorted(set(spans))), fix="Delete the note before sending; keep notes outside the reply."
        )
    return Outcome(Status.PASS)


@rule(
    "blame_shifting",
    title="No blame-shifting or stonewalling",
    why="Pointing at someone else or at a rule tells the customer nobody will help them.",
    severity=Severity.WARNING,
)
def blame_shifting(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    # A non-answer stonewalls too: "it'll be ready when it's ready".
    spans = _merged(sorted({*_BLAME.spans(a), *evasions_of(a)}))
    if spans:
        return Outcome(
            Status.FAIL,
            spans,
            fix="Say what you will do about it instead, e.g. “I'll chase the crew today and call you by 4pm.”",
        )
    return Outcome(Status.PASS)


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted spans with overlapping ones joined, so one phrase is marked once."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def _same_name(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


@rule(
    "wrong_name",
    title="Addresses the right person",
    why="Greeting a customer by someone else's name shows the reply was copied from another one.",
    severity=Severity.BLOCKER,
)
def wrong_name(ctx: CheckContext) -> Outcome:
    known = customer_names(ctx.fields)
    names = [w.lower() for n in known for w in n.split()]
    if not names:
        return Outcome(Status.NA, detail="No customer name was found in the email.")
    greeting = analyse(ctx.reply).greeting
    if greeting is None:
        return Outcome(Status.PASS)
    if any(_same_name(w.lower(), n) for w in greeting.words for n in names):
        return Outcome(Status.PASS, (greeting.name,))
    first = known[0]
    return Outcome(Status.FAIL, (greeting.name,), fix=f"The email is from {first}: greet them as “Hi {first},”.")


def _booking_date(ctx: CheckContext) -> date | None:
    return as_date(ctx.fields.get("date")) or as_date(ctx.fields.get("check_in"))


def _known_dates(ctx: CheckContext) -> tuple[date | None, ...]:
    return tuple(as_date(ctx.fields.get(k)) for k in ("check_in", "check_out"))


@rule(
    "weekday_mismatch",
    title="Weekday matches the date",
    why="“Friday 16 November” when the 16th is a Saturday leaves the customer unsure which day you mean.",
    severity=Severity.WARNING,
)
def weekday_mismatch(ctx: CheckContext) -> Outcome:
    booking = _booking_date(ctx)
    checked, bad, fix = [], [], None
    for m in find_mentions(analyse(ctx.reply)).dates:
        if m.weekday is None or m.day is None:
            continue
        if m.month is None:
            anchor = booking or ctx.today
            if anchor is None:
                continue
            try:
                full: date | None = anchor.replace(day=m.day)
            except ValueError:
                continue
        else:
            full = resolve(m, booking, ctx.today, _known_dates(ctx))
        if full is None:
            continue
        checked.append(m.span)
        if full.weekday() != m.weekday:
            bad.append(m.span)
            fix = f"{full.day} {full.strftime('%B')} {full.year} is a {WEEKDAY_NAMES[full.weekday()]}."
    if bad:
        return Outcome(Status.FAIL, tuple(bad), fix=fix)
    if checked:
        return Outcome(Status.PASS, tuple(checked))
    return Outcome(Status.NA, detail="The reply names no weekday with a date.")


@rule(
    "date_in_past",
    title="No dates in the past",
    why="Confirming a date that has already gone is a sign the details were not checked.",
    severity=Severity.WARNING,
)
def date_in_past(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    today = ctx.today or date.today()
    booking = _booking_date(ctx)
    checked, bad = [], []
    told = {booking, *_known_dates(ctx)} - {None}
    for m in find_mentions(a).dates:
        full = resolve(m, booking, today, _known_dates(ctx))
        if full is None:
            if m.day is not None:  # "the 13th": a calendar date, read as the next one to come
                checked.append(m.span)
            continue
        checked.append(m.span)
        if full < today and full in told:
            continue  # the customer's own date, gone by: "sorry about your appointment on Saturday 6 March"
        sentence = a.sentence_text(m.start)
        # "Apologies for the double charge on 25 February": the day it went wrong, not a plan.
        if full < today and not _PAST.search(sentence) and not _SORRY_FOR.search(sentence):
            bad.append(m.span)
    if bad:
        return Outcome(Status.FAIL, tuple(bad), fix=f"Check the highlighted date: today is {today:%d %B %Y}.")
    if checked:
        return Outcome(Status.PASS, tuple(checked))
    return Outcome(Status.NA, detail="The reply gives no calendar date.")


def _inside_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _code_like(text: str, start: int, end: int, email_caps: frozenset[str]) -> bool:
    """A capitalised token that is a name for something, not a raised voice: a placeholder or code
    ("[PRICE]", "{NAME}", "WED-0419", "REF/2"), or a word the customer wrote in capitals too."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before in "[{<_/#-" or after in "]}>_/-" or text[start:end] in email_caps


@rule(
    "shouting",
    title="No shouting",
    why="Words in capitals read as raised voice, however friendly the message.",
    severity=Severity.WARNING,
)
def shouting(ctx: CheckContext) -> Outcome:
    text = analyse(ctx.reply).text
    ref = str(ctx.fields.get("reference") or "").upper()
    email_caps = frozenset(m.group() for m in _CAPS_WORD.finditer(ctx.email_text or ""))
    # "[INSERT ACCESS INFO]" is a gap left unfilled (a blocker of its own), not a raised voice.
    gaps = _gaps(text)
    words = [
        m
        for m in _CAPS_WORD.finditer(text)
        if not _inside_word(text, *m.span())
        and m.group() not in glass_phrases.ACRONYMS
        and m.group() != ref
        and m.group() not in ("TODO", "FIXME")
        and not (set(m.group()) <= {"X", "-"} or _REFERENCE_LIKE.fullmatch(m.group()))
        and not _code_like(text, *m.span(), email_caps)
        and not any(g0 <= m.start() < g1 for g0, g1 in gaps)
    ]
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if len(run) >= 3 or any(len(w.group()) >= 5 for w in run):
            spans.append((run[0].start(), run[-1].end()))

    for w in words:
        if run and _GAP.fullmatch(text, run[-1].end(), w.start()):
            run.append(w)
            continue
        if run:
            close()
        run = [w]
    if run:
        close()
    if spans:
        return Outcome(Status.FAIL, tuple(spans), fix="Write it in normal case; use a clear sentence for emphasis.")
    return Outcome(Status.PASS)


@rule(
    "exclamation_marks",
    title="Exclamation marks in moderation",
    why="A string of exclamation marks reads as shouting or as forced cheer.",
    severity=Severity.TIP,
)
def exclamation_marks(ctx: CheckContext) -> Outcome:
    text = analyse(ctx.reply).text
    runs = tuple(m.span() for m in _EXCLAIM_RUN.finditer(text))
    total = text.count("!")
    # Three in a short reply is already a lot; a long one may carry a few more.
    if runs or total >= max(3, analyse(ctx.reply).word_count // 100):
        spans = runs or tuple((i, i + 1) for i, c in enumerate(text) if c == "!")
        return Outcome(Status.FAIL, spans, fix="Keep one exclamation mark at most, where the warmth is real.")
    return Outcome(Status.PASS)
