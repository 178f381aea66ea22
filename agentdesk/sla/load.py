# SPDX-License-Identifier: GPL-3.0-or-later
"""Building ``Timeline``s from the database: one conversation, or many in three queries.

Only what the SLA maths needs is read: the conversation's matching facts (channel, priority, tier,
the customer's plan, a policy a rule chose), its status events, its SLA warning/breach events (for
the once-only rule) and the times of its public messages. Many ids are loaded with one query per
table (in chunks of ``CHUNK`` ids, the bound-parameter budget), never one query per conversation.

``load_timelines`` goes through a SQLAlchemy session. ``load_timelines_sqlite`` reads the same
rows through a plain ``sqlite3`` connection for the bulk passes over a whole workspace, where
building a ``uuid.UUID`` and a datetime through the ORM's type machinery for each of millions of
rows would dominate; both give equal timelines (a test holds them to that).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, func, inspect, null, select
from sqlalchemy.orm import Session

from agentdesk.sla.state import RecordedKey, StatusChange, Timeline, time_key
from agentdesk.store.models import Conversation, ConversationEvent, Customer, Direction, EventKind, Message

CHUNK = 900
SLA_EVENT_KINDS = (EventKind.SLA_WARNING.value, EventKind.SLA_BREACH.value)
_EVENT_KINDS = (EventKind.STATUS.value, *SLA_EVENT_KINDS)
_PUBLIC = (Direction.INBOUND.value, Direction.OUTBOUND.value)


def recorded_key(kind: str, data: Any) -> RecordedKey | None:
    """The once-only key of a stored SLA event, or None for data that names no target."""
    if not isinstance(data, dict) or not isinstance(data.get("target"), str):
        return None
    since = data.get("since")
    since_key: int | None = None
    if isinstance(since, str):
        try:
            parsed = dt.datetime.fromisoformat(since)
        except ValueError:
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        since_key = time_key(parsed)
    return (kind, data["target"], since_key)


def load_timeline(session: Session, conversation_id: uuid.UUID) -> Timeline | None:
    """The timeline of one conversation; None when it does not exist or is deleted."""
    return load_timelines(session, [conversation_id]).get(conversation_id)


def load_timelines(session: Session, conversation_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Timeline]:
    """Timelines for many conversations: per chunk of ids one query each for conversations,
    events and messages. Missing and deleted conversations are left out of the result."""
    ids = list(dict.fromkeys(conversation_ids))
    result: dict[uuid.UUID, Timeline] = {}
    for offset in range(0, len(ids), CHUNK):
        result.update(_load_chunk(session, ids[offset : offset + CHUNK]))
    return result


_override_column: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def has_override_column(session: Session) -> bool:
    """Whether the database has ``conversation.sla_policy_override_id`` (schema revision 0018);
    asked once per engine, so that a database not upgraded yet still gets its SLA computed."""
    engine = session.get_bind()
    if not isinstance(engine, Engine):
        engine = engine.engine
    found = _override_column.get(engine)
    if found is None:
        names = {c["name"] for c in inspect(session.connection()).get_columns("conversation")}
        found = _override_column[engine] = "sla_policy_override_id" in names
    return found


def _load_chunk(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Timeline]:
    override = Conversation.sla_policy_override_id if has_override_column(session) else null()
    facts = session.execute(
        select(
            Conversation.id,
            Conversation.created_at,
            Conversation.channel,
            Conversation.priority,
            Conversation.tier,
            Conversation.sla_policy_id,
            override,
            Customer.plan,
        )
        .join(Customer, Customer.id == Conversation.customer_id)
        .where(Conversation.id.in_(ids), Conversation.deleted_at.is_(None))
    ).all()
    if not facts:
        return {}
    changes: dict[uuid.UUID, list[StatusChange]] = defaultdict(list)
    recorded: dict[uuid.UUID, set[RecordedKey]] = defaultdict(set)
    for cid, kind, data, created_at in session.execute(
        select(
            ConversationEvent.conversation_id,
            ConversationEvent.kind,
            ConversationEvent.data,
            ConversationEvent.created_at,
        )
        .where(
            ConversationEvent.conversation_id.in_(ids),
            ConversationEvent.kind.in_(_EVENT_KINDS),
            # a deleted SLA event still counts as recorded: it must not come back
            ConversationEvent.deleted_at.is_(None) | ConversationEvent.kind.in_(SLA_EVENT_KINDS),
        )
        .order_by(ConversationEvent.conversation_id, ConversationEvent.created_at, ConversationEvent.id)
    ):
        if kind == EventKind.STATUS.value:
            if isinstance(data, dict) and isinstance(data.get("to"), str):
                old = data.get("from")
                changes[cid].append(
                    StatusChange(created_at, old if isinstance(old, str) else "new", data["to"])
                )
        else:
            key = recorded_key(kind, data)
            if key is not None:
                recorded[cid].add(key)
    inbound: dict[uuid.UUID, list[dt.datetime]] = defaultdict(list)
    outbound: dict[uuid.UUID, list[dt.datetime]] = defaultdict(list)
    for cid, direction, created_at in session.execute(
        select(Message.conversation_id, Message.direction, Message.created_at)
        .where(
            Message.conversation_id.in_(ids),
            Message.direction.in_(_PUBLIC),
            Message.deleted_at.is_(None),
            # a reply not delivered (no connection for its channel) reached nobody: no response
            func.coalesce(Message.meta[("delivery", "route")].as_string(), "") != "none",
        )
        .order_by(Message.conversation_id, Message.created_at, Message.id)
    ):
        (inbound if direction == Direction.INBOUND.value else outbound)[cid].append(created_at)
    return {
        cid: Timeline(
            conversation_id=cid,
            created_at=created_at,
            channel=channel,
            priority=priority,
            plan=plan,
            tier=tier,
            status_changes=tuple(changes.get(cid, ())),
            inbound=tuple(inbound.get(cid, ())),
            outbound=tuple(outbound.get(cid, ())),
            recorded=frozenset(recorded.get(cid, ())),
            sla_policy_id=policy_id,
            sla_policy_override_id=override_id,
        )
        for cid, created_at, channel, priority, tier, policy_id, override_id, plan in facts
    }


def load_timelines_sqlite(conn: sqlite3.Connection, hex_ids: Sequence[str]) -> dict[str, Timeline]:
    """``load_timelines`` on a raw connection; ids (in and out) are the stored 32-digit hex form."""
    result: dict[str, Timeline] = {}
    for offset in range(0, len(hex_ids), CHUNK):
        result.update(_load_chunk_sqlite(conn, hex_ids[offset : offset + CHUNK]))
    return result


def sqlite_has_override_column(conn: sqlite3.Connection) -> bool:
    """``has_override_column`` on a raw connection (one PRAGMA: the bulk passes ask once a batch)."""
    return any(row[1] == "sla_policy_override_id" for row in conn.execute("PRAGMA table_info(conversation)"))


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=_UTC)


_UTC = dt.UTC


def _load_chunk_sqlite(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Timeline]:
    marks = ", ".join("?" * len(ids))
    override = "c.sla_policy_override_id" if sqlite_has_override_column(conn) else "NULL"
    facts = conn.execute(
        "SELECT c.id, c.created_at, c.channel, c.priority, c.tier, c.sla_policy_id, "
        f"{override}, cu.plan "
        f"FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
        f"WHERE c.id IN ({marks}) AND c.deleted_at IS NULL",
        list(ids),
    ).fetchall()
    if not facts:
        return {}
    changes: dict[str, list[StatusChange]] = defaultdict(list)
    recorded: dict[str, set[RecordedKey]] = defaultdict(set)
    kinds = ", ".join(f"'{k}'" for k in _EVENT_KINDS)
    for cid, kind, old, new, target, since, created_at in conn.execute(
        "SELECT conversation_id, kind, json_extract(data, '$.from'), json_extract(data, '$.to'), "
        "json_extract(data, '$.target'), json_extract(data, '$.since'), created_at "
        f"FROM conversation_event WHERE conversation_id IN ({marks}) AND kind IN ({kinds}) "
        "AND (deleted_at IS NULL OR kind <> 'status') ORDER BY conversation_id, created_at, id",
        list(ids),
    ):
        if kind == EventKind.STATUS.value:
            if isinstance(new, str):
                changes[cid].append(
                    StatusChange(_time(created_at), old if isinstance(old, str) else "new", new)
                )
        else:
            key = recorded_key(kind, {"target": target, "since": since})
            if key is not None:
                recorded[cid].add(key)
    inbound: dict[str, list[dt.datetime]] = defaultdict(list)
    outbound: dict[str, list[dt.datetime]] = defaultdict(list)
    for cid, direction, created_at in conn.execute(
        "SELECT conversation_id, direction, created_at FROM message "
        f"WHERE conversation_id IN ({marks}) AND direction IN ('inbound', 'outbound') "
        "AND deleted_at IS NULL AND coalesce(json_extract(meta, '$.delivery.route'), '') <> 'none' "
        "ORDER BY conversation_id, created_at, id",
        list(ids),
    ):
        (inbound if direction == "inbound" else outbound)[cid].append(_time(created_at))
    return {
        cid: Timeline(
            conversation_id=uuid.UUID(hex=cid),
            created_at=_time(created_at),
            channel=channel,
            priority=priority,
            plan=plan,
            tier=tier,
            status_changes=tuple(changes.get(cid, ())),
            inbound=tuple(inbound.get(cid, ())),
            outbound=tuple(outbound.get(cid, ())),
            recorded=frozenset(recorded.get(cid, ())),
            sla_policy_id=uuid.UUID(hex=policy_id) if policy_id else None,
            sla_policy_override_id=uuid.UUID(hex=override_id) if override_id else None,
        )
        for cid, created_at, channel, priority, tier, policy_id, override_id, plan in facts
    }


__all__ = [
    "CHUNK",
    "SLA_EVENT_KINDS",
    "has_override_column",
    "load_timeline",
    "load_timelines",
    "load_timelines_sqlite",
    "recorded_key",
    "sqlite_has_override_column",
]
