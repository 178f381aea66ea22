# SPDX-License-Identifier: GPL-3.0-or-later
"""Links between related conversations (the same outage reported twice, a follow-up question).

A link is undirected and shown in both conversations. Its row id is derived from the pair
(``link_id``), so two desks that link the same pair while offline make one row and the sync keeps
one; unlinking is a tombstone that a later link lifts. Linking and unlinking record a ``link`` /
``unlink`` event on both conversations, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.messages import translatable
from agentdesk.store.models import Conversation, ConversationLink, Customer, EventKind

LINK_NAMESPACE = uuid.UUID("6f1f4b4e-8c1d-4d43-9a38-2b7a3c1e5d10")
MAX_LINKS = 100


def link_id(a: uuid.UUID, b: uuid.UUID) -> uuid.UUID:
    """The one id of the link between ``a`` and ``b``, whichever way round."""
    low, high = sorted((a, b))
    return uuid.uuid5(LINK_NAMESPACE, f"{low}:{high}")


@dataclass(frozen=True, slots=True)
class LinkedConversation:
    """A conversation linked to the one shown."""

    id: uuid.UUID
    number: int | None
    subject: str
    status: str
    customer_name: str


class LinkService(InboxService):
    """Link and unlink conversations for one acting agent."""

    def links(self, conversation_id: uuid.UUID) -> list[LinkedConversation]:
        """The conversations linked to ``conversation_id``, by number."""
        with self.store.read() as session:
            return self._links(session, conversation_id)

    @staticmethod
    def _links(session: Session, conversation_id: uuid.UUID) -> list[LinkedConversation]:
        rows = session.execute(
            select(ConversationLink.conversation_id, ConversationLink.other_id).where(
                or_(
                    ConversationLink.conversation_id == conversation_id,
                    ConversationLink.other_id == conversation_id,
                ),
                ConversationLink.deleted_at.is_(None),
            )
        ).all()
        others = {b if a == conversation_id else a for a, b in rows}
        if not others:
            return []
        found = session.execute(
            select(
                Conversation.id, Conversation.number, Conversation.subject, Conversation.status, Customer.name
            )
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Conversation.id.in_(others), Conversation.deleted_at.is_(None))
        ).all()
        items = [LinkedConversation(r.id, r.number, r.subject, r.status, r.name) for r in found]
        return sorted(items, key=lambda item: (item.number is None, item.number or 0, str(item.id)))

    def link(
        self, conversation_id: uuid.UUID, other_id: uuid.UUID, *, when: dt.datetime | None = None
    ) -> bool:
        """Link the two conversations; False when they were linked already (nothing recorded)."""
        if conversation_id == other_id:
            raise ValidationError(translatable("InboxErrors", "A conversation cannot be linked to itself."))
        now = self._now(when)
        with self.store.write() as session:
            one = self._conversation(session, conversation_id)
            two = self._conversation(session, other_id)
            row = session.get(ConversationLink, link_id(one.id, two.id))
            if row is not None and row.deleted_at is None:
                return False
            if len(self._links(session, one.id)) >= MAX_LINKS:
                raise ValidationError(
                    translatable("InboxErrors", "Conversation #{number} has {MAX_LINKS} links already."),
                    number=one.number,
                    MAX_LINKS=MAX_LINKS,
                )
            low, high = sorted((one.id, two.id))
            if row is None:
                session.add(
                    ConversationLink(
                        id=link_id(one.id, two.id),
                        conversation_id=low,
                        other_id=high,
                        created_by=self.actor_id,
                        created_at=now,
                        updated_at=now,
                    )
                )
            else:
                row.deleted_at = None
                row.created_by = self.actor_id
                row.created_at = now
                row.updated_at = now
            self._event(session, one, EventKind.LINK, {"other": str(two.id), "other_number": two.number}, now)
            self._event(session, two, EventKind.LINK, {"other": str(one.id), "other_number": one.number}, now)
            return True

    def unlink(
        self, conversation_id: uuid.UUID, other_id: uuid.UUID, *, when: dt.datetime | None = None
    ) -> bool:
        """Remove the link; False when there was none."""
        now = self._now(when)
        with self.store.write() as session:
            one = self._conversation(session, conversation_id)
            two = self._conversation(session, other_id)
            row = session.get(ConversationLink, link_id(one.id, two.id))
            if row is None or row.deleted_at is not None:
                return False
            row.deleted_at = now
            row.updated_at = now
            self._event(
                session, one, EventKind.UNLINK, {"other": str(two.id), "other_number": two.number}, now
            )
            self._event(
                session, two, EventKind.UNLINK, {"other": str(one.id), "other_number": one.number}, now
            )
            return True
