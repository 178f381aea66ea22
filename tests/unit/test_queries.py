# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-side queries of the conversation pane. The inbox list's views, pages and counts are tested
in ``test_views.py``."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from agentdesk.errors import NotFoundError
from agentdesk.ids import uuid7
from agentdesk.inbox import queries
from agentdesk.inbox.queries import EventEntry, InboxKey, MessageEntry
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Agent,
    Attachment,
    Conversation,
    ConversationEvent,
    Customer,
    Message,
    SurveyResponse,
    Team,
)

T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


# -- conversation detail ---------------------------------------------------------------------------


@pytest.fixture
def story(store: Store) -> dict[str, uuid.UUID]:
    """One customer with a worked conversation and two earlier ones, one rated."""
    ids: dict[str, uuid.UUID] = {}
    with store.write() as s:
        team = Team(id=uuid7(), name="Billing")
        maja = Agent(id=uuid7(), name="Maja Jensen", email="maja@shop.test")
        lukas = Agent(id=uuid7(), name="Lukas Becker", email="lukas@shop.test")
        jens = Customer(
            id=uuid7(),
            name="Jens Hansen",
            email="jens@example.dk",
            company="Hansen ApS",
            plan="premium",
            language="da",
        )
        s.add_all([team, maja, lukas, jens])
        s.flush()
        old = Conversation(
            id=uuid7(),
            number=1,
            customer_id=jens.id,
            channel="chat",
            subject="Where is my parcel?",
            status="closed",
            created_at=at(-3000),
            last_activity_at=at(-2900),
        )
        older = Conversation(
            id=uuid7(),
            number=2,
            customer_id=jens.id,
            channel="phone",
            subject="Invoice address",
            status="solved",
            created_at=at(-5000),
            last_activity_at=at(-4900),
        )
        conv = Conversation(
            id=uuid7(),
            number=3,
            customer_id=jens.id,
            channel="email",
            subject="Payment failed at checkout",
            status="open",
            priority="high",
            tier=2,
            team_id=team.id,
            assignee_id=lukas.id,
            tags=["payment"],
            created_at=at(0),
            last_activity_at=at(30),
            waiting_since=at(30),
        )
        s.add_all([old, older, conv])
        s.flush()
        s.add_all(
            [
                SurveyResponse(
                    id=uuid7(), conversation_id=old.id, kind="csat", score=3, created_at=at(-2800)
                ),
                SurveyResponse(
                    id=uuid7(), conversation_id=old.id, kind="csat", score=4, created_at=at(-2700)
                ),
                SurveyResponse(
                    id=uuid7(),
                    conversation_id=old.id,
                    kind="nps",
                    score=9,
                    scale_min=0,
                    scale_max=10,
                    created_at=at(-2700),
                ),
            ]
        )
        first = Message(
            id=uuid7(),
            conversation_id=conv.id,
            direction="inbound",
            channel="email",
            author_customer_id=jens.id,
            body_text="My card was declined twice.",
            created_at=at(0),
        )
        note = Message(
            id=uuid7(),
            conversation_id=conv.id,
            direction="note",
            channel="email",
            author_agent_id=maja.id,
            author_name="",
            body_text="Looks like the 3-D Secure step.",
            created_at=at(10),
        )
        reply = Message(
            id=uuid7(),
            conversation_id=conv.id,
            direction="outbound",
            channel="email",
            author_agent_id=lukas.id,
            author_name="Lukas Becker",
            body_text="Could you try again?",
            body_html="<p>Could you <b>try again</b>?</p>",
            created_at=at(20),
        )
        again = Message(
            id=uuid7(),
            conversation_id=conv.id,
            direction="inbound",
            channel="email",
            author_customer_id=jens.id,
            author_name="Jens Hansen",
            body_text="Still failing.",
            created_at=at(30),
        )
        s.add_all([first, note, reply, again])
        s.flush()
        s.add(Attachment(id=uuid7(), message_id=again.id, filename="screenshot.png", size=2048))
        s.add_all(
            [
                ConversationEvent(
                    id=uuid7(),
                    conversation_id=conv.id,
                    kind="created",
                    data={"channel": "email"},
                    created_at=at(0),
                ),
                ConversationEvent(
                    id=uuid7(),
                    conversation_id=conv.id,
                    kind="escalation",
                    actor_agent_id=maja.id,
                    data={"from_tier": 1, "to_tier": 2, "reason": "Card issuer problem"},
                    created_at=at(10),
                ),
                ConversationEvent(
                    id=uuid7(),
                    conversation_id=conv.id,
                    kind="assignment",
                    actor_agent_id=maja.id,
                    data={"from": str(maja.id), "to": str(lukas.id)},
                    created_at=at(11),
                ),
                ConversationEvent(
                    id=uuid7(),
                    conversation_id=conv.id,
                    kind="status",
                    actor_agent_id=lukas.id,
                    data={"from": "new", "to": "open"},
                    created_at=at(20),
                ),
            ]
        )
        ids.update(conv=conv.id, old=old.id, older=older.id, maja=maja.id, lukas=lukas.id)
    return ids


def test_detail_by_number_and_by_id_agree(store: Store, story: dict[str, uuid.UUID]) -> None:
    by_number = queries.conversation_detail(store, 3)
    assert queries.conversation_detail(store, story["conv"]) == by_number
    assert by_number.subject == "Payment failed at checkout"
    assert (by_number.status, by_number.priority, by_number.tier) == ("open", "high", 2)
    assert (by_number.assignee_name, by_number.team_name) == ("Lukas Becker", "Billing")
    c = by_number.customer
    assert (c.name, c.email, c.plan, c.language, c.company) == (
        "Jens Hansen",
        "jens@example.dk",
        "premium",
        "da",
        "Hansen ApS",
    )
    assert by_number.key == InboxKey(True, at(30), story["conv"])


def test_timeline_merges_messages_and_events_oldest_first(store: Store, story: dict[str, uuid.UUID]) -> None:
    timeline = queries.conversation_detail(store, 3).timeline
    kinds = [e.direction if isinstance(e, MessageEntry) else e.kind for e in timeline]
    assert kinds == [
        "created",
        "inbound",
        "note",
        "escalation",
        "assignment",
        "outbound",
        "status",
        "inbound",
    ]
    messages = [e for e in timeline if isinstance(e, MessageEntry)]
    # Author names resolved from the customer or agent when the row does not carry one.
    assert [m.author_name for m in messages] == ["Jens Hansen", "Maja Jensen", "Lukas Becker", "Jens Hansen"]
    assert messages[1].by_agent and not messages[0].by_agent
    assert messages[3].attachments[0].filename == "screenshot.png"
    assignment = next(e for e in timeline if isinstance(e, EventEntry) and e.kind == "assignment")
    assert assignment.actor_name == "Maja Jensen"
    assert assignment.name_of(assignment.data["to"]) == "Lukas Becker"
    assert assignment.name_of(assignment.data["from"]) == "Maja Jensen"


def test_other_conversations_newest_first_with_csat(store: Store, story: dict[str, uuid.UUID]) -> None:
    detail = queries.conversation_detail(store, 3)
    others = detail.other_conversations
    assert [o.number for o in others] == [1, 2] and detail.other_conversations_total == 2
    assert others[0].csat is not None and others[0].csat.score == 4  # the latest CSAT answer
    assert others[0].csat.share == pytest.approx(0.75)
    assert others[1].csat is None


def test_missing_conversation_is_a_readable_error(store: Store, story: dict[str, uuid.UUID]) -> None:
    with pytest.raises(NotFoundError, match="#99 does not exist"):
        queries.conversation_detail(store, 99)
    with pytest.raises(NotFoundError):
        queries.conversation_detail(store, uuid.uuid4())
