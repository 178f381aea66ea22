# SPDX-License-Identifier: GPL-3.0-or-later
"""The queue dashboard: its numbers, and the conversations behind each of them."""

from __future__ import annotations

import datetime as dt

import pytest

from agentdesk.clock import FixedClock
from agentdesk.escalation.service import EscalationService
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.views import View
from agentdesk.metrics.dashboard import (
    ConversationFilter,
    conversation_ids,
    count_conversations,
    queue_dashboard,
)
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import Policy
from agentdesk.store.database import Store


@pytest.fixture
def board(store: Store, clock: FixedClock) -> dict[str, object]:
    save_policy(store, Policy(name="All", first_response_minutes=60), clock.now())
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    sam = directory.create_agent("Sam Berg", "sam@shop.test", tiers=[2], team_id=billing)
    directory.create_agent("Idle Ida", "ida@shop.test", tiers=[1])
    desk = EscalationService(store, clock, actor_id=lea)
    anna = desk.create_customer("Anna Müller", email="anna@example.de")
    ben = desk.create_customer("Ben Jones", email="ben@example.com")
    oldest = desk.create_conversation(anna, "email", "Oldest", "Waiting longest.").id  # 09:00
    clock.advance(minutes=30)
    chat = desk.create_conversation(ben, "chat", "Chat", "Hi?").id  # 09:30
    desk.take(chat)
    clock.advance(minutes=5)
    escalated = desk.create_conversation(ben, "email", "Bug", "Broken.").id  # 09:35
    desk.take(escalated)
    desk.escalate(escalated, 2, "technical", "For L2.", team_id=billing, assignee_id=sam)
    answered = desk.create_conversation(anna, "email", "Answered", "Thanks?").id
    desk.reply(answered, "Sure.", status_after="pending")
    solved = desk.create_conversation(anna, "email", "Done", "Done?").id
    desk.reply(solved, "Yes.", status_after="solved")
    clock.set(dt.datetime(2026, 11, 23, 10, 10, tzinfo=dt.UTC))
    # At 10:10: "oldest" (due 10:00) is breached, "chat" (due 10:30) and "escalated" (10:35) due soon.
    return {
        "lea": lea,
        "sam": sam,
        "billing": billing,
        "oldest": oldest,
        "chat": chat,
        "escalated": escalated,
    }


def test_backlog_by_tier_team_status_and_channel(
    store: Store, clock: FixedClock, board: dict[str, object]
) -> None:
    d = queue_dashboard(store, clock.now())
    assert d.backlog.value == 4  # the solved one is not backlog
    assert [(f.label, f.value) for f in d.by_tier] == [("Tier 1", 3), ("Tier 2", 1), ("Tier 3", 0)]
    assert [(f.label, f.value) for f in d.by_team] == [("Billing", 1), ("No team", 3)]
    assert {f.label: f.value for f in d.by_status} == {
        "New": 2,
        "Open": 1,
        "Pending": 1,
        "On hold": 0,
    }
    assert [(f.label, f.value) for f in d.by_channel] == [("Email", 3), ("Chat", 1)]
    assert d.unassigned.value == 2
    assert d.open_sync_conflicts == 0 and d.sync_conflicts_tracked is True  # none in a local workspace


def test_due_soon_breached_and_oldest_waiting(
    store: Store, clock: FixedClock, board: dict[str, object]
) -> None:
    d = queue_dashboard(store, clock.now())
    assert d.breached.value == 1 and d.breached.filter.view is View.BREACHED
    assert conversation_ids(store, d.breached.filter) == [board["oldest"]]
    assert d.due_soon.value == 2
    assert set(conversation_ids(store, d.due_soon.filter)) == {board["chat"], board["escalated"]}
    first = d.oldest_waiting[0]
    assert (first.customer_name, first.subject, first.waited_minutes) == ("Anna Müller", "Oldest", 70)


def test_load_per_agent_and_escalation_rate(
    store: Store, clock: FixedClock, board: dict[str, object]
) -> None:
    d = queue_dashboard(store, clock.now())
    loads = {a.name: a for a in d.agent_load}
    assert loads["Lea Wolf"].active.value == 1 and loads["Lea Wolf"].by_status["new"] == 1
    assert loads["Sam Berg"].active.value == 1
    assert loads["Idle Ida"].active.value == 0  # an agent with nothing is shown too
    assert conversation_ids(store, loads["Sam Berg"].active.filter) == [board["escalated"]]
    assert d.escalation.created == 5 and d.escalation.escalated.value == 1
    assert d.escalation.rate == pytest.approx(0.2)
    assert conversation_ids(store, d.escalation.escalated.filter) == [board["escalated"]]


def test_every_number_clicks_through_to_as_many_conversations(
    store: Store, clock: FixedClock, board: dict[str, object]
) -> None:
    d = queue_dashboard(store, clock.now())
    figures = [
        d.backlog,
        d.unassigned,
        d.due_soon,
        d.breached,
        *d.by_tier,
        *d.by_team,
        *d.by_status,
        *d.by_channel,
    ]
    figures += (
        [a.active for a in d.agent_load] + [a.breached for a in d.agent_load] + [d.escalation.escalated]
    )
    for figure in figures:
        assert count_conversations(store, figure.filter) == figure.value, figure.filter.description
        assert figure.filter.description


def test_an_empty_workspace_has_an_empty_dashboard(store: Store, clock: FixedClock) -> None:
    d = queue_dashboard(store, clock.now())
    assert d.backlog.value == 0 and d.oldest_waiting == () and d.escalation.rate is None
    assert conversation_ids(store, ConversationFilter("all active")) == []
