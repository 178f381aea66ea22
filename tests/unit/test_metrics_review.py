# SPDX-License-Identifier: GPL-3.0-or-later
"""Queue review tools: bulk reassign, bulk tier and team changes, coaching notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.escalation.service import PermissionDenied
from agentdesk.inbox.directory import DirectoryService
from agentdesk.metrics.review import ReviewService
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, Message


@dataclass
class Queue:
    store: Store
    boss: ReviewService
    agent: ReviewService
    lea: uuid.UUID
    sam: uuid.UUID
    billing: uuid.UUID
    conversations: list[uuid.UUID]


@pytest.fixture
def queue(store: Store, clock: FixedClock) -> Queue:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    sam = directory.create_agent("Sam Berg", "sam@shop.test", tiers=[1, 2])
    pia = directory.create_agent("Pia Boss", "pia@shop.test", role="supervisor", tiers=[1])
    boss = ReviewService(store, clock, actor_id=pia)
    customer = boss.create_customer("Jens Hansen", email="jens@example.dk")
    convs = [boss.create_conversation(customer, "email", f"Question {i}", "Hello?").id for i in range(6)]
    for conv in convs:
        boss.assign(conv, lea)
    return Queue(store, boss, ReviewService(store, clock, actor_id=lea), lea, sam, billing, convs)


def events(store: Store, kind: str) -> list[ConversationEvent]:
    with store.read() as s:
        return list(s.scalars(select(ConversationEvent).where(ConversationEvent.kind == kind)))


def rows(store: Store, ids: list[uuid.UUID]) -> list[Conversation]:
    with store.read() as s:
        return [s.get_one(Conversation, i) for i in ids]


def test_a_supervisor_reassigns_five_conversations_with_an_event_each(queue: Queue) -> None:
    five = queue.conversations[:5]
    before = len(events(queue.store, "assignment"))
    result = queue.boss.bulk_reassign(five, queue.sam)
    assert len(result.changed) == 5 and result.message == "5 conversations changed."
    assert all(c.assignee_id == queue.sam for c in rows(queue.store, five))
    moved = [e for e in events(queue.store, "assignment")][before:]
    assert {e.conversation_id for e in moved} == set(five)
    assert all(e.data == {"from": str(queue.lea), "to": str(queue.sam)} for e in moved)
    assert rows(queue.store, queue.conversations[5:])[0].assignee_id == queue.lea
    # Again: nothing to change, nothing recorded.
    again = queue.boss.bulk_reassign(five, queue.sam)
    assert again.changed == () and len(again.unchanged) == 5


def test_bulk_actions_are_for_supervisors_only(queue: Queue) -> None:
    with pytest.raises(PermissionDenied, match="Only supervisors can reassign conversations in bulk"):
        queue.agent.bulk_reassign(queue.conversations[:2], queue.sam)
    with pytest.raises(PermissionDenied, match="Only supervisors can write coaching notes"):
        queue.agent.add_coaching_note(queue.conversations[0], "Well done.")


def test_one_closed_conversation_stops_the_whole_bulk_action(queue: Queue) -> None:
    closed = queue.conversations[2]
    queue.boss.set_status(closed, "solved")
    queue.boss.set_status(closed, "closed")
    number = rows(queue.store, [closed])[0].number
    before = len(events(queue.store, "assignment"))
    with pytest.raises(ValidationError, match=f"Nothing was changed: conversation #{number}: .*closed"):
        queue.boss.bulk_reassign(queue.conversations[:5], queue.sam)
    assert len(events(queue.store, "assignment")) == before
    assert all(c.assignee_id == queue.lea for c in rows(queue.store, queue.conversations[:2]))


def test_reassigning_to_an_agent_of_another_tier_is_refused(queue: Queue) -> None:
    queue.boss.bulk_set_tier(queue.conversations[:1], 2, "Needs L2.", reason="technical")
    with pytest.raises(ValidationError, match="Nothing was changed: .*Lea Wolf does not work tier 2"):
        queue.boss.bulk_reassign(queue.conversations[:2], queue.lea)


def test_bulk_tier_change_hands_over_with_notes(queue: Queue) -> None:
    three = queue.conversations[:3]
    result = queue.boss.bulk_set_tier(three, 2, "Billing system bug, L2 please.", reason="defect")
    assert len(result.changed) == 3
    assert all(c.tier == 2 and c.assignee_id is None for c in rows(queue.store, three))
    escalations = events(queue.store, "escalation")
    assert len(escalations) == 3 and all(e.data["reason"] == "defect" for e in escalations)
    with queue.store.read() as s:
        notes = s.scalars(select(Message).where(Message.direction == "note")).all()
    assert {n.conversation_id for n in notes} == set(three)
    back = queue.boss.bulk_set_tier(three, 1, "Fixed, please answer.")
    assert len(back.changed) == 3
    assert [e.data["reason"] for e in events(queue.store, "escalation")][3:] == ["returned"] * 3
    with pytest.raises(ValidationError, match="hand-off note is empty"):
        queue.boss.bulk_set_tier(three, 2, "  ")


def test_bulk_team_change_moves_to_the_team_queue(queue: Queue) -> None:
    two = queue.conversations[:2]
    queue.boss.bulk_set_team(two, queue.billing, "Billing question.")
    assert all(c.team_id == queue.billing and c.assignee_id is None for c in rows(queue.store, two))
    assert len(events(queue.store, "transfer")) == 2


def test_coaching_note_is_an_internal_note_marked_as_coaching(queue: Queue) -> None:
    conv = queue.conversations[0]
    note_id = queue.boss.add_coaching_note(conv, "Next time, offer the refund straight away.")
    with queue.store.read() as s:
        note = s.get_one(Message, note_id)
    assert note.direction == "note" and note.conversation_id == conv
    assert note.meta == {"coaching": True, "agent": str(queue.lea)}
    with pytest.raises(ValidationError, match="coaching note is empty"):
        queue.boss.add_coaching_note(conv, "")


def test_an_empty_selection_is_refused(queue: Queue) -> None:
    with pytest.raises(ValidationError, match="Choose at least one conversation"):
        queue.boss.bulk_reassign([], queue.sam)
