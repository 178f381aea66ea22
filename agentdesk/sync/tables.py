# SPDX-License-Identifier: GPL-3.0-or-later
"""Which tables sync, in which order, and how their values travel.

A table syncs when its model carries ``SyncColumns``; everything else (settings, drafts, the sync
bookkeeping itself, the mail fetch state) stays on the device. Values travel in *wire form*, plain
JSON: ids and times as strings (times ISO 8601 UTC), bytes as base64, JSON columns as they are.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, Table, Uuid

from agentdesk.store.models import Base, SyncColumns, UtcDateTime

# Columns that are not user data: identity, the server's revision, the server's conversation number.
NOT_CAPTURED = frozenset({"id", "rev"})
SERVER_OWNED = {"conversation": frozenset({"number"})}
# ``updated_at`` is bookkeeping: it never conflicts, the later one is kept.
BOOKKEEPING = frozenset({"updated_at"})


def _synced_table_names() -> tuple[str, ...]:
    synced = {
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncColumns) and isinstance(mapper.local_table, Table)
    }
    # sorted_tables puts a table after the tables its foreign keys point at.
    return tuple(t.name for t in Base.metadata.sorted_tables if t.name in synced)


SYNCED_TABLES: tuple[str, ...] = _synced_table_names()
TABLE_RANK = {name: rank for rank, name in enumerate(SYNCED_TABLES)}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def is_synced(name: str) -> bool:
    return name in TABLE_RANK


def data_columns(name: str) -> list[Column[Any]]:
    """The columns of ``name`` whose values a device may send (everything but id, rev and
    server-owned columns)."""
    skip = NOT_CAPTURED | SERVER_OWNED.get(name, frozenset())
    return [c for c in table(name).columns if c.name not in skip]


def to_wire(column: Column[Any], value: Any) -> Any:
    """A column's Python value in wire form."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return str(value)
    if isinstance(kind, UtcDateTime):
        if isinstance(value, str):  # already text (a raw-SQL path)
            return value
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(kind, LargeBinary):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def from_wire(column: Column[Any], value: Any) -> Any:
    """The Python value (timezone-aware times, ``uuid.UUID``, bytes) of a wire value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if isinstance(kind, UtcDateTime):
        when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
        return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
    if isinstance(kind, LargeBinary):
        return value if isinstance(value, bytes) else base64.b64decode(str(value))
    return value


def is_json(column: Column[Any]) -> bool:
    return isinstance(column.type, JSON)
