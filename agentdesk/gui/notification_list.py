# SPDX-License-Identifier: GPL-3.0-or-later
"""The bell in the top bar with the agent's unread count, and the list it opens.

The list shows the newest notifications, unread ones in bold; a click (or Enter) opens the
conversation and marks the notification read. A summary of a burst ("50 changes while you were
offline") opens into what it stands for. Texts are made here from the stored facts, in the
window's language (``describe``).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.labels import translate
from agentdesk.notifications.feed import Item
from agentdesk.notifications.kinds import Kind

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_BADGE = 99


def _ref(item: Item) -> str:
    if item.number is not None:
        return f"#{item.number}"
    return translate("NotificationList", "New conversation")


def _target(name: object) -> str:
    return {
        "first_response": translate("SlaText", "First response"),
        "next_response": translate("SlaText", "Next response"),
        "resolution": translate("SlaText", "Resolution"),
    }.get(str(name), translate("NotificationList", "A target"))


def describe(item: Item) -> tuple[str, str]:
    """The title and the line of a notification, in the window's language."""
    ref, subject = _ref(item), item.subject or translate("NotificationList", "(no subject)")
    kind = item.kind
    if kind == Kind.SUMMARY:
        title = translate("NotificationList", "%n change(s) while you were away", "", item.count)
        return title, translate("NotificationList", "Open to see them one by one")
    if kind == Kind.ASSIGNED:
        if item.actor_name:
            title = translate("NotificationList", "%1 assigned %2 to you").replace("%1", item.actor_name)
        else:
            title = translate("NotificationList", "%2 was assigned to you by a rule")
        return title.replace("%2", ref), subject
    if kind == Kind.CUSTOMER_REPLIED:
        return translate("NotificationList", "The customer replied on %1").replace("%1", ref), subject
    if kind == Kind.FOLLOW_UP_DUE:
        return translate("NotificationList", "Follow-up due on %1").replace("%1", ref), subject
    if kind == Kind.MENTIONED:
        who = item.actor_name or translate("NotificationList", "A colleague")
        return translate("NotificationList", "%1 mentioned you on %2").replace("%1", who).replace(
            "%2", ref
        ), subject
    if kind == Kind.SLA_WARNING:
        title = translate("NotificationList", "%1 is due soon on %2")
        return title.replace("%1", _target(item.data.get("target"))).replace("%2", ref), subject
    if kind == Kind.SLA_BREACH:
        title = translate("NotificationList", "%1 is overdue on %2")
        return title.replace("%1", _target(item.data.get("target"))).replace("%2", ref), subject
    if item.data.get("reason") == "customer":
        return translate("NotificationList", "%1 is back: the customer wrote").replace("%1", ref), subject
    return translate("NotificationList", "%1 is back from snooze").replace("%1", ref), subject


class NotificationBell(QToolButton):
    """The bell with the unread count beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.unread = 0
        self.set_unread(0)
        self.refresh_look()

    def set_unread(self, count: int) -> None:
        self.unread = count
        self.setText(str(min(count, MAX_BADGE)) + ("+" if count > MAX_BADGE else "") if count else "")
        tip = (
            translate("NotificationList", "%n unread notification(s)", "", count)
            if count
            else translate("NotificationList", "Notifications: nothing unread")
        )
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.refresh_look()

    def refresh_look(self) -> None:
        name = "mdi6.bell-badge-outline" if self.unread else "mdi6.bell-outline"
        colour = theme.TOP_BAR_TEXT if self.unread else theme.TOP_BAR_MUTED
        self.setIcon(icons.icon(name, colour))
        weight = "bold" if self.unread else "normal"
        self.setStyleSheet(
            f"QToolButton {{ color: {theme.TOP_BAR_TEXT}; border: none; padding: 3px 6px; "
            f"font-weight: {weight}; }}"
            f"QToolButton:hover {{ background: {theme.SEARCH_BG}; border-radius: 6px; }}"
        )


class NotificationList(QFrame):
    """The list the bell opens, as a popup under it."""

    open_requested = Signal(uuid.UUID)
    read = Signal(list)  # ids marked read
    all_read = Signal()
    summary_opened = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        self.title = QLabel(translate("NotificationList", "Notifications"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.back = QPushButton(translate("NotificationList", "Back"))
        self.back.hide()
        self.mark_all = QPushButton(translate("NotificationList", "Mark all read"))
        header.addWidget(self.back)
        header.addWidget(self.title, 1)
        header.addWidget(self.mark_all)
        layout.addLayout(header)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(translate("NotificationList", "No notifications yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.resize(420, 460)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.mark_all.clicked.connect(self.all_read.emit)
        self.back.clicked.connect(lambda: self.summary_opened.emit(uuid.UUID(int=0)))
        self._items: list[Item] = []

    def set_items(self, items: list[Item], *, inside_summary: bool = False) -> None:
        self._items = list(items)
        self.back.setVisible(inside_summary)
        self.mark_all.setVisible(not inside_summary)
        self.list.clear()
        for n in items:
            title, line = describe(n)
            when = labels.local_time(n.created_at)
            entry = QListWidgetItem(f"{title}\n{line} · {when}")
            entry.setData(ITEM_ROLE, n)
            entry.setIcon(icons.icon(_ICONS.get(n.kind, "mdi6.bell-outline")))
            entry.setToolTip(f"{title}\n{line}")
            if not n.read:
                bold = QFont(self.list.font())
                bold.setBold(True)
                entry.setFont(bold)
            self.list.addItem(entry)
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        if items:
            self.list.setCurrentRow(0)

    def items(self) -> list[Item]:
        return list(self._items)

    def popup_under(self, anchor: QWidget) -> None:
        below = anchor.mapToGlobal(QPoint(anchor.width() - self.width(), anchor.height()))
        screen = anchor.screen().availableGeometry() if anchor.screen() is not None else None
        if screen is not None:
            below.setX(max(screen.left(), min(below.x(), screen.right() - self.width())))
        self.move(below)
        self.show()
        self.list.setFocus()

    def _activated(self, entry: QListWidgetItem) -> None:
        item = entry.data(ITEM_ROLE)
        if not isinstance(item, Item):
            return
        self.read.emit([item.id])
        if item.kind == Kind.SUMMARY:
            self.summary_opened.emit(item.id)
            return
        if item.conversation_id is not None:
            self.hide()
            self.open_requested.emit(item.conversation_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and self.back.isVisible():
            self.back.click()
            return
        super().keyPressEvent(event)


_ICONS = {
    Kind.ASSIGNED: "mdi6.account-arrow-left-outline",
    Kind.CUSTOMER_REPLIED: "mdi6.email-arrow-left-outline",
    Kind.FOLLOW_UP_DUE: "mdi6.calendar-clock-outline",
    Kind.MENTIONED: "mdi6.at",
    Kind.SLA_WARNING: "mdi6.timer-sand",
    Kind.SLA_BREACH: "mdi6.alert-octagon-outline",
    Kind.SNOOZE_ENDED: "mdi6.alarm",
    Kind.SUMMARY: "mdi6.bell-ring-outline",
}


__all__ = ["NotificationBell", "NotificationList", "describe"]
