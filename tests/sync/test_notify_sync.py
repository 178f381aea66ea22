# SPDX-License-Identifier: GPL-3.0-or-later
"""Notifications and snooze across two desktops through a real server: a sync that brings 50
changes for an agent who was offline is one summary; a snooze travels, leaves the other desk's
working views, and comes back on both when the customer writes — one wake event, no conflicts."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.snooze import SnoozeService
from agentdesk.inbox.views import View, ViewFilter, inbox_page
from agentdesk.notifications.feed import NotificationFeed
from agentdesk.notifications.kinds import Kind
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, SyncConflict
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

MAJA = Credentials("nt_maja", "maja-pw")
OLE = Credentials("nt_ole", "ole-pw")


def sync(store: Store, url: str, who: Credentials) -> None:
    summary = sync_once(store, url, who)
    assert summary.ok, summary.error


def no_conflicts(store: Store) -> None:
    with store.read() as session:
        assert list(session.scalars(select(SyncConflict))) == []


@pytest.fixture
def agents(server_url: str) -> tuple[uuid.UUID, uuid.UUID]:
    maja = add_agent(
        server_url, MAJA.user, MAJA.password, name="Maja Holm", email="maja@example.com", tiers=[1]
    )
    ole = add_agent(server_url, OLE.user, OLE.password, name="Ole Berg", email="ole@example.com", tiers=[1])
    return maja, ole


def test_fifty_changes_from_an_offline_sync_are_one_summary(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock, agents: tuple[uuid.UUID, uuid.UUID]
) -> None:
    maja, ole = agents
    a, b = desktop("a"), desktop("b")
    sync(a, server_url, MAJA)
    sync(b, server_url, OLE)
    feed = NotificationFeed(b, clock, ole)
    assert feed.collect().new == []  # Ole's desk starts its feed, then goes offline
    inbox = InboxService(a, clock, maja, routing=False)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    for n in range(49):
        clock.advance(minutes=1)
        cid = inbox.create_conversation(customer, "email", f"Order {n}", "Where is my parcel?").id
        inbox.assign(cid, ole)
    cid = inbox.create_conversation(customer, "email", "Order 49", "Where is my parcel?").id
    inbox.assign(cid, maja)  # her own: nothing for Ole
    clock.advance(minutes=1)
    inbox.add_note(cid, "@Ole Berg you had this one before, any idea?")
    sync(a, server_url, MAJA)
    no_conflicts(a)
    sync(b, server_url, OLE)  # Ole is back
    result = feed.collect()
    assert len(result.announce) == 1
    summary = result.announce[0]
    assert summary.kind == Kind.SUMMARY and summary.count == 50
    members = feed.members(summary.id)
    assert sorted({m.kind for m in members}) == [Kind.ASSIGNED, Kind.MENTIONED]
    assert feed.unread_count() == 1
    # Maja's own desk: nothing for her own actions
    mine = NotificationFeed(a, clock, maja)
    mine.collect()
    assert mine.collect().new == []


def test_a_snooze_travels_and_the_customer_wakes_it_on_both_desks(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock, agents: tuple[uuid.UUID, uuid.UUID]
) -> None:
    maja, ole = agents
    a, b = desktop("a"), desktop("b")
    sync(a, server_url, MAJA)  # the agents arrive
    inbox = InboxService(a, clock, maja, routing=False)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    cid = inbox.create_conversation(customer, "email", "Refund", "Please refund my order.").id
    inbox.assign(cid, maja)
    clock.advance(minutes=5)
    SnoozeService(a, clock, maja).snooze(cid, clock.now() + dt.timedelta(days=2))
    sync(a, server_url, MAJA)
    sync(b, server_url, OLE)
    everyone = ViewFilter(View.TIER_1, maja)
    assert [r.id for r in inbox_page(b, everyone)] == []  # snoozed on Ole's desk too
    assert [r.id for r in inbox_page(b, ViewFilter(View.SNOOZED, maja))] == [cid]
    # The customer writes; the mail reaches Ole's desk, both desks wake the snooze before syncing
    clock.advance(hours=1)
    InboxService(b, clock, None, routing=False).add_inbound_message(cid, "Any news?")
    assert [w.reason for w in SnoozeService(b, clock, None).wake_due()] == ["customer"]
    clock.advance(hours=50)  # Maja's desk, offline meanwhile, finds the snooze's time passed
    assert [w.reason for w in SnoozeService(a, clock, None).wake_due()] == ["time"]
    for store, who in ((b, OLE), (a, MAJA), (b, OLE)):
        sync(store, server_url, who)
    for store in (a, b):
        no_conflicts(store)
        with store.read() as s:
            conv = s.get(Conversation, cid)
            assert conv is not None and conv.snoozed_until is None
            wakes = [
                e.data
                for e in s.scalars(select(ConversationEvent).where(ConversationEvent.conversation_id == cid))
                if e.kind == "snooze" and e.data.get("until") is None
            ]
        assert len(wakes) == 1  # one event, whichever desk's came first
        assert [r.id for r in inbox_page(store, everyone)] == [cid]
