# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing looks sent that was not: on a channel AgentDesk cannot deliver on (chat without a
connector, email without a mailbox) the composer's button and line and the timeline say "not
delivered"; on phone, letter and walk-in the action is "Log". The route is stored with the reply,
so a pane opened afterwards on the same database (another start, another desktop after sync) says
the same."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.delivery import LOGGED, NONE, route_of
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, DeliveryState, Message

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)

CTRL = Qt.KeyboardModifier.ControlModifier


def open_pane(qtbot: QtBot, store: Store, clock: FixedClock, conversation: uuid.UUID) -> ConversationPane:
    """A pane for the desk's agent (the same one each time: another start on the same database)."""
    services = build_services(store, clock)
    with store.read() as session:
        agent = session.scalar(select(Agent.id).where(Agent.email == "maja@shop.example"))
    if agent is None:
        agent = services.directory.create_agent("Maja Jensen", "maja@shop.example")
    pane = ConversationPane(build_services(store, clock, agent))
    qtbot.addWidget(pane)
    pane.resize(1000, 760)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    pane.show_conversation(conversation)
    return pane


def conversation_on(
    store: Store, clock: FixedClock, channel: str, email: str | None = "jens@example.dk"
) -> uuid.UUID:
    services = build_services(store, clock)
    customer = services.inbox.create_customer("Jens Hansen", email=email, phone="+45 20 30 40 50")
    ref = services.inbox.create_conversation(customer, channel, "Order 4711", "Where is my parcel?")
    clock.advance(minutes=5)
    return ref.id


def replies(store: Store, conversation: uuid.UUID) -> list[Message]:
    with store.read() as session:
        return list(
            session.scalars(
                select(Message).where(
                    Message.conversation_id == conversation, Message.direction == "outbound"
                )
            )
        )


def send(qtbot: QtBot, pane: ConversationPane, text: str) -> None:
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    pane.composer.editor.insertPlainText(text)
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)


def test_a_chat_reply_without_a_connector_says_not_delivered_and_never_looks_sent(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    apply_theme(qapp)
    conversation = conversation_on(store, clock, "chat")
    pane = open_pane(qtbot, store, clock, conversation)
    composer = pane.composer
    # Before writing: the button and the line beside it say what will happen.
    assert "not delivered" in composer.send_button.text()
    assert composer.audience.value() == "To Jens Hansen via Chat"
    assert composer.delivery_note.isVisibleTo(composer)
    assert composer.delivery_note.text() == (
        "Not delivered — no connection for Chat: the customer does not get this reply."
    )
    assert not composer.email_button.isVisibleTo(composer)  # no mailbox: no "by email instead"
    assert not composer.addresses.isVisibleTo(composer)  # no Cc on a chat
    send(qtbot, pane, "Your parcel left our warehouse today.")
    qtbot.waitUntil(lambda: len(replies(store, conversation)) == 1)
    reply = replies(store, conversation)[0]
    assert reply.delivery_state == DeliveryState.NONE
    assert reply.meta["delivery"] == {"route": NONE}
    assert route_of(reply.direction, reply.channel, reply.delivery_state, reply.meta) == NONE
    text = pane.timeline.toPlainText()
    assert "Not delivered — no connection for this channel" in text
    assert "Sent" not in text and "sent by" not in text.lower()

    # Another start (or another desktop with the synced row) shows the same.
    again = open_pane(qtbot, store, clock, conversation)
    assert "Not delivered — no connection for this channel" in again.timeline.toPlainText()


def test_an_email_reply_without_a_mailbox_is_not_delivered(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    apply_theme(qapp)
    conversation = conversation_on(store, clock, "email")
    pane = open_pane(qtbot, store, clock, conversation)
    assert pane.composer.delivery_note.text().startswith("Not delivered — no mailbox is connected:")
    assert "not delivered" in pane.composer.send_button.text()
    send(qtbot, pane, "We are on it.")
    qtbot.waitUntil(lambda: len(replies(store, conversation)) == 1)
    assert replies(store, conversation)[0].meta["delivery"] == {"route": NONE}
    assert "Not delivered — no connection for this channel" in pane.timeline.toPlainText()


@pytest.mark.parametrize(
    ("channel", "label"), [("phone", "Phone"), ("letter", "Letter"), ("walk_in", "Walk-in")]
)
def test_on_phone_letter_and_walk_in_the_action_is_log(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock, channel: str, label: str
) -> None:
    apply_theme(qapp)
    conversation = conversation_on(store, clock, channel)
    pane = open_pane(qtbot, store, clock, conversation)
    composer = pane.composer
    assert composer.send_button.text() == "Log"
    assert composer.send_waiting_action.text() == "Log and set waiting"
    assert composer.audience.value() == f"Logged with Jens Hansen ({label})"
    assert composer.audience.toolTip() == "Nothing is sent: write down what was said or written."
    assert not composer.delivery_note.isVisibleTo(composer)
    send(qtbot, pane, "Called back: the parcel arrives on Thursday.")
    qtbot.waitUntil(lambda: len(replies(store, conversation)) == 1)
    reply = replies(store, conversation)[0]
    assert reply.meta["delivery"] == {"route": LOGGED}
    assert reply.delivery_state == DeliveryState.NONE
    assert f"Logged ({label}): recorded by the agent, nothing was sent" in pane.timeline.toPlainText()
    # A note is still a note: the composer goes back to saying so.
    qtbot.keyClick(pane.timeline, Qt.Key.Key_N)
    assert composer.send_button.text() == "Add note"


def test_a_closed_conversation_says_so_instead_of_not_delivered(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    apply_theme(qapp)
    conversation = conversation_on(store, clock, "chat")
    services = build_services(store, clock)
    services.inbox.set_status(conversation, "solved")
    services.inbox.set_status(conversation, "closed")
    pane = open_pane(qtbot, store, clock, conversation)
    assert pane.composer.warning.text().startswith("This conversation is closed")
    assert not pane.composer.delivery_note.isVisibleTo(pane.composer)


def test_replies_stored_before_routes_were_recorded_read_honestly() -> None:
    """Older rows have no route: an email reply that never entered the outbox was not delivered,
    a phone reply was logged, one that went through the outbox was an email."""
    assert route_of("outbound", "email", "none", {}) == NONE
    assert route_of("outbound", "chat", "none", None) == NONE
    assert route_of("outbound", "phone", "none", {}) == LOGGED
    assert route_of("outbound", "email", "sent", {}) == "email"
    # Imported history (the demo) that says it went out on its own channel: sent there, not by email.
    assert route_of("outbound", "chat", "sent", {}) == "connector"
    assert route_of("inbound", "email", "none", {}) == ""
