# SPDX-License-Identifier: GPL-3.0-or-later
"""A merge, a split and a link made on one desktop appear on the other, and so do their undoing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.linking import LinkService
from agentdesk.inbox.merging import MergeService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.splitting import SplitService
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, Message, SyncConflict
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent
from agentdesk.sync.tables import SYNCED_TABLES, table

pytestmark = pytest.mark.server

MAJA = Credentials("wf_maja", "maja-pw")
OLE = Credentials("wf_ole", "ole-pw")


@pytest.fixture
def pair(server_url: str, desktop: Callable[[str], Store]) -> tuple[Store, Store]:
    add_agent(server_url, MAJA.user, MAJA.password, name="Maja", email="maja@example.com", tiers=[1, 2, 3])
    add_agent(
        server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", role="supervisor", tiers=[1]
    )
    return desktop("a"), desktop("b")


def settle(a: Store, b: Store, url: str) -> None:
    for store, who in ((a, MAJA), (b, OLE), (a, MAJA)):
        summary = sync_once(store, url, who)
        assert summary.ok, summary.error


def rows(store: Store, name: str) -> dict[str, dict[str, Any]]:
    t = table(name)
    with store.engine.connect() as conn:
        return {str(r.id): dict(r._mapping) for r in conn.execute(select(t)).all()}


def server_rows(url: str, name: str) -> dict[str, dict[str, Any]]:
    t = table(name)
    with connect(url) as conn:
        found = conn.execute(f"SELECT {', '.join(c.name for c in t.columns)} FROM {name}").fetchall()
    out = {}
    for r in found:
        values = {}
        for c in t.columns:
            value = r[c.name]
            values[c.name] = value.replace(tzinfo=dt.UTC) if isinstance(value, dt.datetime) else value
        out[str(r["id"])] = values
    return out


def no_conflicts(store: Store) -> None:
    with store.read() as session:
        found = [(c.table_name, c.field, c.kind, c.detail) for c in session.scalars(select(SyncConflict))]
    assert found == []


def test_merge_split_and_link_travel_and_so_does_undoing_them(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    inbox = InboxService(a, clock)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    first = inbox.create_conversation(jens, "email", "Payment failed", "The card was declined.").id
    clock.advance(minutes=1)
    second = inbox.create_conversation(jens, "chat", "Payment again", "Declined again.").id
    clock.advance(minutes=1)
    third = inbox.create_conversation(jens, "email", "Site down", "Nothing loads.").id
    clock.advance(minutes=1)
    later = inbox.add_inbound_message(third, "Also: my invoice is wrong.")
    settle(a, b, server_url)

    clock.advance(minutes=1)
    MergeService(a, clock).merge_into(first, [second])
    LinkService(a, clock).link(first, third)
    split = SplitService(a, clock).split(third, later, "Invoice wrong")
    settle(a, b, server_url)
    no_conflicts(a)
    with b.read() as session:
        merged = session.get(Conversation, second)
        assert merged is not None and merged.merged_into_id == first and merged.status == "closed"
        thread = session.scalars(
            select(Message.body_text).where(Message.conversation_id == first).order_by(Message.created_at)
        ).all()
        assert thread == ["The card was declined.", "Declined again."]
        moved = session.scalars(select(Message.body_text).where(Message.conversation_id == split.id)).all()
        assert moved == ["Also: my invoice is wrong."]
        kinds = set(
            session.scalars(select(ConversationEvent.kind).where(ConversationEvent.conversation_id == first))
        )
        assert {"merge", "link"} <= kinds
    assert [x.id for x in LinkService(b, clock).links(third)] == [first]

    clock.advance(minutes=1)
    MergeService(b, clock).unmerge(second)
    LinkService(b, clock).unlink(third, first)
    settle(a, b, server_url)
    no_conflicts(b)
    with a.read() as session:
        back = session.get(Conversation, second)
        assert back is not None and back.merged_into_id is None and back.status == "new"
        assert session.scalars(select(Message.body_text).where(Message.conversation_id == second)).all() == [
            "Declined again."
        ]
    assert LinkService(a, clock).links(first) == []
    for name in SYNCED_TABLES:
        on_server = server_rows(server_url, name)
        # Maja is an agent: the audit log reaches supervisors' and admins' desks only.
        assert rows(a, name) == ({} if name == "audit_entry" else on_server), name
        assert rows(b, name) == on_server, name
    assert outbox.pending_count(a) == outbox.pending_count(b) == 0
