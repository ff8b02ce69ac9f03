"""Checklist benchmark: rule-level precision/recall on the labelled set, and checking speed.

Run from the repository root::

    .venv/bin/python benchmarks/checklist_accuracy.py [--runs N] [--min-precision 0.9]

Precision and recall are for a rule *failing* a reply (the rule "detects" glass). They are printed
over the labelled replies the rules were written or corrected against (the bar: exit 1 when a rule's
precision is under ``--min-precision`` there), then, apart, for the sets kept blind (never used to
change the rules), which are the honest measure of how the rules do on replies nobody anticipated.
Speed is the median time of ``check()`` on a 2,000-word diamond reply and a 2,000-word SNAP reply,
each made unique per run so no cache helps, timed in interleaved rounds beside a baseline.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
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


def time_baseline(reply: str, runs: int) -> list[float]:
    """Milliseconds of reading the reply's words (lower case, one regex) ``runs`` times."""
    times = []
    for i in range(runs):
        text = f"{reply}\n{i}"
        start = time.perf_counter()
        re.findall(r"\w+", text.lower())
        times.append((time.perf_counter() - start) * 1000)
    return times


def time_each(reply: str, kind: Kind, runs: int) -> list[float]:
    """Milliseconds (wall clock) of each of ``runs`` calls of ``check()`` on ``reply``, made unique per run."""
    times = []
    for i in range(runs):
        text = f"{reply}\n{i}"
        start = time.perf_counter()
        check(text, kind=kind, fields=_FIELDS, today=date(2025, 1, 20))
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    """Print per-rule precision/recall and the median check time; exit 1 under the precision bar."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="timed runs per reply (default 100)")
    parser.add_argument("--differences", action="store_true", help="list every status that differs from a label")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds the runs are split into (default 5)")
    parser.add_argument("--min-precision", type=float, default=0.9, help="fail under this precision (default 0.9)")
    args = parser.parse_args(argv)

    labelled = _labelled()
    cases = labelled.load_cases(files=labelled.FILES + labelled.DEV_FILES)
    scores = labelled.score(cases)
    print(f"Labelled replies the rules were written or corrected against: {len(cases)}")
    print(f"{'rule':24} {'prec':>5} {'rec':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3}")
    low = []
    for rule_id, s in scores.items():
        print(f"{rule_id:24} {s.precision:5.2f} {s.recall:5.2f} {s.tp:3} {s.fp:3} {s.fn:3} {s.tn:3}")
        if s.precision < args.min_precision:
            low.append(rule_id)
    errors = [f"  {rule_id}: {e}" for rule_id, s in scores.items() for e in s.status_errors]
    if errors and args.differences:
        print("Status differences:")
        print("\n".join(errors))
    for source in labelled.FILES + labelled.DEV_FILES:
        part = [c for c in cases if c.source == source]
        wrong = sum(1 for c in part for r in c.run().results if c.expected([r.id])[r.id] != r.status.value)
        print(f"  {source}: {len(part)} replies, {wrong} rule statuses differ from the labels")

    if labelled.BLIND_FILES:
        blind = labelled.load_cases(files=labelled.BLIND_FILES)
        blind_scores = labelled.score(blind)
        names = ", ".join(labelled.BLIND_FILES)
        print(f"\nBlind sets ({names}: {len(blind)} replies labelled without seeing the rules, never tuned against):")
        print(f"{'rule':24} {'prec':>5} {'rec':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3}")
        for rule_id, s in blind_scores.items():
            print(f"{rule_id:24} {s.precision:5.2f} {s.recall:5.2f} {s.tp:3} {s.fp:3} {s.fn:3} {s.tn:3}")
        under = [f"{r} {s.precision:.2f}" for r, s in blind_scores.items() if s.precision < args.min_precision]
        print(f"Under {args.min_precision} on the blind sets: {', '.join(under) or 'none'}")
        blind_errors = [f"  {rule_id}: {e}" for rule_id, s in blind_scores.items() for e in s.status_errors]
        if blind_errors and args.differences:
            print("Blind status differences:")
            print("\n".join(blind_errors))
    else:
        print("\nNo blind set at the moment: every labelled set has been used to improve the rules.")
    print()

    check(long_reply(), kind=Kind.DIAMOND, fields=_FIELDS)  # warm up (compiles nothing, loads the word list)
    # Interleaved rounds: on a shared machine the speed of the core drifts over seconds, so the two
    # kinds are timed in turns and every round's median is shown beside the overall one.
    # A baseline in the same rounds: reading the same reply's words with one regex, the least any
    # checker must do. The ratio shows the checklist's own cost whatever the machine's speed that minute.
    replies = (("diamond", long_reply(), Kind.DIAMOND), ("SNAP", long_reply(snap=True), Kind.SNAP))
    walls: dict[str, list[float]] = {name: [] for name, _, _ in replies}
    rounds: dict[str, list[float]] = {name: [] for name, _, _ in replies}
    baseline: list[float] = []
    per_round = max(1, args.runs // args.rounds)
    for r in range(args.rounds):
        baseline += time_baseline(long_reply(snap=True), per_round)
        for name, reply, kind in replies:
            times = time_each(f"{reply}\n{r}", kind, per_round)
            walls[name] += times
            rounds[name].append(statistics.median(times))
    base = statistics.median(baseline)
    print(f"Baseline, one regex reading the 2,000 words of the SNAP reply: {base:.2f} ms median")
    for name, reply, _ in replies:
        spread = ", ".join(f"{m:.1f}" for m in rounds[name])
        median = statistics.median(walls[name])
        print(
            f"Median check time, {len(reply.split())}-word {name} reply: {median:.2f} ms "
            f"({median / base:.0f}x the baseline) over {len(walls[name])} runs (round medians {spread} ms)"
        )
    if low:
        print(f"Precision under {args.min_precision}: {', '.join(low)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
