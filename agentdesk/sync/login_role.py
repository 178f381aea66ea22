# SPDX-License-Identifier: GPL-3.0-or-later
"""What this desktop knows about its server login: which login it last synced as, that login's
AgentDesk role on the server (``agent``, ``supervisor`` or ``admin``) and the agent it is (the
desk's agent: ``identity.signin.server_agent``).

The server decides with row-level security what a login may do; a few actions cannot wait for
the server to say no, because they change this desktop for good before the next sync (a GDPR
erasure deletes here first: ``agentdesk.privacy.erase``). Every sync round asks the server who
this login is (``sync_my_role()``, the function its policies use) and keeps the answer in the
local setting ``sync.login``, so that such an action can be refused here, before anything is
changed, when the server would refuse it. Local only: the setting is not synced.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from agentdesk.store.database import Store
from agentdesk.store.models import Role, Setting
from agentdesk.sync.outbox import SERVER_SETTING

LOGIN_SETTING = "sync.login"
ROLES = frozenset(Role.values())


@dataclass(frozen=True)
class ServerLogin:
    """The login this desktop syncs as (None: none is set) and its role on the server as last
    seen (None: not known, e.g. no sync since the login was set)."""

    login: str | None
    role: str | None
    agent_id: uuid.UUID | None = None  # the agent the login is (``sync_login``), as last seen


def remember(store: Store, conn: Any) -> str | None:
    """Ask the server (``conn``, a sync connection) for this login's role and keep it locally;
    returns the role (None when the server knows no AgentDesk role for the login)."""
    with conn.transaction():
        row = conn.execute(
            "SELECT session_user AS login, sync_my_role() AS role,"
            " (SELECT agent_id FROM sync_login WHERE login = session_user) AS agent_id"
        ).fetchone()
    if row is None:
        return None
    login, role = str(row["login"]), row["role"]
    role = role if role in ROLES else None
    agent_id = row["agent_id"]
    value = {"login": login, "role": role, "agent_id": str(agent_id) if agent_id is not None else None}
    with store.write() as session:
        found = session.get(Setting, LOGIN_SETTING)
        if found is None:
            session.add(Setting(key=LOGIN_SETTING, value=value))
        elif found.value != value:
            found.value = value
    return role


def server_login(store: Store) -> ServerLogin:
    """The configured server login of this database and its role as last seen by a sync. The
    configured login is the one in the server settings (``sync.server``), else the one the last
    sync used; a role seen for another login than the configured one is not known."""
    with store.read() as session:
        found = session.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_((SERVER_SETTING, LOGIN_SETTING)))
        ).all()
    rows: dict[str, Any] = {key: value for key, value in found}
    server, seen = rows.get(SERVER_SETTING), rows.get(LOGIN_SETTING)
    configured = server.get("user") if isinstance(server, dict) else None
    seen_login = seen.get("login") if isinstance(seen, dict) else None
    seen_role = seen.get("role") if isinstance(seen, dict) else None
    login = str(configured) if configured else (str(seen_login) if seen_login else None)
    role = seen_role if seen_role in ROLES and seen_login == login else None
    agent_id: uuid.UUID | None = None
    seen_agent = seen.get("agent_id") if isinstance(seen, dict) and seen_login == login else None
    if seen_agent:
        try:
            agent_id = uuid.UUID(str(seen_agent))
        except ValueError:
            agent_id = None
    return ServerLogin(login, role, agent_id)


__all__ = ["LOGIN_SETTING", "ServerLogin", "remember", "server_login"]
