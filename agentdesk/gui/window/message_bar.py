# SPDX-License-Identifier: GPL-3.0-or-later
"""A dismissible line above the work area for errors the agent should read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from agentdesk.gui import icons, theme


class MessageBar(QWidget):
    """A dismissible line above the content for errors the agent should read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("messageBarText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.refresh_icons()
        self.hide()

    def refresh_icons(self) -> None:
        self.icon.setPixmap(icons.icon("mdi6.alert-circle-outline", theme.DANGER).pixmap(16, 16))
        self.close_button.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.show()
