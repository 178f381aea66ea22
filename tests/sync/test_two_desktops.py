# SPDX-License-Identifier: GPL-3.0-or-later
"""Two desktops (two local databases) and one server: changes travel and merge as DESIGN.md §5 says."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Message, SyncConflict
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import SyncSummary, sync_once
from agentdesk.sync.server import add_agent
from agentdesk.sync.tables import SYNCED_TABLES, table

pytestmark = pytest.mark.server

ANNA = Credentials("two_anna", "anna-pw")
OLE = Credentials("two_ole", "ole-pw")


@pytest.fixture
def pair(server_url: str, desktop: Callable[[str], Store]) -> tuple[Store, Store]:
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@example.com", tiers=[1, 2, 3])
    add_agent(
        server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", role="supervisor", tiers=[1]
    )
    return desktop("a"), desktop("b")


def synced(store: Store, url: str, who: Credentials) -> SyncSummary:
    summary = sync_once(store, url, who)
    assert summary.ok, summary.error
    return summary


def settle(a: Store, b: Store, url: str) -> None:
    for store, who in ((a, ANNA), (b, OLE), (a, ANNA)):
        synced(store, url, who)


def local_rows(store: Store, name: str) -> dict[str, dict[str, Any]]:
    t = table(name)
    with store.engine.connect() as conn:
        rows = conn.execute(select(t)).all()
    return {str(r.id): {k: v for k, v in r._mapping.items()} for r in rows}


def server_rows(url: str, name: str) -> dict[str, dict[str, Any]]:
    t = table(name)
    columns = ", ".join(c.name for c in t.columns)
    with connect(url) as conn:
        rows = conn.execute(f"SELECT {columns} FROM {name}").fetchall()  # fixed table names, no input
    out = {}
    for r in rows:
        values = {}
        for c in t.columns:
            value = r[c.name]
            if isinstance(value, dt.datetime):  # the server's times are naive UTC
                value = value.replace(tzinfo=dt.UTC)
            values[c.name] = value
        out[str(r["id"])] = values
    return out


def assert_identical(a: Store, b: Store, url: str, *, a_is_an_agent: bool = False) -> None:
    for name in SYNCED_TABLES:
        on_server = server_rows(url, name)
        # An agent's desk (Anna's): the audit log reaches supervisors' and admins' desks only.
        hidden = a_is_an_agent and name == "audit_entry"
        assert local_rows(a, name) == ({} if hidden else on_server), name
        assert local_rows(b, name) == on_server, name
    assert outbox.pending_count(a) == outbox.pending_count(b) == 0


def start_conversation(a: Store, b: Store, url: str, clock: FixedClock) -> uuid.UUID:
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    ref = inbox.create_conversation(customer, "email", "Payment failed", "The card was declined.")
    settle(a, b, url)
    return ref.id


def test_a_reply_written_on_a_appears_on_b(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    conversation = start_conversation(a, b, server_url, clock)
    clock.advance(minutes=5)
    reply = InboxService(a, clock).reply(conversation, "We are on it.")
    sent = synced(a, server_url, ANNA)
    assert sent.pushed >= 2  # the message, the conversation's changes (and the status event)
    received = synced(b, server_url, OLE)
    assert received.pulled >= 2
    with b.read() as session:
        message = session.get(Message, reply)
        assert message is not None and message.body_text == "We are on it."
        conv = session.get(Conversation, conversation)
        assert conv is not None and conv.status == "open" and conv.number == 1 and conv.rev is not None
    settle(a, b, server_url)
    assert_identical(a, b, server_url, a_is_an_agent=True)  # Anna


def merge_story(url: str, row_id: uuid.UUID, *stores: Store) -> str:
    """What the server decided about one row, for a failure message: its field clocks and every
    conflict as the server's owner sees them (an agent's copy shows only the conflicts it lost),
    and what each desktop still has queued."""
    with connect(url) as conn:
        clocks = conn.execute(
            "SELECT field, rev, hlc, device_id FROM sync_field_clock WHERE row_id = %s ORDER BY rev",
            (row_id,),
        ).fetchall()
        conflicts = conn.execute(
            "SELECT table_name, field, kind, lost_by, detail FROM sync_conflict ORDER BY created_at"
        ).fetchall()
    queued = {}
    for store in stores:
        with store.engine.connect() as conn:
            queued[store.path.stem] = [
                (r.table_name, r.op, sorted(r.fields), r.base_rev)
                for r in conn.execute(select(outbox.outbox_table))
            ]
    return f"field clocks {clocks}; conflicts {conflicts}; queued {queued}"


def test_offline_edits_of_different_fields_both_apply(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    conversation = start_conversation(a, b, server_url, clock)
    clock.advance(minutes=1)
    InboxService(a, clock).set_priority(conversation, "urgent")
    InboxService(b, clock).set_follow_up(conversation, clock.now().replace(year=2027))
    settle(a, b, server_url)
    assert_identical(a, b, server_url, a_is_an_agent=True)  # Anna
    with a.read() as session:
        conflicts = [(c.table_name, c.field, c.kind, c.detail) for c in session.scalars(select(SyncConflict))]
        assert conflicts == []  # first: a refusal here would also explain a missing value below
        conv = session.get(Conversation, conversation)
        assert conv is not None
        assert (conv.priority, conv.follow_up_at is not None) == ("urgent", True), merge_story(
            server_url, conversation, a, b
        )


def test_offline_edits_of_the_same_field_keep_the_later_and_record_the_other(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    conversation = start_conversation(a, b, server_url, clock)
    InboxService(a, clock).set_priority(conversation, "high")
    InboxService(b, clock).set_priority(conversation, "low")  # B's clock stamp is later
    settle(a, b, server_url)
    assert_identical(a, b, server_url, a_is_an_agent=True)  # Anna
    with b.read() as session:
        conv = session.get(Conversation, conversation)
        assert conv is not None and conv.priority == "low"
        conflicts = session.scalars(select(SyncConflict)).all()
    assert [(c.field, c.kind, c.kept_value, c.lost_value) for c in conflicts] == [
        ("priority", "field", "low", "high")
    ]
    # Both priority events are kept: the audit trail shows what each agent did.
    events = local_rows(a, "conversation_event")
    assert sorted(e["data"]["to"] for e in events.values() if e["kind"] == "priority") == ["high", "low"]


def test_both_reply_offline_and_no_message_is_lost_or_doubled(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    conversation = start_conversation(a, b, server_url, clock)
    clock.advance(minutes=2)
    InboxService(a, clock).reply(conversation, "Reply from A")
    clock.advance(minutes=1)
    InboxService(b, clock).reply(conversation, "Reply from B")
    InboxService(b, clock).tag(conversation, add=["billing"])
    InboxService(a, clock).tag(conversation, add=["card"])
    settle(a, b, server_url)
    assert_identical(a, b, server_url, a_is_an_agent=True)  # Anna
    with a.read() as session:
        bodies = sorted(
            session.scalars(select(Message.body_text).where(Message.conversation_id == conversation))
        )
        conv = session.get(Conversation, conversation)
        assert conv is not None
    assert bodies == ["Reply from A", "Reply from B", "The card was declined."]
    assert conv.message_count == 3
    assert conv.tags == ["billing", "card"]


def test_a_lost_claim_is_recorded_as_taken(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    conversation = start_conversation(a, b, server_url, clock)
    anna = local_rows(a, "agent")
    anna_id = next(uuid.UUID(k) for k, v in anna.items() if v["email"] == "anna@example.com")
    ole_id = next(uuid.UUID(k) for k, v in anna.items() if v["email"] == "ole@example.com")
    InboxService(b, clock, actor_id=ole_id).assign(conversation, ole_id)
    synced(b, server_url, OLE)
    InboxService(a, clock, actor_id=anna_id).assign(conversation, anna_id)  # A had not seen B's claim
    settle(a, b, server_url)
    assert_identical(a, b, server_url, a_is_an_agent=True)  # Anna
    with a.read() as session:
        conv = session.get(Conversation, conversation)
        assert conv is not None and conv.assignee_id == ole_id
        conflict = session.scalars(select(SyncConflict)).one()
    assert (conflict.kind, conflict.kept_value, conflict.lost_value) == (
        "assignment",
        str(ole_id),
        str(anna_id),
    )
    assert conflict.lost_by == ANNA.user


def test_the_same_team_made_on_two_desktops_becomes_one(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    """Two admins each make a team "Returns" offline (team names are unique) and file a
    conversation under it: the server keeps the first team, the other desktop's team folds into
    it, and what pointed at it follows."""
    from agentdesk.store.models import Team

    first, second = Credentials("fold_eva", "e"), Credentials("fold_max", "m")
    for who in (first, second):
        add_agent(server_url, who.user, who.password, name=who.user, email=f"{who.user}@x.com", role="admin")
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    conversation = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Parcel", "Where?").id
    for store, who in ((a, first), (b, second), (a, first)):
        synced(store, server_url, who)
    made = {}
    for store in (a, b):
        with store.write() as session:
            team = Team(name="Returns", description=f"made on {store.path.stem}")
            session.add(team)
            session.flush()
            made[store.path.stem] = team.id
            if store is b:
                conv = session.get(Conversation, conversation)
                assert conv is not None
                conv.team_id = team.id
    synced(a, server_url, first)
    pushed = synced(b, server_url, second)
    # B's team (the name is taken) is refused; the filing under it cannot point at a team the server
    # refused, so it is kept aside as a conflict; the pull folds B's team into A's and queues the
    # filing again, now under A's team.
    assert (pushed.rejected, pushed.conflicts, pushed.pending) == (1, 1, 1)
    for store, who in ((a, first), (b, second), (a, first)):
        synced(store, server_url, who)
    assert_identical(a, b, server_url)  # two admins
    with b.read() as session:
        teams = session.scalars(select(Team)).all()
        assert [(t.name, t.id) for t in teams] == [("Returns", made["a"])]
        conv = session.get(Conversation, conversation)
        assert conv is not None and conv.team_id == made["a"]  # B's filing followed the fold
        refused = session.scalars(select(SyncConflict).order_by(SyncConflict.table_name)).all()
        assert [(c.table_name, c.kind, c.field) for c in refused] == [
            ("conversation", "field", "team_id"),
            ("team", "rejected", ""),
        ]
        assert (
            refused[0].lost_value == str(made["b"])
            and refused[0].detail == "points at a row the server refused"
        )
        assert refused[1].lost_value["fields"]["name"] == {"value": "Returns"}


def test_a_change_to_a_conversation_no_longer_visible_is_kept_as_refused(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    conversation = start_conversation(a, b, server_url, clock)
    with connect(server_url) as conn, conn.transaction():  # the admin moves it to a team Anna is not in
        conn.execute(
            "INSERT INTO team (id, name, description, updated_at) VALUES (%s, 'vip', '', now())",
            (uuid.uuid4(),),
        )
        conn.execute("UPDATE conversation SET team_id = (SELECT id FROM team WHERE name = 'vip')")
    InboxService(a, clock).set_priority(conversation, "urgent")
    summary = synced(a, server_url, ANNA)
    assert summary.rejected >= 1
    with a.read() as session:
        refused = session.scalars(select(SyncConflict).where(SyncConflict.table_name == "conversation")).all()
    assert [(c.kind, c.lost_by) for c in refused] == [("rejected", ANNA.user)]
    assert refused[0].lost_value["fields"]["priority"] == {"value": "urgent", "base": "normal"}
    assert "not on the server" in refused[0].detail
