# SPDX-License-Identifier: GPL-3.0-or-later
"""A rule that runs when an agent changes a conversation runs on the agent's desktop, in their
transaction; what it did (a tag, the SLA policy it chose, the events naming it) reaches the other
desktop, which runs nothing again."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.macros.actions import Actions
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.rules import Conditions
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import Policy
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, ConversationEvent, SyncConflict
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

MAJA = Credentials("ru_maja", "maja-pw")
OLE = Credentials("ru_ole", "ole-pw")


def settle(a: Store, b: Store, url: str) -> None:
    for store, who in ((a, MAJA), (b, OLE), (a, MAJA)):
        summary = sync_once(store, url, who)
        assert summary.ok, summary.error


def agent_id(store: Store, email: str) -> uuid.UUID:
    with store.read() as session:
        found = session.scalar(select(Agent.id).where(Agent.email == email))
        assert found is not None
        return found


def test_an_update_rule_runs_on_the_agents_desk_and_its_choice_of_sla_policy_syncs(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(server_url, MAJA.user, MAJA.password, name="Maja", email="maja@example.com", tiers=[1])
    add_agent(
        server_url,
        OLE.user,
        OLE.password,
        name="Ole",
        email="ole@example.com",
        role="supervisor",
        tiers=[1, 2],
    )
    a, b = desktop("maja"), desktop("ole")
    settle(a, b, server_url)
    maja, ole = agent_id(a, "maja@example.com"), agent_id(b, "ole@example.com")
    after_care = save_policy(b, Policy("After-care", 24 * 60, None, 5 * 24 * 60), clock.now())
    RoutingService(b, clock, actor_id=ole).create(
        RuleDraft(
            "Solved: after-care",
            Conditions.from_json({"changes": [{"field": "status", "to": "solved"}]}),
            Actions(add_tags=("after-care",)),
            ("update",),
            sla_policy=str(after_care),
        )
    )
    settle(a, b, server_url)

    inbox = InboxService(a, clock, actor_id=maja)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    ref = inbox.create_conversation(customer, "email", "Pakke mangler", "Hej, hvor er min pakke?")
    clock.advance(minutes=5)
    inbox.set_status(ref.id, "solved")
    settle(a, b, server_url)
    for store in (a, b):
        with store.read() as session:
            conv = session.get(Conversation, ref.id)
            assert conv is not None
            assert (conv.tags, conv.sla_policy_override_id) == (["after-care"], after_care)
            kinds = session.scalars(
                select(ConversationEvent.kind).where(
                    ConversationEvent.conversation_id == ref.id,
                    ConversationEvent.data["rule"].as_string() == "Solved: after-care",
                )
            ).all()
            assert sorted(kinds) == ["sla_policy", "tag"]  # once, not again on the desk that pulled it
            assert session.scalars(select(SyncConflict)).all() == []
