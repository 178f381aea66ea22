# SPDX-License-Identifier: GPL-3.0-or-later
"""Pull: bring the server's rows into the local replica, in commit order, page by page.

Revisions come from a sequence, and sequences are not commit-ordered: a transaction that took
revision 7 can commit after one that took 8. So a pull reads only rows written by transactions
older than the oldest one still running (``pg_snapshot_xmin(pg_current_snapshot())``, fixed once
at the start of a pull) and pages by (transaction id, revision). Every table is pulled up to that
same bound, parents before children, so a row's foreign keys point at rows already here.

Each page and the table's new cursor are stored in one local transaction: an interrupted pull
loses nothing and resumes after the last page it stored. Pulled rows are written with Core
statements on a plain connection, which the outbox does not watch: applying them makes no
outbox rows. A field this device changed and has not pushed yet keeps its local value (the push
decides it on the server). A pulled conversation number takes precedence over a provisional
local one: the local row that held that number gives it up until its own number arrives. A pulled
row whose unique key (a team's name, an agent's email, a mail's Message-ID) is held by a local row
the server never accepted absorbs that row (``_absorb``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from psycopg import sql
from sqlalchemy import Column, Table, UniqueConstraint, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from agentdesk.store.database import Store
from agentdesk.store.models import Base
from agentdesk.sync import erasure, outbox
from agentdesk.sync.push import ServerConnection
from agentdesk.sync.tables import SYNCED_TABLES, from_wire, is_synced, table

log = logging.getLogger("agentdesk.sync")

PAGE_SIZE = 500
# Tables whose rows are large: fewer per page (attachment pieces are up to 1 MiB each).
PAGE_LIMITS = {"attachment_chunk": 8}
cursor_table = table("sync_cursor")
outbox_table = table("sync_outbox")
state_table = table("sync_state")


@dataclass
class PullResult:
    rows: int = 0
    pages: int = 0


def snapshot_bound(conn: ServerConnection) -> int:
    """The oldest transaction id still running in the server's database: every row written below
    it has committed (or never will). A transaction open in another database of the same cluster
    does not hold it back (``sync_pull_horizon`` on the server)."""
    row = conn.execute("SELECT sync_pull_horizon()::text::bigint AS xmin").fetchone()
    assert row is not None
    return int(row["xmin"])


def _cursor(local: Connection, name: str) -> tuple[int, int]:
    row = local.execute(
        select(cursor_table.c.txid, cursor_table.c.rev).where(cursor_table.c.table_name == name)
    ).first()
    return (int(row.txid), int(row.rev)) if row else (0, 0)


def fetch_page(
    conn: ServerConnection, name: str, after: tuple[int, int], bound: int, limit: int
) -> list[dict[str, Any]]:
    columns = [c.name for c in table(name).columns]
    query = sql.SQL(
        "SELECT {}, sync_txid::text::bigint AS sync_txid_ FROM {}"
        " WHERE sync_txid < %(bound)s::text::xid8"
        " AND (sync_txid, rev) > (%(txid)s::text::xid8, %(rev)s)"
        " ORDER BY sync_txid, rev LIMIT %(limit)s"
    ).format(sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(name))
    with conn.transaction():
        return conn.execute(
            query, {"bound": str(bound), "txid": str(after[0]), "rev": after[1], "limit": limit}
        ).fetchall()


def _pending_fields(local: Connection, name: str, ids: list[Any]) -> dict[Any, set[str]]:
    """Per row, the fields with changes still waiting in the outbox (they keep their local value)."""
    found: dict[Any, set[str]] = {}
    rows = local.execute(
        select(outbox_table.c.row_id, outbox_table.c.op, outbox_table.c.fields).where(
            outbox_table.c.table_name == name, outbox_table.c.row_id.in_(ids)
        )
    )
    for row in rows:
        found.setdefault(row.row_id, set()).update(row.fields or {})
    return found


def _unique_keys(t: Table) -> list[list[Column[Any]]]:
    """The unique keys of ``t`` besides its id (the conversation number is handled apart)."""
    keys = [list(c.columns) for c in t.constraints if isinstance(c, UniqueConstraint)]
    keys += [list(ix.columns) for ix in t.indexes if ix.unique]
    return [k for k in keys if [c.name for c in k] not in (["id"], ["number"])]


def _absorb(local: Connection, t: Table, old: Any, new: Any) -> None:
    """Fold the local row ``old``, which the server never accepted, into the server's row ``new``
    that holds the same unique key (the same team name, agent email, mail Message-ID made on two
    desktops): rows pointing at ``old`` point at ``new``; a pending change that carries the old
    reference is corrected, and where none does the new reference is queued (the whole row if the
    server never had it), so the server hears of it. ``old`` then goes; its own change is on the
    server's conflicts list (the server refused it)."""
    log.info("a local %s row is folded into the server's row with the same key", t.name)
    old_wire, new_wire = str(old), str(new)
    for child in Base.metadata.sorted_tables:
        child_name = child.name
        for fk in child.foreign_keys:
            if fk.column.table is not t:
                continue
            column = fk.parent
            if not is_synced(child_name):  # local-only rows (drafts, mail state) just follow
                local.execute(update(child).where(column == old).values({column.name: new}))
                continue
            moved = {r.id: r.rev for r in local.execute(select(child.c.id, child.c.rev).where(column == old))}
            local.execute(update(child).where(column == old).values({column.name: new}))
            told: set[Any] = set()
            # Every queued change that carries the old reference is corrected, also of rows that
            # point elsewhere by now (an insert queued before the row's policy changed).
            waiting = local.execute(select(outbox_table).where(outbox_table.c.table_name == child_name)).all()
            for r in waiting:
                if r.row_id not in moved:
                    entry = (r.fields or {}).get(column.name)
                    if entry is not None and entry.get("value") == old_wire:
                        fields = {**r.fields, column.name: {**entry, "value": new_wire}}
                        local.execute(
                            update(outbox_table).where(outbox_table.c.seq == r.seq).values(fields=fields)
                        )
                    continue
                entry = (r.fields or {}).get(column.name)
                if entry is not None and entry.get("value") == old_wire:
                    fields = {**r.fields, column.name: {**entry, "value": new_wire}}
                    local.execute(
                        update(outbox_table).where(outbox_table.c.seq == r.seq).values(fields=fields)
                    )
                    told.add(r.row_id)
                elif r.op == "insert":
                    told.add(r.row_id)  # an insert carries the row as it is now
            untold = [i for i in moved if i not in told]
            if untold:
                _requeue(local, child_name, untold, {column.name: {"value": new_wire}})
    local.execute(
        delete(outbox_table).where(outbox_table.c.table_name == t.name, outbox_table.c.row_id == old)
    )
    local.execute(delete(t).where(t.c.id == old))


def _requeue(local: Connection, name: str, ids: list[Any], fields: dict[str, dict[str, Any]]) -> None:
    """Queue ``fields`` of the rows ``ids`` of ``name``; rows the server never had go whole (after
    the rows they refer to)."""
    t = table(name)
    rows = local.execute(select(t.c.id, t.c.rev).where(t.c.id.in_(ids))).all()
    outbox.queue_inserts(local, name, [r.id for r in rows if r.rev is None])
    updates = [outbox.Change(name, r.id, "update", r.rev, fields) for r in rows if r.rev is not None]
    if updates:
        outbox.write(local, updates)


def _free_keys_of_page(local: Connection, t: Table, page: list[dict[str, Any]]) -> None:
    """Make room for the pulled rows whose unique key (a team's name, an agent's email) a local
    row the server never had holds: that row folds into the server's. The local rows are looked up
    through the key's own unique index by the page's values, so a page costs the same however many
    rows the table holds."""
    for key in _unique_keys(t):
        names = [c.name for c in key]
        wanted: dict[tuple[Any, ...], Any] = {}
        for values in page:
            found = tuple(values.get(n) for n in names)
            if all(v is not None for v in found):
                wanted[found] = values["id"]
        if not wanted:
            continue
        leading = sorted({k[0] for k in wanted}, key=repr)
        holders: list[tuple[Any, Any]] = []
        for start in range(0, len(leading), 500):
            chunk = leading[start : start + 500]
            query = select(t.c.id, *key).where(key[0].in_(chunk), t.c.rev.is_(None))
            for row in local.execute(query):
                server_id = wanted.get(tuple(row[1:]))
                if server_id is not None and row[0] != server_id:
                    holders.append((row[0], server_id))
        for other, server_id in holders:
            _absorb(local, t, other, server_id)


def _missing_parents(local: Connection, name: str, page: list[dict[str, Any]]) -> dict[str, set[Any]]:
    """Per parent table, the ids the rows of ``page`` point at that are neither here nor in the page."""
    t = table(name)
    in_page = {v["id"] for v in page}
    missing: dict[str, set[Any]] = {}
    for fk in t.foreign_keys:
        parent = fk.column.table
        if not is_synced(parent.name):
            continue
        wanted = {v.get(fk.parent.name) for v in page} - {None}
        if parent is t:
            wanted -= in_page
        if not wanted:
            continue
        ids = list(wanted)
        here: set[Any] = set()
        for start in range(0, len(ids), 500):
            here.update(
                local.execute(select(parent.c.id).where(parent.c.id.in_(ids[start : start + 500]))).scalars()
            )
        if wanted - here:
            missing.setdefault(parent.name, set()).update(wanted - here)
    return missing


def fetch_rows(conn: ServerConnection, name: str, ids: list[Any]) -> list[dict[str, Any]]:
    """The server's current rows ``ids`` of ``name`` (those this login may see)."""
    columns = [c.name for c in table(name).columns]
    query = sql.SQL("SELECT {}, sync_txid::text::bigint AS sync_txid_ FROM {} WHERE id = ANY(%s)").format(
        sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(name)
    )
    with conn.transaction():
        return conn.execute(query, ([str(i) for i in ids],)).fetchall()


def _local_form(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    t = table(name)
    return [{c.name: from_wire(c, row[c.name]) for c in t.columns} for row in rows]


def _write_page(local: Connection, name: str, page: list[dict[str, Any]]) -> None:
    """Store ``page`` (rows of ``name`` in local form) on ``local``."""
    t = table(name)
    if name == "customer_erasure":  # a customer erased elsewhere is erased in this copy too, at once
        done = erasure.erased_customers(local)
        new = [v["customer_id"] for v in page if v["deleted_at"] is None and v["customer_id"] not in done]
        for customer_id in new:
            erasure.erase_locally(local, customer_id, compact=False)
        if new:
            erasure.compact_search_index(local)
    keep = _pending_fields(local, name, [v["id"] for v in page])
    if name == "conversation":
        # The server's numbers win: a local row holding one of them (a provisional number)
        # lets go of it first; the page's own rows get theirs back just below.
        numbers = [v["number"] for v in page if v.get("number") is not None]
        for start in range(0, len(numbers), 500):
            local.execute(update(t).where(t.c.number.in_(numbers[start : start + 500])).values(number=None))
    _free_keys_of_page(local, t, page)
    plain = [v for v in page if not keep.get(v["id"])]
    if plain:
        statement = sqlite_insert(t)
        columns = {c.name: statement.excluded[c.name] for c in t.columns if c.name != "id"}
        local.execute(statement.on_conflict_do_update(index_elements=[t.c.id], set_=columns), plain)
    for values in page:
        own = keep.get(values["id"])
        if not own:
            continue
        # A row keeping local fields keeps its revision too: its local copy is not the server's
        # revision, so a later change here is based on what it really saw, and a change the
        # server then refuses without touching the row still shows as drift.
        changed = {k: v for k, v in values.items() if k not in ("id", "rev") and k not in own}
        statement = sqlite_insert(t).values(values)
        if changed:
            local.execute(statement.on_conflict_do_update(index_elements=[t.c.id], set_=changed))
        else:
            local.execute(statement.on_conflict_do_nothing(index_elements=[t.c.id]))


def _with_parents(
    conn: ServerConnection | None, local: Connection, name: str, page: list[dict[str, Any]], depth: int = 0
) -> list[dict[str, Any]]:
    """Store the parents the rows of ``page`` point at that this copy lacks, fetched from the
    server as they are now (a conversation changed after the pull's bound while its older messages
    are below it); returns the page without the rows whose parent the server would not give."""
    missing = _missing_parents(local, name, page)
    if not missing:
        return page
    if conn is not None and depth < 8:
        for parent, ids in missing.items():
            fetched = fetch_rows(conn, parent, list(ids))
            if fetched:
                parents = _local_form(parent, fetched)
                _write_page(local, parent, _with_parents(conn, local, parent, parents, depth + 1))
        missing = _missing_parents(local, name, page)
        if not missing:
            return page
    t = table(name)
    orphans = {
        v["id"]
        for v in page
        for fk in t.foreign_keys
        if fk.column.table.name in missing and v.get(fk.parent.name) in missing[fk.column.table.name]
    }
    log.warning("%d %s rows wait for rows this login cannot fetch", len(orphans), name)
    return [v for v in page if v["id"] not in orphans]


def store_page(
    store: Store, name: str, rows: list[dict[str, Any]], conn: ServerConnection | None = None
) -> None:
    """Write one page of ``name`` and move its cursor, in one local transaction. Rows without
    local changes waiting go in one statement for the page (the common case, and what makes a first
    sync fast); a row with fields waiting in the outbox keeps those fields. A row whose parent is
    not here yet brings its parent along (fetched through ``conn``): a page never leaves a child
    without its parent."""
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
        local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        page = _with_parents(conn, local, name, _local_form(name, rows))
        _write_page(local, name, page)
        last = rows[-1]
        position = {
            "txid": int(last["sync_txid_"]),
            "rev": int(last["rev"]),
            "updated_at": dt.datetime.now(dt.UTC),
        }
        local.execute(
            sqlite_insert(cursor_table)
            .values(table_name=name, **position)
            .on_conflict_do_update(index_elements=[cursor_table.c.table_name], set_=position)
        )


def refetch(store: Store, conn: ServerConnection, rows: set[tuple[str, Any]]) -> int:
    """Store the server's current version of ``rows`` ((table, id) pairs), whatever the cursors
    say; a row with changes still waiting keeps them. Returns how many rows came."""
    by_table: dict[str, list[Any]] = {}
    for name, row_id in rows:
        by_table.setdefault(name, []).append(row_id)
    count = 0
    for name in SYNCED_TABLES:
        ids = by_table.get(name)
        if not ids:
            continue
        fetched = fetch_rows(conn, name, ids)
        if not fetched:
            continue
        with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
            local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            _write_page(local, name, _with_parents(conn, local, name, _local_form(name, fetched)))
        count += len(fetched)
    return count


def pull(
    store: Store,
    conn: ServerConnection,
    *,
    page_size: int = PAGE_SIZE,
    on_page: Callable[[str, int], None] | None = None,
) -> PullResult:
    """Pull every synced table up to the current commit bound. ``on_page(table, rows)`` runs after
    each stored page (progress; tests use it to interrupt)."""
    result = PullResult()
    bound = snapshot_bound(conn)
    for name in SYNCED_TABLES:
        with store.engine.connect() as local:
            after = _cursor(local, name)
        limit = min(page_size, PAGE_LIMITS.get(name, page_size))
        while rows := fetch_page(conn, name, after, bound, limit):
            store_page(store, name, rows, conn)
            after = (int(rows[-1]["sync_txid_"]), int(rows[-1]["rev"]))
            result.rows += len(rows)
            result.pages += 1
            if on_page is not None:
                on_page(name, len(rows))
            if len(rows) < limit:
                break
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
        local.execute(
            update(state_table).where(state_table.c.id == 1).values(last_pull_at=dt.datetime.now(dt.UTC))
        )
    return result
