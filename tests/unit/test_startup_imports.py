# SPDX-License-Identifier: GPL-3.0-or-later
"""What starting costs: opening a current database needs no Alembic (nor Mako, Pygments), the newest
migration file is what Alembic calls the head, and ``agentdesk --db`` paints its first frame
without the modules only later work needs (sync, the icon font, ...)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo, default_anchor
from agentdesk.store import migrate
from agentdesk.store.database import Store, make_engine, open_store
from agentdesk.store.models import SCHEMA_REVISION

ROOT = Path(__file__).resolve().parents[2]

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


# What the window's first frame does without: each loads on first use or after the first paint.
NOT_AT_FIRST_PAINT = (
    "alembic",  # the schema is current
    "mako",
    "pygments",
    "qtawesome",  # the icons come from the file the earlier start wrote
    "qtpy",
    "psycopg",  # no team server to talk to
    "psycopg_binary",
    "agentdesk.sync.connection",
    "agentdesk.sync.engine",
    "agentdesk.sync.listen",
    "agentdesk.sync.lease",
)


def _first_paint_modules(db: Path, home: Path) -> list[str]:
    """The modules of ``agentdesk --db DB`` at its first paint, on its second start (the first
    one keeps what a closing AgentDesk keeps), in new interpreters, as the benchmark runs it."""
    sys.path.insert(0, str(ROOT))
    try:
        from bench.process import _run
    finally:
        sys.path.remove(str(ROOT))
    _run(["first", str(db)], home)
    found = _run(["app", str(db)], home)
    modules: list[str] = found["modules"]
    return modules


def test_the_first_paint_loads_only_what_it_shows(store: Store, tmp_path: Path, clock: FixedClock) -> None:
    build_demo(store, 30, anchor=default_anchor(clock.now()))
    store.engine.dispose()
    modules = _first_paint_modules(store.path, tmp_path / "home")
    assert "agentdesk.gui.main_window" in modules  # the window itself, painted
    early = sorted(m for m in modules if m.split(".")[0] in NOT_AT_FIRST_PAINT or m in NOT_AT_FIRST_PAINT)
    assert early == []


_HOOK = """
import linecache, json, sys
import agentdesk.gui.import_hook as hook
import agentdesk.gui.theme as theme  # names PySide6, imported after the hook
print(json.dumps({
    "installed": hook.install(),
    "theme_in_linecache": any(name.endswith("theme.py") for name in linecache.cache),
    "theme": hook.uses_pyside(theme),
    "json": hook.uses_pyside(json),
    "builtin": hook.uses_pyside(sys),
}))
"""


def test_modules_imported_after_pyside6_leave_no_source_in_memory() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _HOOK],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    answers = json.loads(done.stdout.strip().splitlines()[-1])
    assert answers == {
        "installed": True,
        "theme_in_linecache": False,
        "theme": True,
        "json": False,
        "builtin": False,
    }
