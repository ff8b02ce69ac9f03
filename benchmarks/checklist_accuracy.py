"""Checklist benchmark: rule-level precision/recall on the labelled set, and checking speed.

Run from the repository root::

    .venv/bin/python benchmarks/checklist_accuracy.py [--runs N] [--min-precision 0.9]

Precision and recall are for a rule *failing* a reply (the rule "detects" glass), over
tests/data/checklist/cases.toml. Speed is the median time of ``check()`` on a 2,000-word
diamond reply and a 2,000-word SNAP reply, each made unique per run so no cache helps.
Exits 1 when a rule's precision is under ``--min-precision``.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.checklist import check  # noqa: E402
from desktop.core.models import Kind  # noqa: E402


def _labelled():  # type: ignore[no-untyped-def]
    path = ROOT / "tests" / "data" / "checklist" / "labelled.py"
    spec = importlib.util.spec_from_file_location("checklist_labelled", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# A long, ordinary reply: an events coordinator answering a wedding enquiry, with dates,
# times, numbers and names spread through it as they would be.
_PARAGRAPHS = (
    "Thank you so much for thinking of us for your wedding, and congratulations to you both. I've read your "
    "email carefully and pencilled in Saturday 14 June 2025 for the ceremony in the orchard at 2pm, with the "
    "reception in the barn from 4pm and the evening party running until midnight.",
    "You mentioned about 80 guests for the day and up to 120 in the evening. That works well: the barn seats 90 "
    "for dinner at round tables of ten, and the terrace takes the overflow for drinks. If the numbers change as "
    "the replies come in, just let me know and I'll adjust the plan; there is no charge for changes until 1 May.",
    "On food, our chef will put together a tasting menu for the two of you in March, and we can cater for "
    "vegetarian, vegan, gluten-free and nut-free guests without anyone feeling singled out. Please send the "
    "dietary needs with your final numbers and we will label each place card so the waiting staff know.",
    "For access, the orchard paths are level and the barn has a ramp at the side door, an accessible toilet and "
    "space for wheelchairs at any table. If any of your guests would like a seat near the door or a quieter "
    "corner, tell me and I'll sort it when we draw up the seating plan together.",
    "Parking is free in the top field for around sixty cars, and the village taxi firm knows us well; I'd "
    "suggest booking the late taxis a month ahead because June weekends are busy. Rooms at the inn next door "
    "are held for your guests until 15 March, after which they are released to the public.",
    "The deposit is 25 percent, due within 14 days of the provisional booking, with the balance four weeks "
    "before the day. I'll email the contract and the planning checklist this week so you can look them over "
    "at your own pace, and I'm happy to talk anything through on the phone in the evenings if that's easier.",
)
_REPLY_HEAD = "Hi Chloe,\n\n"
_REPLY_TAIL = "\n\nIf there's anything else at all, just ask.\n\nWarm wishes,\nHannah\nEvents, Orchard Barn"
_SNAP_HEAD = (
    "Dear Chloe,\n\nI'm sorry the brochure hasn't reached you yet. It is currently with our printer, who is a "
    "week behind. I will post it on Thursday 6 February and email you a copy today, so you'll have it either way.\n\n"
)
_FIELDS = {"customer_name": "Chloe", "customer_first_name": "Chloe", "date": "2025-06-14", "time": "14:00"}


def long_reply(words: int = 2000, *, snap: bool = False) -> str:
    """A realistic reply of about ``words`` words."""
    body: list[str] = []
    count = 0
    i = 0
    while count < words:
        p = _PARAGRAPHS[i % len(_PARAGRAPHS)]
        body.append(p)
        count += len(p.split())
        i += 1
    head = _SNAP_HEAD if snap else _REPLY_HEAD
    return head + "\n\n".join(body) + _REPLY_TAIL


def time_check(reply: str, kind: Kind, runs: int) -> tuple[float, float]:
    """Median milliseconds for ``check()`` on ``reply`` (wall clock, CPU), made unique per run.

    CPU time is reported too because the wall clock also counts time the process spent
    waiting for a core that other programs were using.
    """
    wall, cpu = [], []
    for i in range(runs):
        text = f"{reply}\n{i}"
        start, start_cpu = time.perf_counter(), time.process_time()
        check(text, kind=kind, fields=_FIELDS, today=date(2025, 1, 20))
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main(argv: list[str] | None = None) -> int:
    """Print per-rule precision/recall and the median check time; exit 1 under the precision bar."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed runs per reply (default 50)")
    parser.add_argument("--min-precision", type=float, default=0.9, help="fail under this precision (default 0.9)")
    args = parser.parse_args(argv)

    labelled = _labelled()
    cases = labelled.load_cases()
    scores = labelled.score(cases)
    print(f"Labelled set: {len(cases)} replies")
    print(f"{'rule':24} {'prec':>5} {'rec':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3}")
    low = []
    for rule_id, s in scores.items():
        print(f"{rule_id:24} {s.precision:5.2f} {s.recall:5.2f} {s.tp:3} {s.fp:3} {s.fn:3} {s.tn:3}")
        if s.precision < args.min_precision:
            low.append(rule_id)
    errors = [f"  {rule_id}: {e}" for rule_id, s in scores.items() for e in s.status_errors]
    if errors:
        print("Status differences:")
        print("\n".join(errors))
    for source in labelled.FILES:
        part = [c for c in cases if c.source == source]
        wrong = sum(1 for c in part for r in c.run().results if c.expected([r.id])[r.id] != r.status.value)
        print(f"  {source}: {len(part)} replies, {wrong} rule statuses differ from the labels")

    for source in labelled.DEV_FILES:
        part = labelled.load_cases(files=(source,))
        wrong = sum(1 for c in part for r in c.run().results if c.expected([r.id])[r.id] != r.status.value)
        print(f"  {source} (development, partly tuned): {len(part)} replies, {wrong} rule statuses differ")

    blind = labelled.load_cases(files=labelled.BLIND_FILES)
    blind_scores = labelled.score(blind)
    print(f"\nBlind set ({len(blind)} replies labelled without seeing the rules, never tuned against):")
    print(f"{'rule':24} {'prec':>5} {'rec':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3}")
    for rule_id, s in blind_scores.items():
        print(f"{rule_id:24} {s.precision:5.2f} {s.recall:5.2f} {s.tp:3} {s.fp:3} {s.fn:3} {s.tn:3}")
    blind_errors = [f"  {rule_id}: {e}" for rule_id, s in blind_scores.items() for e in s.status_errors]
    if blind_errors:
        print("Blind status differences:")
        print("\n".join(blind_errors))
    print()

    check(long_reply(), kind=Kind.DIAMOND, fields=_FIELDS)  # warm up (compiles nothing, loads the word list)
    for name, reply, kind in (("diamond", long_reply(), Kind.DIAMOND), ("SNAP", long_reply(snap=True), Kind.SNAP)):
        wall, cpu = time_check(reply, kind, args.runs)
        print(f"Median check time, {len(reply.split())}-word {name} reply: {wall:.2f} ms ({cpu:.2f} ms CPU)")
    if low:
        print(f"Precision under {args.min_precision}: {', '.join(low)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
