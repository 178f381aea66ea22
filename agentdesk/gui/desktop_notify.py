# SPDX-License-Identifier: GPL-3.0-or-later
"""Desktop notifications: Qt's system tray where the desktop has one, freedesktop notifications
over D-Bus (``org.freedesktop.Notifications``) on Linux desktops without a tray (GNOME), nothing
elsewhere (offscreen, a desktop with neither) — the bell's list always has them.

A click on a notification asks to open its conversation (``open_requested``): the tray reports a
click on its last message; the freedesktop server reports the "default" action of the notification
it was given, which is mapped back to its conversation.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger("agentdesk.gui.desktop_notify")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 15_000
MAX_REMEMBERED = 200  # freedesktop ids kept to map clicks back


class DesktopNotifier(QObject):
    """Shows a title and a line as a desktop notification; ``open_requested`` on a click."""

    open_requested = Signal(uuid.UUID)

    def __init__(self, parent: QObject | None = None, *, tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(parent)
        self._last: uuid.UUID | None = None
        self._by_id: dict[int, uuid.UUID] = {}
        self.tray = tray
        icon = QGuiApplication.windowIcon()
        if tray is None and QSystemTrayIcon.isSystemTrayAvailable() and not icon.isNull():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("AgentDesk"))
            self.tray.show()
        if self.tray is not None:
            self.tray.messageClicked.connect(self._tray_clicked)
        self._bus = None if self.tray is not None else self._freedesktop()

    @property
    def available(self) -> bool:
        """Whether anything reaches the desktop (a tray or a notification server)."""
        return self.tray is not None or self._bus is not None

    @property
    def backend(self) -> str:
        return "tray" if self.tray is not None else "freedesktop" if self._bus is not None else "none"

    def _freedesktop(self) -> object | None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:  # a Qt without D-Bus (Windows, macOS builds)
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        if not interface.isValid():
            return None
        bus.connect(SERVICE, PATH, SERVICE, "ActionInvoked", self, b"_action_invoked(uint,QString)")
        return interface

    def show(self, title: str, text: str, conversation_id: uuid.UUID | None, *, urgent: bool = False) -> None:
        if self.tray is not None and self.tray.isVisible():
            self._last = conversation_id
            icon = QSystemTrayIcon.MessageIcon.Warning if urgent else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(title, text, icon, TIMEOUT_MS)
            return
        if self._bus is None:
            return
        from PySide6.QtDBus import QDBus, QDBusInterface

        interface = self._bus
        assert isinstance(interface, QDBusInterface)
        hints = {"urgency": 2 if urgent else 1, "desktop-entry": "agentdesk"}
        actions = ["default", self.tr("Open")] if conversation_id is not None else []
        reply = interface.call(
            QDBus.CallMode.Block, "Notify", "AgentDesk", 0, "", title, text, actions, hints, TIMEOUT_MS
        )
        args = reply.arguments()
        if conversation_id is not None and args and isinstance(args[0], int):
            if len(self._by_id) >= MAX_REMEMBERED:
                self._by_id.pop(next(iter(self._by_id)))
            self._by_id[int(args[0])] = conversation_id
        elif not args:
            log.info("desktop notification not shown: %s", reply.errorMessage())

    def _tray_clicked(self) -> None:
        if self._last is not None:
            self.open_requested.emit(self._last)

    @Slot(int, str)
    def _action_invoked(self, notification_id: int, action: str) -> None:
        conversation_id = self._by_id.get(int(notification_id))
        if conversation_id is not None and action == "default":
            self.open_requested.emit(conversation_id)


__all__ = ["DesktopNotifier"]
