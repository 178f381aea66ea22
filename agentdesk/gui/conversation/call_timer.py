# SPDX-License-Identifier: GPL-3.0-or-later
"""The call timer in the composer of a phone conversation: how long the call took.

Start when the call begins, Stop when it ends; or type the minutes. The reply that logs the call
carries the length (``inbox.call_duration``), and the average handling time counts it instead of
an estimate. The timer reads the injected clock, so a test drives it without waiting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from agentdesk.clock import SystemClock
from agentdesk.inbox.call_duration import MAX_CALL_SECONDS


class CallTimer(QWidget):
    """Start/Stop, the running time, and a minutes field the agent may set by hand."""

    def __init__(self, now: Callable[[], dt.datetime] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callTimer")
        self._now = now or SystemClock().now
        self._started: dt.datetime | None = None
        self._elapsed = 0.0
        self.button = QPushButton(self.tr("Start call"))
        self.button.setObjectName("callTimerButton")
        self.button.setToolTip(self.tr("Time the call: its length is kept with the logged reply"))
        self.button.clicked.connect(self.toggle)
        self.running = QLabel("0:00")
        self.running.setObjectName("callTimerTime")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("callMinutes")
        self.minutes.setRange(0, MAX_CALL_SECONDS // 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Length"))
        self.minutes.setToolTip(self.tr("The call's length in minutes, if you did not time it"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.button)
        layout.addWidget(self.running)
        layout.addWidget(self.minutes)
        layout.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show)

    def toggle(self) -> None:
        """Start the call, or stop it (the minutes field then shows its length)."""
        if self._started is None:
            self._started = self._now()
            self.button.setText(self.tr("Stop call"))
            self._tick.start()
        else:
            self._elapsed += max((self._now() - self._started).total_seconds(), 0.0)
            self._started = None
            self.button.setText(self.tr("Start call"))
            self._tick.stop()
            self.minutes.setValue(min(round(self._elapsed / 60), self.minutes.maximum()))
        self._show()

    def seconds(self) -> int | None:
        """The call's length: the timed seconds (up to now while it runs), or the minutes typed in
        after it was changed by hand; None when there is nothing."""
        timed = self._elapsed
        if self._started is not None:
            timed += max((self._now() - self._started).total_seconds(), 0.0)
        typed = self.minutes.value() * 60
        if typed and abs(typed - timed) >= 60:  # the agent's own figure wins
            return min(typed, MAX_CALL_SECONDS)
        return min(round(timed), MAX_CALL_SECONDS) or None

    def reset(self) -> None:
        """A new call: nothing timed, nothing typed."""
        self._started, self._elapsed = None, 0.0
        self._tick.stop()
        self.button.setText(self.tr("Start call"))
        self.minutes.setValue(0)
        self._show()

    def _show(self) -> None:
        total = self._elapsed
        if self._started is not None:
            total += max((self._now() - self._started).total_seconds(), 0.0)
        whole = int(total)
        hours, rest = divmod(whole, 3600)
        text = f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
        self.running.setText(text)
