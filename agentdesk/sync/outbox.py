# SPDX-License-Identifier: GPL-3.0-or-later
"""Capture every local change of a synced row as an outbox mutation, in the same transaction.

``install(store)`` hooks two session events on the store's *write* sessions (``Store.write``):

- ``after_flush``: every synced object the flush inserted, changed or deleted becomes one
  mutation with the changed columns, each with its new value and the value it replaced (the
  *base*), the row's revision when it was changed (``base_rev``), a clock stamp and this device's
  id. The session's attribute history still holds the old values at that point.
- ``do_orm_execute``: an ``update()``/``delete()`` statement run through the session (the inbox's
  merge moves messages that way) reads the rows it will touch before and after, and records
  what changed.

The mutation rows are written on the flush's own connection, so they commit or roll back with the
change: a rolled-back action leaves no outbox row. Tables without ``SyncColumns`` are never
captured. Rows written with plain ``sqlite3`` (``Store.raw``: the demo builder, the SLA catch-up,
the JSONL import) are *not* captured; ``enqueue_unsynced`` picks up rows such paths created
(``rev`` still NULL and no pending mutation), but not their changes to rows that had synced.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, ColumnElement, Row, delete, event, func, insert, literal_column, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, object_mapper
from sqlalchemy.orm.attributes import NO_VALUE, instance_state

from agentdesk.ids import uuid7
from agentdesk.store.database import Store
from agentdesk.store.models import SCHEMA_REVISION
from agentdesk.sync import clock
from agentdesk.sync.tables import (
    BOOKKEEPING,
    TABLE_RANK,
    data_columns,
    is_synced,
    table,
    to_wire,
)

log = logging.getLogger("agentdesk.sync")

# ``session.info`` key: a session with it set to True records nothing (applying pulled rows).
NO_CAPTURE = "agentdesk.sync.no_capture"
# The local setting that names this database's server (``{"url": ..., "user": ...}``).
SERVER_SETTING = "sync.server"
outbox_table = table("sync_outbox")
_INSTALLED = "_agentdesk_outbox_installed"


@dataclass
class Change:
    """One captured change of one row, before it gets its stamp."""

    table_name: str
    row_id: uuid.UUID
    op: str
    base_rev: int | None
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)


def install(store: Store) -> None:
    """Record changes made through ``store.write()`` sessions from now on (idempotent)."""
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        clock.ensure_state(conn)
    # The write sessionmaker is the one every service action goes through. Whether it listens is
    # kept on the factory itself: SQLAlchemy's ``event.contains`` knows targets by ``id()``, and a
    # new factory can get the id of one already freed (another database opened in this process),
    # which would leave this one recording nothing.
    factory = store._write
    if not getattr(factory, _INSTALLED, False):
        event.listen(factory, "after_flush", _after_flush)
        event.listen(factory, "do_orm_execute", _on_execute)
        setattr(factory, _INSTALLED, True)


def is_configured(store: Store) -> bool:
    """Whether this database syncs with a server (it has synced once, or a server was set)."""
    state, setting = table("sync_state"), table("setting")
    with store.engine.connect() as conn:
        followed = conn.execute(select(state.c.server_id).where(state.c.id == 1)).scalar_one_or_none()
        named = conn.execute(select(setting.c.key).where(setting.c.key == SERVER_SETTING)).first()
    return followed is not None or named is not None


def install_if_configured(store: Store) -> bool:
    """``install`` on a database that syncs; a workspace without a server records nothing, so its
    outbox does not grow for ever. (Its rows are sent whole on the first sync anyway.)"""
    if not is_configured(store):
        return False
    install(store)
    return True


def uninstall(store: Store) -> None:
    factory = store._write
    if getattr(factory, _INSTALLED, False):
        event.remove(factory, "after_flush", _after_flush)
        event.remove(factory, "do_orm_execute", _on_execute)
        setattr(factory, _INSTALLED, False)


def _table_of(obj: object) -> str | None:
    name = getattr(object_mapper(obj).local_table, "name", None)
    return name if isinstance(name, str) and is_synced(name) else None


def _key(obj: object, column: Column[Any]) -> str:
    return object_mapper(obj).get_property_by_column(column).key


def _insert_change(obj: Any, name: str, connection: Connection | None = None) -> Change:
    state = instance_state(obj)
    fields: dict[str, dict[str, Any]] = {}
    for column in data_columns(name):
        key = _key(obj, column)
        value = state.dict.get(key, NO_VALUE)
        if value is NO_VALUE:
            value = getattr(obj, key)
        default = column.server_default
        filled = default is not None and str(getattr(default, "arg", "")) != "NULL"
        if value is None and filled and connection is not None:
            # A column the database fills in (a server default) is not set on the object by the
            # flush: the server needs the value the insert stored.
            t = table(name)
            value = connection.execute(select(t.c[column.name]).where(t.c.id == obj.id)).scalar()
        fields[column.name] = {"value": to_wire(column, value)}
    return Change(name, obj.id, "insert", None, fields)


def _update_change(obj: Any, name: str) -> Change | None:
    state = instance_state(obj)
    fields: dict[str, dict[str, Any]] = {}
    for column in data_columns(name):
        history = state.attrs[_key(obj, column)].history
        if not history.added:
            continue
        entry = {"value": to_wire(column, history.added[0])}
        if history.deleted:
            entry["base"] = to_wire(column, history.deleted[0])
            if entry["base"] == entry["value"]:
                continue
        fields[column.name] = entry
    if not set(fields) - BOOKKEEPING:
        return None
    if "updated_at" not in fields and state.dict.get("updated_at") is not None:
        fields["updated_at"] = {"value": to_wire(table(name).c.updated_at, state.dict["updated_at"])}
    base_rev = state.committed_state.get("rev", obj.rev)
    return Change(name, obj.id, "update", base_rev, fields)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get(NO_CAPTURE):
        return
    changes: list[Change] = []
    inserts = [(obj, name) for obj in session.new if (name := _table_of(obj))]
    # Parents before children, as the server's foreign keys want them.
    inserts.sort(key=lambda item: TABLE_RANK[item[1]])
    changes.extend(_insert_change(obj, name, session.connection()) for obj, name in inserts)
    for obj in session.dirty:
        name = _table_of(obj)
        if name and (change := _update_change(obj, name)) is not None:
            changes.append(change)
    deletes = [(obj, name) for obj in session.deleted if (name := _table_of(obj))]
    deletes.sort(key=lambda item: -TABLE_RANK[item[1]])
    changes.extend(Change(name, obj.id, "delete", obj.rev) for obj, name in deletes)
    if changes:
        write(session.connection(), changes)


def _on_execute(state: ORMExecuteState) -> Any:
    if not (state.is_update or state.is_delete) or state.session.info.get(NO_CAPTURE):
        return None
    target = getattr(state.statement, "table", None)
    name = getattr(target, "name", None)
    if not isinstance(name, str) or not is_synced(name):
        return None
    t = table(name)
    where = getattr(state.statement, "whereclause", None)
    query = select(t) if where is None else select(t).where(where)
    session = state.session
    before = {row.id: row for row in session.execute(query)}
    result = state.invoke_statement()
    if not before:
        return result
    after = {row.id: row for row in session.execute(select(t).where(t.c.id.in_(list(before))))}
    changes: list[Change] = []
    for row_id, old in before.items():
        new = after.get(row_id)
        if new is None:
            changes.append(Change(name, row_id, "delete", old.rev))
            continue
        fields: dict[str, dict[str, Any]] = {}
        for column in data_columns(name):
            was, now = to_wire(column, old._mapping[column]), to_wire(column, new._mapping[column])
            if was != now:
                fields[column.name] = {"value": now, "base": was}
        if set(fields) - BOOKKEEPING:
            changes.append(Change(name, row_id, "update", old.rev, fields))
    if changes:
        write(session.connection(), changes)
    return result


def write(conn: Connection, changes: list[Change]) -> None:
    """Append ``changes`` to the outbox on ``conn`` (in its transaction), with one clock stamp."""
    device, stamp = clock.tick(conn)
    conn.execute(
        insert(outbox_table),
        [
            {
                "mutation_id": uuid7(),
                "table_name": c.table_name,
                "row_id": c.row_id,
                "op": c.op,
                "base_rev": c.base_rev,
                "fields": c.fields,
                "hlc": stamp,
                "device_id": device,
                "attempts": 0,
                "schema_revision": SCHEMA_REVISION,
            }
            for c in changes
        ],
    )


def _whole_rows(name: str, rows: Sequence[Row[Any]]) -> list[Change]:
    """Inserts of whole rows of ``name``. A reference into the same table (a merged conversation)
    may point at a row that comes later: it is sent as an update after all the inserts."""
    t = table(name)
    self_refs = {fk.parent.name for fk in t.foreign_keys if fk.column.table is t}
    inserts, later = [], []
    for row in rows:
        fields = {c.name: {"value": to_wire(c, row._mapping[c])} for c in data_columns(name)}
        refs = {k: fields[k] for k in self_refs if fields[k]["value"] is not None}
        for k in refs:
            fields[k] = {"value": None}
        inserts.append(Change(name, row.id, "insert", None, fields))
        if refs:
            later.append(Change(name, row.id, "update", None, refs))
    return inserts + later


def _queued(conn: Connection, name: str) -> Any:
    """The rows of ``name`` whose insert waits in the outbox (an update alone does not send a row
    the server never had)."""
    return select(outbox_table.c.row_id).where(
        outbox_table.c.table_name == name, outbox_table.c.op == "insert"
    )


def queue_inserts(conn: Connection, name: str, ids: list[uuid.UUID]) -> int:
    """Queue the whole rows ``ids`` of ``name`` that the server never had (``rev`` NULL) as inserts,
    after the never-synced, not yet queued rows they refer to (so the server's foreign keys hold).
    A row whose insert is queued already is left as it is. Returns how many rows were queued."""
    t = table(name)
    rows = conn.execute(
        select(t).where(t.c.id.in_(ids), t.c.rev.is_(None), t.c.id.not_in(_queued(conn, name)))
    ).all()
    if not rows:
        return 0
    queued = 0
    for fk in t.foreign_keys:
        parent = fk.column.table
        if parent is t or not is_synced(parent.name):
            continue
        wanted = {row._mapping[fk.parent] for row in rows} - {None}
        if wanted:
            missing = conn.execute(
                select(parent.c.id).where(
                    parent.c.id.in_(wanted),
                    parent.c.rev.is_(None),
                    parent.c.id.not_in(_queued(conn, parent.name)),
                )
            ).scalars()
            queued += queue_inserts(conn, parent.name, list(missing))
    # The whole row carries every change made to it so far: updates queued before it (a row made
    # before the desk joined, changed since) would only replay older values after it.
    conn.execute(
        delete(outbox_table).where(
            outbox_table.c.table_name == name,
            outbox_table.c.row_id.in_([row.id for row in rows]),
            outbox_table.c.op == "update",
        )
    )
    changes = _whole_rows(name, rows)
    write(conn, changes)
    return queued + len(rows)


def pending_count(store: Store) -> int:
    """How many changes wait for the server."""
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(outbox_table)).scalar_one())


def enqueue_unsynced(store: Store) -> int:
    """Queue an insert for every synced row the server has never seen (``rev`` NULL; a row whose
    insert the server took is ``rev`` 0 until it is pulled) that has no pending insert and was not
    refused by the server before: rows made before the first sync (changed since or not), or
    written by a bulk path that the session events do not see. Only rows added since the last call
    are looked at (``sync_cursor.scanned_rowid``). Returns how many rows were queued."""
    queued = 0
    cursor = table("sync_cursor")
    conflict = table("sync_conflict")
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        for name in TABLE_RANK:
            t = table(name)
            rowid: ColumnElement[int] = literal_column(f"{name}.rowid")
            scanned = conn.execute(
                select(cursor.c.scanned_rowid).where(cursor.c.table_name == name)
            ).scalar_one_or_none()
            top = conn.execute(select(func.max(rowid)).select_from(t)).scalar_one_or_none() or 0
            if top <= (scanned or 0):
                continue
            refused = select(conflict.c.row_id).where(
                conflict.c.table_name == name, conflict.c.kind == "rejected"
            )
            ids = conn.execute(
                select(t.c.id).where(
                    rowid > (scanned or 0),
                    t.c.rev.is_(None),
                    t.c.id.not_in(_queued(conn, name)),
                    t.c.id.not_in(refused),
                )
            ).scalars()
            queued += queue_inserts(conn, name, list(ids))
            if scanned is None:
                conn.execute(insert(cursor).values(table_name=name, txid=0, rev=0, scanned_rowid=top))
            else:
                conn.execute(update(cursor).where(cursor.c.table_name == name).values(scanned_rowid=top))
    return queued
