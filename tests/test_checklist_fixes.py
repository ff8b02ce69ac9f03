"""Applying a rule's suggested fix puts the example where it belongs."""

from __future__ import annotations

from datetime import date

from desktop.core.checklist import Status, check
from desktop.core.checklist.fixes import apply_fix, can_apply
from desktop.core.models import Kind

FIELDS = {
    "customer_name": "Rod",
    "customer_first_name": "Rod",
    "date": "2024-11-15",
    "weekday": "Friday",
    "time": "19:30",
    "party_size": 8,
}
TODAY = date(2024, 10, 1)


def _result(reply: str, rule_id: str, kind: Kind = Kind.DIAMOND):  # type: ignore[no-untyped-def]
    return check(reply, kind=kind, fields=FIELDS, today=TODAY).result(rule_id)


def test_greeting_fix_replaces_the_opening_line() -> None:
    reply = "Hello,\n\nYour table for 8 on Friday 15 November at 7:30pm is booked.\n\nBest wishes,\nLinda"
    result = _result(reply, "uses_name")
    assert result.status is Status.FAIL and can_apply(result)
    fixed = apply_fix(reply, result)
    assert fixed is not None and fixed.startswith("Dear Rod,\n\nYour table")
    assert _result(fixed, "uses_name").status is Status.PASS


def test_thanks_go_after_the_greeting() -> None:
    reply = "Dear Rod,\n\nYour table for 8 on Friday 15 November at 7:30pm is booked.\n\nBest wishes,\nLinda"
    fixed = apply_fix(reply, _result(reply, "thanks_customer"))
    assert fixed is not None
    assert fixed.split("\n\n")[1].startswith("Thank you")
    assert _result(fixed, "thanks_customer").status is Status.PASS


def test_offer_of_help_goes_before_the_sign_off() -> None:
    reply = "Dear Rod,\n\nThanks! Your table for 8 on Friday 15 November at 7:30pm is booked.\n\nBest wishes,\nLinda"
    result = _result(reply, "offers_help")
    fixed = apply_fix(reply, result)
    assert fixed is not None and fixed.endswith("Best wishes,\nLinda")
    assert _result(fixed, "offers_help").status is Status.PASS


def test_sign_off_uses_the_senders_name() -> None:
    reply = "Dear Rod,\n\nThank you, your table for 8 on Friday 15 November at 7:30pm is booked."
    fixed = apply_fix(reply, _result(reply, "signs_off_with_name"), sender_name="Linda")
    assert fixed is not None and fixed.rstrip().endswith("Linda")
    assert _result(fixed, "signs_off_with_name").status is Status.PASS


def test_a_fix_without_an_example_or_a_passing_rule_is_not_applied() -> None:
    reply = "Dear Rod,\n\nSee you at [time].\n\nLinda"
    assert apply_fix(reply, _result(reply, "unfilled_placeholder")) is None
    assert apply_fix(reply, _result(reply, "uses_name")) is None
