# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation pane gives the timeline the room, in the real window on a demo workspace.

A conversation of 20 messages is open in the main window at the sizes agents use: the timeline
takes most of the pane's height, the header is one line whatever the subject and the width, the
properties are one row (what does not fit is under "More"), the composer grows with its text up
to a limit and can be enlarged, and the customer panel starts as its one-line summary.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo
from agentdesk.gui.conversation.body import COMPOSER_SHARE, EXPANDED_SHARE
from agentdesk.gui.conversation.header import ConversationHeader
from agentdesk.gui.conversation.pane import ConversationPane
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, Message

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

ANCHOR = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)
LONG_SUBJECT = (
    "Order 4471 arrived with a cracked lamp base, the replacement part is the wrong colour, and the "
    "courier left the second parcel at a neighbour three streets away who is on holiday until March"
)
REGIONS = ("conversationHeader", "properties", "timeline", "composer", "customerPanel")


@dataclass
class Demo:
    store: Store
    clock: FixedClock
    agent: uuid.UUID
    conversation: uuid.UUID  # one of 20 messages


@pytest.fixture
def demo(store: Store) -> Demo:
    build_demo(store, 80, 1, anchor=ANCHOR)
    with store.read() as session:
        count = func.count(Message.id)
        found = session.execute(
            select(Conversation.id, count)
            .join(Message, Message.conversation_id == Conversation.id)
            .group_by(Conversation.id)
            .having(count >= 20)
            .order_by(Conversation.status == "closed", Conversation.number)
        ).first()
        agent = session.scalars(select(Agent.id).order_by(Agent.name)).first()
    assert found is not None and found[1] >= 20, "the demo has a conversation of 20 messages"
    assert agent is not None
    return Demo(store, FixedClock(ANCHOR), agent, found[0])


MakeWindow = Callable[[int, int], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, demo: Demo) -> Iterator[MakeWindow]:
    apply_theme(qapp)

    def make(width: int, height: int) -> MainWindow:
        preferences = Preferences()
        preferences.last_view = View.ALL  # (the list is not what is measured here)
        window = MainWindow(build_services(demo.store, demo.clock, demo.agent), MessageBridge(), preferences)
        qtbot.addWidget(window)
        window.resize(width, height)
        with qtbot.waitActive(window):  # single-key shortcuts need the active window
            window.show()
            window.activateWindow()
        window.open_conversation(demo.conversation)
        settle(qtbot, window.pane)
        return window

    yield make


def settle(qtbot: QtBot, pane: ConversationPane) -> None:
    """Let the layouts (and the composer's fit) run their course."""
    qtbot.waitUntil(lambda: pane.timeline.isVisible() and pane.composer.height() > 0)
    for _ in range(5):
        QApplication.processEvents()


def another(window: MainWindow, than: uuid.UUID | None) -> uuid.UUID:
    """A conversation of the window's list other than ``than``."""
    for index in range(window.model.rowCount()):
        row = window.model.row_at(index)
        if row is not None and row.id != than:
            return row.id
    raise AssertionError("the list has another conversation")


def geometry_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def assert_one_line(header: ConversationHeader) -> None:
    """The header is one line tall, and every label in it sits on that line, uncut."""
    line = header.line_height()
    assert header.height() == line
    subject = header.subject.fontMetrics().height()
    assert line < 2 * subject  # one line of text and the margins, never two
    for label in (header.subject, header.number, header.customer, header.sla):
        if not label.isVisible():
            continue
        box = geometry_in(label, header)
        assert header.rect().contains(box), label.objectName()
        assert box.height() <= subject
        assert header.subject.geometry().top() <= box.center().y() <= header.subject.geometry().bottom()


def assert_one_row(pane: ConversationPane) -> None:
    """The properties never wrap: the buttons shown share one row inside the panel, the rest are
    under "More"."""
    row = pane.properties.row
    shown = [w for w in [*row.widgets(), row.more_button] if w.isVisible()]
    assert shown and all(w.geometry().top() == shown[0].geometry().top() for w in shown)
    assert all(row.rect().contains(w.geometry()) for w in shown)
    assert row.height() <= max(w.sizeHint().height() for w in shown) + 2
    assert row.more_button.isVisible() == bool(row.overflow())
    assert pane.properties.status_button.isVisible()  # the status always shows


@pytest.mark.parametrize(("size", "share"), [((1440, 900), 0.55), ((1024, 700), 0.40), ((1920, 1080), 0.55)])
def test_the_timeline_takes_the_room(
    qtbot: QtBot, make_window: MakeWindow, demo: Demo, size: tuple[int, int], share: float
) -> None:
    window = make_window(*size)
    pane = window.pane
    assert pane.detail is not None and pane.detail.id == demo.conversation
    assert len(pane.detail.messages) >= 20
    for name in REGIONS:
        region = pane.findChild(QWidget, name)
        assert region is not None and region.isVisible(), name
    assert pane.timeline.height() >= share * pane.height(), (pane.timeline.height(), pane.height())
    assert_one_line(pane.conversation_header)
    assert_one_row(pane)
    # Nothing is clipped: every region lies inside the pane.
    for name in REGIONS:
        region = pane.findChild(QWidget, name)
        assert region is not None and pane.rect().contains(geometry_in(region, pane)), name
    # The composer shows three lines to write in; the customer panel its one-line summary.
    editor = pane.composer.editor
    assert editor.viewport().height() >= 3 * editor.fontMetrics().lineSpacing()
    panel = pane.customer_panel
    if pane.body_splitter.orientation() == Qt.Orientation.Vertical:
        assert panel.collapsed and panel.height() == panel.bar_height()
        assert panel.summary.isVisible() or not panel.summary.value()


@pytest.mark.parametrize("size", [(1440, 900), (1024, 700)])
def test_the_header_never_wraps_even_with_a_very_long_subject(
    qtbot: QtBot, make_window: MakeWindow, demo: Demo, size: tuple[int, int]
) -> None:
    with demo.store.write() as session:
        conversation = session.get(Conversation, demo.conversation)
        assert conversation is not None
        conversation.subject = LONG_SUBJECT
    window = make_window(*size)
    header = window.pane.conversation_header
    assert header.subject.text() == LONG_SUBJECT  # whole for "Copy" and the tooltip
    assert header.subject.is_elided() and header.subject.shown_text().endswith("…")
    assert header.subject.toolTip() == LONG_SUBJECT
    assert header.number.isVisible()
    assert_one_line(header)

    # Narrower still: the window at its smallest, and the pane alone at its minimum width.
    window.resize(window.minimumSizeHint())
    settle(qtbot, window.pane)
    assert_one_line(header)
    assert_one_row(window.pane)
    pane = window.pane
    pane.setParent(None)
    qtbot.addWidget(pane)
    pane.resize(pane.minimumWidth(), 500)
    pane.show()
    settle(qtbot, pane)
    assert header.width() == pane.minimumWidth()
    assert_one_line(header)
    assert_one_row(pane)
    assert header.subject.width() >= 100  # the subject keeps a readable start


def test_overflowing_properties_are_under_more_and_their_keys_still_work(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(1024, 700)
    pane = window.pane
    row = pane.properties.row
    assert row.overflow(), "at this width some properties go under More"
    assert_one_row(pane)
    row.more_menu.aboutToShow.emit()
    entries = [action.text() for action in row.more_menu.actions()]
    assert entries == [row.label(widget) for widget in row.overflow()]
    hidden_menus = [w for w in row.overflow() if getattr(w, "menu", lambda: None)() is not None]
    assert hidden_menus, "a hidden button with a menu is a submenu of More"

    # P and S open their menus whether or not the button is in the row.
    pane.timeline.setFocus()
    qtbot.keyClick(pane.timeline, Qt.Key.Key_P)
    qtbot.waitUntil(pane.priority_menu.isVisible)
    pane.priority_menu.close()
    qtbot.keyClick(pane.timeline, Qt.Key.Key_S)
    qtbot.waitUntil(pane.status_menu.isVisible)
    pane.status_menu.close()


def test_the_composer_grows_with_its_text_and_can_be_enlarged(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(1440, 900)
    pane = window.pane
    composer = pane.composer
    splitter = pane.thread_splitter
    room = splitter.height() - splitter.handleWidth()
    empty = composer.height()

    composer.editor.setPlainText("\n".join(f"line {i}" for i in range(6)))
    qtbot.waitUntil(lambda: composer.height() > empty)
    six_lines = composer.height()
    composer.editor.setPlainText("\n".join(f"line {i}" for i in range(80)))
    qtbot.waitUntil(lambda: composer.height() > six_lines)
    settle(qtbot, pane)
    assert composer.height() <= COMPOSER_SHARE * room + 1  # the limit: then the text box scrolls
    limited = composer.height()

    qtbot.mouseClick(composer.expand_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.height() >= EXPANDED_SHARE * room - 1)
    assert composer.expand_button.isChecked()
    qtbot.mouseClick(composer.expand_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.height() == limited)

    # Dragged by the agent, the composer keeps its height while they type.
    splitter.moveSplitter(room - 300, 1)
    assert composer.height() == 300
    composer.editor.setPlainText("short again")
    settle(qtbot, pane)
    assert composer.height() == 300

    # The next conversation starts again at the height of its own draft.
    window.open_conversation(another(window, pane.detail.id if pane.detail else None))
    settle(qtbot, pane)
    assert composer.height() == empty


def test_the_customer_panel_opens_from_its_summary_and_stays_open(
    qtbot: QtBot, make_window: MakeWindow, demo: Demo
) -> None:
    window = make_window(1440, 900)
    pane = window.pane
    panel = pane.customer_panel
    assert pane.body_splitter.orientation() == Qt.Orientation.Vertical  # a strip under the conversation
    assert panel.collapsed and panel.height() == panel.bar_height()
    before = pane.timeline.height()
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    settle(qtbot, pane)
    assert not panel.collapsed and panel.body.isVisible()
    assert panel.height() > 3 * panel.bar_height()
    assert pane.timeline.height() < before
    # Another conversation: the agent's choice stands.
    window.open_conversation(another(window, demo.conversation))
    settle(qtbot, pane)
    assert not panel.collapsed
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    settle(qtbot, pane)
    assert panel.collapsed and panel.height() == panel.bar_height()
