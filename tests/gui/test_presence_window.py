# SPDX-License-Identifier: GPL-3.0-or-later
"""Presence in the window: two windows on one SQLite file (two agents at one shared computer, or
one agent's two windows) see each other in the conversation header and in the list, and the one
who opens a conversation the other is answering is warned before writing a second answer."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo, default_anchor
from agentdesk.gui.inbox_model import Column
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.presence_view import collision_warning, presence_texts
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Agent
from agentdesk.sync.presence import EXPIRY_S, VIEWING, WRITING, Presence

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

Make = Callable[[str], MainWindow]


@pytest.fixture
def shop(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "shop.sqlite"
    store = open_store(path)
    try:
        build_demo(store, 20, anchor=default_anchor(clock.now()))
    finally:
        store.close()
    return path


@pytest.fixture
def make(qtbot: QtBot, qapp: QApplication, shop: Path, clock: FixedClock) -> Iterator[Make]:
    apply_theme(qapp)
    stores: list[Store] = []

    def window_of(agent_name: str) -> MainWindow:
        store = open_store(shop)
        stores.append(store)
        with store.read() as session:
            agent = session.scalars(select(Agent).where(Agent.name.startswith(agent_name))).first()
            assert agent is not None
        preferences = Preferences()
        preferences.last_view = View.ALL
        window = MainWindow(build_services(store, clock, agent.id), MessageBridge(), preferences)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        window.show()
        qtbot.waitUntil(lambda: window.pane.detail is not None)
        return window

    yield window_of
    for store in stores:
        store.close()


def first_names(shop: Path) -> tuple[str, str]:
    store = open_store(shop)
    try:
        with store.read() as session:
            names = session.scalars(select(Agent.name).order_by(Agent.name).limit(2)).all()
    finally:
        store.close()
    assert len(names) == 2 and names[0] != names[1]
    return names[0], names[1]


def test_two_windows_see_each_other_view_and_write_and_forget_a_silent_one(
    qtbot: QtBot, make: Make, shop: Path, clock: FixedClock
) -> None:
    anna_name, ben_name = first_names(shop)
    a, b = make(anna_name), make(ben_name)
    assert a.pane.detail is not None and b.pane.detail is not None
    x = a.pane.detail.id
    assert b.pane.detail.id == x  # both opened the longest-waiting conversation
    header = b.pane.conversation_header

    b.background.presence.desk.tick()  # (it looks at the other windows every second)
    assert header.presence.toolTip() == f"{anna_name} is viewing"
    assert header.presence.text() == anna_name.split()[0]  # short of room: the first name and the eye
    assert header.presence.isVisible() and header.presence_icon.isVisible()
    b.resize(2400, 800)  # with room, the whole sentence
    qtbot.waitUntil(lambda: header.presence.text() == f"{anna_name} is viewing")
    assert b.model.presence_of(x) == "viewing"
    row = b.model.row_of(x)
    assert row is not None
    tip = b.model.index(row, Column.SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(f"\n\n{anna_name} is viewing")
    a.background.presence.desk.tick()
    assert a.pane.conversation_header.presence.toolTip() == f"{ben_name} is viewing"

    a.pane.composer.editor.setFocus()
    qtbot.keyClicks(a.pane.composer.editor, "Hello, we are on it")
    b.background.presence.desk.tick()
    assert header.presence.text() == f"{anna_name} is writing a reply"
    assert b.model.presence_of(x) == "writing"
    assert b.pane.strip.isVisible()
    assert b.pane.strip.text.text() == f"{anna_name} is writing a reply — you may answer twice."

    # Anna moves on: the header is empty again, the mark moves with her.
    others = [r.id for r in map(b.model.row_at, range(3)) if r is not None and r.id != x]
    y = others[0]
    a.open_conversation(y)
    b.background.presence.desk.tick()
    assert header.presence.text() == ""
    assert not header.presence.isVisible()
    assert not b.pane.strip.isVisible()  # nobody writes here now: the warning went with her
    assert b.model.presence_of(x) is None and b.model.presence_of(y) == "viewing"

    # Anna's window falls silent (as a killed one would): forgotten at the expiry, its file too.
    clock.advance(seconds=EXPIRY_S - 1)
    b.background.presence.desk.tick()
    assert b.model.presence_of(y) == "viewing"
    clock.advance(seconds=1)
    b.background.presence.desk.tick()
    assert b.model.presence_of(y) is None
    assert not (shop.parent / "shop.sqlite.presence" / f"{a.background.presence.desk.desk}.json").exists()

    # Alive again (its heartbeat), then closed: gone at once.
    a.background.presence.desk.tick()
    b.background.presence.desk.tick()
    assert b.model.presence_of(y) == "viewing"
    a.close()
    b.background.presence.desk.tick()
    assert b.model.presence_of(y) is None


def test_ones_own_other_window_is_named_as_such(qtbot: QtBot, make: Make, shop: Path) -> None:
    anna_name, _ = first_names(shop)
    a, b = make(anna_name), make(anna_name)
    b.background.presence.desk.tick()
    assert b.pane.conversation_header.presence.toolTip() == "You have it open in another window"
    a.pane.composer.editor.setFocus()
    qtbot.keyClicks(a.pane.composer.editor, "Hello")
    b.background.presence.desk.tick()
    assert b.pane.conversation_header.presence.toolTip() == "You are writing a reply in another window"
    assert not b.pane.strip.isVisible()  # one's own draft in another window is no collision


def test_the_header_says_it_shorter_when_short_of_room_and_names_an_unknown_colleague() -> None:
    me, anna, ben = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
    x = uuid.UUID(int=100)
    others = [
        Presence("a", anna, "Anna Berg", x, WRITING, 1),
        Presence("b", ben, "", x, VIEWING, 1),
    ]
    assert presence_texts(others, me) == (
        "Anna Berg is writing a reply  ·  A colleague is viewing",
        "Anna Berg is writing a reply +1",
        "Anna +1",
    )
    assert collision_warning(others, me) == "Anna Berg is writing a reply — you may answer twice."
    assert collision_warning(others[1:], me) == ""
    assert presence_texts([], me) == ()
    assert presence_texts([Presence("c", me, "Me", x, VIEWING, 1)], me) == (
        "You have it open in another window",
    )
