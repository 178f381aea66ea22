# SPDX-License-Identifier: GPL-3.0-or-later
"""Merged and linked conversations in the demo workspace.

Through the merge and link services (so every row and event is as the window writes it), at the
anchor time and in number order, so the same seed and anchor give the same workspace:

- a customer who wrote again within two weeks has the earlier conversation merged into the later,
  still open one (a few such pairs), so the whole story is in the conversation being worked on;
- an open conversation is linked to the latest earlier conversation of another customer with the
  same topic tag (the same outage or the same late shipment reported twice).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.ids import uuid7
from agentdesk.inbox.linking import LinkService
from agentdesk.inbox.merging import MergeService
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, Role, Status

MERGES = 3
LINKS = 4
SAME_MATTER = dt.timedelta(days=14)
OPEN = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value, Status.ON_HOLD.value)


def _lead(store: Store) -> uuid.UUID | None:
    with store.read() as session:
        return session.scalar(
            select(Agent.id)
            .where(Agent.role == Role.SUPERVISOR.value, Agent.active, Agent.deleted_at.is_(None))
            .order_by(Agent.name, Agent.id)
            .limit(1)
        )


def _event_ids(store: Store) -> set[str]:
    with store.raw_connection() as conn:
        return {row[0] for row in conn.execute("SELECT id FROM conversation_event")}


def _stable_ids(store: Store, before: set[str], anchor: dt.datetime) -> None:
    """The events the services just wrote get ids derived from the anchor, in the order they were
    made (the services' ids are random; the demo's are a function of seed and anchor)."""
    ms = int(anchor.timestamp() * 1000)
    with store.raw_connection() as conn:
        new = sorted(
            row[0] for row in conn.execute("SELECT id FROM conversation_event") if row[0] not in before
        )
        conn.execute("BEGIN")
        for index, old in enumerate(new):
            conn.execute(
                "UPDATE conversation_event SET id = ? WHERE id = ?", (uuid7(ms, (1 << 70) + index).hex, old)
            )
        conn.execute("COMMIT")


def add_demo_links(store: Store, anchor: dt.datetime) -> tuple[int, int]:
    """Merge and link a few demo conversations; returns (merges, links)."""
    clock = FixedClock(anchor)
    before = _event_ids(store)
    lead = _lead(store)
    with store.read() as session:
        rows = session.execute(
            select(
                Conversation.id,
                Conversation.number,
                Conversation.customer_id,
                Conversation.created_at,
                Conversation.status,
                Conversation.tags,
            )
            .where(Conversation.deleted_at.is_(None), Conversation.merged_into_id.is_(None))
            .order_by(Conversation.number)
        ).all()
    merging = MergeService(store, clock, actor_id=lead)
    linking = LinkService(store, clock, actor_id=lead)

    merged: set[uuid.UUID] = set()
    last_by_customer: dict[uuid.UUID, tuple[uuid.UUID, dt.datetime]] = {}
    merges = 0
    for row in rows:
        earlier = last_by_customer.get(row.customer_id)
        last_by_customer[row.customer_id] = (row.id, row.created_at)
        if merges >= MERGES or earlier is None or row.status not in OPEN or earlier[0] in merged:
            continue
        if row.created_at - earlier[1] > SAME_MATTER:
            continue
        merging.merge_into(row.id, [earlier[0]], when=anchor)
        merged.update({earlier[0], row.id})
        merges += 1

    links = 0
    latest: dict[str, tuple[uuid.UUID, uuid.UUID]] = {}  # topic tag → (conversation, customer)
    for row in rows:
        if row.id in merged or not row.tags:
            continue
        topic = str(sorted(row.tags)[0])
        other = latest.get(topic)
        latest[topic] = (row.id, row.customer_id)
        if links >= LINKS or other is None or row.status not in OPEN or other[1] == row.customer_id:
            continue
        if linking.link(other[0], row.id, when=anchor):
            links += 1
    _stable_ids(store, before, anchor)
    return merges, links
