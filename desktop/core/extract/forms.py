"""Input forms: turn an .eml file, HTML mail or pasted text into the plain text the reader scans.

Whatever comes in, what goes out is plain text with the message's headers (From,
Date, Subject) as a short block at the top when they are known, so that header
values get evidence spans like everything else. The stdlib ``email`` package
reads .eml; inscriptis (imported only when HTML shows up) converts HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.extract.lexicon import lazy

# Headers of a raw RFC 822 message that a person pasting from a mail client never types;
# seeing one of them in the first block means "this is a whole .eml, parse it as such".
_RAW_HEADER = lazy(
    r"^(?:received|return-path|mime-version|content-type|message-id|delivered-to|"
    r"dkim-signature|x-[\w-]+|content-transfer-encoding|authentication-results)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = lazy(r"^[A-Za-z][\w-]{0,40}:[ \t]*\S")
_HTML_TAG = lazy(
    r"<(?:html|body|head|div|p|br|table|td|tr|span|font|blockquote|b|i|strong|em|a|ul|li|h[1-6])\b[^>]{0,2000}>",
    re.IGNORECASE,
)
_HTML_CLOSE = lazy(r"</(?:html|body|div|p|td|span|font|blockquote|b|strong|a|li)>|<br\s*/?>", re.IGNORECASE)
_CRLF = lazy(r"\r\n?")
# Characters that upset regexes or displays but carry nothing: NUL and other C0 controls
# (tabs and newlines are kept), and the zero-width marks HTML mail sprinkles around.
_JUNK = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
_NBSP = lazy(r"[\u00a0\u202f\u2007]")


@dataclass(frozen=True)
class Message:
    """A message reduced to plain text.

    ``text`` is what :func:`~desktop.core.extract.extract` scans; ``form`` names the
    input form it came from: ``"text"``, ``"headers"`` (pasted with a header block),
    ``"html"`` or ``"eml"``.
    """

    text: str
    form: str


def normalise(text: str) -> str:
    """Unify line ends and drop invisible control characters; keeps everything else."""
    text = _CRLF.sub("\n", text)
    text = _JUNK.sub("", text)
    return _NBSP.sub(" ", text)


def decode_bytes(data: bytes) -> str:
    """Decode bytes as UTF-8, falling back to Windows-1252 for old mail."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is HTML markup rather than prose that happens to contain '<'."""
    head = text[:20000]
    if "<" not in head:
        return False
    return _HTML_TAG.search(head) is not None and _HTML_CLOSE.search(head) is not None


def looks_like_raw_email(text: str) -> bool:
    """True when ``text`` starts with an RFC 822 header block of a whole message."""
    head = text.lstrip()[:8000]
    if not _HEADER_LINE.match(head):
        return False
    block = head.split("\n\n", 1)[0]
    return _RAW_HEADER.search(block) is not None


def html_to_text(html: str) -> str:
    """Plain text of an HTML mail, laid out as a reader would see it."""
    try:
        from inscriptis import get_text  # lazy: lxml + inscriptis cost ~60 ms to import
        from inscriptis.model.config import ParserConfig

        text = get_text(html, ParserConfig(display_links=False, display_images=False))
    except Exception:
        text = re.sub(r"<[^>]{0,2000}>", " ", html)
    # inscriptis indents nested blocks; the reader works line by line, so drop the indent.
    lines = [line.strip() for line in normalise(text).split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n")


def _header_block(frm: str, date: str, subject: str) -> str:
    parts = []
    if frm:
        parts.append(f"From: {frm}")
    if date:
        parts.append(f"Date: {date}")
    if subject:
        parts.append(f"Subject: {subject}")
    return "\n".join(parts) + "\n\n" if parts else ""


def _read_eml(data: bytes) -> Message | None:
    import email
    import email.policy

    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = " ".join(str(msg.get("From", "") or "").split())
        date = " ".join(str(msg.get("Date", "") or "").split())
        subject = " ".join(str(msg.get("Subject", "") or "").split())
        part = msg.get_body(preferencelist=("plain", "html"))
        body = ""
        is_html = False
        if part is not None:
            try:
                body = str(part.get_content())
            except (LookupError, ValueError, AssertionError):
                payload = part.get_payload(decode=True)
                body = decode_bytes(payload) if isinstance(payload, bytes) else str(payload or "")
            is_html = part.get_content_type() == "text/html"
        elif not msg.is_multipart():
            payload = msg.get_payload(decode=True)
            body = decode_bytes(payload) if isinstance(payload, bytes) else str(payload or "")
    except Exception:
        return None
    body = normalise(body)
    if is_html or looks_like_html(body):
        body = html_to_text(body)
    return Message(normalise(_header_block(frm, date, subject)) + body.strip("\n"), "eml")


def read_message(data: bytes | str, filename: str | None = None) -> Message:
    """Turn an .eml file, HTML mail or pasted text into a :class:`Message`.

    ``filename`` only helps decide the form (".eml", ".html"); the content decides
    when it is missing. Never raises.
    """
    try:
        name = (filename or "").lower()
        if isinstance(data, bytes):
            raw = data
            text = decode_bytes(data)
        else:
            text = data
            raw = data.encode("utf-8", errors="replace")
        if name.endswith(".eml") or looks_like_raw_email(text):
            msg = _read_eml(raw)
            if msg is not None:
                return msg
        text = normalise(text)
        if name.endswith((".html", ".htm")) or looks_like_html(text):
            return Message(html_to_text(text), "html")
        form = "headers" if _HEADER_LINE.match(text.lstrip()) else "text"
        return Message(text, form)
    except Exception:
        return Message(str(data)[:1_000_000] if isinstance(data, str) else "", "text")
