"""The seed library: every template, filled with the example email kept beside it, passes its checklist.

Issue 3 §7: at least 24 templates, half diamond and half SNAP, each passing the checklist rules of
its kind once filled with its example email (``<slug>.email.txt`` next to ``<slug>.md``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core.checklist import Status, check
from desktop.core.compose import compose
from desktop.core.models import Kind
from desktop.core.profile import Profile
from desktop.core.templatefile import parse_template_file
from desktop.paths import seed_dir

SEED = seed_dir()
TEMPLATES = sorted(SEED.glob("*.md"))
PROFILE = Profile(sender_name="Linda", business_name="Bella Vista")

# The example emails are written in early 2025 (their weekdays match that year's calendar):
# the day the reply is written is a Monday shortly before the dates they ask about...
TODAY = date(2025, 1, 6)
# ...except where the email itself looks back on a day that has already gone by.
TODAY_FOR = {
    "lost-property-search": date(2025, 3, 18),  # "when we checked out on Sunday 16th March"
    "project-delivery-delayed": date(2025, 3, 24),  # "delivered on Friday 28 March as agreed?"
}


def _email(md: Path) -> Path:
    return md.with_name(md.stem + ".email.txt")


def test_seed_library_has_enough_templates_split_between_diamond_and_snap() -> None:
    kinds = [parse_template_file(md.read_text(encoding="utf-8")).kind for md in TEMPLATES]
    assert len(kinds) >= 24
    diamond, snap = kinds.count(Kind.DIAMOND), kinds.count(Kind.SNAP)
    assert diamond + snap == len(kinds)
    assert abs(diamond - snap) <= 2, (diamond, snap)


def test_every_template_has_its_example_email_and_every_email_its_template() -> None:
    assert [md.name for md in TEMPLATES if not _email(md).is_file()] == []
    emails = {p.name.removesuffix(".email.txt") for p in SEED.glob("*.email.txt")}
    assert emails == {md.stem for md in TEMPLATES}


def test_the_dates_overridden_name_real_seed_files() -> None:
    assert set(TODAY_FOR) <= {md.stem for md in TEMPLATES}


@pytest.mark.parametrize("md", TEMPLATES, ids=lambda p: p.stem)
def test_seed_template_filled_with_its_example_email_passes_its_checklist(md: Path) -> None:
    template = parse_template_file(md.read_text(encoding="utf-8"))
    email = _email(md).read_text(encoding="utf-8")
    today = TODAY_FOR.get(md.stem, TODAY)
    draft = compose(template.body, email, profile=PROFILE, today=today)
    assert draft.rendered.error is None
    # A field the template prints without a default must have been found; fields used only
    # inside {% if %} may be absent and are not reported as missing.
    assert draft.rendered.missing == ()
    assert "[" not in draft.text and "{" not in draft.text, draft.text
    report = check(draft.text, kind=template.kind, fields=draft.fields, email_text=email, today=today)
    failed = {r.id: r.fix for r in report.results if r.status not in (Status.PASS, Status.NA)}
    assert failed == {}, draft.text
    assert report.score == 100
    assert report.label == "diamond"
    # The rules of the template's own kind were checked, not only the general ones.
    ids = {r.id for r in report.results}
    assert ("snap_outcome" in ids) == (template.kind is Kind.SNAP)
    assert ("thanks_customer" in ids) == (template.kind is Kind.DIAMOND)
