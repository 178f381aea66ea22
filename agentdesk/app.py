# SPDX-License-Identifier: GPL-3.0-or-later
"""The composition root of the desktop application.

Here, and only here, the pieces are made and wired: the Qt application and its theme (from the
user's preferences), the message bridge, the crash handler, the workspace's services on the open
store, the main window, and the qasync event loop that lets Qt and asyncio share one thread.
Everything is passed in through constructors; nothing is reachable through a global.

The CLI opens the database (and reports its errors) before it calls ``run_app`` or
``render_snapshot``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shlex
import signal
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

import platformdirs
import qasync
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QMessageLogContext,
    QProcess,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

import agentdesk.gui.import_hook  # noqa: F401  # first: PySide6's hook without a copy of every source
from agentdesk import __version__
from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import AgentDeskError
from agentdesk.gui import gc_guard, i18n, icons
from agentdesk.gui.crash import CrashHandler
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import ThemeMode, apply_theme
from agentdesk.inbox.views import View
from agentdesk.messages import render, translatable
from agentdesk.services import build_services
from agentdesk.store.database import Store

log = logging.getLogger("agentdesk.app")
qt_log = logging.getLogger("agentdesk.qt")

APP_NAME = "AgentDesk"
SNAPSHOT_TIMEOUT_MS = 10_000
PAINT_POLL_MS = 20  # how often run_app looks whether the window has painted its first frame
PAINT_WAIT_MS = 15_000  # after_painted runs after this long even if it has not
SNAPSHOT_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
WINDOW_STATE_KEYS = ("geometry", "splitter", "pane", "columns")
WINDOW_LAYOUT = "v2"  # bumped when the window's layout changes: older saved states do not apply

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


def _application(
    argv: list[str], preferences: Preferences | None = None, *, offscreen: bool = False
) -> QApplication:
    """The running QApplication, made on first use, themed as the preferences say."""
    mode = preferences.theme if preferences is not None else ThemeMode.LIGHT
    size = preferences.font_size if preferences is not None else 0
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        apply_theme(existing, mode, size)
        return existing
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or [APP_NAME])
    app.setDesktopFileName("agentdesk")
    app.setWindowIcon(_application_icon())  # the tray's too
    apply_theme(app, mode, size)
    gc_guard.install(app)  # cycles collected on the GUI thread, never in a worker
    return app


def _application_icon() -> QIcon:
    """The icon of resources/icons (installed as ``agentdesk.icons``), in the sizes drawn."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap()
        pixmap.loadFromData((resources.files("agentdesk.icons") / f"agentdesk-{size}.png").read_bytes())
        icon.addPixmap(pixmap)
    return icon


def build_main_window(
    store: Store, clock: Clock, messages: MessageBridge, preferences: Preferences | None = None
) -> MainWindow:
    """The main window on ``store``, with every service it needs made here."""
    from agentdesk.sync.outbox import install_if_configured

    install_if_configured(store)  # a workspace that syncs records every change for the server
    services = build_services(store, clock)
    from agentdesk.audit import capture

    capture.install(store, clock, lambda: services.agent_id)  # administrative changes are logged
    return MainWindow(services, messages, preferences)


def _crash_log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "crash.log"


def _icon_cache_path() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "icons.bin"


def _restore_window_state(window: MainWindow, preferences: Preferences) -> None:
    state: dict[str, QByteArray] = {}
    for key in WINDOW_STATE_KEYS:
        value = preferences.window_state(f"{WINDOW_LAYOUT}/{key}")
        if value is not None:
            state[key] = value
    window.restore_state(state)


def _save_window_state(window: MainWindow, preferences: Preferences) -> None:
    for key, value in window.save_state().items():
        preferences.set_window_state(f"{WINDOW_LAYOUT}/{key}", value)
    preferences.sync()


def _install_starter_replies(store: Store) -> None:
    """A workspace gets the shipped canned replies (and later versions' new ones); a reply the shop
    deleted stays deleted. A workspace that cannot be written simply goes without."""
    from agentdesk.replies.exchange import install_starter_library

    try:
        install_starter_library(store)
    except AgentDeskError as exc:
        log.warning("starter canned replies not installed: %s", exc.message)


def restart_command(
    argv: Sequence[str] | None = None, executable: str | None = None, *, frozen: bool | None = None
) -> list[str]:
    """The command that starts this AgentDesk again the way it was started (``sys.orig_argv``:
    the same Python, script or ``-m agentdesk``, database and options), without ``--language``:
    a restart for a new language speaks the one just chosen in Settings. A bundled program
    (``sys.frozen``) is its own executable."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    if argv is None:
        argv = sys.argv if frozen else sys.orig_argv
    rest = list(argv[1:])
    kept: list[str] = []
    skip = False
    for arg in rest:
        if skip:
            skip = False
        elif arg == "--language":
            skip = True
        elif not arg.startswith("--language="):
            kept.append(arg)
    return [executable, *kept]


def launch_detached(command: Sequence[str]) -> bool:
    """Start ``command`` as a program of its own (it outlives this one); whether it started."""
    started, _pid = QProcess.startDetached(command[0], list(command[1:]))
    return bool(started)


def run_app(
    store: Store,
    argv: list[str],
    clock: Clock | None = None,
    language: str | None = None,
    *,
    launch: Callable[[Sequence[str]], bool] = launch_detached,
    after_painted: Callable[[], object] | None = None,
) -> int:
    """Open the main window on ``store`` and run the event loop until it closes; the exit code.

    ``clock`` is the run's one clock (the command line's; ``SystemClock`` without one);
    ``language`` ("en", "de", "da") overrides the one chosen in Settings, which else follows the
    system's. Settings' "Restart now" saves the drafts, closes the window as the close button
    does and, once everything is saved, starts AgentDesk again (``restart_command``, through
    ``launch``). ``after_painted`` runs once the window has painted its first frame (or after
    ``PAINT_WAIT_MS`` at the latest): work that may wait, so it does not slow that frame."""
    previous_handler = qInstallMessageHandler(_qt_message)
    preferences = Preferences(QSettings(APP_NAME, APP_NAME))
    app = _application(argv, preferences)
    i18n.install(language or preferences.language, app)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the loop below ends when the window closes
    messages = MessageBridge()
    crash = CrashHandler(messages, _crash_log_path())
    crash.install()
    try:
        icons.use_cache(_icon_cache_path())  # drawn on an earlier start: no icon font before the first frame
        _install_starter_replies(store)
        from agentdesk.gui.signin_dialog import sign_in_at_start  # who works here (none: quit)

        if not sign_in_at_start(store, clock or SystemClock()):
            return 0
        window = build_main_window(store, clock or SystemClock(), messages, preferences)
        _restore_window_state(window, preferences)
        stopped_by: list[int] = []
        restart: list[bool] = []

        def restart_now() -> None:
            window.pane.flush_draft()  # the close saves it too; the draft must not depend on that
            restart.append(True)
            if not window.close():
                restart.clear()

        async def main() -> int:
            loop = asyncio.get_running_loop()
            loop.set_exception_handler(crash.asyncio_handler)
            closed: asyncio.Future[int] = loop.create_future()

            def finish(code: int = 0) -> None:
                if not closed.done():
                    closed.set_result(code)

            window.closed.connect(finish)
            window.restart_requested.connect(restart_now)
            app.aboutToQuit.connect(finish)
            handled = _close_on_signals(loop, app, stopped_by)
            window.show()
            _when_painted(window, lambda: _after_first_paint(after_painted))
            log.info("window open on %s", store.path)  # documented: the window is up and running
            try:
                return await closed
            finally:
                for signum in handled:
                    loop.remove_signal_handler(signum)

        def loop_factory() -> asyncio.AbstractEventLoop:
            return qasync.QEventLoop(app)

        with asyncio.Runner(loop_factory=loop_factory) as runner:
            code = runner.run(main())
        _save_window_state(window, preferences)
        icons.save_cache()  # the icons first drawn since the first frame (dialogs, menus)
        window.deleteLater()
        if stopped_by[:1] == [signal.SIGINT]:
            return 130  # the shell's code for Ctrl+C, after closing as cleanly as the close button
        if restart:
            command = restart_command()
            log.info("restarting: %s", " ".join(command))
            if not launch(command):
                sentence = translatable(
                    "App", "AgentDesk could not be started again; start it with: {command}"
                )
                print(render(sentence, {"command": shlex.join(command)}), file=sys.stderr)
                return 1
        return code
    finally:
        crash.uninstall()
        app.setQuitOnLastWindowClosed(quit_on_close)
        qInstallMessageHandler(previous_handler)


def _after_first_paint(then: Callable[[], object] | None) -> None:
    """Keep the icons the first frame drew for the next start, then run ``then``."""
    icons.save_cache()
    if then is not None:
        then()


def _when_painted(window: MainWindow, then: Callable[[], object]) -> None:
    """Call ``then`` once ``window`` is painted (checked every few milliseconds), or after
    ``PAINT_WAIT_MS`` in any case."""
    timer = QTimer(window)
    timer.setInterval(PAINT_POLL_MS)
    waited = QElapsedTimer()
    waited.start()

    def check() -> None:
        if window.is_painted() or waited.elapsed() >= PAINT_WAIT_MS:
            timer.stop()
            timer.deleteLater()
            then()

    timer.timeout.connect(check)
    timer.start()


def _close_on_signals(loop: asyncio.AbstractEventLoop, app: QApplication, received: list[int]) -> list[int]:
    """SIGTERM (a logout, ``kill``, a service manager) and Ctrl+C close the windows the way the
    close button does: the draft is saved, background work stops and the database closes cleanly.

    The loop's own signal handling wakes Qt's event loop through a socket, so the signal is
    handled at once even while Qt waits. Returns the signals handled (none where the loop cannot
    handle signals, as on Windows).
    """
    handled: list[int] = []

    def close(signum: int) -> None:
        log.info("closing on signal %s", signal.Signals(signum).name)
        received.append(signum)
        app.closeAllWindows()  # dialogs too: a modal dialog's own loop ends, then the window closes

    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, close, signum)
        except (NotImplementedError, RuntimeError, ValueError):  # no signals on this loop or thread
            continue
        handled.append(signum)
    return handled


def render_snapshot(
    store: Store,
    out: Path,
    size: tuple[int, int] = (1440, 900),
    conversation_number: int | None = None,
    clock: Clock | None = None,
    view: View | None = None,
    language: str = "en",
) -> None:
    """Render the main window on ``store`` to a PNG at ``out`` (a JPEG for ``.jpg``/``.jpeg``),
    without a display.

    Lists ``view`` (My open by default) in the light theme, shows ``conversation_number`` (or the
    top of the list), lets the list, the counts and the conversation paint, then grabs the window.
    The user's saved preferences are neither read nor changed; ``language`` ("en", "de", "da")
    is the window's, English unless asked. Raises ``AgentDeskError`` when the
    conversation does not exist, the suffix is neither of those or the image cannot be written.
    """
    width, height = size
    if width < 200 or height < 150 or width > 10_000 or height > 10_000:
        raise AgentDeskError(
            f"A snapshot must be between 200×150 and 10000×10000 pixels (got {width}×{height})."
        )
    out = Path(out)
    image_format = SNAPSHOT_FORMATS.get(out.suffix.lower())
    if image_format is None:
        raise AgentDeskError(f"A snapshot is a .png, .jpg or .jpeg file (not {out.name}).")
    if not out.parent.is_dir():
        raise AgentDeskError(f"Cannot write the snapshot: the folder {out.parent} does not exist.")
    previous_handler = qInstallMessageHandler(_qt_message)
    try:
        app = _application([APP_NAME], offscreen=_needs_offscreen())
        i18n.install(language, app)
        messages = MessageBridge()
        errors: list[str] = []
        messages.error_shown.connect(errors.append)
        preferences = Preferences()  # in memory: a snapshot looks the same on every machine
        if view is not None:
            preferences.last_view = view
        window = build_main_window(store, clock or SystemClock(), messages, preferences)
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
            if not pixmap.save(str(out), image_format, 90 if image_format == "JPEG" else -1):
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
    """Process events until the list, the view counts and the conversation are laid out and painted.

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
