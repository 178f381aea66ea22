# SPDX-License-Identifier: GPL-3.0-or-later
"""The strip at the top: the name, the search field, the dashboard and who works at this desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton, QWidget

from agentdesk.gui import icons, theme
from agentdesk.gui.search_bar import SearchField


class TopBar(QWidget):
    """Name, the search field and who works at this desk (a click opens the settings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.setSpacing(10)
        self.logo = QLabel()
        self.name = QLabel(self.tr("AgentDesk"))
        self.name.setObjectName("appName")
        self.search = SearchField()
        self.agent = QToolButton()
        self.agent.setObjectName("agentButton")
        self.agent.setAutoRaise(True)
        self.agent.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.agent.setToolTip(self.tr("The agent working at this desk; click to change"))
        layout.addWidget(self.logo)
        layout.addWidget(self.name)
        layout.addSpacing(18)
        layout.addWidget(self.search, 3)
        layout.addStretch(1)
        self.dashboard = QToolButton()
        self.dashboard.setObjectName("dashboardButton")
        self.dashboard.setAutoRaise(True)
        self.dashboard.setText(self.tr("Dashboard"))
        self.dashboard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.dashboard)
        layout.addWidget(self.agent)
        self.refresh_look()

    def add_bell(self, bell: QWidget) -> None:
        """The notifications' bell, placed before the dashboard button."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.indexOf(self.dashboard), bell)

    def set_dashboard_keys(self, keys: str) -> None:
        """The dashboard button's tooltip names the keys the registry gave the dashboard."""
        self.dashboard.setToolTip(self.tr("Queues, load and key figures (%1)").replace("%1", keys))

    def refresh_look(self) -> None:
        self.logo.setPixmap(icons.icon("mdi6.headset", theme.TOP_BAR_TEXT).pixmap(20, 20))
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        self.name.setFont(font)
        self.agent.setIcon(icons.icon("mdi6.account-circle-outline", theme.TOP_BAR_MUTED))
        self.dashboard.setIcon(icons.icon("mdi6.view-dashboard-outline", theme.TOP_BAR_MUTED))
        style = (
            f"QToolButton {{ color: {theme.TOP_BAR_TEXT}; border: none; padding: 3px 6px; }}"
            f"QToolButton:hover {{ background: {theme.SEARCH_BG}; border-radius: 6px; }}"
        )
        self.dashboard.setStyleSheet(style)
        self.agent.setStyleSheet(style)
        self.search.refresh_icons()
