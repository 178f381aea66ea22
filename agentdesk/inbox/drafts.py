# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts: what the agent is writing, kept per conversation in the local database.

The composer saves as the agent types (debounced), each save one small transaction, so a crash
or a power cut loses at most the last moment of typing. Drafts are local to this desktop and
never synced.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Draft

MODES = ("reply", "note")


@dataclass(frozen=True)
class DraftText:
    conversation_id: uuid.UUID
    mode: str
    body: str
    seen_activity_at: dt.datetime | None
    updated_at: dt.datetime


class DraftService:
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    def save(
        self,
        conversation_id: uuid.UUID,
        body: str,
        *,
        mode: str = "reply",
        seen_activity_at: dt.datetime | None = None,
    ) -> None:
        """Keep ``body`` as the draft of the conversation; an empty body discards the draft.

        ``seen_activity_at`` is kept from the first save on: it marks what the agent had seen
        when they started writing.
        """
        if mode not in MODES:
            raise ValidationError(
                translatable("InboxErrors", "A draft is a reply or a note (got {mode!r})."), mode=mode
            )
        if not body.strip():
            self.discard(conversation_id)
            return
        now = self.clock.now()
        with self.store.write() as session:
            draft = session.get(Draft, conversation_id)
            if draft is None:
                if session.get(Conversation, conversation_id) is None:
                    raise ValidationError(translatable("InboxErrors", "That conversation does not exist."))
                draft = Draft(conversation_id=conversation_id, seen_activity_at=seen_activity_at)
                session.add(draft)
            draft.mode = mode
            draft.body = body
            draft.updated_at = now

    def load(self, conversation_id: uuid.UUID) -> DraftText | None:
        with self.store.read() as session:
            draft = session.scalar(select(Draft).where(Draft.conversation_id == conversation_id))
            if draft is None:
                return None
            return DraftText(
                conversation_id=draft.conversation_id,
                mode=draft.mode,
                body=draft.body,
                seen_activity_at=draft.seen_activity_at,
                updated_at=draft.updated_at,
            )

    def mark_seen(self, conversation_id: uuid.UUID, seen_activity_at: dt.datetime | None) -> None:
        """The agent has reviewed what changed; the draft now builds on this state."""
        with self.store.write() as session:
            draft = session.get(Draft, conversation_id)
            if draft is not None:
                draft.seen_activity_at = seen_activity_at

    def discard(self, conversation_id: uuid.UUID) -> None:
        with self.store.write() as session:
            session.execute(delete(Draft).where(Draft.conversation_id == conversation_id))

    def conversations_with_drafts(self) -> set[uuid.UUID]:
        with self.store.read() as session:
            return set(session.scalars(select(Draft.conversation_id)))
