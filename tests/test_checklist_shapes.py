"""Shapes of glass and diamond the blind labelled sets taught the checklist, one per test.

Each was a miss or a false alarm on a set written by someone who never saw the rules; these
tests pin the general reading, in both directions, so a later change cannot undo it.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.checklist import Status, check
from desktop.core.models import Kind

TODAY = date(2026, 11, 23)
FIONA = {"customer_name": "Fiona Grant", "customer_first_name": "Fiona", "date": "2026-12-08", "time": "16:15"}
BODY = "Thank you for booking Biscuit in. He's down for Tuesday 8 December at 4:15pm with Dr Okoye.\n"
END = "\nIf you need anything else, just let me know.\n\nBest wishes,\nNadia"


def status(rule: str, reply: str, *, kind: Kind = Kind.DIAMOND, fields: dict[str, object] | None = None,
           email: str = "") -> Status:  # fmt: skip
    report = check(reply, kind=kind, fields=FIONA if fields is None else fields, email_text=email, today=TODAY)
    return report.result(rule).status


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Jo, she's the one who left without paying last time, so take a card first.", Status.FAIL),
        ("(Gem, this is the bride who had the bodice taken in twice.)", Status.FAIL),
        ("Jo - vegan buttercream sweats in June heat, add the cool-box charge to her quote.", Status.FAIL),
        ("(Kev - can you check the ramp is back up before the 14th?)", Status.FAIL),
        ("The table by the window is yours [Sam: table 9 please, the big dog needs space].", Status.FAIL),
        (">> Ellie, can you swap this to the good copy?", Status.FAIL),
        ("[check with Rosie she's free that evening before sending]", Status.FAIL),
        ("(She's complained about every job we've done on this street.)", Status.FAIL),
        ("Honestly, this was a mix-up on our side and I'm sorry.", Status.PASS),
        ("Your tyres were mixed up with another customer's order in the bay.", Status.PASS),
        ("Fiona, you're very welcome to bring Pickle along too.", Status.PASS),
        ("Tom, our head nurse, will be there to meet you.", Status.PASS),
    ],
)
def test_notes_to_colleagues_are_caught_and_ordinary_sentences_are_not(note: str, expected: Status) -> None:
    reply = f"Hi Fiona,\n\n{BODY}{note}\n{END}"
    assert status("internal_note", reply) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Coach allocations aren't handled by this office.", Status.FAIL),
        ("School policy is that staff do not advise students on which group to join.", Status.FAIL),
        ("The choice is the student's responsibility.", Status.FAIL),
        ("You'll need to claim through your own contents insurance.", Status.FAIL),
        ("Missed visits are down to them rather than us.", Status.FAIL),
        ("Our policy is simply to replace any tickets that don't arrive.", Status.PASS),
        ("Your guide will be Sam, who knows the rose garden inside out.", Status.PASS),
    ],
)
def test_blame_and_stonewalling_are_read_from_what_the_sentence_does(sentence: str, expected: Status) -> None:
    assert status("blame_shifting", f"Hi Fiona,\n\n{BODY}{sentence}\n{END}") is expected


def test_a_detail_read_back_wrongly_is_flagged_once_and_a_wrong_weekday_counts() -> None:
    wrong_time = f"Hi Fiona,\n\nThank you for booking Biscuit in for Tuesday 8 December at 5:15pm.\n{END}"
    assert status("details_match", wrong_time) is Status.FAIL
    assert status("restates_details", wrong_time) is Status.PASS
    wrong_day = f"Hi Fiona,\n\nThank you for booking Biscuit in for Thursday 8 December at 4:15pm.\n{END}"
    assert status("details_match", wrong_day) is Status.FAIL
    assert status("weekday_mismatch", wrong_day) is Status.FAIL


def test_a_party_of_adults_and_children_is_counted_whole() -> None:
    fields = {**FIONA, "party_size": 4}
    reply = f"Hi Fiona,\n\n{BODY}The table is set for 2 adults and 2 children.\n{END}"
    assert status("details_match", reply, fields=fields) is Status.PASS
    wrong = reply.replace("2 children", "3 children")
    assert status("details_match", wrong, fields=fields) is Status.FAIL


COMPLAINT = (
    "I took the morning off for the service and nobody turned up or rang. I've lost half a day's pay. "
    "What are you going to do about it?\nMark"
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("You've every right to be fed up, and that's our mistake.", Status.PASS),
        ("That's not the service you should get from us.", Status.PASS),
        ("Here is an update on your job.", Status.FAIL),
    ],
)
def test_a_complaint_is_recognised_and_acknowledged_without_the_word_sorry(opening: str, expected: Status) -> None:
    reply = f"Dear Mark,\n\n{opening} I've booked Pete for Thursday 5 November and I'll ring you tonight.\n\nClaire"
    fields = {"customer_name": "Mark Whitfield", "customer_first_name": "Mark"}
    assert status("snap_apology", reply, kind=Kind.SNAP, fields=fields, email=COMPLAINT) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("the dead strip along the bottom", Status.PASS), ("a real cock-up on our part", Status.FAIL)],
)
def test_trade_words_are_not_profanity_but_british_swearing_is(word: str, expected: Status) -> None:
    assert status("profanity", f"Hi Fiona,\n\n{BODY}It was {word}.\n{END}") is expected


def test_a_note_below_the_signature_does_not_hide_the_sign_off() -> None:
    reply = f"Hi Fiona,\n\n{BODY}{END}\n\n(note to self - check the deposit)"
    assert status("signs_off_with_name", reply) is Status.PASS
    assert status("internal_note", reply) is Status.FAIL


def test_a_code_never_filled_in_is_a_placeholder_not_shouting() -> None:
    reply = f"Hi Fiona,\n\n{BODY}Your booking reference is PT-XXXX; please quote it if you call.\n{END}"
    assert status("unfilled_placeholder", reply) is Status.FAIL
    assert status("shouting", reply) is Status.PASS
    kisses = f"Hi Fiona,\n\n{BODY}{END} xx"
    assert status("unfilled_placeholder", kisses) is Status.PASS


def test_what_the_records_show_is_where_things_stand() -> None:
    fields = {"customer_name": "Tom Ellery", "customer_first_name": "Tom"}
    reply = "Dear Tom,\n\nOur records show parcel CX7730415 was left in the porch at 14:22.\n\nRegards,\nAmy"
    assert status("snap_status", reply, kind=Kind.SNAP, fields=fields) is Status.PASS


def test_a_count_of_staff_in_the_email_does_not_make_the_party_a_key_detail() -> None:
    fields = {**FIONA, "party_size": 3}
    email = "Can I book three haircuts for me and my two lads? If two of you could do us side by side, ideal."
    reply = f"Hi Fiona,\n\nThank you. You're booked for Tuesday 8 December at 4:15pm.\n{END}"
    assert status("restates_details", reply, fields=fields, email=email) is Status.PASS
    table = "Could I book a table for 3 of us?"
    assert status("restates_details", reply, fields=fields, email=table) is Status.FAIL


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Six gel manis are booked for Tuesday 8 December at 4:15pm.", Status.PASS),
        ("Gel manis are booked for Tuesday 8 December at 4:15pm.", Status.FAIL),
        ("Gel manis are booked for Tuesday 8 December at 4:15pm, £6 each.", Status.FAIL),
    ],
)
def test_the_party_read_back_in_any_words_counts_but_a_price_does_not(line: str, expected: Status) -> None:
    fields = {**FIONA, "party_size": 6}
    email = "Could we book a table for 6 of us?"
    reply = f"Hi Fiona,\n\n{line}\n{END}"
    assert status("restates_details", reply, fields=fields, email=email) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Yes fine, Tues 4.15. Bring his lead.", Status.PASS),
        ("Booked: Tuesday 4.15, with Dr Okoye.", Status.PASS),
        ("Booked with Dr Okoye, £4.15 for the nail clip.", Status.FAIL),
    ],
)
def test_a_dotted_time_after_a_day_is_the_time_read_back(line: str, expected: Status) -> None:
    assert status("restates_details", f"Hi Fiona,\n\n{line}\n{END}") is expected


def test_capitals_inside_an_unfilled_gap_are_the_gap_not_shouting() -> None:
    reply = f"Hi Fiona,\n\n{BODY}About the ramp, [INSERT ACCESS INFO].\n{END}"
    assert status("unfilled_placeholder", reply) is Status.FAIL
    assert status("shouting", reply) is Status.PASS
    assert status("shouting", f"Hi Fiona,\n\n{BODY}PLEASE DO NOT be late.\n{END}") is Status.FAIL


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("We haven't heard anything since. No complaints about the work at all - just wondering when.", Status.NA),
        ("We haven't heard anything since, and the branches are still all over the lawn.", Status.FAIL),
    ],
)
def test_a_customer_who_says_they_are_not_complaining_is_not_a_complaint(email: str, expected: Status) -> None:
    fields = {"customer_name": "Robert Ellis", "customer_first_name": "Robert"}
    reply = "Hi Robert,\n\nThe crew will be with you on Wednesday between 8 and 10am to collect them.\n\nAndy"
    assert status("snap_apology", reply, kind=Kind.SNAP, fields=fields, email=email) is expected


@pytest.mark.parametrize(
    ("reply_line", "expected"),
    [
        ("We don't really do quiet tables, it's a seafood shack.", Status.PASS),
        ("See you then.", Status.FAIL),
    ],
)
def test_an_is_there_question_is_taken_up_in_its_own_words(reply_line: str, expected: Status) -> None:
    email = "A table for Tuesday please. Is there a quieter table you could give us, maybe away from the kitchen?"
    reply = f"Hi Fiona,\n\n{BODY}{reply_line}\n{END}"
    assert status("addresses_uncertainty", reply, email=email) is expected


def test_a_long_reply_that_ignores_the_doubt_and_the_question_fails() -> None:
    email = (
        "I'm a bit unsure about the stairs: Dad isn't steady these days. "
        "Is there a bedroom on the ground floor, or at least a good handrail?"
    )
    filler = "The cottage has a lovely garden and the sunsets from the gallery are something else. " * 5
    assert status("addresses_uncertainty", f"Hi Fiona,\n\n{BODY}{filler}\n{END}", email=email) is Status.FAIL
    answered = f"Hi Fiona,\n\n{BODY}{filler}There is a ground-floor bedroom, so the stairs can wait.\n{END}"
    assert status("addresses_uncertainty", answered, email=email) is Status.PASS


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Bar for 60 guests. If it grows, no problem.", Status.PASS), ("Bar for 60 guests.", Status.FAIL)],
)
def test_allowing_for_the_number_to_grow_deals_with_a_range(line: str, expected: Status) -> None:
    fields = {**FIONA, "party_min": 60, "party_max": 80}
    reply = f"Hi Fiona,\n\n{BODY}{line}\n{END}"
    assert status("addresses_uncertainty", reply, fields=fields, email="Around 60, could creep up to 80.") is expected


@pytest.mark.parametrize(
    ("reply", "rule", "expected"),
    [
        ("Refund issued for TX-58201. Sorry for the inconvenience.\nAmy", "snap_status", Status.PASS),
        ("Sorry for the inconvenience, we will look at it.\nAmy", "snap_status", Status.FAIL),
        ("Sorry for the delay. I'll chase this up and get it over to you by Friday.\nAmy", "snap_outcome", Status.PASS),
        ("Sorry for the delay. I'll chase this up by Friday.\nAmy", "snap_outcome", Status.FAIL),
    ],
)
def test_clipped_notes_and_handing_over_read_as_status_and_outcome(reply: str, rule: str, expected: Status) -> None:
    fields = {"customer_name": "Tom Ellery", "customer_first_name": "Tom"}
    assert status(rule, f"Dear Tom,\n\n{reply}", kind=Kind.SNAP, fields=fields) is expected


@pytest.mark.parametrize(
    ("line", "rule", "expected"),
    [
        ("I'm refunding half of your hire fee to your card today.", "snap_outcome", Status.PASS),
        ("I'll knock 20% off your two nights.", "snap_outcome", Status.PASS),
        ("You'll be in the annexe twin as per the email.", "snap_outcome", Status.PASS),
        ("I've arranged a 17-seater from our sister company instead.", "snap_outcome", Status.PASS),
        ("I'll regulate it, bring it back to you and tune it in situ.", "snap_outcome", Status.PASS),
        ("I'll have to send it back to them and see what they say.", "snap_outcome", Status.FAIL),
        ("I've approved a full refund.", "snap_status", Status.PASS),
        ("MB-4410 vehicle changed, bus in garage.", "snap_status", Status.PASS),
        ("Refunds are processed by our finance department.", "snap_status", Status.FAIL),
        ("Captain Custard is off injured, so Marianne is covering.", "snap_status", Status.PASS),
        ("I've booked a collection for Thursday.", "snap_status", Status.FAIL),
        ("Our engineer can look at it on Monday.", "snap_next_steps", Status.PASS),
        ("Locks don't just jam on their own.", "snap_next_steps", Status.FAIL),
    ],
)
def test_remedies_substitutes_and_offers_of_a_visit_are_read(line: str, rule: str, expected: Status) -> None:
    fields = {"customer_name": "Tom Ellery", "customer_first_name": "Tom"}
    assert status(rule, f"Dear Tom,\n\n{line}\n\nAmy", kind=Kind.SNAP, fields=fields) is expected


def test_a_us_date_and_a_dash_before_the_name_are_read() -> None:
    fields = {**FIONA, "date": "2026-12-22", "time": "17:30"}
    reply = "Tue 12/22 5:30 works. Bring refs.\n\n- Jess"
    assert status("restates_details", reply, fields=fields) is Status.PASS
    assert status("signs_off_with_name", reply, fields=fields) is Status.PASS
    bullets = f"Hi Fiona,\n\n{BODY}What to bring:\n- Lead\n- Treats"
    assert status("signs_off_with_name", bullets) is Status.FAIL


def test_an_interjection_opening_a_line_is_not_a_note_to_a_colleague() -> None:
    yep = f"Hi Fiona,\n\nYep, that's all sorted for you and Biscuit.\n{BODY}{END}"
    assert status("internal_note", yep) is Status.PASS
    assert status("internal_note", f"Hi Fiona,\n\n{BODY}Gem, that's the one with the biting dog.\n{END}") is Status.FAIL


def test_the_day_something_went_wrong_is_not_a_date_in_the_past() -> None:
    reply = "Dear Fiona,\n\nApologies for the double charge on 20 November. It will be back on your card by Friday."
    assert status("date_in_past", reply, kind=Kind.SNAP) is Status.PASS
    plan = "Dear Fiona,\n\nWe'll put it right on 20 November.\n\nAmy"
    assert status("date_in_past", plan, kind=Kind.SNAP) is Status.FAIL


def test_charging_for_the_top_of_the_range_regardless_deals_with_it() -> None:
    fields = {**FIONA, "party_min": 8, "party_max": 10}
    email = "It'll be somewhere between 8 and 10 kids."
    reply = f"Hi Fiona,\n\n{BODY}You'll be charged for 10 regardless.\n{END}"
    assert status("addresses_uncertainty", reply, fields=fields, email=email) is Status.PASS
    assert status("details_match", reply, fields=fields, email=email) is Status.PASS


def test_a_stay_from_a_wrong_date_is_a_misread_date() -> None:
    fields = {**FIONA, "date": "2026-12-18", "nights": 4}
    reply = f"Hi Fiona,\n\nSo that's you and your pal in from 18 November, 4 nights.\n{END}"
    assert status("details_match", reply, fields=fields) is Status.FAIL
    assert status("restates_details", reply, fields=fields) is Status.PASS
    right = reply.replace("18 November", "18 December")
    assert status("details_match", right, fields=fields) is Status.PASS


@pytest.mark.parametrize(
    ("email", "line", "expected"),
    [
        (
            "I'm not sure whether weekly or fortnightly would be best. What would you recommend?",
            "Tues at 5 is fine. Weekly's better for where he's at.",
            Status.PASS,
        ),
        (
            "I'm not sure whether weekly or fortnightly would be best. What would you recommend?",
            "Weekly or fortnightly? Honestly, I couldn't say, every kid's different.",
            Status.FAIL,
        ),
        ("Not sure whether 60 or 90 minutes is better before a race - what do you reckon?", "Go for 60.", Status.PASS),
        (
            "Not sure whether 60 or 90 minutes is better before a race - what do you reckon?",
            "As for 60 vs 90, your guess is as good as mine.",
            Status.FAIL,
        ),
    ],
)
def test_a_short_answer_to_a_choice_counts_and_declining_to_advise_does_not(
    email: str, line: str, expected: Status
) -> None:
    reply = f"Hi Fiona,\n\n{line}\n\nNadia"
    assert status("addresses_uncertainty", reply, email=email) is expected


def test_the_range_allowed_for_answers_is_that_ok() -> None:
    fields = {**FIONA, "party_min": 4, "party_max": 5}
    email = "There'll be four of us, possibly five if my mum is over that weekend. Is that OK?"
    assert status("addresses_uncertainty", "Fiona - Tues 4:15 ok. 4 or 5 fine.\nTom", fields=fields, email=email) is (
        Status.PASS
    )
    assert status("addresses_uncertainty", "Fiona - Tues 4:15 ok.\nTom", fields=fields, email=email) is Status.FAIL


def test_the_last_sentence_of_a_one_line_reply_can_sign_it() -> None:
    reply = "Fiona, sorry about that. Come in Tuesday 8 December, 11am, I'll redo them free. Nat"
    assert status("signs_off_with_name", reply, kind=Kind.SNAP) is Status.PASS
    assert status("signs_off_with_name", "Fiona, sorry about that. We'll redo them free.", kind=Kind.SNAP) is (
        Status.FAIL
    )


@pytest.mark.parametrize(
    ("line", "rule", "expected"),
    [
        ("Your booking TX-80312 is back on for Friday.", "snap_outcome", Status.PASS),
        ("He'll bring an estate so there's room for the luggage.", "snap_outcome", Status.PASS),
        ("The box has not been located.", "snap_status", Status.PASS),
        ("We cannot be held responsible for third-party charges.", "snap_status", Status.FAIL),
    ],
)
def test_back_on_room_made_and_a_negative_state_are_read(line: str, rule: str, expected: Status) -> None:
    fields = {"customer_name": "Tom Ellery", "customer_first_name": "Tom"}
    assert status(rule, f"Dear Tom,\n\n{line}\n\nAmy", kind=Kind.SNAP, fields=fields) is expected


def test_not_impressed_and_money_back_make_a_complaint() -> None:
    email = "by saturday 3 of them had lifted. not impressed tbh. I want them redone properly or my money back"
    reply = "Hi Chloe,\n\nCome in Tuesday at 11am and I'll redo them free.\n\nNat"
    fields = {"customer_name": "Chloe Barker", "customer_first_name": "Chloe"}
    assert status("snap_apology", reply, kind=Kind.SNAP, fields=fields, email=email) is Status.FAIL


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("We don't hold spaces for maybes, so if the seventh can come she'll need to book separately.", Status.PASS),
        ("I'd need a firm number by Wednesday rather than a range.", Status.PASS),
        ("We can't do that: it's company policy not to take group bookings so far ahead.", Status.FAIL),
    ],
)
def test_a_refusal_about_the_numbers_deals_with_a_range(line: str, expected: Status) -> None:
    fields = {**FIONA, "party_min": 6, "party_max": 7}
    email = "There'll be six of us, possibly seven."
    reply = f"Hi Fiona,\n\n{line}\n\nNadia"
    assert status("addresses_uncertainty", reply, fields=fields, email=email) is expected


def test_a_plain_refusal_answers_the_question_but_declining_to_advise_does_not() -> None:
    email = "One usher lives in Leeds. Could he be measured up there, or does he need to come in person?"
    assert status("addresses_uncertainty", "Fiona,\n\nAll must attend in person.\n\nNadia", email=email) is Status.PASS
    shrug = "Fiona,\n\nHonestly, I couldn't say about Leeds, your guess is as good as mine.\n\nNadia"
    assert status("addresses_uncertainty", shrug, email=email) is Status.FAIL


def test_from_a_time_on_the_booked_day_is_its_start() -> None:
    fields = {**FIONA, "time": "10:00"}
    right = f"Hi Fiona,\n\nTuesday 8 December from 10 is yours.\n{END}"
    assert status("restates_details", right, fields=fields) is Status.PASS
    wrong = f"Hi Fiona,\n\nI've booked you in for Tuesday 8 December from 11:00.\n{END}"
    assert status("details_match", wrong, fields=fields) is Status.FAIL
    other = f"Hi Fiona,\n\nI've booked you in for Tuesday 8 December at 10am. The bar is open from 11:00.\n{END}"
    assert status("details_match", other, fields=fields) is Status.PASS


def test_a_deposit_of_one_nights_stay_is_not_the_number_of_nights() -> None:
    fields = {**FIONA, "nights": 2}
    reply = f"Hi Fiona,\n\n{BODY}That's 2 nights. We take a deposit of one night's stay.\n{END}"
    assert status("details_match", reply, fields=fields) is Status.PASS
    assert status("details_match", reply.replace("2 nights", "3 nights"), fields=fields) is Status.FAIL


@pytest.mark.parametrize(
    ("email", "line"),
    [
        ("We are 6, maybe 7 if my colleague comes.", "Numbers can change on the night, no problem."),
        ("About the hour I am not sure yet, possibly 3pm or maybe 4pm.", "Turn up whenever suits, we're open till 6."),
        ("Not everyone's confirmed yet.", "We can't hold boats on a maybe; rebook when you've got a firm number."),
    ],
)
def test_more_ways_of_allowing_for_the_doubt(email: str, line: str) -> None:
    fields = {**FIONA, "party_min": 6, "party_max": 8}
    reply = f"Hi Fiona,\n\n{line}\n\nNadia"
    assert status("addresses_uncertainty", reply, fields=fields, email=email) is Status.PASS
    booked = "Hi Fiona,\n\nYou're booked.\n\nNadia"
    assert status("addresses_uncertainty", booked, fields=fields, email=email) is Status.FAIL


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The princess castle is away being cleaned and comes back Thursday.", Status.PASS),
        ("The trough supply on the lower field is off because of a burst joint.", Status.PASS),
        ("Please don't worry at all.", Status.FAIL),
    ],
)
def test_a_thing_away_or_down_for_a_reason_is_where_things_stand(line: str, expected: Status) -> None:
    fields = {"customer_name": "Tom Ellery", "customer_first_name": "Tom"}
    assert status("snap_status", f"Dear Tom,\n\n{line}\n\nAmy", kind=Kind.SNAP, fields=fields) is expected


def test_offering_flowers_or_to_book_a_table_is_an_offer_of_help() -> None:
    for line in ("As it's your tenth, would you like flowers or a bottle of something cold?",
                 "If you're after a dinner recommendation, I'm happy to book a table too."):  # fmt: skip
        assert status("offers_help", f"Hi Fiona,\n\n{BODY}{line}\n\nNadia") is Status.PASS
    assert status("offers_help", f"Hi Fiona,\n\n{BODY}\nNadia") is Status.FAIL
