# SPDX-License-Identifier: GPL-3.0-or-later
"""Conversations the agents started, and forwards, in the demo workspace.

So a newcomer sees what writing first and forwarding look like: the demo's check-ins, follow-ups
and renewal reminders an agent opened by email are marked as such (their ``created`` event says
``outreach``, the first reply is an email from the demo's support address to the customer), and on
a few open email conversations a forward to a colleague in another department is recorded as an
internal note with the address it went to. The demo has no mailbox, so this is history: the mails
are marked as sent, as they would have been.

Forward ids are derived from the seed and a running index (``uuid5``), so the same seed and anchor
give the same rows and another seed other ones.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from agentdesk.demo.corpus import AGENT_MAIL_DOMAIN
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Agent,
    Conversation,
    ConversationEvent,
    Customer,
    DeliveryState,
    Message,
    Role,
    Status,
)

NAMESPACE = uuid.UUID("5f0d2c1e-7b3a-4c8e-9a61-2e4d8b0c7f13")
SUPPORT = f"support@{AGENT_MAIL_DOMAIN}"

FORWARDS = 2
FORWARD_TO = {"en": "billing@" + AGENT_MAIL_DOMAIN, "de": "buchhaltung@" + AGENT_MAIL_DOMAIN}
FORWARD_NOTE = {
    "en": "Could you check this invoice with the customer's order? Thanks!",
    "de": "Kannst du die Rechnung bitte mit der Bestellung abgleichen? Danke!",
    "da": "Kan du tjekke fakturaen mod kundens ordre? Tak!",
}


class _Ids:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.index = 0

    def __call__(self) -> uuid.UUID:
        self.index += 1
        return uuid.uuid5(NAMESPACE, f"{self.seed}/{self.index}")


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name


def _agent(session: Session) -> Agent | None:
    return session.scalar(
        select(Agent)
        .where(Agent.role == Role.AGENT.value, Agent.active, Agent.deleted_at.is_(None))
        .order_by(Agent.name, Agent.id)
        .limit(1)
    )


def _event(
    session: Session,
    ids: _Ids,
    conv: Conversation,
    kind: str,
    actor: uuid.UUID,
    data: dict[str, object],
    at: dt.datetime,
) -> None:
    session.add(
        ConversationEvent(
            id=ids(),
            conversation_id=conv.id,
            kind=kind,
            actor_agent_id=actor,
            data=data,
            created_at=at,
            updated_at=at,
        )
    )


def add_demo_outreach(store: Store, anchor: dt.datetime, seed: int) -> int:
    """Mark the conversations agents opened by email and add a few forwards; returns how many
    messages were added (the forwards)."""
    ids = _Ids(seed)
    forwards = 0
    with store.write() as session:
        agent = _agent(session)
        if agent is None:
            return 0
        for event in session.scalars(
            select(ConversationEvent)
            .join(Conversation, Conversation.id == ConversationEvent.conversation_id)
            .where(
                ConversationEvent.kind == "created",
                Conversation.channel == "email",
                Conversation.deleted_at.is_(None),
            )
            .order_by(Conversation.number)
        ):
            if (event.data or {}).get("by") == "agent":
                _mark_outreach(session, event)
        rows = session.scalars(
            select(Conversation)
            .where(
                Conversation.channel == "email",
                Conversation.status.in_((Status.OPEN.value, Status.PENDING.value)),
                Conversation.language.in_(tuple(FORWARD_TO)),
                Conversation.deleted_at.is_(None),
                Conversation.merged_into_id.is_(None),
            )
            .order_by(Conversation.number)
            .limit(FORWARDS)
        ).all()
        for conv in rows:
            _forward(session, ids, agent, conv, anchor - dt.timedelta(hours=1 + forwards))
            forwards += 1
    return forwards


def _mark_outreach(session: Session, event: ConversationEvent) -> None:
    """The conversation opened with the agent's email: say so, and make the first reply the email
    it was (from the support address to the customer)."""
    # Core updates with every column named: an ORM update would stamp the wall clock into
    # updated_at where the value did not change (and the demo is a function of seed and anchor).
    session.execute(
        update(ConversationEvent)
        .where(ConversationEvent.id == event.id)
        .values(data={**(event.data or {}), "outreach": True}, updated_at=event.created_at)
        .execution_options(synchronize_session=False)
    )
    first = session.scalar(
        select(Message)
        .where(Message.conversation_id == event.conversation_id, Message.direction == "outbound")
        .order_by(Message.created_at, Message.id)
        .limit(1)
    )
    conv = session.get(Conversation, event.conversation_id)
    customer = session.get(Customer, conv.customer_id) if conv is not None else None
    if first is None or customer is None or not customer.email:
        return
    meta = {
        **{k: v for k, v in (first.meta or {}).items() if k not in ("from", "to")},
        "mail": {
            "from": SUPPORT,
            "to": [customer.email.strip().lower()],
            "sent_at": first.created_at.isoformat(),
        },
        "delivery": {"route": "email"},
    }
    session.execute(
        update(Message)
        .where(Message.id == first.id)
        .values(meta=meta, delivery_state=DeliveryState.SENT.value, updated_at=first.updated_at)
        .execution_options(synchronize_session=False)
    )


def _forward(session: Session, ids: _Ids, agent: Agent, conv: Conversation, at: dt.datetime) -> None:
    to = FORWARD_TO.get(conv.language, FORWARD_TO["en"])
    note = ids()
    session.add(
        Message(
            id=note,
            conversation_id=conv.id,
            direction="note",
            channel="email",
            author_agent_id=agent.id,
            author_name=agent.name,
            body_text=FORWARD_NOTE.get(conv.language, FORWARD_NOTE["en"]),
            meta={
                "forward": {"to": [to], "scope": "conversation", "message_id": None},
                "mail": {"from": SUPPORT, "to": [to], "sent_at": at.isoformat()},
                "delivery": {"route": "email"},
            },
            external_id=f"{note.hex}@{AGENT_MAIL_DOMAIN}",
            delivery_state=DeliveryState.SENT.value,
            created_at=at,
            updated_at=at,
        )
    )
    conv.message_count += 1
    if conv.last_activity_at < at:
        conv.last_activity_at = at
    conv.updated_at = at  # the demo's time, not the wall clock


__all__ = ["add_demo_outreach"]
