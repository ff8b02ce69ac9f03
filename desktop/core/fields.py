"""The catalogue of standard template fields: name, group, one-line description and an example.

The editor's insert-field menu lists these; the email reader fills the customer
and booking ones, the user's profile fills the sender ones, and ``today`` is
always set. Templates may use other names too: they simply show as ``[name]``
until a value is typed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldGroup(StrEnum):
    """Where a field's value comes from, for grouping the insert-field menu."""

    CUSTOMER = "customer"
    BOOKING = "booking"
    STAY = "stay"
    REQUEST = "request"
    SENDER = "sender"
    GENERAL = "general"


@dataclass(frozen=True)
class FieldSpec:
    """One standard field: ``name`` as used in ``{{ name }}``, what it holds, and a sample value."""

    name: str
    group: FieldGroup
    description: str
    example: str = ""
    from_profile: bool = False  # filled from the user's settings, not from the email

    @property
    def placeholder(self) -> str:
        """The text to insert into a template: ``{{ name }}``."""
        return f"{{{{ {self.name} }}}}"


_G = FieldGroup
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("customer_name", _G.CUSTOMER, "The customer's full name, as they signed the email.", "Rod Smith"),
    FieldSpec("customer_first_name", _G.CUSTOMER, "The customer's first name, for the greeting.", "Rod"),
    FieldSpec("customer_email", _G.CUSTOMER, "The customer's email address.", "rod@example.com"),
    FieldSpec("customer_phone", _G.CUSTOMER, "The customer's phone number, if they gave one.", "07700 900123"),
    FieldSpec("date", _G.BOOKING, "The date the customer asked for (ISO; use | nice_date to write it).", "2024-11-15"),
    FieldSpec("weekday", _G.BOOKING, "The weekday of that date.", "Friday"),
    FieldSpec("time", _G.BOOKING, "The time asked for (24-hour; use | clock to write it).", "19:30"),
    FieldSpec("party_size", _G.BOOKING, "How many people the booking is for.", "8"),
    FieldSpec("party_min", _G.BOOKING, "The fewest people the customer said might come.", "7"),
    FieldSpec("party_max", _G.BOOKING, "The most people the customer said might come.", "9"),
    FieldSpec("nights", _G.STAY, "How many nights the stay lasts.", "3"),
    FieldSpec("check_in", _G.STAY, "The day of arrival (ISO date).", "2024-08-03"),
    FieldSpec("check_out", _G.STAY, "The day of departure (ISO date).", "2024-08-06"),
    FieldSpec("reference", _G.REQUEST, "A booking, order or invoice reference from the email.", "BK-20417"),
    FieldSpec("subject", _G.REQUEST, "The subject line of the customer's email.", "Table for Friday"),
    FieldSpec("dietary", _G.REQUEST, "Dietary needs the customer mentioned.", "one vegan, one coeliac"),
    FieldSpec("accessibility", _G.REQUEST, "Access needs the customer mentioned.", "a wheelchair user"),
    FieldSpec("occasion", _G.REQUEST, "The occasion being celebrated, if any.", "a 40th birthday"),
    FieldSpec("business_name", _G.SENDER, "Your business's name, from your settings.", "The Anchor", True),
    FieldSpec("sender_name", _G.SENDER, "Your name, to sign the reply, from your settings.", "Linda", True),
    FieldSpec(
        "sender_signature", _G.SENDER, "Your full sign-off block, from your settings.", "Linda\nThe Anchor", True
    ),
    FieldSpec("today", _G.GENERAL, "Today's date (ISO), for relative days and deadlines.", "2024-11-11"),
)

_BY_NAME = {f.name: f for f in FIELDS}


def field_names() -> tuple[str, ...]:
    """Every standard field name, in catalogue order."""
    return tuple(f.name for f in FIELDS)


def describe(name: str) -> FieldSpec | None:
    """The catalogue entry for ``name``, or None for a field the catalogue does not know."""
    return _BY_NAME.get(name)


def by_group() -> dict[FieldGroup, tuple[FieldSpec, ...]]:
    """The catalogue grouped for a menu, groups in their declared order."""
    return {g: tuple(f for f in FIELDS if f.group is g) for g in FieldGroup if any(f.group is g for f in FIELDS)}


def example_values() -> dict[str, str]:
    """A sample value for every field, for previews of a template being written."""
    return {f.name: f.example for f in FIELDS}
