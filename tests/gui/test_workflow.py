# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge, unmerge, split and link from the window, and bulk actions on a selection of the list,
driven by the keyboard as an agent would; the database is checked afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId
from agentdesk.gui.window.workflow import Workflow
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Message

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = CTRL | SHIFT


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    lead: uuid.UUID
    agent: uuid.UUID
    jens: uuid.UUID
    anna: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    setup = build_services(store, clock)
    lead = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    agent = setup.directory.create_agent("Ben Holm", "ben@shop.test", tiers=[1])
    inbox = build_services(store, clock, lead).inbox
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    anna = inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    return Desk(store, clock, lead, agent, jens, anna)


MakeWindow = Callable[[uuid.UUID], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, desk: Desk) -> MakeWindow:
    apply_theme(qapp)

    def make(agent_id: uuid.UUID) -> MainWindow:
        preferences = Preferences()
        preferences.last_view = View.ALL
        window = MainWindow(build_services(desk.store, desk.clock, agent_id), MessageBridge(), preferences)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def conv(store: Store, cid: uuid.UUID) -> Conversation:
    with store.read() as s:
        row = s.get(Conversation, cid)
        assert row is not None
        return row


def new(desk: Desk, customer: uuid.UUID, subject: str, body: str) -> uuid.UUID:
    desk.clock.advance(minutes=1)
    return (
        build_services(desk.store, desk.clock, desk.lead)
        .inbox.create_conversation(customer, "email", subject, body)
        .id
    )


def test_merge_two_by_keyboard_then_undo(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    target = new(desk, desk.jens, "Payment failed", "My card was declined.")
    source = new(desk, desk.anna, "Zahlung", "Karte abgelehnt.")
    window = make_window(desk.lead)
    window.open_conversation(target)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = Workflow.of(window).merge_dialog
    assert dialog is not None and dialog.picker is not None
    qtbot.waitUntil(lambda: dialog.isVisible())
    asked: list[str] = []

    def answer(plan: object) -> bool:
        from agentdesk.gui.merge_dialog import other_customer_text

        asked.append(other_customer_text(plan))  # type: ignore[arg-type]
        return True

    dialog.confirm = answer
    number = conv(desk.store, source).number
    qtbot.keyClicks(dialog.picker.field, f"#{number}")
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.results.count() == 1)
    qtbot.keyClick(dialog.picker.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.results, Qt.Key.Key_Space)  # check it
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled())
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked and "Anna Müller" in asked[0] and "Jens Hansen" in asked[0]
    assert conv(desk.store, source).merged_into_id == target
    assert "Merged here:" in Workflow.of(window).relations.text()

    window.open_conversation(source)
    assert window.registry[ActionId.UNMERGE].isEnabled()
    window.registry[ActionId.UNMERGE].trigger()
    assert conv(desk.store, source).merged_into_id is None
    with desk.store.read() as s:
        assert (
            s.scalar(select(Message.conversation_id).where(Message.body_text == "Karte abgelehnt.")) == source
        )


def test_split_by_keyboard(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    first = new(desk, desk.jens, "Invoice", "The invoice is wrong.")
    services = build_services(desk.store, desk.clock, desk.lead)
    desk.clock.advance(minutes=1)
    services.inbox.reply(first, "Corrected.")
    desk.clock.advance(minutes=1)
    services.inbox.add_inbound_message(first, "Also my password does not work.")
    window = make_window(desk.lead)
    window.open_conversation(first)
    qtbot.keyClick(window, Qt.Key.Key_X, CTRL_SHIFT)
    dialog = Workflow.of(window).split_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.messages.currentRow() == 2  # the newest customer message is proposed
    dialog.subject.selectAll()
    qtbot.keyClicks(dialog.subject, "Password")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with desk.store.read() as s:
        new_id = s.scalar(select(Conversation.id).where(Conversation.subject == "Password"))
    assert new_id is not None and window.pane.detail is not None and window.pane.detail.id == new_id
    assert [m.body_text for m in window.pane.detail.messages] == ["Also my password does not work."]


def test_link_shows_in_both_and_opens(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    one = new(desk, desk.jens, "Site down", "Nothing loads.")
    two = new(desk, desk.anna, "Seite lädt nicht", "Nichts geht.")
    window = make_window(desk.lead)
    window.open_conversation(one)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    dialog = Workflow.of(window).link_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible())
    qtbot.keyClicks(dialog.picker.field, "seite")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    qtbot.keyClick(dialog.picker.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.results, Qt.Key.Key_Return)
    assert dialog.linked.count() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "Linked:" in Workflow.of(window).relations.text()
    Workflow.of(window).relations.activate(f"open:{two}")  # what a click on the link does
    assert window.pane.detail is not None and window.pane.detail.id == two
    assert (
        "Linked:" in Workflow.of(window).relations.text()
        and "Site down" in Workflow.of(window).relations.text()
    )


def test_select_thirty_and_set_status_and_assignee(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    ids = [new(desk, desk.jens, f"Question {i}", "Hello") for i in range(30)]
    window = make_window(desk.lead)
    qtbot.waitUntil(lambda: window.model.rowCount() == 30)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_J, SHIFT)
    qtbot.keyClick(window.list, Qt.Key.Key_J, SHIFT)
    assert len(window.list.selected_ids()) == 3 and Workflow.of(window).bar.isVisible()
    qtbot.keyClick(window.list, Qt.Key.Key_K, SHIFT)
    assert len(window.list.selected_ids()) == 2
    qtbot.keyClick(window.list, Qt.Key.Key_A, CTRL)
    assert sorted(window.list.selected_ids()) == sorted(ids)
    assert "30" in Workflow.of(window).bar.count.text()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    dialog = Workflow.of(window).bulk_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)  # Open
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)  # Waiting on customer
    assignee = dialog.findChild(QComboBox, "bulkAssignee")
    assert assignee is not None
    assignee.setFocus()
    qtbot.keyClicks(assignee, "Ben")
    assert assignee.currentText() == "Ben Holm"
    qtbot.keyClick(assignee, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Workflow.of(window).last_outcome is not None, timeout=10_000)
    outcome = Workflow.of(window).last_outcome
    assert outcome is not None and len(outcome.changed) == 30 and not outcome.refused
    for cid in ids:
        row = conv(desk.store, cid)
        assert row.status == "pending" and row.assignee_id == desk.agent


def test_refusals_are_summarised(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    lead = build_services(desk.store, desk.clock, desk.lead)
    ids = [new(desk, desk.jens, f"Case {i}", "Hello") for i in range(4)]
    lead.escalation.escalate(ids[0], 2, "technical", "For the specialists.")
    lead.inbox.set_status(ids[1], "solved")
    window = make_window(desk.agent)  # works tier 1 only
    qtbot.waitUntil(lambda: window.model.rowCount() >= 3)
    window.list.setFocus()
    Workflow.of(window).run(ids, window.services.bulk.status_step("closed"))
    qtbot.waitUntil(lambda: Workflow.of(window).last_outcome is not None, timeout=10_000)
    summary = Workflow.of(window).summary
    assert summary is not None and summary.isVisible()
    text = summary.informativeText()
    assert "tier 2" in text and "solved before it can be closed" in text
    assert conv(desk.store, ids[1]).status == "closed"
    assert conv(desk.store, ids[2]).status == "new" and conv(desk.store, ids[0]).tier == 2
    line = Workflow.of(window).last_outcome
    assert line is not None and len(line.changed) == 1 and len(line.refused) == 3


def test_merge_a_selection_into_the_oldest(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    ids = [new(desk, desk.jens, f"Parcel {i}", f"Where is parcel {i}?") for i in range(3)]
    window = make_window(desk.lead)
    workflow = Workflow.of(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_A, CTRL)
    assert workflow.bar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = workflow.merge_dialog
    assert dialog is not None and dialog.picker is None
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.target_id() == ids[0] and sorted(dialog.sources()) == sorted(ids[1:])
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [conv(desk.store, i).merged_into_id for i in ids] == [None, ids[0], ids[0]]
    assert conv(desk.store, ids[0]).message_count == 3
    assert window.pane.detail is not None and window.pane.detail.id == ids[0]
    assert workflow.relations.text().count("undo merge") == 2
    workflow.relations.activate(f"unmerge:{ids[2]}")  # the "undo merge" link beside #3
    assert conv(desk.store, ids[2]).merged_into_id is None
    assert window.pane.detail is not None and window.pane.detail.id == ids[2]


def test_a_large_selection_shows_progress_and_one_change_at_a_time(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    ids = [new(desk, desk.jens, f"Order {i}", "Hello") for i in range(60)]
    window = make_window(desk.lead)
    workflow = Workflow.of(window)
    errors: list[str] = []
    window.messages.error_shown.connect(errors.append)
    assert workflow.run(ids, window.services.bulk.priority_step("high"))
    assert workflow.runner.dialog is not None  # 60 ≥ PROGRESS_FROM: a progress dialog, no cancel
    assert not workflow.run(ids, window.services.bulk.priority_step("low"))
    assert errors and "still running" in errors[0]
    qtbot.waitUntil(lambda: workflow.last_outcome is not None, timeout=20_000)
    assert workflow.runner.dialog is None
    outcome = workflow.last_outcome
    assert outcome is not None and len(outcome.changed) == 60
    assert {conv(desk.store, i).priority for i in ids} == {"high"}
