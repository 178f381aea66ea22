# SPDX-License-Identifier: GPL-3.0-or-later
"""Forwarding a message, or the whole conversation, to someone by email.

A forward is recorded as an internal note of the conversation (the customer never sees it: the
recipient is a colleague, a supplier, a specialist) that goes out through the outbox like a reply:
``Message.meta["forward"] = {"to": [...], "scope": "message" | "conversation", "message_id": id}``,
the note's text is what the agent wrote to the recipient, and the timeline shows "Forwarded by
email to …" with its delivery state (sent, waiting, failed with Send again).

The mail is built at sending time from the database — the agent's note, then each forwarded
message with its sender, date and text under a "Forwarded message" line — so a retry sends the
same mail. The subject is the conversation's with "Fwd:". Attachments of the forwarded messages
are not carried.
"""

from __future__ import annotations

import email.utils
import uuid
from collections.abc import Sequence
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.messages import translatable
from agentdesk.replies.signature import load_values, signature_block, signed_text
from agentdesk.store.models import Conversation, Direction, Message
from agentdesk.text import clean_text

if TYPE_CHECKING:
    from agentdesk.mail.send import MailSender

MESSAGE = "message"
CONVERSATION = "conversation"
MAX_NOTE_CHARS = 20_000

# The lines of the forwarded mail, in the conversation's language (the mail leaves AgentDesk, so
# it is written like a mail program would write it).
_WORDS = {
    "en": ("Forwarded message", "From", "Date", "Subject", "Conversation"),
    "de": ("Weitergeleitete Nachricht", "Von", "Datum", "Betreff", "Anfrage"),
    "da": ("Videresendt meddelelse", "Fra", "Dato", "Emne", "Sag"),
}


def queue_forward(
    sender: MailSender,
    conversation_id: uuid.UUID,
    to: Sequence[str],
    note: str,
    *,
    message_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
    agent_signature: str = "",
) -> uuid.UUID:
    """Record the forward as an internal note and queue its mail in one transaction. ``to`` are
    checked addresses (``mail.addresses.parse_addresses``); ``message_id`` forwards one message,
    None the whole conversation. Returns the note's id."""
    if not to:
        raise ValidationError(translatable("MailErrors", "Say who the forward goes to."))
    note = clean_text(note)
    if len(note) > MAX_NOTE_CHARS:
        raise ValidationError(translatable("MailErrors", "The note to the forward is too long."))
    inbox = InboxService(sender.store, sender.clock, actor_id)
    now = sender.clock.now()
    with sender.store.write() as session:
        conv = inbox._conversation(session, conversation_id)
        if message_id is not None:
            found = session.get(Message, message_id)
            if found is None or found.conversation_id != conv.id or found.deleted_at is not None:
                raise NotFoundError(translatable("MailErrors", "That message does not exist."))
        account = sender.account_for(session, conv.id)
        if account is None:
            raise ValidationError(
                translatable(
                    "MailErrors", "No mail account is set up to send the forward; add one in the settings."
                )
            )
        forward = {
            "to": list(to),
            "scope": MESSAGE if message_id is not None else CONVERSATION,
            "message_id": str(message_id) if message_id is not None else None,
        }
        message = inbox._agent_message(session, conv, Direction.NOTE, note, now, meta={"forward": forward})
        message.channel = "email"
        inbox._touch(conv, now)
        session.flush()
        block = signature_block(
            agent_signature, account.signature, load_values(session, actor_id, account), body=note
        )
        sender._queue(session, message, account, {"to": list(to), "signature": block})
        return message.id


def _forwarded(session: Session, conv: Conversation, forward: dict[str, Any]) -> list[Message]:
    """The messages a forward carries, oldest first (notes only when named on their own)."""
    if forward.get("message_id"):
        one = session.get(Message, uuid.UUID(str(forward["message_id"])))
        return [one] if one is not None else []
    return list(
        session.scalars(
            select(Message)
            .where(
                Message.conversation_id == conv.id,
                Message.direction != Direction.NOTE.value,
                Message.deleted_at.is_(None),
            )
            .order_by(Message.created_at, Message.id)
        )
    )


def build_forward(
    session: Session,
    mail: EmailMessage,
    note: Message,
    conv: Conversation,
    rfc_message_id: str,
    forward: dict[str, Any],
) -> EmailMessage:
    """The forward's mail (``mail`` has its From already), only from what the database holds."""
    words = _WORDS.get(conv.language or "en", _WORDS["en"])
    heading, from_, date, subject, conversation = words
    own: dict[str, Any] = (note.meta or {}).get("mail", {})
    mail["To"] = ", ".join(forward.get("to") or own.get("to") or [])
    mail["Subject"] = f"Fwd: {conv.subject}"
    mail["Date"] = email.utils.format_datetime(note.created_at)
    mail["Message-ID"] = f"<{rfc_message_id}>"
    block = str(own.get("signature", ""))
    parts: list[str] = []
    if note.body_text.strip():  # the agent's words to the recipient, signed
        parts.append(signed_text(note.body_text, block).rstrip())
    for message in _forwarded(session, conv, forward):
        author = message.author_name or str(((message.meta or {}).get("mail") or {}).get("from", ""))
        lines = [
            f"---------- {heading} ----------",
            f"{from_}: {author}",
            f"{date}: {email.utils.format_datetime(message.created_at)}",
            f"{subject}: {conv.subject}",
        ]
        if conv.number is not None:
            lines.append(f"{conversation}: #{conv.number}")
        parts.append("\n".join([*lines, "", message.body_text.rstrip()]))
    mail.set_content("\n\n".join(parts) + "\n")
    return mail


__all__ = ["CONVERSATION", "MESSAGE", "build_forward", "queue_forward"]
