# SPDX-License-Identifier: GPL-3.0-or-later
"""The cycle collector runs on the GUI thread, by Python's own thresholds, never by itself."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from agentdesk.gui.gc_guard import GuiThreadCollector, install


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.widget: QWidget | None = None


def test_cycles_holding_widgets_are_freed_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    threshold = gc.get_threshold()
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        freed_in: list[str] = []
        cycle = _Cycle()
        cycle.widget = QWidget()
        cycle.widget.destroyed.connect(lambda: freed_in.append(threading.current_thread().name))
        del cycle

        def allocate() -> None:  # a worker that allocates well past the collector's thresholds
            junk = [[_Cycle()] for _ in range(threshold[0] * 3)]
            del junk

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert freed_in == []  # the worker's allocations started no collection
        qtbot.waitUntil(lambda: freed_in == [threading.main_thread().name], timeout=5_000)
    finally:
        collector.deleteLater()
        gc.enable()


def test_the_application_has_one_collector(qapp: QApplication) -> None:
    try:
        first = install(qapp)
        assert install(qapp) is first
    finally:
        first.deleteLater()
        gc.enable()
