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
from pathlib import Path

from bench.core import Figure, Stats

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
    from agentdesk.sync.tables import SYNCED_TABLES

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

        # -- first sync of a workspace ------------------------------------------------------------
        source = open_store(Path(folder) / "source.sqlite", backup=False)
        build_demo(source, conversations, 1, anchor=default_anchor(dt.datetime.now(dt.UTC)))
        outbox.install(source)
        summary = sync_once(source, url, ole)
        if not summary.ok:
            raise RuntimeError(f"upload failed: {summary.error}")
        source.close()
        per_thousand: list[float] = []
        raw_per_thousand: list[float] = []
        names = list(SYNCED_TABLES)
        pulled_rows = 0
        for i in range(max(1, repetitions // 10)):
            fresh = open_store(Path(folder) / f"fresh-{i}.sqlite", backup=False)
            outbox.install(fresh)
            started = time.perf_counter()
            pulled = sync_once(fresh, url, ole)
            spent = time.perf_counter() - started
            fresh.close()
            if not pulled.ok or not pulled.pulled:
                raise RuntimeError(f"first sync failed: {pulled.error}")
            pulled_rows = pulled.pulled
            per_thousand.append(spent / pulled.pulled * 1000 * 1000)
            with psycopg.connect(url) as conn:
                started = time.perf_counter()
                rows = 0
                for name in names:
                    rows += len(conn.execute(f'SELECT * FROM "{name}"').fetchall())
                raw_per_thousand.append((time.perf_counter() - started) / max(rows, 1) * 1000 * 1000)
        rate = 1000 * 1000 / Stats.of(per_thousand).median
        figures.append(
            Figure(
                name="sync.first_sync",
                title=(
                    f"sync: first sync, {pulled_rows:,} rows ({conversations:,} conversations), "
                    f"{rate:,.0f} rows/s"
                ),
                unit="ms per 1,000 rows",
                measured=Stats.of(per_thousand),
                baseline=Stats.of(raw_per_thousand),
                baseline_name="one raw SELECT per table",
                note="each page and its cursor stored locally in one transaction",
            )
        )
    return figures


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
    import psycopg

    from agentdesk.store.database import open_store
    from agentdesk.sync import outbox
    from agentdesk.sync.connection import Credentials
    from agentdesk.sync.engine import sync_once
    from agentdesk.sync.server import add_agent, init_server
    from agentdesk.sync.tables import SYNCED_TABLES

    with cluster() as base, tempfile.TemporaryDirectory(prefix="agentdesk-bench-sync-") as folder:
        url = _database(base, "big")
        init_server(url)
        admin = Credentials("bench_big", "pw")
        add_agent(url, admin.user, admin.password, name="Bench", email="bench-big@bench.test", role="admin")
        rows = _load_server(workspace, url)
        fresh = open_store(Path(folder) / "fresh.sqlite", backup=False)
        outbox.install(fresh)
        started = time.perf_counter()
        summary = sync_once(fresh, url, admin)
        spent = time.perf_counter() - started
        fresh.close()
        if not summary.ok:
            raise RuntimeError(f"first sync failed: {summary.error}")
        with psycopg.connect(url) as conn, conn.cursor() as cur:
            started = time.perf_counter()
            for name in SYNCED_TABLES:
                with cur.copy(f'COPY "{name}" TO STDOUT') as copy:
                    for _block in copy:
                        pass
            raw = time.perf_counter() - started
    rate = summary.pulled / spent
    return Figure(
        name="sync.first_sync_full",
        title=(
            f"sync: first sync of {conversations:,} conversations ({summary.pulled:,} rows), "
            f"{rate:,.0f} rows/s"
        ),
        unit="s",
        measured=Stats.of([spent]),
        baseline=Stats.of([raw]),
        baseline_name="raw COPY of the same tables",
        note=f"the server was loaded with {rows:,} rows by COPY first; one run",
    )
