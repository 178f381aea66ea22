# SPDX-License-Identifier: GPL-3.0-or-later
"""Work that may wait (the SLA catch-up of ``agentdesk --db``) starts once the window has painted
its first frame, not before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from agentdesk.app import run_app
from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo, default_anchor
from agentdesk.gui.main_window import MainWindow
from agentdesk.store.database import Store


def test_after_painted_runs_once_the_window_has_painted(
    qapp: QApplication, tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    build_demo(store, 20, anchor=default_anchor(clock.now()))
    painted_when_called: list[bool] = []

    def after_painted() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        painted_when_called.append(bool(windows) and windows[0].is_painted())
        QTimer.singleShot(50, windows[0].close)  # a little later: it must not run twice

    assert run_app(store, ["agentdesk"], clock, after_painted=after_painted) == 0
    assert painted_when_called == [True]
