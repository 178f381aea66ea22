# SPDX-License-Identifier: GPL-3.0-or-later
"""Canned replies in the composer, as an agent uses them: ``/`` lists the replies in the customer's
language, Enter inserts the chosen one with the customer's name and the cursor where the agent
goes on writing; placeholders left without a value are marked and asked about before sending."""

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
from agentdesk.gui.theme import apply_theme
from agentdesk.replies.exchange import install_starter_library
from agentdesk.replies.library import ReplyDraft
from agentdesk.services import Services, build_services
from agentdesk.store.database import Store
from agentdesk.store.models import CannedReplyUsage, Message

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

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
    anna: uuid.UUID  # writes in German
    calm: uuid.UUID  # Anna's calm conversation
    angry: uuid.UUID  # Anna's angry conversation


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    install_starter_library(store, now=clock.now())
    setup = build_services(store, clock)
    agent = setup.directory.create_agent("Maja Jensen", "maja@shop.example", language="en")
    services = build_services(store, clock, agent)
    anna = services.inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    calm = services.inbox.create_conversation(
        anna, "email", "Lieferung fehlt", "Guten Tag, meine Bestellung ist noch nicht angekommen."
    ).id
    angry = services.inbox.create_conversation(
        anna,
        "email",
        "Immer noch nichts",
        "Das ist eine FRECHHEIT!!! Ich warte IMMER NOCH auf mein Geld, völlig inakzeptabel.",
    ).id
    clock.advance(minutes=5)
    return Desk(store, services, agent, anna, calm, angry)


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


def test_slash_sorry_inserts_the_german_variant_with_the_first_name_and_the_cursor(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    pane.show_conversation(desk.calm)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    completer = editor.replies
    qtbot.keyClicks(editor, "/sorry")
    qtbot.waitUntil(lambda: completer.popup_visible)
    first = completer.suggestions()[0]
    assert first.shortcut == "sorry"  # the exact shortcut first
    assert first.language == "de" and not first.fallback
    assert "tut mir" in first.preview and "Anna" in first.preview
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    assert not completer.popup_visible
    text = editor.toPlainText()
    assert "/sorry" not in text
    assert text.startswith("Hallo Anna,") or "Anna," in text.splitlines()[0]
    assert "das tut mir wirklich leid" in text
    assert "{{" not in text
    cursor_at = editor.textCursor().position()
    assert text[:cursor_at].rstrip().endswith("in Ordnung bringen.")  # where {{cursor}} was
    # The agent goes on typing at the cursor.
    qtbot.keyClicks(editor, "Ihr Paket ist unterwegs.")
    assert "in Ordnung bringen. Ihr Paket ist unterwegs." in editor.toPlainText()
    with desk.store.read() as session:
        used = session.scalars(select(CannedReplyUsage).where(CannedReplyUsage.agent_id == desk.agent)).one()
        assert used.count == 1


def test_replies_stack_and_escape_keeps_what_was_typed(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    pane.show_conversation(desk.calm)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    completer = editor.replies
    qtbot.keyClicks(editor, "/thanks")
    qtbot.waitUntil(lambda: completer.popup_visible)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    first = editor.toPlainText()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "/need-ord")
    qtbot.waitUntil(lambda: completer.popup_visible)
    assert completer.suggestions()[0].shortcut == "need-order"
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    both = editor.toPlainText()
    assert both.startswith(first.rstrip()[:20]) and len(both) > len(first) + 20
    # Esc closes the list and keeps "/xyz" as typed; the composer stays.
    qtbot.keyClicks(editor, " /zzzz-nothing")
    assert not completer.popup_visible  # nothing matches: no empty list
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "/tha")
    qtbot.waitUntil(lambda: completer.popup_visible)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Escape)
    assert not completer.popup_visible
    assert editor.toPlainText().endswith("/tha")
    assert editor.hasFocus()
    # A slash inside a word or a link is just a slash.
    qtbot.keyClicks(editor, " und/oder https://shop.example/")
    assert not completer.popup_visible


def test_a_frustrated_customer_gets_empathy_and_apology_first(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    pane.show_conversation(desk.angry)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    qtbot.keyClicks(editor, "/")
    qtbot.waitUntil(lambda: editor.replies.popup_visible)
    shown = editor.replies.suggestions()
    assert shown[0].soothing and shown[0].category in ("Empathy", "Apology")
    calm_first = [s for s in shown if not s.soothing][0]
    assert shown.index(calm_first) > 0


def test_a_missing_language_falls_back_with_a_visible_note(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    desk.services.replies.create(
        ReplyDraft(
            title="Order number please",
            shortcut="ordno",
            category="information",
            variants={"en": "Could you send me your order number, {{customer.first_name}}? {{cursor}}"},
        )
    )
    pane.show_conversation(desk.calm)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    qtbot.keyClicks(editor, "/ordno")
    qtbot.waitUntil(lambda: editor.replies.popup_visible)
    hit = editor.replies.suggestions()[0]
    assert hit.language == "en" and hit.fallback
    qtbot.keyClick(editor.replies.popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Could you send me your order number, Anna? "
    assert pane.strip.isVisible() and "no German text" in pane.strip.text.text()


def test_a_reply_that_still_holds_a_placeholder_is_asked_about_before_it_goes(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    desk.services.replies.create(
        ReplyDraft(
            title="Tracking",
            shortcut="track",
            category="information",
            variants={"de": "Ihre Sendungsnummer lautet {{order.tracking}}.{{cursor}}"},
        )
    )
    pane.show_conversation(desk.calm)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    editor = pane.composer.editor
    qtbot.keyClicks(editor, "/track")
    qtbot.waitUntil(lambda: editor.replies.popup_visible)
    qtbot.keyClick(editor.replies.popup, Qt.Key.Key_Return)
    assert "{{order.tracking}}" in editor.toPlainText()  # left as it is, and marked
    assert "{{order.tracking}}" in pane.strip.text.text()
    assert not pane.send()  # asked first
    assert "still holds {{order.tracking}}" in pane.strip.text.text()
    with desk.store.read() as session:
        replies = session.scalars(
            select(Message).where(Message.conversation_id == desk.calm, Message.direction == "outbound")
        ).all()
        assert replies == []
    assert pane.send()  # the second Send sends it as it is


def test_the_picker_previews_for_this_conversation_and_inserts_at_the_cursor(
    qtbot: QtBot, pane: ConversationPane, desk: Desk
) -> None:
    pane.show_conversation(desk.calm)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    qtbot.keyClicks(pane.composer.editor, "Vorab: ")
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: pane.reply_picker is not None and pane.reply_picker.isVisible())
    picker = pane.reply_picker
    assert picker is not None and picker.list.count() >= 40  # the whole library, best first
    qtbot.keyClicks(picker.search, "erstattung")
    qtbot.waitUntil(lambda: picker.list.count() < 40)
    current = picker.current()
    assert current is not None and current.language == "de"
    preview = picker.preview.toPlainText()
    assert "Anna" in preview and "{{" not in preview
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # the arrows walk the list from the search box
    second = picker.current()
    assert second is not None and second != current
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.reply_picker is None or not pane.reply_picker.isVisible())
    text = pane.composer.editor.toPlainText()
    assert text.startswith("Vorab: ") and len(text) > 40
    pane.activateWindow()  # (offscreen, nothing gives the window back its activation)
    qtbot.waitUntil(pane.composer.editor.hasFocus)  # the window's focus is in the text box
