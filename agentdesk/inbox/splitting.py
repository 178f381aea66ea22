# SPDX-License-Identifier: GPL-3.0-or-later
"""Splitting a conversation: a message and everything after it become a new conversation.

For the customer who asks a second, unrelated question in the same thread. The new conversation
belongs to the same customer and keeps the channel, language, priority, tier, team, assignee and
tags, so it lands in the same queue; it gets the next number and its own SLA clock, started at its
first message. Both conversations record a ``split`` event naming the other; the new one also
records its ``created`` event (``"by": "split"``). One transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import and_, or_, select, update

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.inbox.bulk import check_may_change
from agentdesk.inbox.service import MAX_SUBJECT, ConversationRef, InboxService
from agentdesk.messages import translatable
from agentdesk.store.models import Conversation, EventKind, Message, Status
from agentdesk.text import clean_text


def clean_subject(subject: str) -> str:
    """The new conversation's subject as typed, repaired and on one line; refused when empty or
    too long."""
    subject = " ".join(clean_text(subject).split())
    if not subject:
        raise ValidationError(translatable("InboxErrors", "A conversation needs a subject."))
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(
            translatable("InboxErrors", "The subject is too long (at most {MAX_SUBJECT} characters)."),
            MAX_SUBJECT=MAX_SUBJECT,
        )
    return subject


class SplitService(InboxService):
    """Split conversations for one acting agent."""

    def split(
        self,
        conversation_id: uuid.UUID,
        message_id: uuid.UUID,
        subject: str | None = None,
        *,
        when: dt.datetime | None = None,
    ) -> ConversationRef:
        """Move ``message_id`` and the messages after it into a new conversation (``subject``,
        by default the old one's); returns the new conversation."""
        now = self._now(when)
        if subject is not None:
            subject = clean_subject(subject)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            self._writable(conv)
            check_may_change(session, self.actor_id, conv)
            first = session.get(Message, message_id)
            if first is None or first.deleted_at is not None or first.conversation_id != conv.id:
                raise NotFoundError(translatable("InboxErrors", "That message is not in this conversation."))
            later = or_(
                Message.created_at > first.created_at,
                and_(Message.created_at == first.created_at, Message.id >= first.id),
            )
            mine = and_(Message.conversation_id == conv.id, Message.deleted_at.is_(None))
            moving = list(session.scalars(select(Message.id).where(mine, later)))
            staying = session.scalar(select(Message.id).where(mine, ~later).limit(1))
            if staying is None:
                raise ValidationError(
                    translatable(
                        "InboxErrors",
                        "The first message cannot be split off: nothing would be left in #{number}.",
                    ),
                    number=conv.number,
                )
            new = Conversation(
                id=uuid7(),
                number=self._next_number(session),
                customer_id=conv.customer_id,
                channel=conv.channel,
                subject=subject or conv.subject,
                status=Status.OPEN.value,
                priority=conv.priority,
                tier=conv.tier,
                team_id=conv.team_id,
                assignee_id=conv.assignee_id,
                tags=list(conv.tags or []),
                language=conv.language,
                mood=conv.mood,
                created_at=first.created_at,
                last_activity_at=first.created_at,
                updated_at=now,
            )
            session.add(new)
            session.flush()
            session.execute(
                update(Message).where(Message.id.in_(moving)).values(conversation_id=new.id, updated_at=now)
            )
            self._event(
                session, new, EventKind.CREATED, {"channel": new.channel, "by": "split"}, first.created_at
            )
            data = {
                "from": str(conv.id),
                "to": str(new.id),
                "from_number": conv.number,
                "to_number": new.number,
                "message": str(first.id),
                "messages": len(moving),
            }
            self._event(session, conv, EventKind.SPLIT, data, now)
            self._event(session, new, EventKind.SPLIT, data, now)
            session.flush()
            for one in (conv, new):
                self.refresh_summary(session, one)
                one.updated_at = now
            self._refresh_sla(session, conv, now)
            self._refresh_sla(session, new, now)
            return ConversationRef(new.id, new.number)
