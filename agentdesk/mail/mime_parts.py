# SPDX-License-Identifier: GPL-3.0-or-later
"""A reply's attachments as MIME parts of the outgoing mail.

Each attachment of the reply becomes a part with ``Content-Disposition: attachment`` and its name
(RFC 2231-encoded when it is not ASCII, which every current mail program reads), base64 content
and its type; the mail becomes ``multipart/mixed`` around the text and HTML alternative. The content
is read from the stored pieces and checked against its SHA-256 first: a reply whose file did not
arrive whole (a sync still on its way) is not sent without it.
"""

from __future__ import annotations

import hashlib
import uuid
from email.message import EmailMessage

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
