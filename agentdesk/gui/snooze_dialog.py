# SPDX-License-Identifier: GPL-3.0-or-later
"""Snooze until…: later today, tomorrow morning, next week or a date and time of the agent's
choosing. The ready-made times come from ``agentdesk.inbox.snooze.choices`` (mornings at the SLA
calendar's opening where the conversation has one). The dialog says what snooze does and does not
do: it comes back at that time or at once when the customer writes, and it pauses no SLA clock by
itself — only the status Pending (waiting on the customer) does.

Keyboard: the list of choices has the focus (arrows, Enter snoozes); "A date and time…" moves on
to the date field; Esc cancels.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import ValidationError
from agentdesk.gui import labels, theme
from agentdesk.gui.labels import translate
from agentdesk.inbox.snooze import SnoozeFacts, check_until, choices
from agentdesk.store.models import Status

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOM = "custom"


def local_zone() -> dt.tzinfo:
    """The machine's time zone (the one the window shows times in)."""
    try:
        return zoneinfo.ZoneInfo(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, UnicodeDecodeError):
        zone = dt.datetime.now().astimezone().tzinfo
        return zone if zone is not None else dt.UTC


class SnoozeDialog(QDialog):
    """Asks until when; ``chosen`` holds the time (aware UTC) once accepted."""

    def __init__(
        self,
        now: dt.datetime,
        facts: SnoozeFacts,
        parent: QWidget | None = None,
        *,
        zone: dt.tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self._now = now
        self.chosen: dt.datetime | None = None
        ref = (
            f"#{facts.number}" if facts.number is not None else translate("SnoozeDialog", "this conversation")
        )
        self.setWindowTitle(translate("SnoozeDialog", "Snooze %1").replace("%1", ref))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("SnoozeDialog", "Snooze until…"))
        intro.setObjectName("snoozeIntro")
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("snoozeChoices")
        names = {
            "later_today": translate("SnoozeDialog", "Later today"),
            "tomorrow": translate("SnoozeDialog", "Tomorrow morning"),
            "next_week": translate("SnoozeDialog", "Next week"),
        }
        self._times: dict[str, dt.datetime] = {}
        for choice in choices(now, zone or local_zone(), facts.calendar):
            self._times[choice.key] = choice.at
            text = f"{names[choice.key]} · {labels.local_datetime(choice.at)}"
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, choice.key)
            item.setToolTip(labels.local_datetime(choice.at))
            self.list.addItem(item)
        custom = QListWidgetItem(translate("SnoozeDialog", "A date and time…"))
        custom.setData(KEY_ROLE, CUSTOM)
        self.list.addItem(custom)
        self.list.setCurrentRow(0)
        rows = self.list.count()
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        intro.setBuddy(self.list)
        layout.addWidget(self.list)
        self.when = QDateTimeEdit()
        self.when.setObjectName("snoozeWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = self._times.get("tomorrow", now + dt.timedelta(days=1))
        self.when.setDateTime(QDateTime.fromMSecsSinceEpoch(int(start.timestamp() * 1000)))
        self.when.setMinimumDateTime(QDateTime.fromMSecsSinceEpoch(int(now.timestamp() * 1000)))
        self.when.setEnabled(False)
        when_label = QLabel(translate("SnoozeDialog", "&Date and time:"))
        when_label.setBuddy(self.when)
        layout.addWidget(when_label)
        layout.addWidget(self.when)
        back = QLabel(
            translate("SnoozeDialog", "It comes back at that time, or at once when the customer writes.")
        )
        back.setWordWrap(True)
        layout.addWidget(back)
        if facts.status == Status.PENDING.value:
            sla = translate(
                "SnoozeDialog",
                "Its SLA clocks are paused because it is waiting on the customer (Pending), "
                "not because of the snooze.",
            )
        else:
            sla = translate(
                "SnoozeDialog",
                "Snooze pauses nothing in the SLA: its clocks keep running unless the status is Pending "
                "(waiting on the customer).",
            )
        self.sla_note = QLabel(sla)
        self.sla_note.setObjectName("snoozeSlaNote")
        self.sla_note.setWordWrap(True)
        self.sla_note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        layout.addWidget(self.sla_note)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(translate("SnoozeDialog", "Snooze"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._choice_changed())
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        self.setMinimumWidth(420)
        self.list.setFocus()

    def _key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else CUSTOM

    def _choice_changed(self) -> None:
        custom = self._key() == CUSTOM
        self.when.setEnabled(custom)
        self.error.hide()

    def moment(self) -> dt.datetime:
        key = self._key()
        if key != CUSTOM:
            return self._times[key]
        return dt.datetime.fromtimestamp(self.when.dateTime().toMSecsSinceEpoch() / 1000, dt.UTC)

    def _accept(self) -> None:
        if self._key() == CUSTOM and self.focusWidget() is self.list:
            self.when.setFocus()  # Enter on "A date and time…" moves on to the field
            return
        try:
            self.chosen = check_until(self.moment(), self._now)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()  # from the list or the field; the buttons' Enter is this too
            return
        super().keyPressEvent(event)


__all__ = ["SnoozeDialog", "local_zone"]
