# SPDX-License-Identifier: GPL-3.0-or-later
"""The reconciliation check: does this desktop's copy still hold what the server has?

Pulls are incremental (by the server's transaction id and revision), so a row lost locally — a
restored backup, a bulk repair, a bug — would never come back by itself. The check compares, per
synced table, the rows this login sees on the server (how many, the highest revision) with the rows
of the local copy that came from the server. A table where the server has more rows, or newer ones,
has drifted: its pull cursor is set back to the start, and the next pull fetches it whole (storing
a row that is already there changes nothing, and fields with local changes not yet sent keep their
local value). The outbox is never touched: nothing made here is lost or sent twice.

A local copy may hold more than the server shows (a conversation that moved out of what this login
sees); that is not drift.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from psycopg import sql
from sqlalchemy import func, select, update

from agentdesk.store.database import Store
from agentdesk.sync.tables import SYNCED_TABLES, table

cursor_table = table("sync_cursor")


@dataclass
class TableCheck:
    name: str
    server_rows: int  # rows this login sees on the server, up to the table's pull cursor
    local_rows: int  # rows of the local copy that came from (or went to) the server

    @property
    def drifted(self) -> bool:
        return self.server_rows > self.local_rows


@dataclass
class Reconciliation:
    checks: list[TableCheck] = field(default_factory=list)

    @property
    def drifted(self) -> list[str]:
        return [c.name for c in self.checks if c.drifted]


def check(store: Store, conn: Any) -> Reconciliation:
    """Compare every synced table up to its pull cursor (rows committed since are the next pull's
    business, so a busy server is no drift); set back the cursor of each table that drifted."""
    result = Reconciliation()
    with store.engine.connect() as local:
        for name in SYNCED_TABLES:
            t = table(name)
            position = local.execute(
                select(cursor_table.c.txid, cursor_table.c.rev).where(cursor_table.c.table_name == name)
            ).first()
            txid, rev = (int(position.txid), int(position.rev)) if position else (0, 0)
            with conn.transaction():
                server = conn.execute(
                    sql.SQL(
                        "SELECT count(*) AS n FROM {}"
                        " WHERE (sync_txid, rev) <= (%(txid)s::text::xid8, %(rev)s)"
                    ).format(sql.Identifier(name)),
                    {"txid": str(txid), "rev": rev},
                ).fetchone()
            mine = local.execute(select(func.count()).where(t.c.rev.is_not(None))).scalar_one()
            result.checks.append(TableCheck(name, int(server["n"]) if server else 0, int(mine)))
    drifted = result.drifted
    if drifted:
        with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
            local.execute(
                update(cursor_table).where(cursor_table.c.table_name.in_(drifted)).values(txid=0, rev=0)
            )
    return result
