"""Read a customer's email and pull out the fields a reply needs, each with its evidence.

The public entry point is :func:`extract`. Every value carries the span of the
original text it came from, so the UI can show the user where it was found.
"""

from __future__ import annotations

from desktop.core.extract.model import Candidate, Evidence, Extraction, FieldValue
from desktop.core.extract.reader import extract

__all__ = ["Candidate", "Evidence", "Extraction", "FieldValue", "extract"]
