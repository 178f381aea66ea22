# SPDX-License-Identifier: GPL-3.0-or-later
"""The web service as a headless desktop of a team: an accepted form is synced to the team server
at once, and an agent's desktop sees the web-form conversation with its customer after its own
sync. With the server away, the form is still stored and thanked for, and goes with the next one."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.queries import InboxQueries
from agentdesk.store.database import Store
from agentdesk.store.models import Channel, Conversation
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent
from agentdesk.web.app import STATE_KEY, WebSettings, make_app
from agentdesk.web.commands import sync_after_accept

pytestmark = pytest.mark.server

WEB = Credentials("web_form", "web-pw")
ANNA = Credentials("web_anna", "anna-pw")


async def send_form(client: TestClient[Any, Any], clock: FixedClock, email: str) -> int:
    page = await (await client.get("/form")).text()
    token = re.search(r'name="token" value="([^"]+)"', page)
    assert token is not None
    clock.advance(seconds=20)
    response = await client.post(
        "/form",
        data={"token": token.group(1), "name": "Jens", "email": email, "message": "Hvor er min pakke?"},
    )
    text = await response.text()
    assert response.status == 200, text
    number = re.search(r"number (\d+)", text)
    assert number is not None
    return int(number.group(1))


def test_an_accepted_form_reaches_an_agents_desktop_through_the_team_server(
    server_url: str,
    desktop: Callable[[str], Store],
    clock: FixedClock,
) -> None:
    add_agent(server_url, WEB.user, WEB.password, name="Web form", email="web@shop.example", tiers=[1])
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@shop.example", tiers=[1, 2, 3])
    service, agent = desktop("web"), desktop("anna")
    assert sync_once(service, server_url, WEB).ok and sync_once(agent, server_url, ANNA).ok
    numbers: list[int] = []

    async def main() -> None:
        app = make_app(
            service, clock, b"k" * 32, WebSettings(), sync_after_accept(service, (server_url, WEB))
        )
        async with TestClient(TestServer(app)) as client:
            numbers.append(await send_form(client, clock, "jens@example.dk"))
            # The server goes away: the form is still stored and the visitor thanked.
            app[STATE_KEY].after_accept = sync_after_accept(service, ("postgresql://127.0.0.1:1/none", WEB))
            numbers.append(await send_form(client, clock, "karen@example.dk"))

    asyncio.run(main())
    summary = sync_once(agent, server_url, ANNA)
    assert summary.ok, summary.error
    first = InboxQueries(agent).detail(numbers[0])
    assert first.channel == Channel.WEB_FORM.value
    assert first.customer.email == "jens@example.dk"
    assert first.messages[0].body_text == "Hvor er min pakke?"
    with agent.read() as session:
        subjects = session.scalars(select(Conversation.subject)).all()
    assert len(subjects) == 1  # the second waits in the service's outbox ...
    assert sync_once(service, server_url, WEB).ok  # ... for the next sync
    assert sync_once(agent, server_url, ANNA).ok
    with agent.read() as session:
        assert len(session.scalars(select(Conversation.id)).all()) == 2
