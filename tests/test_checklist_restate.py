"""Recognising restated details: dates, times and party sizes in the many ways replies write them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.checklist import Status, check
from desktop.core.checklist.restate import MONTH_NAMES, WEEKDAY_NAMES, find_mentions
from desktop.core.checklist.text import analyse
from desktop.core.checklist.values import infer_year, mention_is, same_reference
from desktop.core.models import Kind

NOV15 = date(2024, 11, 15)


def mentions(text: str):  # type: ignore[no-untyped-def]
    return find_mentions(analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "15 November",
        "15th November",
        "the 15th of November",
        "Friday 15th",
        "Friday, the 15th",
        "Fri 15 Nov",
        "15/11",
        "15/11/2024",
        "15.11.2024",
        "Nov 15",
        "November 15th, 2024",
        "2024-11-15",
    ],
)
def test_date_styles_restate_the_booking_date(text: str) -> None:
    found = mentions(f"See you on {text} then.").dates
    assert found, text
    assert any(mention_is(m, NOV15) for m in found), found


@pytest.mark.parametrize("text", ["16 November", "15 October", "Saturday 16th", "16/11"])
def test_other_dates_do_not_restate_it(text: str) -> None:
    assert not any(mention_is(m, NOV15) for m in mentions(f"See you on {text}.").dates)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("7:30pm", 19, 30),
        ("7.30 pm", 19, 30),
        ("19:30", 19, 30),
        ("half seven", 19, 30),
        ("half past seven in the evening", 19, 30),
        ("7pm", 19, 0),
        ("seven o'clock", 19, 0),
        ("quarter to eight", 19, 45),
        ("1pm", 13, 0),
        ("noon", 12, 0),
    ],
)
def test_time_styles(text: str, hour: int, minute: int) -> None:
    found = mentions(f"The table is yours at {text}.").times
    assert found, text
    assert found[0].matches(hour, minute)


def test_bare_twelve_hour_time_is_ambiguous_but_not_wrong() -> None:
    (t,) = mentions("We'll see you at 7:30.").times
    assert t.matches(19, 30) and t.matches(7, 30) and not t.matches(20, 30)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a table for 9", 9, 9),
        ("a table for nine", 9, 9),
        ("9 guests", 9, 9),
        ("nine people", 9, 9),
        ("all nine of you", 9, 9),
        ("a party of 8", 8, 8),
        ("between 7 and 9 people", 7, 9),
        ("7-9 guests", 7, 9),
        ("seven to nine people", 7, 9),
        ("booked for eight at 7pm", 8, 8),
    ],
)
def test_party_sizes(text: str, low: int, high: int) -> None:
    found = mentions(f"I've got {text} down.").party
    assert [(c.low, c.high) for c in found] == [(low, high)]


@pytest.mark.parametrize(
    "text",
    [
        "booked for 15 November",
        "a table at 7:30pm",
        "table 9 by the window",
        "up to 10 days",
        "if one or two people drop out",
    ],
)
def test_numbers_that_are_not_party_sizes(text: str) -> None:
    assert mentions(text).party == ()


def test_nights_and_references() -> None:
    m = mentions("Three nights from 6 March, booking ref: HX-2231.")
    assert [(c.low, c.high) for c in m.nights] == [(3, 3)]
    assert [r[2] for r in m.references] == ["HX-2231"]
    assert same_reference("hx 2231", "HX-2231")


def test_year_is_inferred_nearest_to_today() -> None:
    assert infer_year(10, 1, date(2024, 11, 20)) == date(2025, 1, 10)
    assert infer_year(15, 11, date(2024, 11, 20)) == date(2024, 11, 15)


# --- properties ------------------------------------------------------------------------------

_DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


def _styles(d: date) -> list[str]:
    day = d.day
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    month, weekday = MONTH_NAMES[d.month - 1], WEEKDAY_NAMES[d.weekday()]
    return [
        f"{day} {month}",
        f"{weekday} {day}{suffix} {month}",
        f"{month[:3]} {day}",
        f"{day:02d}/{d.month:02d}/{d.year}",
        f"{weekday}, the {day}{suffix} of {month} {d.year}",
        d.isoformat(),
    ]


@settings(max_examples=200, deadline=None)
@given(_DATES, st.integers(0, 5))
def test_any_date_in_any_style_is_recognised(d: date, style: int) -> None:
    text = f"Your booking is confirmed for {_styles(d)[style]}, see you then."
    assert any(mention_is(m, d) for m in mentions(text).dates), text


@settings(max_examples=100, deadline=None)
@given(_DATES)
def test_a_correctly_written_weekday_never_trips_the_weekday_rule(d: date) -> None:
    reply = f"Hi Rod, thank you! See you on {_styles(d)[1]}. Linda"
    fields = {"customer_name": "Rod", "date": d.isoformat()}
    report = check(reply, kind=Kind.DIAMOND, fields=fields, today=d)
    assert report.result("weekday_mismatch").status is Status.PASS


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
def test_any_clock_time_is_recognised(hour: int, minute: int) -> None:
    h12 = hour % 12 or 12
    for text in (f"{hour:02d}:{minute:02d}", f"{h12}:{minute:02d}{'pm' if hour >= 12 else 'am'}"):
        found = mentions(f"We open the doors at {text} for you.").times
        assert found and found[0].matches(hour, minute), text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_checks_without_error_and_spans_stay_inside(reply: str) -> None:
    for kind in (Kind.DIAMOND, Kind.SNAP):
        report = check(reply, kind=kind, fields={"customer_name": "Rod", "date": "2024-11-15"}, today=NOV15)
        assert 0 <= report.score <= 100
        for r in report.results:
            for start, end in r.spans:
                assert 0 <= start <= end <= len(reply), (r.id, start, end)
