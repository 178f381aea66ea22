# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: offscreen Qt, a real SQLite file per test, a clock that can be moved."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from agentdesk.clock import FixedClock  # noqa: E402
from agentdesk.store.database import Store, open_store  # noqa: E402

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


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
