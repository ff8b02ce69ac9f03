"""Field assembly: turn the mentions each reader found into ranked fields and warnings.

Each group reads the customer's new text first; when that has nothing for a
group, it reads the quoted history at a lower confidence (a customer replying
"can we make it 6?" above the confirmation relies on the quoted date). The
ranking rules here are about intent, not patterns: a date the customer moves
away from ("instead of Friday") ranks below the one they move to, a check-out
day is not the booking date, and a stay's date is its check-in.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extract import contacts, dates, mentions, names, party, references, stay, times
from desktop.core.extract.cleaning import masked
from desktop.core.extract.document import Document, dedupe
from desktop.core.extract.lexicon import WEEKDAY_NAMES, lazy
from desktop.core.extract.model import Candidate, FieldValue

QUOTED_FACTOR = 0.7
_SUBJECT_PREFIX = lazy(r"^\s*(?:(?:re|fw|fwd|aw|tr|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_CHANGE = lazy(
    r"\b(?:move|moving|change|changing|switch|swap|bring|push|reschedul\w*|amend|instead|rather|postpone|extend)\b",
    re.IGNORECASE,
)
_OLD_CUE = lazy(
    r"(?:instead\s+of|rather\s+than|originally|currently|was\s+for|is\s+for|booked\s+(?:in\s+)?for|not)"
    r"\s*(?:on\s+|at\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_FROM = lazy(r"\bfrom\s*(?:the\s+)?$", re.IGNORECASE)
_TO_AFTER = lazy(r"[^.?!\n]{0,30}?\bto\b", re.IGNORECASE)
_NEW_BEFORE = lazy(
    r"(?:change\s+(?:it\s+|this\s+|that\s+)?to|make\s+(?:it|that)|move\s+(?:it\s+)?to|now|up\s+to|increase\s+(?:it\s+)?to|reduce\s+(?:it\s+)?to|switch\s+(?:it\s+)?to)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_NEW_CUE = lazy(r"\s*(?:,\s*)?(?:instead|please\s+instead|if\s+possible\s+instead)\b", re.IGNORECASE)
_OUT_CUE = lazy(r"(?:leav\w*|depart\w*|check(?:ing)?[\s-]?out|until|till)\s*(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)
_EXPIRY = lazy(r"\b(?:expir\w*|valid\s+(?:until|till|to)|runs\s+out)\b[^.!?\n]{0,15}$", re.IGNORECASE)
_BOOKING_WORDS = lazy(
    r"\b(?:book|table|reserve|come|visit|stay|room|appointment|available|free|fit\s+(?:us|me)\s+in|use\s+it)\b",
    re.IGNORECASE,
)
_BOOKING_CUE = lazy(r"\b(?:for|on)\s*(?:the\s+)?$", re.IGNORECASE)
# The customer points at the history below as theirs: "see below", "passing this on".
_POINTS_BELOW = lazy(
    r"\b(?:see\s+below|below|passing\s+(?:this|it)\s+on|forward(?:ed|ing)?|fwd|confirmation\s+(?:below|attached))\b",
    re.IGNORECASE,
)
MIN_CONFIDENCE = 0.45
_ADDRESS = lazy(r"[\w.+-]+@[\w.-]+\.[A-Za-z]{2,24}")

Scored = list[tuple[float, int, Candidate]]


def _fmt(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _use_quoted(doc: Document) -> bool:
    """Whether quoted history may fill fields the new text lacks.

    Only a forwarded message the customer passes on counts; the business's
    own quoted reply holds the business's dates and numbers, not the customer's.
    """
    if not doc.quoted.strip():
        return False
    return doc.layout.quote_is_forward or _POINTS_BELOW.search(doc.scan) is not None


def _put(fields: dict[str, FieldValue], name: str, cands: Scored) -> None:
    # A weak guess ("by 7" in passing) is worse than a blank the user fills in.
    cands = [c for c in cands if c[2].evidence.confidence >= MIN_CONFIDENCE]
    ordered = dedupe(cands)
    if ordered:
        fields[name] = FieldValue(name, ordered)


def _cand(doc: Document, value: object, start: int, end: int, conf: float, factor: float) -> Candidate:
    return doc.candidate(value, start, end, conf * factor)


def _moved_from(doc: Document, scan: str, start: int, end: int) -> float:
    """Score change for a value the customer moves away from or to."""
    before = scan[max(0, start - 25) : start]
    if _OLD_CUE.search(before) and _CHANGE.search(scan):
        return -0.3
    if _FROM.search(before) and _TO_AFTER.match(scan, end, min(len(scan), end + 40)) and _CHANGE.search(scan):
        return -0.3  # "move it from Friday to Saturday"
    if _NEW_CUE.match(scan, end, min(len(scan), end + 30)):
        return 0.25
    if _NEW_BEFORE.search(before) and _CHANGE.search(scan):
        return 0.2  # "change it to 6 people", "make it 7:30"
    return 0.0


# --- dates, stays and times -------------------------------------------------------


def _when_in(doc: Document, scan: str, factor: float, warnings: list[str]) -> dict[str, FieldValue]:
    fields: dict[str, FieldValue] = {}
    found = dates.find_dates(scan, doc.ref, doc.date_region)
    time_spots = [t.start for t in times.find_times(scan)]
    nights = party.find_nights(scan, weeks=stay.talks_about_stay(scan))
    scored: list[tuple[float, int, dates.DateMention]] = []
    for d in found:
        before = scan[max(0, d.start - 30) : d.start]
        if _OUT_CUE.search(before):
            continue  # a check-out or end day is not the booking date
        moved = _moved_from(doc, scan, d.start, d.end)
        if moved < 0:
            continue  # the day the customer moves away from is not the date
        score = d.confidence + moved
        if _EXPIRY.search(before):
            score -= 0.2  # "expires on 31 March" is a limit, not the booking
        elif _BOOKING_WORDS.search(scan, max(0, d.start - 80), min(len(scan), d.end + 40)):
            score += 0.1
        if _BOOKING_CUE.search(before):
            score += 0.03
        if any(-30 <= t - d.end <= 30 or -30 <= d.start - t <= 30 for t in time_spots):
            score += 0.05  # "the 28th at 3": a date with a time is the appointment
        if d.value < doc.today:
            score -= 0.05
        subject = doc.headers.get("subject")
        if subject is not None and subject.start <= d.start < subject.end:
            score -= 0.02
        scored.append((score, d.start, d))
    scored.sort(key=lambda t: (-t[0], t[1]))
    st = stay.find_stay(scan, found, nights, doc.ref, scored[0][2] if scored else None)
    if st.check_out is not None:
        out = st.check_out
        scored = [
            t
            for t in scored
            if not (out.start <= t[2].start < out.end) or (st.check_in and st.check_in.start == t[2].start)
        ]
    date_cands: Scored = [
        (s, p, _cand(doc, d.value.isoformat(), d.start, d.end, d.confidence, factor)) for s, p, d in scored
    ]
    best = scored[0][2] if scored else None
    if st.check_in is not None:
        c = st.check_in
        date_cands.append((9.0, c.start, _cand(doc, c.value.isoformat(), c.start, c.end, c.confidence, factor)))
        best = next((d for d in found if d.start <= c.start < d.end or c.start <= d.start < c.end), None)
        if best is None or best.value != c.value:
            best = dates.DateMention(c.start, c.end, c.value, None, True, c.confidence)
    _put(fields, "date", date_cands)
    if best is not None:
        _weekday(doc, fields, warnings, best, factor)
    if st.check_in is not None:
        c = st.check_in
        _put(
            fields, "check_in", [(1.0, c.start, _cand(doc, c.value.isoformat(), c.start, c.end, c.confidence, factor))]
        )
    if st.check_out is not None:
        c = st.check_out
        _put(
            fields, "check_out", [(1.0, c.start, _cand(doc, c.value.isoformat(), c.start, c.end, c.confidence, factor))]
        )
    night_cands: Scored = [
        (n.confidence, n.start, _cand(doc, n.nights, n.start, n.end, n.confidence, factor)) for n in nights
    ]
    if st.nights is not None and st.nights_derived:
        n = st.nights
        night_cands.append((n.confidence, n.start, _cand(doc, n.nights, n.start, n.end, n.confidence, factor)))
    _put(fields, "nights", night_cands)
    return fields


def _weekday(
    doc: Document, fields: dict[str, FieldValue], warnings: list[str], best: dates.DateMention, factor: float
) -> None:
    value = best.value
    if best.weekday is not None and best.wd_span is not None:
        ws, we = best.wd_span
        cands: Scored = [(1.0, ws, _cand(doc, WEEKDAY_NAMES[best.weekday], ws, we, best.confidence, factor))]
        if value.weekday() != best.weekday:
            warnings.append(
                f"{WEEKDAY_NAMES[best.weekday]} does not match {_fmt(value)}, which is a "
                f"{WEEKDAY_NAMES[value.weekday()]}; check which day the customer means"
            )
            cands.append(
                (0.5, best.start, _cand(doc, WEEKDAY_NAMES[value.weekday()], best.start, best.end, 0.5, factor))
            )
    else:
        cands = [
            (
                1.0,
                best.start,
                _cand(doc, WEEKDAY_NAMES[value.weekday()], best.start, best.end, best.confidence * 0.9, factor),
            )
        ]
    _put(fields, "weekday", cands)
    if value < doc.today:
        warnings.append(f"the date {_fmt(value)} is already past (today is {_fmt(doc.today)})")


def _times_in(doc: Document, scan: str, factor: float) -> Scored:
    # "02.09." and "5/22" are dates; a time inside a date's span is not a time
    spans = [(d.start, d.end) for d in dates.find_dates(scan, doc.ref, doc.date_region)]
    return [
        (
            t.confidence + _moved_from(doc, scan, t.start, t.end),
            t.start,
            _cand(doc, t.value, t.start, t.end, t.confidence, factor),
        )
        for t in times.find_times(scan)
        if not any(s < t.end and t.start < e for s, e in spans)
    ]


def when(doc: Document, fields: dict[str, FieldValue], warnings: list[str]) -> None:
    """Fill date, weekday, time, nights, check_in and check_out; add date warnings."""
    got = _when_in(doc, doc.scan, 1.0, warnings)
    if "date" not in got and _use_quoted(doc):
        quoted_warnings: list[str] = []
        from_quote = _when_in(doc, doc.quoted, QUOTED_FACTOR, quoted_warnings)
        if "date" in from_quote:
            nights = got.get("nights")
            got = from_quote
            warnings.extend(quoted_warnings)
            if nights is not None:
                got["nights"] = nights
    fields.update(got)
    cands = _times_in(doc, doc.scan, 1.0)
    if not cands and _use_quoted(doc):
        cands = _times_in(doc, doc.quoted, QUOTED_FACTOR)
    _put(fields, "time", cands)


# --- party -----------------------------------------------------------------------------


def _party_in(doc: Document, scan: str, factor: float, fields: dict[str, FieldValue]) -> bool:
    found = party.find_party(scan)
    if not found:
        return False
    scored = []
    for p in found:
        score = p.confidence + _moved_from(doc, scan, p.start, p.end)
        if p.low is not None or p.high is not None:
            score += 0.02
        scored.append((score, p.start, p))
    scored.sort(key=lambda t: (-t[0], t[1]))
    _put(
        fields,
        "party_size",
        [(s, pos, _cand(doc, p.size, p.start, p.end, p.confidence, factor)) for s, pos, p in scored],
    )
    best = scored[0][2]
    if best.low is not None or best.high is not None:
        # a range always gets both ends; the said number is the missing one
        low = best.low if best.low is not None else min(best.size, best.high or best.size)
        high = best.high if best.high is not None else max(best.size, low)
        _put(fields, "party_min", [(1.0, best.start, _cand(doc, low, best.start, best.end, best.confidence, factor))])
        _put(fields, "party_max", [(1.0, best.start, _cand(doc, high, best.start, best.end, best.confidence, factor))])
    return True


def party_size(doc: Document, fields: dict[str, FieldValue]) -> None:
    """Fill party_size, party_min and party_max."""
    if not _party_in(doc, doc.scan, 1.0, fields) and _use_quoted(doc):
        _party_in(doc, doc.quoted, QUOTED_FACTOR, fields)


# --- people and contacts -----------------------------------------------------------


def people(doc: Document, fields: dict[str, FieldValue]) -> None:
    """Fill customer_name, customer_first_name, customer_email and customer_phone."""
    frm = doc.headers.get("from")
    from_header = (frm.value, frm.start) if frm is not None else None
    found = names.find_names(doc.text, doc.scan, doc.layout.signature, from_header)
    if found:
        _put(
            fields,
            "customer_name",
            [(n.confidence, n.start, doc.candidate(n.name, n.start, n.end, n.confidence)) for n in found],
        )
        firsts: Scored = []
        signed = next((n for n in found if n.source == "sign-off" and len(n.name.split()) == 1), None)
        for rank, n in enumerate(found):
            first = names.first_name(n.name)
            if first is None:
                continue
            if signed is not None and n.source == "from" and names.same_person(first, signed.name):
                # the customer signs with the name they go by ("Andy" under "Andrew Blake")
                c = doc.candidate(signed.name, signed.start, signed.end, signed.confidence)
                firsts.append((n.confidence + 0.01, signed.start, c))
            raw = doc.text[n.start : n.end]
            pos = raw.find(first)
            s, e = (n.start + pos, n.start + pos + len(first)) if pos >= 0 else (n.start, n.end)
            firsts.append((n.confidence - rank * 0.001, n.start, doc.candidate(first, s, e, n.confidence)))
        _put(fields, "customer_first_name", firsts)
    emails: Scored = []
    if frm is not None:
        for m in contacts.find_emails(masked(doc.text, [(frm.start, frm.end)])):
            emails.append((0.95, m.start, doc.candidate(m.value, m.start, m.end, 0.95)))
    for m in contacts.find_emails(doc.scan_sig):
        emails.append((m.confidence, m.start, doc.candidate(m.value, m.start, m.end, m.confidence)))
    if not emails and found and doc.quoted:
        emails = _quoted_address(doc, found[0].name)
    _put(fields, "customer_email", emails)
    phones = contacts.find_phones(doc.scan_sig, doc.region)
    _put(
        fields,
        "customer_phone",
        [(p.confidence, p.start, doc.candidate(p.value, p.start, p.end, p.confidence)) for p in phones],
    )


def _quoted_address(doc: Document, name: str) -> Scored:
    """The customer's address from quoted headers ("To: Rod Smith <rod@...>"), matched by name."""
    parts = [p.lower().strip(".'") for p in name.split() if len(p.strip(".'")) >= 3]
    out: Scored = []
    limit = len(doc.quoted)
    for qs, qe in doc.layout.quoted:
        for m in _ADDRESS.finditer(doc.text, qs, min(qe, limit)):
            line_start = doc.text.rfind("\n", 0, m.start()) + 1
            line = doc.text[line_start : m.end()].lower()
            if parts and any(p in line for p in parts):
                out.append((0.6, m.start(), doc.candidate(m.group(), m.start(), m.end(), 0.6)))
    return out[:3]


# --- references, subject and mentions ------------------------------------------------


def other(doc: Document, fields: dict[str, FieldValue]) -> None:
    """Fill reference, subject, the mention fields and the tone flags."""
    refs: Scored = [
        (r.confidence, r.start, doc.candidate(r.value, r.start, r.end, r.confidence))
        for r in references.find_references(doc.scan_sig)
    ]
    if not refs and _use_quoted(doc):
        refs = [
            (r.confidence, r.start, _cand(doc, r.value, r.start, r.end, r.confidence, QUOTED_FACTOR))
            for r in references.find_references(doc.quoted)
        ]
    _put(fields, "reference", refs)
    subject = doc.headers.get("subject")
    if subject is not None:
        pre = _SUBJECT_PREFIX.match(subject.value)
        s = subject.start + (pre.end() if pre else 0)
        if s < subject.end:
            _put(fields, "subject", [(1.0, s, doc.candidate(doc.text[s : subject.end], s, subject.end, 0.95))])
    for name, finder in (
        ("dietary", mentions.find_dietary),
        ("accessibility", mentions.find_accessibility),
        ("occasion", mentions.find_occasions),
    ):
        found = finder(doc.scan)
        if not found:
            continue
        label = ", ".join(dict.fromkeys(x.label for x in found))
        first = found[0]
        cands = [doc.candidate(label, first.start, first.end, first.confidence)]
        if len(found) > 1:
            cands += [doc.candidate(x.label, x.start, x.end, x.confidence) for x in found]
        fields[name] = FieldValue(name, tuple(cands))
    for name, hit in mentions.find_tone(doc.scan).items():
        fields[name] = FieldValue(name, (doc.candidate(True, hit.start, hit.end, hit.confidence),))
