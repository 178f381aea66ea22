# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros, routing rules and availability travel between desktops; a rule made by a supervisor
routes a conversation that arrives on an agent's desktop, and what it did syncs back; an agent's
login may not change the rules on the server."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.macros.actions import Actions
from agentdesk.macros.assign import AvailabilityService
from agentdesk.macros.service import MacroDraft, MacroService
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.rules import Conditions
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, ConversationEvent, SyncConflict, Team
from agentdesk.store.workflow_models import Macro, RoutingRule
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

MAJA = Credentials("rt_maja", "maja-pw")
OLE = Credentials("rt_ole", "ole-pw")


def settle(a: Store, b: Store, url: str) -> None:
    for store, who in ((a, MAJA), (b, OLE), (a, MAJA)):
        summary = sync_once(store, url, who)
        assert summary.ok, summary.error


def agent_id(store: Store, email: str) -> uuid.UUID | None:
    with store.read() as session:
        return session.scalar(select(Agent.id).where(Agent.email == email))


def test_rules_macros_and_availability_travel_and_route_on_the_receiving_desk(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(
        server_url,
        MAJA.user,
        MAJA.password,
        name="Maja",
        email="maja@example.com",
        tiers=[1],
        teams=["Billing"],
    )
    add_agent(
        server_url,
        OLE.user,
        OLE.password,
        name="Ole",
        email="ole@example.com",
        role="supervisor",
        tiers=[1, 2],
        teams=["Billing"],
    )
    a, b = desktop("maja"), desktop("ole")
    settle(a, b, server_url)
    maja, ole = agent_id(a, "maja@example.com"), agent_id(b, "ole@example.com")
    with b.read() as session:
        billing = session.scalar(select(Team.id).where(Team.name == "Billing"))
    assert maja is not None and ole is not None and billing is not None

    # The supervisor sets up a rule and a macro on their desk; Maja says she is available on hers.
    RoutingService(b, clock, actor_id=ole).create(
        RuleDraft(
            "German invoices to Billing",
            Conditions.from_json({"languages": ["de"], "words": ["rechnung*"]}),
            Actions.from_json({"team": str(billing), "assignee": "least_loaded"}),
        )
    )
    MacroService(b, clock, actor_id=ole).create(
        MacroDraft(
            "Refund issued", Actions(status="pending", add_tags=("refund",)), scope="team", team_id=billing
        )
    )
    AvailabilityService(a, clock).set_status(maja, "available")
    settle(a, b, server_url)
    with a.read() as session:
        assert [r.name for r in session.scalars(select(RoutingRule))] == ["German invoices to Billing"]
        assert [m.name for m in session.scalars(select(Macro))] == ["Refund issued"]
    assert AvailabilityService(b, clock).status_of(maja).status == "available"

    # A German invoice arrives on Maja's desk: routed there, synced to Ole's.
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Hannah Müller", email="hannah@example.de", language="de")
    ref = inbox.create_conversation(
        customer, "email", "Rechnung doppelt", "Die Rechnung wurde doppelt abgebucht."
    )
    settle(a, b, server_url)
    with b.read() as session:
        conv = session.get(Conversation, ref.id)
        assert conv is not None and (conv.team_id, conv.assignee_id) == (billing, maja)
        by_rule = session.scalars(
            select(ConversationEvent.kind).where(ConversationEvent.conversation_id == ref.id)
        ).all()
        assert {"transfer", "assignment"} <= set(by_rule)
        assert session.scalars(select(SyncConflict)).all() == []


def test_an_agent_login_cannot_change_the_rules_on_the_server(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(server_url, MAJA.user, MAJA.password, name="Maja", email="maja@example.com", tiers=[1])
    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", role="supervisor")
    a, b = desktop("maja"), desktop("ole")
    settle(a, b, server_url)
    # Written past the desk's own check (as a one-person desk would): the server still refuses it.
    RoutingService(a, clock).create(RuleDraft("Sneaky", Conditions(), Actions(priority="urgent")))
    settle(a, b, server_url)
    with a.read() as session:
        refused = session.scalars(select(SyncConflict).where(SyncConflict.table_name == "routing_rule")).all()
        assert [c.kind for c in refused] == ["rejected"]
    with b.read() as session:
        assert session.scalars(select(RoutingRule)).all() == []
