# SPDX-License-Identifier: GPL-3.0-or-later
"""GDPR export, erasure and retention on one desktop (the sync side: tests/sync/test_erasure_sync.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agentdesk.attachments.content import read_all
from agentdesk.clock import FixedClock
from agentdesk.demo.build import build_demo
from agentdesk.errors import NotFoundError, PermissionDenied, ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.kpis import compute_kpis
from agentdesk.privacy.erase import erase_customer, find_customer
from agentdesk.privacy.export import export_customer
from agentdesk.privacy.retention import apply_retention, due, set_retention_years
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Agent,
    Attachment,
    AttachmentChunk,
    Conversation,
    Customer,
    CustomerErasure,
    Message,
    Role,
    SyncOutbox,
)
from agentdesk.sync import outbox


@pytest.fixture
def demo(store: Store, clock: FixedClock) -> Store:
    build_demo(store, 200, 3, anchor=clock.now())
    return store


def _richest(store: Store) -> Customer:
    """The demo customer with the most attachments."""
    with store.read() as session:
        counted = session.execute(
            select(Conversation.customer_id, func.count(Attachment.id))
            .join(Message, Message.conversation_id == Conversation.id)
            .join(Attachment, Attachment.message_id == Message.id)
            .group_by(Conversation.customer_id)
            .order_by(func.count(Attachment.id).desc())
        ).first()
        assert counted is not None
        customer = session.get(Customer, counted[0])
        assert customer is not None
        return customer


def test_the_export_of_a_demo_customer_holds_every_conversation_and_file_of_theirs_and_nothing_of_others(
    demo: Store, clock: FixedClock, tmp_path: Path
) -> None:
    her = _richest(demo)
    result = export_customer(demo, her.id, tmp_path / "out", clock)
    with demo.read() as session:
        conversations = set(
            session.scalars(select(Conversation.id).where(Conversation.customer_id == her.id)).all()
        )
        files = {
            a.id: read_all(session, a)
            for a in session.scalars(
                select(Attachment).join(Message).where(Message.conversation_id.in_(conversations))
            )
        }
        others_subjects = set(
            session.scalars(select(Conversation.subject).where(Conversation.customer_id != her.id)).all()
        )
        other_emails = set(session.scalars(select(Customer.email).where(Customer.id != her.id)).all()) - {
            None
        }
        message_count = session.scalar(
            select(func.count(Message.id)).where(Message.conversation_id.in_(conversations))
        )
    assert files and all(content is not None for content in files.values())
    with zipfile.ZipFile(result.path) as archive:
        data = json.loads(archive.read("data.json"))
        names = archive.namelist()
        contents = sorted(archive.read(n) for n in names if n.startswith("files/"))
        summary = archive.read("summary.html").decode()
    assert data["customer"]["email"] == her.email
    assert {c["id"] for c in data["conversations"]} == {str(c) for c in conversations}
    assert sum(len(c["messages"]) for c in data["conversations"]) == message_count == result.messages
    assert contents == sorted(c for c in files.values() if c is not None)
    assert result.files == len(files) and result.missing_files == 0
    text = json.dumps(data, ensure_ascii=False)
    assert not [e for e in other_emails if e is not None and e in text]
    leaked = [
        s
        for s in others_subjects
        if s and len(s) > 25 and s in text and s not in {c["subject"] for c in data["conversations"]}
    ]
    assert leaked == []
    assert her.name in summary and "<script" not in summary


def test_an_erasure_empties_every_text_and_file_of_the_customer_and_keeps_the_kpis(
    demo: Store, clock: FixedClock
) -> None:
    her = _richest(demo)
    start, end = clock.now() - dt.timedelta(days=120), clock.now()
    before = compute_kpis(demo, start, end, now=clock.now())
    with demo.read() as session:
        phrase = session.scalar(
            select(Message.body_text)
            .join(Conversation)
            .where(Conversation.customer_id == her.id, Message.direction == "inbound")
            .order_by(func.length(Message.body_text).desc())
        )
        assert phrase
    word = max(phrase.split(), key=len).strip(".,!?:;\"'()")
    erase_customer(demo, her.id, "request", clock)
    after = compute_kpis(demo, start, end, now=clock.now())
    assert dataclasses.replace(after, seconds=0) == dataclasses.replace(before, seconds=0)
    raw = demo.raw()
    try:
        assert raw.execute(
            "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH ?", (f'"{her.name.split()[-1]}"',)
        ).fetchone()[0] == sum(
            1 for (n,) in raw.execute("SELECT name FROM customer") if her.name.split()[-1] in n
        )
        hits = raw.execute(
            "SELECT rowid FROM message_fts WHERE message_fts MATCH ?", (f'"{word}"',)
        ).fetchall()
        rows = {r for (r,) in raw.execute("SELECT rowid FROM message WHERE body_text LIKE ?", (f"%{word}%",))}
        assert {h for (h,) in hits} <= rows  # whatever is still found is someone else's message
    finally:
        raw.close()
    with demo.read() as session:
        customer = session.get(Customer, her.id)
        assert customer is not None and customer.name == "" and customer.email is None
        mine = select(Conversation.id).where(Conversation.customer_id == her.id)
        assert session.scalars(select(Conversation.subject).where(Conversation.id.in_(mine))).all() == [
            ""
        ] * len(session.scalars(mine).all())
        assert set(session.scalars(select(Message.body_text).where(Message.conversation_id.in_(mine)))) == {
            ""
        }
        assert (
            session.scalar(
                select(func.count(Attachment.id)).join(Message).where(Message.conversation_id.in_(mine))
            )
            == 0
        )
        assert session.scalar(select(func.count(CustomerErasure.id))) == 1
    with pytest.raises(ValidationError):
        erase_customer(demo, her.id, "request", clock)
    with pytest.raises(NotFoundError), demo.read() as session:
        find_customer(session, her.email or "x@example.com")


def test_only_a_supervisor_or_an_admin_erases_and_the_erasure_record_alone_is_queued(
    store: Store, clock: FixedClock
) -> None:
    outbox.install(store)
    inbox = InboxService(store, clock)
    who = inbox.create_customer("Mette Frederiksen", email="mette@example.dk")
    inbox.create_conversation(who, "email", "Faktura", "Hvor er min faktura?")
    with store.write() as session:
        agent = Agent(name="Lise", email="lise@shop.test", role=Role.AGENT.value)
        boss = Agent(name="Per", email="per@shop.test", role=Role.SUPERVISOR.value)
        session.add_all([agent, boss])
        session.flush()
        agent_id, boss_id = agent.id, boss.id
    with pytest.raises(PermissionDenied):
        erase_customer(store, who, "request", clock, actor_id=agent_id)
    with pytest.raises(ValidationError):
        erase_customer(store, who, "because", clock, actor_id=boss_id)
    erase_customer(store, who, "consent", clock, actor_id=boss_id)
    with store.read() as session:
        queued = session.scalars(select(SyncOutbox).where(SyncOutbox.table_name != "agent")).all()
    assert [(q.table_name, q.op) for q in queued] == [("customer_erasure", "insert")]
    assert set(queued[0].fields) >= {"customer_id", "reason", "erased_at"}
    assert "Mette" not in json.dumps(queued[0].fields)


def test_retention_anonymises_only_customers_silent_for_longer_than_the_period(
    store: Store, clock: FixedClock
) -> None:
    inbox = InboxService(store, clock)
    old = inbox.create_customer("Old Timer", email="old@example.com")
    inbox.create_conversation(
        old, "email", "Hello", "An old question.", when=clock.now() - dt.timedelta(days=4 * 366)
    )
    recent = inbox.create_customer("Recent Buyer", email="recent@example.com")
    inbox.create_conversation(
        recent, "email", "Hi", "A new question.", when=clock.now() - dt.timedelta(days=30)
    )
    with pytest.raises(ValidationError):
        apply_retention(store, clock)  # no period set
    set_retention_years(store, 3)
    dry = apply_retention(store, clock, dry_run=True)
    assert (dry.due, dry.erased) == (1, 0)
    run = apply_retention(store, clock)
    assert (run.years, run.due, run.erased) == (3, 1, 1)
    with store.read() as session:
        assert session.get(Customer, old).name == ""  # type: ignore[union-attr]
        assert session.get(Customer, recent).name == "Recent Buyer"  # type: ignore[union-attr]
        assert due(session, 3, clock.now()) == []
        assert session.scalar(select(func.count(AttachmentChunk.id))) == 0


def test_importing_an_exchange_file_written_before_the_erasure_brings_nothing_back(
    demo: Store, clock: FixedClock, tmp_path: Path
) -> None:
    from agentdesk.exchange import export_jsonl, import_jsonl

    her = _richest(demo)
    export_jsonl(demo, tmp_path / "before.jsonl")
    erase_customer(demo, her.id, "request", clock)

    def files_of_hers() -> int:
        with demo.read() as session:
            mine = select(Conversation.id).where(Conversation.customer_id == her.id)
            counted = session.scalar(
                select(func.count(Attachment.id)).join(Message).where(Message.conversation_id.in_(mine))
            )
            return int(counted or 0)

    assert files_of_hers() == 0
    import_jsonl(demo, tmp_path / "before.jsonl")
    assert files_of_hers() == 0
    with demo.read() as session:
        customer = session.get(Customer, her.id)
        assert customer is not None and customer.name == "" and customer.email is None
