# SPDX-License-Identifier: GPL-3.0-or-later
"""What sync no longer waits for or trusts without bound: a transaction open in another database,
a vanished client's row lock, a desk whose clock runs an hour fast, a change queued under an older
schema; and what a login may read of the bookkeeping."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import insert, select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.migrate import head_revision
from agentdesk.store.models import SCHEMA_REVISION, Conversation
from agentdesk.sync import clock as sync_clock
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.push import CLOCK_TOLERANCE_MS
from agentdesk.sync.server import add_agent

from .test_two_desktops import synced

pytestmark = pytest.mark.server

ADA = Credentials("bound_ada", "ada-pw")  # admin
TOM = Credentials("bound_tom", "tom-pw")  # an agent of the team "returns", tier 1


@pytest.fixture
def logins(server_url: str) -> None:
    add_agent(server_url, ADA.user, ADA.password, name="Ada", email="ada@shop.test", role="admin")
    add_agent(server_url, TOM.user, TOM.password, name="Tom", email="tom@shop.test", teams=["returns"])


def test_the_schema_revision_of_the_models_is_the_newest_migration() -> None:
    assert SCHEMA_REVISION == head_revision()


def test_a_transaction_open_in_another_database_does_not_hold_the_pull_back(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    synced(b, server_url, ADA)
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    other = plain.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(other) as holder:  # someone's long transaction elsewhere on the cluster
        holder.execute("CREATE TEMP TABLE t (x int)")
        holder.execute("SELECT pg_current_xact_id()")
        inbox = InboxService(a, clock)
        conv = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Refund", "Please.").id
        synced(a, server_url, ADA)
        synced(b, server_url, ADA)
        with b.read() as session:
            assert session.get(Conversation, conv) is not None
        holder.rollback()


def test_a_vanished_clients_row_lock_ends_in_a_plain_message_and_the_change_waits(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a = desktop("a")
    inbox = InboxService(a, clock)
    conv = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Refund", "Please.").id
    synced(a, server_url, ADA)
    inbox.set_priority(conv, "high")
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as stuck:  # a client that took a row lock and went away
        stuck.execute("SELECT 1 FROM conversation WHERE id = %s FOR UPDATE", (conv,))
        started = time.monotonic()
        summary = sync_once(a, server_url, ADA)
        assert time.monotonic() - started < 60
        assert not summary.ok
        assert summary.error is not None and summary.error.startswith("The server was too busy")
        assert outbox.pending_count(a) >= 1
        stuck.rollback()
    synced(a, server_url, ADA)
    with connect(server_url) as conn:
        row = conn.execute("SELECT priority FROM conversation WHERE id = %s", (conv,)).fetchone()
        bounds = conn.execute(
            "SELECT unnest(setconfig) AS s FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole"
            " WHERE r.rolname = %s",
            (ADA.user,),
        ).fetchall()
    assert row is not None and row["priority"] == "high"
    assert {"idle_in_transaction_session_timeout=60s", "lock_timeout=10s"} <= {b["s"] for b in bounds}


def test_a_desk_whose_clock_runs_an_hour_fast_is_told_and_does_not_drag_the_others(
    server_url: str,
    logins: None,
    desktop: Callable[[str], Store],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = desktop("a"), desktop("b")
    hour_ms = 3_600_000
    real = sync_clock.wall_ms
    monkeypatch.setattr(sync_clock, "wall_ms", lambda: real() + hour_ms)  # A's computer
    inbox = InboxService(a, clock)
    conv = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Refund", "Please.").id
    inbox.set_priority(conv, "high")
    summary = synced(a, server_url, ADA)
    warning = summary.clock_warning()
    assert warning is not None and "60 minutes ahead of the server's" in warning
    assert warning in summary.text()
    monkeypatch.setattr(sync_clock, "wall_ms", real)  # B's computer is right
    with connect(server_url) as conn:
        top = conn.execute("SELECT max(hlc) AS hlc FROM sync_field_clock").fetchone()
    assert top is not None and top["hlc"] >> 16 <= real() + CLOCK_TOLERANCE_MS
    synced(b, server_url, ADA)
    with b.engine.connect() as local:
        stamp = local.execute(select(sync_clock.state_table.c.hlc)).scalar_one()
    assert stamp >> 16 < real() + 2 * CLOCK_TOLERANCE_MS  # not an hour ahead
    assert sync_once(b, server_url, ADA).clock_warning() is None


def test_a_change_queued_under_an_older_schema_that_the_server_cannot_take_is_kept(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a = desktop("a")
    inbox = InboxService(a, clock)
    conv = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Refund", "Please.").id
    synced(a, server_url, ADA)
    with a.engine.begin() as local:  # queued by an older AgentDesk, whose column was renamed since
        device, stamp = sync_clock.tick(local)
        local.execute(
            insert(outbox.outbox_table).values(
                mutation_id=uuid.uuid4(),
                table_name="conversation",
                row_id=conv,
                op="update",
                base_rev=None,
                fields={"urgency": {"value": "high", "base": "normal"}},
                hlc=stamp,
                device_id=device,
                attempts=0,
                schema_revision="0006",
            )
        )
    inbox.add_note(conv, "Checked the order.")
    summary = synced(a, server_url, ADA)
    assert summary.kept == 1 and outbox.pending_count(a) == 1
    assert "1 change made by an older AgentDesk kept here" in summary.text()
    with connect(server_url) as conn:
        notes = conn.execute(
            "SELECT count(*) AS n FROM message WHERE body_text = 'Checked the order.'"
        ).fetchone()
    assert notes is not None and notes["n"] == 1


def test_a_login_reads_only_its_own_bookkeeping(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a, t = desktop("a"), desktop("t")
    inbox = InboxService(a, clock)
    hidden = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Secret", "Tier 3.").id
    with a.write() as session:  # tier 3: Tom works tier 1 only
        conv = session.get(Conversation, hidden)
        assert conv is not None
        conv.tier = 3
    inbox.set_priority(hidden, "high")
    synced(a, server_url, ADA)
    synced(t, server_url, TOM)
    with connect(server_url, TOM) as conn:
        clocks = conn.execute("SELECT row_id FROM sync_field_clock").fetchall()
        applied = conn.execute("SELECT login FROM sync_applied").fetchall()
        conversations = conn.execute("SELECT id FROM conversation").fetchall()
    assert conversations == []
    assert str(hidden) not in {str(r["row_id"]) for r in clocks}
    assert {r["login"] for r in applied} <= {TOM.user}
    with connect(server_url, ADA) as conn:
        assert conn.execute("SELECT count(*) AS n FROM sync_applied").fetchone()["n"] > 0  # type: ignore[index]
