# SPDX-License-Identifier: GPL-3.0-or-later
"""Push: apply the outbox on the server, one mutation per server transaction, idempotently.

Each mutation first claims its id in ``sync_applied``; a mutation already there was applied before
(the client crashed before it could delete its outbox row) and is skipped, so a replay is a no-op.
The local outbox row is deleted only after the server transaction committed.

Merge rules (DESIGN.md §5):

- An insert is ``ON CONFLICT (id) DO NOTHING``: messages and events are append-only, a replay or a
  row another device sent first changes nothing.
- An update merges per field. A field nobody else changed since this device's base (its revision
  in ``sync_field_clock`` is not newer than the mutation's ``base_rev``, the last change came from
  this same device, or the server still holds the base value) takes the new value outright. A field
  changed concurrently goes to the higher clock stamp, then the higher device id; the losing value
  is written to ``sync_conflict``.
- ``conversation.assignee_id`` is compare-and-set: the claim holds only if the server still has the
  base value; a lost claim is a conflict of kind ``assignment`` whose ``kept_value`` is who has it.
- ``conversation.tags`` merge as sets: this device's additions and removals (new value against
  base) are applied to the server's current set.
- Counters and cached values the desktop derives (``DERIVED``) merge by clock without a conflict
  row; ``message_count`` is recounted on the server after every change of a conversation or a
  message.
- A field counts as unchanged since this device's base only by its clock (the revision of the
  last change the server applied to it, against the mutation's ``base_rev``), never by comparing
  values: a field another device changed away and back (A→B→A) is a concurrent change, decided by
  clock and recorded as a conflict.
- A mutation whose parent row is not on the server yet but waits in this device's outbox (a
  message queued before the late insert of its conversation, an update of a row made before the
  desk joined) *waits*: its server transaction is rolled back, it stays in the outbox and is sent
  again after its parent, in the same push or the next.
- A reference to a row the server refused for good (a local SLA preset an agent's login may not
  create) is sent as no reference, with a conflict row saying so: the conversation and its messages
  still arrive.
- A mutation the server refuses for good (a permission, a constraint) is recorded as a ``rejected``
  conflict with all its fields, and acknowledged: it is not lost and does not block the queue.
- A delete is a tombstone: ``deleted_at`` is set.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Json
from sqlalchemy import Column, delete, select, update

from agentdesk.attachments.drafts import finish_sent
from agentdesk.ids import uuid7
from agentdesk.store.database import Store
from agentdesk.store.models import SCHEMA_REVISION
from agentdesk.sync import clock, erasure, outbox
from agentdesk.sync.tables import BOOKKEEPING, from_wire, is_json, table, to_wire

log = logging.getLogger("agentdesk.sync")

ServerConnection = psycopg.Connection[dict[str, Any]]
outbox_table = table("sync_outbox")
state_table = table("sync_state")

# ``audit_entry``: the server refuses any change or deletion of an entry (migration 0017).
APPEND_ONLY = frozenset({"message", "conversation_event", "attachment", "attachment_chunk", "audit_entry"})
DERIVED = {
    "conversation": frozenset(
        {
            "message_count",
            "snippet",
            "last_activity_at",
            "waiting_since",
            "first_response_due_at",
            "next_response_due_at",
            "resolution_due_at",
            "due_at",
        }
    )
}
COMPARE_AND_SET = {"conversation": frozenset({"assignee_id"})}
SET_FIELDS = {"conversation": frozenset({"tags"})}
# Refusals that belong to the data, not to the connection: recorded as a rejected change.
REFUSALS = (psycopg.errors.IntegrityError, psycopg.errors.InsufficientPrivilege, psycopg.errors.DataError)


class Refused(Exception):
    """The server cannot apply a mutation for a reason of the data (recorded as ``rejected``)."""


class _Waits(Exception):
    """The mutation's parent is not on the server yet but is queued here: roll back, send later."""


Waits = Callable[["Mutation"], bool]
"""``waits(mutation)``: whether what the mutation needs (the row it changes, or a row it refers
to) waits in this device's outbox to be sent."""


@dataclass(frozen=True)
class Mutation:
    seq: int
    mutation_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    op: str
    base_rev: int | None
    fields: dict[str, dict[str, Any]]
    hlc: int
    device_id: uuid.UUID
    schema_revision: str | None = SCHEMA_REVISION


@dataclass
class PushResult:
    applied: int = 0
    replayed: int = 0
    conflicts: int = 0
    rejected: int = 0
    waiting: int = 0  # left in the outbox until their parents are on the server
    kept: int = 0  # written by another schema: the server cannot take them, so they stay queued
    erased: int = 0  # of a customer erased meanwhile: dropped, nothing of them reached the server
    lost: set[tuple[str, uuid.UUID]] = field(default_factory=set)  # rows whose change did not win

    @property
    def sent(self) -> int:
        return self.applied + self.replayed + self.rejected + self.erased


def _pg_value(column: Column[Any], wire: Any) -> Any:
    """A wire value as psycopg should send it for ``column``."""
    value = from_wire(column, wire)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None)  # the server's columns are UTC, naive
    if is_json(column):
        return Json(value)
    return value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Side:
    """One side of a conflict: a value and whose change it was (``login`` None: this login)."""

    value: Any
    hlc: int | None = None
    device_id: uuid.UUID | None = None
    login: str | None = None
    mutation_id: uuid.UUID | None = None


def _ours(m: Mutation, value: Any) -> Side:
    return Side(value, m.hlc, m.device_id, None, m.mutation_id)


def _theirs(clock: dict[str, Any] | None, value: Any) -> Side:
    if clock is None:
        return Side(value)
    return Side(value, int(clock["hlc"]), clock["device_id"], clock["login"], clock["mutation_id"])


def _conflict(
    conn: ServerConnection, m: Mutation, *, field: str, kind: str, kept: Side, lost: Side, detail: str = ""
) -> None:
    """Record the value that lost, next to the one that was kept."""
    now = _now()
    conn.execute(
        "INSERT INTO sync_conflict (id, table_name, row_id, field, kind, kept_value, lost_value, kept_hlc,"
        " lost_hlc, kept_device_id, lost_device_id, lost_mutation_id, lost_by, detail, created_at,"
        " updated_at)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, COALESCE(%s, current_user), %s, %s, %s)",
        (
            uuid7(),
            m.table_name,
            m.row_id,
            field,
            kind,
            Json(kept.value),
            Json(lost.value),
            kept.hlc,
            lost.hlc,
            kept.device_id,
            lost.device_id,
            lost.mutation_id,
            lost.login,
            detail[:2000],
            now,
            now,
        ),
    )


def _insert(conn: ServerConnection, m: Mutation) -> bool:
    """Insert the row unless it is there; whether it was inserted."""
    t = table(m.table_name)
    names = ["id", *(name for name in m.fields if name in t.c)]
    values = [m.row_id, *(_pg_value(t.c[name], m.fields[name]["value"]) for name in names[1:])]
    # The audit log names no conflict target: one would need the right to read the table, which an
    # agent's login has not (row-level security, agentdesk.sync.server); its one key is ``id``.
    target = sql.SQL("") if m.table_name == "audit_entry" else sql.SQL("(id) ")
    query = sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT {}DO NOTHING").format(
        sql.Identifier(m.table_name),
        sql.SQL(", ").join(map(sql.Identifier, names)),
        sql.SQL(", ").join(sql.Placeholder() * len(names)),
        target,
    )
    return conn.execute(query, values).rowcount == 1


def _update(conn: ServerConnection, m: Mutation) -> int:
    """Merge the fields of ``m`` into the server's row; the number of conflicts recorded."""
    t = table(m.table_name)
    current = conn.execute(
        sql.SQL("SELECT * FROM {} WHERE id = %s FOR UPDATE").format(sql.Identifier(m.table_name)), (m.row_id,)
    ).fetchone()
    if current is None:
        raise Refused("The row is not on the server, or this login may not change it.")
    clocks = {
        r["field"]: r
        for r in conn.execute(
            "SELECT field, rev, hlc, device_id, login, mutation_id FROM sync_field_clock"
            " WHERE table_name = %s AND row_id = %s",
            (m.table_name, m.row_id),
        ).fetchall()
    }
    derived = DERIVED.get(m.table_name, frozenset())
    cas = COMPARE_AND_SET.get(m.table_name, frozenset())
    sets = SET_FIELDS.get(m.table_name, frozenset())
    changes: dict[str, Any] = {}
    conflicts = 0
    for name, entry in m.fields.items():
        if name not in t.c:
            continue
        column = t.c[name]
        value = entry["value"]
        now = to_wire(column, current[name])
        if name in BOOKKEEPING:
            if value is not None and (now is None or from_wire(column, value) > from_wire(column, now)):
                changes[name] = value
            continue
        if value == now:
            continue
        clock = clocks.get(name)
        # By clock, not by value: a field changed away and back since the base is still a
        # concurrent change (ABA), and its overwritten value belongs in the conflicts table.
        unchanged = clock is None or clock["rev"] <= (m.base_rev or 0) or clock["device_id"] == m.device_id
        if name in sets:
            base = set(entry.get("base") or [])
            merged = (set(now or []) | (set(value or []) - base)) - (base - set(value or []))
            if sorted(merged) != sorted(now or []):
                changes[name] = sorted(merged)
            continue
        if name in cas:
            if unchanged:
                changes[name] = value
            else:
                conflicts += 1
                _conflict(
                    conn, m, field=name, kind="assignment", kept=_theirs(clock, now), lost=_ours(m, value)
                )
            continue
        if unchanged:
            changes[name] = value
            continue
        assert clock is not None
        wins = (m.hlc, str(m.device_id)) > (int(clock["hlc"]), str(clock["device_id"]))
        if wins:
            changes[name] = value
        if name in derived:
            continue
        conflicts += 1
        ours, theirs = _ours(m, value), _theirs(clock, now)
        kept, lost = (ours, theirs) if wins else (theirs, ours)
        _conflict(conn, m, field=name, kind="field", kept=kept, lost=lost)
    if set(changes) - BOOKKEEPING:
        assignments = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(name)) for name in changes)
        conn.execute(
            sql.SQL("UPDATE {} SET {} WHERE id = %s").format(sql.Identifier(m.table_name), assignments),
            [*(_pg_value(t.c[name], value) for name, value in changes.items()), m.row_id],
        )
        rev = conn.execute("SELECT currval('sync_rev_seq') AS rev").fetchone()
        assert rev is not None
        for name in set(changes) - BOOKKEEPING:
            conn.execute(
                "INSERT INTO sync_field_clock (table_name, row_id, field, rev, hlc, device_id, mutation_id)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (table_name, row_id, field) DO UPDATE"
                " SET rev = EXCLUDED.rev, hlc = EXCLUDED.hlc, device_id = EXCLUDED.device_id,"
                " login = EXCLUDED.login, mutation_id = EXCLUDED.mutation_id",
                (m.table_name, m.row_id, name, rev["rev"], m.hlc, m.device_id, m.mutation_id),
            )
    return conflicts


def _recount(conn: ServerConnection, m: Mutation) -> None:
    """Keep ``conversation.message_count`` true when two devices each added a message: the server
    counts after every change of a conversation or a message, whatever count a device sent."""
    if m.table_name == "conversation":
        ids: set[Any] = {str(m.row_id)}
    elif m.table_name == "message":
        moved = m.fields.get("conversation_id", {})
        ids = {moved.get("value"), moved.get("base")} - {None}
        if not ids:
            row = conn.execute("SELECT conversation_id FROM message WHERE id = %s", (m.row_id,)).fetchone()
            ids = {str(row["conversation_id"])} if row else set()
    else:
        return
    for conversation_id in ids:
        conn.execute(
            "UPDATE conversation c SET message_count = n.count FROM (SELECT count(*) AS count FROM message"
            " WHERE conversation_id = %(id)s AND deleted_at IS NULL) n"
            " WHERE c.id = %(id)s AND c.message_count <> n.count",
            {"id": uuid.UUID(str(conversation_id))},
        )


def _apply(conn: ServerConnection, m: Mutation) -> str:
    outcome = "applied"
    if m.op == "insert":
        if not _insert(conn, m) and m.table_name not in APPEND_ONLY:
            outcome = "conflict" if _update(conn, m) else outcome
    elif m.op == "update":
        outcome = "conflict" if _update(conn, m) else outcome
    else:
        conn.execute(
            sql.SQL("UPDATE {} SET deleted_at = %s WHERE id = %s AND deleted_at IS NULL").format(
                sql.Identifier(m.table_name)
            ),
            (_now(), m.row_id),
        )
    _recount(conn, m)
    return outcome


def _missing_references(conn: ServerConnection, m: Mutation) -> list[str]:
    """The nullable reference fields of ``m`` that point at rows the server does not have."""
    t = table(m.table_name)
    missing = []
    for fk in t.foreign_keys:
        column = fk.parent
        entry = m.fields.get(column.name)
        if entry is None or entry.get("value") is None or not column.nullable:
            continue
        parent = fk.column.table
        if parent is t:
            continue
        found = conn.execute(
            sql.SQL("SELECT 1 FROM {} WHERE id = %s").format(sql.Identifier(parent.name)),
            (uuid.UUID(str(entry["value"])),),
        ).fetchone()
        if found is None:
            missing.append(column.name)
    return missing


def _without_references(conn: ServerConnection, m: Mutation, names: list[str]) -> Mutation:
    """``m`` without the references ``names`` (an insert sends none, an update leaves the server's),
    each recorded as a conflict: the server refused the row they point at."""
    fields = dict(m.fields)
    for name in names:
        entry = fields[name]
        if m.op == "insert":
            fields[name] = {**entry, "value": None}
        else:
            del fields[name]  # an update leaves the server's reference as it is
        _conflict(
            conn,
            m,
            field=name,
            kind="field",
            kept=Side(None),
            lost=_ours(m, entry["value"]),
            detail="points at a row the server refused",
        )
    return dataclasses.replace(m, fields=fields)


def _refusal_detail(exc: BaseException) -> str:
    diag = getattr(exc, "diag", None)
    return (diag.message_primary if diag is not None else None) or str(exc) or type(exc).__name__


def apply_mutation(conn: ServerConnection, m: Mutation, waits: Waits | None = None) -> str:
    """Apply one mutation in one server transaction; its outcome: ``applied``, ``conflict``,
    ``rejected``, ``replayed`` (it had been applied before: nothing changed now; ``replayed-rejected``
    when it had been refused then) or ``waiting`` (``waits`` says what it needs is still queued on
    this device: nothing was written, the mutation stays queued)."""
    try:
        with conn.transaction():
            claimed = conn.execute(
                "INSERT INTO sync_applied (mutation_id, device_id) VALUES (%s, %s)"
                " ON CONFLICT (mutation_id) DO NOTHING",
                (m.mutation_id, m.device_id),
            ).rowcount
            if not claimed:
                row = conn.execute(
                    "SELECT outcome FROM sync_applied WHERE mutation_id = %s", (m.mutation_id,)
                ).fetchone()
                return "replayed-rejected" if row is not None and row["outcome"] == "rejected" else "replayed"
            # An erased customer's data never comes back (a reply written offline during the
            # erasure): the change is dropped, or sent without its personal fields; see erasure.py.
            screened = erasure.screen(conn, m.table_name, m.row_id, m.op, m.fields)
            if screened is None:
                conn.execute(
                    "UPDATE sync_applied SET outcome = 'erased' WHERE mutation_id = %s", (m.mutation_id,)
                )
                return "erased"
            if screened is not m.fields:
                m = dataclasses.replace(m, fields=screened)
            try:
                with conn.transaction():
                    outcome = _apply(conn, m)
            except (*REFUSALS, Refused) as exc:
                # A row that refers to a conversation not there yet fails the row-level check
                # before the foreign key: either way, a parent still queued here means "later".
                if waits is not None and waits(m):
                    raise _Waits() from exc
                missing = [] if isinstance(exc, Refused) else _missing_references(conn, m)
                if not missing:
                    outcome = _reject(conn, m, exc)
                else:
                    try:
                        with conn.transaction():
                            _apply(conn, _without_references(conn, m, missing))
                            outcome = "conflict"
                    except (*REFUSALS, Refused) as again:
                        outcome = _reject(conn, m, again)
            conn.execute(
                "UPDATE sync_applied SET outcome = %s WHERE mutation_id = %s", (outcome, m.mutation_id)
            )
    except _Waits:
        return "waiting"
    return outcome


def _reject(conn: ServerConnection, m: Mutation, exc: BaseException) -> str:
    lost = _ours(m, {"op": m.op, "fields": m.fields})
    _conflict(conn, m, field="", kind="rejected", kept=Side(None), lost=lost, detail=_refusal_detail(exc))
    return "rejected"


def pending(store: Store, limit: int = 100, after: int = 0) -> list[Mutation]:
    """The oldest ``limit`` mutations of the outbox after ``after`` (a ``seq``), in the order they
    were made."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(outbox_table).where(outbox_table.c.seq > after).order_by(outbox_table.c.seq).limit(limit)
        ).all()
    return [
        Mutation(
            r.seq,
            r.mutation_id,
            r.table_name,
            r.row_id,
            r.op,
            r.base_rev,
            r.fields,
            int(r.hlc),
            r.device_id,
            r.schema_revision or "0006",
        )
        for r in rows
    ]


def fits_schema(m: Mutation) -> bool:
    """Whether every field of ``m`` is a column of its table in this version's schema (which the
    server has: the sync refuses a server of another schema). A change queued under an older
    schema whose column has since been renamed or dropped stays queued instead of going out
    without that field."""
    if m.schema_revision == SCHEMA_REVISION:
        return True
    columns = table(m.table_name).c
    return all(name in columns for name in m.fields)


def waits_locally(store: Store) -> Waits:
    """Whether a mutation needs a row that is still queued as an insert in this device's outbox:
    the row it changes, or a row one of its references points at."""

    def queued(local: Any, name: str, row_id: uuid.UUID) -> bool:
        found = local.execute(
            select(outbox_table.c.seq).where(
                outbox_table.c.table_name == name,
                outbox_table.c.row_id == row_id,
                outbox_table.c.op == "insert",
            )
        ).first()
        return found is not None

    def waits(m: Mutation) -> bool:
        with store.engine.connect() as local:
            if m.op != "insert" and queued(local, m.table_name, m.row_id):
                return True
            for fk in table(m.table_name).foreign_keys:
                entry = m.fields.get(fk.parent.name)
                if entry is None or entry.get("value") is None:
                    continue
                if queued(local, fk.column.table.name, uuid.UUID(str(entry["value"]))):
                    return True
        return False

    return waits


def _acknowledge(store: Store, done: list[uuid.UUID], arrived: list[Mutation]) -> None:
    """Forget mutations the server has committed, and mark the rows whose insert it took as known
    to the server (``rev`` 0 until the pull brings their revision), so that nothing queues them
    again as new. Done a batch at a time: a crash before this only makes the next push replay
    them, which changes nothing on the server."""
    if not done:
        return
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
        local.execute(delete(outbox_table).where(outbox_table.c.mutation_id.in_(done)))
        by_table: dict[str, list[uuid.UUID]] = {}
        for m in arrived:
            by_table.setdefault(m.table_name, []).append(m.row_id)
        for name, ids in by_table.items():
            t = table(name)
            local.execute(update(t).where(t.c.id.in_(ids), t.c.rev.is_(None)).values(rev=0))
        stamp = dt.datetime.now(dt.UTC)
        local.execute(update(state_table).where(state_table.c.id == 1).values(last_push_at=stamp))


CLOCK_TOLERANCE_MS = 60_000
"""How far ahead of the server's clock a desk's stamp may be; a later stamp is set back to it, so a
desk whose clock runs fast cannot win every conflict or drag the others' clocks ahead."""


def server_ms(conn: ServerConnection) -> int:
    """The server's wall clock, in milliseconds since the epoch."""
    with conn.transaction():
        row = conn.execute("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms").fetchone()
    assert row is not None
    return int(row["ms"])


def bounded_stamp(hlc: int, server_now_ms: int) -> int:
    """``hlc`` if its time is at most ``CLOCK_TOLERANCE_MS`` ahead of the server's, else that
    limit (keeping its counter, so stamps of one desk keep their order among themselves)."""
    limit = server_now_ms + CLOCK_TOLERANCE_MS
    if hlc >> 16 <= limit:
        return hlc
    return (limit << 16) | (hlc & 0xFFFF)


def push(
    store: Store,
    conn: ServerConnection,
    *,
    batch: int = 100,
    after_commit: Callable[[Mutation], None] | None = None,
) -> PushResult:
    """Send the whole outbox, oldest first. A mutation that waits for its parent stays queued and
    is tried again after a pass that sent something (its parent may have gone in that pass).
    ``after_commit`` runs after each server commit, before the local acknowledgement (tests use it
    to stand for a crash at the worst moment)."""
    result = PushResult()
    # A reply's large files are copied from its draft in the background: finish that first, so
    # their pieces go in this push with the reply, not one sync later.
    if finish_sent(store, dt.datetime.fromtimestamp(clock.wall_ms() / 1000, dt.UTC)):
        outbox.enqueue_unsynced(store)
    waits = waits_locally(store)
    started_ms, started = server_ms(conn), time.monotonic()
    kept: set[uuid.UUID] = set()
    while True:
        waiting = 0
        sent = 0
        after = 0
        while mutations := pending(store, batch, after):
            done: list[uuid.UUID] = []
            arrived: list[Mutation] = []
            try:
                for m in mutations:
                    after = m.seq
                    if not fits_schema(m):
                        kept.add(m.mutation_id)
                        continue
                    now_ms = started_ms + int((time.monotonic() - started) * 1000)
                    stamp = bounded_stamp(m.hlc, now_ms)
                    if stamp != m.hlc:
                        m = dataclasses.replace(m, hlc=stamp)
                    outcome = apply_mutation(conn, m, waits)
                    if outcome == "waiting":
                        waiting += 1
                        continue
                    if after_commit is not None:
                        after_commit(m)
                    done.append(m.mutation_id)
                    sent += 1
                    if m.op == "insert" and outcome not in ("rejected", "replayed-rejected"):
                        arrived.append(m)
                    if outcome in ("rejected", "conflict"):
                        result.lost.add((m.table_name, m.row_id))
                    if outcome == "erased":
                        result.erased += 1
                    elif outcome.startswith("replayed"):
                        result.replayed += 1
                    elif outcome == "rejected":
                        result.rejected += 1
                    else:
                        result.applied += 1
                        result.conflicts += outcome == "conflict"
            finally:
                _acknowledge(store, done, arrived)
        result.waiting = waiting
        result.kept = len(kept)
        if not waiting or not sent:
            return result
