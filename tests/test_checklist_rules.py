"""The checklist's rules: the issue's acceptance replies, and a passing and a failing reply per rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from desktop.core.checklist import Report, Severity, Status, check, registered_rules
from desktop.core.models import Kind

ROD = {
    "customer_name": "Rod",
    "customer_first_name": "Rod",
    "date": "2024-11-15",
    "weekday": "Friday",
    "time": "19:30",
    "party_size": 8,
    "party_min": 7,
    "party_max": 9,
}
ROD_EMAIL = (
    "Hi, would it be possible please to book a table for 8 people (at least 7 and possibly 9) "
    "for Friday 15th November – around 7:30pm? Warm regards, Rod"
)
TODAY = date(2024, 10, 1)

WARM = """Hi Rod,

Thank you so much for choosing us. I'm delighted to confirm your table on 15 November at 7:30pm for 9.

I've booked for nine so there's room for everyone, but if you end up anywhere from 7 to 9, just let me know
nearer the time and I'll adjust the booking.

If anyone in your party has dietary requirements or needs step-free access, let me know and we'll look after it.

All the best,
Linda"""

DIAMOND_RULES = (
    "uses_name",
    "thanks_customer",
    "restates_details",
    "details_match",
    "addresses_uncertainty",
    "offers_help",
    "signs_off_with_name",
    "not_terse",
)


def run(reply: str, kind: Kind = Kind.DIAMOND, fields: dict[str, object] | None = None, **kw: object) -> Report:
    return check(reply, kind=kind, fields=ROD if fields is None else fields, email_text=ROD_EMAIL, today=TODAY, **kw)


def statuses(report: Report) -> dict[str, Status]:
    return {r.id: r.status for r in report.results}


# --- acceptance -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply", ["Yes I've booked that in for you. Thanks Linda.", "Yes I've booked that in for you.\nThanks\nLinda."]
)
def test_linda_glass_reply_fails_the_diamond_basics(reply: str) -> None:
    report = run(reply)
    got = statuses(report)
    assert report.label == "glass"
    for rule_id in ("uses_name", "restates_details", "addresses_uncertainty", "offers_help", "not_terse"):
        assert got[rule_id] is Status.FAIL, rule_id
    assert report.blockers == ()


def test_warm_confirmation_passes_every_diamond_rule() -> None:
    report = run(WARM)
    got = statuses(report)
    assert {r: got[r] for r in DIAMOND_RULES} == {r: Status.PASS for r in DIAMOND_RULES}
    assert [r.id for r in report.results if r.status is Status.FAIL] == []
    assert report.score == 100
    assert report.label == "diamond"


def test_warm_confirmation_spans_point_at_the_restated_details() -> None:
    report = run(WARM)
    restated = {WARM[s:e] for s, e in report.result("restates_details").spans}
    assert {"15 November", "7:30pm", "9"} <= restated


@pytest.mark.parametrize("kind", [Kind.SNAP, Kind.DIAMOND])
def test_crews_reply_fails_blame_and_for_snap_timeline_and_ownership(kind: Kind) -> None:
    reply = "No, it's nothing to do with us, that's down to the crews to decide"
    report = check(reply, kind=kind, fields={}, today=TODAY)
    got = statuses(report)
    assert got["blame_shifting"] is Status.FAIL
    spans = [reply[s:e] for s, e in report.result("blame_shifting").spans]
    assert "nothing to do with us" in spans
    if kind is Kind.SNAP:
        assert got["snap_timeline"] is Status.FAIL
        assert got["snap_ownership"] is Status.FAIL
    else:
        assert "snap_timeline" not in got


# --- one failing and one passing reply per rule -------------------------------------------


@dataclass(frozen=True)
class Example:
    """A rule with a reply it must fail and one it must pass."""

    rule: str
    failing: str
    passing: str
    kind: Kind = Kind.DIAMOND
    fields: dict[str, object] = field(default_factory=lambda: dict(ROD))
    email: str = ROD_EMAIL
    today: date = TODAY


SNAP_OK = (
    "Dear Janet,\n\nI'm sorry your bin was missed again. The crew is currently a day behind after a breakdown. "
    "I've booked a collection for Thursday 13 June and I will ring you that afternoon to make sure it has been "
    "emptied.\n\nKind regards,\nSam"
)
JANET = {"customer_name": "Janet Okafor", "customer_first_name": "Janet", "complaint": True}
JUNE = date(2024, 6, 10)

EXAMPLES = [
    Example("unfilled_placeholder", "Hi [customer_first_name], see you soon.", WARM),
    Example("profanity", WARM.replace("Thank you so much", "Bloody hell, thank you"), WARM),
    Example("internal_note", WARM.replace("All the best", "TODO ask chef about the 9th seat\n\nAll the best"), WARM),
    Example("blame_shifting", WARM + "\nIt's company policy, I'm afraid.", WARM),
    Example("wrong_name", WARM.replace("Hi Rod", "Hi Ron"), WARM),
    Example(
        "weekday_mismatch",
        WARM.replace("on 15 November", "on Saturday 15 November"),
        WARM.replace("on 15 November", "on Friday 15 November"),
    ),
    Example("date_in_past", WARM.replace("15 November", "15 September"), WARM),
    Example("shouting", WARM.replace("Thank you so much", "THANK YOU SO MUCH"), WARM),
    Example(
        "exclamation_marks",
        WARM.replace("choosing us.", "choosing us!!!"),
        WARM.replace("choosing us.", "choosing us!"),
    ),
    Example("uses_name", WARM.replace("Hi Rod", "Hello"), WARM),
    Example("thanks_customer", WARM.replace("Thank you so much for choosing us. ", ""), WARM),
    Example("restates_details", WARM.replace(" on 15 November at 7:30pm for 9", ""), WARM),
    Example("details_match", WARM.replace("at 7:30pm", "at 8pm"), WARM),
    Example("addresses_uncertainty", WARM.split("I've booked for nine")[0] + "All the best,\nLinda", WARM),
    Example("offers_help", WARM.replace(WARM.split("\n\n")[3] + "\n\n", ""), WARM),
    Example("signs_off_with_name", WARM.replace("Linda", "The Olive Tree team"), WARM),
    Example("not_terse", "Booked for the 15th. Linda", WARM),
    Example(
        "snap_status",
        SNAP_OK.replace(
            "I'm sorry your bin was missed again. The crew is currently a day behind after a breakdown. ",
            "I'm sorry about this. ",
        ),
        SNAP_OK,
        Kind.SNAP,
        JANET,
        "",
        JUNE,
    ),
    Example(
        "snap_next_steps",
        "Dear Janet,\n\nSorry, the crew is currently behind. Your bin stays on the list until it is emptied.\n\nSam",
        SNAP_OK,
        Kind.SNAP,
        JANET,
        "",
        JUNE,
    ),
    Example(
        "snap_timeline",
        SNAP_OK.replace("for Thursday 13 June", "soon").replace(" that afternoon", ""),
        SNAP_OK,
        Kind.SNAP,
        JANET,
        "",
        JUNE,
    ),
    Example(
        "snap_outcome",
        "Dear Janet,\n\nI'm sorry. The crew is currently behind. I will ring the depot on Thursday 13 June.\n\nSam",
        SNAP_OK,
        Kind.SNAP,
        JANET,
        "",
        JUNE,
    ),
    Example(
        "snap_ownership",
        SNAP_OK.replace("I've booked", "A collection is booked")
        .replace("a collection for", "for")
        .replace("and I will ring you that afternoon to make sure", "and")
        .replace("it has been", "it will be"),
        SNAP_OK,
        Kind.SNAP,
        JANET,
        "",
        JUNE,
    ),
    Example(
        "snap_apology",
        SNAP_OK.replace("I'm sorry your bin was missed again. ", ""),
        SNAP_OK,
        Kind.SNAP,
        JANET,
        "",
        JUNE,
    ),
]


def test_every_rule_has_an_example() -> None:
    assert sorted(e.rule for e in EXAMPLES) == sorted(r.id for r in registered_rules())


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.rule)
def test_rule_fails_the_failing_reply(example: Example) -> None:
    report = check(
        example.failing, kind=example.kind, fields=example.fields, email_text=example.email, today=example.today
    )
    result = report.result(example.rule)
    assert result.status is Status.FAIL
    for start, end in result.spans:
        assert 0 <= start < end <= len(example.failing)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.rule)
def test_rule_passes_the_passing_reply(example: Example) -> None:
    report = check(
        example.passing, kind=example.kind, fields=example.fields, email_text=example.email, today=example.today
    )
    assert report.result(example.rule).status is Status.PASS


# --- details of particular rules -----------------------------------------------------------


def test_failing_rules_suggest_a_fix() -> None:
    report = run("Yes I've booked that in for you. Thanks Linda.")
    for r in report.results:
        if r.status is Status.FAIL:
            assert r.fix, r.id
    assert "Friday 15 November" in (report.result("restates_details").fix or "")


def test_restated_party_of_eight_contradicts_nine() -> None:
    fields = {**ROD, "party_size": 9, "party_min": 9, "party_max": 9}
    report = run(WARM.replace("for 9.", "for 8.").replace("booked for nine", "booked for eight"), fields=fields)
    assert report.result("details_match").status is Status.FAIL


def test_value_inside_the_range_is_fine_only_when_the_range_is_explained() -> None:
    plain = "Hi Rod,\n\nThank you! Your table for 9 people is booked for Friday 15 November at 7:30pm.\n\nLinda"
    assert run(plain).result("details_match").status is Status.FAIL
    explained = plain.replace("7:30pm.", "7:30pm; if it's fewer, just let me know nearer the time.")
    assert run(explained).result("details_match").status is Status.PASS


@pytest.mark.parametrize(
    "phrase",
    [
        "that's nothing to do with us",
        "it's not our fault",
        "your guess is as good as mine",
        "we can't do that",
        "it is company policy",
        "that's down to the courier to sort",
        "there's nothing we can do",
        "you should have told us",
        "as I already said",
    ],
)
def test_blame_and_stonewalling_variants(phrase: str) -> None:
    report = run(f"Hi Rod, {phrase}. Linda")
    assert report.result("blame_shifting").status is Status.FAIL


@pytest.mark.parametrize(
    "note",
    [
        "note to self: call him back",
        "[internal] he wanted the window table",
        "TODO: confirm deposit",
        "@marta can you check the diary",
        "don't tell the customer about the double booking",
        "the customer is being difficult again",
        "Rod keeps changing his mind",
    ],
)
def test_internal_notes_are_blockers(note: str) -> None:
    report = run(f"{WARM}\n{note}")
    assert report.result("internal_note").status is Status.FAIL
    assert any(b.id == "internal_note" for b in report.blockers)
    assert report.label == "glass"


@pytest.mark.parametrize(
    "ordinary",
    ["Email me at rod@example.com", "Chicken breast, a pasty and a screw-top bottle", "our customer service team"],
)
def test_ordinary_words_are_not_flagged(ordinary: str) -> None:
    report = run(f"{WARM}\n{ordinary}")
    got = statuses(report)
    assert got["internal_note"] is Status.PASS
    assert got["profanity"] is Status.PASS


def test_sign_off_with_the_customers_own_name_is_not_a_sign_off() -> None:
    report = run(WARM.replace("All the best,\nLinda", "Thanks again Rod!"))
    assert report.result("signs_off_with_name").status is Status.FAIL
    assert report.result("uses_name").status is Status.PASS


def test_snap_apology_only_applies_to_complaints() -> None:
    calm = {"customer_name": "Janet", "customer_first_name": "Janet"}
    report = check(SNAP_OK, kind=Kind.SNAP, fields=calm, email_text="Where is my parcel?", today=JUNE)
    assert report.result("snap_apology").status is Status.NA
    complaint = check(SNAP_OK, kind=Kind.SNAP, fields=calm, email_text="This is unacceptable.", today=JUNE)
    assert complaint.result("snap_apology").status is Status.PASS


def test_rules_apply_by_kind() -> None:
    diamond = {r.id for r in run(WARM, Kind.DIAMOND).results}
    snap = {r.id for r in run(WARM, Kind.SNAP).results}
    general = {r.id for r in run(WARM, Kind.GENERAL).results}
    assert "thanks_customer" in diamond and "thanks_customer" not in snap
    assert "snap_timeline" in snap and "snap_timeline" not in diamond
    assert {"profanity", "internal_note", "uses_name"} <= general
    assert general < diamond and general < snap


def test_blocker_severities_match_the_issue() -> None:
    blockers = {r.id for r in registered_rules() if r.severity is Severity.BLOCKER}
    assert blockers == {"unfilled_placeholder", "profanity", "internal_note", "wrong_name"}


def test_spans_survive_curly_quotes_and_characters_that_change_length_in_lower_case() -> None:
    reply = "İİ Dear Rod,\nSorry \u2018that\u2019s nothing to do with us\u2019 \u2014 it\u2019s company policy.\nLinda"
    report = run(reply)
    spans = [reply[s:e] for s, e in report.result("blame_shifting").spans]
    assert "nothing to do with us" in spans
    assert any(s.startswith("it\u2019s company policy") or s == "company policy" for s in spans)


# --- false failures found by the seed templates ----------------------------------------------

STAY = {
    "customer_name": "Julia",
    "customer_first_name": "Julia",
    "date": "2025-09-19",
    "check_in": "2025-09-19",
    "check_out": "2025-09-21",
    "nights": 2,
}
STAY_EMAIL = "We have a booking for 2 nights from 19 September to 21 September. Best wishes, Julia"


def test_dates_of_a_stay_booked_months_ahead_take_the_bookings_year() -> None:
    # Written in January: 21 September last year is nearer to today than this year's, but a
    # check-out (or any date weeks from the booking) goes with the booking.
    reply = (
        "Dear Julia,\n\nThank you for booking: 2 nights from Friday 19 September to Sunday 21 September, "
        "and breakfast is served until 10am on Saturday 20 September.\n\nKind regards,\nLinda"
    )
    january = date(2025, 1, 6)
    report = check(reply, kind=Kind.DIAMOND, fields=STAY, email_text=STAY_EMAIL, today=january)
    assert report.result("weekday_mismatch").status is Status.PASS
    assert report.result("date_in_past").status is Status.PASS
    wrong = check(
        reply.replace("Sunday 21", "Saturday 21"), kind=Kind.DIAMOND, fields=STAY, email_text=STAY_EMAIL, today=january
    )
    assert wrong.result("weekday_mismatch").status is Status.FAIL
    # A date far from the booking is still read against today.
    old = check(
        reply.replace("Saturday 20 September", "Saturday 2 March"),
        kind=Kind.DIAMOND,
        fields=STAY,
        email_text=STAY_EMAIL,
        today=date(2025, 3, 10),
    )
    assert old.result("date_in_past").status is Status.FAIL


def test_asking_whether_there_is_anything_they_would_like_offers_help() -> None:
    reply = WARM.replace(WARM.split("\n\n")[3], "Is there anything you'd like us to have ready for you? Just say.")
    assert run(reply).result("offers_help").status is Status.PASS
    asked = WARM.replace(WARM.split("\n\n")[3], "Is there anything else we can do before the day?")
    assert run(asked).result("offers_help").status is Status.PASS
    plain = WARM.replace(WARM.split("\n\n")[3], "Is there parking? Yes, behind the building.")
    assert run(plain).result("offers_help").status is Status.FAIL


@pytest.mark.parametrize(
    "outcome",
    [
        "You'll end up with the item you chose, delivered free.",
        "You should have your new bin by the end of the month.",
    ],
)
def test_saying_what_the_customer_will_end_up_with_is_a_planned_outcome(outcome: str) -> None:
    reply = (
        "Dear Janet,\n\nI'm sorry. The item is out of stock until our next delivery. "
        f"I will post it the day it arrives, within 14 days. {outcome}\n\nSam"
    )
    report = check(reply, kind=Kind.SNAP, fields=JANET, email_text="", today=JUNE)
    assert report.result("snap_outcome").status is Status.PASS
    without = reply.replace(f" {outcome}", "")
    assert check(without, kind=Kind.SNAP, fields=JANET, email_text="", today=JUNE).result("snap_outcome").status is (
        Status.FAIL
    )


def test_blame_with_should_have_is_not_an_outcome() -> None:
    reply = "Dear Janet,\n\nYou should have received an email. I will check on Thursday 13 June.\n\nSam"
    report = check(reply, kind=Kind.SNAP, fields=JANET, email_text="", today=JUNE)
    assert report.result("snap_outcome").status is Status.FAIL


@pytest.mark.parametrize("gap", ["<DATE>", "<CUSTOMER NAME>", "<first_name>"])
def test_angle_bracket_gaps_typed_by_hand_are_unfilled_placeholders(gap: str) -> None:
    reply = WARM.replace("15 November", gap)
    result = run(reply).result("unfilled_placeholder")
    assert result.status is Status.FAIL
    assert [reply[s:e] for s, e in result.spans] == [gap]


def test_comparisons_and_arrows_are_not_placeholders() -> None:
    reply = WARM.replace("for 9.", "for 9 (< 10 guests, so no deposit) -> see below.")
    assert run(reply).result("unfilled_placeholder").status is Status.PASS
