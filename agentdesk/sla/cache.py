# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeping the cached SLA columns and the SLA warning/breach events in step with the history.

Cached columns
    ``conversation.sla_policy_id`` is the policy that matches the conversation now (channel,
    priority, customer plan, tier), or the one a routing rule chose for it
    (``sla_policy_override_id``, see ``policy_for``); ``first_response_due_at``, ``next_response_due_at`` and
    ``resolution_due_at`` are the due times of targets whose clock may count (``TargetState.due_at``:
    NULL when met, absent, or paused by the status) and ``due_at`` is the earliest of them. They
    only serve sorting and filtering; the state itself is always computed from the history. Due
    times do not move while no event arrives (the calendar is already in them), so they are
    recomputed when events arrive: by the inbox service inside each action
    (``refresh_conversation_sla``) and for a whole workspace after a demo build or a policy edit
    (``refresh_all``). Refreshing leaves ``updated_at`` as it was: it derives, it does not change.

Warning and breach events
    Each warning and breach is recorded once as a ``ConversationEvent`` (``sla_warning`` /
    ``sla_breach``) dated at the instant it happened, computed from the calendar, not at the moment
    it was noticed. Data: ``{"target": "first_response" | "next_response" | "resolution"}``; a
    next-response event also has ``"since"``, the ISO time of the customer message whose wait it
    is, because that target recurs: once per awaited customer message. An event already stored
    with the same kind, target and ``since`` is never added again, and the event's id is derived
    from the same facts (a UUIDv7 dated at the event), so two devices that notice the same breach
    make the same row. ``catch_up`` records what happened while the app was closed.

Automatic escalation
    Wherever warnings and breaches are recorded (``refresh_conversation_sla`` inside an action,
    ``record_sla_events`` on the window's timer, ``catch_up`` and ``refresh_all(record_events=True)``
    at start-up), a policy's ``auto_escalation`` is applied too: ``auto_triggers`` (pure) names the
    targets whose warning or breach has happened while their wait is still open, and
    ``agentdesk.sla.auto_escalation`` moves the conversation one tier up, at most once per conversation
    and target. The bulk passes only pick the candidates with raw SQL; the few escalations
    themselves go through the ORM afterwards, one transaction per chunk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from agentdesk.ids import uuid7
from agentdesk.sla.auto_escalation import AutoTrigger, auto_triggers, escalate_in, escalation_candidate
from agentdesk.sla.load import load_timeline, load_timelines_sqlite, sqlite_has_override_column
from agentdesk.sla.policy import Policy, SlaBook, Target
from agentdesk.sla.state import RecordedKey, SlaPlan, SlaState, Timeline, compute_state, time_key
from agentdesk.store.database import Store
from agentdesk.store.models import ACTIVE_STATUSES, Conversation, ConversationEvent, EventKind, sql_time

DEFAULT_BATCH_SIZE = 2000
_DUE_COLUMNS = ("first_response_due_at", "next_response_due_at", "resolution_due_at", "due_at")


@dataclass(frozen=True, slots=True)
class CachedSla:
    """The values of the cached SLA columns of one conversation."""

    sla_policy_id: uuid.UUID | None = None
    first_response_due_at: dt.datetime | None = None
    next_response_due_at: dt.datetime | None = None
    resolution_due_at: dt.datetime | None = None
    due_at: dt.datetime | None = None


def cached_columns(policy: Policy | None, state: SlaState | None) -> CachedSla:
    if policy is None or state is None:
        return CachedSla(policy.id if policy else None)
    return CachedSla(
        sla_policy_id=policy.id,
        first_response_due_at=state.first_response.due_at if state.first_response else None,
        next_response_due_at=state.next_response.due_at if state.next_response else None,
        resolution_due_at=state.resolution.due_at if state.resolution else None,
        due_at=state.due_at,
    )


def override_for(book: SlaBook, override_id: uuid.UUID | None) -> Policy | None:
    """The policy a rule chose for a conversation (``sla_policy_override_id``) while it exists and
    is switched on; None otherwise (the policies' own conditions pick again)."""
    policy = book.policy(override_id)
    return policy if policy is not None and policy.active else None


def policy_for(book: SlaBook, timeline: Timeline, *, repick: bool = False) -> Policy | None:
    """The policy a conversation counts under.

    A policy chosen for the conversation (``sla_policy_override_id``, set by a routing rule) wins
    while it exists and is on, whatever its conditions say: changing the priority or the tier does
    not undo the choice. Otherwise, without ``repick`` the conversation's stored ``sla_policy_id``
    is used while the book has it (what the GUI tick wants: the same policy as the cached
    columns); with ``repick``, or when the stored policy is gone, the policy is matched afresh from
    channel, priority, plan and tier.
    """
    chosen = override_for(book, timeline.sla_policy_override_id)
    if chosen is not None:
        return chosen
    policy = None if repick else book.policy(timeline.sla_policy_id)
    if policy is None:
        policy = book.pick(timeline.channel, timeline.priority, timeline.plan, timeline.tier)
    return policy


def plan_for(book: SlaBook, timeline: Timeline, *, repick: bool = False) -> SlaPlan | None:
    """An ``SlaPlan`` to evaluate every tick (None without a policy); rebuild it when the
    conversation's timeline or the book changes."""
    policy = policy_for(book, timeline, repick=repick)
    return SlaPlan(policy, book.calendar_for(policy), timeline) if policy is not None else None


def state_for(
    book: SlaBook, timeline: Timeline, now: dt.datetime, *, repick: bool = False
) -> tuple[Policy | None, SlaState | None]:
    """The policy (see ``policy_for``) and SLA state of a conversation at ``now``."""
    policy = policy_for(book, timeline, repick=repick)
    if policy is None:
        return None, None
    return policy, compute_state(policy, book.calendar_for(policy), timeline, now)


# -- warning and breach events --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DueEvent:
    """An SLA warning or breach that happened (``at``) and is to be recorded once."""

    kind: str
    target: Target
    at: dt.datetime
    since: dt.datetime | None = None

    def data(self) -> dict[str, str]:
        data = {"target": self.target.value}
        if self.since is not None:
            data["since"] = self.since.astimezone(dt.UTC).isoformat()
        return data

    def key(self) -> RecordedKey:
        return (self.kind, self.target.value, time_key(self.since) if self.since is not None else None)


def due_events(state: SlaState, recorded: Iterable[RecordedKey] = ()) -> list[DueEvent]:
    """The warnings and breaches that have happened by ``state.now`` and are not in ``recorded``.

    A warning counts from the instant the minutes left reach the threshold, a breach from the
    instant after the due time; a wait met before that instant has neither. Pure.
    """
    done = set(recorded)
    now = state.now
    found: list[DueEvent] = []
    for wait in state.every_wait():
        since = wait.started_at if wait.target is Target.NEXT_RESPONSE else None
        met = wait.met_at
        warning = wait.warning_at
        if warning is not None and warning <= now and (met is None or warning < met):
            found.append(DueEvent(EventKind.SLA_WARNING.value, wait.target, warning, since))
        breach = wait.breached_at
        if breach is not None and breach < now and (met is None or breach < met):
            found.append(DueEvent(EventKind.SLA_BREACH.value, wait.target, breach, since))
    return [e for e in found if e.key() not in done]


def event_id(conversation_id: uuid.UUID, event: DueEvent) -> uuid.UUID:
    """A UUIDv7 dated at the event whose random part is a hash of what the event is about."""
    since = event.since.astimezone(dt.UTC).isoformat() if event.since else ""
    digest = hashlib.sha256(f"{conversation_id}|{event.kind}|{event.target.value}|{since}".encode()).digest()
    unix_ms = time_key(event.at) // 1000
    return uuid7(unix_ms, int.from_bytes(digest[:10], "big"))


def _event_row(conversation_id: uuid.UUID, event: DueEvent, now: dt.datetime) -> ConversationEvent:
    return ConversationEvent(
        id=event_id(conversation_id, event),
        conversation_id=conversation_id,
        kind=event.kind,
        actor_agent_id=None,
        data=event.data(),
        created_at=event.at,
        updated_at=now,
    )


# -- one conversation, inside an action -------------------------------------------------------------


def refresh_conversation_sla(
    session: Session,
    conversation_id: uuid.UUID,
    now: dt.datetime,
    *,
    book: SlaBook | None = None,
    record_events: bool = True,
) -> SlaState | None:
    """Re-pick the policy of one conversation and rewrite its cached SLA columns; with
    ``record_events``, also record the warnings and breaches that have happened by ``now`` and
    apply the policy's automatic escalation.

    Made for the inbox service: call it inside the action's transaction after the action's own
    changes (messages, events, status, priority) were added; it flushes, never commits. Returns
    the state at ``now`` (None without a matching policy, or for a missing conversation).
    """
    return _refresh(session, conversation_id, now, book, record_events).state


@dataclass(frozen=True, slots=True)
class _Refreshed:
    state: SlaState | None
    events: int = 0
    escalations: int = 0


def _refresh(
    session: Session, conversation_id: uuid.UUID, now: dt.datetime, book: SlaBook | None, record_events: bool
) -> _Refreshed:
    conv = session.get(Conversation, conversation_id)
    if conv is None or conv.deleted_at is not None:
        return _Refreshed(None)
    timeline = load_timeline(session, conversation_id)  # autoflush makes the action's rows visible
    if timeline is None:
        return _Refreshed(None)
    book = book or SlaBook.load(session)
    policy, state = state_for(book, timeline, now, repick=True)
    cached = cached_columns(policy, state)
    if _apply(conv, cached):
        session.flush()
    if not record_events or state is None:
        return _Refreshed(state)
    events = due_events(state, timeline.recorded)
    for event in events:
        session.add(_event_row(conv.id, event, now))
    session.flush()
    if _escalate(session, conv, policy, state, now, book):
        # The tier moved: the policy is picked again, and another target may be due under it.
        again = _refresh(session, conversation_id, now, book, record_events)
        return _Refreshed(again.state, len(events) + again.events, 1 + again.escalations)
    return _Refreshed(state, len(events))


def _escalate(
    session: Session,
    conv: Conversation,
    policy: Policy | None,
    state: SlaState,
    now: dt.datetime,
    book: SlaBook,
) -> bool:
    """Apply the policy's automatic escalation to ``conv`` (one tier at most); True if it moved."""
    if conv.merged_into_id is not None or not escalation_candidate(policy, conv.tier):
        return False
    triggers = auto_triggers(policy, state, conv.status)
    if not triggers:
        return False
    return escalate_in(session, conv, triggers, now, book=book) is not None


def record_sla_events(
    session: Session, conversation_id: uuid.UUID, now: dt.datetime, *, book: SlaBook | None = None
) -> list[DueEvent]:
    """Record the warnings and breaches of one conversation that have happened by ``now`` (for the
    GUI's timer, on the rows it shows) and apply the policy's automatic escalation. Uses the
    stored policy; does not commit."""
    timeline = load_timeline(session, conversation_id)
    if timeline is None:
        return []
    book = book or SlaBook.load(session)
    policy, state = state_for(book, timeline, now)
    if state is None:
        return []
    events = due_events(state, timeline.recorded)
    for event in events:
        session.add(_event_row(conversation_id, event, now))
    session.flush()
    if escalation_candidate(policy, timeline.tier) and auto_triggers(policy, state, timeline.status):
        conv = session.get(Conversation, conversation_id)
        if conv is not None and _escalate(session, conv, policy, state, now, book):
            _refresh(session, conversation_id, now, book, True)
    return events


def _apply(conv: Conversation, cached: CachedSla) -> bool:
    """Set the cached columns on the ORM row; True if any changed. ``updated_at`` keeps its value."""
    changed = False
    for name in ("sla_policy_id", *_DUE_COLUMNS):
        value = getattr(cached, name)
        if getattr(conv, name) != value:
            setattr(conv, name, value)
            changed = True
    if changed and conv.updated_at is not None:
        # Naming updated_at in the UPDATE keeps its onupdate default (the wall clock) from firing.
        flag_modified(conv, "updated_at")
    return changed


# -- the whole workspace ---------------------------------------------------------------------------
#
# The bulk passes read and write through a plain sqlite3 connection (``Store.raw``): at 200,000
# conversations the ORM's per-row UUID and datetime processing would cost more than the SLA maths.
# Ids are the stored 32-digit hex form, times the stored text form (``sql_time``).


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    conversations: int
    """Conversations looked at."""
    computed: int
    """Active conversations whose SLA state was computed."""
    updated: int
    """Rows whose cached columns changed."""
    events: int
    """SLA warning/breach events recorded."""
    seconds: float
    escalations: int = 0
    """Automatic escalations made (one tier each)."""


Progress = Callable[[int, int], None]

_ACTIVE = frozenset(str(s) for s in ACTIVE_STATUSES)
_SETTLE_SQL = (
    "UPDATE conversation SET sla_policy_id = ?, first_response_due_at = NULL, next_response_due_at = NULL, "
    "resolution_due_at = NULL, due_at = NULL WHERE id IN ({marks})"
)
_UPDATE_SQL = (
    "UPDATE conversation SET sla_policy_id = ?, first_response_due_at = ?, next_response_due_at = ?, "
    "resolution_due_at = ?, due_at = ? WHERE id = ?"
)
_EVENT_SQL = (
    "INSERT OR IGNORE INTO conversation_event (id, conversation_id, kind, actor_agent_id, data, created_at, "
    "updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?)"
)
_CHUNK = 900


def refresh_all(
    store: Store,
    now: dt.datetime,
    progress: Progress | None = None,
    *,
    book: SlaBook | None = None,
    record_events: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> RefreshSummary:
    """Re-pick the policy and rewrite the cached SLA columns of every conversation.

    For a whole workspace: after a demo build, an import or a policy or calendar edit. Solved and
    closed conversations have no running target, so they only get their policy (and NULL due
    times), grouped by policy into set-wise UPDATEs; active ones are processed in batches of
    ``batch_size``, each batch one transaction with three reads and one executemany. Only rows
    whose values change are written, so a second run writes nothing. ``progress(done, total)`` is
    called after each batch. With ``record_events`` the active ones also get their due warning and
    breach events and their automatic escalations (as ``catch_up``).
    """
    started = time.perf_counter()
    if book is None:
        with store.read() as session:
            book = SlaBook.load(session)
    with _raw(store) as conn:
        rows = conn.execute(
            "SELECT c.id, c.status, c.channel, c.priority, c.tier, cu.plan, c.sla_policy_id, "
            f"{'c.sla_policy_override_id' if sqlite_has_override_column(conn) else 'NULL'}, "
            "c.due_at IS NOT NULL OR c.first_response_due_at IS NOT NULL "
            "OR c.next_response_due_at IS NOT NULL OR c.resolution_due_at IS NOT NULL "
            "FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
            "WHERE c.deleted_at IS NULL ORDER BY c.id"
        ).fetchall()
        total = len(rows)
        settle: dict[str | None, list[str]] = {}
        active_ids: list[str] = []
        for cid, status, channel, priority, tier, plan, policy_id, override_id, has_due in rows:
            if status in _ACTIVE:
                active_ids.append(cid)
                continue
            chosen = override_for(book, uuid.UUID(hex=override_id)) if override_id else None
            picked = chosen or book.pick(channel, priority, plan, tier)
            want = picked.id.hex if picked and picked.id else None
            if want != policy_id or has_due:
                settle.setdefault(want, []).append(cid)
        del rows
        updated = 0
        if settle:
            with _transaction(conn):
                for policy_hex, ids in settle.items():
                    for offset in range(0, len(ids), _CHUNK):
                        chunk = ids[offset : offset + _CHUNK]
                        conn.execute(
                            _SETTLE_SQL.format(marks=", ".join("?" * len(chunk))), [policy_hex, *chunk]
                        )
                        updated += len(chunk)
        done = total - len(active_ids)
        if progress is not None:
            progress(done, total)
        computed, changed, events, pending = _process_active(
            conn, active_ids, now, book, record_events, batch_size, progress, done, total
        )
    more, escalations = _escalate_pending(store, pending, now, book)
    return RefreshSummary(
        total, computed, updated + changed, events + more, time.perf_counter() - started, escalations
    )


def catch_up(
    store: Store,
    now: dt.datetime,
    progress: Progress | None = None,
    *,
    book: SlaBook | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> RefreshSummary:
    """Record every SLA warning and breach of the active conversations that happened by ``now``
    (after the app was closed for a while), refreshing their cached columns on the way, and make
    the automatic escalations that are due. Running it twice records nothing the second time."""
    started = time.perf_counter()
    if book is None:
        with store.read() as session:
            book = SlaBook.load(session)
    statuses = ", ".join(f"'{s}'" for s in sorted(_ACTIVE))
    with _raw(store) as conn:
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM conversation WHERE status IN ({statuses}) AND deleted_at IS NULL ORDER BY id"
            )
        ]
        computed, changed, events, pending = _process_active(
            conn, ids, now, book, True, batch_size, progress, 0, len(ids)
        )
    more, escalations = _escalate_pending(store, pending, now, book)
    return RefreshSummary(
        len(ids), computed, changed, events + more, time.perf_counter() - started, escalations
    )


@contextlib.contextmanager
def _raw(store: Store) -> Iterator[sqlite3.Connection]:
    with store.raw_connection() as conn:
        yield conn


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _text(value: dt.datetime | None) -> str | None:
    return sql_time(value) if value is not None else None


def _process_active(
    conn: sqlite3.Connection,
    ids: Sequence[str],
    now: dt.datetime,
    book: SlaBook,
    record_events: bool,
    batch_size: int,
    progress: Progress | None,
    done: int,
    total: int,
) -> tuple[int, int, int, list[str]]:
    """Computes, caches and records per batch; returns the counts and the ids of conversations
    with an automatic escalation due (made afterwards by ``_escalate_pending``)."""
    computed = changed = recorded = 0
    escalating = record_events and book.escalating
    pending: list[str] = []
    now_text = sql_time(now)
    for offset in range(0, len(ids), batch_size):
        chunk = ids[offset : offset + batch_size]
        with _transaction(conn):
            timelines = load_timelines_sqlite(conn, chunk)
            current: dict[str, tuple[str | None, ...]] = {}
            for part in range(0, len(chunk), _CHUNK):
                ids_part = chunk[part : part + _CHUNK]
                for row in conn.execute(
                    "SELECT id, sla_policy_id, first_response_due_at, next_response_due_at, "
                    f"resolution_due_at, due_at FROM conversation WHERE id IN ({_marks(ids_part)})",
                    ids_part,
                ):
                    current[row[0]] = tuple(row[1:])
            updates: list[tuple[str | None, ...]] = []
            new_events: list[tuple[str, ...]] = []
            candidates: dict[str, dict[str, str]] = {}
            for cid, timeline in timelines.items():
                policy, state = state_for(book, timeline, now, repick=True)
                computed += 1
                cached = cached_columns(policy, state)
                want = (
                    cached.sla_policy_id.hex if cached.sla_policy_id else None,
                    _text(cached.first_response_due_at),
                    _text(cached.next_response_due_at),
                    _text(cached.resolution_due_at),
                    _text(cached.due_at),
                )
                if current.get(cid) != want:
                    updates.append((*want, cid))
                if record_events and state is not None:
                    for event in due_events(state, timeline.recorded):
                        new_events.append(
                            (
                                event_id(timeline.conversation_id, event).hex,
                                cid,
                                event.kind,
                                json.dumps(event.data()),
                                sql_time(event.at),
                                now_text,
                            )
                        )
                if escalating and escalation_candidate(policy, timeline.tier):
                    triggers = auto_triggers(policy, state, timeline.status)
                    if triggers:
                        candidates[cid] = {t.target.value: sql_time(t.at) for t in triggers}
            if candidates:
                pending.extend(_not_escalated(conn, candidates))
            if updates:
                conn.executemany(_UPDATE_SQL, updates)
                changed += len(updates)
            if new_events:
                # The ids are derived from the events, so one recorded meanwhile elsewhere is skipped.
                recorded += conn.executemany(_EVENT_SQL, new_events).rowcount
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    return computed, changed, recorded, pending


def _not_escalated(conn: sqlite3.Connection, candidates: dict[str, dict[str, str]]) -> list[str]:
    """The candidates (id → due target → the time it was set off) with a target that has not
    escalated them automatically yet (tombstoned escalations count as made: they must not come
    back) and that no agent has reacted to by escalating by hand since; the rules of
    ``agentdesk.sla.auto_escalation.escalate_in``, which checks again."""
    ids = sorted(candidates)
    done: dict[str, set[str]] = {}
    raised: dict[str, str] = {}
    for part in range(0, len(ids), _CHUNK):
        ids_part = ids[part : part + _CHUNK]
        for cid, reason, target, from_tier, to_tier, created_at, deleted_at in conn.execute(
            "SELECT conversation_id, json_extract(data, '$.reason'), json_extract(data, '$.target'), "
            "json_extract(data, '$.from_tier'), json_extract(data, '$.to_tier'), created_at, deleted_at "
            f"FROM conversation_event WHERE conversation_id IN ({_marks(ids_part)}) AND kind = 'escalation'",
            ids_part,
        ):
            if reason == "sla":
                done.setdefault(cid, set()).add(target)
            elif (
                deleted_at is None
                and isinstance(from_tier, int)
                and isinstance(to_tier, int)
                and to_tier > from_tier
                and created_at > raised.get(cid, "")
            ):
                raised[cid] = created_at
    return [
        cid
        for cid in ids
        if any(
            target not in done.get(cid, ()) and raised.get(cid, "") < at
            for target, at in candidates[cid].items()
        )
    ]


ESCALATION_CHUNK = 200


def _escalate_pending(
    store: Store, pending: Sequence[str], now: dt.datetime, book: SlaBook
) -> tuple[int, int]:
    """Make the automatic escalations the bulk pass found, through the same code as an action
    (``_refresh``, which checks again inside its transaction); returns (events, escalations)."""
    events = escalations = 0
    for offset in range(0, len(pending), ESCALATION_CHUNK):
        with store.write() as session:
            for cid in pending[offset : offset + ESCALATION_CHUNK]:
                result = _refresh(session, uuid.UUID(hex=cid), now, book, True)
                events += result.events
                escalations += result.escalations
    return events, escalations


__all__ = [
    "AutoTrigger",
    "CachedSla",
    "DueEvent",
    "RefreshSummary",
    "auto_triggers",
    "cached_columns",
    "catch_up",
    "due_events",
    "escalation_candidate",
    "event_id",
    "override_for",
    "plan_for",
    "policy_for",
    "record_sla_events",
    "refresh_all",
    "refresh_conversation_sla",
    "state_for",
]
