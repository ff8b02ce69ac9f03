"""Example emails for the seed templates: what a customer wrote when the template fits.

Each seed template ``templates_seed/<slug>.md`` may have ``<slug>.email.txt``
beside it, a customer email the template answers. Such an email describes the
template's situation in a customer's words, which is exactly what the
suggester has to match, so it indexes them with the template (by title).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from desktop.core.templatefile import TemplateFileError, parse_template_file

SUFFIX = ".email.txt"


def read_examples(folder: Path) -> dict[str, str]:
    """Template title (case-folded) → example email text, for the seed files in ``folder``."""
    found: dict[str, str] = {}
    try:
        paths = sorted(folder.glob("*" + SUFFIX))
    except OSError:
        return found
    for path in paths:
        md = path.with_name(path.name[: -len(SUFFIX)] + ".md")
        try:
            title = parse_template_file(md.read_text(encoding="utf-8")).title
            email = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, TemplateFileError):
            continue
        if email.strip():
            found[title.strip().casefold()] = email
    return found


@lru_cache(maxsize=1)
def seed_examples() -> dict[str, str]:
    """The example emails of the bundled seed templates (read once, then cached)."""
    from desktop.paths import seed_dir

    return read_examples(seed_dir())
