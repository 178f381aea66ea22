# SPDX-License-Identifier: GPL-3.0-or-later
"""Who may change what in the directory (agents, teams, tier names), and the sentence that says why not.

Only an active admin manages agents: adds them, changes their details, role, tiers and teams,
deactivates and reactivates them (PINs and passwords: ``agentdesk.identity.signin``). Supervisors
and admins change teams and tier names. While a workspace has no active supervisor or admin,
whoever works at the desk may set it up; while it has supervisors but no active admin, its
supervisors manage agents, so that someone can be made an admin.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.messages import render, translatable
from agentdesk.store.models import Agent, Role

MANAGER_ROLES: Final = (Role.SUPERVISOR.value, Role.ADMIN.value)


@dataclass(frozen=True, slots=True)
class Access:
    """What the agent at the desk may do in the directory, and the sentence that says so."""

    can_manage: bool  # may change teams and tier names: a supervisor or admin
    can_grant_admin: bool  # may give or take the admin role
    actor_name: str
    actor_role: str | None
    reason: str  # why editing is refused, or a note on the set-up exception; "" otherwise
    can_manage_agents: bool = False  # may add, change, deactivate agents (roles, tiers, teams)
    agents_reason: str = ""  # why agents are read-only; "" when they are not


def _managers_exist(session: Session) -> bool:
    found = session.scalar(
        select(Agent.id)
        .where(Agent.active, Agent.deleted_at.is_(None), Agent.role.in_(MANAGER_ROLES))
        .limit(1)
    )
    return found is not None


def check_access(session: Session, actor_id: uuid.UUID | None) -> Access:
    """What ``actor_id`` (None: nobody chosen at the desk) may change, and why not."""
    actor = session.get(Agent, actor_id) if actor_id is not None else None
    gone = actor if actor is not None and (actor.deleted_at is not None or not actor.active) else None
    if gone is not None:
        actor = None
    name = actor.name if actor is not None else ""
    role = actor.role if actor is not None else None
    if actor is not None and actor.role in MANAGER_ROLES:
        admin = is_admin(actor, session)
        return Access(True, admin, name, role, "", admin, "" if admin else _agents_reason())
    if not _managers_exist(session):
        note = render(
            translatable(
                "InboxErrors",
                "Nobody in this workspace is a supervisor or admin yet, so whoever sets it up may "
                "change agents and teams. Make someone an admin first.",
            ),
            {},
        )
        return Access(True, True, name, role, note, True, "")
    if gone is not None:
        reason = render(
            translatable(
                "InboxErrors",
                "{name} is deactivated: only active admins change agents, and only active "
                "supervisors and admins change teams and tier names.",
            ),
            {"name": gone.name},
        )
    elif actor is None:
        reason = render(
            translatable(
                "InboxErrors",
                "Choose who works at this desk (Settings) first: only admins change agents, and "
                "only supervisors and admins change teams and tier names.",
            ),
            {},
        )
    else:
        reason = render(
            translatable(
                "InboxErrors",
                "{name} is an agent: only admins change agents, and only supervisors and admins "
                "change teams and tier names.",
            ),
            {"name": actor.name},
        )
    return Access(False, False, name, role, reason, False, reason)


def _agents_reason() -> str:
    """Why a supervisor sees the agents read-only."""
    return render(
        translatable(
            "InboxErrors",
            "Only an admin adds, changes or deactivates agents; you can change teams and tier names.",
        ),
        {},
    )


def is_admin(actor: Agent | None, session: Session) -> bool:
    """Whether ``actor`` may give or take the admin role: an admin, or the program itself, or
    anyone while the workspace has no active admin at all."""
    if actor is None or actor.role == Role.ADMIN:
        return True
    return active_admins(session) == 0


def active_admins(session: Session) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(Agent)
        .where(Agent.active, Agent.deleted_at.is_(None), Agent.role == Role.ADMIN.value)
    )
    return int(count or 0)
