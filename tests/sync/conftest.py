# SPDX-License-Identifier: GPL-3.0-or-later
"""Sync fixtures: an AgentDesk server on the session's PostgreSQL cluster, and desktops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agentdesk.store.database import Store, open_store
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials
from agentdesk.sync.server import init_server


@pytest.fixture
def server_url(postgres_url: str) -> str:
    """A fresh database set up as an AgentDesk server (as the cluster's superuser)."""
    init_server(postgres_url)
    return postgres_url


@pytest.fixture
def admin() -> Credentials:
    return Credentials("postgres", "")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    """Opens local databases with the outbox installed, one per name."""
    opened: list[Store] = []

    def make(name: str) -> Store:
        store = open_store(tmp_path / f"{name}.sqlite")
        outbox.install(store)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
