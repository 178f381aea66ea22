# SPDX-License-Identifier: GPL-3.0-or-later
"""One round of sync: push the outbox, then pull, with every failure told in plain words.

``sync_once`` never raises at its caller for what the network, the server or the credentials do:
it returns a ``SyncSummary`` whose ``error`` says what happened and that local changes are kept
(they stay in the outbox until the server acknowledged them). Only a bug is logged with its
traceback, and even then the summary carries a plain sentence.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from sqlalchemy import select, update

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.sync import clock, login_role, outbox, reconcile
from agentdesk.sync.bootstrap import bootstrap
from agentdesk.sync.connection import Credentials, SyncError, connect
from agentdesk.sync.pull import PAGE_SIZE, PullResult, pull, refetch
from agentdesk.sync.push import CLOCK_TOLERANCE_MS, PushResult, ServerConnection, push, server_ms
from agentdesk.sync.server import check_compatible, server_info
from agentdesk.sync.tables import SYNCED_TABLES, table

log = logging.getLogger("agentdesk.sync")
state_table = table("sync_state")


@dataclass
class SyncSummary:
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    pending: int = 0
    waiting: int = 0  # changes that wait for a parent still on its way
    kept: int = 0  # changes written by an older schema that the server cannot take
    clock_offset_ms: int = 0  # this computer's clock minus the server's
    error: str | None = None
    unreachable: bool = False  # the server could not be reached: the window words it with its own count
    repaired: list[str] = field(default_factory=list)  # tables the reconciliation check pulled again

    @property
    def ok(self) -> bool:
        return self.error is None

    def text(self) -> str:
        """One line for the status bar or the terminal."""
        if self.error:
            return self.error
        parts = [f"sent {self.pushed} change{'s' if self.pushed != 1 else ''}", f"received {self.pulled}"]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''} recorded")
        if self.rejected:
            parts.append(f"{self.rejected} refused by the server (kept in the conflicts list)")
        if self.repaired:
            parts.append(f"{', '.join(self.repaired)} fetched again (this copy differed from the server)")
        if self.kept:
            parts.append(
                f"{self.kept} change{'s' if self.kept != 1 else ''} made by an older AgentDesk kept here"
                " (the server's schema cannot take them)"
            )
        text = "Synced: " + ", ".join(parts) + "."
        if (skew := self.clock_warning()) is not None:
            text += " " + skew
        return text

    def clock_warning(self) -> str | None:
        """A sentence when this computer's clock is off the server's by more than the tolerance."""
        offset = self.clock_offset_ms
        if abs(offset) <= CLOCK_TOLERANCE_MS:
            return None
        minutes = round(abs(offset) / 60_000)
        amount = f"{minutes} minutes" if minutes >= 2 else f"{round(abs(offset) / 1000)} seconds"
        way = "ahead of" if offset > 0 else "behind"
        return (
            f"This computer's clock is {amount} {way} the server's; set it right so that the order "
            "of changes is judged fairly (its changes are stamped no later than the server's time)."
        )


@dataclass(frozen=True)
class SyncStatus:
    """What the window shows: changes waiting, when the last push and pull finished, which server."""

    pending: int
    last_push_at: dt.datetime | None
    last_pull_at: dt.datetime | None
    server_id: uuid.UUID | None


def status(store: Store) -> SyncStatus:
    with store.engine.connect() as conn:
        row = conn.execute(select(state_table).where(state_table.c.id == 1)).first()
    if row is None:
        return SyncStatus(outbox.pending_count(store), None, None, None)
    return SyncStatus(outbox.pending_count(store), row.last_push_at, row.last_pull_at, row.server_id)


def _kept(count: int) -> str:
    if count == 0:
        return "no local changes are waiting"
    return f"{count} change{'s are' if count != 1 else ' is'} kept and will be sent when it is back"


def _first_contact(store: Store, server_id: uuid.UUID) -> bool:
    """Whether this replica has not finished a first pull from this server yet (True then);
    refuses another server than the one it follows."""
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
        clock.ensure_state(local)
        known = local.execute(select(state_table.c.server_id).where(state_table.c.id == 1)).scalar_one()
    if known is None:
        return True
    if known != server_id:
        raise SyncError(
            translatable(
                "SyncErrors",
                ("This database was synced with another server; open a new database to work with this one."),
            )
        )
    return False


def _follow(store: Store, server_id: uuid.UUID) -> None:
    """Tie the replica to this server, once its first pull is complete: a first sync that was
    interrupted pulls again (from where it stopped) before this desk sends anything."""
    with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
        local.execute(
            update(state_table)
            .where(state_table.c.id == 1, state_table.c.server_id.is_(None))
            .values(server_id=server_id)
        )


def _observe_server_clock(store: Store, conn: ServerConnection) -> None:
    """Move this device's clock past the latest change the server has seen, so that what is done
    here after a sync counts as later than it even if this computer's clock runs behind."""
    with conn.transaction():
        row = conn.execute("SELECT hlc FROM sync_field_clock ORDER BY hlc DESC LIMIT 1").fetchone()
    if row is not None:
        with store.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as local:
            clock.observe(local, int(row["hlc"]))


Progress = Callable[[int, int], None]
"""``progress(rows received so far, rows expected)`` after each stored page of a pull (the
expected count is the server's estimate, 0 when unknown)."""


def estimate_rows(conn: ServerConnection) -> int:
    """About how many rows the synced tables hold on the server: the planner's and the statistics'
    cheap estimates (a login that sees only its teams receives fewer)."""
    with conn.transaction():
        row = conn.execute(
            "SELECT coalesce(sum(greatest(c.reltuples, s.n_live_tup, 0)), 0)::bigint AS n "
            "FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid "
            "WHERE c.relkind = 'r' AND c.relname = ANY(%s)",
            (list(SYNCED_TABLES),),
        ).fetchone()
        estimate = int(row["n"]) if row else 0
        if estimate == 0:  # a database not analysed yet: count (once, on a first sync)
            for name in SYNCED_TABLES:
                counted = conn.execute(f'SELECT count(*) AS n FROM "{name}"').fetchone()
                estimate += int(counted["n"]) if counted else 0
    return estimate


def _round(
    store: Store, conn: ServerConnection, page_size: int, progress: Progress | None = None
) -> tuple[PushResult, PullResult]:
    check_compatible(server_info(conn))
    login_role.remember(store, conn)  # who this login is on the server, for actions refused here
    with conn.transaction():
        row = conn.execute("SELECT server_id FROM sync_server WHERE id = 1").fetchone()
    assert row is not None
    received = 0
    expected = 0

    def on_page(_name: str, rows: int) -> None:
        nonlocal received
        received += rows
        if progress is not None:
            progress(received, expected)

    pulled = PullResult()
    if _first_contact(store, row["server_id"]):
        # First contact: take the server's rows first, so that local rows with the same unique key
        # (the preset SLA policies every desktop installs, a team made on both) fold into them
        # instead of being refused. The replica follows the server only once that pull is whole.
        # The bulk copy of one server snapshot, then the ordinary pull from that snapshot's cursor
        # for what was written since; an interrupted bootstrap leaves the replica unfollowed, so
        # the next sync bootstraps again.
        expected = estimate_rows(conn) if progress is not None else 0
        copied = bootstrap(store, conn, on_rows=on_page)
        caught_up = pull(store, conn, page_size=page_size, on_page=on_page)
        pulled = PullResult(copied.rows + caught_up.rows, copied.pages + caught_up.pages)
        _follow(store, row["server_id"])
    # Rows made before the first sync, or since by a bulk path the outbox does not see.
    outbox.enqueue_unsynced(store)
    pushed = push(store, conn)
    again = pull(store, conn, page_size=page_size, on_page=on_page)
    if pushed.lost:
        # A change that did not win may have left the server's row untouched (a lost claim, a
        # refusal): no new revision brings it, so fetch those rows as the server has them now.
        again.rows += refetch(store, conn, pushed.lost)
    _observe_server_clock(store, conn)
    return pushed, PullResult(pulled.rows + again.rows, pulled.pages + again.pages)


def sync_once(
    store: Store,
    url: str,
    credentials: Credentials | None,
    *,
    page_size: int = PAGE_SIZE,
    progress: Progress | None = None,
    check: bool = False,
) -> SyncSummary:
    """Push then pull once; the outcome, never an exception for what the environment does. An
    interrupted pull resumes where it stopped (each page is stored with its cursor). With
    ``check``, the reconciliation check runs after and a table that drifted is pulled again."""
    outbox.install(store)
    summary = SyncSummary()
    try:
        with connect(url, credentials) as conn:
            offset = clock.wall_ms() - server_ms(conn)
            pushed, pulled = _round(store, conn, page_size, progress)
            if check:
                found = reconcile.check(store, conn)
                summary.repaired = found.drifted
                pulled = PullResult(pulled.rows + found.repaired, pulled.pages)
        summary.pushed = pushed.sent
        summary.waiting = pushed.waiting
        summary.kept = pushed.kept
        summary.clock_offset_ms = offset
        summary.conflicts = pushed.conflicts
        summary.rejected = pushed.rejected
        summary.pulled = pulled.rows
    except (psycopg.errors.QueryCanceled, psycopg.errors.LockNotAvailable):
        log.info("the server did not answer in time")
        summary.error = (
            "The server was too busy to answer in time; "
            f"{_kept(outbox.pending_count(store)).replace('when it is back', 'on the next sync')}."
        )
    except psycopg.errors.InvalidPassword:
        summary.error = "The server did not accept the user name or password."
    except psycopg.errors.InsufficientPrivilege:
        summary.error = "The server refused this login access to the workspace; ask its admin."
    except psycopg.OperationalError as exc:
        log.info("server unreachable: %s", type(exc).__name__)
        if "password authentication failed" in str(exc):
            summary.error = "The server did not accept the user name or password."
        else:
            summary.unreachable = True
            summary.error = f"Server unreachable — {_kept(outbox.pending_count(store))}."
    except AgentDeskError as exc:
        summary.error = exc.message
    except Exception:
        log.exception("sync failed")
        summary.error = (
            f"Sync failed because of an internal error (details are in the log); "
            f"{_kept(outbox.pending_count(store)).replace('when it is back', 'on the next sync')}."
        )
    summary.pending = outbox.pending_count(store)
    return summary
