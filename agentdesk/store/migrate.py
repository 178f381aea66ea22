# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations (Alembic), the same history for SQLite and PostgreSQL.

The Alembic CLI is not needed: the configuration is built here and the connection handed to
``migrations/env.py``. A database whose revision this version does not know was written by a newer
AgentDesk and is refused before anything is changed.

Alembic (and Mako, Pygments with it) is imported only when a migration has to run or an unknown
revision has to be looked up: a database already at ``SCHEMA_REVISION`` (the newest migration
file) opens without it, which keeps it out of the start-up of the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from agentdesk.errors import NewerDatabaseError
from agentdesk.store.models import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger("agentdesk.store")

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str) -> bool:
    if revision == SCHEMA_REVISION:
        return True  # the newest migration file: no need to read the history
    try:
        return script_directory().get_revision(revision) is not None
    except Exception:
        return False


def refuse_unknown(revision: str, where: object) -> None:
    if not _known(revision):
        raise NewerDatabaseError(
            f"{where} was written by a newer version of AgentDesk (schema {revision}); "
            "update AgentDesk to open it."
        )


def _stored_sqlite_revision(engine: Engine) -> str | None:
    """The revision recorded in a SQLite database's ``alembic_version``, read with plain SQL;
    None for another database system or a database without the table."""
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if found is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def check_not_newer(engine: Engine, where: object) -> str | None:
    """The database's revision; raises ``NewerDatabaseError`` if this version does not know it."""
    if _stored_sqlite_revision(engine) == SCHEMA_REVISION:
        return SCHEMA_REVISION
    with engine.connect() as conn:
        revision = current_revision(conn)
    if revision is not None:
        refuse_unknown(revision, where)
    return revision


def has_user_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run migrations up to ``target`` on any engine (SQLite or PostgreSQL)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)


def upgrade_store(engine: Engine, path: Path, *, backup: bool = True, target: str = "head") -> bool:
    """Bring the local database at ``path`` up to ``target``; returns whether anything ran.

    An existing database is copied to ``<name>.backup-<revision>-<time>`` first, so a failed or
    unwanted upgrade can be undone by hand.
    """
    from agentdesk.store.database import backup_path_for, copy_database

    if target in ("head", SCHEMA_REVISION) and _stored_sqlite_revision(engine) == SCHEMA_REVISION:
        return False  # current: nothing to run, and no need to load Alembic to know it
    revision = check_not_newer(engine, path)
    if revision is None and has_user_tables(engine):
        from agentdesk.errors import NotADatabaseError

        raise NotADatabaseError(f"{path} is a database of another program, not an AgentDesk database.")
    wanted = head_revision() if target == "head" else target
    if revision == wanted:
        return False
    if backup and has_user_tables(engine):
        copy = backup_path_for(path, revision)
        copy_database(path, copy)
        log.info("backed up %s to %s before upgrading", path, copy)
    upgrade(engine, target)
    return True
