# SPDX-License-Identifier: GPL-3.0-or-later
"""With a team server the agent at the desk is the server login: a sync learns which agent the
login is, the next start works as them without asking, and a window already open follows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.signin_dialog import sign_in_at_start
from agentdesk.gui.window.desk_lock import DeskLock
from agentdesk.identity.signin import SignInService, server_agent
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.store.database import Store
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.login_role import server_login
from agentdesk.sync.outbox import SERVER_SETTING

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]

LISE = Credentials("signin_lise", "lise-pw")  # agent
OLE = Credentials("signin_ole", "ole-pw")  # supervisor


def test_the_desk_works_as_the_server_logins_agent(
    qtbot: QtBot, server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.services import build_services
    from agentdesk.sync.server import add_agent

    lise = add_agent(server_url, LISE.user, LISE.password, name="Lise", email="lise@shop.test", tiers=[1])
    ole = add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@shop.test", role="supervisor")
    desk = desktop("a")
    # Someone else was chosen here before the desk was connected; a local PIN would not matter.
    other = DirectoryService(desk, clock).create_agent("Anders Admin", "anders@shop.test", role="admin")
    WorkspaceSettings(desk).set_current_agent(other)
    SignInService(desk, clock, cost=2**4).set_secret(other, other, "4071")
    assert server_agent(desk) is None  # nothing learned yet

    summary = sync_once(desk, server_url, LISE)
    assert summary.ok, summary.error
    assert server_login(desk).agent_id == lise and server_agent(desk) == lise
    assert sign_in_at_start(desk, clock, server=True)  # no prompt: the login is the agent
    assert WorkspaceSettings(desk).current_agent_id() == lise

    # A window already open follows when a sync learns another login's agent.
    with desk.write() as session:
        from agentdesk.store.models import Setting

        session.merge(Setting(key=SERVER_SETTING, value={"url": server_url, "user": OLE.user}))
    window = MainWindow(build_services(desk, clock), MessageBridge())
    qtbot.addWidget(window)
    part = DeskLock.attach(window)
    assert window.services.agent_id == lise
    summary = sync_once(desk, server_url, OLE)
    assert summary.ok, summary.error
    assert part.follow_server_login()
    assert window.services.agent_id == ole
    assert not part.follow_server_login()  # already them
