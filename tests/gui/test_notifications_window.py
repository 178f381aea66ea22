# SPDX-License-Identifier: GPL-3.0-or-later
"""The bell and its list, click-to-open, and the Snooze dialog driven by the keyboard; the
database is checked afterwards."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.snooze_dialog import SnoozeDialog
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId
from agentdesk.gui.window.notify_part import NotifyPart
from agentdesk.inbox.snooze import SnoozeFacts
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation

# The offscreen platform cannot raise a popup or let it grab the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    me: uuid.UUID
    colleague: uuid.UUID
    first: uuid.UUID
    second: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    setup = build_services(store, clock)
    me = setup.directory.create_agent("Anna Berg", "anna@shop.test", tiers=[1])
    colleague = setup.directory.create_agent("Ole Nielsen", "ole@shop.test", tiers=[1])
    inbox = build_services(store, clock, colleague).inbox
    customer = inbox.create_customer("Kim Larsen", email="kim@example.dk", language="da")
    first = inbox.create_conversation(customer, "email", "Broken kettle", "It does not heat.").id
    second = inbox.create_conversation(customer, "email", "Invoice missing", "Where is it?").id
    return Desk(store, clock, me, colleague, first, second)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, desk: Desk) -> MainWindow:
    apply_theme(qapp)
    preferences = Preferences()
    preferences.last_view = View.MY_OPEN
    window = MainWindow(build_services(desk.store, desk.clock, desk.me), MessageBridge(), preferences)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    part = NotifyPart.attach(window)
    qtbot.waitUntil(lambda: part.feed is not None and not window.tasks.busy("notify"))
    return window


def test_the_bell_counts_what_a_colleague_did_and_a_click_opens_it(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    part = NotifyPart.attach(window)
    assert part.bell.unread == 0 and part.bell.isVisible()
    colleague = build_services(desk.store, desk.clock, desk.colleague).inbox
    colleague.assign(desk.first, desk.me)
    colleague.assign(desk.second, desk.me)
    part.tick()
    qtbot.waitUntil(lambda: part.bell.unread == 2)
    assert part.bell.text() == "2"
    qtbot.mouseClick(part.bell, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(part.list.isVisible)
    texts = [part.list.list.item(i).text() for i in range(part.list.list.count())]
    assert all(t.startswith("Ole Nielsen assigned #") for t in texts) and len(texts) == 2
    row = next(i for i, t in enumerate(texts) if "Invoice missing" in t)
    item = part.list.list.item(row)
    qtbot.mouseClick(
        part.list.list.viewport(), Qt.MouseButton.LeftButton, pos=part.list.list.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: window.pane.detail is not None and window.pane.detail.id == desk.second)
    assert not part.list.isVisible()
    assert part.bell.unread == 1


def test_snooze_by_keyboard_takes_it_out_of_my_open(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    build_services(desk.store, desk.clock, desk.me).inbox.assign(desk.first, desk.me)
    window.refresh()
    window.open_conversation(desk.first)
    part = NotifyPart.attach(window)
    assert window.registry[ActionId.SNOOZE].isEnabled() and not window.registry[ActionId.UNSNOOZE].isEnabled()
    window.registry[ActionId.SNOOZE].trigger()
    dialog = window.findChild(SnoozeDialog)
    assert isinstance(dialog, SnoozeDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert "pauses nothing in the SLA" in dialog.sla_note.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # later today → tomorrow morning (or next week)
    expected = dialog.moment()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with desk.store.read() as s:
        conv = s.get(Conversation, desk.first)
        assert conv is not None and conv.snoozed_until == expected
    qtbot.waitUntil(lambda: window.registry[ActionId.UNSNOOZE].isEnabled())
    assert "Snoozed until" in window.registry[ActionId.UNSNOOZE].toolTip()
    window.set_view(View.MY_OPEN)
    qtbot.waitUntil(lambda: window.model.row_of(desk.first) is None)
    window.set_view(View.SNOOZED)
    qtbot.waitUntil(lambda: window.model.row_of(desk.first) is not None)
    # it comes back at its time, with a notification
    desk.clock.set(expected + dt.timedelta(minutes=1))
    part.tick()
    qtbot.waitUntil(lambda: part.bell.unread == 1)
    with desk.store.read() as s:
        conv = s.get(Conversation, desk.first)
        assert conv is not None and conv.snoozed_until is None


def test_snooze_dialog_a_date_of_ones_own_and_refusals(qtbot: QtBot, qapp: QApplication) -> None:
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    facts = SnoozeFacts(42, "pending", None, None)
    dialog = SnoozeDialog(now, facts, zone=dt.UTC)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        "waiting on the customer" in dialog.sla_note.text()
        and "not because of the snooze" in dialog.sla_note.text()
    )
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)  # "A date and time…"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # moves on to the field
    assert dialog.when.isEnabled() and dialog.focusWidget() is dialog.when and dialog.isVisible()
    dialog.when.setDateTime(dialog.when.dateTime().addDays(400))
    qtbot.keyClick(dialog.when, Qt.Key.Key_Return)
    assert dialog.isVisible() and "a year at most" in dialog.error.text()
    dialog.when.setDateTime(dialog.when.minimumDateTime().addDays(2))
    qtbot.keyClick(dialog.when, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.chosen == now + dt.timedelta(days=2)


def test_settings_keep_each_agents_kinds(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    from agentdesk.gui.settings_dialog import SettingsDialog
    from agentdesk.notifications.kinds import Kind
    from agentdesk.notifications.settings import load_settings

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog) and dialog.notifications is not None
    box = dialog.notifications
    assert box.boxes[Kind.ASSIGNED].isChecked()
    qtbot.mouseClick(box.boxes[Kind.ASSIGNED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.desktop, Qt.MouseButton.LeftButton)
    assert not dialog.select_agent(desk.colleague)  # only the signed-in agent's own choices
    assert not box.boxes[Kind.ASSIGNED].isChecked()
    dialog.accept()
    mine = load_settings(desk.store, desk.me)
    assert Kind.ASSIGNED not in mine.kinds and Kind.MENTIONED in mine.kinds and not mine.desktop
    assert load_settings(desk.store, desk.colleague).desktop
    # the feed honours it: being assigned no longer notifies
    part = NotifyPart.attach(window)
    build_services(desk.store, desk.clock, desk.colleague).inbox.assign(desk.first, desk.me)
    part.tick()
    qtbot.waitUntil(lambda: not window.tasks.busy("notify"))
    assert part.bell.unread == 0


def test_at_in_a_note_completes_a_colleagues_name(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    window.open_conversation(desk.first)
    composer = window.pane.composer
    composer.set_mode("note")
    editor = composer.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Could you look, @ol")
    popup = editor.mentions.popup
    qtbot.waitUntil(popup.isVisible)
    assert editor.mentions.model.stringList() == ["Ole Nielsen"]  # not the agent at this desk
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Could you look, @Ole Nielsen "
    composer.set_mode("reply")
    qtbot.keyClicks(editor, "@ol")
    assert not popup.isVisible()  # a reply to the customer mentions nobody


def test_the_timeline_tells_the_snooze_story(qapp: QApplication) -> None:
    from agentdesk.gui.timeline import event_text
    from agentdesk.inbox.queries import EventEntry

    at = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

    def text(data: dict[str, object], actor: str | None = None) -> str:
        return event_text(EventEntry(uuid.uuid4(), "snooze", actor, data, at))

    assert text({"until": "2026-11-24T08:00:00+00:00", "reason": "agent"}, "Anna Berg").startswith(
        "Snoozed until "
    )
    assert text({"until": None, "reason": "customer"}) == "Back from snooze: the customer wrote"
    assert text({"until": None, "reason": "time"}) == "Back from snooze at its time"
    assert text({"until": None, "reason": "agent"}, "Anna Berg") == "Unsnoozed by Anna Berg"
