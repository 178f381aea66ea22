# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSONL exchange format: exact round trips, imports that meet existing rows, and broken files that
must leave the database untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from agentdesk.attachments import chunk_id
from agentdesk.errors import ImportFormatError
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.exchange import schema as exchange_schema
from agentdesk.exchange import write as exchange_write
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import (
    Agent,
    Attachment,
    AttachmentChunk,
    Base,
    BusinessCalendar,
    Conversation,
    ConversationEvent,
    Customer,
    Message,
    SlaPolicy,
    SurveyResponse,
    Team,
)

T0 = dt.datetime(2026, 11, 2, 8, 15, 30, 123456, tzinfo=dt.UTC)
MODELS: list[type[Base]] = [
    Team,
    BusinessCalendar,
    SlaPolicy,
    Agent,
    Customer,
    Conversation,
    Message,
    Attachment,
    ConversationEvent,
    SurveyResponse,
]
TABLES = [m.__tablename__ for m in MODELS]


INVOICE = bytes([0, 1, 2, 254, 255])
INVOICE_ID = uuid.UUID("01900000-0000-7000-8000-0000000000aa")


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def build_workspace(store: Store) -> dict[str, Any]:
    """A small workspace that touches every field kind the format knows."""
    with store.write() as s:
        billing = Team(name="Billing", description="Rechnungen & Zahlungen")
        second = Team(name="Tier 2 — Technik")
        s.add_all([billing, second])
        s.flush()
        calendar = BusinessCalendar(
            name="København", definition={"zone": "Europe/Copenhagen", "days": {"mon": ["08:00", "16:00"]}}
        )
        s.add(calendar)
        s.flush()
        policy = SlaPolicy(
            name="Premium",
            position=2,
            match={"plan": ["premium"]},
            first_response_minutes=60,
            resolution_minutes=480,
            calendar_id=calendar.id,
            warning_share=0.2,
        )
        s.add(policy)
        anna = Agent(
            name="Anna Müller",
            email="anna@example.com",
            role="supervisor",
            tiers=[1, 2],
            team_id=billing.id,
            language="de",
        )
        soren = Agent(
            name="Søren Kierkegaard",
            email="soren@example.com",
            tiers=[2, 3],
            team_id=second.id,
            language="da",
        )
        ken = Agent(name="Ken Old", email="ken@example.com", role="admin", active=False, rev=7)
        s.add_all([anna, soren, ken])
        s.flush()

        juergen = Customer(
            name="Jürgen Müller",
            email="juergen@bäckerei.de",
            other_emails=["jm@example.de", "müller@example.de"],
            phone="+49 30 1234567",
            company="Bäckerei Müller GmbH",
            plan="premium",
            language="de",
            notes="Prefers German. 🥨",
            created_at=at(-10_000),
        )
        soeren = Customer(name="Søren Østergaard", email="so@example.dk", language="da", created_at=at(-5000))
        li = Customer(name="李雷 🙂", company=None, plan="basic", created_at=at(-100))
        lonely = Customer(name="Lonely Lise", email="lise@example.com", created_at=at(-50), rev=3)
        cc = Customer(name="Carbon Copy", email="cc@example.com", created_at=at(-40))
        s.add_all([juergen, soeren, li, lonely, cc])
        s.flush()

        c1 = Conversation(
            number=1,
            customer_id=juergen.id,
            channel="email",
            subject="Rechnung doppelt abgebucht — bitte prüfen",
            status="open",
            priority="urgent",
            tier=2,
            team_id=billing.id,
            assignee_id=anna.id,
            tags=["billing", "refund", "😀"],
            language="de",
            mood="angry",
            created_at=at(0),
            first_response_at=at(12.5),
            follow_up_at=at(3000),
            last_activity_at=at(30),
            waiting_since=at(30),
            snippet="Ich warte immer noch …",
            message_count=4,
            sla_policy_id=policy.id,
            first_response_due_at=at(60),
            next_response_due_at=at(90),
            resolution_due_at=at(480),
            due_at=at(90),
            rev=42,
        )
        c3 = Conversation(
            number=3,
            customer_id=soeren.id,
            channel="phone",
            subject="Opkald om levering",
            status="pending",
            tier=1,
            assignee_id=soren.id,
            language="da",
            created_at=at(100),
            last_activity_at=at(110),
        )
        s.add_all([c1, c3])
        s.flush()
        # Number 2 is merged into number 3: its merged_into reference points further down the file.
        c2 = Conversation(
            number=2,
            customer_id=soeren.id,
            channel="chat",
            subject="Hvor er min pakke?",
            status="closed",
            priority="low",
            language="da",
            mood="neutral",
            created_at=at(50),
            solved_at=at(105),
            last_activity_at=at(105),
            merged_into_id=c3.id,
        )
        c4 = Conversation(
            number=None,
            customer_id=li.id,
            channel="web_form",
            subject="表单问题 ✉️",
            created_at=at(200),
            last_activity_at=at(200),
            deleted_at=at(201),
        )
        s.add_all([c2, c4])
        s.flush()

        inbound = Message(
            conversation_id=c1.id,
            direction="inbound",
            channel="email",
            author_customer_id=juergen.id,
            author_name="Jürgen Müller",
            body_text="Sie haben zweimal abgebucht.\nBitte erstatten.",
            body_html="<p>Sie haben <b>zweimal</b> abgebucht.</p>",
            meta={"from": "juergen@bäckerei.de", "headers": {"X-Prio": "1"}},
            external_id="<abc123@mail.example.de>",
            created_at=at(0),
        )
        reply = Message(
            conversation_id=c1.id,
            direction="outbound",
            channel="email",
            author_agent_id=anna.id,
            author_name="Anna Müller",
            body_text="Wir prüfen das.",
            delivery_state="sent",
            external_id="<reply-1@agentdesk>",
            created_at=at(12.5),
        )
        note = Message(
            conversation_id=c1.id,
            direction="note",
            channel="email",
            author_agent_id=soren.id,
            author_name="Søren",
            body_text="Escalated: payment provider issue 💳",
            created_at=at(20),
        )
        cc_msg = Message(
            conversation_id=c1.id,
            direction="inbound",
            channel="email",
            author_customer_id=cc.id,
            author_name="Carbon Copy",
            body_text="Same here.",
            created_at=at(20),  # same time as the note: the id decides the order
            deleted_at=at(25),
            rev=9,
        )
        chat = Message(
            conversation_id=c2.id,
            direction="inbound",
            channel="chat",
            author_customer_id=soeren.id,
            body_text="Hej!",
            created_at=at(50),
        )
        failed = Message(
            conversation_id=c3.id,
            direction="outbound",
            channel="phone",
            author_agent_id=soren.id,
            body_text="Callback",
            delivery_state="failed",
            created_at=at(101),
        )
        s.add_all([inbound, reply, note, cc_msg, chat, failed])
        s.flush()
        s.add_all(
            [
                Attachment(  # its content in pieces, as every desk keeps it (agentdesk.attachments)
                    id=INVOICE_ID,
                    message_id=inbound.id,
                    filename="Rechnung März.pdf",
                    content_type="application/pdf",
                    size=5,
                    sha256=hashlib.sha256(INVOICE).hexdigest(),
                ),
                Attachment(
                    message_id=inbound.id,
                    filename="logo.png",
                    content_type="image/png",
                    size=0,
                    content_id="<logo@x>",
                    content=None,
                ),
            ]
        )
        s.flush()
        s.add(AttachmentChunk(id=chunk_id(INVOICE_ID, 0), attachment_id=INVOICE_ID, seq=0, data=INVOICE))
        s.add_all(
            [
                ConversationEvent(
                    conversation_id=c1.id,
                    kind="created",
                    data={"channel": "email", "by": "customer"},
                    created_at=at(0),
                ),
                ConversationEvent(
                    conversation_id=c1.id,
                    kind="assignment",
                    actor_agent_id=ken.id,
                    data={"from": None, "to": str(anna.id)},
                    created_at=at(1),
                ),
                ConversationEvent(
                    conversation_id=c1.id,
                    kind="escalation",
                    actor_agent_id=anna.id,
                    data={
                        "from_tier": 1,
                        "to_tier": 2,
                        "reason": "Zahlungsanbieter",
                        "note_id": str(note.id),
                    },
                    created_at=at(20),
                ),
                ConversationEvent(
                    conversation_id=c1.id,
                    kind="transfer",
                    actor_agent_id=anna.id,
                    data={"from_team": None, "to_team": str(billing.id)},
                    created_at=at(21),
                ),
                ConversationEvent(
                    conversation_id=c1.id,
                    kind="tag",
                    data={"added": ["😀"], "removed": []},
                    created_at=at(22),
                ),
                ConversationEvent(
                    conversation_id=c1.id,
                    kind="sla_warning",
                    data={"target": "next_response"},
                    created_at=at(80),
                ),
                ConversationEvent(
                    conversation_id=c2.id,
                    kind="merge",
                    actor_agent_id=soren.id,
                    data={"source": str(c2.id), "target": str(c3.id), "source_number": 2, "target_number": 3},
                    created_at=at(105),
                ),
                ConversationEvent(
                    conversation_id=c3.id,
                    kind="merge",
                    actor_agent_id=soren.id,
                    data={"source": str(c2.id), "target": str(c3.id), "source_number": 2, "target_number": 3},
                    created_at=at(105),
                ),
                SurveyResponse(
                    conversation_id=c2.id,
                    customer_id=soeren.id,
                    kind="csat",
                    score=4,
                    comment="Fint 👍",
                    created_at=at(106),
                ),
                SurveyResponse(
                    customer_id=lonely.id, kind="nps", score=9.5, scale_min=0, scale_max=10, created_at=at(-1)
                ),
            ]
        )
    return {
        "c1": c1.id,
        "c2": c2.id,
        "c3": c3.id,
        "anna": anna.id,
        "billing": billing.id,
        "inbound": inbound.id,
        "juergen": juergen.id,
    }


@pytest.fixture
def workspace(store: Store) -> dict[str, Any]:
    return build_workspace(store)


@pytest.fixture
def new_store(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        s = open_store(tmp_path / name)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


def row_counts(store: Store) -> dict[str, int]:
    conn = store.raw()
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def content_hash(store: Store) -> str:
    """A hash over every row of every table the exchange format touches, as stored."""
    digest = hashlib.sha256()
    conn = store.raw()
    try:
        for table in TABLES:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def orm_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row as the ORM loads it: proves that rows written with raw SQL read back correctly."""
    out: dict[str, list[dict[str, Any]]] = {}
    with store.read() as s:
        for model in MODELS:
            columns = [c.key for c in inspect(model).column_attrs]
            out[model.__tablename__] = [
                {c: getattr(obj, c) for c in columns}
                for obj in s.scalars(select(model).order_by(*inspect(model).primary_key))
            ]
    return out


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_lines(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------------
# Export and round trip


def test_round_trip_is_byte_identical(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    first = tmp_path / "first.jsonl"
    summary = export_jsonl(store, first)
    assert (summary.conversations, summary.customers, summary.messages) == (4, 5, 6)
    assert summary.counts["attachment"] == 2
    assert summary.counts["survey_response"] == 2
    # teams, calendar, policy, agents, customers without conversations, conversations, orphan survey
    assert summary.lines == 2 + 1 + 1 + 3 + 2 + 4 + 1

    target = new_store("copy.sqlite")
    result = import_jsonl(target, first)
    assert result.records == summary.lines
    assert result.skipped == 0
    assert result.renumbered == []
    for table in TABLES:
        assert result.tables[table].inserted == summary.counts[table], table

    assert result.describe().startswith(
        "Imported 2 teams, 1 business calendar, 1 SLA policy, 3 agents, 5 customers"
    )
    second = tmp_path / "second.jsonl"
    export_jsonl(target, second)
    assert second.read_bytes() == first.read_bytes()
    assert orm_rows(target) == orm_rows(store)


def test_export_layout_is_documented_shape(store: Store, workspace: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    export_jsonl(store, out)
    raw = out.read_bytes()
    assert raw.endswith(b"}\n") and b"\n\n" not in raw
    assert "Jürgen Müller".encode() in raw and "😀".encode() in raw  # ensure_ascii=False
    assert not list(tmp_path.glob(".*.part"))

    lines = read_lines(out)
    assert all(x["format"] == "agentdesk-exchange" and x["version"] == 1 for x in lines)
    types = [x["type"] for x in lines]
    assert types == [
        "team",
        "team",
        "business_calendar",
        "sla_policy",
        "agent",
        "agent",
        "agent",
        "customer",
        "customer",
        "conversation",
        "conversation",
        "conversation",
        "conversation",
        "survey_response",
    ]
    convs = [x for x in lines if x["type"] == "conversation"]
    assert [c["conversation"]["number"] for c in convs] == [1, 2, 3, None]  # unnumbered last
    c1 = convs[0]
    assert c1["conversation"]["id"] == str(workspace["c1"])
    assert c1["conversation"]["created_at"] == "2026-11-02T08:15:30.123456Z"
    assert c1["conversation"]["tags"] == ["billing", "refund", "😀"]
    assert c1["conversation"]["rev"] == 42
    assert c1["customer"]["name"] == "Jürgen Müller"
    times = [(m["created_at"], m["id"]) for m in c1["messages"]]
    assert times == sorted(times)
    assert [m["direction"] for m in c1["messages"]][:2] == ["inbound", "outbound"]
    pdf = c1["messages"][0]["attachments"]
    assert {a["filename"]: a["content"] for a in pdf} == {"Rechnung März.pdf": "AAEC/v8=", "logo.png": None}
    assert convs[1]["conversation"]["merged_into_id"] == str(workspace["c3"])
    assert convs[1]["survey_responses"][0]["score"] == 4.0
    assert lines[-1]["survey_response"]["conversation_id"] is None
    agent = next(x for x in lines if x["type"] == "agent" and x["agent"]["email"] == "ken@example.com")
    assert agent["agent"]["active"] is False and agent["agent"]["team_id"] is None


def test_empty_workspace_exports_empty_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.jsonl"
    out.write_text("old content")
    summary = export_jsonl(store, out)
    assert out.read_bytes() == b""
    assert summary.lines == 0
    assert "empty" in summary.describe()


# --------------------------------------------------------------------------------------------------
# Importing into a database that has some of the rows


def test_reimport_into_same_database_duplicates_nothing(
    store: Store, workspace: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "x.jsonl"
    exported = export_jsonl(store, out)
    before = (row_counts(store), content_hash(store))

    result = import_jsonl(store, out)

    assert (row_counts(store), content_hash(store)) == before
    assert result.inserted == 0
    for table in TABLES:
        assert result.tables[table].skipped == exported.counts[table], table
    assert "Skipped" in result.describe()


def test_import_adds_only_what_is_new(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    target = new_store("target.sqlite")
    import_jsonl(target, export_jsonl(store, tmp_path / "a.jsonl").path)
    with store.write() as s:
        s.add(
            Message(
                conversation_id=workspace["c1"],
                direction="inbound",
                channel="email",
                author_customer_id=workspace["juergen"],
                body_text="Noch etwas.",
                created_at=at(40),
            )
        )
        new_customer = Customer(name="Neu Kunde", created_at=at(300))
        s.add(new_customer)
        s.flush()
        s.add(Conversation(number=5, customer_id=new_customer.id, channel="email", created_at=at(300)))
    later = export_jsonl(store, tmp_path / "b.jsonl")

    result = import_jsonl(target, later.path)

    assert result.tables["message"].inserted == 1
    assert result.tables["message"].skipped == 6
    assert result.tables["conversation"].inserted == 1
    assert result.tables["customer"].inserted == 1
    assert result.tables["customer"].skipped == 5  # each customer counted once, not once per line
    assert result.tables["agent"].skipped == 3
    assert row_counts(target) == row_counts(store)


def test_conversation_number_clash_gets_next_free_number(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    out = export_jsonl(store, tmp_path / "x.jsonl").path
    target = new_store("target.sqlite")
    with target.write() as s:
        someone = Customer(name="Other")
        s.add(someone)
        s.flush()
        s.add(Conversation(number=2, customer_id=someone.id, channel="letter", subject="Existing #2"))
        s.add(Conversation(number=7, customer_id=someone.id, channel="letter", subject="Existing #7"))

    result = import_jsonl(target, out)

    assert [(r.conversation_id, r.old_number, r.new_number) for r in result.renumbered] == [
        (workspace["c2"], 2, 8)
    ]
    assert "Conversation #2 was imported as #8" in result.describe()
    with target.read() as s:
        numbers = {c.subject: c.number for c in s.scalars(select(Conversation))}
        merged = s.get(Conversation, workspace["c2"])
        assert merged is not None and merged.merged_into_id == workspace["c3"]
    assert numbers["Existing #2"] == 2
    assert numbers["Hvor er min pakke?"] == 8
    assert numbers["Rechnung doppelt abgebucht — bitte prüfen"] == 1
    assert numbers["Opkald om levering"] == 3


def test_same_named_team_and_same_email_agent_are_matched(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    out = export_jsonl(store, tmp_path / "x.jsonl").path
    target = new_store("target.sqlite")
    with target.write() as s:
        team = Team(name="Billing")
        s.add(team)
        s.flush()
        anna = Agent(name="Anna M.", email="anna@example.com", team_id=team.id)
        s.add(anna)
        s.flush()
        team_id, anna_id = team.id, anna.id

    result = import_jsonl(target, out)

    assert result.tables["team"].matched == 1 and result.tables["team"].inserted == 1
    assert result.tables["agent"].matched == 1 and result.tables["agent"].inserted == 2
    with target.read() as s:
        c1 = s.get(Conversation, workspace["c1"])
        assert c1 is not None and (c1.assignee_id, c1.team_id) == (anna_id, team_id)
        events = {e.kind: e for e in s.scalars(select(ConversationEvent))}
        assert events["assignment"].data["to"] == str(anna_id)
        assert events["transfer"].data["to_team"] == str(team_id)
        assert events["escalation"].actor_agent_id == anna_id
        assert len(s.scalars(select(Agent).where(Agent.email == "anna@example.com")).all()) == 1


def test_external_id_taken_by_another_message_is_dropped(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    out = export_jsonl(store, tmp_path / "x.jsonl").path
    target = new_store("target.sqlite")
    with target.write() as s:
        someone = Customer(name="Other")
        s.add(someone)
        s.flush()
        conv = Conversation(customer_id=someone.id, channel="email")
        s.add(conv)
        s.flush()
        s.add(
            Message(
                conversation_id=conv.id,
                direction="inbound",
                channel="email",
                external_id="<abc123@mail.example.de>",
            )
        )

    result = import_jsonl(target, out)

    assert result.cleared_external_ids == 1
    with target.read() as s:
        inbound = s.get(Message, workspace["inbound"])
        assert inbound is not None and inbound.external_id is None
        assert inbound.body_text.startswith("Sie haben zweimal")


# --------------------------------------------------------------------------------------------------
# Broken files import nothing


def conversation_line(lines: list[dict[str, Any]], number: int) -> dict[str, Any]:
    return next(x for x in lines if x["type"] == "conversation" and x["conversation"]["number"] == number)


def line_of(lines: list[dict[str, Any]], number: int) -> int:
    """The 1-based line number of conversation ``number``."""
    return lines.index(conversation_line(lines, number)) + 1


def _bad_json(lines: list[dict[str, Any]], path: Path) -> tuple[Path, int]:
    text = [json.dumps(x, ensure_ascii=False) for x in lines]
    at = line_of(lines, 2)
    text[at - 1] = text[at - 1][:-40]  # cut short
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path, at


def _mutate(
    change: Callable[[dict[str, Any]], None],
) -> Callable[[list[dict[str, Any]], Path], tuple[Path, int]]:
    def make(lines: list[dict[str, Any]], path: Path) -> tuple[Path, int]:
        at = line_of(lines, 2)
        change(lines[at - 1])
        return write_lines(path, lines), at

    return make


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(line: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = line
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return change


_DELETE = object()

BROKEN = {
    "bad JSON": (_bad_json, "not valid JSON"),
    "wrong enum": (
        _mutate(_set("conversation.channel", "pigeon")),
        "field 'conversation.channel' must be one of email, chat, phone, social, web_form, letter, walk_in",
    ),
    "missing field": (
        _mutate(_set("messages.0.direction", _DELETE)),
        "field 'messages[0].direction' is missing",
    ),
    "message of another conversation": (
        _mutate(_set("messages.0.conversation_id", "00000000-0000-7000-8000-000000000001")),
        "field 'messages[0].conversation_id' is 00000000-0000-7000-8000-000000000001, "
        "but the line's conversation",
    ),
    "unknown agent": (
        _mutate(_set("conversation.assignee_id", "00000000-0000-7000-8000-000000000002")),
        "refers to agent 00000000-0000-7000-8000-000000000002, "
        "which is neither in this file nor in the database",
    ),
    "merged into a conversation nowhere": (
        _mutate(_set("conversation.merged_into_id", "00000000-0000-7000-8000-000000000004")),
        "field 'conversation.merged_into_id' refers to conversation 00000000-0000-7000-8000-000000000004",
    ),
    "time as number": (
        _mutate(_set("conversation.created_at", 1_700_000_000)),
        "field 'conversation.created_at' must be an ISO 8601 time with a time zone",
    ),
    "unknown line type": (
        _mutate(_set("type", "ticket")),
        "field 'type' must be one of team, business_calendar",
    ),
    "tier out of range": (
        _mutate(_set("conversation.tier", 4)),
        "field 'conversation.tier' must be a whole number from 1 to 3",
    ),
    "bad uuid": (_mutate(_set("conversation.id", "not-a-uuid")), "field 'conversation.id' must be a UUID"),
    "naive time": (
        _mutate(_set("events.0.created_at", "2026-11-02T08:15:30")),
        "field 'events[0].created_at' must be an ISO 8601 time with a time zone",
    ),
    "unknown field": (_mutate(_set("conversation.colour", "red")), "unknown field 'conversation.colour'"),
    "null where not allowed": (_mutate(_set("conversation.subject", None)), "must not be null"),
    "bool for number": (_mutate(_set("conversation.message_count", True)), "must be a whole number"),
    "newer version": (_mutate(_set("version", 2)), "written by a newer AgentDesk"),
    "customer mismatch": (
        _mutate(_set("conversation.customer_id", "00000000-0000-7000-8000-000000000003")),
        "but 'customer.id' is",
    ),
    "survey without its conversation": (
        _mutate(_set("survey_responses.0.conversation_id", None)),
        "field 'survey_responses[0].conversation_id' is null",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_line_imports_nothing(
    case: str, store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    lines = read_lines(export_jsonl(store, tmp_path / "good.jsonl").path)
    make, problem = BROKEN[case]
    broken, line_no = make(lines, tmp_path / "broken.jsonl")
    target = new_store("target.sqlite")
    with target.write() as s:
        s.add(Customer(name="Already here"))
    before = (row_counts(target), content_hash(target))

    with pytest.raises(ImportFormatError) as err:
        import_jsonl(target, broken)

    assert err.value.line == line_no
    assert problem in err.value.problem
    assert str(err.value).startswith(f"line {line_no}: ")
    assert (row_counts(target), content_hash(target)) == before


def test_bad_attachment_content_is_reported(store: Store, workspace: dict[str, Any], tmp_path: Path) -> None:
    lines = read_lines(export_jsonl(store, tmp_path / "good.jsonl").path)
    conversation_line(lines, 1)["messages"][0]["attachments"][0]["content"] = "@@not base64@@"
    with pytest.raises(ImportFormatError) as err:
        import_jsonl(store, write_lines(tmp_path / "b.jsonl", lines))
    assert err.value.line == line_of(lines, 1)
    assert err.value.problem == "field 'messages[0].attachments[0].content' is not valid base64"


def test_failure_while_writing_rolls_everything_back(
    store: Store,
    workspace: dict[str, Any],
    tmp_path: Path,
    new_store: Callable[[str], Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = export_jsonl(store, tmp_path / "x.jsonl").path
    target = new_store("target.sqlite")
    before = (row_counts(target), content_hash(target))
    monkeypatch.setattr(exchange_write, "IMPORT_BATCH", 1)
    calls = 0
    original = exchange_write.Writer.write

    def failing_write(self: Any, records: list[Any]) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk on fire")
        original(self, records)

    monkeypatch.setattr(exchange_write.Writer, "write", failing_write)
    with pytest.raises(RuntimeError):
        import_jsonl(target, out)
    assert calls == 3
    assert (row_counts(target), content_hash(target)) == before


def test_sigkill_during_import_leaves_database_as_it_was(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    out = export_jsonl(store, tmp_path / "x.jsonl").path
    target = new_store("target.sqlite")
    before = (row_counts(target), content_hash(target))
    target.close()
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from pathlib import Path
        from agentdesk.exchange import import_jsonl, write as writing
        from agentdesk.store.database import open_store

        writing.IMPORT_BATCH = 1
        original = writing.Writer.write
        calls = []

        def write(self, records):
            original(self, records)
            calls.append(1)
            if len(calls) == 3:
                os.kill(os.getpid(), signal.SIGKILL)

        writing.Writer.write = write
        import_jsonl(open_store(Path({str(target.path)!r})), Path({str(out)!r}))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    reopened = new_store("target.sqlite")
    assert (row_counts(reopened), content_hash(reopened)) == before
    conn = reopened.raw()
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# --------------------------------------------------------------------------------------------------
# Files that are empty, not UTF-8 or absurd


def test_empty_file_imports_nothing(store: Store, tmp_path: Path) -> None:
    for content in (b"", b"\n\n  \n"):
        empty = tmp_path / "empty.jsonl"
        empty.write_bytes(content)
        result = import_jsonl(store, empty)
        assert result.records == 0 and result.inserted == 0
        assert result.describe() == f"Nothing to import: {empty} holds no records."
    assert sum(row_counts(store).values()) == 0


def test_file_that_is_not_utf8(store: Store, workspace: dict[str, Any], tmp_path: Path) -> None:
    good = export_jsonl(store, tmp_path / "good.jsonl").path.read_bytes().split(b"\n")
    at = next(i for i, line in enumerate(good) if "Müller".encode() in line)
    good[at] = good[at].replace("Müller".encode(), "Müller".encode("latin-1"))
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(b"\n".join(good))
    before = content_hash(store)
    with pytest.raises(ImportFormatError) as err:
        import_jsonl(store, bad)
    assert err.value.line == at + 1
    assert "not valid UTF-8 (byte 0xfc" in err.value.problem
    assert content_hash(store) == before


def test_utf16_file_is_named_as_such(store: Store, workspace: dict[str, Any], tmp_path: Path) -> None:
    text = export_jsonl(store, tmp_path / "good.jsonl").path.read_text(encoding="utf-8")
    bad = tmp_path / "utf16.jsonl"
    bad.write_text(text, encoding="utf-16")
    with pytest.raises(ImportFormatError) as err:
        import_jsonl(store, bad)
    assert (err.value.line, err.value.problem) == (1, "the file is UTF-16 text; exchange files are UTF-8")


def test_huge_garbage_line_gives_line_number(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as fh:
        fh.write(b"\n")
        fh.write(b'{"format": "agentdesk-exchange", "x": "' + b"x" * (20 * 1024 * 1024))
        fh.write(b"\n")
    with pytest.raises(ImportFormatError) as err:
        import_jsonl(store, path)
    assert err.value.line == 2
    assert err.value.problem == "not valid JSON at column 39 (unterminated string)"
    assert len(str(err.value)) < 200


def test_line_over_the_limit_is_refused_unread(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange_schema, "MAX_LINE_BYTES", 1024 * 1024)
    path = tmp_path / "long.jsonl"
    path.write_bytes(b"\n\n" + b"[" * (3 * 1024 * 1024) + b"\n")
    with pytest.raises(ImportFormatError) as err:
        import_jsonl(store, path)
    assert (err.value.line, err.value.problem) == (3, "the line is longer than 1 MB")


def test_deep_nesting_and_non_objects(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    for content, problem in [
        (b"[1, 2]\n", "a line must be a JSON object"),
        (b'{"a": NaN}\n', "not valid JSON (NaN is not allowed)"),
        (b'{"format": "csv"}\n', "not an AgentDesk exchange line"),
        (b'{"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "not valid JSON"),
    ]:
        path.write_bytes(content)
        with pytest.raises(ImportFormatError) as err:
            import_jsonl(store, path)
        assert err.value.line == 1
        assert err.value.problem.startswith(problem)


def test_crlf_and_bom_and_offset_times_are_accepted(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    lines = read_lines(export_jsonl(store, tmp_path / "good.jsonl").path)
    conversation_line(lines, 1)["conversation"]["created_at"] = "2026-11-02T09:15:30.123456+01:00"
    text = "\ufeff" + "".join(json.dumps(x, ensure_ascii=False) + "\r\n" for x in lines)
    path = tmp_path / "windows.jsonl"
    path.write_bytes(text.encode("utf-8"))
    target = new_store("target.sqlite")
    result = import_jsonl(target, path)
    assert result.tables["conversation"].inserted == 4
    with target.read() as s:
        c1 = s.get(Conversation, workspace["c1"])
        assert c1 is not None and c1.created_at == T0


def test_missing_source_file_is_a_plain_error(store: Store, tmp_path: Path) -> None:
    from agentdesk.errors import AgentDeskError

    with pytest.raises(AgentDeskError, match="does not exist"):
        import_jsonl(store, tmp_path / "nope.jsonl")


def test_line_may_reference_rows_already_in_the_database(
    store: Store, workspace: dict[str, Any], tmp_path: Path, new_store: Callable[[str], Store]
) -> None:
    """A file without the header lines imports into a database that already has those rows."""
    lines = read_lines(export_jsonl(store, tmp_path / "all.jsonl").path)
    target = new_store("target.sqlite")
    import_jsonl(
        target, write_lines(tmp_path / "headers.jsonl", [x for x in lines if x["type"] != "conversation"])
    )
    result = import_jsonl(
        target, write_lines(tmp_path / "convs.jsonl", [x for x in lines if x["type"] == "conversation"])
    )
    assert result.tables["conversation"].inserted == 4
    assert result.tables["agent"].inserted == 0
    assert str(uuid.UUID(str(workspace["anna"]))) in (tmp_path / "convs.jsonl").read_text()
