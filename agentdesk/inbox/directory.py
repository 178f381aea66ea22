# SPDX-License-Identifier: GPL-3.0-or-later
"""Agents and teams: who works here, in which tiers and teams."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.store.database import Store
from agentdesk.store.models import LANGUAGES, Agent, Role, Team


@dataclass(frozen=True, slots=True)
class AgentInfo:
    """An agent as a picker shows them (assign menus): plain data, no session needed."""

    id: uuid.UUID
    name: str
    email: str
    tiers: tuple[int, ...]
    team_name: str | None


class DirectoryService:
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    def create_team(self, name: str, description: str = "") -> uuid.UUID:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("A team needs a name.")
        now = self.clock.now()
        with self.store.write() as session:
            taken = session.scalar(select(Team.id).where(func.lower(Team.name) == name.lower()))
            if taken is not None:
                raise ValidationError(f"A team called {name!r} already exists.")
            team = Team(id=uuid7(), name=name, description=description, updated_at=now)
            session.add(team)
            return team.id

    def create_agent(
        self,
        name: str,
        email: str,
        *,
        role: str = Role.AGENT.value,
        tiers: Iterable[int] = (1,),
        team_id: uuid.UUID | None = None,
        language: str = "en",
    ) -> uuid.UUID:
        name = " ".join(name.split())
        email = email.strip().lower()
        if not name:
            raise ValidationError("An agent needs a name.")
        if "@" not in email:
            raise ValidationError(f"{email!r} is not an email address.")
        if role not in Role.values():
            raise ValidationError(f"Role must be one of {', '.join(Role.values())}.")
        if language not in LANGUAGES:
            raise ValidationError(f"Language must be one of {', '.join(LANGUAGES)}.")
        tier_list = sorted(set(tiers))
        if not tier_list or any(t not in (1, 2, 3) for t in tier_list):
            raise ValidationError("An agent works one or more of the tiers 1, 2 and 3.")
        now = self.clock.now()
        with self.store.write() as session:
            if session.scalar(select(Agent.id).where(Agent.email == email)) is not None:
                raise ValidationError(f"An agent with the address {email} already exists.")
            if team_id is not None and session.get(Team, team_id) is None:
                raise NotFoundError("That team does not exist.")
            agent = Agent(
                id=uuid7(),
                name=name,
                email=email,
                role=role,
                tiers=tier_list,
                team_id=team_id,
                language=language,
                updated_at=now,
            )
            session.add(agent)
            return agent.id

    def active_agents(self) -> list[AgentInfo]:
        """Every agent who can take conversations, by name; for assigning."""
        with self.store.read() as session:
            rows = session.execute(
                select(Agent.id, Agent.name, Agent.email, Agent.tiers, Team.name)
                .outerjoin(Team, Team.id == Agent.team_id)
                .where(Agent.active, Agent.deleted_at.is_(None))
                .order_by(func.lower(Agent.name), Agent.id)
            ).all()
        return [
            AgentInfo(
                id=agent_id,
                name=name,
                email=email,
                tiers=tuple(int(t) for t in (tiers or ()) if isinstance(t, int)),
                team_name=team_name,
            )
            for agent_id, name, email, tiers, team_name in rows
        ]
