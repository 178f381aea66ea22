# SPDX-License-Identifier: GPL-3.0-or-later
"""GDPR erasure through sync: three desktops, one offline during the erasure holding a reply to the
customer; afterwards nothing of the customer is in any replica, on the server or in the search
index, and the offline desk's stale queue brings nothing back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk.attachments.content import add_attachment
from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService, NewAttachment
from agentdesk.metrics.surveys import SurveyService
from agentdesk.privacy.erase import erase_customer
from agentdesk.store.database import Store
from agentdesk.store.models import Attachment, AttachmentChunk, Conversation, Message, SurveyResponse
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once

pytestmark = pytest.mark.server

OLE = Credentials("gdpr_ole", "ole-pw")  # supervisor: erases
ANNA = Credentials("gdpr_anna", "anna-pw")  # agent
ADA = Credentials("gdpr_ada", "ada-pw")  # admin: offline during the erasure

NAME, EMAIL = "Birgitte Kjærsgaard", "birgitte.k@example.dk"
PHRASE = "Flødeboller leverance"  # in her first message
OFFLINE_PHRASE = "Zitronenkuchen Bestellung"  # in the reply the offline desk holds
SECRET_FILE = b"%PDF-1.4 kundekort Birgitte 4711 0000 1234"


def synced(store: Store, url: str, who: Credentials) -> None:
    summary = sync_once(store, url, who)
    assert summary.ok, summary.error


def traces_local(store: Store) -> list[str]:
    """Every place in this replica that still names her, found with raw SQL (FTS included)."""
    found: list[str] = []
    raw = store.raw()
    try:
        for needle in ("Birgitte", "Kjærsgaard", "birgitte.k@example.dk", "Flødeboller", "Zitronenkuchen"):
            like = f"%{needle}%"
            for sql in (
                "SELECT 'customer' FROM customer WHERE name LIKE ? OR email LIKE ? OR notes LIKE ?",
                "SELECT 'conversation' FROM conversation WHERE subject LIKE ? OR snippet LIKE ? OR ? IS NULL",
                "SELECT 'message' FROM message WHERE body_text LIKE ? OR author_name LIKE ? OR meta LIKE ?",
                "SELECT 'attachment' FROM attachment WHERE filename LIKE ? OR ? IS NULL OR ? IS NULL",
                "SELECT 'outbox' FROM sync_outbox WHERE fields LIKE ? OR ? IS NULL OR ? IS NULL",
                "SELECT 'conflict' FROM sync_conflict WHERE kept_value LIKE ? OR lost_value LIKE ?"
                " OR ? IS NULL",
                "SELECT 'survey' FROM survey_response WHERE comment LIKE ? OR ? IS NULL OR ? IS NULL",
            ):
                found += [f"{row[0]}:{needle}" for row in raw.execute(sql, (like, like, like))]
            term = '"' + needle.split("@")[0].split(".")[0] + '"'
            for index in ("customer_fts", "conversation_fts", "message_fts"):
                hits = raw.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH ?", (term,)).fetchone()
                if hits[0]:
                    found.append(f"{index}:{needle}")
        chunks = raw.execute("SELECT count(*) FROM attachment_chunk WHERE instr(data, ?) > 0", (SECRET_FILE,))
        if chunks.fetchone()[0]:
            found.append("attachment_chunk")
    finally:
        raw.close()
    return found


def traces_on_server(url: str) -> list[str]:
    found: list[str] = []
    with connect(url) as conn:
        for needle in ("Birgitte", "Kjærsgaard", "birgitte.k@example.dk", "Flødeboller", "Zitronenkuchen"):
            like = f"%{needle}%"
            for sql in (
                "SELECT 'customer' AS t FROM customer WHERE name LIKE %s OR email LIKE %s OR notes LIKE %s",
                "SELECT 'conversation' AS t FROM conversation WHERE subject LIKE %s OR snippet LIKE %s"
                " OR %s::text IS NULL",
                "SELECT 'message' AS t FROM message WHERE body_text LIKE %s OR author_name LIKE %s"
                " OR meta::text LIKE %s",
                "SELECT 'attachment' AS t FROM attachment WHERE filename LIKE %s"
                " OR %s::text IS NULL OR %s::text IS NULL",
                "SELECT 'conflict' AS t FROM sync_conflict WHERE kept_value::text LIKE %s"
                " OR lost_value::text LIKE %s OR %s::text IS NULL",
                "SELECT 'survey' AS t FROM survey_response WHERE comment LIKE %s"
                " OR %s::text IS NULL OR %s::text IS NULL",
            ):
                found += [f"{row['t']}:{needle}" for row in conn.execute(sql, (like, like, like)).fetchall()]
        chunk = conn.execute(
            "SELECT count(*) AS n FROM attachment_chunk WHERE position(%s in data) > 0", (SECRET_FILE,)
        )
        row = chunk.fetchone()
        if row is not None and row["n"]:
            found.append("attachment_chunk")
    return found


@pytest.fixture
def desks(server_url: str, desktop: Callable[[str], Store]) -> tuple[Store, Store, Store]:
    from agentdesk.sync.server import add_agent

    add_agent(
        server_url,
        OLE.user,
        OLE.password,
        name="Ole",
        email="ole@shop.test",
        role="supervisor",
        tiers=[1, 2, 3],
    )
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@shop.test", tiers=[1, 2, 3])
    add_agent(server_url, ADA.user, ADA.password, name="Ada", email="ada@shop.test", role="admin")
    return desktop("a"), desktop("b"), desktop("c")


def test_an_erasure_reaches_every_replica_and_the_server_and_a_stale_offline_reply_brings_nothing_back(
    desks: tuple[Store, Store, Store], server_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    a, b, c = desks
    inbox = InboxService(a, clock)
    her = inbox.create_customer(NAME, email=EMAIL, language="da", company="Kjærsgaard ApS")
    pdf = NewAttachment("kundekort-birgitte.pdf", "application/pdf", len(SECRET_FILE), SECRET_FILE)
    hers = inbox.create_conversation(
        her, "email", "Birgitte: pakke mangler", f"Hej, min {PHRASE} er ikke kommet.", attachments=[pdf]
    )
    clock.advance(minutes=3)
    inbox.reply(hers.id, "Kære Birgitte, vi undersøger det.")
    SurveyService(a, clock).record(hers.id, "csat", 4, comment="Birgitte var glad")
    other = inbox.create_customer("Hans Jensen", email="hans@example.dk")
    his = inbox.create_conversation(other, "email", "Invoice copy", "Please send the invoice again.")
    for store, who in ((a, OLE), (b, ANNA), (c, ADA)):
        synced(store, server_url, who)

    # C goes offline and answers her: the reply (and its file) wait in C's queue.
    clock.advance(minutes=5)
    reply = InboxService(c, clock).reply(hers.id, f"Ihre {OFFLINE_PHRASE} ist unterwegs, Birgitte.")
    with c.write() as session:
        add_attachment(session, reply, SECRET_FILE, filename="birgitte-rechnung.pdf", now=clock.now())
    assert outbox.pending_count(c) > 0

    # A erases her and syncs; B syncs; then C comes back.
    clock.advance(minutes=5)
    result = erase_customer(a, her, "request", clock)
    assert (result.conversations, result.attachments) == (1, 1)
    assert traces_local(a) == []
    synced(a, server_url, OLE)
    assert traces_on_server(server_url) == []
    synced(b, server_url, ANNA)
    synced(c, server_url, ADA)
    for store, who in ((a, OLE), (b, ANNA), (c, ADA), (a, OLE), (b, ANNA)):
        synced(store, server_url, who)

    assert traces_on_server(server_url) == []
    for store in (a, b, c):
        assert traces_local(store) == [], store.path
        assert outbox.pending_count(store) == 0
        with store.read() as session:
            # KPIs stay right: her conversation, its messages and her score are still counted.
            conv = session.get(Conversation, hers.id)
            assert conv is not None and conv.subject == "" and conv.first_response_at is not None
            assert conv.customer_id == her
            assert (
                session.scalar(select(SurveyResponse.score).where(SurveyResponse.conversation_id == hers.id))
                == 4
            )
            assert session.scalars(select(Message.id).where(Message.conversation_id == hers.id)).all()
            assert (
                session.scalars(
                    select(Attachment.id).where(
                        Attachment.message_id.in_(
                            select(Message.id).where(Message.conversation_id == hers.id)
                        )
                    )
                ).all()
                == []
            )
            # nothing of anyone else went
            mine = session.get(Conversation, his.id)
            assert mine is not None and mine.subject == "Invoice copy"
            assert session.scalar(select(AttachmentChunk.id).limit(1)) is None
    with connect(server_url) as conn:
        row = conn.execute("SELECT count(*) AS n FROM message WHERE id = %s", (reply,)).fetchone()
        assert row is not None and row["n"] == 0  # the stale reply never reached the server
        kept = conn.execute("SELECT customer_id, reason FROM customer_erasure").fetchall()
        assert [(r["customer_id"], r["reason"]) for r in kept] == [(her, "request")]

    # Not even in the database files.
    for store in (a, b, c):
        path = store.path
        store.close()
        for file in (path, Path(f"{path}-wal")):
            if file.exists():
                data = file.read_bytes()
                for needle in (PHRASE, OFFLINE_PHRASE, EMAIL, NAME):
                    assert needle.encode() not in data, (file.name, needle)
                assert SECRET_FILE not in data, file.name
