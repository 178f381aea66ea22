# SPDX-License-Identifier: GPL-3.0-or-later
"""What the parts of the conversation pane share, and the one way they change the conversation.

Every part gets the same ``PaneContext``: the workspace's services, the conversation on show (set
by the pane before the parts are told) and the mail desk when the window has one. A part that
changes the conversation calls ``act``; a part that has something to tell the agent calls ``say``.
The pane listens: ``acted`` (show the conversation again and tell the window), ``said`` (the
strip). The parts never call each other or the pane.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons
from agentdesk.gui.mail_desk import MailDesk
from agentdesk.inbox.queries import ConversationDetail
from agentdesk.services import Services

# A button in the strip: its text and what it does.
StripAction = tuple[str, Callable[[], None]]


def pane_action(
    host: QWidget, text: str, slot: Callable[[], object], icon: str | None = None, shortcut: str | None = None
) -> QAction:
    """An action of a pane part: on ``host`` (so its key works while the pane has focus), calling
    ``slot`` without the checked flag."""
    action = QAction(text, host)
    if icon:
        action.setIcon(icons.icon(icon))
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    host.addAction(action)
    return action


class PaneContext(QObject):
    acted = Signal(object)  # conversation id: a change went through
    said = Signal(str, str, object)  # text, kind ("error", "info", "review"), StripAction or None

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail: ConversationDetail | None = None
        self.mail: MailDesk | None = None  # set by the window: replies on email go out by mail
        # set by the window: the agent's signature template for a language (Settings → Signature)
        self.signature: Callable[[uuid.UUID | None, str], str] | None = None

    @property
    def conversation_id(self) -> uuid.UUID | None:
        return self.detail.id if self.detail is not None else None

    def act(self, change: Callable[[uuid.UUID], object]) -> bool:
        """Run one change on the conversation on show; False (the reason said) when refused."""
        detail = self.detail
        if detail is None:
            return False
        try:
            change(detail.id)
        except AgentDeskError as exc:
            self.say(exc.message, "error")
            return False
        self.acted.emit(detail.id)
        return True

    def say(self, text: str, kind: str = "error", action: StripAction | None = None) -> None:
        self.said.emit(text, kind, action)
