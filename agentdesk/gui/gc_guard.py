# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when its counters fill up. When that is
a background worker (a search, a file being stored), it may free a window's Qt objects that were
left in reference cycles, and a widget destroyed outside the GUI thread takes the process down.
So the automatic collector is switched off once the application exists, and this timer on the GUI
thread runs the same collections, by the same thresholds, twice a second. When the program ends,
the collector is switched back on and run once while the application still exists, so that no
cycle holding a Qt object is left for the interpreter's own final collection (after Qt is gone).
"""

from __future__ import annotations

import atexit
import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer


class GuiThreadCollector(QObject):
    """Collects cycles on the GUI thread, as often as Python's own thresholds would."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int:
        """Run the collection Python's thresholds ask for now; the generation run (-1: none)."""
        first, second, third = gc.get_count()
        if first <= self._threshold[0]:
            return -1
        generation = 0
        if second > self._threshold[1]:
            generation = 1
            if third > self._threshold[2]:
                generation = 2
        gc.collect(generation)
        return generation


def _collect_at_exit() -> None:
    gc.enable()
    gc.collect()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector (made once, owned by ``app``)."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        return found
    atexit.register(_collect_at_exit)
    return GuiThreadCollector(app)
