# SPDX-License-Identifier: GPL-3.0-or-later
"""IMAP IDLE against Dovecot: mail is announced within seconds, a stop ends the wait within a
second, and the window fetches announced mail long before its next poll."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.gui.mail_desk import DeskPasswords
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.mail.accounts import KeyringPasswords, MailAccounts, open_imap
from agentdesk.mail.idle import IdleWatcher, supports_idle, wait_for_mail
from agentdesk.services import build_services
from agentdesk.store.models import Conversation

from .conftest import PASSWORD, Dovecot, MailSetup, MemoryKeyring
from .test_fetch import ALTERNATIVE_1252, TEXT_ONLY_DE

pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


def test_the_server_announces_new_mail_and_a_stop_ends_the_wait(
    mail_setup: MailSetup, dovecot: Dovecot
) -> None:
    settings = MailAccounts(mail_setup.store).get(mail_setup.account_id)
    conn = open_imap(settings, PASSWORD)
    try:
        assert supports_idle(conn)
        stop = threading.Event()
        timer = threading.Timer(0.5, lambda: dovecot.append(mail_setup.user, TEXT_ONLY_DE))
        timer.start()
        started = time.monotonic()
        assert wait_for_mail(conn, "INBOX", stop, max_seconds=20)
        assert time.monotonic() - started < 10
        # The connection is usable after IDLE; a stop ends the next wait within a second or two.
        assert conn.noop()[0] == "OK"
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        assert not wait_for_mail(conn, "INBOX", stop, max_seconds=20)
        assert time.monotonic() - started < 3
    finally:
        conn.logout()


def test_a_watcher_with_a_wrong_password_gives_way_to_polling(mail_setup: MailSetup) -> None:
    settings = MailAccounts(mail_setup.store).get(mail_setup.account_id)

    class Wrong:
        def get(self, account_id: object, protocol: str) -> str:
            return "not-the-password"

    woken: list[object] = []
    watcher = IdleWatcher(mail_setup.account_id, settings, Wrong(), woken.append, retry_seconds=30)
    watcher.start()
    time.sleep(1.5)
    assert not watcher.idling.is_set() and woken == []  # nothing crashed; it waits to try again
    watcher.stop.set()
    watcher.join(timeout=5)
    assert not watcher.is_alive()


def test_the_window_fetches_announced_mail_before_its_next_poll(
    qtbot: QtBot,
    qapp: QApplication,
    mail_setup: MailSetup,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    clock: FixedClock,
) -> None:
    apply_theme(qapp)
    window = MainWindow(
        build_services(mail_setup.store, clock),
        MessageBridge(),
        Preferences(),
        mail_passwords=DeskPasswords(KeyringPasswords(memory_keyring)),
    )
    qtbot.addWidget(window)
    desk = window.mail
    assert desk.timer.interval() == 60_000
    qtbot.waitUntil(
        lambda: bool(desk.watchers) and all(w.idling.is_set() for w in desk.watchers.values()), timeout=10_000
    )
    qtbot.waitUntil(lambda: desk.last is not None, timeout=10_000)  # the first round: nothing yet

    def conversations() -> int:
        with mail_setup.store.read() as session:
            return int(session.scalar(select(func.count()).select_from(Conversation)) or 0)

    assert conversations() == 0
    dovecot.append(mail_setup.user, ALTERNATIVE_1252)
    qtbot.waitUntil(lambda: conversations() == 1, timeout=15_000)  # well before the minute is up
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)  # and the list shows it
    window.close()
    assert desk.watchers == {}


def test_mail_watch_fetches_announced_mail_before_its_next_poll(
    mail_setup: MailSetup, dovecot: Dovecot, clock: FixedClock
) -> None:
    from agentdesk.mail.service import MailService

    service = MailService(mail_setup.store, mail_setup.passwords)
    stop = threading.Event()
    rounds: list[object] = []
    thread = threading.Thread(target=service.watch, args=(stop, 60.0, rounds.append), daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while len(rounds) < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)  # the watcher is in IDLE by now
        dovecot.append(mail_setup.user, TEXT_ONLY_DE)
        deadline = time.monotonic() + 15
        while len(rounds) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(rounds) >= 2  # a second round, long before the 60 s poll
        with mail_setup.store.read() as session:
            assert session.scalar(select(func.count()).select_from(Conversation)) == 1
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
