# SPDX-License-Identifier: GPL-3.0-or-later
"""Ctrl+A selects every conversation the view holds, not only the rows loaded so far: a list that
loads 20 rows a page, 75 conversations, one bulk change by keyboard for all of them, with the
progress and the summary of what was refused."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.workflow import Workflow
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

CTRL = Qt.KeyboardModifier.ControlModifier
PAGE = 20
COUNT = 75  # more than three pages, and enough for the progress dialog


def test_ctrl_a_selects_rows_not_loaded_yet_and_the_bulk_change_takes_them_all(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    setup = build_services(store, clock)
    lead = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    agent = setup.directory.create_agent("Ben Holm", "ben@shop.test", tiers=[1])
    lead_desk = build_services(store, clock, lead)
    customer = lead_desk.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    ids: list[uuid.UUID] = []
    for n in range(COUNT):
        clock.advance(minutes=1)
        ids.append(lead_desk.inbox.create_conversation(customer, "email", f"Order {n}", "Hello").id)
    specialist = ids[:2]  # at tier 2: Ben works tier 1 only, so these are refused
    for cid in specialist:
        lead_desk.escalation.escalate(cid, 2, "technical", "For the specialists.")

    apply_theme(qapp)
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(store, clock, agent), MessageBridge(), preferences, page_size=PAGE)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert window.model.rowCount() < COUNT and not window.model.complete  # pages not read yet

    workflow = Workflow.of(window)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_A, CTRL)
    assert window.model.complete and window.model.rowCount() == COUNT
    assert sorted(window.list.selected_ids()) == sorted(ids)
    assert str(COUNT) in workflow.bar.count.text()

    qtbot.keyClick(window, Qt.Key.Key_B, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = workflow.bulk_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assignee = dialog.findChild(QComboBox, "bulkAssignee")
    assert assignee is not None
    assignee.setFocus()
    qtbot.keyClicks(assignee, "Ben")
    assert assignee.currentText() == "Ben Holm"
    qtbot.keyClick(assignee, Qt.Key.Key_Return)
    progress = workflow.runner.dialog
    assert progress is not None and str(COUNT) in progress.labelText()
    qtbot.waitUntil(lambda: workflow.last_outcome is not None, timeout=20_000)

    outcome = workflow.last_outcome
    assert outcome is not None
    assert sorted(ref.id for ref in outcome.changed) == sorted(ids[2:])
    assert sorted(r.conversation_id for r in outcome.refused) == sorted(specialist)
    summary = workflow.summary
    assert summary is not None and summary.isVisible() and "tier 2" in summary.informativeText()
    with store.read() as session:
        assignees = {cid: session.get(Conversation, cid).assignee_id for cid in ids}
    assert {assignees[cid] for cid in ids[2:]} == {agent}
    assert {assignees[cid] for cid in specialist} == {None}


def test_select_all_reads_at_most_the_limit_and_says_when_the_view_holds_more(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    setup = build_services(store, clock)
    lead = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    desk = build_services(store, clock, lead)
    customer = desk.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    for n in range(45):
        clock.advance(minutes=1)
        desk.inbox.create_conversation(customer, "chat", f"Chat {n}", "Hi")
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(store, clock, lead), MessageBridge(), preferences, page_size=PAGE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE)
    assert window.list.select_all_rows(30) is False  # 45 in the view: the first 30 selected
    assert window.model.rowCount() == 30 and len(window.list.selected_ids()) == 30
    assert window.list.select_all_rows(44) is False
    assert window.list.select_all_rows(45) is True  # exactly the view: nothing after the 45th
    assert window.model.complete and len(window.list.selected_ids()) == 45
