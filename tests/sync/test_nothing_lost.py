# SPDX-License-Identifier: GPL-3.0-or-later
"""Each way a committed change used to go missing in sync, reproduced on its own.

A desk that worked alone and then joined; a first sync interrupted half-way; a pull whose page
holds messages of a conversation changed after the pull's bound; a field changed away and back
(ABA); a lost claim on a row the pull had already refreshed; a row sent in a sync whose pull
failed; a queued change that carries a local preset folded into the server's.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, update

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Conversation, SlaPolicy, SyncConflict
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.pull import pull
from agentdesk.sync.push import push
from agentdesk.sync.server import add_agent

from .test_two_desktops import assert_identical, server_rows, synced

pytestmark = pytest.mark.server

ADA = Credentials("loss_ada", "ada-pw")  # admin
MIA = Credentials("loss_mia", "mia-pw")  # an agent: may not create SLA policies


@pytest.fixture
def logins(server_url: str) -> None:
    add_agent(server_url, ADA.user, ADA.password, name="Ada", email="ada@shop.test", role="admin")
    add_agent(server_url, MIA.user, MIA.password, name="Mia", email="mia@shop.test", tiers=[1, 2, 3])


@pytest.fixture
def alone(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    """A desk that works without a server: no outbox records anything until it joins."""
    opened: list[Store] = []

    def make(name: str) -> Store:
        store = open_store(tmp_path / f"{name}.sqlite")
        install_presets(store)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def messages_on_server(url: str, conversation: uuid.UUID) -> list[str]:
    with connect(url) as conn:
        rows = conn.execute(
            "SELECT body_text FROM message WHERE conversation_id = %s ORDER BY created_at, id",
            (conversation,),
        ).fetchall()
    return [r["body_text"] for r in rows]


def rejected(url: str) -> list[tuple[str, str]]:
    with connect(url) as conn:
        rows = conn.execute("SELECT table_name, detail FROM sync_conflict WHERE kind = 'rejected'").fetchall()
    return [(r["table_name"], r["detail"]) for r in rows]


def test_a_conversation_made_alone_and_answered_after_joining_reaches_the_server_whole(
    server_url: str, logins: None, alone: Callable[[str], Store], clock: FixedClock
) -> None:
    desk = alone("a")
    inbox = InboxService(desk, clock)
    conv = inbox.create_conversation(inbox.create_customer("Jens"), "email", "Parcel", "Where is it?").id
    outbox.install(desk)  # the desk joins: from now on every change is recorded
    inbox.reply(conv, "It left the warehouse today.")
    inbox.add_note(conv, "Checked with the carrier.")
    summary = synced(desk, server_url, ADA)
    assert rejected(server_url) == [] and summary.rejected == 0 and outbox.pending_count(desk) == 0
    assert messages_on_server(server_url, conv) == [
        "Where is it?",
        "It left the warehouse today.",
        "Checked with the carrier.",
    ]
    inbox.reply(conv, "It arrives tomorrow.")  # and every later reply too
    synced(desk, server_url, ADA)
    assert messages_on_server(server_url, conv)[-1] == "It arrives tomorrow."
    assert rejected(server_url) == []


def test_an_interrupted_first_sync_pulls_before_it_sends(
    server_url: str, logins: None, alone: Callable[[str], Store], clock: FixedClock
) -> None:
    team = alone("team")  # the admin's desk brings the presets to the server
    synced(team, server_url, ADA)
    desk = alone("mia")  # the agent's desk worked alone, on its own copies of the presets
    inbox = InboxService(desk, clock)
    conv = inbox.create_conversation(inbox.create_customer("Anna"), "email", "Refund", "Please refund.").id
    inbox.reply(conv, "Done.")
    with desk.read() as session:
        assert session.get(Conversation, conv).sla_policy_id is not None  # type: ignore[union-attr]
    outbox.install(desk)

    def cut(rows: int, _expected: int) -> None:
        raise ConnectionResetError("the train went into a tunnel")

    assert not sync_once(desk, server_url, MIA, page_size=5, progress=cut).ok
    summary = synced(desk, server_url, MIA)
    assert summary.rejected == 0
    assert messages_on_server(server_url, conv) == ["Please refund.", "Done."]
    assert rejected(server_url) == []
    with desk.read() as session:  # the desk's presets folded into the server's
        names = sorted(p.name for p in session.scalars(select(SlaPolicy)))
    with connect(server_url) as conn:
        on_server = sorted(r["name"] for r in conn.execute("SELECT name FROM sla_policy").fetchall())
    assert names == on_server


def test_a_pull_whose_messages_belong_to_a_conversation_changed_after_its_bound_completes(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    conv = inbox.create_conversation(inbox.create_customer("Ole"), "chat", "Login", "I cannot log in.").id
    inbox.reply(conv, "Try the reset link.")
    synced(a, server_url, ADA)
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as holder:  # a long transaction holds the pull's bound down
        holder.execute("SELECT pg_current_xact_id()")
        inbox.set_priority(conv, "high")  # committed above the bound: the conversation is skipped
        synced(a, server_url, ADA)
        summary = sync_once(b, server_url, ADA)  # but its messages are below it
        assert summary.ok, summary.error
        with b.read() as session:
            got = session.get(Conversation, conv)
            assert got is not None and got.priority == "high"
        holder.rollback()
    for store in (a, b):
        synced(store, server_url, ADA)
    assert_identical(a, b, server_url)


def two_desks_on_one_conversation(
    url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> tuple[Store, Store, uuid.UUID]:
    """Desks A and B, both synced, holding one conversation made on A."""
    a, b = desktop("a"), desktop("b")
    inbox = InboxService(a, clock)
    conv = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Invoice", "Wrong amount.").id
    synced(a, url, ADA)
    synced(b, url, ADA)
    return a, b, conv


def test_a_field_changed_away_and_back_is_a_concurrent_change(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a, b, conv = two_desks_on_one_conversation(server_url, desktop, clock)
    InboxService(a, clock).set_priority(conv, "high")  # offline on A
    b_inbox = InboxService(b, clock)
    b_inbox.set_priority(conv, "urgent")
    synced(b, server_url, ADA)
    b_inbox.set_priority(conv, "normal")  # and back: the server holds A's base value again
    synced(b, server_url, ADA)
    synced(a, server_url, ADA)
    with connect(server_url) as conn:
        conflicts = conn.execute(
            "SELECT kept_value, lost_value FROM sync_conflict WHERE field = 'priority'"
        ).fetchall()
    assert len(conflicts) == 1, "A's change overwrote B's without a conflict row"
    assert {conflicts[0]["kept_value"], conflicts[0]["lost_value"]} == {"high", "normal"}
    for store in (b, a):
        synced(store, server_url, ADA)
    assert_identical(a, b, server_url)


def test_a_claim_lost_after_the_pull_refreshed_the_row_shows_the_winner(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a, b, conv = two_desks_on_one_conversation(server_url, desktop, clock)
    ada_id = _agent(server_url, "ada@shop.test")
    mia_id = _agent(server_url, "mia@shop.test")
    InboxService(b, clock).assign(conv, mia_id)  # B gives it to Mia and syncs
    InboxService(b, clock).set_priority(conv, "high")
    synced(b, server_url, ADA)
    InboxService(a, clock).assign(conv, ada_id)  # A claims it, not knowing
    with connect(server_url, ADA) as conn:
        # A sync in the background pulls while the claim waits (it was made after that sync's
        # push): the claim is kept, the rest of the row refreshed.
        pull(a, conn)
    synced(a, server_url, ADA)  # the claim loses; the server's row is not touched
    with a.read() as session:
        got = session.get(Conversation, conv)
        assert got is not None and got.assignee_id == mia_id and got.priority == "high"
    synced(b, server_url, ADA)
    assert_identical(a, b, server_url)


def _agent(url: str, email: str) -> uuid.UUID:
    with connect(url) as conn:
        row = conn.execute("SELECT id FROM agent WHERE email = %s", (email,)).fetchone()
    assert row is not None
    return uuid.UUID(str(row["id"]))


def test_a_row_sent_in_a_sync_whose_pull_failed_is_not_sent_again_as_new(
    server_url: str, logins: None, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    a, b = desktop("a"), desktop("b")
    synced(a, server_url, ADA)
    inbox = InboxService(a, clock)
    conv = inbox.create_conversation(inbox.create_customer("Kim"), "email", "Invoice", "Wrong amount.").id
    with connect(server_url, ADA) as conn:
        push(a, conn)  # sent; the pull of this sync never happened
    synced(b, server_url, ADA)
    InboxService(b, clock).set_priority(conv, "urgent")  # a newer change on another desk
    synced(b, server_url, ADA)
    synced(a, server_url, ADA)
    assert server_rows(server_url, "conversation")[str(conv)]["priority"] == "urgent"
    with connect(server_url) as conn:
        conflicts = conn.execute("SELECT field FROM sync_conflict").fetchall()
    assert conflicts == []
    synced(b, server_url, ADA)
    assert_identical(a, b, server_url)


def test_a_queued_change_carrying_a_folded_preset_reaches_the_server(
    server_url: str, logins: None, alone: Callable[[str], Store], clock: FixedClock
) -> None:
    team = alone("team")
    synced(team, server_url, ADA)  # the server's presets, with their own ids
    desk = alone("mia")
    outbox.install(desk)  # joined, not yet synced: everything is queued with the local preset ids
    inbox = InboxService(desk, clock)
    conv = inbox.create_conversation(inbox.create_customer("Anna"), "email", "Refund", "Please refund.").id
    with desk.read() as session:
        first = session.get(Conversation, conv).sla_policy_id  # type: ignore[union-attr]
        other = session.scalars(select(SlaPolicy.id).where(SlaPolicy.id != first)).first()
    with desk.write() as session:  # the conversation moves to another preset before the first sync
        session.execute(update(Conversation).where(Conversation.id == conv).values(sla_policy_id=other))
    summary = synced(desk, server_url, MIA)
    assert summary.rejected == 0
    assert messages_on_server(server_url, conv) == ["Please refund."]
    assert rejected(server_url) == []
    with desk.read() as session:
        assert session.scalars(select(SyncConflict)).all() == []
