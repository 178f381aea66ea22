# SPDX-License-Identifier: GPL-3.0-or-later
"""The agent's availability in the top bar: available (takes conversations automatically), busy
or away (takes none). A coloured dot and the word; a click opens the three choices."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.services import Services

COLOURS = {"available": "#2e9d57", "busy": "#d08a12", "away": "#8a8f98"}


def availability_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "available": QCoreApplication.translate("Availability", "Available"),
        "busy": QCoreApplication.translate("Availability", "Busy"),
        "away": QCoreApplication.translate("Availability", "Away"),
    }.get(status, status)


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class AvailabilityButton(QToolButton):
    """Shows and sets the availability of the agent at this desk (hidden without one)."""

    failed = Signal(str)
    changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availabilityButton")
        self.services = services
        self.status = "away"
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(
            self.tr("Your availability: only available agents are given new conversations automatically")
        )
        menu = QMenu(self)
        group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        for status in COLOURS:
            action = QAction(_dot(COLOURS[status]), availability_label(status), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            group.addAction(action)
            menu.addAction(action)
            self.choices[status] = action
        self.setMenu(menu)
        self.setStyleSheet(
            f"QToolButton {{ color: {theme.TOP_BAR_TEXT}; border: none; padding: 3px 6px; }}"
            f"QToolButton:hover {{ background: {theme.SEARCH_BG}; border-radius: 6px; }}"
            "QToolButton::menu-indicator { image: none; width: 0; }"
        )
        self.reload()

    @property
    def agent_id(self) -> uuid.UUID | None:
        return self.services.agent_id

    def reload(self) -> None:
        """Read the status again (another desk of the same agent may have changed it)."""
        agent_id = self.agent_id
        self.setVisible(agent_id is not None)
        if agent_id is None:
            return
        try:
            self.status = self.services.availability.status_of(agent_id).status
        except AgentDeskError as exc:
            self.failed.emit(exc.message)
            return
        self._show()

    def _show(self) -> None:
        self.setIcon(_dot(COLOURS.get(self.status, COLOURS["away"])))
        self.setText(availability_label(self.status))
        if self.status in self.choices:
            self.choices[self.status].setChecked(True)

    def set_status(self, status: str) -> None:
        agent_id = self.agent_id
        if agent_id is None:
            return
        try:
            self.services.availability.set_status(agent_id, status)
        except AgentDeskError as exc:
            self.failed.emit(exc.message)
            return
        self.status = status
        self._show()
        self.changed.emit(status)
