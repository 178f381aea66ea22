# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace's desk: its default agent (the first admin by name) works here and stays
signed in on this computer, so the demo opens straight to the inbox. Nobody in the demo has a PIN
yet; an admin sets them in "Agents and teams", and from then on everyone signs in
(docs/security.md, "A shared desk")."""

from __future__ import annotations

import datetime as dt

from agentdesk.clock import FixedClock
from agentdesk.identity.signin import SignInService
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.store.database import Store


def add_demo_desk(store: Store, anchor: dt.datetime) -> None:
    workspace = WorkspaceSettings(store)
    agent_id = workspace.current_agent_id()
    if agent_id is None:
        return
    workspace.set_current_agent(agent_id)
    SignInService(store, FixedClock(anchor)).keep_signed_in(agent_id)
