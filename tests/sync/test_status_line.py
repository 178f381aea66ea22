# SPDX-License-Identifier: GPL-3.0-or-later
"""The status line counts the changes waiting when it is shown, not when the last sync failed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.store.database import Store

from ..conftest import _free_port
from .test_window_sync import open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_server_unreachable_counts_the_changes_written_after_the_sync_failed(
    qtbot: QtBot, qapp: QApplication, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    window = open_window(qtbot, desktop("alone"), clock, None)
    url = f"postgresql+psycopg://127.0.0.1:{_free_port()}/shop"  # nothing listens there
    window.sync.save_config(url, "anna", "pw", remember=False)
    window.sync.start()
    qtbot.waitUntil(lambda: window.sync.online is False, timeout=20_000)
    assert window.sync_button.text() == "Server unreachable — no local changes are waiting."

    customer = window.services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    window.services.inbox.create_conversation(customer, "phone", "Invoice question", "Please call.")
    window.sync.nudge()
    assert window.sync.pending >= 2
    assert window.sync_button.text() == (
        f"Server unreachable — {window.sync.pending} changes are kept and will be sent when it is back."
    )
    window.close()
