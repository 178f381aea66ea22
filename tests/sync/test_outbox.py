# SPDX-License-Identifier: GPL-3.0-or-later
"""Outbox capture: every change of a synced row leaves a mutation in the same transaction."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.inbox.drafts import DraftService
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Setting, SyncOutbox
from agentdesk.sync import outbox


def mutations(store: Store) -> list[SyncOutbox]:
    with store.read() as session:
        return list(session.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)))


@pytest.fixture
def synced(store: Store) -> Store:
    outbox.install(store)
    return store


def test_creating_a_conversation_records_every_row_in_order(synced: Store, clock: FixedClock) -> None:
    inbox = InboxService(synced, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    ref = inbox.create_conversation(customer, "email", "Payment failed", "It did not work.")
    rows = mutations(synced)
    tables = [(m.table_name, m.op) for m in rows]
    assert tables[0] == ("customer", "insert")
    assert ("conversation", "insert") in tables
    assert ("message", "insert") in tables
    assert ("conversation_event", "insert") in tables
    # Parents are queued before their children: the server's foreign keys need that order.
    assert tables.index(("conversation", "insert")) < tables.index(("message", "insert"))
    conv = next(m for m in rows if m.table_name == "conversation" and m.op == "insert")
    assert conv.row_id == ref.id
    assert conv.fields["subject"] == {"value": "Payment failed"}
    assert conv.fields["customer_id"] == {"value": str(customer)}
    assert "number" not in conv.fields and "rev" not in conv.fields and "id" not in conv.fields
    assert conv.fields["created_at"]["value"].startswith("2026-11-23T09:00:00")
    stamps = [m.hlc for m in rows]
    assert stamps == sorted(stamps) and len({m.device_id for m in rows}) == 1


def test_an_update_records_changed_fields_with_their_base(synced: Store, clock: FixedClock) -> None:
    inbox = InboxService(synced, clock)
    customer = inbox.create_customer("Anna Müller", language="de")
    ref = inbox.create_conversation(customer, "chat", "Lieferung fehlt", "Wo bleibt sie?")
    before = len(mutations(synced))
    inbox.set_priority(ref.id, "high")
    new = mutations(synced)[before:]
    change = next(m for m in new if m.table_name == "conversation")
    assert change.op == "update"
    assert change.fields["priority"] == {"value": "high", "base": "normal"}
    assert "subject" not in change.fields
    assert change.base_rev is None
    assert [m.table_name for m in new].count("conversation_event") == 1


def test_tags_record_the_whole_set_and_its_base(synced: Store, clock: FixedClock) -> None:
    inbox = InboxService(synced, clock)
    customer = inbox.create_customer("Ole Nielsen")
    ref = inbox.create_conversation(customer, "phone", "Invoice", "Call me", tags=["billing"])
    inbox.tag(ref.id, add=["vip"])
    change = [m for m in mutations(synced) if m.table_name == "conversation"][-1]
    assert change.fields["tags"] == {"value": ["billing", "vip"], "base": ["billing"]}


def test_a_failed_action_leaves_no_outbox_row(synced: Store, clock: FixedClock) -> None:
    inbox = InboxService(synced, clock)
    customer = inbox.create_customer("Ole Nielsen")
    ref = inbox.create_conversation(customer, "phone", "Invoice", "Call me")
    before = mutations(synced)
    with pytest.raises(RuntimeError), synced.write() as session:
        session.add(Setting(key="x", value=1))
        from agentdesk.store.models import Conversation

        conv = session.get(Conversation, ref.id)
        assert conv is not None
        conv.subject = "Changed and rolled back"
        session.flush()
        assert len(session.scalars(select(SyncOutbox)).all()) == len(before) + 1
        raise RuntimeError("the action fails after its flush")
    with pytest.raises(ValidationError):
        inbox.set_status(ref.id, "closed")  # must be solved first: nothing is written
    assert [m.mutation_id for m in mutations(synced)] == [m.mutation_id for m in before]


def test_local_only_tables_are_never_captured(synced: Store, clock: FixedClock) -> None:
    inbox = InboxService(synced, clock)
    customer = inbox.create_customer("Ole Nielsen")
    ref = inbox.create_conversation(customer, "phone", "Invoice", "Call me")
    before = len(mutations(synced))
    DraftService(synced, clock).save(ref.id, "half a sentence")
    with synced.write() as session:
        session.add(Setting(key="theme", value="dark"))
    assert len(mutations(synced)) == before


def test_a_bulk_update_statement_is_captured(synced: Store, clock: FixedClock) -> None:
    inbox = InboxService(synced, clock)
    customer = inbox.create_customer("Ole Nielsen")
    first = inbox.create_conversation(customer, "email", "One", "first")
    second = inbox.create_conversation(customer, "email", "Two", "second")
    before = len(mutations(synced))
    inbox.merge(first.id, second.id)
    moved = [m for m in mutations(synced)[before:] if m.table_name == "message"]
    assert len(moved) == 1
    field: dict[str, Any] = moved[0].fields["conversation_id"]
    assert field == {"value": str(second.id), "base": str(first.id)}


def test_without_install_nothing_is_recorded(store: Store, clock: FixedClock) -> None:
    InboxService(store, clock).create_customer("Nobody")
    assert mutations(store) == []
    assert outbox.pending_count(store) == 0


def test_rows_made_before_sync_are_queued_once(store: Store, clock: FixedClock) -> None:
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Before Sync")
    inbox.create_conversation(customer, "email", "Old", "made offline, before any server")
    outbox.install(store)
    queued = outbox.enqueue_unsynced(store)
    assert queued >= 4  # customer, conversation, message, event
    assert outbox.enqueue_unsynced(store) == 0
    assert [m.table_name for m in mutations(store)][0] == "customer"


def test_a_workspace_without_a_server_records_nothing(store: Store, clock: FixedClock) -> None:
    assert not outbox.install_if_configured(store)
    InboxService(store, clock).create_customer("Small shop")
    assert outbox.pending_count(store) == 0
    with store.write() as session:
        session.add(Setting(key=outbox.SERVER_SETTING, value={"url": "postgresql://db/x", "user": "kim"}))
    assert outbox.install_if_configured(store)
    InboxService(store, clock).create_customer("Now with a server")
    assert outbox.pending_count(store) == 1


def test_each_newly_opened_database_records_its_changes(store: Store, clock: FixedClock) -> None:
    """Databases opened one after another in one process (tests, a desk switching workspaces): a new
    one whose session factory is made where a dropped one's was still records every change."""
    freed: set[int] = set()
    for n in range(5000):
        desk = Store(path=store.path, engine=store.engine)  # what open_store returns, minus the checks
        reused = id(desk._write) in freed
        outbox.install(desk)
        if reused or n == 0:
            before = outbox.pending_count(desk)
            InboxService(desk, clock).create_customer(f"Kunde {n}", email=f"k{n}@example.dk", language="da")
            assert outbox.pending_count(desk) > before, f"desk {n} recorded nothing"
            if reused:
                return
        freed.add(id(desk._write))
        del desk
        gc.collect()
    pytest.fail(
        "no session factory was made where a dropped one was: the case this test is for did not occur"
    )
