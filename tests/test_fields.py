"""The field catalogue names every standard field once, with a group and a one-line description."""

from __future__ import annotations

from desktop.core.fields import FIELDS, FieldGroup, by_group, describe, example_values, field_names
from desktop.core.profile import Profile
from desktop.core.render import render

STANDARD = [
    "customer_name",
    "customer_first_name",
    "customer_email",
    "customer_phone",
    "date",
    "weekday",
    "time",
    "party_size",
    "party_min",
    "party_max",
    "nights",
    "check_in",
    "check_out",
    "reference",
    "subject",
    "dietary",
    "accessibility",
    "occasion",
    "business_name",
    "sender_name",
    "sender_signature",
    "today",
]


def test_every_standard_field_is_described_once() -> None:
    names = field_names()
    assert len(names) == len(set(names))
    assert set(STANDARD) <= set(names)
    for f in FIELDS:
        assert f.description and "\n" not in f.description and f.description.endswith(".")
        assert isinstance(f.group, FieldGroup)
        assert f.placeholder == "{{ " + f.name + " }}"


def test_sender_fields_come_from_the_profile() -> None:
    profile_fields = {f.name for f in FIELDS if f.from_profile}
    assert profile_fields == set(Profile(sender_name="a", business_name="b", sender_signature="c").as_fields())
    assert all(f.group is FieldGroup.SENDER for f in FIELDS if f.from_profile)


def test_groups_and_lookup() -> None:
    groups = by_group()
    assert sum(len(v) for v in groups.values()) == len(FIELDS)
    assert describe("party_max") is not None and describe("party_max").group is FieldGroup.BOOKING  # type: ignore[union-attr]
    assert describe("nope") is None


def test_seed_templates_use_only_catalogue_fields_and_fill_from_examples() -> None:
    from desktop.core.render import used_fields
    from desktop.core.templatefile import parse_template_file
    from desktop.paths import seed_dir

    known = set(field_names())
    for path in sorted(seed_dir().glob("*.md")):
        t = parse_template_file(path.read_text(encoding="utf-8"))
        assert set(used_fields(t.body)) <= known, (path.name, set(used_fields(t.body)) - known)
        out = render(t.body, example_values())
        assert out.error is None and out.missing == (), (path.name, out.error, out.missing)


def test_split_tags_trims_drops_empty_and_keeps_the_first_spelling() -> None:
    from desktop.core.models import split_tags

    assert split_tags(" restaurant, Booking ;; booking, table ,") == ("restaurant", "Booking", "table")
    assert split_tags("") == ()
