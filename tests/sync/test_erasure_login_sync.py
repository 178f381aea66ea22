# SPDX-License-Identifier: GPL-3.0-or-later
"""Each sync learns the login's role on the server, and an erasure on a desktop that syncs as an
agent is refused there, before anything is deleted (the server would refuse the erasure record);
synced as a supervisor, the same desktop erases and the server follows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied
from agentdesk.inbox.service import InboxService
from agentdesk.privacy.erase import erase_customer
from agentdesk.store.database import Store
from agentdesk.store.models import Customer
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.login_role import server_login

pytestmark = pytest.mark.server

LISE = Credentials("erase_lise", "lise-pw")  # agent
OLE = Credentials("erase_ole", "ole-pw")  # supervisor


def test_an_agent_login_cannot_erase_and_a_supervisor_login_can(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    from agentdesk.sync.server import add_agent

    add_agent(server_url, LISE.user, LISE.password, name="Lise", email="lise@shop.test", tiers=[1, 2, 3])
    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@shop.test", role="supervisor")
    desk = desktop("a")
    inbox = InboxService(desk, clock)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    inbox.create_conversation(jens, "email", "Faktura 4711", "Hej, hvor er min faktura?")
    summary = sync_once(desk, server_url, LISE)
    assert summary.ok, summary.error
    assert (server_login(desk).login, server_login(desk).role) == (LISE.user, "agent")

    with pytest.raises(PermissionDenied, match="is an agent's"):
        erase_customer(desk, jens, "request", clock)
    with desk.read() as session:
        kept = session.get(Customer, jens)
        assert kept is not None and kept.name == "Jens Hansen"

    summary = sync_once(desk, server_url, OLE)
    assert summary.ok, summary.error
    assert server_login(desk).role == "supervisor"
    erase_customer(desk, jens, "request", clock)
    summary = sync_once(desk, server_url, OLE)
    assert summary.ok, summary.error
    with connect(server_url) as conn:
        row = conn.execute("SELECT name, email FROM customer WHERE id = %s", (jens,)).fetchone()
        assert row is not None and (row["name"], row["email"]) == ("", None)
