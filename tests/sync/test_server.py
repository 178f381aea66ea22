# SPDX-License-Identifier: GPL-3.0-or-later
"""Setting up the server: init twice, versions, logins and row-level security."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store import migrate
from agentdesk.store.database import open_store
from agentdesk.sync.connection import Credentials, SyncError, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import (
    PROTOCOL_VERSION,
    ServerInfo,
    add_agent,
    check_compatible,
    init_server,
    server_info,
)
from agentdesk.sync.tables import SYNCED_TABLES

pytestmark = pytest.mark.server


def objects(url: str) -> dict[str, list[str]]:
    with connect(url) as conn:
        triggers = conn.execute(
            "SELECT tgrelid::regclass::text || '.' || tgname AS t FROM pg_trigger"
            " WHERE NOT tgisinternal ORDER BY 1"
        ).fetchall()
        policies = conn.execute(
            "SELECT tablename || '.' || policyname AS p FROM pg_policies ORDER BY 1"
        ).fetchall()
    return {"triggers": [r["t"] for r in triggers], "policies": [r["p"] for r in policies]}


def test_init_twice_is_harmless_and_keeps_the_server_id(postgres_url: str) -> None:
    first = init_server(postgres_url)
    before = objects(postgres_url)
    second = init_server(postgres_url)
    assert first == second
    assert second.protocol_version == PROTOCOL_VERSION
    assert second.schema_revision == migrate.head_revision()
    assert objects(postgres_url) == before
    assert "conversation.sync_number" in before["triggers"]
    for name in SYNCED_TABLES:
        assert f"{name}.sync_stamp" in before["triggers"]
        assert f"{name}.sync_read" in before["policies"]
    check_compatible(second)


def test_a_database_that_is_not_a_server_is_named_plainly(postgres_url: str) -> None:
    with connect(postgres_url) as conn, pytest.raises(SyncError, match="server init"):
        server_info(conn)


def test_versions_are_checked_in_plain_words(server_url: str) -> None:
    with connect(server_url) as conn:
        info = server_info(conn)
    with pytest.raises(SyncError, match="newer AgentDesk"):
        check_compatible(ServerInfo(info.server_id, PROTOCOL_VERSION + 1, info.schema_revision))
    with pytest.raises(SyncError, match="newer AgentDesk"):
        check_compatible(ServerInfo(info.server_id, PROTOCOL_VERSION, "9999"))
    with pytest.raises(SyncError, match="older AgentDesk"):
        check_compatible(ServerInfo(info.server_id, PROTOCOL_VERSION, "0001"))


def test_server_stamps_revisions_and_numbers(server_url: str) -> None:
    add_agent(server_url, "stamp_admin", "pw", name="Admin", email="stamp-admin@example.com", role="admin")
    with connect(server_url) as conn:
        row = conn.execute(
            "SELECT rev, sync_txid FROM agent WHERE email = 'stamp-admin@example.com'"
        ).fetchone()
    assert row is not None and row["rev"] > 0 and row["sync_txid"] is not None


def test_add_agent_gives_a_login_that_sees_only_its_queue(server_url: str) -> None:
    add_agent(server_url, "rls_anna", "secret-a", name="Anna", email="anna@example.com", teams=["billing"])
    add_agent(server_url, "rls_ole", "secret-o", name="Ole", email="ole@example.com", teams=["shipping"])
    # Running it again updates rather than fails.
    add_agent(server_url, "rls_ole", "secret-o2", name="Ole N.", email="ole@example.com", teams=["shipping"])
    with connect(server_url) as conn, conn.transaction():
        teams = {r["name"]: r["id"] for r in conn.execute("SELECT id, name FROM team").fetchall()}
        conn.execute(
            "INSERT INTO customer (id, name, other_emails, plan, language, notes, created_at, updated_at) "
            "VALUES (gen_random_uuid(), 'C', '[]', 'standard', 'en', '', now(), now()) RETURNING id"
        )
        customer = conn.execute("SELECT id FROM customer").fetchone()
        assert customer is not None
        for team in ("billing", "shipping"):
            conn.execute(
                "INSERT INTO conversation (id, customer_id, channel, subject, status, priority, tier,"
                " team_id, tags, language, created_at, last_activity_at, snippet, message_count, updated_at)"
                " VALUES (gen_random_uuid(), %s, 'email', %s, 'new', 'normal', 1, %s, '[]', 'en', now(),"
                " now(), '', 0, now())",
                (customer["id"], team, teams[team]),
            )
    with connect(server_url, Credentials("rls_anna", "secret-a")) as conn:
        seen = [r["subject"] for r in conn.execute("SELECT subject FROM conversation").fetchall()]
        assert seen == ["billing"]
        updated = conn.execute("UPDATE conversation SET subject = 'taken over' WHERE subject = 'shipping'")
        assert updated.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE team SET name = 'mine' WHERE name = 'shipping'")
    with connect(server_url) as conn:
        numbers = sorted(r["number"] for r in conn.execute("SELECT number FROM conversation").fetchall())
    assert numbers == [1, 2]


def test_a_database_owner_that_is_not_a_superuser_can_set_up_the_server(
    pg_cluster: str, tmp_path: Path, clock: FixedClock
) -> None:
    name = f"owned_{uuid.uuid4().hex[:8]}"
    plain = pg_cluster.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'shop_owner'").fetchone():
            conn.execute("CREATE ROLE shop_owner LOGIN CREATEROLE PASSWORD 'owner-pw'")
        conn.execute(f'CREATE DATABASE "{name}" OWNER shop_owner')
    url = f"{pg_cluster}/{name}"
    owner = Credentials("shop_owner", "owner-pw")
    init_server(url, owner)
    init_server(url, owner)
    add_agent(url, "owned_kim", "kim-pw", name="Kim", email="kim@example.com", credentials=owner)
    store = open_store(tmp_path / "kim.sqlite")
    try:
        InboxService(store, clock).create_customer("Owned")
        summary = sync_once(store, url, Credentials("owned_kim", "kim-pw"))
        assert summary.ok, summary.error
        assert summary.pushed == 1
    finally:
        store.close()
