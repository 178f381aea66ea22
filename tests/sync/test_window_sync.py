# SPDX-License-Identifier: GPL-3.0-or-later
"""Two windows on two desktops and one server: a reply written in A's window shows in B's open
window within moments, woken by the server's notification; stopping the sync (Work offline) keeps
changes waiting and says so; the server connection dialog tests in plain words."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import psycopg
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.server_settings import ServerSettingsDialog, build_url, parse_url
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.sync.server import add_agent, init_server

from ..conftest import PgCluster

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support propagateSizeHints\(\)",
        r"This plugin does not support raise\(\)",
        r"This plugin does not support grabbing the keyboard",
    ),
]


def open_window(qtbot: QtBot, store: Store, clock: FixedClock, agent: uuid.UUID | None) -> MainWindow:
    preferences = Preferences()
    preferences.last_view = View.ALL
    window = MainWindow(build_services(store, clock, agent), MessageBridge(), preferences)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    return window


def connect_window(qtbot: QtBot, window: MainWindow, url: str, user: str, password: str) -> None:
    window.sync.save_config(url, user, password, remember=False)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.online is True, timeout=20_000)
    assert window.sync_button.text().startswith("Online · synced")


def test_a_reply_written_in_one_window_shows_in_the_others_open_window(
    qtbot: QtBot,
    qapp: QApplication,
    server_url: str,
    desktop: Callable[[str], Store],
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    anna = add_agent(
        server_url, "win_anna", "anna-pw", name="Anna Berg", email="anna@shop.test", tiers=[1, 2]
    )
    add_agent(server_url, "win_ole", "ole-pw", name="Ole Holm", email="ole@shop.test", role="supervisor")
    a_store, b_store = desktop("a"), desktop("b")
    a = open_window(qtbot, a_store, clock, None)
    b = open_window(qtbot, b_store, clock, None)
    connect_window(qtbot, a, server_url, "win_anna", "anna-pw")
    connect_window(qtbot, b, server_url, "win_ole", "ole-pw")
    a.services.set_agent(anna)

    customer = a.services.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    ref = a.services.inbox.create_conversation(
        customer, "phone", "Callback about the invoice", "Please call."
    )
    a.sync.nudge()
    qtbot.waitUntil(lambda: b.model.rowCount() == 1, timeout=15_000)
    b.open_conversation(ref.id)
    a.open_conversation(ref.id)

    a.pane.start_writing("reply")
    a.pane.composer.editor.insertPlainText("We called you back at 10:15.")
    started = time.monotonic()
    assert a.pane.send()  # (two windows: the keyboard goes to the one in front, so Send directly)
    qtbot.waitUntil(lambda: "We called you back at 10:15." in b.pane.timeline.toPlainText(), timeout=10_000)
    elapsed = time.monotonic() - started
    assert elapsed < 5.0, f"the reply took {elapsed:.2f} s to show on the other desktop"
    assert b.sync.pending == 0 and a.sync.online

    # Work offline: changes are kept, the window says so, and go out when it is switched off.
    b.work_offline_action.trigger()
    assert b.sync.work_offline and b.sync_button.text().startswith("Working offline")
    b.services.inbox.add_note(ref.id, "Customer was happy with the call.")
    b.sync.nudge()
    assert "1 changes waiting" in b.sync_button.text() or "changes waiting" in b.sync_button.text()
    qtbot.wait(1500)
    assert "Customer was happy with the call." not in a.pane.timeline.toPlainText()
    b.work_offline_action.trigger()
    qtbot.waitUntil(
        lambda: "Customer was happy with the call." in a.pane.timeline.toPlainText(), timeout=15_000
    )
    a.close()
    b.close()


def test_the_server_dialog_tests_in_plain_words(
    qtbot: QtBot, qapp: QApplication, server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    apply_theme(qapp)
    add_agent(server_url, "win_maja", "maja-pw", name="Maja", email="maja@shop.test")
    window = open_window(qtbot, desktop("c"), clock, None)
    assert window.sync_button.text() == "Local only"
    dialog = window.open_server_settings()
    host, port, database, _tls = parse_url(server_url.replace("postgresql+psycopg", "postgresql"))
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.trusted.setChecked(True)  # (the test cluster has no certificate: plain, on loopback)
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    dialog.user.setText("win_nobody")  # (the test cluster trusts local logins: a wrong name, not password)
    dialog.password.setText("whatever")
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=15_000)
    assert "has no login “win_nobody”" in dialog.test_result.text()
    dialog.user.setText("win_maja")
    dialog.password.setText("maja-pw")
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=15_000)
    assert dialog.test_result.text().startswith("✓ Connected")
    dialog.port.setValue(1)  # nothing listens there
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert "Server unreachable" in dialog.test_result.text()
    dialog.port.setValue(port)
    assert isinstance(dialog, ServerSettingsDialog) and dialog.save()
    assert window.sync.config() == (build_url(host, port, database, "disable"), "win_maja")
    qtbot.waitUntil(lambda: window.sync.online is True, timeout=20_000)
    window.close()


def test_work_goes_on_while_the_server_is_down_and_catches_up_after(
    qtbot: QtBot,
    qapp: QApplication,
    own_pg_cluster: PgCluster,
    desktop: Callable[[str], Store],
    clock: FixedClock,
) -> None:
    """The server stops while both agents work; A's window says so and keeps the reply; when the
    server is back both windows catch up by themselves (no notification can have been received
    for what happened while it was down)."""
    apply_theme(qapp)
    plain = own_pg_cluster.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain + "/postgres", autocommit=True) as conn:
        conn.execute('CREATE DATABASE "shop"')
    url = f"{own_pg_cluster.url}/shop"
    init_server(url)
    add_agent(url, "down_anna", "anna-pw", name="Anna Berg", email="anna@shop.test", tiers=[1, 2])
    add_agent(url, "down_ole", "ole-pw", name="Ole Holm", email="ole@shop.test", role="supervisor")
    a = open_window(qtbot, desktop("a"), clock, None)
    b = open_window(qtbot, desktop("b"), clock, None)
    connect_window(qtbot, a, url, "down_anna", "anna-pw")
    connect_window(qtbot, b, url, "down_ole", "ole-pw")
    customer = a.services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    ref = a.services.inbox.create_conversation(customer, "chat", "Where is my parcel", "Hello?")
    a.sync.nudge()
    qtbot.waitUntil(lambda: b.model.rowCount() == 1, timeout=15_000)
    b.open_conversation(ref.id)
    a.open_conversation(ref.id)

    own_pg_cluster.stop()
    a.pane.start_writing("reply")
    a.pane.composer.editor.insertPlainText("It left our warehouse this morning.")
    assert a.pane.send()  # saved here, whatever the server does
    assert "It left our warehouse this morning." in a.pane.timeline.toPlainText()
    qtbot.waitUntil(lambda: a.sync.online is False, timeout=20_000)
    kept = a.sync.pending
    assert kept >= 1  # the message and what it changed in the conversation
    assert (
        a.sync_button.text()
        == f"Server unreachable — {kept} changes are kept and will be sent when it is back."
    )

    own_pg_cluster.start()
    qtbot.waitUntil(lambda: a.sync.online is True and a.sync.pending == 0, timeout=30_000)
    qtbot.waitUntil(
        lambda: "It left our warehouse this morning." in b.pane.timeline.toPlainText(), timeout=30_000
    )
    assert b.sync.online is True
    a.close()
    b.close()


def test_the_first_sync_of_a_new_desktop_shows_its_progress(
    qtbot: QtBot, qapp: QApplication, server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    from sqlalchemy import func, select

    from agentdesk.demo import build_demo, default_anchor
    from agentdesk.store.models import Message
    from agentdesk.sync.connection import Credentials
    from agentdesk.sync.engine import sync_once

    apply_theme(qapp)
    add_agent(server_url, "first_admin", "pw", name="Ada Admin", email="ada@shop.test", role="admin")
    source = desktop("source")
    build_demo(source, 150, 3, anchor=default_anchor(clock.now()))
    assert sync_once(source, server_url, Credentials("first_admin", "pw")).ok  # the team's workspace

    window = open_window(qtbot, desktop("new"), clock, None)
    seen: list[tuple[int, int]] = []
    window.sync.receiving.connect(lambda rows, expected: seen.append((rows, expected)))
    bar_shown: list[bool] = []
    window.sync.receiving.connect(lambda rows, _e: bar_shown.append(window.sync_progress.isVisible()))
    window.sync.save_config(server_url, "first_admin", "pw", remember=False)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.online is True, timeout=60_000)
    progress = [s for s in seen if s[0]]
    assert progress, "no progress was shown"
    assert progress[-1][0] >= 1_000 and progress[-1][1] > 0  # rows so far, of about how many
    assert [rows for rows, _ in progress] == sorted(rows for rows, _ in progress)
    assert any(bar_shown)
    assert not window.sync_progress.isVisible()  # gone when it is done
    with source.read() as s:
        expected_messages = s.scalar(select(func.count()).select_from(Message))
    with window.services.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == expected_messages
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    window.close()


def test_without_a_kept_password_the_window_asks_for_it_at_start(
    qtbot: QtBot, qapp: QApplication, server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    apply_theme(qapp)
    add_agent(server_url, "ask_maja", "maja-pw", name="Maja", email="maja@shop.test")
    store = desktop("d")
    first = open_window(qtbot, store, clock, None)
    first.sync.save_config(server_url, "ask_maja", "maja-pw", remember=False)  # this session only
    first.close()
    window = open_window(qtbot, store, clock, None)  # the next start: no password kept anywhere
    qtbot.waitUntil(lambda: window.server_dialog is not None and window.server_dialog.isVisible())
    dialog = window.server_dialog
    assert dialog is not None and "Enter your server password" in dialog.test_result.text()
    assert dialog.user.text() == "ask_maja"
    dialog.password.setText("maja-pw")
    assert dialog.save()
    qtbot.waitUntil(lambda: window.sync.online is True, timeout=20_000)
    window.close()
