"""Each reply filter, through real templates, in both clock styles and with missing values."""

from __future__ import annotations

import pytest

from desktop.core.filters import RenderStyle, format_date, ordinal_suffix
from desktop.core.render import render

H24 = RenderStyle(clock="24h", date_format="%d/%m/%Y")


def fill(body: str, style: RenderStyle | None = None, **fields: object) -> str:
    out = render(body, fields, style or RenderStyle())
    assert out.error is None, out.error
    return out.text


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("%A %-d %B", "Friday 15 November"), ("%a %o %b", "Fri 15th Nov"), ("%-d/%-m", "15/11"), ("100%% %-d", "100% 15")],
)
def test_date_filter_formats_in_the_users_style(fmt: str, expected: str) -> None:
    assert fill('{{ date | date: "' + fmt + '" }}', date="2024-11-15") == expected


def test_date_without_format_and_nice_date_follow_the_profile() -> None:
    assert (
        fill("{{ date | date }} / {{ date | nice_date }}", date="2024-11-15")
        == "Friday 15 November / Friday 15 November"
    )
    assert fill("{{ date | nice_date }}", H24, date="2024-11-15") == "15/11/2024"


def test_date_today_uses_the_replys_today() -> None:
    assert fill('{{ "today" | date: "%-d %B" }}', today="2024-02-29") == "29 February"


@pytest.mark.parametrize(
    ("n", "suffix"),
    [
        (1, "st"),
        (2, "nd"),
        (3, "rd"),
        (4, "th"),
        (11, "th"),
        (12, "th"),
        (13, "th"),
        (21, "st"),
        (22, "nd"),
        (23, "rd"),
        (101, "st"),
        (111, "th"),
    ],
)
def test_ordinal_suffixes(n: int, suffix: str) -> None:
    assert ordinal_suffix(n) == suffix
    assert fill("{{ n | ordinal }}", n=n) == f"{n}{suffix}"


def test_ordinal_of_a_date_is_its_day() -> None:
    assert fill("the {{ date | ordinal }}", date="2024-11-22") == "the 22nd"


@pytest.mark.parametrize(("n", "expected"), [(1, "1 night"), (3, "3 nights"), (0, "0 nights"), ("2", "2 nights")])
def test_plural(n: object, expected: str) -> None:
    assert fill('{{ nights | plural: "night" }}', nights=n) == expected


def test_plural_with_an_irregular_form() -> None:
    assert fill('{{ n | plural: "child", "children" }}', n=1) == "1 child"
    assert fill('{{ n | plural: "child", "children" }}', n=2) == "2 children"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2024-11-15", "today"),
        ("2024-11-16", "tomorrow"),
        ("2024-11-14", "yesterday"),
        ("2024-11-20", "on Wednesday 20 November"),
    ],
)
def test_relative_day(day: str, expected: str) -> None:
    assert fill("{{ date | relative_day }}", date=day, today="2024-11-15") == expected


@pytest.mark.parametrize(
    ("value", "h12", "h24"),
    [
        ("19:30", "7:30pm", "19:30"),
        ("12:00", "12pm", "12:00"),
        ("00:15", "12:15am", "00:15"),
        ("7.30 p.m.", "7:30pm", "19:30"),
        ("7pm", "7pm", "19:00"),
        ("9am", "9am", "09:00"),
        ("1930", "7:30pm", "19:30"),
    ],
)
def test_clock_12h_and_24h(value: str, h12: str, h24: str) -> None:
    assert fill("{{ t | clock }}", t=value) == h12
    assert fill("{{ t | clock }}", H24, t=value) == h24
    assert fill("{{ t | time12 }} {{ t | time24 }}", t=value) == f"{h12} {h24}"


def test_weekday_and_date_maths() -> None:
    assert fill("{{ date | weekday }}", date="2024-11-15") == "Friday"
    assert fill("{{ check_in | add_days: nights | nice_date }}", check_in="2024-08-03", nights=3) == "Tuesday 6 August"


@pytest.mark.parametrize(
    "flt",
    [
        "date",
        "nice_date",
        "relative_day",
        "clock",
        "time12",
        "time24",
        "ordinal",
        "weekday",
        'plural: "night"',
        "add_days: 2",
    ],
)
def test_filters_keep_a_missing_field_visible_and_reported(flt: str) -> None:
    out = render("{{ x | " + flt + " }}", {})
    assert out.text == "[x]"
    assert out.missing == ("x",)


@pytest.mark.parametrize("flt", ["date", "nice_date", "relative_day", "clock", "ordinal", "weekday", 'plural: "night"'])
def test_filters_leave_unreadable_values_as_written(flt: str) -> None:
    assert fill("{{ x | " + flt + " }}", x="next-ish") == "next-ish"


def test_format_date_directly() -> None:
    from datetime import date

    assert format_date(date(2025, 1, 3), "%o %B") == "3rd January"
