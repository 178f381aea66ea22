# SPDX-License-Identifier: GPL-3.0-or-later
"""Tier escalation as agents do it in the window: a 1st-level agent escalates with E, a 2nd-level
agent finds the conversation in the Tier 2 queue, takes it and returns it with a note; the header
shows the path and how long each tier held it. Refusals are explained in the window.

The shop's calendar is Monday to Friday 08:00–16:00 UTC, so business and calendar time differ
overnight.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.escalation.service import ownership, ownership_by_tier
from agentdesk.gui.escalation_dialog import HandOverDialog
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.ids import uuid7
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.views import View
from agentdesk.replies.exchange import install_starter_library
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import BusinessCalendar, Conversation, ConversationEvent, Message, SlaPolicy

# The offscreen platform cannot raise a window or grab the keyboard (the reply list's popup asks).
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

MONDAY_9 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@dataclass
class Shop:
    store: Store
    clock: FixedClock
    lea: uuid.UUID  # 1st level
    sven: uuid.UUID  # 2nd level
    login: uuid.UUID  # a 1st-level conversation
    outage: uuid.UUID  # already with the 3rd level
    billing: uuid.UUID  # a team


@pytest.fixture
def shop(store: Store) -> Shop:
    clock = FixedClock(MONDAY_9)
    with store.write() as s:
        office = BusinessCalendar(
            id=uuid7(),
            name="Office",
            definition={
                "timezone": "UTC",
                "week": {d: [["08:00", "16:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
            },
        )
        s.add(office)
        s.flush()
        s.add(
            SlaPolicy(
                id=uuid7(),
                name="Email",
                position=0,
                match={},
                first_response_minutes=480,
                next_response_minutes=480,
                resolution_minutes=2400,
                calendar_id=office.id,
            )
        )
    install_starter_library(store, now=clock.now())
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    lea = directory.create_agent("Lea Schmidt", "lea@shop.test", tiers=[1])
    sven = directory.create_agent("Sven Berg", "sven@shop.test", tiers=[2], team_id=billing)
    directory.create_agent("Ida Holm", "ida@shop.test", tiers=[3])
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    login = inbox.create_conversation(
        customer, "email", "Cannot log in after the update", "The app says my password is wrong."
    ).id
    outage = inbox.create_conversation(customer, "email", "Invoices are duplicated", "I was billed twice.").id
    with store.write() as s:  # set up as if the 3rd level already had it
        conv = s.get(Conversation, outage)
        assert conv is not None
        conv.tier = 3
    return Shop(store, clock, lea, sven, login, outage, billing)


MakeWindow = Callable[[Shop, uuid.UUID, View], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication) -> Iterator[MakeWindow]:
    apply_theme(qapp)

    def make(shop: Shop, agent: uuid.UUID, view: View) -> MainWindow:
        preferences = Preferences()
        preferences.last_view = view
        window = MainWindow(build_services(shop.store, shop.clock, agent), MessageBridge(), preferences)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        qtbot.waitUntil(lambda: window.sidebar.count_text(View.ALL) != "")
        return window

    yield make


def subjects(window: MainWindow) -> list[str]:
    return [window.model.row_at(i).subject for i in range(window.model.rowCount())]  # type: ignore[union-attr]


def hand_over_dialog(qtbot: QtBot, window: MainWindow) -> HandOverDialog:
    qtbot.waitUntil(
        lambda: window.pane.hand_over_dialog is not None and window.pane.hand_over_dialog.isVisible()
    )
    dialog = window.pane.hand_over_dialog
    assert dialog is not None
    return dialog


def test_escalate_take_and_return_with_tier_times(qtbot: QtBot, make_window: MakeWindow, shop: Shop) -> None:
    # Monday 10:00: Lea (1st level) presses E on the login problem.
    shop.clock.set(MONDAY_9 + dt.timedelta(hours=1))
    window = make_window(shop, shop.lea, View.TIER_1)
    window.open_conversation(shop.login)
    pane = window.pane
    assert pane.header.escalate_button.isVisible()
    qtbot.keyClick(pane.timeline, Qt.Key.Key_E)
    dialog = hand_over_dialog(qtbot, window)
    assert dialog.tier_combo.currentData() == 2  # the next tier is preselected
    assert [dialog.tier_combo.itemData(i) for i in range(dialog.tier_combo.count())] == [2, 3]
    assert not dialog.ok_button.isEnabled()  # the hand-off note is required
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("technical"))
    assert dialog.reason_combo.currentText() == "Needs technical expertise"
    note = "Customer cannot log in since 4.2; password reset did not help. Error code 0x17."
    qtbot.keyClicks(dialog.note_edit, note)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.hand_over_dialog is None or not pane.hand_over_dialog.isVisible())

    with shop.store.read() as s:
        conv = s.get(Conversation, shop.login)
        assert conv is not None and conv.tier == 2 and conv.assignee_id is None
        event = s.scalars(
            select(ConversationEvent).where(
                ConversationEvent.conversation_id == shop.login, ConversationEvent.kind == "escalation"
            )
        ).one()
        assert event.actor_agent_id == shop.lea
        assert event.created_at == MONDAY_9 + dt.timedelta(hours=1)
        assert event.data["from_tier"] == 1 and event.data["to_tier"] == 2
        assert event.data["reason"] == "technical"
        handoff = s.get(Message, uuid.UUID(event.data["note_id"]))
        assert handoff is not None and handoff.direction == "note" and handoff.body_text == note
    assert "Escalated to 2nd level" in pane.strip.text.text()
    # The customer should hear of it: the escalation notices, in Danish, one Enter away.
    assert pane.strip.button.isVisible() and pane.strip.button.text() == "Write the notice"
    qtbot.mouseClick(pane.strip.button, Qt.MouseButton.LeftButton)
    completer = pane.composer.editor.replies
    qtbot.waitUntil(lambda: completer.popup_visible)
    notices = completer.suggestions()
    assert notices and all(n.category == "Escalation notice" and n.language == "da" for n in notices)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    assert pane.composer.editor.toPlainText().startswith("Hej Jens")
    assert pane.header.tier_chip.text().startswith("L1 → L2")
    assert "Escalated L1 → L2 by Lea Schmidt: Needs technical expertise" in pane.timeline.toPlainText()
    assert note in pane.timeline.toPlainText()
    window.close()

    # Monday 11:30: Sven (2nd level) finds it in the Tier 2 queue and takes it.
    shop.clock.set(MONDAY_9 + dt.timedelta(hours=2, minutes=30))
    window = make_window(shop, shop.sven, View.TIER_2)
    assert subjects(window) == ["Cannot log in after the update"]
    pane = window.pane
    assert pane.detail is not None and pane.detail.id == shop.login  # the first row is open
    assert pane.header.take_button.isVisible()
    qtbot.mouseClick(pane.header.take_button, Qt.MouseButton.LeftButton)
    with shop.store.read() as s:
        conv = s.get(Conversation, shop.login)
        assert conv is not None and conv.assignee_id == shop.sven
    assert not pane.header.take_button.isVisible()  # it is his now
    assert pane.header.assignee_button.text().startswith("Sven Berg")

    # Tuesday 09:00: Sven returns it to the 1st level with what he found.
    shop.clock.set(MONDAY_9 + dt.timedelta(days=1))
    pane.hand_over("return")
    dialog = hand_over_dialog(qtbot, window)
    assert dialog.tier_combo.currentData() == 1
    assert not dialog.reason_combo.isVisible()
    qtbot.keyClicks(dialog.note_edit, "Fixed the account lock; tell the customer to log in again.")
    dialog.submit()
    with shop.store.read() as s:
        conv = s.get(Conversation, shop.login)
        assert conv is not None and conv.tier == 1 and conv.assignee_id is None
        returned = s.scalars(
            select(ConversationEvent)
            .where(ConversationEvent.conversation_id == shop.login, ConversationEvent.kind == "escalation")
            .order_by(ConversationEvent.created_at)
        ).all()[-1]
        assert returned.data["from_tier"] == 2 and returned.data["to_tier"] == 1
        assert returned.data["reason"] == "returned" and returned.actor_agent_id == shop.sven

    # Tuesday 10:00: the path and the time each tier held it.
    shop.clock.set(MONDAY_9 + dt.timedelta(days=1, hours=1))
    window.open_conversation(shop.login)
    assert pane.header.tier_chip.text().startswith("L1 → L2 → L1")
    with shop.store.read() as s:
        totals = ownership_by_tier(ownership(s, shop.login, shop.clock.now()))
    # L1: Mon 09–10 and Tue 09–10; L2: Mon 10:00 to Tue 09:00 (23 h, of which 7 h business).
    assert totals == {1: (120.0, 120.0), 2: (1380.0, 420.0)}
    tier_time = pane.header.tier_time
    assert tier_time.isVisible()
    assert tier_time.text() == "Time per tier: L1 2h 00m · L2 7h 00m  (business hours)"
    assert "L2: 7h 00m business, 2d 7h on the clock" in tier_time.toolTip()


def test_a_first_level_agent_cannot_take_a_third_level_conversation(
    qtbot: QtBot, make_window: MakeWindow, shop: Shop
) -> None:
    window = make_window(shop, shop.lea, View.ALL)
    window.open_conversation(shop.outage)
    pane = window.pane
    assert pane.header.take_button.isVisible()
    qtbot.mouseClick(pane.header.take_button, Qt.MouseButton.LeftButton)
    assert pane.strip.isVisible()
    assert "Lea Schmidt works L1, so cannot take a tier 3 conversation" in pane.strip.text.text()
    with shop.store.read() as s:
        conv = s.get(Conversation, shop.outage)
        assert conv is not None and conv.assignee_id is None  # nothing changed
    # "Assign to me" is taking too, and is refused the same way.
    pane.assign(shop.lea)
    assert "cannot take a tier 3 conversation" in pane.strip.text.text()
    # Escalating from the top tier explains itself instead of opening an empty dialog.
    qtbot.keyClick(pane.timeline, Qt.Key.Key_E)
    assert pane.hand_over_dialog is None
    assert "already with" in pane.strip.text.text() and "highest tier" in pane.strip.text.text()


def test_escalation_refused_by_the_service_keeps_the_note(
    qtbot: QtBot, make_window: MakeWindow, shop: Shop
) -> None:
    """Sven works only the 2nd level: a 1st-level conversation is not his to escalate. The dialog
    says so and keeps what he typed."""
    window = make_window(shop, shop.sven, View.ALL)
    window.open_conversation(shop.login)
    dialog = window.pane.hand_over("escalate")
    assert dialog is not None
    qtbot.keyClicks(dialog.note_edit, "Looks like a billing matter.")
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findData(shop.billing))
    assert dialog.agent_combo.itemText(1).startswith("Sven Berg")  # the team's own agents first
    assert not dialog.submit()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "cannot escalate a tier 1 conversation" in dialog.error.text()
    assert dialog.note_edit.toPlainText() == "Looks like a billing matter."
    dialog.reject()


def test_transfer_to_another_team(qtbot: QtBot, make_window: MakeWindow, shop: Shop) -> None:
    window = make_window(shop, shop.lea, View.ALL)
    window.open_conversation(shop.login)
    dialog = window.pane.hand_over("transfer")
    assert dialog is not None
    assert [dialog.team_combo.itemText(i) for i in range(dialog.team_combo.count())] == ["Billing"]
    assert not dialog.tier_combo.isVisible() and not dialog.agent_combo.isVisible()
    assert dialog.submit()  # the note is optional for a transfer
    with shop.store.read() as s:
        conv = s.get(Conversation, shop.login)
        assert conv is not None and conv.team_id == shop.billing and conv.tier == 1
    assert "Transferred to Billing" in window.pane.strip.text.text()
    assert "Transferred from no team to Billing by Lea Schmidt" in window.pane.timeline.toPlainText()


def test_agents_and_teams_from_the_file_menu_renames_the_tier_queues(
    qtbot: QtBot, make_window: MakeWindow, shop: Shop
) -> None:
    """An admin renames tier 2 in File → Agents and teams: the queue and the header follow."""
    from agentdesk.gui import labels

    with shop.store.write() as s:
        from agentdesk.store.models import Agent

        lea = s.get(Agent, shop.lea)
        assert lea is not None
        lea.role = "admin"
    window = make_window(shop, shop.lea, View.ALL)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.agents_action in file_menu.actions()  # type: ignore[union-attr]
    dialog = window.open_agents_dialog()
    assert dialog.isVisible()
    try:
        window.services.directory.set_tier_names(shop.lea, ("Frontline", "Specialists", "Engineering"))
        dialog.changed.emit()
        assert window.view_actions[View.TIER_2].text().replace("&", "").startswith("Specialists")
        assert labels.tier_name(2) == "Specialists"
    finally:
        dialog.reject()
        labels.set_tier_names(())  # the defaults again, for the next test
