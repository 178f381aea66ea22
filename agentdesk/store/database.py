# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening the local SQLite database.

``open_store`` checks the file before SQLite touches it (not a database, read-only folder, written
by a newer AgentDesk) so that each of those ends in one plain sentence and leaves the file as it was.
Connections run in WAL mode with foreign keys on, a busy timeout and ``synchronous=NORMAL``: a crash
loses at most the last transactions that were not yet checkpointed, never consistency.

Transactions: the pysqlite driver's own transaction handling is switched off and ``BEGIN`` is emitted
by us (SQLAlchemy's documented recipe), so that sessions that write can start with
``BEGIN IMMEDIATE`` and wait for the write lock up front instead of failing half-way through.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from agentdesk.errors import NotADatabaseError, ReadOnlyError, StoreError

log = logging.getLogger("agentdesk.store")

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def check_database_file(path: Path, *, writable: bool = True) -> None:
    """Raise a ``StoreError`` with a readable message if ``path`` cannot be used as our database."""
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a database file.")
    folder = path.parent
    if path.exists():
        try:
            with path.open("rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except PermissionError as exc:
            raise ReadOnlyError(f"{path} cannot be read: permission denied.") from exc
        if head and head != SQLITE_MAGIC:
            raise NotADatabaseError(f"{path} is not an AgentDesk database (not an SQLite file).")
        if writable and not os.access(path, os.W_OK):
            raise ReadOnlyError(f"{path} is read-only; AgentDesk needs to write to it.")
    elif not folder.exists():
        raise StoreError(f"The folder {folder} does not exist.")
    if writable and not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyError(f"The folder {folder} is read-only; AgentDesk needs to write its database there.")


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see module docstring
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
    if mode and str(mode[0]).lower() != "wal":
        log.warning("SQLite refused WAL mode (%s); running in %s mode", mode[0], mode[0])
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with our pragmas; the file is not checked (see ``open_store``)."""
    # JSON columns keep German and Danish text readable rather than as \u escapes.
    engine = create_engine(
        f"sqlite:///{path}", json_serializer=lambda value: json.dumps(value, ensure_ascii=False)
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def translate_sqlite_error(exc: BaseException, path: Path) -> StoreError | None:
    """A readable ``StoreError`` for SQLite failures the environment causes, or None for bugs."""
    text = str(exc).lower()
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabaseError(f"{path} is not an AgentDesk database (not an SQLite file).")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError(f"{path} is read-only; AgentDesk needs to write to it.")
    if "database is locked" in text or "database is busy" in text:
        return StoreError(f"{path} is busy: another program holds it locked. Try again shortly.")
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(f"The disk holding {path} is full; nothing was written.")
    if "unable to open database" in text:
        return StoreError(f"{path} cannot be opened.")
    if "malformed" in text:
        return StoreError(f"{path} is damaged (SQLite reports a malformed database).")
    return None


@dataclass
class Store:
    """The open local database: one engine and the session factories the services use."""

    path: Path
    engine: Engine

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action that writes; commits on success, rolls back on error."""
        with self._write.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; never commits."""
        with self._read() as session:
            yield session

    def raw(self) -> sqlite3.Connection:
        """A new plain ``sqlite3`` connection with our pragmas, for bulk and benchmark paths."""
        conn = sqlite3.connect(self.path, isolation_level=None)
        _on_connect(conn, None)
        return conn

    @contextlib.contextmanager
    def raw_connection(self) -> Iterator[sqlite3.Connection]:
        """``raw()`` for one block: closed afterwards, and SQLite failures the environment causes
        (disk full, locked, read-only) raised as a readable ``StoreError``."""
        conn = self.raw()
        try:
            yield conn
        except sqlite3.Error as exc:
            translated = translate_sqlite_error(exc, self.path)
            if translated is not None:
                raise translated from exc
            raise
        finally:
            conn.close()

    def close(self) -> None:
        self.engine.dispose()


FTS_TABLES = ("conversation_fts", "message_fts", "customer_fts", "kb_article_fts", "kb_article_variant_fts")


def integrity_problems(store: Store) -> list[str]:
    """What is wrong with the database, in plain words; empty when all is well.

    Runs SQLite's integrity check, the foreign-key check and FTS5's own check that the search
    index agrees with the tables it indexes.
    """
    problems: list[str] = []
    conn = store.raw()
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.extend(f"integrity: {line}" for line in result[:20])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} rows refer to rows that do not exist (first in table {fk[0][0]})")
        for table in FTS_TABLES:
            try:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index {table} is out of step: {exc}")
    finally:
        conn.close()
    return problems


def preflight(path: Path) -> None:
    """Refuse a database we must not touch, reading it without changing a byte.

    Our connections switch the file to WAL mode, which rewrites its header; so a database of
    another program, or one written by a newer AgentDesk, is recognised here first, through a
    read-only connection.
    """
    from agentdesk.store import migrate

    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} cannot be opened: {exc}.") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        translated = translate_sqlite_error(exc, path)
        raise (translated or StoreError(f"{path} cannot be read: {exc}.")) from exc
    finally:
        conn.close()
    if revision is not None:
        migrate.refuse_unknown(revision, path)
    elif tables - {"alembic_version"}:
        raise NotADatabaseError(f"{path} is a database of another program, not an AgentDesk database.")


def open_store(path: Path, *, upgrade: bool = True, backup: bool = True) -> Store:
    """Open (and create or upgrade) the database at ``path``.

    With ``upgrade`` the schema is brought to the newest revision; an existing database that needs
    an upgrade is first copied to a backup file beside it.
    """
    from agentdesk.store import migrate

    path = Path(path).expanduser().resolve()
    check_database_file(path)
    preflight(path)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        if upgrade:
            migrate.upgrade_store(engine, path, backup=backup)
        else:
            migrate.check_not_newer(engine, path)
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        translated = translate_sqlite_error(exc, path)
        if translated is not None:
            raise translated from exc
        raise
    return Store(path=path, engine=engine)


def backup_path_for(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.backup-{revision or 'empty'}-{stamp}")


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (SQLite's online backup, safe with WAL)."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
