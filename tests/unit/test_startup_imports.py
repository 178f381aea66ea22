# SPDX-License-Identifier: GPL-3.0-or-later
"""What opening a current database costs: no Alembic (nor Mako, Pygments) when nothing is to run,
and the newest migration file is what Alembic calls the head."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from agentdesk.store import migrate
from agentdesk.store.database import make_engine, open_store
from agentdesk.store.models import SCHEMA_REVISION

_OPEN_AND_LIST = """
import sys
from agentdesk.store.database import open_store
store = open_store(sys.argv[1], backup=False)
store.engine.dispose()
print(",".join(sorted(m for m in ("alembic", "mako", "pygments") if m in sys.modules)))
"""


def _heavy_modules_after_opening(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_LIST, str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_newest_migration_file_is_the_alembic_head() -> None:
    assert migrate.head_revision() == SCHEMA_REVISION


def test_a_current_database_opens_without_alembic(db_path: Path) -> None:
    open_store(db_path).engine.dispose()  # created and migrated: Alembic needed here
    assert _heavy_modules_after_opening(db_path) == ""
    assert not list(db_path.parent.glob(f"{db_path.name}.backup-*"))  # nothing ran, nothing copied


def test_an_older_database_is_still_upgraded(db_path: Path) -> None:
    engine = make_engine(db_path)
    migrate.upgrade(engine, "0014")
    engine.dispose()
    assert "alembic" in _heavy_modules_after_opening(db_path)  # it migrated the file
    reopened = open_store(db_path, upgrade=False)
    with reopened.engine.connect() as conn:
        assert migrate.current_revision(conn) == SCHEMA_REVISION
    reopened.engine.dispose()
