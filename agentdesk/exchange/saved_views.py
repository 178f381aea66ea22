# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved views as a line type of the exchange format (``saved_view``).

``filters`` is the JSON text of ``agentdesk.inbox.query_language.Filters`` and is checked as the
desk reads it, so an imported view is never one the sidebar could not list; ``sort`` and
``columns`` are checked against what the list offers. Team queues are not stored (they follow from
the teams an agent works) and have no line.
"""

from __future__ import annotations

import json
from typing import Any

from agentdesk.errors import AgentDeskError
from agentdesk.exchange.kinds import INT32, TEXT, UUID, BadLine, Int, JsonList, OneOf, Text
from agentdesk.exchange.schema import Entity, Field, LineType, sync_fields
from agentdesk.inbox.query_language import Filters
from agentdesk.inbox.views import Sort

COLUMNS = ("assignee", "priority", "status", "customer", "tier", "waiting", "activity", "mood")
SORTS = ("", *(s.value for s in Sort))


def _check_view(row: dict[str, Any], where: str) -> None:
    try:
        Filters.from_json(row["filters"])
    except AgentDeskError:
        raise BadLine(
            f"field '{where}filters' must be a list of conditions "
            '({"field", "values", "negate", "op"}) on the fields a view filters by'
        ) from None
    columns = json.loads(row["columns"]) if isinstance(row["columns"], str) else row["columns"]
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise BadLine(f"field '{where}columns' may hold only {', '.join(COLUMNS)} (got {unknown[0]!r})")
    if row["owner_agent_id"] is not None and row["team_id"] is not None:
        raise BadLine(f"fields '{where}owner_agent_id' and '{where}team_id': a personal view has no team")


SAVED_VIEW = Entity(
    "saved_view",
    sync_fields(
        Field("name", Text(200)),
        Field("owner_agent_id", UUID, nullable=True, ref="agent"),
        Field("team_id", UUID, nullable=True, ref="team"),
        Field("filters", TEXT),
        Field("sort", OneOf(SORTS)),
        Field("columns", JsonList("str")),
        Field("position", Int(*INT32)),
    ),
    names=("saved view", "saved views"),
    check=_check_view,
)

SAVED_VIEW_LINE = LineType(SAVED_VIEW, export_order="owner_agent_id IS NOT NULL, position, name, id")

__all__ = ["SAVED_VIEW", "SAVED_VIEW_LINE"]
