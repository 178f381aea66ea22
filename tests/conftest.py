# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: offscreen Qt, a real SQLite file per test, a clock that can be moved."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from agentdesk.clock import FixedClock  # noqa: E402
from agentdesk.store.database import Store, open_store  # noqa: E402

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@contextlib.contextmanager
def within_cpu_seconds(limit: float = 1.0) -> Iterator[None]:
    """Fail when the block takes ``limit`` seconds of CPU time or more: a hang, not a busy shared
    machine (wall time) or a full collection of the whole test run's heap (paused meanwhile)."""
    collecting = gc.isenabled()
    gc.disable()
    start = time.process_time()
    try:
        yield
    finally:
        spent = time.process_time() - start
        if collecting:
            gc.enable()
    assert spent < limit, f"one call took {spent:.2f} s of CPU time"


# ``./dev test-shifted`` runs the suite with Python's calendar moved by this many days (the clock
# functions of ``time`` and ``datetime``; monotonic time is left alone): a test or a piece of code
# that leans on today's date fails there. Tests against a real server (PostgreSQL, Dovecot: the
# sync, mail and server folders) keep the real date, which those servers share. CI shifts the unit
# tests: the patch is not safe beside the window's worker threads (a crash was seen in tests/gui).
SHIFT_DAYS = os.environ.get("AGENTDESK_TEST_SHIFT_DAYS")


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """While a window's test runs, the cycle collector does not run by itself (it might run in a
    worker thread and free Qt objects there, a crash); the test thread collects before and after,
    as the application does on its GUI thread (agentdesk.gui.gc_guard)."""
    if not {"qtbot", "qapp"} & set(request.fixturenames) or not gc.isenabled():
        yield
        return
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What the program keeps in the user's cache folder (the drawn icons) goes to a folder of the
    test run, never into the cache of whoever runs the tests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(autouse=True)
def _shifted_calendar(request: pytest.FixtureRequest) -> Iterator[None]:
    real_servers = {"mail", "sync", "server"} & set(request.node.path.parts)
    if not SHIFT_DAYS or real_servers or request.node.get_closest_marker("server") is not None:
        yield
        return
    import time_machine

    moved = dt.datetime.now(dt.UTC) + dt.timedelta(days=int(SHIFT_DAYS))
    with time_machine.travel(moved, tick=True):
        yield


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "agentdesk.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()


# -- PostgreSQL: one throwaway cluster per test session, a fresh database per test -------------

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses to run as root; CI runs as root, developers usually do not.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class PgCluster:
    """A PostgreSQL 15 cluster in a temporary folder that a test can stop and start again."""

    def __init__(self) -> None:
        import shutil
        import subprocess
        import tempfile

        if not (PG_BIN / "initdb").exists():
            if os.environ.get("CI"):
                pytest.fail("PostgreSQL 15 is not installed; .ci/run installs it with apt-get")
            pytest.skip("PostgreSQL 15 binaries are not installed (apt-get install postgresql)")
        # Not under pytest's tmp_path: that is private to root, and the server runs as "postgres".
        self.folder = Path(tempfile.mkdtemp(prefix="agentdesk-pg-"))
        self.folder.chmod(0o755)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.port = _free_port()
        self.data = self.folder / "data"
        subprocess.run(
            _as_postgres([str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust"]),
            check=True,
            capture_output=True,
        )
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def start(self) -> None:
        import subprocess

        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "start"]
                + ["-o", options]
            ),
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        import subprocess

        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-w", "stop", "-m", "fast"]),
            capture_output=True,
        )

    def remove(self) -> None:
        import shutil

        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[str]:
    """The base URL of a running PostgreSQL 15 cluster in a temporary folder."""
    cluster = PgCluster()
    cluster.start()
    try:
        yield cluster.url
    finally:
        cluster.remove()


@pytest.fixture
def own_pg_cluster() -> Iterator[PgCluster]:
    """A cluster of this test's own, running; the test may stop and start it."""
    cluster = PgCluster()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def postgres_url(pg_cluster: str, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database on the session's cluster."""
    import re
    import uuid

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + "_" + uuid.uuid4().hex[:8]
    plain = pg_cluster.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{pg_cluster}/{name}"
