# SPDX-License-Identifier: GPL-3.0-or-later
"""Presence between two windows, each a desktop of its own on a throwaway server: the header, the
list mark and the warning strip of B follow what A does within a second."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.sync.server import add_agent

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]
WITHIN_MS = 1000


def open_window(qtbot: QtBot, store: Store, clock: FixedClock) -> MainWindow:
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(store, clock, None), MessageBridge(), preferences)
    qtbot.addWidget(window)
    window.resize(2000, 900)  # room for the whole sentence in the header
    window.show()
    return window


def connect_window(qtbot: QtBot, window: MainWindow, url: str, user: str, agent: uuid.UUID) -> None:
    window.sync.save_config(url, user, "pw", remember=False)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.online is True, timeout=20_000)
    window.services.set_agent(agent)


def within(qtbot: QtBot, condition: Callable[[], bool]) -> float:
    started = time.monotonic()
    qtbot.waitUntil(condition, timeout=WITHIN_MS)
    return time.monotonic() - started


def test_b_sees_a_open_write_and_close_a_conversation_in_its_window(
    qtbot: QtBot, qapp: QApplication, server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    apply_theme(qapp)
    anna = add_agent(server_url, "pw_anna", "pw", name="Anna Berg", email="anna@shop.test")
    ole = add_agent(server_url, "pw_ole", "pw", name="Ole Holm", email="ole@shop.test", role="supervisor")
    a, b = open_window(qtbot, desktop("a"), clock), open_window(qtbot, desktop("b"), clock)
    connect_window(qtbot, a, server_url, "pw_anna", anna)
    connect_window(qtbot, b, server_url, "pw_ole", ole)
    customer = a.services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    ref = a.services.inbox.create_conversation(customer, "email", "Invoice twice", "Charged twice.")
    a.sync.nudge()
    qtbot.waitUntil(lambda: b.model.row_of(ref.id) is not None, timeout=15_000)
    b.open_conversation(ref.id)
    header = b.pane.conversation_header
    a.pane.show_nothing("closed")  # (A's list may have opened the new conversation by itself)
    qtbot.waitUntil(lambda: header.presence.text() == "", timeout=5000)

    a.open_conversation(ref.id)
    within(qtbot, lambda: header.presence.text() == "Anna Berg is viewing")
    assert header.presence_icon.isVisible()
    assert b.model.presence_of(ref.id) == "viewing"
    assert not b.pane.strip.isVisible()

    a.pane.start_writing("reply")
    a.pane.composer.editor.insertPlainText("We refunded the second charge.")
    within(qtbot, lambda: header.presence.text() == "Anna Berg is writing a reply")
    assert b.model.presence_of(ref.id) == "writing"
    assert b.pane.strip.isVisible()
    assert b.pane.strip.text.text() == "Anna Berg is writing a reply — you may answer twice."

    a.pane.show_nothing("closed")  # A closes the conversation: gone at once, not at the expiry
    within(qtbot, lambda: header.presence.text() == "" and b.model.presence_of(ref.id) is None)

    b.work_offline_action.trigger()  # offline: nothing from the server is claimed
    a.open_conversation(ref.id)
    qtbot.wait(500)
    assert header.presence.text() == "" and b.model.presence_of(ref.id) is None
