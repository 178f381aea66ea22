# SPDX-License-Identifier: GPL-3.0-or-later
"""Agents and teams: who works here, in which tiers and teams, and what the tiers are called.

Permissions live here, not only in disabled buttons: every change names the acting agent
(``actor_id``) and is refused with a ``PermissionDenied`` sentence unless that agent may make it.
Only an active admin manages agents (adds them, changes their details, role, tiers and teams,
deactivates and reactivates them); supervisors and admins change teams and tier names. Exceptions
keep a workspace usable:

- ``SETUP`` as the actor is the program itself (tests, the importer, a first start): not checked.
- A workspace with no active supervisor or admin yet may be set up by whoever works at the desk;
  the first thing to do is to make someone an admin. While it has supervisors but no active admin,
  its supervisors manage agents (to make someone an admin).

Invariants kept on every change: an agent works at least one tier; the home team is one of the
teams the agent works (``team_ids``, ids as strings, the home team first); the last active admin
cannot be demoted or deactivated; only an admin gives or takes the admin role; nobody deactivates
themselves. Agents are never deleted, only deactivated, so their history keeps its names. Teams are
deleted by tombstone (``deleted_at``), and only once no agent works in them and no open conversation
is routed to them; creating a team with a deleted team's name brings that team back.

Tier names are a local setting (``Setting`` key ``tier_names``); a name left at its default is not
stored, so a translated interface shows its own default.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, PermissionDenied, ValidationError
from agentdesk.ids import uuid7
from agentdesk.inbox.directory_access import Access, active_admins, check_access, is_admin
from agentdesk.inbox.service import InboxService
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import ACTIVE_STATUSES, LANGUAGES, Agent, Conversation, Role, Setting, Team
from agentdesk.text import clean_text

TIER_NAMES_KEY = "tier_names"
DEFAULT_TIER_NAMES: Final = ("1st level", "2nd level", "3rd level")
TIERS: Final = (1, 2, 3)
MAX_TIER_NAME = 40
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")


class _Setup(enum.Enum):
    SETUP = "setup"


class _Keep(enum.Enum):
    KEEP = "keep"


SETUP: Final = _Setup.SETUP  # the program itself acts (tests, import, first start): not checked
KEEP: Final = _Keep.KEEP  # leave this field as it is

Actor = uuid.UUID | None | _Setup

__all__ = [
    "DEFAULT_TIER_NAMES",
    "KEEP",
    "SETUP",
    "Access",
    "AgentInfo",
    "AgentRow",
    "DirectoryService",
    "PermissionDenied",
    "TeamRow",
]


@dataclass(frozen=True, slots=True)
class AgentInfo:
    """An agent as a picker shows them (assign menus): plain data, no session needed."""

    id: uuid.UUID
    name: str
    email: str
    tiers: tuple[int, ...]
    team_name: str | None


@dataclass(frozen=True, slots=True)
class AgentRow:
    """An agent as the "Agents and teams" dialog lists and edits them."""

    id: uuid.UUID
    name: str
    email: str
    role: str
    tiers: tuple[int, ...]
    home_team_id: uuid.UUID | None
    team_ids: tuple[uuid.UUID, ...]  # every team worked, the home team first
    language: str
    active: bool
    open_conversations: int  # active conversations assigned to them


@dataclass(frozen=True, slots=True)
class TeamChoice:
    """A team as a picker shows it."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class TeamRow:
    id: uuid.UUID
    name: str
    description: str
    agents: int  # active agents who work in the team
    open_conversations: int  # active conversations routed to the team


def _clean(text: str) -> str:
    """A name as typed, repaired where it holds what no file can (agentdesk.text)."""
    return " ".join(clean_text(text).split())


def _tier_list(tiers: Iterable[int]) -> list[int]:
    tier_list = sorted(set(tiers))
    if not tier_list:
        raise ValidationError(
            translatable(
                "InboxErrors", "An agent works at least one tier; tick one or more of the tiers 1, 2 and 3."
            )
        )
    if any(t not in TIERS for t in tier_list):
        raise ValidationError(
            translatable("InboxErrors", "An agent works one or more of the tiers 1, 2 and 3.")
        )
    return tier_list


def _parse_ids(values: Iterable[object]) -> tuple[uuid.UUID, ...]:
    found: list[uuid.UUID] = []
    for value in values:
        try:
            parsed = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            continue
        if parsed not in found:
            found.append(parsed)
    return tuple(found)


def _agent_team_ids(agent: Agent) -> tuple[uuid.UUID, ...]:
    ids = _parse_ids(agent.team_ids or ())
    if agent.team_id is not None and agent.team_id not in ids:
        ids = (agent.team_id, *ids)
    return ids


class DirectoryService:
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    # -- permissions -----------------------------------------------------------------------------

    def access(self, actor_id: uuid.UUID | None) -> Access:
        """What ``actor_id`` may change in the directory, and why not."""
        with self.store.read() as session:
            return check_access(session, actor_id)

    def _authorize(self, session: Session, actor_id: Actor) -> Agent | None:
        """The acting agent (None for ``SETUP`` or a workspace being set up) for a change to teams
        or tier names; refuses everyone but supervisors and admins."""
        if isinstance(actor_id, _Setup):
            return None
        access = check_access(session, actor_id)
        if not access.can_manage:
            raise PermissionDenied(access.reason)
        return session.get(Agent, actor_id) if actor_id is not None else None

    def _authorize_agents(self, session: Session, actor_id: Actor) -> Agent | None:
        """The acting agent for a change to an agent (their details, role, tiers, teams, whether
        they are active): an admin, or a supervisor while the workspace has no active admin."""
        if isinstance(actor_id, _Setup):
            return None
        access = check_access(session, actor_id)
        if not access.can_manage_agents:
            raise PermissionDenied(access.agents_reason)
        return session.get(Agent, actor_id) if actor_id is not None else None

    # -- tier names ------------------------------------------------------------------------------

    def tier_names(self) -> tuple[str, str, str]:
        """The names of tiers 1, 2 and 3 (defaults where none was chosen)."""
        with self.store.read() as session:
            row = session.get(Setting, TIER_NAMES_KEY)
            stored = row.value if row is not None and isinstance(row.value, list) else []
        names = [
            _clean(str(stored[i])) if i < len(stored) and _clean(str(stored[i] or "")) else default
            for i, default in enumerate(DEFAULT_TIER_NAMES)
        ]
        return names[0], names[1], names[2]

    def set_tier_names(self, actor_id: Actor, names: Sequence[str]) -> tuple[str, str, str]:
        """Rename the three tiers; returns the names as stored. Each needs a name of its own."""
        if len(names) != len(TIERS):
            raise ValidationError(translatable("InboxErrors", "Give a name for each of the three tiers."))
        cleaned = [_clean(name) for name in names]
        for tier, name in zip(TIERS, cleaned, strict=True):
            if not name:
                raise ValidationError(translatable("InboxErrors", "Tier {tier} needs a name."), tier=tier)
            if len(name) > MAX_TIER_NAME:
                raise ValidationError(
                    translatable(
                        "InboxErrors",
                        "The name of tier {tier} is too long (at most {MAX_TIER_NAME} characters).",
                    ),
                    tier=tier,
                    MAX_TIER_NAME=MAX_TIER_NAME,
                )
        if len({name.casefold() for name in cleaned}) != len(cleaned):
            raise ValidationError(
                translatable(
                    "InboxErrors", "Each tier needs a name of its own; two tiers have the same name."
                )
            )
        with self.store.write() as session:
            self._authorize(session, actor_id)
            row = session.get(Setting, TIER_NAMES_KEY)
            if tuple(cleaned) == DEFAULT_TIER_NAMES:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(Setting(key=TIER_NAMES_KEY, value=cleaned))
            else:
                row.value = cleaned
        return cleaned[0], cleaned[1], cleaned[2]

    # -- teams -----------------------------------------------------------------------------------

    @staticmethod
    def _team(session: Session, team_id: uuid.UUID) -> Team:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise NotFoundError(
                translatable("InboxErrors", "That team does not exist (it may have been deleted).")
            )
        return team

    @staticmethod
    def _team_name_taken(session: Session, name: str, but: uuid.UUID | None = None) -> Team | None:
        query = select(Team).where(func.lower(Team.name) == name.lower())
        if but is not None:
            query = query.where(Team.id != but)
        return session.scalars(query.limit(1)).first()

    def create_team(self, name: str, description: str = "", *, actor_id: Actor = SETUP) -> uuid.UUID:
        """A new team; a deleted team of that name comes back (with its history) instead."""
        name = _clean(name)
        if not name:
            raise ValidationError(translatable("InboxErrors", "A team needs a name."))
        now = self.clock.now()
        with self.store.write() as session:
            self._authorize(session, actor_id)
            taken = self._team_name_taken(session, name)
            if taken is not None and taken.deleted_at is None:
                raise ValidationError(
                    translatable("InboxErrors", "A team called {name!r} already exists."), name=taken.name
                )
            if taken is not None:
                taken.deleted_at = None
                taken.name = name
                taken.description = clean_text(description).strip()
                taken.updated_at = now
                return taken.id
            team = Team(id=uuid7(), name=name, description=clean_text(description).strip(), updated_at=now)
            session.add(team)
            return team.id

    def update_team(
        self,
        actor_id: Actor,
        team_id: uuid.UUID,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        """Rename a team or change its description (None: unchanged)."""
        now = self.clock.now()
        with self.store.write() as session:
            self._authorize(session, actor_id)
            team = self._team(session, team_id)
            if name is not None:
                name = _clean(name)
                if not name:
                    raise ValidationError(translatable("InboxErrors", "A team needs a name."))
                taken = self._team_name_taken(session, name, but=team.id)
                if taken is not None:
                    if taken.deleted_at is None:
                        raise ValidationError(
                            translatable("InboxErrors", "A team called {name!r} already exists."),
                            name=taken.name,
                        )
                    raise ValidationError(
                        translatable(
                            "InboxErrors",
                            (
                                "A deleted team is called {name!r}; add a team of that name to bring it "
                                "back, or choose another name."
                            ),
                        ),
                        name=taken.name,
                    )
                team.name = name
            if description is not None:
                team.description = clean_text(description).strip()
            team.updated_at = now

    def delete_team(self, actor_id: Actor, team_id: uuid.UUID) -> None:
        """Delete a team no active agent works in and no open conversation is routed to.
        Deactivated agents who worked in it are taken out of it."""
        now = self.clock.now()
        with self.store.write() as session:
            self._authorize(session, actor_id)
            team = self._team(session, team_id)
            members = [a for a in self._all_agents(session) if team.id in _agent_team_ids(a)]
            working = [a for a in members if a.active]
            open_count = self._open_in_team(session, team.id)
            if working or open_count:
                raise ValidationError(self._why_team_stays(team.name, working, open_count))
            for agent in members:
                remaining = [t for t in _agent_team_ids(agent) if t != team.id]
                agent.team_ids = [str(t) for t in remaining]
                if agent.team_id == team.id:
                    agent.team_id = remaining[0] if remaining else None
                agent.updated_at = now
            team.deleted_at = now
            team.updated_at = now

    @staticmethod
    def _why_team_stays(team: str, working: Sequence[Agent], open_count: int) -> str:
        problems: list[str] = []
        fixes: list[str] = []
        if working:
            names = ", ".join(a.name for a in working[:3]) + (" and others" if len(working) > 3 else "")
            if len(working) == 1:
                problems.append(f"{names} still works in it")
            else:
                problems.append(f"{len(working)} agents still work in it ({names})")
            fixes.append("take them out of the team")
        if open_count == 1:
            problems.append("1 open conversation is routed to it")
        elif open_count:
            problems.append(f"{open_count} open conversations are routed to it")
        if open_count:
            fixes.append("transfer the conversations to another team")
        return f"{team} cannot be deleted: {' and '.join(problems)}. First {' and '.join(fixes)}."

    @staticmethod
    def _open_in_team(session: Session, team_id: uuid.UUID) -> int:
        count = session.scalar(
            select(func.count())
            .select_from(Conversation)
            .where(
                Conversation.team_id == team_id,
                Conversation.status.in_(ACTIVE_STATUSES),
                Conversation.deleted_at.is_(None),
                Conversation.merged_into_id.is_(None),
            )
        )
        return int(count or 0)

    def team_choices(self) -> list[TeamChoice]:
        """Every team (not deleted) by name, for pickers: no counting, unlike ``teams``."""
        with self.store.read() as session:
            rows = session.execute(
                select(Team.id, Team.name).where(Team.deleted_at.is_(None)).order_by(func.lower(Team.name))
            ).all()
        return [TeamChoice(team_id, name) for team_id, name in rows]

    def teams(self) -> list[TeamRow]:
        """Every team (not deleted), by name, with how many agents and open conversations it has."""
        with self.store.read() as session:
            teams = session.scalars(
                select(Team).where(Team.deleted_at.is_(None)).order_by(func.lower(Team.name), Team.id)
            ).all()
            open_counts: dict[uuid.UUID | None, int] = {
                key: int(count)
                for key, count in session.execute(
                    select(Conversation.team_id, func.count())
                    .where(
                        Conversation.team_id.is_not(None),
                        Conversation.status.in_(ACTIVE_STATUSES),
                        Conversation.deleted_at.is_(None),
                        Conversation.merged_into_id.is_(None),
                    )
                    .group_by(Conversation.team_id)
                ).all()
            }
            agent_counts: dict[uuid.UUID, int] = {}
            for agent in self._all_agents(session):
                if agent.active:
                    for team_id in _agent_team_ids(agent):
                        agent_counts[team_id] = agent_counts.get(team_id, 0) + 1
            return [
                TeamRow(
                    id=team.id,
                    name=team.name,
                    description=team.description or "",
                    agents=agent_counts.get(team.id, 0),
                    open_conversations=int(open_counts.get(team.id, 0)),
                )
                for team in teams
            ]

    # -- agents ----------------------------------------------------------------------------------

    @staticmethod
    def _all_agents(session: Session) -> Sequence[Agent]:
        return session.scalars(
            select(Agent).where(Agent.deleted_at.is_(None)).order_by(func.lower(Agent.name), Agent.id)
        ).all()

    @staticmethod
    def _agent(session: Session, agent_id: uuid.UUID) -> Agent:
        agent = session.get(Agent, agent_id)
        if agent is None or agent.deleted_at is not None:
            raise NotFoundError(translatable("InboxErrors", "That agent does not exist."))
        return agent

    @staticmethod
    def _open_assigned(session: Session, agent_id: uuid.UUID) -> list[Conversation]:
        return list(
            session.scalars(
                select(Conversation)
                .where(
                    Conversation.assignee_id == agent_id,
                    Conversation.status.in_(ACTIVE_STATUSES),
                    Conversation.deleted_at.is_(None),
                    Conversation.merged_into_id.is_(None),
                )
                .order_by(Conversation.number, Conversation.id)
            ).all()
        )

    @staticmethod
    def _checked_email(session: Session, email: str, but: uuid.UUID | None = None) -> str:
        email = clean_text(email).strip().lower()
        if not email:
            raise ValidationError(translatable("InboxErrors", "An agent needs an email address."))
        if not _EMAIL_RE.match(email):
            raise ValidationError(
                translatable("InboxErrors", "{email!r} is not an email address."), email=email
            )
        query = select(Agent.name).where(func.lower(Agent.email) == email)
        if but is not None:
            query = query.where(Agent.id != but)
        holder = session.scalar(query.limit(1))
        if holder is not None:
            raise ValidationError(
                translatable("InboxErrors", "An agent with the address {email} already exists ({holder})."),
                email=email,
                holder=holder,
            )
        return email

    def _checked_teams(
        self, session: Session, team_ids: Iterable[uuid.UUID], home_team_id: uuid.UUID | None
    ) -> tuple[uuid.UUID | None, list[str]]:
        """The home team and the stored team list (home first); every team must exist."""
        ids = list(_parse_ids(team_ids))
        if home_team_id is not None:
            ids = [home_team_id, *(t for t in ids if t != home_team_id)]
        for team_id in ids:
            self._team(session, team_id)
        return home_team_id, [str(t) for t in ids]

    def create_agent(
        self,
        name: str,
        email: str,
        *,
        role: str = Role.AGENT.value,
        tiers: Iterable[int] = (1,),
        team_id: uuid.UUID | None = None,
        team_ids: Iterable[uuid.UUID] = (),
        language: str = "en",
        actor_id: Actor = SETUP,
    ) -> uuid.UUID:
        """A new active agent. ``team_id`` is the home team; ``team_ids`` the other teams worked."""
        name = _clean(name)
        if not name:
            raise ValidationError(translatable("InboxErrors", "An agent needs a name."))
        if role not in Role.values():
            raise ValidationError(
                translatable("InboxErrors", "Role must be one of {join}."), join=", ".join(Role.values())
            )
        if language not in LANGUAGES:
            raise ValidationError(
                translatable("InboxErrors", "Language must be one of {join}."), join=", ".join(LANGUAGES)
            )
        tier_list = _tier_list(tiers)
        now = self.clock.now()
        with self.store.write() as session:
            actor = self._authorize_agents(session, actor_id)
            email = self._checked_email(session, email)
            if role == Role.ADMIN and not is_admin(actor, session):
                raise PermissionDenied(translatable("InboxErrors", "Only an admin can give the admin role."))
            home, stored_teams = self._checked_teams(session, team_ids, team_id)
            agent = Agent(
                id=uuid7(),
                name=name,
                email=email,
                role=role,
                tiers=tier_list,
                team_id=home,
                team_ids=stored_teams,
                language=language,
                active=True,
                updated_at=now,
            )
            session.add(agent)
            return agent.id

    def update_agent(
        self,
        actor_id: Actor,
        agent_id: uuid.UUID,
        *,
        name: str | None = None,
        email: str | None = None,
        role: str | None = None,
        tiers: Iterable[int] | None = None,
        team_ids: Iterable[uuid.UUID] | None = None,
        home_team_id: uuid.UUID | None | _Keep = KEEP,
        language: str | None = None,
    ) -> None:
        """Change an agent; None (``KEEP`` for the home team) leaves a field as it is. Giving
        ``team_ids`` without a home team keeps the home team if it is still among them."""
        if role is not None and role not in Role.values():
            raise ValidationError(
                translatable("InboxErrors", "Role must be one of {join}."), join=", ".join(Role.values())
            )
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                translatable("InboxErrors", "Language must be one of {join}."), join=", ".join(LANGUAGES)
            )
        tier_list = _tier_list(tiers) if tiers is not None else None
        now = self.clock.now()
        with self.store.write() as session:
            actor = self._authorize_agents(session, actor_id)
            agent = self._agent(session, agent_id)
            if name is not None:
                name = _clean(name)
                if not name:
                    raise ValidationError(translatable("InboxErrors", "An agent needs a name."))
                agent.name = name
            if email is not None:
                agent.email = self._checked_email(session, email, but=agent.id)
            if role is not None and role != agent.role:
                if Role.ADMIN in (role, agent.role) and not is_admin(actor, session):
                    raise PermissionDenied(
                        translatable("InboxErrors", "Only an admin can give or take the admin role.")
                    )
                if agent.role == Role.ADMIN and agent.active and active_admins(session) <= 1:
                    raise ValidationError(
                        translatable(
                            "InboxErrors",
                            (
                                "{name} is the last active admin; make someone else an admin before changing "
                                "their role."
                            ),
                        ),
                        name=agent.name,
                    )
                agent.role = role
            if tier_list is not None:
                agent.tiers = tier_list
            if team_ids is not None or not isinstance(home_team_id, _Keep):
                teams = list(_parse_ids(team_ids)) if team_ids is not None else list(_agent_team_ids(agent))
                if isinstance(home_team_id, _Keep):
                    home = agent.team_id if agent.team_id in teams else None
                else:
                    home = home_team_id
                agent.team_id, agent.team_ids = self._checked_teams(session, teams, home)
            if language is not None:
                agent.language = language
            agent.updated_at = now

    def open_conversation_count(self, agent_id: uuid.UUID) -> int:
        """How many active conversations (new, open, pending, on hold) are assigned to the agent."""
        with self.store.read() as session:
            return len(self._open_assigned(session, agent_id))

    def deactivate_agent(self, actor_id: Actor, agent_id: uuid.UUID, *, return_to_queue: bool = False) -> int:
        """Deactivate an agent: they keep their history but take no more conversations.

        With ``return_to_queue`` their open conversations go back to the queue (unassigned), each
        with an assignment event by the acting agent. Returns how many went back."""
        now = self.clock.now()
        with self.store.write() as session:
            actor = self._authorize_agents(session, actor_id)
            agent = self._agent(session, agent_id)
            if not agent.active:
                return 0
            if actor is not None and actor.id == agent.id:
                raise ValidationError(
                    translatable("InboxErrors", "You cannot deactivate yourself; ask another admin.")
                )
            if agent.role == Role.ADMIN:
                if not is_admin(actor, session):
                    raise PermissionDenied(
                        translatable("InboxErrors", "Only an admin can deactivate an admin.")
                    )
                if active_admins(session) <= 1:
                    raise ValidationError(
                        translatable(
                            "InboxErrors",
                            (
                                "{name} is the last active admin; make someone else an admin before "
                                "deactivating them."
                            ),
                        ),
                        name=agent.name,
                    )
            returned = 0
            if return_to_queue:
                inbox = InboxService(self.store, self.clock, actor_id=actor.id if actor is not None else None)
                for conv in self._open_assigned(session, agent.id):
                    inbox._reassign(session, conv, None, now)
                    returned += 1
            agent.active = False
            agent.updated_at = now
            return returned

    def reactivate_agent(self, actor_id: Actor, agent_id: uuid.UUID) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            actor = self._authorize_agents(session, actor_id)
            agent = self._agent(session, agent_id)
            if agent.active:
                return
            if agent.role == Role.ADMIN and not is_admin(actor, session):
                raise PermissionDenied(translatable("InboxErrors", "Only an admin can reactivate an admin."))
            taken = session.scalar(
                select(Agent.name).where(func.lower(Agent.email) == agent.email.lower(), Agent.id != agent.id)
            )
            if taken is not None:
                raise ValidationError(
                    translatable(
                        "InboxErrors", "{taken} now uses the address {email}; change one of them first."
                    ),
                    taken=taken,
                    email=agent.email,
                )
            agent.active = True
            agent.updated_at = now

    def agents(self, *, include_inactive: bool = True) -> list[AgentRow]:
        """Agents by name, with their teams and how many open conversations they hold."""
        with self.store.read() as session:
            open_counts: dict[uuid.UUID | None, int] = {
                key: int(count)
                for key, count in session.execute(
                    select(Conversation.assignee_id, func.count())
                    .where(
                        Conversation.assignee_id.is_not(None),
                        Conversation.status.in_(ACTIVE_STATUSES),
                        Conversation.deleted_at.is_(None),
                        Conversation.merged_into_id.is_(None),
                    )
                    .group_by(Conversation.assignee_id)
                ).all()
            }
            live_teams = set(session.scalars(select(Team.id).where(Team.deleted_at.is_(None))).all())
            return [
                self._row(agent, int(open_counts.get(agent.id, 0)), live_teams)
                for agent in self._all_agents(session)
                if include_inactive or agent.active
            ]

    def agent(self, agent_id: uuid.UUID) -> AgentRow:
        with self.store.read() as session:
            agent = self._agent(session, agent_id)
            live_teams = set(session.scalars(select(Team.id).where(Team.deleted_at.is_(None))).all())
            return self._row(agent, len(self._open_assigned(session, agent.id)), live_teams)

    @staticmethod
    def _row(agent: Agent, open_conversations: int, live_teams: set[uuid.UUID]) -> AgentRow:
        teams = tuple(t for t in _agent_team_ids(agent) if t in live_teams)
        return AgentRow(
            id=agent.id,
            name=agent.name,
            email=agent.email,
            role=agent.role,
            tiers=tuple(int(t) for t in (agent.tiers or ()) if isinstance(t, int)),
            home_team_id=agent.team_id if agent.team_id in live_teams else None,
            team_ids=teams,
            language=agent.language,
            active=bool(agent.active),
            open_conversations=open_conversations,
        )

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
