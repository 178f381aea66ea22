# SPDX-License-Identifier: GPL-3.0-or-later
"""Notifications derived from the record, kept per agent with read and unread.

**What is new.** The feed reads the events and messages that came into this database since its
last pass, by SQLite ``rowid``: a row written here or brought by a sync gets a higher rowid than
every row before it, whatever its own timestamps say (a sync brings rows that were written hours
ago, offline). Time-based facts (a follow-up that is due) are read for the span since the last
pass. The cursor (``notifications.cursor.<agent>`` in the local settings) moves on in the same
transaction that stores the notifications, so a crash neither loses nor repeats one; the unique
``(agent, key)`` keeps the same fact from notifying twice in any case. The first pass for an
agent only sets the cursor: the history before it notifies nobody.

**Whom.** Assigned to me (by a colleague, a routing rule or a bulk action); the customer wrote on
a conversation assigned to me; a follow-up of mine is due; a colleague mentioned me in an internal
note; an SLA warning or breach on a conversation assigned to me (the events the SLA check
records); a snoozed conversation of mine came back on its own. Never for the agent's own actions.

**Bursts.** A pass that finds more than ``BURST`` notifications (the first sync after a day
offline) adds one summary ("50 changes while you were offline") that stands for them: the list
shows the summary, the unread count counts it once, and one desktop notification announces it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from agentdesk.clock import Clock
from agentdesk.ids import uuid7
from agentdesk.inbox.snooze import SnoozeService
from agentdesk.notifications.kinds import Kind
from agentdesk.notifications.mentions import Mentionable, mentioned
from agentdesk.notifications.settings import NotificationSettings, load_settings
from agentdesk.store.database import Store
from agentdesk.store.models import ACTIVE_STATUSES, Agent, Conversation, Setting
from agentdesk.store.notification_models import Notification

BURST = 10
"""More new notifications than this in one pass are summarised."""
PAGE = 5000  # events or messages read per pass; the rest waits for the next pass


@dataclass(frozen=True, slots=True)
class Item:
    """One notification as the list shows it."""

    id: uuid.UUID
    kind: Kind
    conversation_id: uuid.UUID | None
    number: int | None
    subject: str
    actor_name: str | None
    data: dict[str, Any]
    created_at: dt.datetime
    read: bool
    count: int = 0  # a summary: how many it stands for


@dataclass(slots=True)
class _Found:
    kind: Kind
    key: str
    conversation_id: uuid.UUID
    actor: uuid.UUID | None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Pass:
    """What one pass found for one agent: ``announce`` is what to show as desktop notifications
    (the new ones, or just the summary of a burst)."""

    new: list[Item]
    announce: list[Item]


def _cursor_key(agent_id: uuid.UUID) -> str:
    return f"notifications.cursor.{agent_id.hex}"


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat()


class NotificationFeed:
    """The notifications of one agent at this desk."""

    def __init__(self, store: Store, clock: Clock, agent_id: uuid.UUID) -> None:
        self.store = store
        self.clock = clock
        self.agent_id = agent_id

    # -- deriving --------------------------------------------------------------------------------

    def tick(self) -> Pass:
        """Bring back the snoozed conversations that are due (on any desk's behalf), then
        ``collect``."""
        SnoozeService(self.store, self.clock, None).wake_due()
        return self.collect()

    def collect(self, settings: NotificationSettings | None = None) -> Pass:
        """Store the notifications of what came in since the last pass; returns them."""
        settings = settings or load_settings(self.store, self.agent_id)
        now = self.clock.now()
        me = self.agent_id
        with self.store.write() as session:
            row = session.get(Setting, _cursor_key(me))
            max_event = session.execute(
                text("SELECT coalesce(max(rowid), 0) FROM conversation_event")
            ).scalar()
            max_message = session.execute(text("SELECT coalesce(max(rowid), 0) FROM message")).scalar()
            if row is None or not isinstance(row.value, dict):
                value = {"event": max_event, "message": max_message, "checked": _iso(now)}
                if row is None:
                    session.add(Setting(key=_cursor_key(me), value=value))
                else:
                    row.value = value
                return Pass([], [])
            cursor = dict(row.value)
            # a rebuilt table (VACUUM) may number its rows anew, lower: start from its end
            event_from = min(int(cursor.get("event", 0)), int(max_event or 0))
            message_from = min(int(cursor.get("message", 0)), int(max_message or 0))
            checked = dt.datetime.fromisoformat(str(cursor.get("checked", _iso(now))))
            found, event_to = self._from_events(session, event_from)
            more, message_to = self._from_messages(session, message_from)
            found += more
            found += self._follow_ups(session, checked, now)
            row.value = {"event": event_to, "message": message_to, "checked": _iso(max(checked, now))}
            wanted = [f for f in found if settings.wants(f.kind)]
            stored = self._store(session, wanted, now)
        return self._announced(stored)

    def _from_events(self, session: Session, after: int) -> tuple[list[_Found], int]:
        rows = session.execute(
            text(
                "SELECT e.rowid, e.id, e.conversation_id, e.kind, e.actor_agent_id, e.data, c.assignee_id "
                "FROM conversation_event AS e JOIN conversation AS c ON c.id = e.conversation_id "
                "WHERE e.rowid > :after AND e.deleted_at IS NULL "
                "AND e.kind IN ('assignment', 'sla_warning', 'sla_breach', 'snooze') "
                "ORDER BY e.rowid LIMIT :page"
            ),
            {"after": after, "page": PAGE},
        ).all()
        last = after
        found: list[_Found] = []
        me = self.agent_id.hex
        for rowid, event_id, cid, kind, actor, data, assignee in rows:
            last = max(last, rowid)
            if actor == me:
                continue  # never for one's own action
            data = _json(data)
            conversation = uuid.UUID(hex=cid)
            actor_id = uuid.UUID(hex=actor) if actor else None
            key = f"event:{uuid.UUID(hex=event_id)}"
            if kind == "assignment" and _hex(data.get("to")) == me:
                found.append(_Found(Kind.ASSIGNED, key, conversation, actor_id, {"rule": actor is None}))
            elif kind in ("sla_warning", "sla_breach") and assignee == me:
                target = data.get("target")
                found.append(_Found(Kind(kind), key, conversation, None, {"target": target}))
            elif (
                kind == "snooze" and data.get("until") is None and data.get("reason") in ("time", "customer")
            ):
                owner = _hex(data.get("snoozed_by")) or assignee
                if owner == me or assignee == me:
                    found.append(
                        _Found(Kind.SNOOZE_ENDED, key, conversation, None, {"reason": data.get("reason")})
                    )
        # nothing of interest on the last page: still move past what was read
        if len(rows) < PAGE:
            top = session.execute(text("SELECT coalesce(max(rowid), 0) FROM conversation_event")).scalar()
            last = max(last, int(top or 0))
        return found, last

    def _from_messages(self, session: Session, after: int) -> tuple[list[_Found], int]:
        rows = session.execute(
            text(
                # "opening": the message that opened the conversation (being assigned says it all)
                "SELECT m.rowid, m.id, m.conversation_id, m.direction, m.author_agent_id, m.body_text, "
                "c.assignee_id, m.created_at <= c.created_at AS opening "
                "FROM message AS m JOIN conversation AS c ON c.id = m.conversation_id "
                "WHERE m.rowid > :after AND m.deleted_at IS NULL AND m.direction IN ('inbound', 'note') "
                "ORDER BY m.rowid LIMIT :page"
            ),
            {"after": after, "page": PAGE},
        ).all()
        last = after
        found: list[_Found] = []
        me = self.agent_id.hex
        agents: list[Mentionable] | None = None
        for rowid, message_id, cid, direction, author, body, assignee, opening in rows:
            last = max(last, rowid)
            if author == me:
                continue
            key = f"message:{uuid.UUID(hex=message_id)}"
            conversation = uuid.UUID(hex=cid)
            author_id = uuid.UUID(hex=author) if author else None
            if direction == "inbound" and assignee == me and not opening:
                found.append(_Found(Kind.CUSTOMER_REPLIED, key, conversation, None))
            elif direction == "note" and "@" in (body or ""):
                if agents is None:
                    agents = [
                        Mentionable(a.id, a.name, a.email)
                        for a in session.execute(select(Agent.id, Agent.name, Agent.email)).all()
                        if a.id == self.agent_id
                    ]
                if agents and self.agent_id in mentioned(body or "", agents):
                    found.append(_Found(Kind.MENTIONED, key, conversation, author_id))
        if len(rows) < PAGE:
            top = session.execute(text("SELECT coalesce(max(rowid), 0) FROM message")).scalar()
            last = max(last, int(top or 0))
        return found, last

    def _follow_ups(self, session: Session, since: dt.datetime, now: dt.datetime) -> list[_Found]:
        rows = session.execute(
            select(Conversation.id, Conversation.follow_up_at).where(
                Conversation.follow_up_at > since,
                Conversation.follow_up_at <= now,
                Conversation.assignee_id == self.agent_id,
                Conversation.deleted_at.is_(None),
                Conversation.status.in_(ACTIVE_STATUSES),
            )
        ).all()
        return [
            _Found(Kind.FOLLOW_UP_DUE, f"follow_up:{cid}:{_iso(at)}", cid, None, {"at": _iso(at)})
            for cid, at in rows
        ]

    def _store(self, session: Session, found: Sequence[_Found], now: dt.datetime) -> list[uuid.UUID]:
        if not found:
            return []
        keys = {f.key for f in found}
        known = set(
            session.scalars(
                select(Notification.key).where(
                    Notification.agent_id == self.agent_id, Notification.key.in_(keys)
                )
            )
        )
        fresh: list[Notification] = []
        for f in found:
            if f.key in known:
                continue
            known.add(f.key)
            fresh.append(
                Notification(
                    id=uuid7(),
                    agent_id=self.agent_id,
                    kind=f.kind.value,
                    key=f.key,
                    conversation_id=f.conversation_id,
                    actor_agent_id=f.actor,
                    data=f.data,
                    created_at=now,
                )
            )
        if len(fresh) > BURST:
            summary = Notification(
                id=uuid7(),
                agent_id=self.agent_id,
                kind=Kind.SUMMARY.value,
                key=f"summary:{fresh[0].id}",
                data={"count": len(fresh)},
                created_at=now,
            )
            session.add(summary)
            for n in fresh:
                n.summary_id = summary.id
            session.add_all(fresh)
            return [summary.id]
        session.add_all(fresh)
        return [n.id for n in fresh]

    def _announced(self, ids: list[uuid.UUID]) -> Pass:
        items = self.items(ids)
        return Pass(items, items)

    # -- reading and marking ------------------------------------------------------------------------

    def items(self, ids: Sequence[uuid.UUID]) -> list[Item]:
        if not ids:
            return []
        with self.store.read() as session:
            return self._items(session, select(Notification).where(Notification.id.in_(ids)))

    def latest(self, limit: int = 100) -> list[Item]:
        """The newest notifications of the list (summaries in place of their bursts), newest first."""
        with self.store.read() as session:
            return self._items(
                session,
                select(Notification)
                .where(Notification.agent_id == self.agent_id, Notification.summary_id.is_(None))
                .order_by(Notification.created_at.desc(), Notification.id.desc())
                .limit(limit),
            )

    def members(self, summary_id: uuid.UUID) -> list[Item]:
        """What a summary stands for, newest first."""
        with self.store.read() as session:
            return self._items(
                session,
                select(Notification)
                .where(Notification.agent_id == self.agent_id, Notification.summary_id == summary_id)
                .order_by(Notification.created_at.desc(), Notification.id.desc()),
            )

    def unread_count(self) -> int:
        with self.store.read() as session:
            return int(
                session.scalar(
                    select(func.count()).where(
                        Notification.agent_id == self.agent_id,
                        Notification.summary_id.is_(None),
                        Notification.read_at.is_(None),
                    )
                )
                or 0
            )

    def mark_read(self, ids: Sequence[uuid.UUID]) -> None:
        """Mark notifications read (a summary with everything it stands for)."""
        if not ids:
            return
        now = self.clock.now()
        with self.store.write() as session:
            for column in (Notification.id, Notification.summary_id):
                session.execute(
                    update(Notification)
                    .where(
                        Notification.agent_id == self.agent_id,
                        column.in_(list(ids)),
                        Notification.read_at.is_(None),
                    )
                    .values(read_at=now)
                )

    def mark_all_read(self) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            session.execute(
                update(Notification)
                .where(Notification.agent_id == self.agent_id, Notification.read_at.is_(None))
                .values(read_at=now)
            )

    def _items(self, session: Session, query: Any) -> list[Item]:
        rows = list(session.scalars(query))
        cids = {n.conversation_id for n in rows if n.conversation_id is not None}
        actors = {n.actor_agent_id for n in rows if n.actor_agent_id is not None}
        convs = {
            r.id: (r.number, r.subject)
            for r in session.execute(
                select(Conversation.id, Conversation.number, Conversation.subject).where(
                    Conversation.id.in_(cids)
                )
            )
        }
        names = dict(session.execute(select(Agent.id, Agent.name).where(Agent.id.in_(actors))).tuples().all())
        counts: dict[uuid.UUID | None, int] = {}
        summaries = [n.id for n in rows if n.kind == Kind.SUMMARY.value]
        if summaries:
            counts = dict(
                session.execute(
                    select(Notification.summary_id, func.count())
                    .where(Notification.summary_id.in_(summaries))
                    .group_by(Notification.summary_id)
                )
                .tuples()
                .all()
            )
        items = []
        for n in rows:
            number, subject = convs.get(n.conversation_id, (None, "")) if n.conversation_id else (None, "")
            items.append(
                Item(
                    n.id,
                    Kind(n.kind),
                    n.conversation_id,
                    number,
                    subject,
                    names.get(n.actor_agent_id) if n.actor_agent_id else None,
                    dict(n.data or {}),
                    n.created_at,
                    n.read_at is not None,
                    counts.get(n.id, 0),
                )
            )
        items.sort(key=lambda i: (i.created_at, i.id.int), reverse=True)
        return items


def _json(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            loaded = json.loads(value)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}
    return {}


def _hex(value: Any) -> str | None:
    """An id given as text (with or without dashes) as the 32 hex digits SQLite stores."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return uuid.UUID(value).hex
    except ValueError:
        return None


__all__ = ["BURST", "Item", "NotificationFeed", "Pass"]
