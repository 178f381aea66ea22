# SPDX-License-Identifier: GPL-3.0-or-later
"""The supervisor's dashboard in the window: queue figures that click through to the
conversations behind them, bulk review tools and a coaching note, survey answers with a confirm
step — all on the local database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, Message, SurveyResponse

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@dataclass
class Team:
    store: Store
    clock: FixedClock
    sara: uuid.UUID  # supervisor
    ben: uuid.UUID  # agent
    queue: list[uuid.UUID]  # six unassigned conversations


@pytest.fixture
def team(store: Store, clock: FixedClock) -> Team:
    setup = build_services(store, clock)
    sara = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    ben = setup.directory.create_agent("Ben Holm", "ben@shop.test", tiers=[1])
    inbox = build_services(store, clock, sara).inbox
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    queue = [
        inbox.create_conversation(customer, "email", f"Question {n}", f"Hello, question number {n}.").id
        for n in range(1, 7)
    ]
    clock.advance(minutes=20)
    return Team(store, clock, sara, ben, queue)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, team: Team) -> MainWindow:
    apply_theme(qapp)
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(team.store, team.clock, team.sara), MessageBridge(), preferences)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_a_supervisor_bulk_reassigns_five_and_adds_a_coaching_note(
    qtbot: QtBot, window: MainWindow, team: Team
) -> None:
    qtbot.keyClick(
        window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dashboard = window.dashboard
    assert window.work_stack.currentWidget() is dashboard
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20_000)
    assert dashboard.tiles["unassigned"].number == "6"
    assert dashboard.tiles["backlog"].number == "6"
    qtbot.mouseClick(dashboard.tiles["unassigned"], Qt.MouseButton.LeftButton)
    review = dashboard.review_dialog
    assert review is not None and review.table.rowCount() == 6
    review.tick(team.queue[:5])
    assert len(review.ticked()) == 5
    assert review.reassign(team.ben)
    assert "5 conversations changed" in review.outcome.text()
    review.table.selectRow(0)
    first = review.ticked()[0] if review.ticked() else None
    assert first is None or first in team.queue
    coached = team.queue[0]
    assert review.add_coaching_note(coached, "Good tone. Next time, ask for the order number first.")
    with team.store.read() as s:
        assigned = s.scalars(select(Conversation.id).where(Conversation.assignee_id == team.ben)).all()
        assert sorted(assigned) == sorted(team.queue[:5])
        events = s.scalars(
            select(ConversationEvent).where(
                ConversationEvent.kind == "assignment", ConversationEvent.actor_agent_id == team.sara
            )
        ).all()
        assert sorted(e.conversation_id for e in events) == sorted(team.queue[:5])
        assert all(e.data["to"] == str(team.ben) for e in events)
        note = s.scalars(
            select(Message).where(Message.conversation_id == coached, Message.direction == "note")
        ).one()
        assert note.meta.get("coaching") is True and note.author_agent_id == team.sara
    # The dashboard follows: one left in the queue.
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20_000)
    assert dashboard.tiles["unassigned"].number == "1"
    # A double click opens a conversation in the window.
    review.open_requested.emit(coached)
    assert window.work_stack.currentWidget() is window.splitter
    assert window.pane.detail is not None and window.pane.detail.id == coached
    assert "Good tone." in window.pane.timeline.toPlainText()


def test_an_agent_cannot_bulk_reassign(qtbot: QtBot, qapp: QApplication, team: Team) -> None:
    apply_theme(qapp)
    window = MainWindow(build_services(team.store, team.clock, team.ben), MessageBridge(), Preferences())
    qtbot.addWidget(window)
    window.show_dashboard(True)
    qtbot.waitUntil(lambda: not window.dashboard.busy(), timeout=20_000)
    review = window.dashboard.review(window.dashboard.queues.unassigned.filter)  # type: ignore[union-attr]
    review.tick(team.queue[:2])
    assert not review.reassign(team.ben)
    assert "Only supervisors" in review.outcome.text()
    with team.store.read() as s:
        assert s.scalars(select(Conversation.id).where(Conversation.assignee_id.is_not(None))).all() == []


def test_a_survey_answer_is_confirmed_before_it_is_recorded(
    qtbot: QtBot, window: MainWindow, team: Team
) -> None:
    window.open_conversation(team.queue[0])
    dialog = window.pane.record_survey()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("nps"))
    assert (dialog.score.minimum(), dialog.score.maximum()) == (0, 10)
    dialog.score.setValue(9)
    assert dialog.review()
    assert dialog.pages.currentIndex() == 1 and "9" in dialog.summary.text()
    with team.store.read() as s:
        assert s.scalars(select(SurveyResponse)).all() == []  # nothing stored before the confirm
    assert dialog.record()
    with team.store.read() as s:
        answer = s.scalars(select(SurveyResponse)).one()
        assert (answer.kind, answer.score, answer.scale_min, answer.scale_max) == ("nps", 9, 0, 10)
        assert answer.conversation_id == team.queue[0]
    assert "Survey answer recorded" in window.pane.strip.text.text()


def test_the_dashboard_goes_back_and_exports_the_period_shown(
    qtbot: QtBot, window: MainWindow, team: Team, tmp_path: Path
) -> None:
    window.show_dashboard(True)
    qtbot.waitUntil(lambda: not window.dashboard.busy(), timeout=20_000)
    page = window.dashboard
    assert page.agents_box.isVisibleTo(page)  # a supervisor sees the load per agent
    assert "agent" in [page.dimension.itemData(i) for i in range(page.dimension.count())]
    assert page.maximumWidth() > 0 and page.by_tier.maximumWidth() < 400  # labels stay near their values

    out = tmp_path / "report.csv"
    with qtbot.waitSignal(page.exported, timeout=30_000):
        page.export_report(out)
    header, *rows = out.read_text(encoding="utf-8").splitlines()
    assert header.startswith("period_start,period_end,dimension") and rows
    assert str(out) in window.statusBar().currentMessage()

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.work_stack.currentWidget() is not page


def test_an_agent_sees_no_figures_per_agent(qtbot: QtBot, qapp: QApplication, team: Team) -> None:
    apply_theme(qapp)
    window = MainWindow(build_services(team.store, team.clock, team.ben), MessageBridge(), Preferences())
    qtbot.addWidget(window)
    page = window.dashboard
    assert not page.agents_box.isVisibleTo(page)
    assert "agent" not in [page.dimension.itemData(i) for i in range(page.dimension.count())]
