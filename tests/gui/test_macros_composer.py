# SPDX-License-Identifier: GPL-3.0-or-later
"""A macro from the composer, by keyboard: ``/refund`` lists the macro beside the canned replies,
Enter shows what will change, Enter again applies it and puts its reply in the customer's language
into the composer; Esc in the preview changes nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.macro_preview import MacroPreviewDialog
from agentdesk.gui.theme import apply_theme
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroDraft
from agentdesk.replies.library import ReplyDraft
from agentdesk.services import Services, build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@dataclass
class Desk:
    store: Store
    services: Services
    agent: uuid.UUID
    conversation: uuid.UUID
    macro: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    setup = build_services(store, clock)
    billing = setup.directory.create_team("Billing")
    agent = setup.directory.create_agent("Maja Jensen", "maja@shop.example", tiers=[1], team_id=billing)
    services = build_services(store, clock, agent)
    reply = services.replies.create(
        ReplyDraft(
            "Refund on its way",
            {
                "en": "Hello {{customer.first_name}}, your refund is on its way.",
                "de": "Hallo {{customer.first_name}}, Ihre Erstattung ist unterwegs.",
            },
            shortcut="refundtext",
        )
    )
    macro = services.macros.create(
        MacroDraft(
            "Refund issued",
            Actions.from_json(
                {"reply": str(reply.id), "status": "pending", "add_tags": ["refund"], "assignee": "me"}
            ),
        )
    )
    anna = services.inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    conv = services.inbox.create_conversation(anna, "email", "Erstattung", "Wo bleibt mein Geld?").id
    clock.advance(minutes=5)
    return Desk(store, services, agent, conv, macro.id)


@pytest.fixture
def pane(qtbot: QtBot, qapp: QApplication, desk: Desk) -> ConversationPane:
    apply_theme(qapp)
    pane = ConversationPane(desk.services)
    qtbot.addWidget(pane)
    pane.resize(1000, 820)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    return pane


def conversation(desk: Desk) -> Conversation:
    with desk.store.read() as session:
        conv = session.get(Conversation, desk.conversation)
        assert conv is not None
        session.expunge(conv)
        return conv


def open_macro_preview(qtbot: QtBot, pane: ConversationPane, desk: Desk) -> MacroPreviewDialog:
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    completer = editor.replies
    qtbot.keyClicks(editor, "/refund")
    qtbot.waitUntil(lambda: completer.popup_visible)
    listed = completer.suggestions()
    assert listed[0].macro and listed[0].title == "Refund issued"  # the macro beside the replies
    assert any(not s.macro and s.title == "Refund on its way" for s in listed)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.findChild(MacroPreviewDialog) is not None)
    dialog = pane.findChild(MacroPreviewDialog)
    assert isinstance(dialog, MacroPreviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_macro_from_the_composer_with_preview(qtbot: QtBot, pane: ConversationPane, desk: Desk) -> None:
    dialog = open_macro_preview(qtbot, pane, desk)
    lines = dialog.lines()
    assert "Status: New → Pending" in lines
    assert "Add tags: refund" in lines
    assert "Assignee: nobody → Maja Jensen" in lines
    assert any("Refund on its way" in line for line in lines)
    assert conversation(desk).status == "new"  # the preview changed nothing
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: conversation(desk).status == "pending")
    conv = conversation(desk)
    assert conv.tags == ["refund"] and conv.assignee_id == desk.agent
    text = pane.composer.editor.toPlainText()
    assert text == "Hallo Anna, Ihre Erstattung ist unterwegs."  # "/refund" replaced by the German reply
    with desk.store.read() as session:
        rows = session.execute(
            select(ConversationEvent.kind, ConversationEvent.data).where(
                ConversationEvent.conversation_id == desk.conversation,
                ConversationEvent.actor_agent_id == desk.agent,
            )
        ).all()
    assert sorted(kind for kind, data in rows if data.get("macro") == "Refund issued") == [
        "assignment",
        "status",
        "tag",
    ]
    assert desk.services.macros.get(desk.macro).usage_count == 1


def test_escape_in_the_preview_changes_nothing(qtbot: QtBot, pane: ConversationPane, desk: Desk) -> None:
    dialog = open_macro_preview(qtbot, pane, desk)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    conv = conversation(desk)
    assert (conv.status, conv.tags, conv.assignee_id) == ("new", [], None)
    assert pane.composer.editor.toPlainText() == ""
    assert desk.services.macros.get(desk.macro).usage_count == 0
