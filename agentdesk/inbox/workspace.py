# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings kept in the database itself (local-only): which agent works at this desk.

User preferences that belong to the person rather than the database (theme, font size, window
layout) live in the GUI's settings, not here.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from agentdesk.errors import NotFoundError
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Setting

CURRENT_AGENT = "current_agent_id"


class WorkspaceSettings:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        with self.store.read() as session:
            row = session.get(Setting, key)
            return default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        with self.store.write() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value

    def current_agent_id(self) -> uuid.UUID | None:
        """The agent working at this desk: the one chosen, else the first active admin or agent."""
        with self.store.read() as session:
            row = session.get(Setting, CURRENT_AGENT)
            if row is not None and row.value:
                agent = session.get(Agent, uuid.UUID(str(row.value)))
                if agent is not None and agent.active and agent.deleted_at is None:
                    return agent.id
            order = (Agent.role != "admin", Agent.name)
            return session.scalar(
                select(Agent.id).where(Agent.active, Agent.deleted_at.is_(None)).order_by(*order).limit(1)
            )

    def set_current_agent(self, agent_id: uuid.UUID) -> None:
        with self.store.read() as session:
            agent = session.get(Agent, agent_id)
            if agent is None or not agent.active:
                raise NotFoundError(
                    translatable("InboxErrors", "That agent does not exist or is deactivated.")
                )
        self.set(CURRENT_AGENT, str(agent_id))
