"""Measure the email reader on the benchmark corpus: per-field precision and recall, and speed.

Usage: python benchmarks/extract_accuracy.py [CORPUS.jsonl] [--errors FIELD|all] [--no-big]

Runs every email of the corpus through ``extract`` in one process and prints,
per field, precision (right values / values given) and recall (right values /
values expected), then the median and 95th-percentile time per email and the
time for one 1 MB email. Only fields the corpus annotates are scored.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_FIELDS = ("customer_name", "date", "time", "party_size", "nights", "reference")


def _load(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def _same(name: str, got: object, want: object) -> bool:
    if isinstance(want, str) and isinstance(got, str):
        return " ".join(got.split()).casefold() == " ".join(want.split()).casefold()
    return got == want


def _big_email() -> str:
    para = (
        "Hello, we would like to book a table for 6 people on Saturday 14th June at 7.30pm. "
        "One of our party is vegetarian. Could you confirm by email? Our order #48213 arrived.\n"
    )
    text = "Subject: Big one\n\n" + para * (1_000_000 // len(para))
    return text + "\nKind regards,\nRod Smith\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "tests/data/extract/corpus.jsonl"))
    parser.add_argument("--errors", help="print mismatches for a field (or 'all')")
    parser.add_argument("--no-big", action="store_true", help="skip the 1 MB email")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    from desktop.core.extract import extract

    import_ms = (time.perf_counter() - t0) * 1000
    rows = _load(Path(args.corpus))
    fields = sorted({k for r in rows for k in r["expected"]})
    tp = dict.fromkeys(fields, 0)
    fp = dict.fromkeys(fields, 0)
    fn = dict.fromkeys(fields, 0)
    times: list[float] = []
    errors: list[str] = []
    extract("warm-up: table for 2 on Friday at 8pm. Thanks, Al", today=date(2025, 1, 1))
    for row in rows:
        today = date.fromisoformat(row["today"]) if row.get("today") else None
        start = time.perf_counter()
        result = extract(row["text"], today=today)
        times.append((time.perf_counter() - start) * 1000)
        got = result.values()
        for name in fields:
            want = row["expected"].get(name)
            have = got.get(name)
            if want is not None and have is not None and _same(name, have, want):
                tp[name] += 1
                continue
            if have is not None:
                fp[name] += 1
            if want is not None:
                fn[name] += 1
            if args.errors in (name, "all") and (have is not None or want is not None):
                errors.append(f"{row['id']:<12} {name:<20} got {have!r:<28} want {want!r}")
    print(f"{len(rows)} emails; import of desktop.core.extract {import_ms:.0f} ms\n")
    print(f"{'field':<22}{'precision':>10}{'recall':>10}{'expected':>10}")
    for name in fields:
        given = tp[name] + fp[name]
        expected = tp[name] + fn[name]
        p = tp[name] / given if given else 1.0
        r = tp[name] / expected if expected else 1.0
        flag = ""
        if name in TARGET_FIELDS and (p < 0.95 or r < 0.90):
            flag = "  (below target)"
        print(f"{name:<22}{p:>10.3f}{r:>10.3f}{expected:>10}{flag}")
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"\ntime per email: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    if not args.no_big:
        big = _big_email()
        start = time.perf_counter()
        extract(big, today=date(2025, 6, 1))
        print(f"1 MB email ({len(big) / 1e6:.2f} MB): {(time.perf_counter() - start) * 1000:.0f} ms")
    if errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
