"""The rule engine: scoring, labels, the copy guard, user phrase rules, registry and speed."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.checklist import (
    Category,
    PhraseMode,
    PhraseRule,
    RuleResult,
    Severity,
    Status,
    check,
    registered_rules,
)
from desktop.core.checklist.engine import score_results
from desktop.core.checklist.text import _INDEX_KEYS, _index, lower_same_length, normalise
from desktop.core.models import Kind

TODAY = date(2024, 10, 1)
REPLY = """Hi Rod,

Thanks so much for your booking. Cheers for letting us know about the birthday.

All the best,
Linda"""


def result(severity: Severity, status: Status) -> RuleResult:
    return RuleResult("x", "x", "x", severity, status)


@pytest.mark.parametrize(
    ("failed", "score", "label"),
    [
        ((), 100, "diamond"),
        ((Severity.TIP,), 95, "diamond"),
        ((Severity.WARNING,), 85, "diamond"),
        ((Severity.WARNING, Severity.TIP), 80, "good"),
        ((Severity.WARNING,) * 3, 55, "good"),
        ((Severity.WARNING,) * 4, 40, "glass"),
        ((Severity.BLOCKER,), 60, "glass"),
        ((Severity.WARNING,) * 8, 0, "glass"),
    ],
)
def test_score_is_100_minus_penalties_and_labelled(failed: tuple[Severity, ...], score: int, label: str) -> None:
    results = (*(result(s, Status.FAIL) for s in failed), result(Severity.BLOCKER, Status.PASS))
    assert score_results(results) == (score, label)


def test_not_applicable_costs_nothing() -> None:
    assert score_results((result(Severity.BLOCKER, Status.NA), result(Severity.WARNING, Status.NA))) == (100, "diamond")


def test_blockers_are_failed_blocker_rules_only() -> None:
    report = check("Hi [name], booked. TODO deposit", kind=Kind.DIAMOND, fields={"customer_name": "Rod"}, today=TODAY)
    assert {r.id for r in report.blockers} == {"unfilled_placeholder", "internal_note"}
    assert all(r.severity is Severity.BLOCKER and r.status is Status.FAIL for r in report.blockers)


def test_report_result_lookup() -> None:
    report = check(REPLY, kind=Kind.DIAMOND, fields={"customer_name": "Rod"}, today=TODAY)
    assert report.result("uses_name").status is Status.PASS
    with pytest.raises(KeyError):
        report.result("no_such_rule")


def test_registry_has_unique_ids_titles_and_whys() -> None:
    rules = registered_rules()
    assert len({r.id for r in rules}) == len(rules) >= 20
    for r in rules:
        assert r.title and r.why and len(r.why) < 140, r.id
        assert r.category in (Category.GLASS, Category.DIAMOND, Category.SNAP)


def test_results_carry_their_category() -> None:
    report = check(REPLY, kind=Kind.SNAP, fields={}, today=TODAY)
    cats = {r.id: r.category for r in report.results}
    assert cats["profanity"] is Category.GLASS
    assert cats["uses_name"] is Category.DIAMOND
    assert cats["snap_timeline"] is Category.SNAP


# --- user phrase rules ------------------------------------------------------------------------


def test_forbidden_phrase_fails_with_every_occurrence() -> None:
    rule = PhraseRule("no-cheers", ("cheers", "no worries"))
    report = check(REPLY + "\nNo  worries, cheers!", kind=Kind.DIAMOND, fields={}, today=TODAY, custom_rules=[rule])
    r = report.result("no-cheers")
    assert r.status is Status.FAIL and r.category is Category.CUSTOM
    text = REPLY + "\nNo  worries, cheers!"
    assert [text[s:e].lower() for s, e in r.spans] == ["cheers", "no  worries", "cheers"]
    assert r.fix


def test_forbidden_phrase_matches_whole_words_and_curly_quotes() -> None:
    rule = PhraseRule("no-cant", ("can't", "ass"))
    report = check("We can\u2019t pass that on. Class.", kind=Kind.GENERAL, today=TODAY, custom_rules=[rule])
    assert [(s, e) for s, e in report.result("no-cant").spans] == [(3, 8)]


def test_required_phrase_passes_when_any_alternative_is_there() -> None:
    rule = PhraseRule("say-deposit", ("deposit", "pre-payment"), PhraseMode.REQUIRED, severity=Severity.TIP)
    fails = check(REPLY, kind=Kind.DIAMOND, today=TODAY, custom_rules=[rule]).result("say-deposit")
    assert fails.status is Status.FAIL and "deposit" in (fails.fix or "")
    ok = check(REPLY + "\nThe deposit is £20.", kind=Kind.DIAMOND, today=TODAY, custom_rules=[rule])
    assert ok.result("say-deposit").status is Status.PASS


def test_phrase_rules_apply_per_kind_and_per_template() -> None:
    snap_only = PhraseRule("snap-only", ("cheers",), kinds=frozenset({Kind.SNAP}))
    one_template = PhraseRule("tpl", ("cheers",), templates=frozenset({"Booking confirmation"}))
    rules = [snap_only, one_template]
    ids = lambda **kw: {r.id for r in check(REPLY, today=TODAY, custom_rules=rules, **kw).results}  # noqa: E731
    assert "snap-only" in ids(kind=Kind.SNAP) and "snap-only" not in ids(kind=Kind.DIAMOND)
    assert "tpl" in ids(kind=Kind.DIAMOND, template="Booking confirmation")
    assert "tpl" not in ids(kind=Kind.DIAMOND, template="Late order")
    assert "tpl" not in ids(kind=Kind.DIAMOND)


def test_custom_rule_severity_counts_in_the_score() -> None:
    rule = PhraseRule("never-say", ("cheers",), severity=Severity.BLOCKER)
    report = check(REPLY, kind=Kind.GENERAL, today=TODAY, custom_rules=[rule])
    assert [b.id for b in report.blockers] == ["never-say"]
    assert report.label == "glass"


def test_phrase_rule_validation() -> None:
    with pytest.raises(ValueError):
        PhraseRule("empty", ("  ",))
    with pytest.raises(ValueError):
        PhraseRule(" ", ("x",))
    with pytest.raises(ValueError):
        check(REPLY, today=TODAY, custom_rules=[PhraseRule("profanity", ("x",))])


# --- speed ------------------------------------------------------------------------------------

_PARA = (
    "Thank you for thinking of us for the wedding. I've pencilled in Saturday 14 June 2025 for the ceremony at "
    "2pm with the reception from 4pm, for about 80 guests, and if numbers change just let me know. Our chef can "
    "cater for vegan and gluten-free guests, the barn has step-free access, and parking is free in the top field. "
)


def test_a_trailing_newline_never_changes_a_verdict() -> None:
    """Reply files end with a newline; the CLI and the window must judge them alike."""
    fields = {"customer_name": "Rod", "date": "2024-11-15", "time": "19:30", "party_size": 8, "party_max": 9}
    for reply in ("Yes I've booked that in for you. Thanks Linda.", "Dear Rod,\n\nSee you Friday.\n\nThanks,\nLinda"):
        for kind in (Kind.DIAMOND, Kind.SNAP):
            plain = check(reply, kind=kind, fields=fields)
            padded = check(reply + "\n\n  \n", kind=kind, fields=fields)
            assert [(r.id, r.status, r.spans) for r in plain.results] == [
                (r.id, r.status, r.spans) for r in padded.results
            ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcI'l we.,-!?()[]\n\t  éZ9_"), max_size=80))
def test_the_word_index_finds_every_word_start_a_phrase_can_begin_with(text: str) -> None:
    """The fast ASCII path and the Unicode path agree with a plain regex reading of the words."""
    check("warm up the phrase sets", kind=Kind.SNAP)
    low = lower_same_length(normalise(text))
    index, words = _index(low)
    keyed = low.translate(str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\f": " ", "\v": " "}))
    expected: dict[str, list[int]] = {}
    for m in re.finditer(r"\w+", keyed):
        key = keyed[m.start() : m.start() + 3]
        if key in _INDEX_KEYS:
            expected.setdefault(key, []).append(m.start())
    got = {k: [p for p in v if keyed[p].isalnum() or keyed[p] == "_"] for k, v in index.items()}
    assert {k: v for k, v in got.items() if v} == expected
    assert words == frozenset(re.findall(r"\w+", keyed))
