"""Names: who wrote the email, from the sign-off, "my name is ...", "this is X from ..."
or the From header's display name; split into first name with nameparser.

When the sign-off and the From name agree ("Rod" and "Rod Smith"), the fuller
From name is the customer's name; when they differ (a shared or a partner's
account), the sign-off wins and the From name is the runner-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.cleaning import NAME_LINE, SIGN_OFF
from desktop.core.extract.lexicon import lazy

_WORD = r"[A-Z][a-zA-Z'’\-]+|[A-Z]\.?"
_NAME = (
    r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?:"
    + _WORD
    + r")(?:\s+(?:"
    + _WORD
    + r")){0,2}|(?:"
    + _WORD
    + r")(?:\s+(?:"
    + _WORD
    + r")){0,2})"
)
_INTRO = lazy(
    r"\b(?i:my\s+name\s+is|my\s+name'?s|names?|name'?s|this\s+is|i\s+am|i'm|it'?s|name\s*:)\s+"
    + _NAME
    + r"(?=\s*(?:,|\.|!|(?i:from|at|here|and|x+)\b|\(|$))",
    re.MULTILINE,
)
_HERE = lazy(r"^\s*(?:hi|hello|hey)?[,!]?\s*(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?)\s+here\b", re.MULTILINE)
# What may trail a name at the end of a chat message: a phone number or a note in brackets.
_TRAIL = r"[ \t]*[.!]?[ \t]*(?:x+\b)?[ \t]*(?:\([^)\n]{0,60}\)|\+?\d[\d \t()-]{6,18}\d)?[ \t]*[.!]?[ \t]*$"
# "Warm regards, Rod" or "Thanks Rod" at the very end of a line (chat-style sign-off).
_INLINE_SIGN_OFF = lazy(
    r"(?:^|[.!?)]\s+|\n)\s*"
    + SIGN_OFF
    + r"\s*[,.!-]*\s+(?P<name>[A-Za-z][a-z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){0,2})"
    + _TRAIL,
    re.IGNORECASE | re.MULTILINE,
)
# "... 8pm? - sam" or "... the weather. Neil" at the very end of a message.
_DASH_NAME = lazy(r"(?:^|\s)[-–—~]+[ \t]*(?P<name>[A-Za-z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?)" + _TRAIL)
_LAST_WORDS = lazy(r"[.!?][ \t]+(?P<name>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?)" + _TRAIL)
_SIGN_OFF_NAME = lazy(r"^[ \t]*" + SIGN_OFF + r"[ \t]*[,.!-]*[ \t]*(?P<rest>.*)$", re.IGNORECASE)
_FROM = lazy(r"^\s*\"?(?P<disp>[^<>\"@]*?)\"?\s*<[^>]*>\s*$|^\s*(?P<addr>\S+@\S+)\s*\((?P<paren>[^)]*)\)\s*$")
_NOT_NAMES = frozenset(
    [
        "thanks",
        "thank",
        "regards",
        "cheers",
        "best",
        "love",
        "hi",
        "hello",
        "dear",
        "team",
        "sent",
        "iphone",
        "ipad",
        "android",
        "please",
        "booking",
        "reservation",
        "reservations",
        "the",
        "a",
        "an",
        "and",
        "for",
        "from",
        "with",
        "kind",
        "warm",
        "many",
        "all",
        "yours",
        "sincerely",
        "hope",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mobile",
        "tel",
        "phone",
        "email",
        "sorry",
        "yes",
        "no",
        "ok",
        "okay",
        "great",
        "bookings",
        "info",
        "admin",
        "enquiries",
        "enquiry",
        "reception",
        "office",
        "sales",
        "support",
        "customer",
        "services",
        "service",
        "manager",
        "ltd",
        "limited",
        "inc",
        "llc",
        "plc",
        "co",
        "company",
        "hotel",
        "restaurant",
        "cafe",
        "bistro",
        "bar",
        "pub",
        "director",
        "looking",
        "forward",
        "speak",
        "soon",
        "regards,",
        "x",
        "xx",
        "xxx",
        "tomorrow",
        "tonight",
        "today",
        "will",
        "would",
        "could",
        "can",
        "see",
        "talk",
        "also",
        "just",
    ]
)
_ORG_WORDS = lazy(
    r"\b(?:ltd|limited|inc|llc|plc|team|bookings|info|enquiries|admin|reception|office|group|company|services?|hotel|restaurant)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NameMention:
    """A person's name found in the text, with its span and source kind."""

    start: int
    end: int
    name: str
    source: str
    confidence: float


def _clean_name(raw: str) -> str | None:
    """A plausible personal name from ``raw``, or None; keeps the first person of "Rod & Jane"."""
    name = " ".join(raw.replace("’", "'").split()).strip(" ,.-–—~!")
    name = re.split(r"\s+(?:&|and|\+)\s+", name, maxsplit=1)[0]
    name = re.sub(r"\s*(?:\bx+)$", "", name)
    if not name or len(name) > 60 or any(ch.isdigit() or ch in "@:/()<>" for ch in name):
        return None
    tokens = name.split()
    if not 1 <= len(tokens) <= 4:
        return None
    if any(t.lower().strip(".,") in _NOT_NAMES for t in tokens):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    if name.islower():
        name = " ".join(t[:1].upper() + t[1:] for t in tokens)
    if not tokens[0][:1].isupper() and not name[:1].isupper():
        return None
    return name


def _display_name(value: str) -> tuple[str, int] | None:
    """Display name of a From value and its offset inside it ("Rod Smith <rod@x.com>")."""
    m = _FROM.match(value)
    if not m:
        return None
    group = "disp" if m.group("disp") is not None else "paren"
    disp = m.group(group)
    if not disp or not disp.strip():
        return None
    offset = m.start(group) + (len(disp) - len(disp.lstrip(" \"'")))
    disp = disp.strip(" \"'")
    if "," in disp:
        last, _, first = disp.partition(",")
        if first.strip() and len(last.split()) == 1:
            return f"{first.strip()} {last.strip()}", offset  # "Smith, Rod"
    return disp, offset


def _first_name_line(text: str, start: int, end: int) -> NameMention | None:
    """The name in a signature block: after the sign-off, or its first line."""
    pos = start
    for _ in range(4):
        nl = text.find("\n", pos, end)
        line_end = nl if nl >= 0 else end
        line = text[pos:line_end]
        if line.strip() and not re.match(r"^\s*--\s*$", line):
            so = _SIGN_OFF_NAME.match(line)
            if so and so.group("rest").strip():
                rest = so.group("rest")
                name = _clean_name(rest)
                if name:
                    s = pos + so.start("rest")
                    return NameMention(s, s + len(rest.rstrip(" .!x")), name, "sign-off", 0.9)
            elif not so:
                m = NAME_LINE.match(line) or re.match(r"^[ \t]*(?P<name>[a-z][a-z'\-]{1,20})" + _TRAIL, line)
                if m:
                    name = _clean_name(m.group("name"))
                    if name:
                        return NameMention(pos + m.start("name"), pos + m.end("name"), name, "sign-off", 0.9)
                return None
        if nl < 0:
            break
        pos = nl + 1
    return None


def find_names(
    text: str, scan: str, sig: tuple[int, int] | None, from_header: tuple[str, int] | None
) -> list[NameMention]:
    """Every name source found, best first."""
    out: list[NameMention] = []
    if sig is not None:
        found = _first_name_line(text, sig[0], sig[1])
        if found:
            out.append(found)
    if not out:
        body_end = len(scan.rstrip())
        tail_start = max(0, body_end - 160)
        for rx, conf in ((_INLINE_SIGN_OFF, 0.8), (_DASH_NAME, 0.8), (_LAST_WORDS, 0.65)):
            hits = list(rx.finditer(scan, tail_start, body_end))
            m = hits[-1] if hits else None  # the last one: a sign-off ends the message
            if m is not None:
                name = _clean_name(m.group("name"))
                if name:
                    out.append(NameMention(m.start("name"), m.end("name"), name, "sign-off", conf))
                    break
    for rx, conf in ((_INTRO, 0.75), (_HERE, 0.65)):
        for m in rx.finditer(scan, 0, min(len(scan), 50_000)):
            name = _clean_name(m.group("name"))
            if name:
                out.append(NameMention(m.start("name"), m.end("name"), name, "intro", conf))
                break
    if from_header is not None:
        value, start = from_header
        disp = _display_name(value)
        if disp is not None:
            name = _clean_name(disp[0])
            if name and not _ORG_WORDS.search(disp[0]):
                s = start + disp[1]
                # the span covers the display name as written ("Smith, Rod" stays whole)
                raw_len = len(value[disp[1] :].split("<")[0].rstrip(" \"'"))
                out.append(NameMention(s, s + raw_len, name, "from", 0.7))
    return _rank(out)


def _rank(found: list[NameMention]) -> list[NameMention]:
    """Order the sources: a From name that extends the sign-off name goes first."""
    if not found:
        return found
    best = max(found, key=lambda n: n.confidence)
    for n in found:
        if n.source == "from" and n is not best:
            first = n.name.split()[0].lower().rstrip(".")
            said = best.name.split()[0].lower().rstrip(".")
            if len(n.name.split()) > len(best.name.split()) and same_person(first, said):
                agreed = NameMention(n.start, n.end, n.name, "from", max(n.confidence, best.confidence))
                rest = [x for x in found if x is not n]
                return [agreed, *sorted(rest, key=lambda x: -x.confidence)]
    return sorted(found, key=lambda x: -x.confidence)


def same_person(a: str, b: str) -> bool:
    """True when two first names can be the same person ("Andy" and "Andrew", "Jo" and "Joanna")."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return a == b or (common >= min(3, len(a), len(b)) and common >= 2)


def first_name(name: str) -> str | None:
    """The first name of ``name`` ("Dr. Rodney J. Smith" -> "Rodney"); None for "Mrs Jones"."""
    tokens = name.split()
    if len(tokens) == 1:
        return None if tokens[0].rstrip(".").lower() in ("mr", "mrs", "ms", "miss", "dr") else tokens[0]
    try:
        from nameparser import HumanName  # lazy: ~80 ms import, only for multi-word names

        first = HumanName(name).first
    except Exception:
        first = tokens[0]
    if not first or len(first.rstrip(".")) <= 1:
        return None
    return first
