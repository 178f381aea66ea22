# SPDX-License-Identifier: GPL-3.0-or-later
"""The reconciliation check: does this desktop's copy still hold what the server has?

Pulls are incremental (by the server's transaction id and revision), so a row lost or left stale
locally — a restored backup, a bulk repair, a change the server refused without touching its row,
a bug — would never come back by itself. The check compares, per synced table, the rows this login
sees on the server up to the table's pull cursor with the local copy: each row's id and revision,
hashed in 256 buckets (by the id's md5) on both sides, so that an unchanged table costs one
grouped query and one pass over local ids. A bucket whose hash differs is compared row by row: a
row the server has that is missing here, or here with another revision (a stale copy, a local
value kept from a change that then lost), is fetched again as the server has it now. Fields with
local changes not yet sent keep their local value; the outbox is never touched: nothing made here
is lost or sent twice.

A local copy may hold more than the server shows up to the cursor (a conversation that moved out of
what this login sees, a row fetched or sent ahead of the cursor); that is not drift.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql
from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.sync.pull import refetch
from agentdesk.sync.tables import SYNCED_TABLES, table

cursor_table = table("sync_cursor")


@dataclass
class TableCheck:
    name: str
    server_rows: int  # rows this login sees on the server, up to the table's pull cursor
    stale: list[uuid.UUID] = field(default_factory=list)  # missing here, or here at another revision

    @property
    def drifted(self) -> bool:
        return bool(self.stale)


@dataclass
class Reconciliation:
    checks: list[TableCheck] = field(default_factory=list)
    repaired: int = 0  # rows fetched again

    @property
    def drifted(self) -> list[str]:
        return [c.name for c in self.checks if c.drifted]


def _bucket(row_id: uuid.UUID) -> str:
    return hashlib.md5(str(row_id).encode("ascii")).hexdigest()[:2]


def _digest(rows: list[tuple[uuid.UUID, int]]) -> str:
    """The server's ``md5(string_agg(id || ':' || rev, ',' ORDER BY id))`` of ``rows``."""
    text = ",".join(f"{row_id}:{rev}" for row_id, rev in sorted(rows))
    return hashlib.md5(text.encode("ascii")).hexdigest()


def _local(store: Store, name: str) -> dict[str, dict[uuid.UUID, int]]:
    t = table(name)
    buckets: dict[str, dict[uuid.UUID, int]] = {}
    with store.engine.connect() as local:
        for row_id, rev in local.execute(select(t.c.id, t.c.rev).where(t.c.rev.is_not(None))):
            buckets.setdefault(_bucket(row_id), {})[row_id] = int(rev)
    return buckets


def _table(store: Store, conn: Any, name: str, position: tuple[int, int]) -> TableCheck:
    bound = {"txid": str(position[0]), "rev": position[1]}
    below = sql.SQL("(sync_txid, rev) <= (%(txid)s::text::xid8, %(rev)s)")
    ident = sql.Identifier(name)
    with conn.transaction():
        grouped = conn.execute(
            sql.SQL(
                "SELECT substr(md5(id::text), 1, 2) AS b, count(*) AS n,"
                " md5(string_agg(id::text || ':' || rev::text, ',' ORDER BY id)) AS h"
                " FROM {} WHERE {} GROUP BY 1"
            ).format(ident, below),
            bound,
        ).fetchall()
    result = TableCheck(name, sum(int(r["n"]) for r in grouped))
    if not grouped:
        return result
    mine = _local(store, name)
    differing = [r["b"] for r in grouped if _digest(list(mine.get(r["b"], {}).items())) != r["h"]]
    if not differing:
        return result
    with conn.transaction():
        rows = conn.execute(
            sql.SQL(
                "SELECT id, rev FROM {} WHERE {} AND substr(md5(id::text), 1, 2) = ANY(%(buckets)s)"
            ).format(ident, below),
            {**bound, "buckets": differing},
        ).fetchall()
    for r in rows:
        row_id = uuid.UUID(str(r["id"]))
        if mine.get(_bucket(row_id), {}).get(row_id) != int(r["rev"]):
            result.stale.append(row_id)
    return result


def check(store: Store, conn: Any) -> Reconciliation:
    """Compare every synced table up to its pull cursor (rows committed since are the next pull's
    business, so a busy server is no drift) and fetch again every row that differs."""
    result = Reconciliation()
    with store.engine.connect() as local:
        positions = {
            r.table_name: (int(r.txid), int(r.rev))
            for r in local.execute(select(cursor_table.c.table_name, cursor_table.c.txid, cursor_table.c.rev))
        }
    for name in SYNCED_TABLES:
        result.checks.append(_table(store, conn, name, positions.get(name, (0, 0))))
    stale = {(c.name, row_id) for c in result.checks for row_id in c.stale}
    if stale:
        result.repaired = refetch(store, conn, stale)
    return result
