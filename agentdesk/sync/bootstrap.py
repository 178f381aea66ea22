# SPDX-License-Identifier: GPL-3.0-or-later
"""Bootstrap: a new desktop's first pull, in bulk.

The ordinary pull pages through every table 500 rows at a time, each page in its own local
transaction with its own server query: right for the few rows a later sync brings, slow for a whole
workspace. A first pull instead reads each synced table with one streamed ``COPY (SELECT ...) TO
STDOUT`` — run as the login, so row-level security decides exactly as it does for a page — all of
them inside one ``REPEATABLE READ`` transaction, so the tables are one consistent snapshot (a
message never arrives without its conversation). Locally each table is written in one transaction
of large ``executemany`` batches with the search-index triggers dropped (and created again in the
same transaction, so no other connection ever sees them missing); the search index is rebuilt once
at the end.

The pull then continues from that snapshot: every table's cursor is set to the snapshot's xmin
(every transaction below it had finished when the snapshot was taken, so everything it wrote is in
the copy), and the ordinary commit-ordered pull reads what came after. Rows written by
transactions at or above the xmin that the snapshot already saw are read once more; storing a row
twice changes nothing.

What makes the first pull safe is kept: a local row the server never had whose unique key (a
team's name, a preset policy's name, a mail's Message-ID) a copied row holds folds into the server's
row (``pull._free_keys_of_page``); a field with a change waiting in the outbox keeps its local
value; a provisional conversation number gives way to the server's; an erasure that arrives erases
the local rows too.

Interrupted (the network, the server, the program), a bootstrap leaves the replica not following
the server (``engine._follow`` runs only after it), so the next sync bootstraps again from a new
snapshot and writes every row over what the interrupted one stored: it restarts cleanly and loses
nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

from psycopg import sql
from sqlalchemy import JSON, Boolean, Column, LargeBinary, Uuid, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from agentdesk.store.database import Store
from agentdesk.store.models import UtcDateTime, parse_sql_time
from agentdesk.sync.pull import (
    PullResult,
    _free_keys_of_page,
    _pending_fields,
    _unique_keys,
    _write_page,
    cursor_table,
    outbox_table,
    state_table,
)
from agentdesk.sync.push import ServerConnection
from agentdesk.sync.tables import SYNCED_TABLES, from_wire, table

log = logging.getLogger("agentdesk.sync")

# Rows per local executemany batch, and the most bytes of row data held at once (attachment
# pieces are up to 1 MiB each).
BATCH_ROWS = 5000
BATCH_BYTES = 16 * 1024 * 1024
# The searched tables (migrations 0002, 0026): their triggers are set aside while a table is written.
SEARCHED = ("conversation", "message", "customer", "kb_article", "kb_article_variant")
# The page cache while a table is written (negative: KiB), for the inserts into the id index.
CACHE_KIB = -262144


def _stored_form(column: Column[Any]) -> sql.Composable:
    """The server's expression giving ``column`` exactly as this desktop's SQLite stores it (so a
    copied row goes into SQLite untouched by Python, and reads back as a pulled one): an id as 32
    hex digits, a time as naive UTC ISO text with microseconds (``models.sql_time``), a flag as 0
    or 1, JSON as its text; everything else as it is."""
    name = sql.Identifier(column.name)
    kind = column.type
    if isinstance(kind, Uuid):
        return sql.SQL("replace({}::text, '-', '')").format(name)
    if isinstance(kind, UtcDateTime):
        return sql.SQL("to_char({}, 'YYYY-MM-DD HH24:MI:SS.US')").format(name)
    if isinstance(kind, Boolean):
        return sql.SQL("{}::int").format(name)
    if isinstance(kind, JSON):
        return sql.SQL("{}::text").format(name)
    return name


def _from_stored(column: Column[Any], value: Any) -> Any:
    """The Python value of a value in stored form (for the rows that take the careful path)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, JSON):
        return json.loads(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, UtcDateTime):
        return parse_sql_time(value)
    return from_wire(column, value)


def _snapshot(conn: ServerConnection) -> int:
    """Start the bootstrap's transaction (``REPEATABLE READ``: one snapshot for every COPY) and
    return its xmin: every transaction below it had finished when the snapshot was taken."""
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    # The login's two-minute statement bound is for a desktop that vanished mid-change; a COPY of
    # a large workspace streams for longer while this desktop writes what it reads.
    conn.execute("SET LOCAL statement_timeout = '1h'")
    conn.execute("SET LOCAL TimeZone = 'UTC'")  # times are copied as UTC text
    row = conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin").fetchone()
    assert row is not None
    return int(row["xmin"])


def _copied(conn: ServerConnection, name: str) -> Iterator[tuple[Any, ...]]:
    """The rows of ``name`` this login may see, in stored form, streamed as tuples."""
    select = sql.SQL("SELECT {} FROM {}").format(
        sql.SQL(", ").join(_stored_form(c) for c in table(name).columns), sql.Identifier(name)
    )
    with conn.cursor() as cur:
        cur.execute(sql.SQL("{} LIMIT 0").format(select))
        types = [d.type_code for d in cur.description or ()]
        with cur.copy(sql.SQL("COPY ({}) TO STDOUT (FORMAT BINARY)").format(select)) as copy:
            copy.set_types(types)
            yield from copy.rows()


def _size(row: tuple[Any, ...]) -> int:
    return sum(len(v) for v in row if isinstance(v, bytes)) + 64


def _plain_index_sql(local: Connection, name: str) -> list[tuple[str, str]]:
    """The table's own non-unique indexes: built once after the rows are in rather than row by
    row (unique ones stay: they decide conflicts and find local rows by key)."""
    found = local.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
        " AND upper(sql) NOT LIKE 'CREATE UNIQUE%'",
        (name,),
    ).all()
    return [(str(r[0]), str(r[1])) for r in found]


def _trigger_sql(local: Connection, name: str) -> list[tuple[str, str]]:
    found = local.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE ?",
        (name, f"{name}_fts_%"),
    ).all()
    return [(str(r[0]), str(r[1])) for r in found]


class _TableWriter:
    """Writes the copied rows of one table in batches, inside the caller's local transaction.
    What could need the careful path is learnt once, at the start: the transaction holds the
    write lock, so nothing else adds local rows or outbox entries meanwhile."""

    def __init__(self, local: Connection, name: str) -> None:
        self.local = local
        self.name = name
        self.t = table(name)
        self.wire = list(self.t.columns)
        self.columns = [c.name for c in self.wire]
        self.id_at = self.columns.index("id")
        self.keys = [[c.name for c in key] for key in _unique_keys(self.t)]
        t = self.t
        # Local rows the server never had may hold a copied row's unique key; rows with fields
        # waiting in the outbox keep them; local conversations may hold a number the server gave.
        self.unsynced = (
            bool(self.keys) and local.execute(select(t.c.id).where(t.c.rev.is_(None)).limit(1)).first()
        )
        self.waiting = local.execute(
            select(outbox_table.c.seq).where(outbox_table.c.table_name == name).limit(1)
        ).first()
        self.held = name == "conversation" and local.execute(select(t.c.id).limit(1)).first()
        self.large = any(isinstance(c.type, LargeBinary) for c in self.wire)
        names = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in self.columns if c != "id")
        self.statement = (
            f'INSERT INTO "{name}" ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {sets}'
        )
        self.cursor = local.connection.cursor()

    def _local_form(self, row: tuple[Any, ...]) -> dict[str, Any]:
        return {c.name: _from_stored(c, v) for c, v in zip(self.wire, row, strict=True)}

    def write(self, batch: list[tuple[Any, ...]]) -> None:
        if self.name == "customer_erasure":  # erases local rows as it goes: the ordinary way
            _write_page(self.local, self.name, [self._local_form(r) for r in batch])
            return
        id_column = self.wire[self.id_at]
        keep: dict[Any, set[str]] = {}
        if self.waiting:
            ids = [_from_stored(id_column, r[self.id_at]) for r in batch]
            for start in range(0, len(ids), 500):
                keep.update(_pending_fields(self.local, self.name, ids[start : start + 500]))
        if self.held:
            at = self.columns.index("number")
            numbers = [r[at] for r in batch if r[at] is not None]
            for start in range(0, len(numbers), 500):
                self.local.execute(
                    update(self.t)
                    .where(self.t.c.number.in_(numbers[start : start + 500]))
                    .values(number=None)
                )
        if self.unsynced:
            wanted = {n for key in self.keys for n in key} | {"id"}
            light = [
                {c.name: _from_stored(c, v) for c, v in zip(self.wire, r, strict=True) if c.name in wanted}
                for r in batch
            ]
            _free_keys_of_page(self.local, self.t, light)
        if not keep:
            self.cursor.executemany(self.statement, batch)
            return
        plain = [r for r in batch if not keep.get(_from_stored(id_column, r[self.id_at]))]
        own = [self._local_form(r) for r in batch if keep.get(_from_stored(id_column, r[self.id_at]))]
        if plain:
            self.cursor.executemany(self.statement, plain)
        if own:  # rows with fields waiting in the outbox keep those fields
            _write_page(self.local, self.name, own)


def _copy_tables(
    store: Store, conn: ServerConnection, result: PullResult, on_rows: Callable[[str, int], None] | None
) -> int:
    """In the caller's server transaction: take the snapshot, copy every table, one local
    transaction each; the snapshot's xmin."""
    xmin = _snapshot(conn)
    for name in SYNCED_TABLES:
        with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
            local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            cache = local.exec_driver_sql("PRAGMA cache_size").scalar_one()
            local.exec_driver_sql(f"PRAGMA cache_size = {CACHE_KIB}")  # random id-index inserts
            triggers = _trigger_sql(local, name) if name in SEARCHED else []
            for trigger, _ in triggers:
                local.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
            indexes = _plain_index_sql(local, name)
            for index, _ in indexes:
                local.exec_driver_sql(f'DROP INDEX "{index}"')
            writer = _TableWriter(local, name)
            batch: list[tuple[Any, ...]] = []
            held = 0
            for row in _copied(conn, name):
                batch.append(row)
                if writer.large:
                    held += _size(row)
                if len(batch) >= BATCH_ROWS or held >= BATCH_BYTES:
                    writer.write(batch)
                    result.rows += len(batch)
                    result.pages += 1
                    if on_rows is not None:
                        on_rows(name, len(batch))
                    batch, held = [], 0
            if batch:
                writer.write(batch)
                result.rows += len(batch)
                result.pages += 1
                if on_rows is not None:
                    on_rows(name, len(batch))
            for _, statement in indexes + triggers:
                local.exec_driver_sql(statement)
            local.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
    return xmin


def bootstrap(
    store: Store, conn: ServerConnection, *, on_rows: Callable[[str, int], None] | None = None
) -> PullResult:
    """Copy every synced table this login may see into the replica from one server snapshot, then
    set every table's cursor to that snapshot. ``on_rows(table, rows)`` runs after each stored
    batch (progress; tests use it to interrupt)."""
    result = PullResult()
    with conn.transaction():
        xmin = _copy_tables(store, conn, result, on_rows)
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
        for name in SEARCHED:
            index = f"{name}_fts"
            if local.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (index,)
            ).first():
                local.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
        now = dt.datetime.now(dt.UTC)
        for name in SYNCED_TABLES:
            # Everything written below the snapshot's xmin is in the copy; the pull goes on from
            # the first transaction at or above it (revisions are positive: rev -1 is before all).
            position = {"txid": xmin, "rev": -1, "updated_at": now}
            local.execute(
                sqlite_insert(cursor_table)
                .values(table_name=name, **position)
                .on_conflict_do_update(index_elements=[cursor_table.c.table_name], set_=position)
            )
        local.execute(update(state_table).where(state_table.c.id == 1).values(last_pull_at=now))
    log.info("bootstrap: %d rows copied from the server's snapshot at xmin %d", result.rows, xmin)
    return result
