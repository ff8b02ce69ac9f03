"""Property tests of the email reader: it never raises, and every span points at its source."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.extract import extract, read_message

# Fragments real emails are made of, so generated text reaches the field readers
# (random characters alone rarely form "Friday 15th November").
FRAGMENTS = st.sampled_from(
    [
        "Hi,", "table for 8 people", "(at least 7 and possibly 9)", "Friday 15th November", "around 7:30pm",
        "half seven", "2 adults and 2 children", "between 6 and 8 of us", "3 nights from Friday",
        "from the 3rd to the 6th", "order #48213", "booking ref HX-2231", "07700 900123", "rod@example.com",
        "Warm regards,", "Rod", "-- ", "> quoted", "On Mon, 3 Nov 2025 at 10:12, X <x@example.com> wrote:",
        "From: Rod Smith <rod@example.com>", "Sent: 3 Nov 2025", "Subject: Re: booking", "<div>", "</div>",
        "<br>", "vegetarian", "wheelchair", "birthday", "refund", "ASAP", "tmrw", "sat 7pm", "12/11", "31/02",
        "مرحبا", "预订", "🎉", "\u200b", "\x00", "\r\n", "\n", " ", "£7.30", "Dr.", "& family", "x",
    ]
)  # fmt: skip
EMAILS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map(" ".join)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def _check_spans(text: str, today: date) -> None:
    result = extract(text, today=today)
    assert isinstance(result.body, str)
    for name, fv in result.fields.items():
        assert fv.candidates, name
        for cand in fv.candidates:
            ev = cand.evidence
            assert 0 <= ev.start <= ev.end <= len(result.text), name
            assert result.text[ev.start : ev.end] == ev.text, name
            assert ev.text.strip(), name
            assert 0.0 < ev.confidence <= 1.0, name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), DAYS)
def test_arbitrary_text_never_raises(text: str, today: date) -> None:
    _check_spans(text, today)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EMAILS, DAYS)
def test_email_like_text_has_valid_evidence(text: str, today: date) -> None:
    _check_spans(text, today)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([None, "a.eml", "a.html", "a.txt"]))
def test_any_bytes_are_read_as_a_message(data: bytes, filename: str | None) -> None:
    message = read_message(data, filename)
    assert isinstance(message.text, str)
    _check_spans(message.text, date(2025, 1, 1))


def test_values_have_the_documented_types() -> None:
    text = (
        "From: Rod Smith <rod@example.com>\nSubject: Table\n\nTable for 8 (at least 7 and possibly 9) on "
        "Friday 15th November at 7:30pm, 2 nights, order #48213. Vegetarian. Urgent!\n\nThanks,\nRod\n07700 900123"
    )
    v = extract(text, today=date(2024, 10, 1)).values()
    for name in ("party_size", "party_min", "party_max", "nights"):
        assert type(v[name]) is int, name
    for name in (
        "customer_name",
        "customer_first_name",
        "customer_email",
        "customer_phone",
        "date",
        "weekday",
        "time",
        "reference",
        "subject",
        "dietary",
    ):
        assert isinstance(v[name], str), name
    assert v["urgent"] is True
