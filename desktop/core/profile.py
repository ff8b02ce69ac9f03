"""The user's profile: who signs the replies and how dates and times read.

Stored in the library (see :mod:`desktop.store.settings`) so the CLI and the GUI
share one profile. Sender and business fields fill templates; the style fields
shape the date and time filters.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.style import RenderStyle

CLOCKS = ("12h", "24h")


@dataclass(frozen=True)
class Profile:
    """Sender, business and display preferences for one user."""

    sender_name: str = ""
    business_name: str = ""
    sender_signature: str = ""
    phone_region: str = "GB"  # default region for reading phone numbers without a country code
    clock: str = "12h"  # "12h" → 7:30pm, "24h" → 19:30
    date_format: str = "%A %-d %B"  # Friday 15 November
    copy_guard: bool = True  # refuse to copy a reply whose blockers fail

    def as_fields(self) -> dict[str, str]:
        """The template fields this profile supplies (empty values are left out)."""
        values = {
            "sender_name": self.sender_name.strip(),
            "business_name": self.business_name.strip(),
            "sender_signature": self.sender_signature.strip("\n"),
        }
        return {k: v for k, v in values.items() if v}

    def render_style(self) -> RenderStyle:
        """How the date and time filters should write values for this user."""
        return RenderStyle(clock=self.clock, date_format=self.date_format)

    def to_dict(self) -> dict[str, object]:
        """Plain values, for storing as JSON."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Profile:
        """Read stored values, ignoring unknown keys and falling back on bad ones.

        A profile written by another version must never stop the library opening.
        """
        default = cls()
        kwargs: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            value = data.get(f.name, getattr(default, f.name))
            expected = type(getattr(default, f.name))
            kwargs[f.name] = value if isinstance(value, expected) else getattr(default, f.name)
        if kwargs["clock"] not in CLOCKS:
            kwargs["clock"] = default.clock
        if not str(kwargs["date_format"]).strip():
            kwargs["date_format"] = default.date_format
        return cls(**kwargs)  # type: ignore[arg-type]


# Date styles offered in Settings: strftime formats (with %-d for an unpadded day).
DATE_STYLES = (
    "%A %-d %B",  # Friday 15 November
    "%a %-d %b",  # Fri 15 Nov
    "%-d %B %Y",  # 15 November 2024
    "%A, %B %-d",  # Friday, November 15
    "%B %-d, %Y",  # November 15, 2024
    "%d/%m/%Y",  # 15/11/2024
    "%m/%d/%Y",  # 11/15/2024
)


def phone_regions() -> list[tuple[str, str]]:
    """(code, "code +prefix") for every region phonenumbers knows, sorted by code."""
    import phonenumbers

    return [
        (code, f"{code}  +{phonenumbers.country_code_for_region(code)}")
        for code in sorted(phonenumbers.SUPPORTED_REGIONS)
    ]
