"""Suggestion: the email's situation ranks the right template first, usage breaks ties."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from desktop.core.models import Kind, Template
from desktop.core.suggest import Suggester, suggest, tokens
from desktop.core.suggest_examples import read_examples
from desktop.core.suggest_lexicon import concepts

DATA = Path(__file__).parent / "data" / "suggest" / "emails.jsonl"

TEMPLATES = [
    Template(
        "Table booking confirmation",
        "Dear guest, your table is booked.",
        Kind.DIAMOND,
        ("restaurant", "booking"),
        "A guest asks to book a table for a date and time",
        id=1,
    ),
    Template(
        "Refund in progress",
        "Your refund is on its way.",
        Kind.SNAP,
        ("refund", "shop"),
        "A customer asks where their money is",
        id=2,
    ),
    Template(
        "Damaged delivery",
        "Sorry it arrived broken.",
        Kind.SNAP,
        ("shop", "delivery", "damaged"),
        "An order arrived broken or damaged",
        id=3,
    ),
]


def test_tokens_drop_greetings_and_stem() -> None:
    assert tokens("Hi there, thanks! Bookings delayed") == ["book", "delay"]


def test_everyday_words_meet_the_templates_situation() -> None:
    cases = {
        "Could you squeeze four of us in for dinner on Friday?": "Table booking confirmation",
        "I sent the jacket back two weeks ago and still no money back": "Refund in progress",
        "The vase turned up smashed to pieces": "Damaged delivery",
    }
    for email, title in cases.items():
        assert suggest(email, TEMPLATES)[0][0].title == title, email


def test_scores_are_ranked_and_unrelated_text_scores_zero() -> None:
    ranked = suggest("table for two on Friday", TEMPLATES)
    scores = [s for _, s in ranked]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert all(s == 0 for _, s in suggest("zzz qqq", TEMPLATES))
    assert suggest("", TEMPLATES) == [] and suggest("hello", []) == []


def test_usage_breaks_a_tie_but_does_not_outvote_the_words() -> None:
    twins = [
        replace(TEMPLATES[1], id=10, title="Refund A"),
        replace(TEMPLATES[1], id=11, title="Refund B", use_count=20),
    ]
    assert suggest("where is my refund", twins)[0][0].title == "Refund B"
    heavy = [TEMPLATES[0], replace(TEMPLATES[1], use_count=500)]
    assert suggest("can I book a table for dinner", heavy)[0][0].title == "Table booking confirmation"


def test_limit_and_reuse_of_the_index() -> None:
    s = Suggester(TEMPLATES)
    assert len(s.rank("refund please", limit=2)) == 2
    assert s.rank("broken parcel")[0][0].title == "Damaged delivery"


def test_labelled_set_accuracy_does_not_regress(library: object) -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 60
    s = Suggester(library.list())  # type: ignore[attr-defined]
    hits = sum(bool(set(r["templates"]) & {t.title for t, _ in s.rank(r["text"], limit=3)}) for r in rows)
    # The target is 90% (95.6% when written); this floor catches regressions
    # (see benchmarks/suggest_accuracy.py --split for the held-out part).
    assert hits / len(rows) >= 0.9


def test_words_match_their_inflections_and_the_reader_adds_situations() -> None:
    assert "c_diet" in concepts("Do you do anything for vegans?")
    assert "c_cancel" in concepts("We cancelled last week")
    found = concepts("Could we book for 14 people on Friday at 7pm?")
    assert {"c_party", "c_group", "c_time", "c_reserve"} <= set(found)
    assert "c_group" not in concepts("A table for 4 please")
    assert "c_diet" not in concepts("Do you have a double free next week?")


def test_example_emails_are_indexed_with_their_template() -> None:
    plain = Template("Callback", "We'll ring you back.", Kind.GENERAL, (), "A customer wants a phone call", id=4)
    examples = {"CALLBACK": "Could somebody give me a buzz on my mobile this afternoon?"}
    email = "please give me a buzz on my mobile"
    assert Suggester([*TEMPLATES, plain], examples=examples).rank(email)[0][0].title == "Callback"
    assert Suggester([*TEMPLATES, plain], examples={}).rank(email)[0][1] == 0


def test_seed_folder_example_emails_are_read_by_title(tmp_path: Path) -> None:
    (tmp_path / "callback.md").write_text("---\ntitle: Callback\nkind: general\n---\nHello\n", encoding="utf-8")
    (tmp_path / "callback.email.txt").write_text("Ring me please", encoding="utf-8")
    (tmp_path / "orphan.email.txt").write_text("No template beside me", encoding="utf-8")
    assert read_examples(tmp_path) == {"callback": "Ring me please"}
    assert read_examples(tmp_path / "missing") == {}


def test_a_complaint_leans_towards_problem_templates_also_when_the_reader_says_so() -> None:
    twins = [
        Template("Note A", "Thanks.", Kind.DIAMOND, ("order",), "About an order", id=20),
        Template("Note B", "Thanks.", Kind.SNAP, ("order",), "About an order", id=21),
    ]
    s = Suggester(twins, examples={})
    assert s.rank("my order")[0][1] == s.rank("my order")[1][1]
    assert s.rank("my order was awful, I am disgusted")[0][0].title == "Note B"
    assert s.rank("my order", fields={"complaint": True})[0][0].title == "Note B"
