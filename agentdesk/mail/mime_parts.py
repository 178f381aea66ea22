# SPDX-License-Identifier: GPL-3.0-or-later
"""A reply's attachments as MIME parts of the outgoing mail.

Each attachment of the reply becomes a part with ``Content-Disposition: attachment`` and its name
(RFC 2231-encoded when it is not ASCII, which every current mail program reads), base64 content
and its type; the mail becomes ``multipart/mixed`` around the text and HTML alternative. The content
is read from the stored pieces and checked against its SHA-256 first: a reply whose file did not
arrive whole (a sync still on its way) is not sent without it.
"""

from __future__ import annotations

import copy
import email.generator
import hashlib
import io
import re
import smtplib
import uuid
from email.message import EmailMessage, Message

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.attachments.content import read_all
from agentdesk.mail.errors import MailError
from agentdesk.messages import translatable
from agentdesk.store.models import Attachment


def add_attachment_parts(session: Session, mail: EmailMessage, message_id: uuid.UUID) -> int:
    """Add the attachments of ``message_id`` to ``mail``; returns how many."""
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.message_id == message_id, Attachment.deleted_at.is_(None))
        .order_by(Attachment.id)
    ).all()
    for row in rows:
        data = read_all(session, row)
        if data is None or (row.sha256 is not None and hashlib.sha256(data).hexdigest() != row.sha256):
            raise MailError(  # not permanent: tried again once the pieces have arrived
                translatable("MailErrors", "{name} is not here in full yet; the reply waits for it."),
                name=row.filename,
            )
        maintype, _slash, subtype = (row.content_type or "application/octet-stream").partition("/")
        if not subtype or maintype == "multipart" or maintype == "message":
            maintype, subtype = "application", "octet-stream"
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=row.filename)
    return len(rows)


LARGE_PART = 1 << 20  # base64 characters from which a part is written to the server a piece at a time
PIECE = 1 << 16
_LINE_START_DOT = re.compile(rb"(?m)^\.")


def send_mail(
    conn: smtplib.SMTP, mail: EmailMessage, from_addr: str, to_addrs: list[str]
) -> dict[str, tuple[int, bytes]]:
    """``conn.send_message(mail, from_addr, to_addrs)``, with large attachments written a piece at
    a time. The standard library flattens a mail into one string and runs whole-message regular
    expressions over it (line splitting in the generator, dot-stuffing in ``SMTP.data``): for a
    25 MB attachment those single calls hold the interpreter lock for most of a second and freeze
    the window's thread meanwhile, though the sending runs in the background. Here each large
    part's base64 is sent in 64 KiB pieces; the rest of the mail (headers, text) goes through the
    standard generator. Same refusals and errors as ``send_message`` (``smtplib`` exceptions); a
    mail without large parts, or with addresses beyond ASCII, is handed to ``send_message``."""
    large = [p for p in mail.walk() if _large_base64(p)]
    addresses = [from_addr, *to_addrs]
    if not large or not all(a.isascii() for a in addresses):
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
    rest = flat
    for marker, payload in zip(markers, payloads, strict=True):
        before, _marker, rest = rest.partition(marker.encode("ascii"))
        conn.send(_LINE_START_DOT.sub(b"..", before))
        for start in range(0, len(payload), PIECE):  # base64 lines never start with a dot
            conn.send(payload[start : start + PIECE].replace("\n", "\r\n").encode("ascii"))
    rest = _LINE_START_DOT.sub(b"..", rest)
    conn.send(rest + (b"" if rest.endswith(b"\r\n") else b"\r\n") + b".\r\n")
    code, reply = conn.getreply()
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)
    return refused


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
