"""Text helpers shared by the rules: normalising, sentences, words, greeting and sign-off.

Everything here keeps character offsets: the normalised text has exactly the
same length as the reply, so a span found in it is a span of the reply.
:func:`analyse` is cached, so the rules of one check share the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import add

from desktop.core.checklist import phrases

# One character in, one character out: offsets survive normalisation.
_NORMALISE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)

_KEY = 3
_SENTENCE_LOOKBACK = 400
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
_SPLIT = re.compile(r"(\W+)")
_PUNCT_START = re.compile(r"[\[(@<{']")
# Every ASCII character that is not a word character (``\W``), as a space.
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})
# Every key some phrase set starts with; see :func:`register_index_keys`.
_INDEX_KEYS: set[str] = set()
_WS = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\f": " ", "\v": " "})
_NAME = r"(?:Mc|Mac|O')?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?"
_VALEDICTION = r"(?:" + "|".join(phrases.VALEDICTIONS) + r")"
# "Thanks Linda." / "All the best, Linda" / "Linda" / "Linda - Reservations" / "- Jess"
_SIGN_LINE = re.compile(
    rf"^(?P<val>(?i:{_VALEDICTION}))?[,.!]?\s*(?:(?:--?|~)\s*)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?(?P<name>{_NAME}(?:\s+{_NAME})?)"
    # letters after the name ("James Pryor DC", "Ann Lee MCSP"), a role after a dash or comma, or kisses
    rf"(?:\s+[A-Z][A-Za-z]{{0,4}}[A-Z]\.?){{0,3}}\s*[.!]?\s*(?:(?:[-,(]|\bfrom\b).*|x{{1,3}})?$"
)
_YOU = re.compile(r"\byou", re.IGNORECASE)
# What may follow the greeted name: punctuation, "and"/"&" handled by the pattern, or the line's end.
_NAME_ENDS = re.compile(r"[ \t]*(?:[,.!:;\-]|$)")
_DEPARTMENT = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z&][a-z]*){0,3}$")
_VAL_LINE = re.compile(rf"^(?i:{_VALEDICTION})\s*[,.!]?\s*$")
_GREETING = re.compile(
    r"^\s*(?P<sal>(?i:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|morning|afternoon|evening|"
    r"thanks|thank\s+you))[ \t]*,?[ \t]+(?:(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?"
    rf"(?P<name>{_NAME}(?:[ \t]+(?:and|&)[ \t]+{_NAME}|[ \t]+{_NAME})?)"
)


def normalise(text: str) -> str:
    """Straighten quotes and dashes without changing the length of ``text``."""
    return text.translate(_NORMALISE)


@dataclass(frozen=True)
class SignOff:
    """Where the sign-off starts and, when it names a person, the name's span."""

    start: int
    name: tuple[int, int] | None


@dataclass(frozen=True)
class Greeting:
    """The opening salutation and the span of the name it uses."""

    span: tuple[int, int]
    name: tuple[int, int]
    words: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Analysis:
    """A reply read once: normalised text, sentence bounds, words, greeting and sign-off.

    Compared and hashed by identity: :func:`analyse` returns the same object for the
    same reply, so helpers may cache on it.
    """

    text: str
    word_count: int
    greeting: Greeting | None
    signoff: SignOff
    # Word starts (and "[", "(", "@", "<", "{", and "'" as in "we'll") by their first three characters, lower case,
    # whitespace as " ": where :class:`.matching.PhraseSet` tries its phrases.
    index: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # Every run of word characters, lower case (for word-list lookups such as profanity).
    words: frozenset[str] = frozenset()
    # ``text`` in lower case, same length (characters whose lower case is longer are kept as they are).
    low: str = ""
    # ``low`` with every whitespace character as a plain space: what the word index keys are read from.
    keyed: str = ""

    def sentence(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence (or line) containing offset ``pos``.

        Only the text around ``pos`` is read, so a rule asking about a few places in a long
        reply does not pay for splitting all of it; a sentence longer than
        ``_SENTENCE_LOOKBACK`` characters is cut at its start.
        """
        low = max(0, pos - _SENTENCE_LOOKBACK)
        start = low
        for m in _SENTENCE_END.finditer(self.text, low, pos + 1):
            if m.end() <= pos:
                start = m.end()
        after = _SENTENCE_END.search(self.text, pos)
        return start, after.end() if after else len(self.text)

    def sentence_text(self, pos: int) -> str:
        """The text of the sentence containing offset ``pos``."""
        start, end = self.sentence(pos)
        return self.text[start:end]

    @property
    def body_end(self) -> int:
        """Offset where the sign-off starts (the end of the reply if there is none)."""
        return self.signoff.start


def _is_person(name: str) -> bool:
    return not any(w.lower() in phrases.NOT_A_NAME for w in name.split())


def _lines(text: str, *, first: int = 0, last: int = 0) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines, stripped; only the ``first`` or ``last`` few if asked."""
    pos = 0
    if first:
        chunks = text.split("\n", first + 8)[: first + 8]
    elif last:
        head, *chunks = text.rsplit("\n", last + 8)
        pos = len(head) + 1 if chunks else 0
        chunks = chunks or [head]
    else:
        chunks = text.split("\n")
    out = []
    for line in chunks:
        s = len(line) - len(line.lstrip())
        e = len(line.rstrip())
        if e > s:
            out.append((pos + s, pos + e))
        pos += len(line) + 1
    return out


def _is_trailer(line: str) -> bool:
    """A line that may follow the name: role, business, phone, web address."""
    return len(line.split()) <= 6 and not line.rstrip().endswith("?") and not _YOU.search(line)


def _find_signoff(text: str) -> SignOff:
    lines = _lines(text, last=8)
    # A note left below the signature ("(note to self - ...)", ">> Paul - ...") is not the sign-off.
    while len(lines) > 1 and text[lines[-1][0]] in "(>[":
        lines.pop()
    lines = lines[-5:]
    if not lines:
        return SignOff(len(text), None)
    # Look at the last four lines, bottom up: business name, phone and role lines may follow the name.
    for idx in range(len(lines) - 1, max(len(lines) - 5, -1), -1):
        ls, le = lines[idx]
        line = text[ls:le]
        candidates = [(ls, line)]
        if idx == len(lines) - 1:
            # The last sentence of a one-line reply: "Yes I've booked that in for you. Thanks Linda."
            parts = list(re.finditer(r"(?<=[.!?])\s+", line))
            if parts:  # tried first: "Chloe, sorry about that. ... I'll redo them free. Nat"
                cut = parts[-1].end()
                candidates.insert(0, (ls + cut, line[cut:]))
        for start, chunk in candidates:
            m = _SIGN_LINE.match(chunk)
            if not m or not _is_person(m.group("name")):
                continue
            if chunk[:1] in "-~" and (idx < len(lines) - 1 or (idx > 0 and text[lines[idx - 1][0]] in "-~*•")):
                continue  # "- Lead", "- Treats": a list of bullets, not "- Jess" signing it on the last line
            above_is_val = idx > 0 and start == ls and _VAL_LINE.match(text[lines[idx - 1][0] : lines[idx - 1][1]])
            only_trailers_below = all(_is_trailer(text[a:b]) for a, b in lines[idx + 1 :])
            # "Kind regards, / Customer Services / Swift Removals": a department signed, the business below it.
            if not m.group("val") and not above_is_val and start == ls and idx > 0:
                above = text[lines[idx - 1][0] : lines[idx - 1][1]]
                if _DEPARTMENT.match(above) and not _is_person(above):
                    continue
            if m.group("val") or above_is_val or start != ls or only_trailers_below:
                begin = lines[idx - 1][0] if above_is_val else start
                return SignOff(begin, (start + m.start("name"), start + m.end("name")))
        if _VAL_LINE.match(line):
            return SignOff(ls, None)
    # A bare valediction ending the last line ("... for you. Thanks").
    ls, le = lines[-1]
    m = re.search(rf"(?:^|(?<=[.!?])\s+)(?P<v>(?i:{_VALEDICTION}))\s*[,.!]?\s*$", text[ls:le])
    if m:
        return SignOff(ls + m.start("v"), None)
    return SignOff(len(text), None)


def _find_greeting(text: str) -> Greeting | None:
    lines = _lines(text, first=2)[:2]
    for ls, le in lines:
        m = _GREETING.match(text, ls, le)
        if m and not _NAME_ENDS.match(text, m.end("name"), le):
            return None  # "Hello, Hot Stone Ritual for 2 booked": the words run on, so no name was greeted
        if m:
            words = tuple(w for w in re.split(r"[\s&]+", m.group("name")) if w and w.lower() != "and")
            if not _is_person(words[0]):
                return None
            return Greeting(m.span(), m.span("name"), words)
    return None


def analyse(reply: str) -> Analysis:
    """Read ``reply`` once for every rule of a check (cached on the reply text)."""
    return _analyse(reply, len(_INDEX_KEYS))


@lru_cache(maxsize=16)
def _analyse(reply: str, keys_version: int) -> Analysis:
    # ``keys_version`` is part of the cache key: an index built before a phrase set was compiled
    # would lack its keys.
    text = normalise(reply)
    signoff = _find_signoff(text)
    greeting = _find_greeting(text)
    if greeting and signoff.name and greeting.name == signoff.name:
        greeting = None
    low = lower_same_length(text)
    keyed = low.translate(_WS)
    index, words = _index(keyed)
    return Analysis(
        text=text,
        word_count=len(text.split()),
        greeting=greeting,
        signoff=signoff,
        index=index,
        low=low,
        words=words,
        keyed=keyed,
    )


def register_index_keys(keys: Iterable[str]) -> None:
    """Index word starts with these keys from now on (called as phrase sets are compiled)."""
    _INDEX_KEYS.update(keys)


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping offsets: the rare character whose lower case is longer stays as is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _index(low: str) -> tuple[dict[str, tuple[int, ...]], frozenset[str]]:
    """Word starts grouped by their first three characters (whitespace as a space; ``low`` may
    already have it so).

    Only keys some phrase set can start with are kept; the work per word is done with
    ``map``/``compress`` so a 2,000-word reply is indexed in about a millisecond.
    """
    keyed = low.translate(_WS)
    if keyed.isascii():
        # Punctuation to spaces, then a plain split: the words and, from their lengths, where each
        # starts (a run of spaces gives empty words, which keep the count right and are dropped).
        tokens = keyed.translate(_ASCII_GAPS).split(" ")
        lengths = list(map(len, tokens))
        starts = list(compress(map(add, accumulate(lengths, initial=0), range(len(tokens))), lengths))
        words = list(filter(None, tokens))
    else:
        parts = _SPLIT.split(keyed)  # words at even places, the gaps between them at odd ones
        offsets = accumulate(map(len, parts), initial=0)
        words = parts[0::2]
        starts = list(compress(offsets, [i % 2 == 0 and bool(w) for i, w in enumerate(parts)]))
        words = list(filter(None, words))
    keys = [keyed[p : p + _KEY] for p in starts]
    wanted = list(map(_INDEX_KEYS.__contains__, keys))
    index: dict[str, list[int]] = {}
    for key, start in zip(compress(keys, wanted), compress(starts, wanted), strict=True):
        index.setdefault(key, []).append(start)
    for m in _PUNCT_START.finditer(keyed):
        key = keyed[m.start() : m.start() + _KEY]
        if key in _INDEX_KEYS:
            index.setdefault(key, []).append(m.start())
    return {k: tuple(v) for k, v in index.items()}, frozenset(words)


_WHEN_IT = re.compile(r" when (?:it|they|he|she)(?:'s|'re| is| are)? ")
_LAST_WORD = re.compile(r"([a-z]+)s?$")
_FIRST_WORD = re.compile(r"([a-z]+)\b")
_CLAUSE_BREAK = re.compile(r"[,;:]")


def evasions_of(a: Analysis) -> tuple[tuple[int, int], ...]:
    """Clauses that promise nothing: "it'll be ready when it's ready", "they come when they come"."""
    return _evasions(a) if " when " in a.low else ()


@lru_cache(maxsize=16)
def _evasions(a: Analysis) -> tuple[tuple[int, int], ...]:
    """ "It'll be ready when it's ready": the same word on both sides of "when it's" promises nothing."""
    spans = []
    low = a.low
    for m in _WHEN_IT.finditer(low):
        before = _LAST_WORD.search(low, max(0, m.start() - 30), m.start())
        after = _FIRST_WORD.match(low, m.end())
        if before and after and after.group(1).rstrip("s") == before.group(1).rstrip("s"):
            # The whole clause: "it'll be" before the word promises nothing either.
            start = a.sentence(m.start())[0]
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(a.text, start, before.start())]
            spans.append((breaks[-1] if breaks else start, after.end()))
    return tuple(spans)
