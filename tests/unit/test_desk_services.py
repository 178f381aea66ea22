# SPDX-License-Identifier: GPL-3.0-or-later
"""Follow-ups, drafts, the agent at this desk, customer lookup, and the SLA columns the inbox keeps."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.drafts import DraftService
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent


@pytest.fixture
def inbox(store: Store, clock: FixedClock) -> InboxService:
    agent = DirectoryService(store, clock).create_agent("Maja Jensen", "maja@shop.test", role="admin")
    return InboxService(store, clock, actor_id=agent)


def new_conversation(inbox: InboxService, channel: str = "email") -> uuid.UUID:
    customer = inbox.create_customer("Jens Hansen", email=f"jens-{uuid.uuid4().hex[:6]}@example.dk")
    return inbox.create_conversation(customer, channel, "Payment failed", "Declined twice.").id


def row(store: Store, cid: uuid.UUID) -> Conversation:
    with store.read() as s:
        conv = s.get(Conversation, cid)
        assert conv is not None
        return conv


def test_follow_up_set_and_cleared(inbox: InboxService, store: Store, clock: FixedClock) -> None:
    cid = new_conversation(inbox)
    later = clock.now() + dt.timedelta(days=3)
    inbox.set_follow_up(cid, later)
    assert row(store, cid).follow_up_at == later
    inbox.set_follow_up(cid, None)
    assert row(store, cid).follow_up_at is None
    with store.read() as s:
        data = [e.data for e in s.query(ConversationEvent).filter_by(conversation_id=cid, kind="follow_up")]
    assert data == [{"at": later.isoformat()}, {"at": None}]
    with pytest.raises(ValidationError, match="future"):
        inbox.set_follow_up(cid, clock.now() - dt.timedelta(minutes=1))


def test_draft_survives_and_remembers_what_was_seen(
    store: Store, clock: FixedClock, inbox: InboxService
) -> None:
    cid = new_conversation(inbox)
    seen = row(store, cid).last_activity_at
    drafts = DraftService(store, clock)
    drafts.save(cid, "Hi Jens, I", seen_activity_at=seen)
    drafts.save(cid, "Hi Jens, I have retried the payment.", seen_activity_at=None)
    # A new service on a fresh connection: what a restart after a crash would see.
    again = DraftService(store, clock).load(cid)
    assert again is not None
    assert again.body == "Hi Jens, I have retried the payment." and again.mode == "reply"
    assert again.seen_activity_at == seen  # kept from the first save
    drafts.save(cid, "   ")
    assert drafts.load(cid) is None
    with pytest.raises(ValidationError):
        drafts.save(cid, "text", mode="tweet")


def test_current_agent_defaults_to_an_admin_and_can_be_chosen(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    settings = WorkspaceSettings(store)
    assert settings.current_agent_id() is None
    ole = directory.create_agent("Ole", "ole@shop.test")
    admin = directory.create_agent("Zoe Admin", "zoe@shop.test", role="admin")
    assert settings.current_agent_id() == admin
    settings.set_current_agent(ole)
    assert WorkspaceSettings(store).current_agent_id() == ole


def test_find_customers_by_email_name_or_company(inbox: InboxService, store: Store) -> None:
    anna = inbox.create_customer("Anna Müller", email="anna@beispiel.de", company="Bäckerei Sonne")
    inbox.create_customer("Annabel Lee", email="annabel@example.com")
    search = SearchService(store)
    assert search.find_customers("anna@beispiel.de")[0].id == anna
    assert [c.name for c in search.find_customers("backerei")] == ["Anna Müller"]
    assert {c.name for c in search.find_customers("anna*")} == {"Anna Müller", "Annabel Lee"}


def test_actions_keep_the_cached_sla_due_times(store: Store, clock: FixedClock, inbox: InboxService) -> None:
    install_presets(store)
    cid = new_conversation(inbox, channel="chat")
    conv = row(store, cid)
    assert conv.sla_policy_id is not None
    assert conv.first_response_due_at is not None and conv.first_response_due_at > clock.now()
    assert conv.due_at == min(d for d in (conv.first_response_due_at, conv.resolution_due_at) if d)
    clock.advance(minutes=1)
    inbox.reply(cid, "Hi Jens, looking at it now.")
    conv = row(store, cid)
    assert conv.first_response_due_at is None  # met
    assert conv.resolution_due_at is not None
    inbox.set_status(cid, "pending")  # waiting on the customer: resolution pauses
    assert row(store, cid).resolution_due_at is None and row(store, cid).due_at is None
