# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-side queries: keyset paging across both parts of the inbox order, plans, conversation detail."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass

import pytest

from agentdesk.errors import NotFoundError
from agentdesk.ids import uuid7
from agentdesk.inbox import queries
from agentdesk.inbox.queries import EventEntry, InboxKey, InboxRow, MessageEntry
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


@dataclass(frozen=True)
class Spec:
    status: str
    waiting: int | None  # minutes after T0, None when nobody waits
    activity: int
    deleted: bool = False


# Ties on purpose: several rows share a waiting time or an activity time, so ``id`` must decide.
SPECS = [
    Spec("open", 10, 30),
    Spec("new", 10, 12),
    Spec("new", 10, 11),
    Spec("on_hold", 5, 50),
    Spec("open", 200, 200),
    Spec("pending", None, 90),
    Spec("pending", None, 90),
    Spec("open", None, 300),
    Spec("on_hold", None, 40),
    Spec("open", None, 90),
    Spec("new", 1, 1, deleted=True),
    Spec("solved", None, 500),
    Spec("closed", None, 20),
    Spec("solved", None, 90),
    Spec("open", 7, 7),
    Spec("pending", None, 5),
]


@pytest.fixture
def inbox(store: Store) -> list[Conversation]:
    """The SPECS as conversations, ids deliberately not in creation order."""
    made: list[Conversation] = []
    with store.write() as s:
        customer = Customer(id=uuid7(), name="Anna Müller", email="anna@example.de", language="de")
        agent = Agent(id=uuid7(), name="Maja Jensen", email="maja@shop.test")
        s.add_all([customer, agent])
        s.flush()
        for number, spec in enumerate(SPECS, start=1):
            conv = Conversation(
                id=uuid.UUID(int=(number * 7919 % 101) << 64 | number),
                number=number,
                customer_id=customer.id,
                channel="email",
                subject=f"Subject {number}",
                status=spec.status,
                assignee_id=agent.id if number % 2 else None,
                created_at=at(0),
                updated_at=at(0),
                waiting_since=None if spec.waiting is None else at(spec.waiting),
                last_activity_at=at(spec.activity),
                deleted_at=at(600) if spec.deleted else None,
            )
            s.add(conv)
            made.append(conv)
    return made


def expected_order(convs: list[Conversation], include_closed: bool = False) -> list[uuid.UUID]:
    statuses = {"new", "open", "pending", "on_hold"} | ({"solved", "closed"} if include_closed else set())
    live = [c for c in convs if c.deleted_at is None and c.status in statuses]
    waiting = sorted((c for c in live if c.waiting_since), key=lambda c: (c.waiting_since, c.id))
    rest = sorted(
        (c for c in live if not c.waiting_since), key=lambda c: (c.last_activity_at, c.id), reverse=True
    )
    return [c.id for c in waiting + rest]


def read_all(store: Store, limit: int, include_closed: bool = False) -> list[InboxRow]:
    rows: list[InboxRow] = []
    after: InboxKey | None = None
    for _ in range(100):
        page = queries.inbox_page(store, after, limit, include_closed=include_closed)
        assert len(page) <= limit
        rows.extend(page)
        if len(page) < limit:
            return rows
        after = page[-1].key
    raise AssertionError("paging did not end")


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 5, 7, 50])
def test_pages_cover_both_parts_once_in_order(store: Store, inbox: list[Conversation], limit: int) -> None:
    rows = read_all(store, limit)
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)), "a row came twice"
    assert ids == expected_order(inbox)
    # The waiting part comes first, longest waiting at the top.
    assert rows[0].number == 4 and rows[0].awaiting_reply
    flags = [r.awaiting_reply for r in rows]
    assert flags == sorted(flags, reverse=True)


@pytest.mark.parametrize("limit", [1, 3, 6])
def test_include_closed_lists_every_status(store: Store, inbox: list[Conversation], limit: int) -> None:
    rows = read_all(store, limit, include_closed=True)
    assert [r.id for r in rows] == expected_order(inbox, include_closed=True)
    assert {"solved", "closed"} <= {r.status for r in rows}


def test_page_boundary_at_the_end_of_the_waiting_part(store: Store, inbox: list[Conversation]) -> None:
    waiting = [c for c in expected_order(inbox) if next(x for x in inbox if x.id == c).waiting_since]
    first = queries.inbox_page(store, None, len(waiting))
    assert [r.id for r in first] == waiting and first[-1].key.waiting
    second = queries.inbox_page(store, first[-1].key, 2)
    assert [r.awaiting_reply for r in second] == [False, False]
    assert second[0].id == expected_order(inbox)[len(waiting)]


def test_row_carries_what_the_list_shows(store: Store, inbox: list[Conversation]) -> None:
    row = queries.inbox_page(store, None, 1)[0]
    assert row.customer_name == "Anna Müller" and row.subject == "Subject 4"
    assert row.assignee_name is None and row.waiting_since == at(5)
    assert row.key == InboxKey(True, at(5), row.id)
    assert queries.inbox_page(store, None, 0) == []


def test_count_matches_the_pages(store: Store, inbox: list[Conversation]) -> None:
    counts = queries.count(store)
    assert counts.total == len(expected_order(inbox)) == len(read_all(store, 4))
    assert counts.waiting == 6
    assert queries.count(store, include_closed=True).total == counts.total + 3


# Statistics of a 200,000-conversation workspace, so the planner chooses as it would there.
BIG_STATS = [
    ("conversation", "ix_conversation_status_waiting", "200000 33334 12 1"),
    ("conversation", "ix_conversation_status_activity", "200000 33334 1 1"),
    ("conversation", "ix_conversation_activity", "200000 2 1"),
    ("conversation", "ix_conversation_customer", "200000 5 1"),
    ("conversation", "ix_conversation_tier_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_assignee_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_channel_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_team_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_due", "200000 33334 33334 1"),
    ("conversation", "sqlite_autoindex_conversation_1", "200000 1"),
    ("customer", "sqlite_autoindex_customer_1", "50000 1"),
    ("customer", "ix_customer_name", "50000 1"),
    ("customer", "ix_customer_email", "50000 1"),
    ("agent", "sqlite_autoindex_agent_1", "40 1"),
    ("agent", "sqlite_autoindex_agent_2", "40 1"),
]


@pytest.mark.parametrize("stats", [False, True], ids=["no-stats", "200k-stats"])
@pytest.mark.parametrize("include_closed", [False, True])
def test_page_plans_read_the_indexes_in_order(
    store: Store, inbox: list[Conversation], stats: bool, include_closed: bool
) -> None:
    if stats:
        with contextlib.closing(store.raw()) as conn:
            conn.execute("ANALYZE")
            conn.execute("DELETE FROM sqlite_stat1")
            conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", BIG_STATS)
        store.engine.dispose()  # statistics are read when a connection opens
    keys = [
        None,
        InboxKey(True, at(10), uuid.UUID(int=0)),
        InboxKey(False, at(90), uuid.UUID(int=2**127)),
    ]
    for key in keys:
        plan = queries.explain_inbox_page(store, key, include_closed=include_closed)
        text = "\n".join(plan)
        assert "TEMP B-TREE" not in text, text
        assert "SCAN" not in text, text
        searches = [line for line in plan if line.startswith("SEARCH conversation")]
        assert searches and all(
            "ix_conversation_status_waiting" in line or "ix_conversation_status_activity" in line
            for line in searches
        ), text


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
