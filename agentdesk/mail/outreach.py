# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing to a customer first: a conversation that starts with the agent's email.

Proactive service — a follow-up after a delivery, a check-in before a renewal, a win-back — opens
a conversation whose first message is the agent's, sent through a chosen mailbox in the chosen
language (``start_outreach``). In one transaction: the conversation (email, the customer's,
assigned to the writer, first response already given, *pending*: it waits for the customer; its
``created`` event says ``{"by": "agent", "outreach": true}``), the
message (signed by the one signature rule, ``replies.signature``) and its outbox row. The mail
carries our own Message-ID and no "Re:", so when the customer answers, their mail program's
In-Reply-To and References bring the answer into this conversation like any other thread
(``mail.fetch.MailIntake``), and the conversation opens again.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.inbox.service import MAX_SUBJECT, ConversationRef, InboxService, make_snippet
from agentdesk.mail.addresses import is_address
from agentdesk.messages import translatable
from agentdesk.replies.signature import load_values, signature_block
from agentdesk.store.models import (
    LANGUAGES,
    Channel,
    Conversation,
    Customer,
    Direction,
    EventKind,
    MailAccount,
    Priority,
    Status,
)
from agentdesk.text import clean_text

if TYPE_CHECKING:
    from agentdesk.mail.send import MailSender


def start_outreach(
    sender: MailSender,
    customer_id: uuid.UUID,
    subject: str,
    body: str,
    *,
    account_id: uuid.UUID,
    language: str,
    actor_id: uuid.UUID | None,
    agent_signature: str = "",
    priority: str = Priority.NORMAL.value,
) -> ConversationRef:
    """Open a conversation with the agent's email to the customer and queue it for sending."""
    subject = " ".join(clean_text(subject).split())
    body = clean_text(body)
    if not subject:
        raise ValidationError(translatable("InboxErrors", "A conversation needs a subject."))
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(
            translatable("InboxErrors", "The subject is too long (at most {MAX_SUBJECT} characters)."),
            MAX_SUBJECT=MAX_SUBJECT,
        )
    if not body.strip():
        raise ValidationError(translatable("MailErrors", "Write the message to the customer."))
    if language not in LANGUAGES:
        raise ValidationError(translatable("MailErrors", "Choose the language of the message."))
    if priority not in Priority.values():
        raise ValidationError(translatable("MailErrors", "Choose the priority of the conversation."))
    inbox = InboxService(sender.store, sender.clock, actor_id)
    now = sender.clock.now()
    with sender.store.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            raise NotFoundError(translatable("InboxErrors", "That customer does not exist."))
        if not customer.email or not is_address(customer.email.strip().lower()):
            raise ValidationError(
                translatable("MailErrors", "{name} has no email address to write to."), name=customer.name
            )
        account = session.get(MailAccount, account_id)
        if account is None or account.deleted_at is not None or not account.active:
            raise ValidationError(translatable("MailErrors", "Choose a mailbox to send from."))
        conv = Conversation(
            id=uuid7(),
            number=inbox._next_number(session),
            customer_id=customer.id,
            channel=Channel.EMAIL.value,
            subject=subject,
            status=Status.NEW.value,
            priority=priority,
            tier=1,
            tags=[],
            language=language,
            created_at=now,
            updated_at=now,
            last_activity_at=now,
            waiting_since=None,
            first_response_at=now,  # nobody waits for us: the agent spoke first
            snippet=make_snippet(body),
            message_count=0,
        )
        session.add(conv)
        session.flush()
        inbox._event(
            session,
            conv,
            EventKind.CREATED,
            {"channel": Channel.EMAIL.value, "by": "agent", "outreach": True},
            now,
        )
        if actor_id is not None:
            inbox._reassign(session, conv, actor_id, now)
        message = inbox._agent_message(session, conv, Direction.OUTBOUND, body, now)
        inbox._change_status(session, conv, Status.PENDING.value, now)
        session.flush()
        block = signature_block(
            agent_signature, account.signature, load_values(session, actor_id, account), body=body
        )
        sender._queue(
            session,
            message,
            account,
            {"to": [customer.email.strip().lower()], "cc": [], "bcc": [], "signature": block},
        )
        inbox._refresh_sla(session, conv, now)
        return ConversationRef(conv.id, conv.number)


__all__ = ["start_outreach"]
