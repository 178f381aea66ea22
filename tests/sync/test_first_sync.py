# SPDX-License-Identifier: GPL-3.0-or-later
"""First contact: desktops that worked alone before, with the same presets, join one server."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import InboxService
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Conversation, SlaPolicy, SyncConflict
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once

pytestmark = pytest.mark.server


def test_desktops_that_worked_alone_join_without_losing_anything(
    server_url: str, tmp_path: Path, admin: Credentials, clock: FixedClock
) -> None:
    stores: list[Store] = []
    refs = []
    for name in ("a", "b"):
        # Months of work before anyone set up a server: no outbox was recording then.
        store = open_store(tmp_path / f"{name}.sqlite")
        install_presets(store)
        inbox = InboxService(store, clock)
        source = inbox.create_conversation(inbox.create_customer(f"Kunde {name}"), "email", "Eins", "erste")
        target = inbox.create_conversation(inbox.create_customer(f"Kunde {name}"), "email", "Zwei", "zweite")
        refs.append(target.id)
        with store.write() as session:  # a merge into a conversation made later
            conv = session.get(Conversation, source.id)
            assert conv is not None
            conv.merged_into_id = target.id
        stores.append(store)
    try:
        for store in stores:
            assert outbox.pending_count(store) == 0
        for store in (stores[0], stores[1], stores[0]):
            summary = sync_once(store, server_url, admin)
            assert summary.ok, summary.error
            assert summary.rejected == 0
        with connect(server_url) as conn:
            policies = conn.execute("SELECT count(*) AS n FROM sla_policy").fetchone()
            conversations = conn.execute("SELECT count(*) AS n FROM conversation").fetchone()
        assert policies is not None and conversations is not None and conversations["n"] == 4
        for store in stores:
            with store.read() as session:
                assert len(session.scalars(select(SlaPolicy)).all()) == policies["n"]
                assert session.scalars(select(SyncConflict)).all() == []
                numbers = sorted(session.scalars(select(Conversation.number)))
                merged = {c.id: c.merged_into_id for c in session.scalars(select(Conversation))}
            assert numbers == [1, 2, 3, 4]
            assert {merged[r] for r in refs} == {None} and sum(v is not None for v in merged.values()) == 2
            # The search index covers what came from the other desktop.
            hits = SearchService(store).search("zweite")
            assert len(hits) == 2
    finally:
        for store in stores:
            store.close()


def test_pulled_rows_are_searchable(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    ref = inbox.create_conversation(inbox.create_customer("Ole"), "email", "Kaffeemaschine", "kaputt")
    inbox.reply(ref.id, "Wir schicken eine neue Kaffeemaschine.")
    for store in (a, b):
        assert sync_once(store, server_url, admin).ok
    assert [h.conversation_id for h in SearchService(b).search("Kaffeemaschine")] == [ref.id]


def test_rows_a_bulk_path_adds_after_the_first_sync_are_sent(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    a = desktop("a")
    assert sync_once(a, server_url, admin).ok
    with a.raw_connection() as conn:  # like the JSONL import: plain sqlite3, no session events
        conn.execute(
            "INSERT INTO customer (id, name, other_emails, plan, language, notes, created_at, updated_at)"
            " VALUES (?, 'Imported', '[]', 'standard', 'en', '', '2026-11-23 09:00:00.000000',"
            " '2026-11-23 09:00:00.000000')",
            (uuid.uuid4().hex,),
        )
    assert outbox.pending_count(a) == 0
    summary = sync_once(a, server_url, admin)
    assert summary.ok and summary.pushed == 1
    with connect(server_url) as conn:
        names = [r["name"] for r in conn.execute("SELECT name FROM customer").fetchall()]
    assert names == ["Imported"]
    assert sync_once(a, server_url, admin).pushed == 0  # looked at once, not again
