# SPDX-License-Identifier: GPL-3.0-or-later
"""Escalate, return, transfer and take: what they record, who may do them, and the tier times."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.escalation.service import (
    EscalationService,
    PermissionDenied,
    escalation_rate,
    ownership,
    ownership_by_tier,
    tier_path,
)
from agentdesk.inbox.directory import DirectoryService
from agentdesk.sla.calendar import BusinessCalendar
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import AutoEscalation, Policy
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, Message


@dataclass
class Team:
    store: Store
    clock: FixedClock
    first: EscalationService  # Lea works tier 1
    second: EscalationService  # Sam works tier 2
    boss: EscalationService  # a supervisor
    sam: uuid.UUID
    technical: uuid.UUID
    conversation: uuid.UUID


@pytest.fixture
def team(store: Store, clock: FixedClock) -> Team:
    directory = DirectoryService(store, clock)
    technical = directory.create_team("Technical")
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    sam = directory.create_agent("Sam Berg", "sam@shop.test", tiers=[2], team_id=technical)
    boss = directory.create_agent("Pia Boss", "pia@shop.test", role="supervisor", tiers=[1])
    first = EscalationService(store, clock, actor_id=lea)
    customer = first.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    conv = first.create_conversation(customer, "email", "App crashes on start", "Since the update.").id
    first.take(conv)
    return Team(
        store,
        clock,
        first,
        EscalationService(store, clock, actor_id=sam),
        EscalationService(store, clock, actor_id=boss),
        sam,
        technical,
        conv,
    )


def row(team: Team) -> Conversation:
    with team.store.read() as s:
        conv = s.get(Conversation, team.conversation)
        assert conv is not None
        return conv


def test_escalate_records_the_hand_off(team: Team) -> None:
    team.clock.advance(minutes=30)
    note_id = team.first.escalate(
        team.conversation,
        2,
        "technical",
        "Crash log attached; reinstall did not help.",
        team_id=team.technical,
    )
    conv = row(team)
    assert (conv.tier, conv.team_id, conv.assignee_id) == (2, team.technical, None)  # in the L2 queue
    with team.store.read() as s:
        note = s.get(Message, note_id)
        assert note is not None and note.direction == "note"
        assert note.body_text == "Crash log attached; reinstall did not help."
        kinds = {
            e.kind: e.data
            for e in s.scalars(
                select(ConversationEvent).where(ConversationEvent.conversation_id == team.conversation)
            )
        }
    assert kinds["escalation"] == {
        "from_tier": 1,
        "to_tier": 2,
        "reason": "technical",
        "note_id": str(note_id),
    }
    assert kinds["transfer"]["to_team"] == str(team.technical)


def test_escalation_needs_a_reason_a_note_and_a_higher_tier(team: Team) -> None:
    with pytest.raises(ValidationError, match="Reason must be one of"):
        team.first.escalate(team.conversation, 2, "bored", "note")
    with pytest.raises(ValidationError, match="hand-off note is empty"):
        team.first.escalate(team.conversation, 2, "technical", "  ")
    with pytest.raises(ValidationError, match="higher tier"):
        team.first.escalate(team.conversation, 1, "technical", "note")
    with pytest.raises(ValidationError, match="Reason must be one of"):  # only the SLA escalates for "sla"
        team.first.escalate(team.conversation, 2, "sla", "note")
    assert row(team).tier == 1


def test_second_level_takes_and_returns_with_tier_times(team: Team) -> None:
    created = row(team).created_at
    team.clock.advance(minutes=30)
    team.first.escalate(team.conversation, 2, "technical", "Needs a look at the logs.")
    team.clock.advance(minutes=45)
    team.second.take(team.conversation)
    assert row(team).assignee_id == team.sam
    team.clock.advance(minutes=15)
    team.second.return_to(team.conversation, 1, "Fixed in 4.2.1; please tell the customer.")
    team.clock.advance(minutes=10)
    assert row(team).tier == 1
    with team.store.read() as s:
        assert tier_path(s, team.conversation) == [1, 2, 1]
        spans = ownership(
            s,
            team.conversation,
            team.clock.now(),
            BusinessCalendar.from_dict(
                {
                    "timezone": "UTC",
                    "week": {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
                }
            ),
        )
    assert [(s.tier, s.start - created, s.calendar_minutes) for s in spans] == [
        (1, dt.timedelta(0), 30.0),
        (2, dt.timedelta(minutes=30), 60.0),
        (1, dt.timedelta(minutes=90), 10.0),
    ]
    assert ownership_by_tier(spans) == {1: (40.0, 40.0), 2: (60.0, 60.0)}


def test_business_time_of_a_tier_skips_closed_hours(team: Team) -> None:
    # Monday 2026-11-23 09:00 UTC: escalated at 16:00, returned next day 10:00; office 08–17.
    team.clock.advance(hours=7)
    team.first.escalate(team.conversation, 2, "technical", "Over to L2.")
    team.clock.advance(hours=18)
    team.second.return_to(team.conversation, 1, "Back to you.")
    office = BusinessCalendar.from_dict(
        {"timezone": "UTC", "week": {d: [["08:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}}
    )
    with team.store.read() as s:
        spans = ownership(s, team.conversation, team.clock.now(), office)
    tier2 = next(s for s in spans if s.tier == 2)
    assert tier2.calendar_minutes == 18 * 60
    assert tier2.business_minutes == 60 + 120  # 16–17 on Monday, 08–10 on Tuesday


def test_first_level_cannot_take_a_third_level_conversation(team: Team) -> None:
    team.boss.escalate(team.conversation, 3, "defect", "Looks like a defect in sync.")
    with pytest.raises(PermissionDenied, match="Lea Wolf works L1, so cannot take a tier 3 conversation"):
        team.first.take(team.conversation)
    with pytest.raises(PermissionDenied, match="cannot return"):
        team.first.return_to(team.conversation, 1, "mine now")
    assert row(team).assignee_id is None
    team.boss.take(team.conversation)  # supervisors may do everything


def test_assigning_on_escalation_needs_an_agent_of_that_tier(team: Team) -> None:
    with pytest.raises(PermissionDenied, match="does not work tier 3"):
        team.first.escalate(team.conversation, 3, "defect", "note", assignee_id=team.sam)
    team.first.escalate(team.conversation, 2, "technical", "For Sam.", assignee_id=team.sam)
    assert row(team).assignee_id == team.sam


def test_transfer_moves_to_the_team_queue(team: Team) -> None:
    team.first.transfer(team.conversation, team.technical, "Technical should look at this.")
    conv = row(team)
    assert conv.team_id == team.technical and conv.assignee_id is None and conv.tier == 1
    with pytest.raises(ValidationError, match="already with Technical"):
        team.first.transfer(team.conversation, team.technical)


def test_escalation_rate(team: Team, store: Store) -> None:
    customer = row(team).customer_id
    other = team.first.create_conversation(customer, "chat", "Question", "How do I export?").id
    team.first.escalate(team.conversation, 2, "technical", "Over.")
    team.second.return_to(team.conversation, 1, "Back.")
    start = team.clock.now() - dt.timedelta(days=1)
    with store.read() as s:
        assert escalation_rate(s, start, team.clock.now() + dt.timedelta(days=1)) == (2, 1, 0.5)
        assert escalation_rate(s, start - dt.timedelta(days=5), start) == (0, 0, 0.0)
    assert other != team.conversation


def test_an_automatic_escalation_counts_like_a_manual_one(team: Team, store: Store) -> None:
    rule = AutoEscalation.from_dict({"on": "breach", "targets": ["first_response"], "escalate": True})
    save_policy(store, Policy(name="All", first_response_minutes=30, auto_escalation=rule), team.clock.now())
    other = team.first.create_conversation(row(team).customer_id, "chat", "Question", "How do I export?").id
    team.clock.advance(minutes=31)
    team.first.set_priority(team.conversation, "high")  # any action notices the breach
    conv = row(team)
    assert conv.tier == 2 and conv.assignee_id is None  # out of Lea's hands, into the L2 queue
    team.clock.advance(minutes=10)
    team.second.take(team.conversation)  # tier 2 works it as any escalated conversation
    start = team.clock.now() - dt.timedelta(days=1)
    with store.read() as s:
        assert tier_path(s, team.conversation) == [1, 2]
        assert escalation_rate(s, start, team.clock.now() + dt.timedelta(days=1)) == (2, 1, 0.5)
        [tier1, tier2] = ownership(s, team.conversation, team.clock.now())
        assert (tier1.tier, tier2.tier) == (1, 2) and tier1.end == tier2.start
        assert tier1.calendar_minutes == 31 and tier2.calendar_minutes == 10
    assert other != team.conversation
