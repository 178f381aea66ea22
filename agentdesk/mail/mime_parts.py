# SPDX-License-Identifier: GPL-3.0-or-later
"""A reply's attachments as MIME parts of the outgoing mail.

Each attachment of the reply becomes a part with ``Content-Disposition: attachment`` and its name
(RFC 2231-encoded when it is not ASCII, which every current mail program reads), base64 content
and its type; the mail becomes ``multipart/mixed`` around the text and HTML alternative. The content
is read from the stored pieces and checked against its SHA-256 first: a reply whose file did not
arrive whole (a sync still on its way) is not sent without it.

**Large files are never whole in memory.** A file of ``STREAM_FROM`` bytes or more gets a part
whose payload is only a marker (``add_attachment_parts`` with ``streamed``); ``send_mail`` writes its
base64 to the server while reading the stored pieces one at a time (``attachments.content.
stream_pieces``), 57-byte groups to 76-character lines exactly as the email package writes them.
The standard library would encode the whole 25 MB into one 34 MB string and copy it several times,
single calls that hold the interpreter lock for tens of milliseconds each and freeze the window's
thread while the mail goes out in the background.
"""

from __future__ import annotations

import binascii
import copy
import email.generator
import functools
import hashlib
import io
import re
import smtplib
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.message import EmailMessage, Message

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.attachments.content import here_in_full, read_all
from agentdesk.mail.errors import MailError
from agentdesk.messages import translatable
from agentdesk.store.models import Attachment

STREAM_FROM = 1 << 20  # bytes from which a file's part is written from its pieces while sending


@dataclass(frozen=True)
class FilePart:
    """A file part whose base64 ``send_mail`` writes from the stored pieces, checked as it goes."""

    pieces: Callable[[], Iterable[bytes]]  # the content, a piece at a time
    size: int
    sha256: str | None


def add_attachment_parts(
    session: Session,
    mail: EmailMessage,
    message_id: uuid.UUID,
    streamed: dict[str, FilePart] | None = None,
    source: Callable[[uuid.UUID], Iterable[bytes]] | None = None,
) -> int:
    """Add the attachments of ``message_id`` to ``mail``; returns how many. With ``streamed`` and
    ``source`` (an attachment's pieces, read when sending), a file of ``STREAM_FROM`` bytes or more
    is checked piece by piece and gets a marker for payload, recorded in ``streamed`` for
    ``send_mail`` to fill while sending."""
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.message_id == message_id, Attachment.deleted_at.is_(None))
        .order_by(Attachment.id)
    ).all()
    for row in rows:
        stream = source is not None and row.size >= STREAM_FROM and row.content is None
        data = b"" if stream else read_all(session, row)
        whole = (
            here_in_full(session, row)
            if stream
            else data is not None and (row.sha256 is None or hashlib.sha256(data).hexdigest() == row.sha256)
        )
        if not whole or data is None:
            raise MailError(  # not permanent: tried again once the pieces have arrived
                translatable("MailErrors", "{name} is not here in full yet; the reply waits for it."),
                name=row.filename,
            )
        maintype, _slash, subtype = (row.content_type or "application/octet-stream").partition("/")
        if not subtype or maintype == "multipart" or maintype == "message":
            maintype, subtype = "application", "octet-stream"
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=row.filename)
        if stream and streamed is not None and source is not None:
            marker = f"AGENTDESK-FILE-{uuid.uuid4().hex}"
            parts = mail.get_payload()
            assert isinstance(parts, list)
            part = parts[-1]
            assert isinstance(part, Message)
            part.set_payload(marker)
            streamed[marker] = FilePart(functools.partial(source, row.id), row.size, row.sha256)
    return len(rows)


def base64_lines(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """``pieces`` as base64 in CRLF-ended lines of 76 characters (57 bytes each), as the email
    package writes a part, one piece at a time."""
    rest = b""
    for piece in pieces:
        data = rest + piece if rest else piece
        whole = len(data) // 57 * 57
        rest = data[whole:]
        if whole:
            yield _lines(data[:whole])
    if rest:
        yield _lines(rest)


def _lines(data: bytes) -> bytes:
    """``data`` as base64 lines; the line breaks are put in by strided copies (76 of them, one per
    column), not by a loop over 18,000 lines a MiB."""
    encoded = binascii.b2a_base64(data, newline=False)
    lines = len(encoded) // 76
    out = bytearray(lines * 78)
    for column in range(76):
        out[column::78] = encoded[column : lines * 76 : 76]
    out[76::78] = b"\r" * lines
    out[77::78] = b"\n" * lines
    tail = encoded[lines * 76 :]
    return bytes(out) + (tail + b"\r\n" if tail else b"")


LARGE_PART = 1 << 20  # base64 characters from which a part is written to the server a piece at a time
PIECE = 1 << 16
_LINE_START_DOT = re.compile(rb"(?m)^\.")


def send_mail(
    conn: smtplib.SMTP,
    mail: EmailMessage,
    from_addr: str,
    to_addrs: list[str],
    streamed: Mapping[str, FilePart] | None = None,
) -> dict[str, tuple[int, bytes]]:
    """``conn.send_message(mail, from_addr, to_addrs)``, with large attachments written a piece at
    a time. The standard library flattens a mail into one string and runs whole-message regular
    expressions over it (line splitting in the generator, dot-stuffing in ``SMTP.data``): for a
    25 MB attachment those single calls hold the interpreter lock for most of a second and freeze
    the window's thread meanwhile, though the sending runs in the background. Here each large
    part's base64 is sent in 64 KiB pieces, and each part of ``streamed`` (its payload a marker,
    see ``add_attachment_parts``) is encoded from its stored pieces as it goes; the rest of the
    mail (headers, text) goes through the standard generator. A streamed file that does not match
    its size and SHA-256 ends the connection before the mail is complete (the server drops it) and
    raises ``MailError``. Same refusals and errors as ``send_message`` (``smtplib`` exceptions); a
    mail with addresses beyond ASCII is handed to ``send_message`` (its files whole)."""
    streamed = dict(streamed or {})
    addresses = [from_addr, *to_addrs]
    if not all(a.isascii() for a in addresses):
        _fill(mail, streamed)
        return conn.send_message(mail, from_addr=from_addr, to_addrs=to_addrs)
    large = [p for p in mail.walk() if _large_base64(p) and str(p.get_payload()) not in streamed]
    if not large and not streamed:
        return conn.send_message(mail, from_addr=from_addr, to_addrs=to_addrs)
    markers: list[str] = []
    payloads: list[str] = []
    for n, part in enumerate(large):
        payloads.append(str(part.get_payload()))
        markers.append(f"AGENTDESK-PART-{uuid.uuid4().hex}-{n}")
        part.set_payload(markers[-1])
    try:
        copy_ = copy.copy(mail)
        del copy_["Bcc"]
        del copy_["Resent-Bcc"]
        buffer = io.BytesIO()
        email.generator.BytesGenerator(buffer).flatten(copy_, linesep="\r\n")
        flat = buffer.getvalue()
    finally:
        for part, payload in zip(large, payloads, strict=True):
            part.set_payload(payload)
    conn.ehlo_or_helo_if_needed()
    code, reply = conn.mail(from_addr)
    if code != 250:
        _give_up(conn, code)
        raise smtplib.SMTPSenderRefused(code, reply, from_addr)
    refused: dict[str, tuple[int, bytes]] = {}
    for address in to_addrs:
        code, reply = conn.rcpt(address)
        if code not in (250, 251):
            refused[address] = (code, reply)
        if code == 421:
            conn.close()
            raise smtplib.SMTPRecipientsRefused(refused)
    if len(refused) == len(to_addrs):
        conn.rset()
        raise smtplib.SMTPRecipientsRefused(refused)
    code, reply = conn.docmd("data")
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    fills: dict[str, Callable[[], Iterator[bytes]]] = {
        marker: functools.partial(_crlf_pieces, payload)
        for marker, payload in zip(markers, payloads, strict=True)
    }
    fills.update({marker: functools.partial(_checked, conn, file) for marker, file in streamed.items()})
    rest = flat
    while fills:
        at = {marker: rest.find(marker.encode("ascii")) for marker in fills}
        marker = min((m for m in at if at[m] >= 0), key=lambda m: at[m], default=None)
        if marker is None:
            break
        before, _marker, rest = rest.partition(marker.encode("ascii"))
        conn.send(_LINE_START_DOT.sub(b"..", before))
        for piece in fills.pop(marker)():  # base64 lines never start with a dot
            conn.send(piece)
    rest = _LINE_START_DOT.sub(b"..", rest)
    conn.send(rest + (b"" if rest.endswith(b"\r\n") else b"\r\n") + b".\r\n")
    code, reply = conn.getreply()
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)
    return refused


def _crlf_pieces(payload: str) -> Iterator[bytes]:
    for start in range(0, len(payload), PIECE):
        yield payload[start : start + PIECE].replace("\n", "\r\n").encode("ascii")


def _checked(conn: smtplib.SMTP, file: FilePart) -> Iterator[bytes]:
    """The base64 lines of a streamed file; a file that turns out not whole stops the mail."""
    digest = hashlib.sha256()
    size = 0

    def counted() -> Iterator[bytes]:
        nonlocal size
        for piece in file.pieces():
            digest.update(piece)
            size += len(piece)
            yield piece

    yield from base64_lines(counted())
    if size != file.size or (file.sha256 is not None and digest.hexdigest() != file.sha256):
        conn.close()  # the mail is not ended with "." : the server keeps nothing of it
        raise MailError(
            translatable("MailErrors", "An attached file changed while it was being sent; it is sent again.")
        )


def _fill(mail: EmailMessage, streamed: Mapping[str, FilePart]) -> None:
    """The streamed parts' payloads, whole (for ``send_message``)."""
    for part in mail.walk():
        file = streamed.get(str(part.get_payload())) if not part.is_multipart() else None
        if file is not None:
            part.set_payload(b"".join(base64_lines(file.pieces())).decode("ascii").replace("\r\n", "\n"))


def _large_base64(part: Message) -> bool:
    if part.is_multipart() or str(part.get("Content-Transfer-Encoding", "")).lower() != "base64":
        return False
    payload = part.get_payload()
    return isinstance(payload, str) and len(payload) >= LARGE_PART and "\r" not in payload[:4096]


def _give_up(conn: smtplib.SMTP, code: int) -> None:
    if code == 421:
        conn.close()
    else:
        conn.rset()
