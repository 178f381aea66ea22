# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log on a throwaway team server: entries travel to every desk, and nobody changes or
deletes one with plain SQL, not an agent's login, not an admin's, not the server's owner."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import select

from agentdesk.audit import capture, record
from agentdesk.clock import FixedClock
from agentdesk.inbox.directory import DirectoryService
from agentdesk.store.audit_models import AuditEntry
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, SyncConflict
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

ADA = Credentials("audit_ada", "ada-pw")  # an admin
OLE = Credentials("audit_ole", "ole-pw")  # an agent
PIA = Credentials("audit_pia", "pia-pw")  # a supervisor


def synced(store: Store, url: str, who: Credentials) -> None:
    summary = sync_once(store, url, who)
    assert summary.ok, summary.error


def local_entries(store: Store, table: str = "team") -> list[AuditEntry]:
    """The desk's entries about ``table`` (teams: what the desks here change; add-agent, run for
    the fixture on the server, logs the agents)."""
    with store.read() as session:
        query = select(AuditEntry).where(AuditEntry.table_name == table).order_by(AuditEntry.at)
        return list(session.scalars(query))


@pytest.fixture
def audited(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> tuple[Store, Store, uuid.UUID]:
    """Ada renamed a team on her desk and synced; Ole's desk has pulled since."""
    ada = add_agent(server_url, ADA.user, ADA.password, name="Ada", email="ada@shop.test", role="admin")
    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@shop.test")
    a, b = desktop("a"), desktop("b")
    synced(a, server_url, ADA)
    capture.install(a, clock, lambda: ada)
    directory = DirectoryService(a, clock)
    team = directory.create_team("Billing", actor_id=ada)
    clock.advance(minutes=1)
    directory.update_team(ada, team, name="Billing DE")
    synced(a, server_url, ADA)
    synced(b, server_url, OLE)
    return a, b, team


def count_as(server_url: str, who: Credentials | None) -> int:
    with connect(server_url, who) as conn:
        row = conn.execute("SELECT count(*) AS n FROM audit_entry").fetchone()
    assert row is not None
    return int(row["n"])


def test_entries_reach_the_server_and_the_desks_of_supervisors_and_admins(
    audited: tuple[Store, Store, uuid.UUID], server_url: str, desktop: Callable[[str], Store]
) -> None:
    a, ole_desk, team = audited
    add_agent(server_url, PIA.user, PIA.password, name="Pia", email="pia@shop.test", role="supervisor")
    b = desktop("c")
    synced(b, server_url, PIA)
    with connect(server_url) as conn:
        rows = conn.execute(
            "SELECT action, label, before::text, after::text, actor_name FROM audit_entry"
            " WHERE table_name = 'team' ORDER BY at"
        ).fetchall()
    assert [(r["action"], r["label"], r["actor_name"]) for r in rows] == [
        ("create", "Billing", "Ada"),
        ("update", "Billing DE", "Ada"),
    ]
    theirs = [(e.action, e.row_id, e.before, e.after) for e in local_entries(b) if e.table_name == "team"]
    assert theirs == [
        ("create", team, None, theirs[0][3]),
        ("update", team, {"name": "Billing"}, {"name": "Billing DE"}),
    ]
    # The server's revision arrived, and the login that sent each entry.
    assert [(e.rev is not None, e.sent_by) for e in local_entries(a)] == [(True, ADA.user), (True, ADA.user)]
    # An agent's desk pulled without a fault and holds none of them.
    assert local_entries(ole_desk) == [] and local_entries(ole_desk, "agent") == []


def test_only_supervisor_and_admin_logins_read_the_log(
    audited: tuple[Store, Store, uuid.UUID], server_url: str
) -> None:
    add_agent(server_url, PIA.user, PIA.password, name="Pia", email="pia@shop.test", role="supervisor")
    everything = count_as(server_url, None)  # the server's owner
    assert everything == 5  # two team changes; add-agent's Ada, Ole and Pia
    assert count_as(server_url, ADA) == everything
    assert count_as(server_url, PIA) == everything
    assert count_as(server_url, OLE) == 0
    with connect(server_url, OLE) as conn:
        found = conn.execute("SELECT id FROM audit_entry WHERE table_name = 'team'").fetchall()
        assert found == []


def test_an_agents_desk_sends_its_entries_and_still_pulls_none(
    audited: tuple[Store, Store, uuid.UUID], server_url: str, clock: FixedClock
) -> None:
    _a, ole_desk, _team = audited
    with ole_desk.write() as session:
        ole = session.scalar(select(Agent.id).where(Agent.email == "ole@shop.test"))
        record(session, "sign_in_failed", table="agent", row_id=ole, before=None, after=None, actor_id=ole)
    synced(ole_desk, server_url, OLE)
    synced(ole_desk, server_url, OLE)  # and again: nothing to send, nothing to pull
    with connect(server_url) as conn:
        sent = conn.execute(
            "SELECT action, sent_by FROM audit_entry WHERE action = 'sign_in_failed'"
        ).fetchall()
    assert [(r["action"], r["sent_by"]) for r in sent] == [("sign_in_failed", OLE.user)]
    assert [e.action for e in local_entries(ole_desk, "agent")] == ["sign_in_failed"]  # its own, kept
    with ole_desk.read() as session:
        assert list(session.scalars(select(SyncConflict))) == []


def test_an_entry_names_the_login_that_sent_it_whoever_it_claims_as_its_author(
    audited: tuple[Store, Store, uuid.UUID], server_url: str
) -> None:
    a, _b, _team = audited
    ada = local_entries(a)[0].actor_id
    with connect(server_url, OLE) as conn:
        conn.execute(
            "INSERT INTO audit_entry"
            " (id, at, actor_id, actor_name, action, table_name, label, updated_at, sent_by)"
            " VALUES (%s, now(), %s, 'Ada', 'update', 'team', 'Billing', now(), %s)",
            (uuid.uuid4(), ada, ADA.user),
        )
    with connect(server_url) as conn:
        forged = conn.execute(
            "SELECT actor_name, sent_by FROM audit_entry WHERE label = 'Billing' AND action = 'update'"
        ).fetchall()
    assert [(r["actor_name"], r["sent_by"]) for r in forged] == [("Ada", OLE.user)]


@pytest.mark.parametrize("who", [OLE, ADA, None], ids=["agent", "admin", "owner"])
def test_no_login_changes_or_deletes_an_entry_with_plain_sql(
    audited: tuple[Store, Store, uuid.UUID], server_url: str, who: Credentials | None
) -> None:
    with connect(server_url, who) as conn:
        for statement in (
            "UPDATE audit_entry SET label = 'nothing happened'",
            "UPDATE audit_entry SET after = NULL, before = NULL",
            "UPDATE audit_entry SET rev = rev",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
        ):
            if who is OLE and statement.startswith("UPDATE"):
                # An agent's login sees no entry, so an update finds none to change.
                assert conn.execute(statement).rowcount == 0
                continue
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with connect(server_url) as conn:
        rows = conn.execute(
            "SELECT label, before::text, after::text FROM audit_entry WHERE table_name = 'team' ORDER BY at"
        ).fetchall()
    assert [r["label"] for r in rows] == ["Billing", "Billing DE"]
    assert all(r["after"] is not None for r in rows)


def test_a_desk_that_sends_a_change_of_an_entry_is_refused_and_keeps_syncing(
    audited: tuple[Store, Store, uuid.UUID], server_url: str
) -> None:
    a, _b, _team = audited
    entry = local_entries(a)[0]
    with a.engine.begin() as conn:
        outbox.write(
            conn,
            [
                outbox.Change(
                    "audit_entry",
                    entry.id,
                    "update",
                    entry.rev,
                    {"label": {"value": "forged", "base": "Billing"}},
                )
            ],
        )
    synced(a, server_url, ADA)
    with connect(server_url) as conn:
        labels = [
            r["label"]
            for r in conn.execute(
                "SELECT label FROM audit_entry WHERE table_name = 'team' ORDER BY at"
            ).fetchall()
        ]
    assert labels == ["Billing", "Billing DE"]
    with a.read() as session:
        refused = [(c.table_name, c.kind) for c in session.scalars(select(SyncConflict))]
    assert refused == [("audit_entry", "rejected")]
