# SPDX-License-Identifier: GPL-3.0-or-later
"""Tables of the everyday workflow tools: macros, routing rules and the agents' availability.

They sync like every other table (``SyncColumns``). The actions and conditions are JSON whose
shape is checked by the services that write them (``agentdesk.macros.actions``,
``agentdesk.routing.rules``), so an old desk that meets a newer key ignores it instead of failing.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.store.models import Base, SyncColumns, UtcDateTime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Availability(enum.StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    AWAY = "away"


AVAILABILITIES = tuple(a.value for a in Availability)


class Macro(SyncColumns, Base):
    """A named bundle of actions an agent applies in one step (``actions``: see
    ``agentdesk.macros.actions.MacroActions``). ``scope`` as for canned replies: ``everyone``,
    ``team`` (``team_id``) or ``personal`` (``owner_agent_id``)."""

    __tablename__ = "macro"
    __table_args__ = (
        CheckConstraint("scope IN ('personal', 'team', 'everyone')", name="scope"),
        Index("ix_macro_position", "position", "name"),
    )

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(String(20), default="everyone")
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), default=None)
    owner_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    actions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    usage_count: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class RoutingRule(SyncColumns, Base):
    """An ordered rule that runs when a conversation arrives or the customer writes again.

    ``triggers``: a list of ``arrival`` and ``customer_message``; ``conditions`` and ``actions``:
    see ``agentdesk.routing.rules``. Rules run by ``position``, then name."""

    __tablename__ = "routing_rule"
    __table_args__ = (Index("ix_routing_rule_position", "position", "name"),)

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    triggers: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["arrival"])
    conditions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class AgentAvailability(SyncColumns, Base):
    """Whether an agent takes new conversations now: available, busy or away. One row per agent,
    whose ``id`` is the agent's id, so two desks of one agent write the same row."""

    __tablename__ = "agent_availability"
    __table_args__ = (CheckConstraint("status IN ('available', 'busy', 'away')", name="status"),)

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agent.id"), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=Availability.AVAILABLE.value)
    since: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    # The last time routing gave this agent a conversation (round robin takes the longest ago).
    last_assigned_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


__all__ = ["AVAILABILITIES", "AgentAvailability", "Availability", "Macro", "RoutingRule"]
