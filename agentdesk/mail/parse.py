# SPDX-License-Identifier: GPL-3.0-or-later
"""One mail as bytes → what the inbox stores.

Mail from outside is the most hostile input the app sees, so every step here degrades instead of
failing: a header that cannot be decoded is read raw, an unknown charset is read as windows-1252,
a broken part is skipped with a note in ``problems``; ``parse_mail`` itself raises only for input
that is not bytes. Bodies are cut to what the inbox keeps, attachments above the account's limit
are kept as name, type and size without their content.
"""

from __future__ import annotations

import binascii
import datetime as dt
import email
import email.feedparser
import email.header
import email.parser
import email.utils
import hashlib
import logging
import mimetypes
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message

from agentdesk.inbox.service import MAX_BODY, NewAttachment
from agentdesk.mail.html import MAX_HTML_CHARS, MAX_HTML_TAGS, html_to_text, sanitize_html, too_costly
from agentdesk.mail.large_parts import lift
from agentdesk.text import clean_optional, clean_text

log = logging.getLogger("agentdesk.mail")

MAX_ID = 900  # Message-IDs longer than this are not real ones (the column holds 998)
MAX_REFERENCES = 50
SYNTHETIC_DOMAIN = "agentdesk.invalid"  # ids we make up for mail without a Message-ID
AUTO_REPLY = "auto_reply"
BOUNCE = "bounce"

_ID = re.compile(r"<([^<>\s]{1,900})>")  # MAX_ID
_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|fw|fwd|wg|antw|tr|réf|ref)(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE
)
_LIST_TAG = re.compile(r"^\s*\[[^\]]{1,40}\]\s*")
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=\s]")
_PLAIN_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LATIN1 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "iso_8859-1", "us-ascii", "ascii", "cp819"}


@dataclass
class ParsedMail:
    message_id: str
    synthetic_id: bool
    subject: str
    from_name: str
    from_address: str
    reply_to: str
    to: list[str]
    cc: list[str]
    date: dt.datetime | None
    in_reply_to: list[str]
    references: list[str]
    body_text: str
    body_html: str | None
    attachments: list[NewAttachment] = field(default_factory=list)
    automatic: str | None = None  # AUTO_REPLY, BOUNCE or None for mail a person wrote
    problems: list[str] = field(default_factory=list)
    size: int = 0

    @property
    def thread_ids(self) -> list[str]:
        """Ids of earlier mails this one answers, nearest first."""
        seen: dict[str, None] = {}
        for mid in [*self.in_reply_to, *reversed(self.references)]:
            seen.setdefault(mid, None)
        return list(seen)


def thread_subject(subject: str) -> str:
    """The subject without reply and forward prefixes (Re:, AW:, SV:, Fwd:, WG: …) for matching."""
    text = " ".join(subject.split())
    untagged = _LIST_TAG.sub("", text)
    if _PREFIX.match(untagged):  # "[list] Re: x" is "x"; a bare "[list] x" keeps its tag
        text = untagged
    return _PREFIX.sub("", text).strip().casefold()


def message_ids(value: str) -> list[str]:
    """The ``<id>``s of a Message-ID, In-Reply-To or References header, without the brackets."""
    found = _ID.findall(value)
    if not found:
        token = value.strip().strip("<>")
        if token and " " not in token and "@" in token and len(token) <= MAX_ID:
            found = [token]
    return found


def _decode_raw(value: str) -> str:
    """RFC 2047 words decoded one by one, an unknown charset read like an undeclared one."""
    try:
        chunks = email.header.decode_header(value)
    except Exception:
        return value
    out = []
    for chunk, charset in chunks:
        out.append(_decode_text(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return "".join(out)


def header(msg: Message, name: str) -> str:
    """A header's decoded text ('' when missing); never raises."""
    try:
        value = msg.get(name)
        if value is None:
            return ""
        text = str(value)
        if "\ufffd" not in text:
            return text
    except Exception:
        pass
    for key, raw in msg.raw_items():
        if key.lower() == name.lower():
            return _decode_raw(str(raw))
    return ""


def _mailbox(name: str, address: str) -> tuple[str, str]:
    """One (name, address) as a header parser gave it, repaired where a sender's program encoded
    the whole ``Name <address>`` as one RFC 2047 word: the parser then reads the decoded text
    ("Anna Müller <anna@example.com>") as the address. Read again, it gives name and address."""
    if _PLAIN_ADDRESS.fullmatch(address) or "<" not in address:
        return name, address
    inner_name, inner = email.utils.parseaddr(address.strip().strip('"'))
    if _PLAIN_ADDRESS.fullmatch(inner):
        return " ".join(f"{name} {inner_name}".split()), inner
    return name, address


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """The (name, address) pairs of an address header (From, Reply-To, To, Cc); never raises."""
    found: list[tuple[str, str]] = []
    try:
        value = msg.get(name)
        if value is None:
            return []
        found = [(a.display_name, a.addr_spec) for a in getattr(value, "addresses", ())]
    except Exception:
        found = []
    if not found:
        try:
            found = email.utils.getaddresses([header(msg, name)])
        except Exception:
            found = []
    pairs = (_mailbox(clean_text(n), clean_text(a)) for n, a in found)
    return [(n, a) for n, a in pairs if a and "@" in a]


def _decode_text(data: bytes, charset: str | None) -> str:
    name = (charset or "").strip().lower()
    if not name or name in _LATIN1:
        # Undeclared or ASCII/Latin-1 often is UTF-8 or windows-1252 in practice; windows-1252 is
        # a superset of Latin-1 for everything printable (as browsers read it, too).
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    try:
        return data.decode(name, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


def _part_text(part: Message) -> str:
    raw = part.get_payload()
    if part.get("Content-Transfer-Encoding", "").strip().lower() == "base64" and isinstance(raw, str):
        if _NOT_BASE64.search(raw):  # mislabelled: decoding would only make noise of readable text
            return raw.replace("\r\n", "\n").strip()
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return _decode_text(data, charset).replace("\r\n", "\n").replace("\r", "\n")


def _clean_filename(name: str, index: int, content_type: str) -> str:
    name = _CONTROL.sub("", name).replace("\\", "/").rsplit("/", 1)[-1].strip().strip(".")
    if not name:
        ext = mimetypes.guess_extension(content_type) or ".bin"
        name = f"attachment-{index}{ext}"
    if len(name) > 255:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 250 - len(ext)] + dot + ext) if dot and len(ext) < 10 else name[:255]
    return name


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment" or bool(part.get_filename())
    except Exception:
        return True


FEED_PIECE = 1 << 16  # a large mail is parsed and decoded in pieces of this many characters
_OUTSIDE_BASE64 = re.compile(r"[^A-Za-z0-9+/]+")


def _base64_in_pieces(text: str) -> bytes:
    """Base64 decoded a piece at a time, leniently (characters outside the alphabet skipped, the
    padding implied), like the email package's own decoding. One call over 30 MB would hold the
    interpreter lock for a long time and freeze the window's thread meanwhile; pieces let it run."""
    out: list[bytes] = []
    rest = ""
    for start in range(0, len(text), FEED_PIECE):
        compact = rest + _OUTSIDE_BASE64.sub("", text[start : start + FEED_PIECE])
        whole = len(compact) // 4 * 4
        out.append(binascii.a2b_base64(compact[:whole]))
        rest = compact[whole:]
    if len(rest) >= 2:  # a single leftover character carries no whole byte
        out.append(binascii.a2b_base64(rest + "=" * (-len(rest) % 4)))
    return b"".join(out)


class _LineEndAtEnd:
    r"""Stands in for ``email.feedparser.NLCRE_eol`` (``(\r\n|\r|\n)\Z``, only ever ``search``ed):
    the same match, looked for in the last two characters. CPython's feedparser searches a part's
    whole payload with it, which scans every character of a 30 MB attachment in one call that
    holds the interpreter lock for over half a second, freezing the window's thread meanwhile."""

    pattern = re.compile(r"(\r\n|\r|\n)\Z")

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text[-2:])


setattr(email.feedparser, "NLCRE_eol", _LineEndAtEnd())  # noqa: B010  (not in the stubs)


def _parse_in_pieces(raw: bytes) -> Message:
    """``raw`` fed to the parser a piece at a time (the same result as parsing it whole)."""
    parser = email.feedparser.BytesFeedParser(policy=policy.default)
    for start in range(0, len(raw), FEED_PIECE):
        parser.feed(raw[start : start + FEED_PIECE])
    return parser.close()


def _leaf_bytes(part: Message) -> bytes:
    if part.get_content_maintype() == "message" or part.get_content_type() == "text/rfc822-headers":
        payload = part.get_payload()
        if isinstance(payload, list):
            return b"\n".join(p.as_bytes() for p in payload if isinstance(p, Message))
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        text = part.get_payload()
        if isinstance(text, str) and len(text) > FEED_PIECE:
            return _base64_in_pieces(text)
    data = part.get_payload(decode=True)
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "replace") if isinstance(raw, str) else b""


def parse_mail(raw: bytes, *, attachment_limit: int = 10_000_000) -> ParsedMail:
    """Read one mail (RFC 5322 bytes). See the module docstring for what is kept."""
    lifted = lift(raw)  # large files' bodies are decoded from ``raw`` in pieces (mail.large_parts)
    msg = _parse_in_pieces(lifted.skeleton)
    assert isinstance(msg, EmailMessage)
    problems: list[str] = []

    ids = message_ids(header(msg, "Message-ID"))
    if ids:
        message_id, synthetic = ids[0], False
    else:
        message_id = f"{hashlib.sha256(raw).hexdigest()[:40]}@{SYNTHETIC_DOMAIN}"
        synthetic = True
    subject = " ".join(clean_text(header(msg, "Subject")).split())
    senders = _addresses(msg, "From")
    from_name, from_address = senders[0] if senders else ("", "")
    reply_to = _addresses(msg, "Reply-To")
    date: dt.datetime | None = None
    try:
        date_text = header(msg, "Date")
        if date_text:
            date = email.utils.parsedate_to_datetime(date_text)
            if date.tzinfo is None:
                date = date.replace(tzinfo=dt.UTC)
            date = date.astimezone(dt.UTC)
    except Exception:
        problems.append("unreadable Date header")

    texts: list[str] = []
    htmls: list[str] = []
    attachments: list[NewAttachment] = []

    def visit(part: Message, depth: int) -> None:
        try:
            ctype = part.get_content_type()
            if part.is_multipart() and part.get_content_maintype() == "multipart" and depth < 20:
                payload = part.get_payload()
                children = [c for c in payload if isinstance(c, Message)] if isinstance(payload, list) else []
                if ctype == "multipart/alternative":
                    visit_alternative(children, depth)
                    return
                for child in children:
                    visit(child, depth + 1)
                return
            if part.get_content_maintype() == "multipart":  # no parts could be found in it
                problems.append(f"an empty or unreadable {ctype} part")
                return
            if ctype in ("text/plain", "text/html") and not _is_attachment(part):
                (texts if ctype == "text/plain" else htmls).append(_part_text(part))
                return
            add_attachment(part, ctype)
        except Exception as exc:
            problems.append(f"a part could not be read ({type(exc).__name__})")

    def visit_alternative(children: list[Message], depth: int) -> None:
        # Keep one text and one HTML version, the last of each (the most faithful, RFC 2046 5.1.4).
        plain = [c for c in children if c.get_content_type() == "text/plain"]
        rich = [c for c in children if c.get_content_type() == "text/html"]
        nested = [c for c in children if c.is_multipart()]
        if plain:
            texts.append(_part_text(plain[-1]))
        if rich:
            htmls.append(_part_text(rich[-1]))
        elif nested:
            visit(nested[-1], depth + 1)

    def add_attachment(part: Message, ctype: str) -> None:
        data = lifted.content(part.get_payload())
        data = _leaf_bytes(part) if data is None else data
        try:
            raw_name = part.get_filename() or ""
        except Exception:
            raw_name = ""
        if not raw_name and part.get_content_maintype() == "message":
            raw_name = "message.eml" if ctype == "message/rfc822" else ""
        filename = _clean_filename(clean_text(str(raw_name)), len(attachments) + 1, ctype)
        cid = [clean_text(i) for i in message_ids(header(part, "Content-ID"))]
        keep = len(data) <= attachment_limit
        if not keep:
            problems.append(f"{filename} is larger than the attachment limit; kept without its content")
        attachments.append(
            NewAttachment(
                filename=filename,
                content_type=clean_text(ctype),
                size=len(data),
                content=data if keep else None,
                content_id=cid[0][:255] if cid else None,
            )
        )

    visit(msg, 0)
    if msg.defects:
        problems.append("malformed structure: " + ", ".join(sorted({type(d).__name__ for d in msg.defects})))

    markup = clean_text("\n".join(htmls)) if htmls else ""
    body_html: str | None = None
    if markup and too_costly(markup):
        problems.append(
            f"HTML version larger than {MAX_HTML_CHARS:,} characters or {MAX_HTML_TAGS:,} tags; "
            "only the text is kept"
        )
    elif markup:
        body_html = sanitize_html(markup)
    body_text = "\n\n".join(clean_text(t).rstrip().lstrip("\n") for t in texts if t.strip())
    if not body_text.strip() and markup:
        body_text = html_to_text(markup[: MAX_BODY * 2])
    if not body_text.strip():
        body_text = "(no text)" if not attachments else "(attachments only)"
    if len(body_text) > MAX_BODY:
        body_text = body_text[: MAX_BODY - 100] + "\n\n[… cut: the message is too long to keep whole]"
        problems.append("text cut to the inbox's limit")
    if body_html is not None and len(body_html) > MAX_BODY:
        body_html = None  # the text version above stays; a cut HTML body would be broken markup
        problems.append("HTML version too long; only the text is kept")

    references = message_ids(header(msg, "References"))[-MAX_REFERENCES:]
    automatic = automatic_kind(msg, from_address)
    if automatic == BOUNCE:
        # A delivery report names the mail that bounced only inside its attached copy.
        references += _bounced_ids(attachments)
    # Every string leaves here as text any file can hold (agentdesk.text): lone surrogates (from
    # stray 8-bit bytes in headers) and NULs become U+FFFD.
    return ParsedMail(
        message_id=clean_text(message_id),
        synthetic_id=synthetic,
        subject=subject,
        from_name=" ".join(from_name.split()),
        from_address=from_address.strip().lower(),
        reply_to=reply_to[0][1].strip().lower() if reply_to else "",
        to=[a for _, a in _addresses(msg, "To")],
        cc=[a for _, a in _addresses(msg, "Cc")],
        date=date,
        in_reply_to=[clean_text(i) for i in message_ids(header(msg, "In-Reply-To"))[:MAX_REFERENCES]],
        references=[clean_text(i) for i in references],
        body_text=clean_text(body_text),
        body_html=clean_optional(body_html),
        attachments=attachments,
        automatic=automatic,
        problems=problems,
        size=len(raw),
    )


def _bounced_ids(attachments: list[NewAttachment]) -> list[str]:
    found: list[str] = []
    for item in attachments:
        if item.content and item.content_type in ("message/rfc822", "text/rfc822-headers"):
            try:
                headers = email.parser.BytesHeaderParser(policy=policy.default).parsebytes(item.content)
                found += message_ids(header(headers, "Message-ID"))
            except Exception:
                continue
    return found[:5]


def automatic_kind(msg: Message, from_address: str) -> str | None:
    """``BOUNCE`` for delivery reports, ``AUTO_REPLY`` for other machine-written mail (RFC 3834
    Auto-Submitted, X-Autoreply, Precedence: auto_reply/bulk/junk), None for mail a person wrote."""
    local = from_address.lower().split("@", 1)[0]
    return_path = header(msg, "Return-Path").strip()
    ctype = msg.get_content_type()
    report = ""
    try:
        report = str(msg.get_param("report-type") or "").lower()
    except Exception:
        pass
    if (
        local in ("mailer-daemon", "postmaster")
        or return_path in ("<>", "")
        and "Return-Path" in msg
        or ctype == "multipart/report"
        and report == "delivery-status"
    ):
        return BOUNCE
    auto_submitted = header(msg, "Auto-Submitted").strip().lower()
    precedence = header(msg, "Precedence").strip().lower()
    if (
        (auto_submitted and auto_submitted != "no")
        or header(msg, "X-Autoreply")
        or header(msg, "X-Autorespond")
        or precedence in ("auto_reply", "bulk", "junk")
        or header(msg, "X-Auto-Response-Suppress")
        and local in ("noreply", "no-reply")
    ):
        return AUTO_REPLY
    return None
