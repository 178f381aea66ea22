# SPDX-License-Identifier: GPL-3.0-or-later
"""Each agent their own drafts when the desk changes hands.

The composer keeps one draft per conversation (``inbox.drafts``). When another agent signs in,
the drafts at the desk are parked under the agent who wrote them (``parked_draft``) and the new
agent's parked drafts come back, all in one transaction: nobody sees or sends what a colleague
was writing, and nothing typed is lost. Files attached to a draft stay with the conversation.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select

from agentdesk.store.database import Store
from agentdesk.store.identity_models import ParkedDraft
from agentdesk.store.models import Conversation, Draft


def hand_over(store: Store, leaving: uuid.UUID | None, arriving: uuid.UUID) -> int:
    """Park ``leaving``'s drafts and bring back ``arriving``'s; how many came back.

    With nobody leaving (a fresh start), the drafts at the desk are taken to be the arriving
    agent's own."""
    if leaving == arriving:
        return 0
    with store.write() as session:
        if leaving is not None:
            for draft in session.scalars(select(Draft)):
                parked = session.get(ParkedDraft, (leaving, draft.conversation_id))
                if parked is None:
                    parked = ParkedDraft(agent_id=leaving, conversation_id=draft.conversation_id)
                    session.add(parked)
                parked.mode = draft.mode
                parked.body = draft.body
                parked.seen_activity_at = draft.seen_activity_at
                parked.updated_at = draft.updated_at
                session.delete(draft)
            session.flush()
        restored = 0
        waiting = session.scalars(
            select(ParkedDraft)
            .join(Conversation, Conversation.id == ParkedDraft.conversation_id)
            .where(ParkedDraft.agent_id == arriving, Conversation.deleted_at.is_(None))
        ).all()
        for parked in waiting:
            if session.get(Draft, parked.conversation_id) is not None:
                continue  # the desk kept a draft nobody owned: it stays, theirs waits
            session.add(
                Draft(
                    conversation_id=parked.conversation_id,
                    mode=parked.mode,
                    body=parked.body,
                    seen_activity_at=parked.seen_activity_at,
                    updated_at=parked.updated_at,
                )
            )
            session.delete(parked)
            restored += 1
        session.flush()
        if leaving is not None:
            session.execute(
                delete(ParkedDraft).where(ParkedDraft.agent_id == arriving, ParkedDraft.body == "")
            )
        return restored
