# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros and routing rules as line types of the exchange format (``macro``, ``routing_rule``).

Their ``actions`` and ``conditions`` are checked with the same rules as the dialogs and the
services (``agentdesk.macros.actions``, ``agentdesk.routing.rules``), so an imported macro or rule
is never one the desk would later refuse to run. The agents' availability is state of the day,
not part of a workspace's content, and is not exported.
"""

from __future__ import annotations

import json
from typing import Any

from agentdesk.errors import AgentDeskError
from agentdesk.exchange.kinds import (
    BOOL,
    INT32,
    OBJECT,
    TEXT,
    TIME,
    UUID,
    BadLine,
    Int,
    JsonList,
    OneOf,
    Text,
)
from agentdesk.exchange.schema import Entity, Field, LineType, sync_fields
from agentdesk.macros.actions import Actions
from agentdesk.routing.rules import TRIGGERS, Conditions, check_rule_actions, split_actions

SCOPES = ("personal", "team", "everyone")


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _check_macro(row: dict[str, Any], where: str) -> None:
    try:
        Actions.from_json(_json(row["actions"]))
    except AgentDeskError as exc:
        raise BadLine(f"field '{where}actions': {exc.english()}") from None
    if row["scope"] == "team" and row["team_id"] is None:
        raise BadLine(f"field '{where}team_id' must name the team of a team macro")


def _check_rule(row: dict[str, Any], where: str) -> None:
    try:
        Conditions.from_json(_json(row["conditions"]))
    except AgentDeskError as exc:
        raise BadLine(f"field '{where}conditions': {exc.english()}") from None
    try:
        check_rule_actions(*split_actions(_json(row["actions"])))
    except AgentDeskError as exc:
        raise BadLine(f"field '{where}actions': {exc.english()}") from None
    triggers = _json(row["triggers"])
    if not triggers or any(t not in TRIGGERS for t in triggers):
        raise BadLine(f"field '{where}triggers' must hold {' and/or '.join(TRIGGERS)}")


MACRO = Entity(
    "macro",
    sync_fields(
        Field("name", Text(200)),
        Field("description", TEXT),
        Field("scope", OneOf(SCOPES)),
        Field("team_id", UUID, nullable=True, ref="team"),
        Field("owner_agent_id", UUID, nullable=True, ref="agent"),
        Field("actions", OBJECT),
        Field("position", Int(*INT32)),
        Field("usage_count", Int(0, INT32[1])),
        Field("active", BOOL),
        Field("created_at", TIME),
    ),
    names=("macro", "macros"),
    check=_check_macro,
)

ROUTING_RULE = Entity(
    "routing_rule",
    sync_fields(
        Field("name", Text(200)),
        Field("position", Int(*INT32)),
        Field("triggers", JsonList("str")),
        Field("conditions", OBJECT),
        Field("actions", OBJECT),
        Field("active", BOOL),
        Field("created_at", TIME),
    ),
    names=("routing rule", "routing rules"),
    check=_check_rule,
)

MACRO_LINE = LineType(MACRO, export_order="position, name, id")
ROUTING_RULE_LINE = LineType(ROUTING_RULE, export_order="position, name, id")

__all__ = ["MACRO", "MACRO_LINE", "ROUTING_RULE", "ROUTING_RULE_LINE"]
