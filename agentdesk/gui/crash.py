# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place unexpected exceptions end up while the window runs.

Errors a user can act on (``AgentDeskError``) that escaped to the top are shown as what they are: a
sentence, through the message bridge. Anything else is a bug: it is logged with its traceback
(to the log and to ``crash.log``) and the agent sees a plain dialog saying their saved work is safe
and where the details are. Never a traceback on screen.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agentdesk import __version__
from agentdesk.errors import AgentDeskError
from agentdesk.gui.messages import MessageBridge

log = logging.getLogger("agentdesk.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
DialogShower = Callable[[str, str], None]


def _show_dialog(title: str, text: str) -> None:
    parent: QWidget | None = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


class CrashHandler:
    """Installed as ``sys.excepthook`` (and as the asyncio loop's exception handler) by the app."""

    def __init__(
        self,
        messages: MessageBridge,
        crash_log: Path | None = None,
        show_dialog: DialogShower = _show_dialog,
    ) -> None:
        self.messages = messages
        self.crash_log = crash_log
        self.show_dialog = show_dialog
        self._previous_hook: Callable[..., Any] | None = None
        self._handling = False

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(exc, AgentDeskError):
            self.messages.error(exc.message)
            return
        if self._handling:  # the handler itself failed: fall back to the interpreter's report
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handling = True
        try:
            log.critical("unexpected error", exc_info=(exc_type, exc, tb))
            where = self._write_crash_log((exc_type, exc, tb))
            title = QCoreApplication.translate("CrashHandler", "AgentDesk ran into a problem")
            text = QCoreApplication.translate(
                "CrashHandler",
                "Something went wrong that AgentDesk did not expect. Everything you saved is safe; "
                "the action you were doing may not have finished.",
            )
            if where is not None:
                details = QCoreApplication.translate("CrashHandler", "The details were written to %1.")
                text += "\n\n" + details.replace("%1", str(where))
            self.show_dialog(title, text)
        finally:
            self._handling = False

    def asyncio_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """For ``loop.set_exception_handler``: exceptions of tasks nobody awaited."""
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            self.handle(type(exc), exc, exc.__traceback__)
        else:
            log.error("asyncio: %s", context.get("message", context))

    def _write_crash_log(self, info: ExcInfo) -> Path | None:
        if self.crash_log is None:
            return None
        try:
            self.crash_log.parent.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
            with self.crash_log.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {stamp} AgentDesk {__version__}\n")
                fh.write("".join(traceback.format_exception(*info)))
            return self.crash_log
        except OSError:
            log.exception("could not write %s", self.crash_log)
            return None
