"""Cleaning: find the header block, quoted history and signature of a message.

The result is a :class:`Layout` of spans into the text, never a rewritten copy,
so every later match still indexes into ``Extraction.text``. Quoted history
("On ... wrote:", "> " lines, Outlook "From: ... Sent: ..." blocks, forwarded
headers) is found with our own line rules, with quotequail as a second opinion
for reply markers we do not know (other languages, odd clients).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.extract.lexicon import lazy

_KNOWN_HEADERS = (
    "from", "to", "cc", "bcc", "date", "sent", "subject", "reply-to", "importance",
    "received", "return-path", "mime-version", "content-type", "message-id",
    "delivered-to", "content-transfer-encoding", "x-mailer", "in-reply-to", "references",
    "thread-topic", "thread-index", "attachments", "organization", "user-agent",
    "dkim-signature", "authentication-results", "list-unsubscribe", "precedence",
)  # fmt: skip
_HEADER = lazy(
    r"^[ \t]*(?P<name>" + "|".join(re.escape(h) for h in _KNOWN_HEADERS) + r"|x-[\w-]+)[ \t]*:[ \t]*(?P<value>.*)$",
    re.IGNORECASE,
)

# Lines that open quoted history; everything from here on is somebody else's text.
_QUOTE_START = lazy(
    r"^[ \t]*(?:"
    r"-{2,}\s*(?:original\s+message|forwarded\s+message|reply\s+message)\s*-{2,}"
    r"|begin\s+forwarded\s+message\s*:"
    r"|_{8,}\s*$"
    r"|-{5,}\s*$"
    r"|\*?from:\*?\s.+\s(?:sent|date):\*?\s.+"  # Outlook header squashed onto one line
    r")",
    re.IGNORECASE,
)
_FORWARD_START = lazy(r"^[ \t]*(?:-{2,}\s*forwarded\s+message\s*-{2,}|begin\s+forwarded\s+message\s*:)", re.IGNORECASE)
# "On Tue, 1 Oct 2024 at 10:02, Rod <rod@x.com> wrote:" may wrap over two or three lines.
_WROTE = lazy(
    r"^[ \t]*(?:on|am|le|el|il|op|em)\b[^\n]{0,300}?\b(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|escreveu)\s*:\s*$",  # noqa: E501 (one regex alternation reads better whole)
    re.IGNORECASE,
)
_FW_SUBJECT = lazy(r"^[ \t>]*\*?subject:\*?\s*(?:fwd?|fw)\s*:", re.IGNORECASE | re.MULTILINE)
_WROTE_LOOSE = lazy(r"\bwrote\s*:\s*$", re.IGNORECASE)
_OUTLOOK_FROM = lazy(r"^[ \t]*\*?(?:from|von|de|van)\*?\s*:\s*\S", re.IGNORECASE)
_OUTLOOK_NEXT = lazy(r"^[ \t]*\*?(?:sent|date|to|subject|gesendet|envoyé|enviado)\*?\s*:", re.IGNORECASE)
_REPLY_HINT = lazy(r":[ \t]*$|^[ \t]*[-_=*]{3,}|^[ \t]*>", re.MULTILINE)
_QUOTED_LINE = lazy(r"^[ \t]*>")

# Sign-offs that open a signature block, alone on their line or followed by a name.
SIGN_OFF = (
    r"(?:(?:with|kind(?:est)?|warm(?:est)?|best|many|all\s+the|yours|very|warm|much|love\s+and)\s+){0,2}"
    r"(?:regards|wishes|thanks(?:\s+(?:again|so\s+much|in\s+advance|a\s+lot|very\s+much))?"
    r"|thank\s+you(?:\s+(?:so\s+much|very\s+much|in\s+advance|again))?|best|cheers|sincerely"
    r"|faithfully|truly|love|rgds|thx|thanx|ta|take\s+care|speak\s+soon|see\s+you\s+(?:then|soon)"
    r"|all\s+the\s+best|yours(?:\s+(?:sincerely|faithfully|truly))?|respectfully|bw|kr|br|tia)\b"
)
_SIGN_OFF_LINE = lazy(r"^[ \t]*" + SIGN_OFF + r"[ \t]*[,.!]*[ \t]*(?:x+)?[ \t]*$", re.IGNORECASE)
_DASH_DASH = lazy(r"^--[ \t]?$|^—[ \t]*$")
_MOBILE_FOOTER = lazy(
    r"^[ \t]*(?:sent\s+from\s+(?:my\s+)?\S.{0,40}|get\s+outlook\s+for\s+\w+|sent\s+via\s+\S.{0,40}"
    r"|download\s+outlook\s+for\s+\w+)\s*$",
    re.IGNORECASE,
)
# A bare name line at the end of a message: "Rod", "- Rod", "Rod x", "Jane & Tom".
NAME_LINE = lazy(
    r"^[ \t]*[-–—~]?[ \t]*(?P<name>[A-Z][a-zA-Z'’.\-]*(?:[ \t]+(?:[A-Z][a-zA-Z'’.\-]*|van|de|von|da|du|le|la|o'|mc)){0,3})"  # noqa: E501 (one regex alternation reads better whole)
    # what may follow a name on its line: a role, a note, a partner ("Ellie (and Tom!)")
    r"[ \t]*(?:[,.!]|\([^)\n]{0,60}\)|[|–—-][ \t].{0,80}|,[ \t].{0,60}|(?:&|and|\+)[ \t].{0,40})?[ \t]*(?:x+)?[ \t]*$"
)
# What a signature block holds under the name: phone, email, web, role, company, address.
_SIG_MATERIAL = lazy(
    r"(?:\+?\d[\d ()-]{6,}\d|@|www\.|https?://|\b(?:tel|mob|mobile|phone|manager|director|owner|ltd|limited|inc|llc|"
    r"officer|assistant|coordinator|lead|head|ceo|founder|partner|consultant|road|street|lane|close|avenue|"
    r"[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2})\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Header:
    """One header value and its span in the text."""

    name: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Layout:
    """Where the parts of a message lie in its text, as character spans.

    ``body`` is the customer's new text (no headers, quotes or signature);
    ``signature`` the sign-off block after it; ``quoted`` every span of
    quoted history; ``headers`` the header block values, last wins;
    ``forwarded`` is True when the customer's message itself was forwarded
    to the business; ``quote_is_forward`` when the history below the new text
    is a forwarded message (a confirmation the customer passes on) rather
    than the business's own reply.
    """

    body: tuple[int, int]
    signature: tuple[int, int] | None
    quoted: tuple[tuple[int, int], ...]
    headers: dict[str, Header] = field(default_factory=dict)
    forwarded: bool = False
    quote_is_forward: bool = False


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in ``text[start:end]``, newline excluded."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            out.append((pos, end))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def parse_header_block(text: str, lines: list[tuple[int, int]], i: int) -> tuple[dict[str, Header], int]:
    """Read header lines from ``lines[i]``; return the headers and the index after the block."""
    headers: dict[str, Header] = {}
    j = i
    last: str | None = None
    while j < len(lines):
        s, e = lines[j]
        line = text[s:e]
        m = _HEADER.match(line)
        if m:
            name = m.group("name").lower()
            if name == "sent":
                name = "date"
            vs = s + m.start("value")
            ve = s + len(line.rstrip())
            headers[name] = Header(name, text[vs:ve], vs, ve)
            last = name
        elif last is not None and line[:1] in (" ", "\t") and line.strip():
            # folded header: the value continues on the next line
            h = headers[last]
            ve = s + len(line.rstrip())
            headers[last] = Header(last, " ".join(text[h.start : ve].split()), h.start, ve)
        else:
            break
        j += 1
    return headers, j


def _skip_blank(text: str, lines: list[tuple[int, int]], i: int) -> int:
    while i < len(lines) and not text[lines[i][0] : lines[i][1]].strip():
        i += 1
    return i


def _quote_start(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """Index of the first line of quoted history at or after ``lines[i]``."""
    n = len(lines)
    j = i
    while j < n:
        s, e = lines[j]
        line = text[s:e]
        if not line.strip():
            j += 1
            continue
        if _QUOTE_START.match(line) or _WROTE.match(line):
            return j
        if _OUTLOOK_FROM.match(line):
            for k in range(j + 1, min(j + 4, n)):
                if _OUTLOOK_NEXT.match(text[lines[k][0] : lines[k][1]]):
                    return j
        if len(line) < 300 and line.lstrip()[:2].lower() in ("on", "am", "le", "el", "il", "op", "em"):
            # the attribution line wrapped: "On ..., Rod <rod@\nexample.com> wrote:"
            for k in range(j + 1, min(j + 3, n)):
                if _WROTE_LOOSE.search(text[lines[k][0] : lines[k][1]]):
                    return j
        if _QUOTED_LINE.match(line):
            # a run of "> " lines that reaches the end of the message is history
            k = j
            while k < n and (
                _QUOTED_LINE.match(text[lines[k][0] : lines[k][1]]) or not text[lines[k][0] : lines[k][1]].strip()
            ):
                k += 1
            if k >= n:
                return j
            j = k  # an inline quote run; carry on after it
            continue
        j += 1
    return None


def _quotequail_start(text: str, start: int, end: int) -> int | None:
    """Second opinion from quotequail: offset where it thinks quoted text begins."""
    if end - start > 200_000:
        return None  # it is line-based and cheap, but there is no need on huge input
    if not _REPLY_HINT.search(text, start, end):
        return None  # every reply header it knows ends a line with ":" or is a rule line
    try:
        import quotequail  # lazy: ~40 ms import

        parts = quotequail.quote(text[start:end])
    except Exception:
        return None
    if len(parts) < 2 or not parts[0][0] or parts[1][0]:
        return None
    head = parts[0][1]
    if not head.strip() or not text.startswith(head, start):
        return None
    return start + len(head)


def _signature_start(text: str, lines: list[tuple[int, int]], lo: int, hi: int) -> int | None:
    """Index of the first signature line among ``lines[lo:hi]``."""
    nonblank = [j for j in range(lo, hi) if text[lines[j][0] : lines[j][1]].strip()]
    while nonblank and _MOBILE_FOOTER.match(text[lines[nonblank[-1]][0] : lines[nonblank[-1]][1]]):
        nonblank.pop()  # "Sent from my iPhone" is masked already; look above it
    if len(nonblank) < 2:
        return None
    for k, j in enumerate(nonblank):
        if _DASH_DASH.match(text[lines[j][0] : lines[j][1]]):
            # a "-- " rule starts the signature, unless a sign-off above it started it already
            above = _signature_start(text, lines, lo, j) if k >= 2 else None
            return above if above is not None else j
    tail = nonblank[-12:]
    for pos, j in enumerate(tail):
        if pos == 0 and j == nonblank[0]:
            continue  # a one-line message "Thanks!" is content, not a signature
        line = text[lines[j][0] : lines[j][1]]
        if _SIGN_OFF_LINE.match(line):
            rest = tail[pos + 1 :]
            # the block after a sign-off is short lines (name, role, phone), not prose
            if all(len(text[lines[k][0] : lines[k][1]].strip()) <= 80 for k in rest) and len(rest) <= 10:
                return j
    block = _last_block(text, lines, nonblank)
    if block is not None:
        return block
    last = nonblank[-1]
    m = NAME_LINE.match(text[lines[last][0] : lines[last][1]])
    if m and not _SIGN_OFF_LINE.match(m.group("name")):
        prev = text[lines[nonblank[-2]][0] : lines[nonblank[-2]][1]].rstrip()
        # "Rod" under a finished sentence is a signature; a lone capitalised word after
        # an unfinished line is more likely a wrapped sentence.
        if prev[-1:] in ".!?)" or prev.endswith((":)", "x")):
            return last
    return None


def _last_block(text: str, lines: list[tuple[int, int]], nonblank: list[int]) -> int | None:
    """First line of a trailing "Name / role / phone" block set off by a blank line."""
    first = len(nonblank) - 1
    while first > 0 and nonblank[first - 1] == nonblank[first] - 1:
        first -= 1
    if first == 0 or len(nonblank) - first > 6:
        return None
    block = [text[lines[j][0] : lines[j][1]].strip() for j in nonblank[first:]]
    if len(block) < 2 or any(len(b) > 70 or b.endswith("?") for b in block):
        return None
    if not NAME_LINE.match(block[0]):
        return None
    if not any(_SIG_MATERIAL.search(b) for b in block[1:]):
        return None
    return nonblank[first]


def analyse(text: str) -> Layout:
    """Find headers, the customer's new text, the signature and quoted history."""
    lines = _lines(text, 0, len(text))
    i = _skip_blank(text, lines, 0)
    headers, j = parse_header_block(text, lines, i)
    if not ({"from", "subject", "date", "to"} & headers.keys()):
        headers, j = {}, i
    forwarded = False
    quoted: list[tuple[int, int]] = []
    q: int | None = None
    for _ in range(4):  # forwards of forwards: a few levels at most
        body_i = _skip_blank(text, lines, j)
        q = _quote_start(text, lines, body_i)
        if q is None or not _FORWARD_START.match(text[lines[q][0] : lines[q][1]]):
            break
        above = text[lines[body_i][0] : lines[q][0]].strip() if body_i < q else ""
        if len(above.split()) > 12:
            break  # the forwarder wrote real text of their own; keep it as the body
        # An empty forward: the customer's message is the forwarded one.
        fwd_headers, j = parse_header_block(text, lines, _skip_blank(text, lines, q + 1))
        if not fwd_headers:
            j = q + 1
        headers = {**headers, **fwd_headers}
        forwarded = True
    body_i = _skip_blank(text, lines, j)
    body_start = lines[body_i][0] if body_i < len(lines) else len(text)
    end_i = q if q is not None else len(lines)
    body_end = lines[end_i][0] if end_i < len(lines) else len(text)
    if q is None:
        qq = _quotequail_start(text, body_start, body_end)
        if qq is not None:
            body_end = qq
            end_i = next((k for k, (s, _e) in enumerate(lines) if s >= qq), len(lines))
    if body_end < len(text):
        quoted.append((body_end, len(text)))
    # Inline "> " lines inside the body (interleaved replies) are history too.
    for k in range(body_i, end_i):
        s, e = lines[k]
        if _QUOTED_LINE.match(text[s:e]) or _MOBILE_FOOTER.match(text[s:e]):
            quoted.append((s, e))
    sig_i = _signature_start(text, lines, body_i, end_i)
    signature = None
    if sig_i is not None:
        signature = (lines[sig_i][0], body_end)
        body_end = lines[sig_i][0]
    quote_is_forward = False
    if q is not None:
        head = text[lines[q][0] : lines[min(q + 8, len(lines) - 1)][1]]
        quote_is_forward = bool(_FORWARD_START.match(head) or _FW_SUBJECT.search(head))
    return Layout(
        (body_start, max(body_start, body_end)), signature, tuple(sorted(quoted)), headers, forwarded, quote_is_forward
    )


def masked(text: str, keep: list[tuple[int, int]], drop: tuple[tuple[int, int], ...] = ()) -> str:
    """``text`` with everything outside ``keep`` (or inside ``drop``) blanked.

    Same length as ``text``, newlines kept, so a regex match on the result has
    spans that index straight into ``text``.
    """
    spans = _subtract(sorted(keep), sorted(drop))
    out = []
    pos = 0
    for s, e in spans:
        if s > pos:
            out.append(_blank(text[pos:s]))
        out.append(text[s:e])
        pos = e
    if pos < len(text):
        out.append(_blank(text[pos:]))
    return "".join(out)


def _subtract(keep: list[tuple[int, int]], drop: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted disjoint parts of ``keep`` not covered by ``drop`` (both sorted)."""
    out: list[tuple[int, int]] = []
    d = 0
    pos = 0
    for s, e in keep:
        s = max(s, pos)
        while s < e:
            while d < len(drop) and drop[d][1] <= s:
                d += 1
            if d >= len(drop) or drop[d][0] >= e:
                out.append((s, e))
                break
            ds, de = drop[d]
            if ds > s:
                out.append((s, ds))
            s = max(s, de)
        pos = max(pos, e)
    return out


_NOT_NL = lazy(r"[^\n]")


def _blank(chunk: str) -> str:
    return _NOT_NL.sub(" ", chunk)


def body_text(text: str, layout: Layout) -> str:
    """The customer's new text, as a plain string for display (inline quotes removed)."""
    s, e = layout.body
    inner = [(qs, qe) for qs, qe in layout.quoted if s <= qs < e]
    kept = masked(text, [(s, e)], tuple(inner))[s:e]
    lines = [line.rstrip() for line in kept.split("\n")]
    out = "\n".join(line for i, line in enumerate(lines) if line.strip() or (i and lines[i - 1].strip()))
    return out.strip()


def quoted_noise(text: str, layout: Layout, limit: int) -> list[tuple[int, int]]:
    """Header and attribution lines inside quoted history ("Sent: ...", "On ... wrote:").

    Their dates are when a message was sent, not the customer's booking, so
    the fallback read of quoted history skips them.
    """
    out = []
    for qs, qe in layout.quoted:
        for s, e in _lines(text, qs, min(qe, limit)):
            line = text[s:e].lstrip(" \t>")
            if _HEADER.match(line) or _WROTE.match(line) or _QUOTE_START.match(line) or _WROTE_LOOSE.search(line):
                out.append((s, e))
    return out
