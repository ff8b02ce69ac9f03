"""Read a customer's email and pull out the fields a reply needs, each with its evidence.

The public entry point is :func:`extract`. Every value carries the span of the
original text it came from, so the UI can show the user where it was found.
:func:`read_message` turns an .eml file, HTML or pasted text into the text
:func:`extract` reads (``extract`` also accepts pasted HTML and headers itself).
"""

from __future__ import annotations

from desktop.core.extract.forms import Message, read_message
from desktop.core.extract.model import Candidate, Evidence, Extraction, FieldValue
from desktop.core.extract.reader import FIELD_ORDER, extract

__all__ = ["FIELD_ORDER", "Candidate", "Evidence", "Extraction", "FieldValue", "Message", "extract", "read_message"]
