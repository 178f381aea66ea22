# SPDX-License-Identifier: GPL-3.0-or-later
"""The reconciliation check: rows a desktop lost (here: deleted behind the sync's back) are found
and fetched again; a busy server is no drift; the outbox is never touched."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Message, SyncOutbox
from agentdesk.sync import reconcile
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

ADA = Credentials("rec_ada", "pw")


def count(store: Store, model: type) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_lost_rows_are_found_and_fetched_again_without_touching_the_outbox(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(server_url, ADA.user, ADA.password, name="Ada", email="ada@shop.test", role="admin")
    a = desktop("a")
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    conv = inbox.create_conversation(customer, "email", "Invoice", "Hello").id
    for n in range(3):
        inbox.reply(conv, f"Answer {n}")
    assert sync_once(a, server_url, ADA).ok
    messages = count(a, Message)
    with connect(server_url, ADA) as conn:
        assert reconcile.check(a, conn).drifted == []  # in step

    # A local change not sent yet, and two messages lost behind the sync's back.
    inbox.add_note(conv, "Not sent yet")
    waiting = count(a, SyncOutbox)
    assert waiting > 0
    raw = sqlite3.connect(a.path)
    raw.execute("DELETE FROM message WHERE body_text IN ('Answer 0', 'Answer 1')")
    raw.commit()
    raw.close()
    with connect(server_url, ADA) as conn:
        found = reconcile.check(a, conn)
    assert found.drifted == ["message"]
    assert count(a, SyncOutbox) == waiting  # the check itself changes nothing but the cursor

    summary = sync_once(a, server_url, ADA)  # the cursor was set back: the next pull repairs
    assert summary.ok
    assert count(a, Message) == messages + 1  # both back, and the note
    assert count(a, SyncOutbox) == 0  # the note went out, once

    # The check inside a sync finds and repairs it by itself.
    raw = sqlite3.connect(a.path)
    raw.execute("DELETE FROM message WHERE body_text = 'Answer 2'")
    raw.commit()
    raw.close()
    summary = sync_once(a, server_url, ADA, check=True)
    assert summary.ok and summary.repaired == ["message"]
    assert "message fetched again" in summary.text()
    assert count(a, Message) == messages + 1
    with connect(server_url, ADA) as conn:
        assert reconcile.check(a, conn).drifted == []
        notes = conn.execute("SELECT count(*) AS n FROM message WHERE body_text = 'Not sent yet'").fetchone()
    assert notes is not None and notes["n"] == 1


def test_rows_committed_since_the_last_pull_are_no_drift(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(server_url, "rec_bo", "pw", name="Bo", email="bo@shop.test", role="admin")
    bo = Credentials("rec_bo", "pw")
    a, b = desktop("a"), desktop("b")
    customer = InboxService(a, clock).create_customer("Jens Hansen", email="jens@example.dk")
    InboxService(a, clock).create_conversation(customer, "email", "Invoice", "Hello")
    assert sync_once(a, server_url, bo).ok and sync_once(b, server_url, bo).ok
    busy = InboxService(b, clock)
    conv = busy.create_conversation(customer, "chat", "More", "Hi again").id
    busy.reply(conv, "Coming")
    assert sync_once(b, server_url, bo).ok  # the server now has rows A has not pulled
    with connect(server_url, bo) as conn:
        assert reconcile.check(a, conn).drifted == []
