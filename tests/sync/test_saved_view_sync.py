# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved views between desktops: a shared view made on one desktop shows on the other, and so do
its edits and its deletion; a personal view stays with its owner, on the server too."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, SyncConflict
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

MAJA = Credentials("sv_maja", "maja-pw")
OLE = Credentials("sv_ole", "ole-pw")


@pytest.fixture
def pair(server_url: str, desktop: Callable[[str], Store]) -> tuple[Store, Store]:
    add_agent(server_url, MAJA.user, MAJA.password, name="Maja", email="maja@example.com", tiers=[1, 2])
    add_agent(
        server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", role="supervisor", tiers=[1]
    )
    return desktop("a"), desktop("b")


def settle(a: Store, b: Store, url: str) -> None:
    for store, who in ((a, MAJA), (b, OLE), (a, MAJA)):
        summary = sync_once(store, url, who)
        assert summary.ok, summary.error


def agent_id(store: Store, email: str) -> uuid.UUID:
    with store.read() as session:
        return session.scalars(select(Agent.id).where(Agent.email == email)).one()


def count(url: str, who: Credentials) -> int:
    with connect(url, who) as conn:
        row = conn.execute("SELECT count(*) AS n FROM saved_view").fetchone()
    assert row is not None
    return int(row["n"])


def names(store: Store, agent_email: str) -> list[str]:
    views = SavedViewService(store).sidebar(agent_id(store, agent_email)).views
    return [v.name for v in views]


def test_shared_views_travel_and_personal_ones_stay_with_their_owner(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    settle(a, b, server_url)
    maja = agent_id(a, "maja@example.com")
    on_a = SavedViewService(a, clock)
    own = on_a.create(maja, "My German", parse_fields("assignee:me lang:de").filters)
    settle(a, b, server_url)
    assert names(b, "ole@example.com") == []  # Maja's own view: not on Ole's desktop
    assert count(server_url, OLE) == 0  # nor readable with Ole's login on the server
    assert count(server_url, MAJA) == 1

    ole = agent_id(b, "ole@example.com")
    on_b = SavedViewService(b, clock)
    team_view = on_b.create(
        ole, "Breached, all teams", parse_fields("sla:breached").filters, shared=True, columns=("status",)
    )
    settle(a, b, server_url)
    assert names(a, "maja@example.com") == ["Breached, all teams", "My German"]

    clock.advance(minutes=1)
    on_b.update(
        ole, team_view, name="Breached or due soon", filters=parse_fields("sla:breached,due_soon").filters
    )
    settle(a, b, server_url)
    back = SavedViewService(a).view(team_view)
    assert back.name == "Breached or due soon" and back.columns == ("status",)
    assert len(back.filters.conditions) == 1 and back.filters.conditions[0].values == ("breached", "due_soon")

    clock.advance(minutes=1)
    on_b.delete(ole, team_view)
    on_a.update(maja, own, name="Mine, German")
    settle(a, b, server_url)
    assert names(a, "maja@example.com") == ["Mine, German"]
    for store in (a, b):
        with store.read() as session:
            assert list(session.scalars(select(SyncConflict))) == []
