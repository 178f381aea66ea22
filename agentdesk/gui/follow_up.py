# SPDX-License-Identifier: GPL-3.0-or-later
"""Follow-ups: "see this conversation again then".

The quick choices are mornings (9:00 in the agent's own zone), because that is when a follow-up is
worked, not 24 hours after whenever the agent happened to click: tomorrow, in three days, in a
week. "Pick a date…" covers the rest. Times are computed from the injected clock, so tests and
the menu agree, and handed to ``InboxService.set_follow_up`` as aware UTC times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.labels import translate

MORNING = dt.time(9, 0)


def local_morning(day: dt.date, at: dt.time = MORNING) -> dt.datetime:
    """``at`` on ``day`` in the machine's zone (daylight saving included), as aware UTC."""
    return dt.datetime.combine(day, at).astimezone().astimezone(dt.UTC)


@dataclass(frozen=True)
class FollowUpChoice:
    key: str  # "tomorrow", "three_days", "week"
    label: str
    at: dt.datetime


def follow_up_choices(now: dt.datetime) -> list[FollowUpChoice]:
    """The quick choices at ``now``: tomorrow, in 3 days and in a week, each at 9:00 local."""
    today = now.astimezone().date()
    return [
        FollowUpChoice(
            "tomorrow", translate("FollowUp", "Tomorrow morning"), local_morning(today + dt.timedelta(days=1))
        ),
        FollowUpChoice(
            "three_days", translate("FollowUp", "In 3 days"), local_morning(today + dt.timedelta(days=3))
        ),
        FollowUpChoice(
            "week", translate("FollowUp", "In a week"), local_morning(today + dt.timedelta(days=7))
        ),
    ]


class FollowUpMenu(QMenu):
    """The "Follow up" menu; calls ``choose(at)`` with an aware time, or None to clear."""

    def __init__(
        self,
        now: Callable[[], dt.datetime],
        choose: Callable[[dt.datetime | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("FollowUp", "Follow up"), parent)
        self._now = now
        self._choose = choose
        self.current: dt.datetime | None = None
        self.quick_actions: dict[str, QAction] = {}
        for choice in follow_up_choices(now()):
            action = self.addAction(choice.label)
            action.setData(choice.key)
            action.triggered.connect(lambda _checked=False, key=choice.key: self._quick(key))
            self.quick_actions[choice.key] = action
        self.addSeparator()
        self.pick_action = self.addAction(
            icons.icon("mdi6.calendar-month-outline"), translate("FollowUp", "Pick a date…")
        )
        self.pick_action.triggered.connect(self.pick)
        self.clear_action = self.addAction(
            icons.icon("mdi6.bell-off-outline"), translate("FollowUp", "Clear follow-up")
        )
        self.clear_action.triggered.connect(lambda: self._choose(None))
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Label each quick choice with the moment it means now (the menu may stay up for days)."""
        for choice in follow_up_choices(self._now()):
            action = self.quick_actions[choice.key]
            action.setText(
                translate("FollowUp", "%1 — %2")
                .replace("%1", choice.label)
                .replace("%2", labels.local_datetime(choice.at))
            )
        self.clear_action.setEnabled(self.current is not None)

    def _quick(self, key: str) -> None:
        for choice in follow_up_choices(self._now()):
            if choice.key == key:
                self._choose(choice.at)

    def pick(self) -> None:
        dialog = FollowUpDialog(self._now(), self.current, self.parentWidget())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self._choose(dialog.chosen)


class FollowUpDialog(QDialog):
    """A date and a time; refuses a moment in the past inline instead of closing."""

    def __init__(self, now: dt.datetime, current: dt.datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FollowUp", "Follow up on…"))
        self._now = now
        self.chosen: dt.datetime | None = None
        start = current or follow_up_choices(now)[0].at
        local = QDateTime.fromMSecsSinceEpoch(int(start.timestamp() * 1000))
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        today = now.astimezone().date()
        self.calendar.setMinimumDate(QDate(today.year, today.month, today.day))
        self.calendar.setSelectedDate(local.date())
        self.time = QTimeEdit(local.time())
        self.time.setDisplayFormat("HH:mm")
        time_label = QLabel(translate("FollowUp", "&Time:"))
        time_label.setBuddy(self.time)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(translate("FollowUp", "Set follow-up"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.calendar)
        layout.addWidget(time_label)
        layout.addWidget(self.time)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def moment(self) -> dt.datetime:
        date: QDate = self.calendar.selectedDate()
        time: QTime = self.time.time()
        return local_morning(
            dt.date(date.year(), date.month(), date.day()), dt.time(time.hour(), time.minute())
        )

    def _accept(self) -> None:
        moment = self.moment()
        if moment <= self._now:
            self.error.setText(translate("FollowUp", "Pick a moment in the future."))
            self.error.show()
            return
        self.chosen = moment
        self.accept()
