"""HTML for rich paste and mailto: links."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from desktop.core.outgoing import MAILTO_BODY_LIMIT, mailto_url, reply_subject, reply_to_html


def test_html_keeps_paragraphs_line_breaks_and_bold() -> None:
    out = reply_to_html("Dear Rod,\n\nYour table is **confirmed**.\nSee you then.\n\n\nLinda")
    assert "<p>Dear Rod,</p>" in out
    assert "<p>Your table is <b>confirmed</b>.<br>\nSee you then.</p>" in out
    assert "<p>Linda</p>" in out


def test_html_escapes_markup_in_the_reply() -> None:
    out = reply_to_html("Fish & chips <script>alert(1)</script>")
    assert "Fish &amp; chips &lt;script&gt;" in out
    assert "<script>" not in out


def test_subject_gets_one_re() -> None:
    assert reply_subject("Table on Friday") == "Re: Table on Friday"
    assert reply_subject("RE: Table on Friday") == "RE: Table on Friday"
    assert reply_subject("  ") == ""


def test_mailto_encodes_address_subject_and_body() -> None:
    url, cut = mailto_url("rod@example.com", "Re: Table & drinks", "Dear Rod,\nSee you at 7:30pm?")
    assert not cut
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "rod@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Re: Table & drinks"]
    assert query["body"] == ["Dear Rod,\r\nSee you at 7:30pm?"]


def test_mailto_shortens_a_long_body() -> None:
    url, cut = mailto_url("", "", "word " * 2000)
    assert cut
    assert len(unquote(url)) < MAILTO_BODY_LIMIT + 100
