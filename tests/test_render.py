"""Filling placeholders: values, visible gaps, defaults and errors."""

from __future__ import annotations

from desktop.core.render import render


def test_fills_fields() -> None:
    out = render("Dear {{ customer_name }}, see you at {{ time }}.", {"customer_name": "Rod", "time": "19:30"})
    assert out.text == "Dear Rod, see you at 19:30."
    assert out.missing == ()
    assert out.error is None


def test_missing_field_stays_visible_and_is_reported_once() -> None:
    out = render("Dear {{ customer_name }}, {{ date }} {{ customer_name }}", {"date": ""})
    assert out.text == "Dear [customer_name], [date] [customer_name]"
    assert out.missing == ("customer_name", "date")


def test_default_hides_a_missing_field_without_reporting_it() -> None:
    out = render('Hi {{ customer_first_name | default: "there" }},', {})
    assert out.text == "Hi there,"
    assert out.missing == ()


def test_syntax_error_has_line_and_column_and_keeps_the_text() -> None:
    body = "Dear {{ customer_name }},\nSee you {% if %} soon"
    out = render(body, {"customer_name": "Rod"})
    assert out.text == body
    assert out.error is not None
    assert (out.error.line, out.error.column) == (2, 12)  # the "if" of the broken tag
    assert "line 2, column 12" in str(out.error)
