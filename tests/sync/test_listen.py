# SPDX-License-Identifier: GPL-3.0-or-later
"""The listening connection: a hint to pull, never row data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.listen import Listener

pytestmark = pytest.mark.server


def test_a_change_on_the_server_wakes_the_listener(
    server_url: str, desktop: Callable[[str], Store], admin: Credentials, clock: FixedClock
) -> None:
    listener = Listener(server_url, admin)
    try:
        assert listener.wait(0.1)  # a new connection: pull to catch up on whatever was missed
        assert not listener.wait(0.1)  # nothing happened since
        a = desktop("a")
        InboxService(a, clock).create_customer("Wakes you up")
        assert sync_once(a, server_url, admin).ok
        assert listener.wait(5.0)
        assert not listener.wait(0.1)  # the burst of one sync (several tables) wakes it once
        listener.close()
        assert listener.wait(0.1)  # reconnected: catch up again
    finally:
        listener.close()
