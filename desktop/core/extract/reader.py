"""Extraction entry point: read one message and fill every catalogue field, with evidence.

:func:`extract` accepts pasted text (with or without a header block), pasted
HTML and raw .eml text; :func:`desktop.core.extract.forms.read_message` reads
files. It prepares a :class:`~desktop.core.extract.document.Document` (which
parts of the message to read for what) and hands it to the field assemblers in
:mod:`desktop.core.extract.assemble`.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.extract import assemble, dates
from desktop.core.extract.cleaning import Layout, analyse, body_text, masked, quoted_noise
from desktop.core.extract.document import Document
from desktop.core.extract.forms import looks_like_html, looks_like_raw_email, normalise, read_message
from desktop.core.extract.lexicon import lazy
from desktop.core.extract.model import Extraction, FieldValue

# Far beyond any real email; past this the reader only looks at the start, so the
# time stays bounded (a 1 MB paste is read whole).
MAX_CHARS = 2_000_000
# A customer's request sits in the first screens of text; reading a prefix keeps
# a megabyte paste under a second.
SCAN_LIMIT = 40_000
_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
# Signs that a message is American, so "5/12" is May 12: a +1 phone number, or a
# date that only reads month-first ("11/23").
_US_PHONE = lazy(r"\+1[\s(.-]*[2-9]\d\d\b")
_US_DATE = lazy(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?:/\d{2,4})?(?![\d/])")
_UK_DATE = lazy(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?:/\d{2,4})?(?![\d/])")

FIELD_ORDER = (
    "customer_name", "customer_first_name", "customer_email", "customer_phone", "date", "weekday",
    "time", "party_size", "party_min", "party_max", "nights", "check_in", "check_out", "reference",
    "subject", "dietary", "accessibility", "occasion", "complaint", "urgent",
)  # fmt: skip


def _prepare(text: str) -> tuple[str, str]:
    """The plain text to scan and the input form it came in."""
    if not isinstance(text, str):
        text = str(text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    if looks_like_raw_email(text) or looks_like_html(text):
        msg = read_message(text)
        return msg.text, msg.form
    if "\r" in text or _CONTROL.search(text):
        text = normalise(text)
    form = "headers" if re.match(r"\s*(?:from|subject|date|to|sent)\s*:", text[:200], re.IGNORECASE) else "text"
    return text, form


def _date_region(region: str, scan_sig: str) -> str:
    if region.upper() in ("US", "CA", "PH"):
        return "US"
    if _US_PHONE.search(scan_sig) or (_US_DATE.search(scan_sig) and not _UK_DATE.search(scan_sig)):
        return "US"
    return region


def _document(text: str, layout: Layout, today: date | None, region: str) -> Document:
    keep = [layout.body]
    subject = layout.headers.get("subject")
    if subject is not None:
        keep.append((subject.start, subject.end))
    sig_keep = keep + ([layout.signature] if layout.signature else [])
    # A prefix of the text keeps every span valid for ``text``.
    hi = min(max(e for _s, e in sig_keep), layout.body[0] + SCAN_LIMIT)
    scan = masked(text[:hi], keep, layout.quoted)
    scan_sig = masked(text[:hi], sig_keep, layout.quoted) if layout.signature else scan
    quoted = ""
    if layout.quoted:
        q_hi = min(len(text), layout.quoted[-1][1], layout.quoted[0][0] + SCAN_LIMIT)
        quoted = masked(text[:q_hi], list(layout.quoted), tuple(quoted_noise(text, layout, q_hi)))
    ref = today or date.today()
    header_date = layout.headers.get("date")
    if header_date is not None:
        sent = dates.parse_header_date(header_date.value)
        if sent is not None:
            ref = sent
    return Document(
        text, scan, scan_sig, quoted, layout, ref, today or date.today(), region, _date_region(region, scan_sig)
    )


def extract(text: str, *, today: date | None = None, region: str = "GB") -> Extraction:
    """Read ``text`` and return every field found, with evidence.

    ``text`` may be plain pasted text, text with a header block, HTML or a raw
    .eml; ``today`` is the reference day when the message has no Date header;
    ``region`` (ISO country code) decides phone numbers and "03/04". Never raises.
    """
    try:
        return _extract(text, today, region)
    except Exception as exc:
        safe = text if isinstance(text, str) else ""
        return Extraction(
            text=safe, body=safe.strip(), fields={}, warnings=(f"could not read this email: {type(exc).__name__}",)
        )


def _extract(text: str, today: date | None, region: str) -> Extraction:
    plain, form = _prepare(text)
    layout = analyse(plain)
    doc = _document(plain, layout, today, region or "GB")
    fields: dict[str, FieldValue] = {}
    warnings: list[str] = []
    assemble.people(doc, fields)
    assemble.when(doc, fields, warnings)
    assemble.party_size(doc, fields)
    assemble.other(doc, fields)
    ordered = {k: fields[k] for k in FIELD_ORDER if k in fields}
    return Extraction(text=plain, body=body_text(plain, layout), fields=ordered, warnings=tuple(warnings), form=form)
