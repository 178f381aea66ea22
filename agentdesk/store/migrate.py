# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema migrations (Alembic), the same history for SQLite and PostgreSQL.

The Alembic CLI is not needed: the configuration is built here and the connection handed to
``migrations/env.py``. A database whose revision this version does not know was written by a newer
AgentDesk and is refused before anything is changed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from agentdesk.errors import NewerDatabaseError

log = logging.getLogger("agentdesk.store")

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str) -> bool:
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


def check_not_newer(engine: Engine, where: object) -> str | None:
    """The database's revision; raises ``NewerDatabaseError`` if this version does not know it."""
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
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)


def upgrade_store(engine: Engine, path: Path, *, backup: bool = True, target: str = "head") -> bool:
    """Bring the local database at ``path`` up to ``target``; returns whether anything ran.

    An existing database is copied to ``<name>.backup-<revision>-<time>`` first, so a failed or
    unwanted upgrade can be undone by hand.
    """
    from agentdesk.store.database import backup_path_for, copy_database

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
