# SPDX-License-Identifier: GPL-3.0-or-later
"""The strip above the timeline: one sentence, an error or a notice, with at most one button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from agentdesk.gui import icons, theme


def _strip_colours(kind: str) -> tuple[str, str, str, str]:
    """(background, border, text, icon) of the pane's message strip by kind."""
    if kind == "review":
        return theme.SELECTION, theme.SELECTION_BORDER, theme.ACCENT, "mdi6.message-alert-outline"
    if kind == "info":
        return theme.HOVER, theme.BORDER, theme.TEXT_MUTED, "mdi6.information-outline"
    return theme.MESSAGE_BAR_BG, theme.MESSAGE_BAR_BORDER, theme.DANGER, "mdi6.alert-circle-outline"


class MessageStrip(QWidget):
    """One sentence above the timeline: an error, or the "new activity" notice with its button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.setSpacing(8)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("paneStripText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.hide()
        self.close_button = QToolButton()
        self.close_button.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self._action: Callable[[], None] | None = None
        self._action_text = ""
        self.button.clicked.connect(self._run_action)
        self.hide()

    def show_message(
        self, text: str, kind: str = "error", action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        background, border, colour, icon = _strip_colours(kind)
        self.kind = kind
        self.setStyleSheet(
            f"QWidget#paneStrip {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"QLabel#paneStripText {{ color: {colour}; }}"
            f"QToolButton {{ color: {colour}; font-weight: 600; }}"
        )
        self.icon.setPixmap(icons.icon(icon, colour).pixmap(16, 16))
        self.text.setText(text)
        self._action = action[1] if action else None
        self._action_text = action[0] if action else ""
        self.button.setText(self._action_text)
        self.button.setVisible(action is not None)
        self.show()

    def dismiss(self) -> None:
        self.kind = ""
        self.hide()

    def restyle(self) -> None:
        """After a theme switch: the same message in the new colours."""
        if self.kind:
            action = (self._action_text, self._action) if self._action is not None else None
            self.show_message(self.text.text(), self.kind, action)
        self.close_button.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()
