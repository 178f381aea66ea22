# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts: what the agent is writing, kept per conversation in the local database.

The composer saves as the agent types (debounced), each save one small transaction, so a crash
or a power cut loses at most the last moment of typing. A reply's addressing is kept with its
text: the Cc and Bcc as the agent typed them (``None`` while untouched: the usual copies apply)
and "Answer by email instead"; a draft with only those is kept too (but not marked as a draft in
the list, which marks text). Drafts are local to this desktop and never synced.
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
    cc: str | None = None
    bcc: str | None = None
    by_email: bool = False


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
        cc: str | None = None,
        bcc: str | None = None,
        by_email: bool = False,
    ) -> None:
        """Keep ``body`` (and the reply's addressing) as the draft of the conversation; an empty
        body with nothing addressed discards the draft.

        ``seen_activity_at`` is kept from the first save on: it marks what the agent had seen
        when they started writing.
        """
        if mode not in MODES:
            raise ValidationError(
                translatable("InboxErrors", "A draft is a reply or a note (got {mode!r})."), mode=mode
            )
        cc, bcc = _field(cc), _field(bcc)
        if not body.strip() and cc is None and bcc is None and not by_email:
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
            draft.cc, draft.bcc, draft.by_email = cc, bcc, by_email
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
                cc=draft.cc,
                bcc=draft.bcc,
                by_email=bool(draft.by_email),
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
        """Conversations with a draft text (a draft of only Cc or Bcc is not one to mark)."""
        with self.store.read() as session:
            return set(session.scalars(select(Draft.conversation_id).where(Draft.body != "")))


MAX_ADDRESS_FIELD = 4000  # characters of a Cc or Bcc field kept; more is not a list of copies


def _field(text: str | None) -> str | None:
    """A Cc or Bcc field as kept: as typed, line breaks and NULs out, cut at a sane length."""
    if text is None:
        return None
    return text[:MAX_ADDRESS_FIELD].replace("\r", " ").replace("\n", " ").replace("\x00", " ")
