# SPDX-License-Identifier: GPL-3.0-or-later
"""How a reply left travels with it: a chat reply that was not delivered and a phone call logged,
written on one desktop, read the same on another after sync (throwaway PostgreSQL), never as
sent."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from agentdesk.clock import FixedClock
from agentdesk.gui.timeline import render_timeline
from agentdesk.inbox.delivery import LOGGED, NONE, mark_route
from agentdesk.inbox.queries import conversation_detail
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

ANNA = Credentials("route_anna", "anna-pw")
BO = Credentials("route_bo", "bo-pw")


def synced(store: Store, url: str, who: Credentials) -> None:
    summary = sync_once(store, url, who)
    assert summary.ok, summary.error


def timeline_text(store: Store, conversation: uuid.UUID) -> str:
    document = QTextDocument()
    document.setHtml(render_timeline(conversation_detail(store, conversation)).html)
    return " ".join(document.toPlainText().split())


def test_not_delivered_and_logged_replies_read_the_same_on_another_desktop(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock, qapp: QApplication
) -> None:
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@shop.example", tiers=[1])
    add_agent(server_url, BO.user, BO.password, name="Bo", email="bo@shop.example", tiers=[1])
    first, second = desktop("first"), desktop("second")
    inbox = InboxService(first, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    chat = inbox.create_conversation(customer, "chat", "Refund", "Can I get my money back?").id
    phone = inbox.create_conversation(customer, "phone", "Delivery", "Where is my parcel?").id
    clock.advance(minutes=3)
    inbox.reply(chat, "Yes, it is on its way.", on_message=mark_route(NONE))
    inbox.reply(phone, "Told him: Thursday.", on_message=mark_route(LOGGED))
    for store, who in ((first, ANNA), (second, BO)):
        synced(store, server_url, who)

    on_chat = timeline_text(second, chat)
    assert "Not delivered — no connection for this channel" in on_chat
    assert "Sent" not in on_chat
    on_phone = timeline_text(second, phone)
    assert "Logged (Phone): recorded by the agent, nothing was sent" in on_phone
    assert [m.delivery.route for m in conversation_detail(second, chat).messages] == ["", NONE]
