# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations on SQLite: a new database, one at the previous revision, and refusals."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from agentdesk.clock import FixedClock
from agentdesk.errors import NewerDatabaseError, NotADatabaseError
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import InboxService
from agentdesk.store import migrate
from agentdesk.store.database import integrity_problems, make_engine, open_store
from agentdesk.store.models import Base


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_gets_the_whole_schema(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            context = MigrationContext.configure(
                conn, opts={"include_name": lambda name, kind, _parent: "_fts" not in (name or "")}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []  # the migrations build exactly what the models describe
        conn2 = store.raw()
        assert conn2.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn2.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn2.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn2.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        conn2.close()
        assert integrity_problems(store) == []
    finally:
        store.close()
    assert not list(db_path.parent.glob("*.backup-*"))  # nothing to back up on a new file


def earlier_revisions() -> list[str]:
    head = migrate.head_revision()
    return sorted(r.revision for r in migrate.script_directory().walk_revisions() if r.revision != head)


@pytest.mark.parametrize("revision", earlier_revisions())
def test_database_at_an_earlier_revision_is_backed_up_and_upgraded(
    db_path: Path, clock: FixedClock, revision: str
) -> None:
    engine = make_engine(db_path)
    migrate.upgrade(engine, revision)
    engine.dispose()
    # A database of the previous version, with data in it.
    old = open_store(db_path, upgrade=False)
    inbox = InboxService(old, clock, routing=False)  # an old schema may have no routing rules yet
    customer = inbox.create_customer("Søren Kierkegaard", email="soren@example.dk", language="da")
    ref = inbox.create_conversation(customer, "letter", "Reklamation over kaffemaskine", "Den virker ikke.")
    old.close()

    store = open_store(db_path)
    try:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        hits = SearchService(store).search("kaffemaskine")
        assert [h.conversation_id for h in hits] == [ref.id]  # the index covers data from before
        assert [h.matched for h in SearchService(store).search("Kierkegaard")] == ["customer"]
        assert integrity_problems(store) == []
    finally:
        store.close()
    backups = list(db_path.parent.glob(f"{db_path.name}.backup-{revision}-*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        assert conn.execute("SELECT subject FROM conversation").fetchall() == [
            ("Reklamation over kaffemaskine",)
        ]


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_store(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerDatabaseError, match="newer version of AgentDesk"):
        open_store(db_path)
    assert digest(db_path) == before


def test_sqlite_file_of_another_program_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
    conn.close()
    before = digest(db_path)
    with pytest.raises(NotADatabaseError, match="another program"):
        open_store(db_path)
    assert digest(db_path) == before


def test_downgrade_and_upgrade_again(db_path: Path) -> None:
    open_store(db_path).close()
    engine = make_engine(db_path)
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master").all()}
    assert "message_fts" not in names and "message" in names
    engine.dispose()
    open_store(db_path).close()
