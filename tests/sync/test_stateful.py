# SPDX-License-Identifier: GPL-3.0-or-later
"""Several desktops edit at random, sync at random, and after settling all agree with the server.

Checked after every example: every replica holds exactly the server's rows; every change a desktop
recorded reached the server (applied, or decided with a conflict row); every message exists once.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import AgentDeskError
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Message, Priority, Status
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent, init_server
from agentdesk.sync.tables import SYNCED_TABLES, table

pytestmark = [pytest.mark.server, pytest.mark.slow]

DESKTOPS = 3
TAGS = ("billing", "vip", "refund")


def _server_rows(url: str, name: str) -> dict[str, dict[str, Any]]:
    t = table(name)
    columns = ", ".join(c.name for c in t.columns)
    with connect(url) as conn:
        rows = conn.execute(f"SELECT {columns} FROM {name}").fetchall()  # fixed table names, no input
    return {
        str(r["id"]): {k: v.replace(tzinfo=dt.UTC) if isinstance(v, dt.datetime) else v for k, v in r.items()}
        for r in rows
    }


def _local_rows(store: Store, name: str) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        return {str(r.id): dict(r._mapping) for r in conn.execute(select(table(name)))}


class Desks(RuleBasedStateMachine):
    cluster: str = ""

    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="agentdesk-sync-"))
        name = f"hyp_{uuid.uuid4().hex[:12]}"
        plain = self.cluster.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain + "/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.url = f"{self.cluster}/{name}"
        init_server(self.url)
        self.logins = [Credentials(f"hyp_desk{n}", f"pw{n}") for n in range(DESKTOPS)]
        for who in self.logins:
            add_agent(
                self.url, who.user, who.password, name=who.user, email=f"{who.user}@x.com", role="admin"
            )
        self.clock = FixedClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC))
        self.stores = []
        for n in range(DESKTOPS):
            store = open_store(self.folder / f"desk{n}.sqlite")
            outbox.install(store)
            self.stores.append(store)
        self.online = [True] * DESKTOPS
        self.sent: set[uuid.UUID] = set()  # every mutation id any desktop recorded
        self.messages: set[uuid.UUID] = set()
        inbox = InboxService(self.stores[0], self.clock)
        customer = inbox.create_customer("Jens Hansen")
        self.conversation = inbox.create_conversation(customer, "email", "Payment failed", "Declined").id
        self._note_outbox()
        for n in (0, 1, 2, 0):
            self._sync(n % DESKTOPS)
        with self.stores[0].read() as session:
            self.messages |= set(session.scalars(select(Message.id)))

    def _note_outbox(self) -> None:
        for store in self.stores:
            with store.engine.connect() as conn:
                self.sent |= set(conn.execute(select(outbox.outbox_table.c.mutation_id)).scalars())

    def _sync(self, n: int) -> None:
        self._note_outbox()
        summary = sync_once(self.stores[n], self.url, self.logins[n])
        assert summary.ok, summary.error

    def _inbox(self, n: int) -> InboxService:
        self.clock.advance(seconds=7)
        return InboxService(self.stores[n], self.clock)

    @rule(n=st.integers(0, DESKTOPS - 1), text=st.sampled_from(["Thanks", "On it", "Sorry"]))
    def reply(self, n: int, text: str) -> None:
        try:
            self.messages.add(self._inbox(n).reply(self.conversation, f"{text} from {n}"))
        except AgentDeskError:
            pass

    @rule(n=st.integers(0, DESKTOPS - 1))
    def note(self, n: int) -> None:
        try:
            self.messages.add(self._inbox(n).add_note(self.conversation, f"note from {n}"))
        except AgentDeskError:
            pass

    @rule(n=st.integers(0, DESKTOPS - 1), priority=st.sampled_from(Priority.values()))
    def set_priority(self, n: int, priority: str) -> None:
        try:
            self._inbox(n).set_priority(self.conversation, priority)
        except AgentDeskError:
            pass

    @rule(n=st.integers(0, DESKTOPS - 1), status=st.sampled_from(["open", "pending", "on_hold", "solved"]))
    def set_status(self, n: int, status: str) -> None:
        try:
            self._inbox(n).set_status(self.conversation, status)
        except AgentDeskError:
            pass

    @rule(n=st.integers(0, DESKTOPS - 1), tag=st.sampled_from(TAGS), add=st.booleans())
    def tag(self, n: int, tag: str, add: bool) -> None:
        try:
            self._inbox(n).tag(self.conversation, add=[tag] if add else [], remove=[] if add else [tag])
        except AgentDeskError:
            pass

    @rule(n=st.integers(0, DESKTOPS - 1), who=st.integers(0, DESKTOPS - 1) | st.none())
    def assign(self, n: int, who: int | None) -> None:
        with self.stores[n].read() as session:
            agents = {
                a.email: a.id for a in session.execute(select(table("agent").c.email, table("agent").c.id))
            }
        agent = agents.get(f"hyp_desk{who}@x.com") if who is not None else None
        try:
            self._inbox(n).assign(self.conversation, agent)
        except AgentDeskError:
            pass

    @rule(n=st.integers(0, DESKTOPS - 1))
    def sync(self, n: int) -> None:
        if self.online[n]:
            self._sync(n)

    @rule(n=st.integers(0, DESKTOPS - 1))
    def toggle_network(self, n: int) -> None:
        self.online[n] = not self.online[n]

    @rule(n=st.integers(0, DESKTOPS - 1))
    def restart(self, n: int) -> None:
        """The desktop closes and opens its database again (outbox and cursors survive)."""
        path = self.stores[n].path
        self.stores[n].close()
        self.stores[n] = open_store(path)
        outbox.install(self.stores[n])

    @invariant()
    def status_is_valid(self) -> None:
        if not hasattr(self, "stores"):
            return
        for store in self.stores:
            with store.engine.connect() as conn:
                statuses = set(conn.execute(select(table("conversation").c.status)).scalars())
            assert statuses <= set(Status.values())

    def teardown(self) -> None:
        if not hasattr(self, "stores"):
            return
        try:
            for _round in range(2):
                for n in range(DESKTOPS):
                    self._sync(n)
            for name in SYNCED_TABLES:
                on_server = _server_rows(self.url, name)
                for store in self.stores:
                    assert _local_rows(store, name) == on_server, name
            for store in self.stores:
                assert outbox.pending_count(store) == 0
            with connect(self.url) as conn:
                applied = {r["mutation_id"]: r["outcome"] for r in conn.execute("SELECT * FROM sync_applied")}
                conflicts = conn.execute("SELECT count(*) AS n FROM sync_conflict").fetchone()
                message_ids = [r["id"] for r in conn.execute("SELECT id FROM message").fetchall()]
            assert self.sent <= set(applied), "a recorded change never reached the server"
            assert "rejected" not in applied.values()
            if "conflict" in applied.values():
                assert conflicts is not None and conflicts["n"] > 0
            assert sorted(message_ids) == sorted(self.messages)  # none lost, none doubled
            for store in self.stores:
                conv = _local_rows(store, "conversation")[str(self.conversation)]
                assert conv["message_count"] == len(self.messages)
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def test_random_edits_on_several_desktops_settle_to_the_server(pg_cluster: str) -> None:
    Desks.cluster = pg_cluster
    run_state_machine_as_test(
        Desks,
        settings=settings(
            max_examples=12,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
