"""Diamond rules: what turns a correct reply into one the customer remembers.

Name, thanks, the details read back correctly, the customer's uncertainty dealt
with, help offered, a person's sign-off and enough words to sound like one.
Some of these (name, sign-off, length, correct details) apply to every reply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from desktop.core.checklist import booking, phrases
from desktop.core.checklist.engine import (
    DIAMOND_KINDS,
    SNAP_KINDS,
    Category,
    CheckContext,
    Outcome,
    Severity,
    Status,
    rule,
)
from desktop.core.checklist.matching import PhraseSet, phrase_regex
from desktop.core.checklist.restate import DateMention, Mentions, find_mentions
from desktop.core.checklist.text import Analysis, analyse
from desktop.core.checklist.values import (
    as_date,
    as_int,
    as_time,
    customer_names,
    describe,
    is_departure,
    mention_is,
    number_said,
    open_questions,
    party_is_key,
    people_accounted,
    reference_spans,
    same_reference,
    topic_spans,
    unanswered_questions,
    uncertain_topics,
)

_THANKS = PhraseSet.compile(phrases.THANKS)
_UNCERTAIN = phrase_regex(phrases.UNCERTAIN_EMAIL)
_ADDRESSED = PhraseSet.compile(phrases.UNCERTAINTY_ADDRESSED)
_ACCEPTED = PhraseSet.compile(phrases.UNCERTAINTY_ACCEPTED)
_REFUSED = PhraseSet.compile(phrases.REFUSAL_ANSWERS)
_ABOUT_NUMBERS = re.compile(r"\b(?:numbers?|spaces?|places?|maybes?|guess|range|headcount|list|seats?)\b", re.I)
_FUTURE = phrase_regex(phrases.FUTURE_CUES)
_HELP = PhraseSet.compile(phrases.HELP_OFFER)
_TOPICS = PhraseSet.compile([w for words in phrases.HELP_TOPICS.values() for w in words])
_OFFER_CUE = re.compile(
    r"\b(?:if|let|happy to|glad to|can|could|help|arrange|just|any|tell|mention|need|ask|welcome)\b", re.I
)
_OTHER_CUE = re.compile(r"\b(?:" + "|".join(phrases.OTHER_DATE_CUES) + r")\s+(?:the\s+|on\s+|at\s+)?$", re.I)
_REFERENCE_NAMED = re.compile(r"\b(?:your|the|same) (?:booking |order )?(?:reference|ref)\b", re.I)
_RELATIVE = re.compile(r"\b(?P<w>today|tonight|tomorrow)\b", re.I)
_TERSE_WORDS = 25
_SHORT_REPLY_WORDS = 60
_KEYS = ("date", "time", "party", "nights", "reference")
_Tagged = tuple[str, tuple[int, int]]
_WEEKS = {
    7: re.compile(r"\b(?:a|one|1) week\b(?! (?:before|after|later|earlier|ago|beforehand))", re.I),
    14: re.compile(r"\b(?:a fortnight|two weeks)\b(?! (?:before|after|later|earlier|ago|beforehand))", re.I),
}


def body_end(a: Analysis, fields: Mapping[str, object]) -> int:
    """Where the sign-off starts, unless the "sign-off" is the customer's own name ("Thanks Rod!")."""
    if a.signoff.name and a.text[slice(*a.signoff.name)].split()[0].lower() in {
        n.lower() for n in customer_names(fields)
    }:
        return len(a.text)
    return a.body_end


def party_bounds(fields: Mapping[str, object]) -> tuple[int | None, int | None, int | None]:
    """(size, low, high) of the party; low/high fall back to the size."""
    size = as_int(fields.get("party_size"))
    lo = as_int(fields.get("party_min"))
    hi = as_int(fields.get("party_max"))
    if lo is None:
        lo = size
    if hi is None:
        hi = size
    return size, lo, hi


def uncertainty_spans(a: Analysis, mentions: Mentions) -> tuple[tuple[int, int], ...]:
    """Where the reply deals with an open question: a range of people, or an invitation to update."""
    spans = list(_ADDRESSED.spans(a)) + list(_ACCEPTED.spans(a))
    spans += [c.span for c in mentions.party if c.low < c.high]
    return tuple(sorted(spans))


@rule(
    "uses_name",
    title="Greets the customer by name",
    why="Using the customer's name shows the reply was written for them.",
    severity=Severity.WARNING,
    category=Category.DIAMOND,
)
def uses_name(ctx: CheckContext) -> Outcome:
    names = customer_names(ctx.fields)
    if not names:
        return Outcome(Status.NA, detail="No customer name was found in the email.")
    a = analyse(ctx.reply)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
    m = pattern.search(a.text, 0, body_end(a, ctx.fields))
    if m:
        return Outcome(Status.PASS, (m.span(),))
    return Outcome(Status.FAIL, fix=f"Start with “Dear {names[0]},” or “Hi {names[0]},”.")


@rule(
    "thanks_customer",
    title="Thanks the customer",
    why="A word of thanks for writing or for choosing you makes the customer feel welcome, not a bother.",
    severity=Severity.WARNING,
    kinds=DIAMOND_KINDS,
    category=Category.DIAMOND,
)
def thanks_customer(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    span = _THANKS.search(a, 0, body_end(a, ctx.fields))
    if span:
        return Outcome(Status.PASS, (span,))
    return Outcome(Status.FAIL, fix="Add a line of thanks, e.g. “Thank you so much for choosing us.”")


def _restated(ctx: CheckContext, a: Analysis, men: Mentions) -> dict[str, tuple[bool, list[tuple[int, int]]]]:
    """For each key detail in the fields: whether the reply restates it, and where."""
    f = ctx.fields
    out: dict[str, tuple[bool, list[tuple[int, int]]]] = {}
    booking = as_date(f.get("date")) or as_date(f.get("check_in"))
    if booking:
        spans = [m.span for m in men.dates if mention_is(m, booking, ctx.today)]
        # "6:30 Monday is fine": the booking's weekday alone reads the day back.
        spans += [m.span for m in men.dates if m.day is None and not m.plural and m.weekday == booking.weekday()]
        if ctx.today:
            for r in _RELATIVE.finditer(a.text):
                offset = 1 if r.group("w").lower() == "tomorrow" else 0
                if booking == ctx.today + timedelta(days=offset):
                    spans.append(r.span())
        out["date"] = (bool(spans), spans)
    t = as_time(f.get("time"))
    if t:
        spans = [m.span for m in men.times if m.matches(*t)]
        # For a stay the time is only when they expect to arrive: worth reading back, not required.
        if spans or f.get("nights") is None:
            out["time"] = (bool(spans), spans)
    _, lo, hi = party_bounds(f)
    if lo is not None and hi is not None:
        spans = [c.span for c in men.party if lo <= c.low <= hi or lo <= c.high <= hi]
        spans += people_accounted(a.text, lo, hi)
        # A wrong count is never a restatement; a missing one matters only for a table or a group, and
        # not when the customer gave a range: how the reply allows for that is addresses_uncertainty's call.
        wrong = any(not c.capacity and not (lo <= c.low <= hi or lo <= c.high <= hi) for c in men.party)
        if spans or wrong or (lo == hi and party_is_key(f, ctx.email_text)):
            if not spans and not wrong:  # "six gel manis", "three cuts": the number said in a form no pattern lists
                spans = number_said(a.text, {n for n in (lo, hi) if n and n > 1}, body_end(a, f))
            out["party"] = (bool(spans), spans)
    nights = as_int(f.get("nights"))
    check_out = as_date(f.get("check_out"))
    if nights is not None:
        spans = [c.span for c in men.nights if c.low == nights]
        if nights in _WEEKS:  # "a week from Saturday the 18th"
            spans += [m.span() for m in _WEEKS[nights].finditer(a.text)]
        if check_out:
            spans += [m.span for m in men.dates if mention_is(m, check_out)]
        # "6 nights, 16 to 23 August" for a week: the count read back is wrong, whatever the dates say.
        out["nights"] = (bool(spans) and all(c.low == nights for c in men.nights), spans)
    if nights is not None and check_out and _wrong_departures(a, men, f):
        out["nights"] = (False, out["nights"][1])  # "leaving Monday 19 May" for a stay that ends on the 18th
    ref = str(f.get("reference") or "").strip()
    if ref:
        spans = reference_spans(a.text, ref)
        # "your reference stays the same" confirms it without reading out the code
        out["reference"] = (bool(spans) or bool(_REFERENCE_NAMED.search(a.text)), spans)
    return out


def _wrong_departures(a: Analysis, men: Mentions, fields: Mapping[str, object]) -> list[tuple[int, int]]:
    """Dates given as the end of a stay that are not the check-out date read from the email."""
    check_out = as_date(fields.get("check_out"))
    if not (check_out and fields.get("check_in")):
        return []
    bad, previous = [], None
    for m in men.dates:
        if m.day is not None and is_departure(a.text, m, previous) and not mention_is(m, check_out):
            bad.append(m.span)
        previous = m
    return bad


def _describe(fields: Mapping[str, object], key: str) -> str:
    if key == "date":
        return describe(fields, "date" if fields.get("date") else "check_in")
    if key == "party":
        size, _, hi = party_bounds(fields)
        return f"for {size if size is not None else hi} people"
    if key == "nights" and fields.get("check_out"):
        return f"{describe(fields, 'nights')}, leaving {describe(fields, 'check_out')}"
    return describe(fields, key)


@rule(
    "restates_details",
    title="Confirms the details back",
    why="Reading back the date, time and numbers shows the email was read and lets the customer spot a mistake.",
    severity=Severity.WARNING,
    kinds=DIAMOND_KINDS,
    category=Category.DIAMOND,
)
def restates_details(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    men = find_mentions(a)
    found = _restated(ctx, a, men)
    if not found:
        return Outcome(Status.NA, detail="No date, time, party size, nights or reference was read from the email.")
    # A detail read back wrongly is still read back: details_match flags it, once.
    misread = {k for k, _ in _compared(ctx, a, men)[1]}
    missing = [k for k in _KEYS if k in found and not found[k][0] and k not in misread]
    spans = tuple(sorted(s for ok, ss in found.values() for s in ss))
    if missing:
        listed = ", ".join(_describe(ctx.fields, k) for k in missing)
        return Outcome(Status.FAIL, spans, fix=f"Confirm back: {listed}.", detail="Missing: " + ", ".join(missing))
    return Outcome(Status.PASS, spans)


def _starts_booked_day(a: Analysis, start: int, men: Mentions, dates: list[date]) -> bool:
    """Whether the time at ``start`` follows the booking's own date in its sentence: "Friday 13
    November from 11:00" is when the booking starts, not another time."""
    s0 = a.sentence(start)[0]
    return any(s0 <= m.start < start and any(mention_is(m, d) for d in dates) for m in men.dates)


def _other_cue(text: str, start: int, from_is_booking: bool = False) -> bool:
    """Whether the words before ``start`` make the date or time another one ("by", "until", "closed").
    With ``from_is_booking``, "from" starts the booking instead: a stay's first night ("in from 18
    September") or the booked day's start ("Friday 13 November from 11:00")."""
    m = _OTHER_CUE.search(text, max(0, start - 30), start)
    return m is not None and not (from_is_booking and m.group().lower().startswith("from"))


_BOOKED_TIME = re.compile(
    r"\b(?:you booked|you'd booked|your (?:booking|booked|original|usual)|as (?:planned|booked|arranged|agreed)|"
    r"originally|(?:were|was) (?:due|meant|supposed))\b",
    re.I,
)


def _later_than(m: DateMention, dates: list[date]) -> bool:
    """Whether a dated mention falls after every date the email gave (read in their year)."""
    if m.day is None or m.month is None:
        return False
    return all((m.month, m.day) > (d.month, d.day) for d in dates if m.year in (None, d.year))


def _email_counts(email_text: str) -> frozenset[int]:
    """Every count of people the customer's email gives."""
    if not email_text:
        return frozenset()
    return frozenset(n for c in find_mentions(analyse(email_text)).party for n in (c.low, c.high))


def _tied_to_booking(a: Analysis, start: int, men: Mentions, dates: list[date]) -> bool:
    """Whether the sentence around ``start`` speaks of the customer's own booking: it says so, or
    it gives the booking's date ("ready to collect on Saturday 14 June at 10am")."""
    s0, s1 = a.sentence(start)
    if _BOOKED_TIME.search(a.text, s0, s1):
        return True
    return any(s0 <= m.start < s1 and mention_is(m, d) for m in men.dates for d in dates)


def _compared(ctx: CheckContext, a: Analysis, men: Mentions) -> tuple[list[_Tagged], list[_Tagged]]:
    """The reply's restatements of the email's key details, as (key, span), split into those that
    agree with the email and those that do not (worked out once per check: two rules ask)."""
    if "compared" not in ctx.shared:
        ctx.shared["compared"] = _compare(ctx, a, men)
    result: tuple[list[_Tagged], list[_Tagged]] = ctx.shared["compared"]
    return result


def _compare(ctx: CheckContext, a: Analysis, men: Mentions) -> tuple[list[_Tagged], list[_Tagged]]:
    f = ctx.fields
    text = a.text
    good: list[_Tagged] = []
    bad: list[_Tagged] = []
    dates = [d for d in (as_date(f.get(k)) for k in ("date", "check_in", "check_out")) if d]
    # A date already past (the stay the guest left) is what happened; later dates in the reply are
    # about something else (posting what they left behind), so only a restatement of it is compared.
    upcoming = [d for d in dates if ctx.today is None or d >= ctx.today]
    # When things have gone wrong, a time other than the customer's is the new plan ("Pete will
    # come between 8 and 9am"), unless its sentence ties it to the booking ("you booked for 9:30").
    snap = ctx.kind in SNAP_KINDS
    stay = f.get("nights") is not None or f.get("check_out") is not None
    if dates:
        mentions = [m for m in men.dates if not m.plural]
        correct = any(mention_is(m, d) for m in mentions for d in dates)
        for m in mentions:
            if m.day is None:
                past = {d.weekday() for d in dates if d not in upcoming}
                if m.weekday in {d.weekday() for d in upcoming} or (
                    m.weekday in past and not _FUTURE.search(a.sentence_text(m.start))
                ):
                    good.append(("date", m.span))
                elif upcoming and not correct and booking.BOOKING_CUE.search(text, a.sentence(m.start)[0], m.start):
                    bad.append(("date", m.span))
                continue
            if any(mention_is(m, d) for d in dates):
                # "Thursday 8 December" for the customer's Tuesday 8 December: the day read back wrong.
                same = [d for d in dates if mention_is(m, d)]
                wrong_day = m.weekday is not None and all(m.weekday != d.weekday() for d in same)
                (bad if wrong_day else good).append(("date", m.span))
            elif m.month is None and m.weekday is not None and any(m.day == d.day for d in dates):
                bad.append(("date", m.span))  # "Tuesday the 3rd" for their Wednesday 3 February
            elif upcoming and not (correct or _other_cue(text, m.start, stay) or booking.offered(ctx.kind, a, m)):
                if m.month is None and (snap or not booking.BOOKING_CUE.search(text, a.sentence(m.start)[0], m.start)):
                    continue  # "before your family arrive on the 24th": a day alone is another date
                if snap and _later_than(m, dates):
                    continue  # "I've booked Pete for Thursday 5 November": the new visit, after theirs
                bad.append(("date", m.span))
        bad += [("nights", s) for s in _wrong_departures(a, men, f)]
    t = as_time(f.get("time"))
    if t:
        correct = any(m.matches(*t) for m in men.times)
        for tm in men.times:
            if tm.matches(*t):
                good.append(("time", tm.span))
            elif not (correct or _other_cue(text, tm.start, _starts_booked_day(a, tm.start, men, dates))):
                if snap and not _tied_to_booking(a, tm.start, men, dates):
                    continue
                bad.append(("time", tm.span))
    size, lo, hi = party_bounds(f)
    if lo is not None and hi is not None:
        explained = booking.names_range(text, lo, hi) or bool(uncertainty_spans(a, men))
        for c in men.party:
            if c.capacity and not lo <= c.high <= hi:
                continue  # "the barn seats up to 120" is the room, not the party
            ok = booking.party_ok(text, c, size, lo, hi, explained)
            far = c.low > 2 * hi or 2 * c.high < lo
            if not ok and far and {c.low, c.high} <= _email_counts(ctx.email_text):
                continue  # "for around 90 guests": another group the customer spoke of (the wedding, not the tasting)
            (good if ok else bad).append(("party", c.span))
    nights = as_int(f.get("nights"))
    if nights is None and len(dates) >= 2 and f.get("check_in") and f.get("check_out"):
        ci, co = as_date(f.get("check_in")), as_date(f.get("check_out"))
        nights = (co - ci).days if ci and co else None
    if nights is not None:
        for c in men.nights:
            (good if c.low == nights else bad).append(("nights", c.span))
    ref = str(f.get("reference") or "").strip()
    if ref:
        for start, end, value in men.references:
            (good if same_reference(value, ref) else bad).append(("reference", (start, end)))
        good += [("reference", s) for s in reference_spans(text, ref)]
    return good, bad


@rule(
    "details_match",
    title="Restated details match the email",
    why="A date, time or number that differs from what the customer wrote is worse than not restating it.",
    severity=Severity.WARNING,
    category=Category.DIAMOND,
)
def details_match(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    good, bad = _compared(ctx, a, find_mentions(a))
    if bad:
        return Outcome(
            Status.FAIL,
            tuple(sorted({s for _, s in bad})),
            fix="Check the highlighted detail against the customer's email.",
        )
    if good:
        return Outcome(Status.PASS, tuple(sorted({s for _, s in good})))
    return Outcome(Status.NA, detail="The reply restates no detail that was read from the email.")


def uncertainty_raised(ctx: CheckContext) -> tuple[int, int] | None:
    """The party range, or a phrase in the email where the customer said they were unsure."""
    _, lo, hi = party_bounds(ctx.fields)
    if lo is not None and hi is not None and lo < hi:
        return lo, hi
    if ctx.email_text and _UNCERTAIN.search(ctx.email_text):
        return 0, 0
    if ctx.email_text and "?" in ctx.email_text and open_questions(ctx.email_text):
        return 0, 0
    return None


def _has_topics(ctx: CheckContext) -> bool:
    """Whether the customer was unsure of something with a subject of its own (not only a number)."""
    booking = as_date(ctx.fields.get("date")) or as_date(ctx.fields.get("check_in"))
    return bool(uncertain_topics(ctx.email_text, booking.weekday() if booking else None))


@rule(
    "addresses_uncertainty",
    title="Deals with what the customer is unsure of",
    why="When the customer says “possibly 9”, saying how you've allowed for it takes the worry away.",
    severity=Severity.WARNING,
    kinds=DIAMOND_KINDS,
    category=Category.DIAMOND,
)
def addresses_uncertainty(ctx: CheckContext) -> Outcome:
    raised = uncertainty_raised(ctx)
    if raised is None:
        return Outcome(Status.NA, detail="The customer did not say they were unsure of anything.")
    a = analyse(ctx.reply)
    end = body_end(a, ctx.fields)
    men = find_mentions(a)
    lo, hi = raised
    spans = uncertainty_spans(a, men)
    if not hi and spans and all(_ACCEPTED.search(a, *sp) == sp for sp in spans) and _has_topics(ctx):
        spans = ()  # a bare "that's fine" does not answer what they were unsure of
    ranged = booking.range_spans(a.text, men.party, lo, hi) if hi else ()
    refused = _REFUSED.spans(a, 0, end)
    if hi:  # a refusal deals with a range only when it is about the numbers ("we don't hold spaces for maybes")
        refused = tuple(sp for sp in refused if _ABOUT_NUMBERS.search(a.sentence_text(sp[0])))
    spans = spans or topic_spans(a, ctx.email_text, ctx.fields, end) or ranged or refused
    # Each question the customer asked must be taken up, not only a "that's fine" to the booking.
    # Each question's topic is read from its words, which a reply may answer in others ("how much
    # walking?" - "about 400 metres"): it fails only when none of the questions is taken up.
    # A plain refusal answers what was asked ("All must attend in person"); a range allowed for answers
    # a question about that range ("possibly five ... Is that OK?").
    unanswered = (
        unanswered_questions(a, ctx.email_text, ctx.fields, end, doubt_handled=bool(ranged))
        if ctx.email_text and not refused
        else 0
    )
    # A long reply that answers in other words than the question's ("how much walking?" - "400 metres
    # of flat paths") is not failed for it: only a short one that takes none of them up.
    # A long one still fails when it takes up neither the questions nor what the customer said they were
    # unsure of ("unsure about the stairs ... is there a bedroom on the ground floor?").
    short = len(a.text[:end].split()) < _SHORT_REPLY_WORDS
    all_open = bool(unanswered) and unanswered == len(open_questions(ctx.email_text))
    if all_open and (short or (not spans and _has_topics(ctx))):
        return Outcome(
            Status.FAIL,
            fix="Answer what they asked: take up each question in their email, even with a short “yes”.",
            detail=f"{unanswered} question(s) not taken up",
        )
    if spans or (ctx.email_text and "?" in ctx.email_text and open_questions(ctx.email_text)):
        return Outcome(Status.PASS, spans)
    if hi:
        fix = (
            f"Say how you've allowed for {lo} to {hi}, "
            f"e.g. “I've booked for {hi}; let me know final numbers nearer the time.”"
        )
    else:
        fix = "Say how you've allowed for what they're unsure of, e.g. “Just let me know nearer the time.”"
    return Outcome(Status.FAIL, fix=fix)


@rule(
    "offers_help",
    title="Offers further help",
    why="Offering help with what the customer may need next (access, dietary needs, the occasion) shows care.",
    severity=Severity.WARNING,
    kinds=DIAMOND_KINDS,
    category=Category.DIAMOND,
)
def offers_help(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    end = body_end(a, ctx.fields)
    spans = list(_HELP.spans(a, 0, end))
    if not spans:  # a topic word counts only in a sentence that offers something ("if", "happy to", ...)
        spans = [s for s in _TOPICS.spans(a, 0, end) if _OFFER_CUE.search(a.sentence_text(s[0]))]
    if spans:
        return Outcome(Status.PASS, tuple(sorted(spans)))
    mentioned = [t for t in ("dietary", "accessibility", "occasion") if ctx.fields.get(t)]
    if mentioned:
        fix = f"They mentioned {ctx.fields[mentioned[0]]}: say how you'll look after it, and invite any questions."
    else:
        fix = "Offer help with what may come next, e.g. “If you have any dietary or access needs, just let me know.”"
    return Outcome(Status.FAIL, fix=fix)


@rule(
    "signs_off_with_name",
    title="Signs off with a person's name",
    why="A name at the end tells the customer a real person is looking after them.",
    severity=Severity.WARNING,
    category=Category.DIAMOND,
)
def signs_off_with_name(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    if a.signoff.name and body_end(a, ctx.fields) == a.body_end:
        return Outcome(Status.PASS, (a.signoff.name,))
    return Outcome(Status.FAIL, fix="End with your own name, e.g. “All the best,” and your first name.")


@rule(
    "not_terse",
    title="Long enough to sound like a person",
    why="A reply of a line or two answers the question but reads as if the customer were a bother.",
    severity=Severity.WARNING,
    category=Category.DIAMOND,
)
def not_terse(ctx: CheckContext) -> Outcome:
    a = analyse(ctx.reply)
    if a.word_count >= _TERSE_WORDS:
        return Outcome(Status.PASS)
    return Outcome(
        Status.FAIL,
        ((0, len(a.text.rstrip())),) if a.text.strip() else (),
        fix="Add a sentence confirming the details and one offering help.",
        detail=f"{a.word_count} words",
    )
