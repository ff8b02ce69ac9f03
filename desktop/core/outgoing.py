"""Shapes a finished reply takes on its way out: HTML for rich paste, a mailto: link."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")

# Mail clients cap the length of a mailto: link; beyond this the body is cut, with a note.
MAILTO_BODY_LIMIT = 1800


def reply_to_html(text: str) -> str:
    """The reply as simple HTML: paragraphs at blank lines, line breaks kept, **bold** as <b>."""
    paragraphs = [p.strip("\n") for p in _PARAGRAPH_BREAK.split(text.strip("\n")) if p.strip()]
    parts = []
    for p in paragraphs:
        escaped = html.escape(p, quote=False)
        escaped = _BOLD.sub(r"<b>\1</b>", escaped).replace("\n", "<br>\n")
        parts.append(f"<p>{escaped}</p>")
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


def reply_subject(subject: str) -> str:
    """ "Re: <subject>", without piling up "Re: Re:"."""
    subject = subject.strip()
    if not subject:
        return ""
    return subject if re.match(r"(?i)^re\s*:", subject) else f"Re: {subject}"


def mailto_url(to: str, subject: str, body: str) -> tuple[str, bool]:
    """A mailto: link for the reply; the flag says whether the body had to be shortened."""
    cut = len(body) > MAILTO_BODY_LIMIT
    if cut:
        body = body[:MAILTO_BODY_LIMIT].rsplit(" ", 1)[0] + " …"
    query = []
    if subject:
        query.append("subject=" + quote(subject, safe=""))
    if body:
        query.append("body=" + quote(body.replace("\n", "\r\n"), safe=""))
    address = quote(to.strip(), safe="@.+-_")
    return f"mailto:{address}" + ("?" + "&".join(query) if query else ""), cut
