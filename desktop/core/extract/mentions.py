"""Mentions: dietary needs, accessibility needs, the occasion, and the tone flags.

Each mention field's value is a short label text ("vegetarian, nut allergy");
its first candidate carries the evidence of the first mention, and each label
found is also kept as a further candidate with its own span, so the UI can show
every place it was read from. Tone is two boolean fields, ``complaint`` and
``urgent``, present only when true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.lexicon import lazy

_DIETARY: tuple[tuple[str, str], ...] = (
    (r"\bvegans?\b", "vegan"),
    (r"\bveggie\b|\bvegetarians?\b|\bveggies\b", "vegetarian"),
    (r"\bpescatarians?\b|\bpescetarians?\b", "pescatarian"),
    (
        r"\bgluten[\s-]?free\b|\bno\s+gluten\b|\bgluten\s+(?:intoleran\w+|allerg\w+)\b|\bc(?:o)?eliacs?\b|\bceliac\b",
        "gluten-free",
    ),
    (
        r"\bdairy[\s-]?free\b|\blactose[\s-]?(?:free|intoleran\w+)\b|\bno\s+dairy\b|\bdairy\s+(?:intoleran\w+|allerg\w+)\b",
        "dairy-free",
    ),
    (
        r"\b(?:pea)?nut[\s-]?(?:allerg\w+|free)\b|\ballerg\w+\s+to\s+(?:pea)?nuts\b|\bnut\s+intoleran\w+\b|\btree\s+nuts?\b",
        "nut allergy",
    ),
    (
        r"\bshellfish\b|\bseafood\s+allerg\w+|\ballerg\w+\s+to\s+(?:shellfish|seafood|fish|prawns)\b",
        "shellfish allergy",
    ),
    (r"\bhalal\b", "halal"),
    (r"\bkosher\b", "kosher"),
    (r"\begg\s+allerg\w+|\ballerg\w+\s+to\s+eggs?\b", "egg allergy"),
    (r"\bsesame\b", "sesame allergy"),
    (r"\bno\s+pork\b", "no pork"),
    (r"\bdiabetic\b", "diabetic"),
    (
        r"\bfood\s+allerg\w+|\ballerg(?:y|ies|ic)\b|\bintoleran(?:ce|t)\b|\bdietary\s+(?:requirements?|needs|restrictions?)\b",
        "allergies",
    ),
)
_ACCESS: tuple[tuple[str, str], ...] = (
    (r"\bwheel[\s-]?chairs?\b|\bwheelchair[\s-]user\b", "wheelchair"),
    (
        r"\bmobility\s+(?:scooter|issues?|problems?|aid)\b|\blimited\s+mobility\b|\breduced\s+mobility\b",
        "limited mobility",
    ),
    (r"\bwalking\s+(?:stick|frame|aid)\b|\bzimmer\b|\bcrutch(?:es)?\b|\brollator\b", "walking aid"),
    (
        r"\bstep[\s-]?free\b|\bno\s+steps\b|\b(?:can'?t|cannot|struggles?\s+with|difficulty\s+with)\s+(?:manage\s+)?(?:the\s+)?stairs\b|\bground[\s-]floor\b|\blift\s+access\b",
        "step-free access",
    ),
    (
        r"\bdisabled\s+(?:access|toilet|parking|bay)\b|\baccessible\s+(?:room|toilet|entrance|table|parking)\b|\bdisabilit(?:y|ies)\b|\bdisabled\b",
        "disabled access",
    ),
    (r"\bguide\s+dog\b|\bassistance\s+dog\b|\bvisually\s+impaired\b|\bblind\b", "guide dog / sight"),
    (r"\bhearing\s+(?:loop|aid|impaired)\b|\bdeaf\b", "hearing"),
    (r"\bhigh\s*chairs?\b", "high chair"),
    (r"\bpram\b|\bbuggy\b|\bpushchair\b|\bstroller\b", "pram space"),
)
_OCCASION = lazy(
    r"\b(?:(?P<ord>\d{1,3}(?:st|nd|rd|th)|(?:eighteenth|twenty-first|twenty\s+first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth))\s+)?"
    r"(?P<kind>(?:surprise\s+)?birthday|(?:wedding\s+|silver\s+|golden\s+|ruby\s+|pearl\s+|diamond\s+)?anniversary|"
    r"christmas\s+(?:party|do|lunch|dinner|meal|celebration|get[\s-]together|drinks|night\s+out)|(?:office|work|team|staff|company)\s+(?:christmas\s+)?(?:party|do|dinner|lunch|night\s+out|celebration)|"
    r"xmas\s+(?:party|do|lunch|dinner|meal)|festive\s+(?:party|lunch|dinner|menu)|"
    r"wedding(?:\s+(?:reception|breakfast|party))?|engagement(?:\s+(?:party|dinner|celebration))?|hen\s+(?:do|party|night|weekend)|stag\s+(?:do|party|night|weekend)|"
    r"retirement(?:\s+(?:party|do|meal|lunch|dinner))?|graduation|leaving\s+(?:do|party|drinks|lunch|dinner)|christening|baptism|baby\s+shower|"
    r"bridal\s+shower|valentine'?s(?:\s+day)?|mother'?s\s+day|father'?s\s+day|proposal|propose|promotion|reunion|new\s+year'?s?\s+eve|"
    r"bar\s+mitzvah|bat\s+mitzvah|funeral|wake|memorial|celebration|celebrating|special\s+occasion|birthdays)\b",
    re.IGNORECASE,
)
_COMPLAINT = lazy(
    r"\b(?:complain(?:t|ts|ing)?|disappoint(?:ed|ing|ment)|unacceptable|appalling|appalled|disgusting|disgusted|"
    r"terrible|awful|horrible|rude(?:ly|ness)?|dreadful|shocking|furious|outrag\w+|not\s+happy|unhappy|"
    r"very\s+poor|poor\s+(?:service|quality|experience)|refund|compensation|never\s+(?:again|arrived|turned\s+up|came)|"
    r"worst|filthy|dirty|cold\s+food|food\s+was\s+cold|overcharged|waited\s+(?:over|for\s+over|more\s+than)|"
    r"let\s+down|not\s+good\s+enough|ruined|still\s+(?:not|haven'?t|waiting)|no\s+one\s+(?:has\s+)?(?:got\s+back|replied|called)|"
    r"nobody\s+(?:has\s+)?(?:got\s+back|replied|called)|chasing|third\s+time|second\s+time\s+i'?ve|frustrat\w+|annoyed|angry|"
    r"escalate|trading\s+standards|review\s+on|one[\s-]star)\b",
    re.IGNORECASE,
)
_URGENT = lazy(
    r"\b(?:urgent(?:ly)?|asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|you\s+can)|immediately|right\s+away|straight\s+away|"
    r"emergency|time[\s-]sensitive|today\s+if\s+possible|by\s+end\s+of\s+(?:day|today)|first\s+thing|"
    r"at\s+your\s+earliest\s+convenience|need\s+(?:an?\s+)?(?:answer|reply|response)\s+(?:today|quickly|soon))\b|!{3,}",
    re.IGNORECASE,
)

_DIETARY_RES = tuple((lazy(p, re.IGNORECASE), label) for p, label in _DIETARY)
_ACCESS_RES = tuple((lazy(p, re.IGNORECASE), label) for p, label in _ACCESS)
# "no allergies", "no dietary requirements": a mention that says there is nothing to note.
_NEGATED = lazy(r"\b(?:no|none|without|not\s+any|don'?t\s+have\s+any)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class LabelMention:
    """A labelled mention ("vegetarian", "40th birthday") and its span."""

    start: int
    end: int
    label: str
    confidence: float


def _labelled(scan: str, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> list[LabelMention]:
    out = []
    for rx, label in patterns:
        for m in rx.finditer(scan):
            before = scan[max(0, m.start() - 30) : m.start()]
            if _NEGATED.search(before) and label in ("allergies", "disabled access"):
                continue
            out.append(LabelMention(m.start(), m.end(), label, 0.8))
            break  # the first place each label is mentioned is enough
    out.sort(key=lambda x: x.start)
    if any(x.label != "allergies" for x in out):
        # a specific need says more than the generic "allergies" cue
        out = [x for x in out if x.label != "allergies" or "allerg" not in scan[x.start : x.end].lower()]
    return out


def find_dietary(scan: str) -> list[LabelMention]:
    """Dietary needs, one mention per label, in order of position."""
    return _labelled(scan, _DIETARY_RES)


def find_accessibility(scan: str) -> list[LabelMention]:
    """Accessibility needs, one mention per label, in order of position."""
    return _labelled(scan, _ACCESS_RES)


def find_occasions(scan: str) -> list[LabelMention]:
    """Occasions ("40th birthday", "Christmas party"), in order of position."""
    out: list[LabelMention] = []
    seen = set()
    for m in _OCCASION.finditer(scan):
        kind = " ".join(m.group("kind").lower().split())
        if kind in ("celebrating", "celebration", "special occasion") and out:
            continue
        kind = {"celebrating": "celebration", "propose": "proposal", "birthdays": "birthday"}.get(kind, kind)
        kind = kind.replace("xmas", "Christmas").replace("christmas", "Christmas").replace("valentine", "Valentine")
        kind = kind.replace("mother", "Mother").replace("father", "Father").replace("new year", "New Year")
        label = f"{m.group('ord').lower()} {kind}" if m.group("ord") else kind
        if label in seen:
            continue
        seen.add(label)
        out.append(LabelMention(m.start(), m.end(), label, 0.8 if kind != "celebration" else 0.6))
    return _most_specific(out)


_GENERIC_OCCASIONS = ("celebration", "special occasion")


def _most_specific(found: list[LabelMention]) -> list[LabelMention]:
    """Drop labels another label says more precisely.

    "anniversary" beside "25th wedding anniversary", "Christmas party" beside
    "office Christmas party", and a bare "celebration" beside any named occasion
    are the same occasion told twice; the comma-joined value keeps the precise one.
    """
    words = [set(x.label.lower().split()) for x in found]
    specific = [x for x in found if x.label not in _GENERIC_OCCASIONS]
    out = []
    for i, x in enumerate(found):
        if x.label in _GENERIC_OCCASIONS and specific:
            continue
        if any(j != i and words[i] < words[j] for j in range(len(found))):
            continue
        out.append(x)
    return out


def find_tone(scan: str) -> dict[str, LabelMention]:
    """The first complaint cue and the first urgency cue, when there are any."""
    out = {}
    for name, rx in (("complaint", _COMPLAINT), ("urgent", _URGENT)):
        hits = list(rx.finditer(scan, 0, min(len(scan), 200_000)))
        if not hits:
            continue
        # one mild word ("refund", "disappointed" about the weather) is weaker than several
        conf = 0.9 if len(hits) >= 2 else 0.7
        out[name] = LabelMention(hits[0].start(), hits[0].end(), hits[0].group(), conf)
    return out
