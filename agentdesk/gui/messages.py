# SPDX-License-Identifier: GPL-3.0-or-later
"""A small bridge for messages meant for the agent.

Whatever notices a problem the environment caused (a locked database, a file that cannot be
written) calls ``error`` or ``info`` with one plain sentence; the window decides how to show it. The
bridge is a ``QObject``, so a call from a worker thread is delivered on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("agentdesk.gui.messages")


class MessageBridge(QObject):
    error_shown = Signal(str)
    info_shown = Signal(str)

    def error(self, text: str) -> None:
        log.warning("shown to the user: %s", text)
        self.error_shown.emit(text)

    def info(self, text: str) -> None:
        self.info_shown.emit(text)
