# SPDX-License-Identifier: GPL-3.0-or-later
"""A new desktop's first sync in bulk: one COPY per table from one server snapshot, then the
ordinary pull from that snapshot's cursor (agentdesk/sync/bootstrap.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import InboxService
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store, integrity_problems, open_store
from agentdesk.store.models import Conversation, Customer, Team
from agentdesk.sync import bootstrap, outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent
from agentdesk.sync.tables import SYNCED_TABLES, table

pytestmark = pytest.mark.server

ADMIN = Credentials("boot_admin", "admin-pw")
AGENT = Credentials("boot_agent", "agent-pw")


def load_server(workspace: Path, url: str) -> int:
    """Copy a workspace's synced tables into the server, parents first (the server's triggers
    stamp each row with its revision); how many rows."""
    source = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    loaded = 0
    with connect(url, bounded=False) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        for name in SYNCED_TABLES:
            columns = ", ".join(f'"{c.name}"' for c in table(name).columns)
            with conn.transaction(), conn.cursor() as cur:
                with cur.copy(f'COPY "{name}" ({columns}) FROM STDIN') as copy:
                    for row in source.execute(f'SELECT {columns} FROM "{name}"'):
                        copy.write_row(row)
                        loaded += 1
    source.close()
    return loaded


def local_rows(store: Store, name: str) -> dict[str, dict[str, Any]]:
    t = table(name)
    with store.engine.connect() as conn:
        rows = conn.execute(select(t)).all()
    return {str(r.id): dict(r._mapping) for r in rows}


def server_rows(url: str, name: str, who: Credentials) -> dict[str, dict[str, Any]]:
    """The rows of ``name`` that the login ``who`` reads on the server, in local form."""
    t = table(name)
    columns = ", ".join(c.name for c in t.columns)
    with connect(url, who) as conn:
        rows = conn.execute(f"SELECT {columns} FROM {name}").fetchall()  # fixed table names
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


def assert_identical(store: Store, url: str, who: Credentials) -> None:
    for name in SYNCED_TABLES:
        assert local_rows(store, name) == server_rows(url, name, who), name
    assert outbox.pending_count(store) == 0
    assert integrity_problems(store) == []  # foreign keys, and the search index agrees with its tables


@pytest.fixture
def workspace(server_url: str, tmp_path: Path, clock: FixedClock) -> int:
    """The server holds a demo workspace of 100 conversations (a few thousand rows)."""
    source = open_store(tmp_path / "source.sqlite", backup=False)
    build_demo(source, 100, 1, anchor=clock.now())
    source.close()
    add_agent(server_url, ADMIN.user, ADMIN.password, name="Boot", email="boot@example.com", role="admin")
    return load_server(tmp_path / "source.sqlite", server_url)


def test_first_sync_copies_the_whole_workspace(
    server_url: str, workspace: int, desktop: Callable[[str], Store]
) -> None:
    fresh = desktop("fresh")
    seen: list[tuple[int, int]] = []
    summary = sync_once(
        fresh, server_url, ADMIN, progress=lambda done, expected: seen.append((done, expected))
    )
    assert summary.ok, summary.error
    assert summary.pulled >= workspace > 2000
    assert seen and seen[-1][0] == summary.pulled and seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert_identical(fresh, server_url, ADMIN)
    # The search index was rebuilt: a word of a copied message is found.
    with connect(server_url, ADMIN) as conn:
        row = conn.execute("SELECT conversation_id, body_text FROM message ORDER BY rev LIMIT 1").fetchone()
    assert row is not None
    word = max(row["body_text"].split(), key=len).strip(".,!?:;\"'()")
    hits = SearchService(fresh).search(word)
    assert row["conversation_id"] in {h.conversation_id for h in hits}
    # The next sync goes on from the snapshot: nothing comes twice, and what changes comes.
    assert sync_once(fresh, server_url, ADMIN).pulled == 0
    with connect(server_url, ADMIN) as conn, conn.transaction():
        conn.execute(
            "UPDATE conversation SET subject = 'Spülmaschine tropft' WHERE id = %s", (row["conversation_id"],)
        )
    assert sync_once(fresh, server_url, ADMIN).pulled == 1
    assert [h.conversation_id for h in SearchService(fresh).search("Spülmaschine")] == [
        row["conversation_id"]
    ]
    assert_identical(fresh, server_url, ADMIN)


def test_an_interrupted_first_sync_starts_again_and_loses_nothing(
    server_url: str,
    workspace: int,
    desktop: Callable[[str], Store],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bootstrap, "BATCH_ROWS", 200)
    fresh = desktop("fresh")
    # Work done here before the first sync: the presets every desktop installs, and a conversation.
    install_presets(fresh)
    inbox = InboxService(fresh, clock)
    mine = inbox.create_conversation(
        inbox.create_customer("Birgit Lund"), "email", "Offline", "Skrevet offline"
    ).id
    with fresh.read() as session:
        before = session.get(Conversation, mine)
        assert before is not None and before.rev is None
    pid: list[int] = []

    def cut(done: int, _expected: int) -> None:
        # The connection is killed on the server halfway through the messages' COPY.
        if done > workspace // 2 and not pid:
            with connect(server_url) as killer:
                found = killer.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = %s AND query LIKE 'COPY%%'",
                    (ADMIN.user,),
                ).fetchall()
                assert found
                pid.extend(r["pid"] for r in found)
                for r in found:
                    killer.execute("SELECT pg_terminate_backend(%s)", (r["pid"],))

    cut_short = sync_once(fresh, server_url, ADMIN, progress=cut)
    assert pid and not cut_short.ok and cut_short.unreachable
    # Nothing was sent: the replica does not follow the server before its first pull is whole.
    with connect(server_url, ADMIN) as conn:
        assert conn.execute("SELECT 1 FROM conversation WHERE id = %s", (mine,)).fetchone() is None
    # Meanwhile the server moves on: a conversation changes and a message comes.
    with connect(server_url, ADMIN) as conn, conn.transaction():
        changed = conn.execute("SELECT id FROM conversation ORDER BY number DESC LIMIT 1").fetchone()
        assert changed is not None
        conn.execute("UPDATE conversation SET priority = 'urgent' WHERE id = %s", (changed["id"],))
    summary = sync_once(fresh, server_url, ADMIN)
    assert summary.ok, summary.error
    assert summary.pushed >= 2  # the conversation made here, and its customer and message
    assert_identical(fresh, server_url, ADMIN)
    with fresh.read() as session:
        assert session.get(Conversation, changed["id"]).priority == "urgent"  # type: ignore[union-attr]
        names = sorted(session.scalars(select(Team.name)))
    assert len(names) == len(set(names))  # local presets folded into the server's, none twice
    assert [h.conversation_id for h in SearchService(fresh).search("offline")] == [mine]


def test_a_login_limited_to_its_teams_receives_only_their_rows(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(server_url, ADMIN.user, ADMIN.password, name="Boot", email="boot@example.com", role="admin")
    add_agent(
        server_url, AGENT.user, AGENT.password, name="Agnes", email="agnes@example.com", teams=["billing"]
    )
    add_agent(server_url, "boot_sales", "pw", name="Sven", email="sven@example.com", teams=["sales"])
    admin = desktop("admin")
    assert sync_once(admin, server_url, ADMIN).ok
    with admin.read() as session:
        teams = {t.name: t.id for t in session.scalars(select(Team))}
    inbox = InboxService(admin, clock)
    customer = inbox.create_customer("Karin Holm")
    filed: dict[str, list[uuid.UUID]] = {"billing": [], "sales": [], "billing tier 2": []}
    for where, team, tier in (
        ("billing", "billing", 1),
        ("sales", "sales", 1),
        ("billing tier 2", "billing", 2),
    ):
        for i in range(3):
            ref = inbox.create_conversation(customer, "email", f"{where} {i}", f"Nachricht {where} {i}")
            inbox.reply(ref.id, f"Antwort {where} {i}")
            with admin.write() as session:
                conv = session.get(Conversation, ref.id)
                assert conv is not None
                conv.team_id, conv.tier = teams[team], tier
            filed[where].append(ref.id)
    assert sync_once(admin, server_url, ADMIN).ok

    agnes = desktop("agnes")
    summary = sync_once(agnes, server_url, AGENT)
    assert summary.ok, summary.error
    assert_identical(agnes, server_url, AGENT)
    with agnes.read() as session:
        held = set(session.scalars(select(Conversation.id)))
    assert set(filed["billing"]) <= held
    assert not held & (set(filed["sales"]) | set(filed["billing tier 2"]))
    assert not SearchService(agnes).search("Antwort sales")


def test_a_transaction_running_during_the_copy_is_read_by_the_next_pull(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    inbox.create_customer("Early")
    assert sync_once(a, server_url, admin).ok
    slow = connect(server_url, bounded=False)
    try:
        # A transaction takes its revision before the copy's snapshot and commits after it.
        slow.execute("BEGIN")
        slow.execute(
            "INSERT INTO customer (id, name, other_emails, plan, language, notes, created_at, updated_at)"
            " VALUES (gen_random_uuid(), 'Slow', '[]', 'standard', 'en', '', now(), now())"
        )
        inbox.create_customer("Quick")
        assert sync_once(a, server_url, admin).ok
        assert sync_once(b, server_url, admin).ok
        with b.read() as session:
            names = set(session.scalars(select(Customer.name)))
        assert {"Early", "Quick"} <= names and "Slow" not in names
    finally:
        slow.execute("COMMIT")
        slow.close()
    assert sync_once(b, server_url, admin).ok
    with b.read() as session:
        names = set(session.scalars(select(Customer.name)))
    assert {"Early", "Quick", "Slow"} <= names
    assert_identical(b, server_url, admin)
