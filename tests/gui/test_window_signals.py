# SPDX-License-Identifier: GPL-3.0-or-later
"""SIGTERM and Ctrl+C close the window the way its close button does: the draft being typed is
saved, the database is closed cleanly (its WAL checkpointed away) and the exit status is 0 (130
for Ctrl+C)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from agentdesk.app import run_app
from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo, default_anchor
from agentdesk.gui.main_window import MainWindow
from agentdesk.inbox.drafts import DraftService
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Conversation

NOW = "2026-11-23T09:00:00+00:00"
READY = "agentdesk.app: window open on "  # logged at INFO once the window shows and signals are handled


def _demo(path: Path, clock: FixedClock) -> None:
    store = open_store(path)
    try:
        build_demo(store, 20, anchor=default_anchor(clock.now()))
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 0), (signal.SIGINT, 130)])
def test_a_signal_closes_the_window_and_the_database_cleanly(
    tmp_path: Path, clock: FixedClock, signum: int, code: int
) -> None:
    db = tmp_path / "shop.sqlite"
    _demo(db, clock)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENTDESK_LOG": "INFO",
        "AGENTDESK_NOW": NOW,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "--db", str(db)], stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stderr is not None
        seen: list[str] = []
        for line in process.stderr:  # ends when the process does: then the assert below says why
            seen.append(line)
            if line.startswith(READY):
                break
        assert seen and seen[-1].startswith(READY), "".join(seen)
        assert (tmp_path / "shop.sqlite-wal").exists()  # open: the database is in use
        process.send_signal(signum)
        started = time.monotonic()
        assert process.wait(timeout=15) == code, process.stderr.read()
        assert time.monotonic() - started < 10
        rest = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "Traceback" not in rest
    assert not (tmp_path / "shop.sqlite-wal").exists()  # the last connection closed cleanly
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_draft_typed_just_before_sigterm_is_kept(
    qapp: QApplication, tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    build_demo(store, 20, anchor=default_anchor(clock.now()))
    with store.read() as session:
        conversation_id, number = session.execute(
            select(Conversation.id, Conversation.number).order_by(Conversation.number.desc()).limit(1)
        ).one()
    text = "Thank you for waiting, I have looked at your order"
    outcome: list[str] = []

    def type_then_terminate() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, type_then_terminate)
            return
        window = windows[0]
        window.open_conversation(number)
        window.pane.composer.editor.insertPlainText(text)  # saved by a timer, not yet
        if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
            outcome.append("SIGTERM is not handled: the test would end the test run")
            window.close()
            return
        os.kill(os.getpid(), signal.SIGTERM)

    QTimer.singleShot(0, type_then_terminate)
    assert run_app(store, ["agentdesk"], clock) == 0
    assert outcome == []
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # left as it was
    draft = DraftService(store, clock).load(conversation_id)
    assert draft is not None and draft.body == text
