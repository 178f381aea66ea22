# SPDX-License-Identifier: GPL-3.0-or-later
"""Push idempotence, pull ordering and resumption, and errors in plain words."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Base, Conversation, Customer, Message, SyncCursor
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import status, sync_once
from agentdesk.sync.pull import pull
from agentdesk.sync.push import Mutation, apply_mutation, pending, push
from agentdesk.sync.server import init_server

pytestmark = pytest.mark.server


def count(store: Store, model: type) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def server_count(url: str, name: str) -> int:
    with connect(url) as conn:
        row = conn.execute(f"SELECT count(*) AS n FROM {name}").fetchone()  # fixed table names, no input
    assert row is not None
    return int(row["n"])


class Crash(Exception):
    pass


def test_a_push_replayed_after_a_crash_applies_nothing_twice(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a = desktop("a")
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Jens Hansen")
    ref = inbox.create_conversation(customer, "email", "Payment failed", "Declined.")
    inbox.reply(ref.id, "On it.")
    queued = pending(a, 1000)

    def crash(m: Mutation) -> None:
        if m.table_name == "message":
            raise Crash  # the server committed, the client never recorded it

    with connect(server_url) as conn, pytest.raises(Crash):
        push(a, conn, after_commit=crash)
    left = pending(a, 1000)
    assert left and left[0].table_name == "message" and len(left) < len(queued)
    with connect(server_url) as conn:
        result = push(a, conn)
        assert result.replayed == 1
        # Replaying every mutation by hand (as a restored backup would) is a no-op.
        assert {apply_mutation(conn, m) for m in queued} == {"replayed"}
    assert outbox.pending_count(a) == 0
    assert server_count(server_url, "message") == 2
    assert status(a).last_push_at is not None
    assert server_count(server_url, "conversation_event") == count(a, type_of("conversation_event"))
    with connect(server_url) as conn:
        applied = conn.execute("SELECT count(*) AS n FROM sync_applied").fetchone()
    assert applied is not None and applied["n"] == len(queued)


def type_of(name: str) -> type:
    return next(m.class_ for m in Base.registry.mappers if m.local_table.name == name)


def test_conversations_made_offline_on_two_desktops_get_server_numbers(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    for store, who in ((a, "Anna"), (b, "Bo")):
        inbox = InboxService(store, clock)
        inbox.create_conversation(inbox.create_customer(who), "chat", f"From {who}", "Hello")
    for store in (a, b, a):
        assert sync_once(store, server_url, admin).ok
    for store in (a, b):
        with store.read() as session:
            numbers = sorted(session.scalars(select(Conversation.number)))
        assert numbers == [1, 2]


def test_an_interrupted_pull_resumes_without_loss(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    for n in range(12):
        inbox.create_customer(f"Customer {n}")
    assert sync_once(a, server_url, admin).ok

    def interrupt(table: str, rows: int) -> None:
        if table == "customer":
            raise ConnectionError("network gone")

    with connect(server_url) as conn, pytest.raises(ConnectionError):
        pull(b, conn, page_size=5, on_page=interrupt)
    assert count(b, Customer) == 5  # the first page and its cursor, nothing half-way
    with b.read() as session:
        cursor = session.get(SyncCursor, "customer")
        assert cursor is not None and cursor.rev > 0
    with connect(server_url) as conn:
        result = pull(b, conn, page_size=5)
    assert count(b, Customer) == 12
    assert result.rows == 7
    assert outbox.pending_count(b) == 0  # applying pulled rows records nothing to push


def test_a_transaction_that_commits_late_is_not_skipped(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    inbox.create_customer("Early")
    assert sync_once(a, server_url, admin).ok
    assert sync_once(b, server_url, admin).ok  # b's first sync is a bulk copy: the pull follows it
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    slow = psycopg.connect(plain)
    try:
        # A transaction takes its revision first and commits last.
        slow.execute(
            "INSERT INTO customer (id, name, other_emails, plan, language, notes, created_at, updated_at)"
            " VALUES (gen_random_uuid(), 'Slow', '[]', 'standard', 'en', '', now(), now())"
        )
        inbox.create_customer("Quick")
        assert sync_once(a, server_url, admin).ok
        assert sync_once(b, server_url, admin).ok
        with b.read() as session:
            names = set(session.scalars(select(Customer.name)))
        assert "Early" in names
        assert "Quick" not in names  # held back: written after the oldest transaction still running
    finally:
        slow.commit()
        slow.close()
    assert sync_once(b, server_url, admin).ok
    with b.read() as session:
        names = set(session.scalars(select(Customer.name)))
    assert {"Early", "Slow", "Quick"} <= names


def test_an_unreachable_server_is_told_in_plain_words(
    desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a = desktop("a")
    InboxService(a, clock).create_customer("Offline")
    summary = sync_once(a, "postgresql://127.0.0.1:1/agentdesk", Credentials("anna", "pw"))
    assert not summary.ok
    assert summary.error == "Server unreachable — 1 change is kept and will be sent when it is back."
    assert summary.pending == 1
    assert status(a).pending == 1 and status(a).last_push_at is None


def test_a_database_that_is_not_a_server_is_refused_plainly(
    postgres_url: str, desktop: Callable[[str], Store], admin: Credentials
) -> None:
    summary = sync_once(desktop("a"), postgres_url, admin)
    assert summary.error is not None and "server init" in summary.error


def test_a_replica_refuses_a_second_server(
    server_url: str, pg_cluster: str, desktop: Callable[[str], Store], admin: Credentials
) -> None:
    a = desktop("a")
    assert sync_once(a, server_url, admin).ok
    name = f"other_{uuid.uuid4().hex[:8]}"
    plain = pg_cluster.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    other = f"{pg_cluster}/{name}"
    init_server(other)
    summary = sync_once(a, other, admin)
    assert summary.error is not None and "another server" in summary.error


def test_live_edits_during_a_pull_keep_their_local_value(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    inbox_a = InboxService(a, clock)
    ref = inbox_a.create_conversation(inbox_a.create_customer("Kim"), "email", "Subject", "Body")
    assert sync_once(a, server_url, admin).ok
    assert sync_once(b, server_url, admin).ok
    inbox_a.set_priority(ref.id, "urgent")
    assert sync_once(a, server_url, admin).ok
    InboxService(b, clock).set_priority(ref.id, "low")  # not pushed yet
    with connect(server_url) as conn:
        pull(b, conn)
    with b.read() as session:
        conv = session.get(Conversation, ref.id)
        assert conv is not None and conv.priority == "low"  # the pending change is not overwritten
    assert outbox.pending_count(b) >= 1
    assert sync_once(b, server_url, admin).ok
    assert sync_once(a, server_url, admin).ok
    with a.read() as session:
        conv_a = session.get(Conversation, ref.id)
    with b.read() as session:
        conv_b = session.get(Conversation, ref.id)
        assert count(b, Message) == 1
    assert conv_a is not None and conv_b is not None and conv_a.priority == conv_b.priority == "low"
