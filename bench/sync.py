# SPDX-License-Identifier: GPL-3.0-or-later
"""Sync with a PostgreSQL server, measured on a throwaway PostgreSQL 15 cluster on loopback.

- **Reply latency**: a reply written on desktop A, until desktop B holds it — A's push, the server's
  notification, B's pull — against the raw round trip of the same pattern (insert and NOTIFY on one
  connection, LISTEN and SELECT on another).
- **First sync**: a new desktop pulls a workspace of ``conversations`` from the server, in rows a
  second, against reading the same rows with one raw ``SELECT`` per table.

The cluster is made in a temporary folder and removed afterwards; without PostgreSQL 15 binaries
the group is skipped with a note.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bench.core import Budget, Figure, Stats

if TYPE_CHECKING:
    from agentdesk.store.database import Store
    from agentdesk.sync.connection import Credentials

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def available() -> bool:
    return (PG_BIN / "initdb").exists()


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """A running cluster; its base URL (``postgresql://postgres@127.0.0.1:PORT``)."""
    folder = Path(tempfile.mkdtemp(prefix="agentdesk-bench-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = folder / "data"
    subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start"])
        + ["-o", options],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "stop", "-m", "fast"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _database(base: str, name: str) -> str:
    import psycopg

    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def sync_figures(conversations: int, repetitions: int) -> list[Figure]:
    import psycopg

    from agentdesk.clock import SystemClock
    from agentdesk.demo import build_demo, default_anchor
    from agentdesk.inbox.service import InboxService
    from agentdesk.store.database import open_store
    from agentdesk.store.models import Message
    from agentdesk.sync import outbox
    from agentdesk.sync.connection import Credentials
    from agentdesk.sync.engine import sync_once
    from agentdesk.sync.listen import Listener
    from agentdesk.sync.server import add_agent, init_server

    figures: list[Figure] = []
    with cluster() as base, tempfile.TemporaryDirectory(prefix="agentdesk-bench-sync-") as folder:
        url = _database(base, "shop")
        init_server(url)
        anna = Credentials("bench_anna", "pw")
        ole = Credentials("bench_ole", "pw")
        add_agent(url, anna.user, anna.password, name="Anna", email="anna@bench.test", tiers=[1, 2, 3])
        add_agent(url, ole.user, ole.password, name="Ole", email="ole@bench.test", role="admin", tiers=[1])

        # -- reply latency -----------------------------------------------------------------------
        a = open_store(Path(folder) / "a.sqlite", backup=False)
        b = open_store(Path(folder) / "b.sqlite", backup=False)
        for store in (a, b):
            outbox.install(store)
        clock = SystemClock()
        inbox = InboxService(a, clock)
        customer = inbox.create_customer("Jens Hansen", email="jens@bench.test")
        conversation = inbox.create_conversation(customer, "chat", "Latency", "Hello").id
        for store, who in ((a, anna), (b, ole), (a, anna), (b, ole)):
            summary = sync_once(store, url, who)
            if not summary.ok:
                raise RuntimeError(f"sync failed: {summary.error}")
        listener = Listener(url, ole)
        listener.wait(0.1)  # connected and listening
        ours: list[float] = []
        for i in range(repetitions):
            started = time.perf_counter()
            reply = inbox.reply(conversation, f"Reply {i}")
            sync_once(a, url, anna)
            while not listener.wait(5.0):
                pass
            sync_once(b, url, ole)
            with b.read() as session:
                if session.get(Message, reply) is None:
                    raise RuntimeError("the reply did not reach the other desktop")
            ours.append((time.perf_counter() - started) * 1000)
        listener.close()

        base_times: list[float] = []
        with psycopg.connect(url, autocommit=True) as writer, psycopg.connect(url, autocommit=True) as reader:
            writer.execute("CREATE TABLE bench_note (id serial PRIMARY KEY, body text)")
            reader.execute("LISTEN bench")
            for i in range(repetitions):
                started = time.perf_counter()
                writer.execute("INSERT INTO bench_note (body) VALUES (%s)", (f"Reply {i}",))
                writer.execute("NOTIFY bench")
                for _ in reader.notifies(timeout=5.0, stop_after=1):
                    pass
                reader.execute("SELECT body FROM bench_note ORDER BY id DESC LIMIT 1").fetchone()
                base_times.append((time.perf_counter() - started) * 1000)
        figures.append(
            Figure(
                name="sync.reply_latency",
                title="sync: a reply on desktop A until desktop B holds it",
                unit="ms",
                measured=Stats.of(ours),
                baseline=Stats.of(base_times),
                baseline_name="raw insert, NOTIFY, LISTEN and SELECT",
                note="push, the server's notification and the pull, on loopback",
            )
        )
        a.close()
        b.close()

        # -- first sync of a workspace, and an incremental pull's cost per page at two sizes ----------
        source = open_store(Path(folder) / "source.sqlite", backup=False)
        build_demo(source, conversations, 1, anchor=default_anchor(dt.datetime.now(dt.UTC)))
        outbox.install(source)
        summary = sync_once(source, url, ole)
        if not summary.ok:
            raise RuntimeError(f"upload failed: {summary.error}")
        source.close()
        runs = max(1, repetitions // 10)
        small = _first_sync_runs(url, ole, Path(folder), "small", runs)
        figures.append(small.figure("sync.first_sync", f"{conversations:,} conversations"))
        figures.append(_page_figure(url, ole, small.replica, "sync.pull_page", conversations, repetitions))
        # The same workspace with ten times the messages: the per-page cost must not grow with it.
        _grow_messages(url, 9)
        large = _first_sync_runs(url, ole, Path(folder), "large", 1)
        figures.append(
            large.figure("sync.first_sync_10x", f"{conversations:,} conversations, 10× the messages")
        )
        page_large = _page_figure(url, ole, large.replica, "sync.pull_page_10x", conversations, repetitions)
        page_small = figures[-2].measured.median
        page_large.note += f"; {page_large.measured.median / page_small:.2f}× the figure at the smaller size"
        figures.append(page_large)
        small.replica.close()
        large.replica.close()
    return figures


# A first sync's budget (DESIGN.md §8): at least 20,000 rows a second, i.e. at most 50 ms per 1,000.
FIRST_SYNC_BUDGET = Budget("absolute", 50.0)


@dataclass
class _FirstSyncRuns:
    replica: Store
    rows: int
    per_thousand: list[float]
    raw_per_thousand: list[float]

    def figure(self, name: str, what: str) -> Figure:
        rate = 1000 * 1000 / Stats.of(self.per_thousand).median
        return Figure(
            name=name,
            title=f"sync: first sync, {self.rows:,} rows ({what}), {rate:,.0f} rows/s",
            unit="ms per 1,000 rows",
            measured=Stats.of(self.per_thousand),
            baseline=Stats.of(self.raw_per_thousand),
            baseline_name="raw COPY of the same tables as the same login",
            budget=FIRST_SYNC_BUDGET,
            note="end to end: one COPY per table, the rows written, the search index built",
        )


def _raw_copy_seconds(url: str, who: Credentials) -> float:
    """Reading every synced table with COPY as ``who`` (row-level security applies), nothing done
    with the bytes."""
    from agentdesk.sync.connection import connect
    from agentdesk.sync.tables import SYNCED_TABLES

    with connect(url, who, bounded=False) as conn, conn.cursor() as cur:
        started = time.perf_counter()
        with conn.transaction():
            for name in SYNCED_TABLES:
                with cur.copy(f'COPY (SELECT * FROM "{name}") TO STDOUT (FORMAT BINARY)') as copy:
                    for _block in copy:
                        pass
        return time.perf_counter() - started


def _first_sync_runs(url: str, who: Credentials, folder: Path, label: str, runs: int) -> _FirstSyncRuns:
    """``runs`` first syncs of new desktops, each next to a raw COPY; the last replica stays open."""
    from agentdesk.store.database import open_store
    from agentdesk.sync import outbox
    from agentdesk.sync.engine import sync_once

    per_thousand: list[float] = []
    raw_per_thousand: list[float] = []
    rows = 0
    replica: Store | None = None
    for i in range(runs):
        if replica is not None:
            replica.close()
        replica = open_store(folder / f"fresh-{label}-{i}.sqlite", backup=False)
        outbox.install(replica)
        started = time.perf_counter()
        pulled = sync_once(replica, url, who)
        spent = time.perf_counter() - started
        if not pulled.ok or not pulled.pulled:
            raise RuntimeError(f"first sync failed: {pulled.error}")
        rows = pulled.pulled
        per_thousand.append(spent / rows * 1000 * 1000)
        raw_per_thousand.append(_raw_copy_seconds(url, who) / rows * 1000 * 1000)
    assert replica is not None
    return _FirstSyncRuns(replica, rows, per_thousand, raw_per_thousand)


def _grow_messages(url: str, times: int) -> None:
    """Give the server ``times`` more copies of every message (new ids, no Message-ID)."""
    from agentdesk.sync.connection import connect
    from agentdesk.sync.tables import table

    names = [c.name for c in table("message").columns]
    chosen = ", ".join(
        "gen_random_uuid()" if n == "id" else "NULL" if n == "external_id" else f'm."{n}"' for n in names
    )
    columns = ", ".join(f'"{n}"' for n in names)
    with connect(url, bounded=False) as conn, conn.transaction():
        conn.execute(
            f"INSERT INTO message ({columns}) SELECT {chosen} FROM message m, generate_series(1, {times})"
        )
        conn.execute("ANALYZE")


def _page_figure(
    url: str, who: Credentials, replica: Store, name: str, conversations: int, repetitions: int
) -> Figure:
    """An incremental pull's cost per page: new messages on the server (a few pages' worth each
    time), pulled into ``replica``; against reading the same pages raw."""
    from agentdesk.sync.connection import connect
    from agentdesk.sync.pull import PAGE_SIZE, _cursor, fetch_page, pull, snapshot_bound
    from agentdesk.sync.tables import table

    names = [c.name for c in table("message").columns]
    chosen = ", ".join(
        "gen_random_uuid()" if n == "id" else "NULL" if n == "external_id" else f'"{n}"' for n in names
    )
    columns = ", ".join(f'"{n}"' for n in names)
    pages = 4
    ours: list[float] = []
    raw: list[float] = []
    with connect(url, bounded=False) as admin, connect(url, who) as conn:
        size = admin.execute("SELECT count(*) AS n FROM message").fetchone()
        held = int(size["n"]) if size else 0
        # A small workspace (the smoke run) holds fewer messages than the pages want: repeat them.
        times = max(1, -(-pages * PAGE_SIZE // max(held, 1)))
        for _ in range(max(3, repetitions // 3)):
            with admin.transaction():
                admin.execute(
                    f"INSERT INTO message ({columns}) SELECT {chosen} FROM message,"
                    f" generate_series(1, {times}) ORDER BY rev DESC LIMIT {pages * PAGE_SIZE}"
                )
            with replica.engine.connect() as local:
                after = _cursor(local, "message")
            started = time.perf_counter()
            result = pull(replica, conn)
            spent = time.perf_counter() - started
            if result.pages < pages:
                raise RuntimeError("the new messages did not arrive")
            ours.append(spent / result.pages * 1000)
            # The same pages read with the pull's own query, and nothing else done with them.
            started = time.perf_counter()
            bound = snapshot_bound(conn)
            for _page in range(pages):
                rows = fetch_page(conn, "message", after, bound, PAGE_SIZE)
                after = (int(rows[-1]["sync_txid_"]), int(rows[-1]["rev"]))
            raw.append((time.perf_counter() - started) / pages * 1000)
    return Figure(
        name=name,
        title=f"sync: an incremental pull, per page of {PAGE_SIZE} messages, {held:,} messages held",
        unit="ms per page",
        measured=Stats.of(ours),
        baseline=Stats.of(raw),
        baseline_name="the pull's own server query for the same pages",
        note=f"{pages} pages a pull, into a replica of {conversations:,} conversations",
    )


def _load_server(workspace: Path, url: str) -> int:
    """Copy the workspace's synced tables into the server, parents first, with COPY (the
    server's triggers stamp each row with its revision); how many rows."""
    import sqlite3

    import psycopg

    from agentdesk.sync.tables import SYNCED_TABLES, table

    source = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    present = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    loaded = 0
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        for name in SYNCED_TABLES:
            if name not in present:
                continue
            columns = [c.name for c in table(name).columns]
            names = ", ".join(f'"{c}"' for c in columns)
            with conn.transaction(), conn.cursor() as cur:
                with cur.copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
                    for row in source.execute(f'SELECT {names} FROM "{name}"'):
                        copy.write_row(row)
                        loaded += 1
    source.close()
    return loaded


def first_sync_at_scale(workspace: Path, conversations: int) -> Figure:
    """A new desktop's first sync of the whole benchmark workspace, from a server holding it."""
    from agentdesk.store.database import open_store
    from agentdesk.sync import outbox
    from agentdesk.sync.connection import Credentials, connect
    from agentdesk.sync.engine import sync_once
    from agentdesk.sync.server import add_agent, init_server

    with cluster() as base, tempfile.TemporaryDirectory(prefix="agentdesk-bench-sync-") as folder:
        url = _database(base, "big")
        init_server(url)
        admin = Credentials("bench_big", "pw")
        add_agent(url, admin.user, admin.password, name="Bench", email="bench-big@bench.test", role="admin")
        rows = _load_server(workspace, url)
        with connect(url, bounded=False) as conn:
            conn.execute("ANALYZE")
        fresh = open_store(Path(folder) / "fresh.sqlite", backup=False)
        outbox.install(fresh)
        started = time.perf_counter()
        summary = sync_once(fresh, url, admin)
        spent = time.perf_counter() - started
        fresh.close()
        if not summary.ok:
            raise RuntimeError(f"first sync failed: {summary.error}")
        raw = _raw_copy_seconds(url, admin)
    rate = summary.pulled / spent
    per_thousand = 1000 * 1000 / summary.pulled
    return Figure(
        name="sync.first_sync_full",
        title=(
            f"sync: first sync of {conversations:,} conversations ({summary.pulled:,} rows), "
            f"{rate:,.0f} rows/s"
        ),
        unit="ms per 1,000 rows",
        measured=Stats.of([spent * per_thousand]),
        baseline=Stats.of([raw * per_thousand]),
        baseline_name="raw COPY of the same tables as the same login",
        budget=FIRST_SYNC_BUDGET,
        note=(
            f"end to end with the search index built; the server was loaded with {rows:,} rows by "
            "COPY first; one run"
        ),
    )
