"""The email reader: the acceptance example, each field reader, input forms and cleaning."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from email.message import EmailMessage

import pytest

from desktop.core.extract import extract, read_message

ROD = (
    "Hi, would it be possible please to book a table for 8 people (at least 7 and possibly 9) "
    "for Friday 15th November – around 7:30pm?\n\nWarm regards,\nRod"
)


def values(text: str, today: date = date(2025, 6, 2), **kw: object) -> dict[str, object]:
    return extract(text, today=today, **kw).values()  # type: ignore[arg-type]


# --- acceptance ---------------------------------------------------------------------------


def test_rod_example_reads_every_detail() -> None:
    result = extract(ROD, today=date(2024, 10, 1))
    v = result.values()
    assert v["customer_name"] == "Rod"
    assert v["time"] == "19:30"
    assert (v["party_size"], v["party_min"], v["party_max"]) == (8, 7, 9)
    assert v["date"] == "2024-11-15"
    assert v["weekday"] == "Friday"
    assert result.warnings == ()


def test_rod_example_in_a_year_where_the_weekday_is_wrong_warns() -> None:
    result = extract(ROD, today=date(2026, 11, 22))
    assert result.values()["weekday"] == "Friday"  # kept as written
    mismatch = [w for w in result.warnings if "does not match" in w]
    assert mismatch and "Friday" in mismatch[0] and "15 November 2026" in mismatch[0] and "Sunday" in mismatch[0]
    assert any("already past" in w for w in result.warnings)


def test_every_evidence_span_indexes_the_text() -> None:
    result = extract(ROD, today=date(2024, 10, 1))
    for fv in result.fields.values():
        for cand in fv.candidates:
            ev = cand.evidence
            assert result.text[ev.start : ev.end] == ev.text
            assert 0 < ev.confidence <= 1
    assert result.fields["time"].evidence.text == "7:30pm"
    assert "Friday 15th November" in result.fields["date"].evidence.text
    assert result.body.endswith("7:30pm?")  # the sign-off is not the customer's request


# --- dates and times --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could we come on 15/11/2025?", "2025-11-15"),
        ("Table on Nov 3rd, 2025 please", "2025-11-03"),
        ("Booking for 2025-07-04", "2025-07-04"),
        ("Are you free tomorrow?", "2025-06-03"),
        ("Could we book for this Saturday?", "2025-06-07"),
        ("Can we come on the 20th?", "2025-06-20"),
        ("We'd like a table on Christmas Eve", "2025-12-24"),
        ("Can we come Friday the 13th?", "2025-06-13"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert values(text)["date"] == expected


def test_day_month_order_follows_the_region() -> None:
    assert values("Table on 03/04/2026 please", region="GB")["date"] == "2026-04-03"
    assert values("Table on 03/04/2026 please", region="US")["date"] == "2026-03-04"


def test_a_past_visit_resolves_backwards() -> None:
    assert values("We ate with you on Friday night and it was awful.", today=date(2025, 1, 13))["date"] == "2025-01-10"


def test_offered_alternatives_give_no_date() -> None:
    assert "date" not in values("Could we do Friday or Saturday evening for 4?")


def test_a_change_request_takes_the_new_date() -> None:
    v = values("We're booked for Thursday 16th October. Could we move to Friday 17th instead?", today=date(2025, 10, 8))
    assert v["date"] == "2025-10-17"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see you at 7:30pm", "19:30"),
        ("a table at 19:30", "19:30"),
        ("dinner around half seven", "19:30"),
        ("lunch at noon", "12:00"),
        ("come at quarter to eight for dinner", "19:45"),
        ("table for 4 at 8ish", "20:00"),
        ("1930hrs arrival", "19:30"),
        ("available from 9 until 12 for a survey", "09:00"),
    ],
)
def test_times(text: str, expected: str) -> None:
    assert values(text)["time"] == expected


# --- party, stays, references, contacts, mentions ------------------------------------------


@pytest.mark.parametrize(
    ("text", "size", "low", "high"),
    [
        ("a table for 4 please", 4, None, None),
        ("a party of twelve on Friday", 12, None, None),
        ("We are 2 adults and 2 children", 4, None, None),
        ("There'll be between 6 and 8 of us", 8, 6, 8),
        ("We'll be 5, possibly 6 if my aunt comes", 5, 5, 6),
        ("just the two of us", 2, None, None),
    ],
)
def test_party(text: str, size: int, low: int | None, high: int | None) -> None:
    v = values(text)
    assert v["party_size"] == size
    assert v.get("party_min") == low and v.get("party_max") == high


def test_stay_from_a_range() -> None:
    v = values("Could we book a double room from the 3rd to the 6th of March?", today=date(2026, 1, 5))
    assert (v["check_in"], v["check_out"], v["nights"], v["date"]) == ("2026-03-03", "2026-03-06", 3, "2026-03-03")


def test_stay_from_nights_and_a_start_day() -> None:
    v = values("A room for 3 nights from Friday 6th June please", today=date(2025, 6, 2))
    assert (v["check_in"], v["check_out"], v["nights"]) == ("2025-06-06", "2025-06-09", 3)


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("About order #48213 - it is late", "48213"),
        ("My booking ref HX-2231 for Friday", "HX-2231"),
        ("invoice no. INV-0392", "INV-0392"),
    ],
)
def test_references(text: str, ref: str) -> None:
    assert values(text)["reference"] == ref


def test_contacts() -> None:
    v = values("Please call me on 07700 900123 or mail rod@example.com\n\nThanks,\nRod Smith")
    assert v["customer_phone"] == "+447700900123"
    assert v["customer_email"] == "rod@example.com"
    assert v["customer_name"] == "Rod Smith" and v["customer_first_name"] == "Rod"


def test_names_from_the_body() -> None:
    assert values("Hello, my name is Agnieszka Nowak and I'd like a table.")["customer_name"] == "Agnieszka Nowak"
    assert values("hi can i book for 2 tmrw 8pm? - sam")["customer_name"] == "Sam"


def test_mentions_and_tone() -> None:
    v = values(
        "It's my wife's 40th birthday; one of us is vegetarian and my dad uses a wheelchair.\n"
        "Last time the service was appalling and I want a refund. Please reply ASAP."
    )
    assert v["occasion"] == "40th birthday"
    assert v["dietary"] == "vegetarian"
    assert v["accessibility"] == "wheelchair"
    assert v["complaint"] is True and v["urgent"] is True


# --- input forms -------------------------------------------------------------------------


HEADERS = (
    "From: Maria Lopez <maria@example.com>\nDate: Tue, 4 Nov 2025 09:12:00 +0000\nSubject: Re: Table on Saturday\n\n"
)


def test_pasted_headers_give_name_email_subject_and_reference_day() -> None:
    result = extract(
        HEADERS + "Hello, room for four of us this Saturday at 8?\n\nThanks,\nMaria", today=date(2030, 1, 1)
    )
    v = result.values()
    assert v["customer_name"] == "Maria Lopez" and v["customer_first_name"] == "Maria"
    assert v["customer_email"] == "maria@example.com"
    assert v["subject"] == "Table on Saturday"
    assert v["date"] == "2025-11-08"  # this Saturday from the Date header, not from --today
    assert result.form == "headers"
    assert not result.body.startswith("From:")


def test_eml_file_with_quoted_printable_and_encoded_words() -> None:
    msg = EmailMessage()
    msg["From"] = "Zoë Clarke <zoe@example.com>"
    msg["Subject"] = "Room for 4 nights – late November"
    msg["Date"] = "Mon, 9 Nov 2026 20:31:17 +0000"
    msg.set_content(
        "Hello,\n\nA double room for 4 nights from Wednesday 25th November please.\n\nThanks,\nZoë\n",
        cte="quoted-printable",
    )
    message = read_message(msg.as_bytes(), "booking.eml")
    assert message.form == "eml"
    v = extract(message.text).values()
    assert v["customer_name"] == "Zoë Clarke" and v["customer_first_name"] == "Zoë"
    assert (v["check_in"], v["check_out"], v["nights"]) == ("2026-11-25", "2026-11-29", 4)
    raw = extract(msg.as_string(), today=date(2026, 11, 9))  # a raw .eml pasted as text works too
    assert raw.values()["nights"] == 4 and raw.form == "eml"


def test_multipart_html_eml_uses_the_text() -> None:
    msg = EmailMessage()
    msg["From"] = "Nadia Rahman <nadia@example.com>"
    msg["Date"] = "Tue, 9 Mar 2027 10:00:00 +0000"
    msg.set_content("Table for 5 on Saturday at 7.45pm?\n\nThanks,\nNadia")
    msg.add_alternative("<p>Table for <b>5</b> on Saturday at 7.45pm?</p><p>Thanks,<br>Nadia</p>", subtype="html")
    v = extract(read_message(msg.as_bytes()).text).values()
    assert (v["party_size"], v["time"], v["date"]) == (5, "19:45", "2027-03-13")


def test_pasted_html_is_converted() -> None:
    html = "<html><body><div>Hi,</div><div>Table for 5 on Saturday 13th March at 7.45pm?</div><div>Thanks,</div><div><b>Nadia Rahman</b> | Marketing</div></body></html>"  # noqa: E501
    result = extract(html, today=date(2027, 3, 9))
    v = result.values()
    assert (v["party_size"], v["time"], v["date"]) == (5, "19:45", "2027-03-13")
    assert v["customer_name"] == "Nadia Rahman"
    assert result.form == "html" and "<div>" not in result.text
    assert read_message(html.encode(), "mail.html").form == "html"


def test_read_message_plain_and_undecodable_bytes() -> None:
    assert read_message(b"Table for 2 please").text == "Table for 2 please"
    assert read_message("Caf\xe9 booking".encode("cp1252")).text == "Café booking"


# --- quoted history and signatures -------------------------------------------------------


def test_on_wrote_quote_is_stripped() -> None:
    text = (
        "Saturday the 15th at 8 works, still 6 of us.\n\nThanks\nTom\n\n"
        "On Mon, 3 Nov 2025 at 10:12, Bella Vista <info@example.com> wrote:\n"
        "> we could offer you a table for six on Sunday 16th at 1pm\n> Giulia\n"
    )
    result = extract(text, today=date(2025, 11, 3))
    assert "Bella Vista" not in result.body and "Giulia" not in result.body
    assert result.values()["date"] == "2025-11-15"
    assert result.values()["customer_name"] == "Tom"


def test_outlook_block_is_stripped() -> None:
    text = (
        "Yes please book it.\n\nJonathan Price\n+44 7700 900781\n\n"
        "From: Rachel Green <res@example.com>\nSent: 27 January 2026 17:02\nTo: Jonathan Price\nSubject: RE: Stay\n\n"
        "Dear Jonathan, we can offer 11 to 13 February.\n\nWarm regards,\nRachel Green\nTel: 01632 960588\n"
    )
    result = extract(text, today=date(2026, 1, 28))
    assert result.body == "Yes please book it."
    v = result.values()
    assert v["customer_name"] == "Jonathan Price"
    assert v["customer_phone"] == "+447700900781"  # from the signature, not the business's


def test_signature_block_is_removed_from_the_body() -> None:
    text = "Could we book a table for 3?\n\nKind regards,\n\nPriya Natarajan\nOffice Manager\nTel: 0113 496 0721\n-- \nSent from my iPhone"  # noqa: E501
    result = extract(text, today=date(2025, 6, 2))
    assert result.body == "Could we book a table for 3?"
    assert result.values()["customer_phone"] == "+441134960721"


def test_forwarded_confirmation_fills_missing_details() -> None:
    text = (
        "Hi, see below - could we add 2 more people? So 6 instead of 4. Thanks, Becky\n\n"
        "---------- Forwarded message ---------\nFrom: The Anchor <bookings@example.com>\n"
        "Date: Thu, 2 Apr 2026 at 11:05\nSubject: Your booking is confirmed\nTo: <becky.shaw@example.com>\n\n"
        "Your table for 4 on Saturday 18 April at 19:00 is confirmed.\nBooking reference: ANC-5521\n"
    )
    v = values(text, today=date(2026, 4, 14))
    assert (v["party_size"], v["date"], v["time"], v["reference"]) == (6, "2026-04-18", "19:00", "ANC-5521")
    assert v["customer_email"] == "becky.shaw@example.com"


# --- robustness and performance ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "\x00\x01\x02\xff" * 100,
        "مرحبا، أريد حجز طاولة لأربعة 🎉 我想预订 " * 50,
        "> " * 5000,
        "a" * 200_000,
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    result = extract(text, today=date(2025, 1, 1))
    assert isinstance(result.body, str)


def test_many_lines_and_a_megabyte_finish_quickly() -> None:
    import time

    text = "Table for 2 on Friday at 8pm please.\n" * 100_000
    start = time.perf_counter()
    extract(text, today=date(2025, 1, 1))
    assert time.perf_counter() - start < 3.0  # the target is 1 s; leave room for a busy CI box


def test_importing_the_reader_loads_no_heavy_library() -> None:
    code = (
        "import sys, desktop.core.extract\n"
        "heavy = {'dateparser', 'phonenumbers', 'nameparser', 'inscriptis', 'quotequail', 'PySide6', 'lxml'}\n"
        "print(sorted(heavy & set(m.split('.')[0] for m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- weaknesses fixed in the second pass ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size", "low", "high"),
    [
        ("Hi, could I book a table for 4 under Morgan on Saturday at 8pm? It may well be possibly 5.", 4, 4, 5),
        ("Hello, there are 10 of us for dinner on Friday. Possibly 12.", 10, 10, 12),
        ("We're a party of 6 for Sunday lunch. Could be up to 8 of us though.", 6, 6, 8),
        ("There are 6 of us on Friday. Possibly 7 people.", 6, 6, 7),
        ("Hi, do you have anything for 2 tonight?", 2, None, None),
        ("Have you got anything for 2 at 7?", 2, None, None),
    ],
)
def test_party_hedges_and_loose_requests(text: str, size: int, low: int | None, high: int | None) -> None:
    v = values(text)
    assert v["party_size"] == size
    assert v.get("party_min") == low and v.get("party_max") == high


@pytest.mark.parametrize(
    "text",
    [
        "Table for 4 at 7pm on Friday. Possibly 8 if that time is taken?",
        "Do you have anything for 20 pounds in the sale?",
        "Do you have anything for 2 year olds?",
        "Table for 4 on Friday. We have 2 dogs, possibly 3.",
        "I'd like to order something for 2 of my colleagues as a gift.",
        "My husband and I ordered a cake from your bakery.",
    ],
)
def test_numbers_that_are_not_a_party_hedge(text: str) -> None:
    v = values(text)
    assert v.get("party_size") in (None, 4)
    assert "party_min" not in v and "party_max" not in v


def test_companions_count_only_for_a_booking() -> None:
    shop = "Hi, my sister and I bought the blue dress last week but it is too small. Can I swap it? Thanks, Amy"
    assert "party_size" not in values(shop)
    booking = "Hi, my sister and I would love to book a table for Friday evening. Thanks, Amy"
    assert values(booking)["party_size"] == 2


def test_a_written_weekday_picks_the_year_of_a_coming_date() -> None:
    result = extract("Can we book a table for Monday 23rd March please?", today=date(2025, 3, 30))
    assert result.values()["date"] == "2026-03-23"  # not the Sunday a week ago
    assert not [w for w in result.warnings if "does not match" in w]


def test_a_weekday_no_near_year_fits_keeps_the_date_and_warns() -> None:
    result = extract("Can we book a table for Sunday 23 March please?", today=date(2026, 1, 5))
    assert result.values()["date"] == "2026-03-23"  # a Monday; the Sunday one (2025) is past
    assert [w for w in result.warnings if "does not match" in w]


def test_a_complaint_about_a_past_visit_picks_the_year_of_the_weekday() -> None:
    text = "We came on Sunday 16th March and the food was cold. Very disappointed."
    result = extract(text, today=date(2026, 3, 1))
    assert result.values()["date"] == "2025-03-16"
    assert not [w for w in result.warnings if "does not match" in w]
    late = extract(text, today=date(2026, 5, 1))  # a Sunday 16 March over a year ago does not count
    assert late.values()["date"] == "2026-03-16"
    assert [w for w in late.warnings if "does not match" in w]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's our 25th wedding anniversary and we love a good anniversary dinner.", "25th wedding anniversary"),
        ("Celebrating my husband's 50th birthday - his birthday is on Sunday.", "50th birthday"),
        ("Our office Christmas party; a Christmas party of 20.", "office Christmas party"),
        ("A birthday and our anniversary on the same day!", "birthday, anniversary"),
    ],
)
def test_overlapping_occasions_keep_the_most_specific(text: str, expected: str) -> None:
    assert values(text)["occasion"] == expected
