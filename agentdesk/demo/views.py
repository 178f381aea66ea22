# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace's saved views: a few shared views per team and a personal one for each
team lead, written through the saved-view service with ids derived from the names, so the same
seed and anchor give the same rows. Each team's queue needs nothing stored: it follows from who
works the team."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid

from agentdesk.clock import FixedClock
from agentdesk.inbox.query_language import Condition, Filters
from agentdesk.inbox.saved_views import SavedViewService
from agentdesk.inbox.views import Sort
from agentdesk.store.database import Store

NAMESPACE = uuid.UUID("3b7e0c64-8a1f-4d5e-9c2b-6a4f1e8d0b27")

# (name, conditions as (field, values), sort, columns); "{team}" is the team's id.
TEAM_VIEWS: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...], Sort | None, tuple[str, ...]], ...] = (
    (
        "Unassigned",
        (("team", ("{team}",)), ("assignee", ("none",))),
        None,
        ("priority", "customer", "tier", "waiting"),
    ),
    ("SLA breached or due soon", (("team", ("{team}",)), ("sla", ("breached", "due_soon"))), None, ()),
    (
        "Urgent, German and Danish",
        (("team", ("{team}",)), ("priority", ("high", "urgent")), ("language", ("de", "da"))),
        Sort.PRIORITY,
        ("assignee", "priority", "customer", "status"),
    ),
)
LEAD_VIEW = (
    "My waiting on customer",
    (("assignee", ("me",)), ("status", ("pending", "on_hold"))),
    Sort.ACTIVITY,
    ("customer", "status", "activity"),
)


def _id(name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, name)


def _filters(conditions: tuple[tuple[str, tuple[str, ...]], ...], team_hex: str) -> Filters:
    return Filters(
        tuple(
            Condition(field, tuple(v.replace("{team}", team_hex) for v in values))
            for field, values in conditions
        )
    )


def add_demo_views(store: Store, anchor: dt.datetime) -> int:
    """Shared views for every team and a personal view for each team's lead; how many were made."""
    service = SavedViewService(store, FixedClock(anchor))
    with contextlib.closing(store.raw()) as conn:
        teams = conn.execute("SELECT id, name FROM team WHERE deleted_at IS NULL ORDER BY name").fetchall()
        agents = conn.execute(
            "SELECT id, team_id, role FROM agent WHERE deleted_at IS NULL AND active ORDER BY name"
        ).fetchall()
    made = 0
    for team_hex, team_name in teams:
        members = [a for a in agents if a[1] == team_hex]
        if not members:
            continue
        leads = [a for a in members if a[2] in ("supervisor", "admin")]
        lead = uuid.UUID(hex=(leads or members)[0][0])
        team_id = uuid.UUID(hex=team_hex)
        for name, conditions, sort, columns in TEAM_VIEWS:
            title = f"{team_name} · {name}"
            service.create(
                lead,
                title,
                _filters(conditions, team_hex),
                shared=True,
                team_id=team_id,
                sort=sort,
                columns=columns,
                view_id=_id(title),
            )
            made += 1
        if leads:
            name, conditions, sort, columns = LEAD_VIEW
            service.create(
                lead,
                name,
                _filters(conditions, team_hex),
                sort=sort,
                columns=columns,
                view_id=_id(f"{lead.hex}:{name}"),
            )
            made += 1
    return made
