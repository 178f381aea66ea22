# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root of the desktop application.

Here, and only here, the pieces are made and wired: the Qt application and its theme, the message
bridge, the crash handler, the read-side queries on the open store, the main window, and the
qasync event loop that lets Qt and asyncio share one thread. Everything is passed in through
constructors; nothing is reachable through a global.

The CLI opens the database (and reports its errors) before it calls ``run_app`` or
``render_snapshot``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

import platformdirs
import qasync
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from agentdesk import __version__
from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import AgentDeskError
from agentdesk.gui.crash import CrashHandler
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.queries import InboxQueries
from agentdesk.store.database import Store

log = logging.getLogger("agentdesk.app")
qt_log = logging.getLogger("agentdesk.qt")

APP_NAME = "AgentDesk"
SNAPSHOT_TIMEOUT_MS = 10_000
WINDOW_STATE_KEYS = ("geometry", "splitter", "pane", "columns")

# Harmless Qt chatter that would only alarm a user reading the terminal.
_QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to our log (category ``agentdesk.qt``), not straight to stderr."""
    if message in _QUIET_QT_MESSAGES:
        return
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s", message)


def _needs_offscreen() -> bool:
    if QApplication.instance() is not None or os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _application(argv: list[str], *, offscreen: bool = False) -> QApplication:
    """The running QApplication, made and themed on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        apply_theme(existing)
        return existing
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [APP_NAME])
    app.setDesktopFileName("agentdesk")
    apply_theme(app)
    return app


def build_main_window(store: Store, clock: Clock, messages: MessageBridge) -> MainWindow:
    """The main window on ``store``, with every service it needs made here."""
    queries = InboxQueries(store)
    return MainWindow(queries, clock, messages)


def _crash_log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "crash.log"


def _restore_window_state(window: MainWindow, settings: QSettings) -> None:
    state = {}
    for key in WINDOW_STATE_KEYS:
        value = settings.value(f"window/{key}")
        if isinstance(value, QByteArray):
            state[key] = value
    window.restore_state(state)


def _save_window_state(window: MainWindow, settings: QSettings) -> None:
    for key, value in window.save_state().items():
        settings.setValue(f"window/{key}", value)
    settings.sync()


def run_app(store: Store, argv: list[str]) -> int:
    """Open the main window on ``store`` and run the event loop until it closes; the exit code."""
    previous_handler = qInstallMessageHandler(_qt_message)
    app = _application(argv)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the loop below ends when the window closes
    messages = MessageBridge()
    crash = CrashHandler(messages, _crash_log_path())
    crash.install()
    settings = QSettings(APP_NAME, APP_NAME)
    try:
        window = build_main_window(store, SystemClock(), messages)
        _restore_window_state(window, settings)
        log.info("window open on %s", store.path)

        async def main() -> int:
            loop = asyncio.get_running_loop()
            loop.set_exception_handler(crash.asyncio_handler)
            closed: asyncio.Future[int] = loop.create_future()

            def finish(code: int = 0) -> None:
                if not closed.done():
                    closed.set_result(code)

            window.closed.connect(finish)
            app.aboutToQuit.connect(finish)
            window.show()
            return await closed

        def loop_factory() -> asyncio.AbstractEventLoop:
            return qasync.QEventLoop(app)

        with asyncio.Runner(loop_factory=loop_factory) as runner:
            code = runner.run(main())
        _save_window_state(window, settings)
        window.deleteLater()
        return code
    finally:
        crash.uninstall()
        app.setQuitOnLastWindowClosed(quit_on_close)
        qInstallMessageHandler(previous_handler)


def render_snapshot(
    store: Store,
    out: Path,
    size: tuple[int, int] = (1440, 900),
    conversation_number: int | None = None,
    clock: Clock | None = None,
) -> None:
    """Render the main window on ``store`` to a PNG at ``out``, without a display.

    Shows ``conversation_number`` (or the top of the inbox), lets the list and the conversation
    paint, then grabs the window. Raises ``AgentDeskError`` when the conversation does not exist or
    the PNG cannot be written.
    """
    width, height = size
    if width < 200 or height < 150 or width > 10_000 or height > 10_000:
        raise AgentDeskError(
            f"A snapshot must be between 200×150 and 10000×10000 pixels (got {width}×{height})."
        )
    out = Path(out)
    if not out.parent.is_dir():
        raise AgentDeskError(f"Cannot write the snapshot: the folder {out.parent} does not exist.")
    previous_handler = qInstallMessageHandler(_qt_message)
    try:
        app = _application([APP_NAME], offscreen=_needs_offscreen())
        messages = MessageBridge()
        errors: list[str] = []
        messages.error_shown.connect(errors.append)
        window = build_main_window(store, clock or SystemClock(), messages)
        try:
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            window.resize(width, height)
            if conversation_number is not None:
                window.open_conversation(conversation_number)
            window.show()
            _settle(app, window)
            if errors:
                raise AgentDeskError(errors[0])
            pixmap = window.grab()
            if pixmap.isNull():
                raise AgentDeskError("The window could not be rendered.")
            if not pixmap.save(str(out), "PNG"):
                raise AgentDeskError(
                    f"Cannot write the snapshot to {out} (is the folder writable and is there space?)."
                )
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, 0)
    finally:
        qInstallMessageHandler(previous_handler)


def _settle(app: QApplication, window: MainWindow) -> None:
    """Process events until the list and the conversation have been laid out and painted.

    With ``WA_DontShowOnScreen`` a windowing system sends no expose (and so no paint) events; a
    first ``grab()`` paints every widget once, and the work that painting defers (scroll ranges,
    the timeline following its end) runs in the rounds after it.
    """
    timer = QElapsedTimer()
    timer.start()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if not window.is_painted():
        window.grab()
    while not window.is_painted() and timer.elapsed() < SNAPSHOT_TIMEOUT_MS:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
