# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's side of server sync: when to sync, and what to tell the agent.

The window reads and writes the local database only; this object keeps the server in step in the
background (the sync itself is ``agentdesk.sync.engine.sync_once``, on a worker thread):

- a listening connection wakes a sync when another desktop changed something (a wake-up hint
  only: each reconnect syncs anyway, and a slow periodic sync runs regardless);
- a change made here is pushed shortly after (``nudge``);
- "Work offline" stops all of it; changes are kept in the outbox and sent when it is switched off.

The state is one line for the status bar: "Online · synced 10:42", "Server unreachable — 12
changes are kept and will be sent when it is back", "Working offline · 3 changes waiting".

The password comes from the OS keyring (the same entry ``agentdesk sync --save-password`` uses);
where there is none it is asked for in the server settings and kept for this session only.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.gui.presence_view import PresenceDesk
from agentdesk.gui.tasks import TaskRunner
from agentdesk.services import Services
from agentdesk.sync import outbox
from agentdesk.sync.passwords import KEYRING_SERVICE, keyring_backend, keyring_key, keyring_password

if TYPE_CHECKING:  # the engine and its connection (psycopg) load when a server is configured
    from agentdesk.sync.connection import Credentials
    from agentdesk.sync.engine import SyncSummary

log = logging.getLogger("agentdesk.gui.sync")

PERIOD_MS = 60_000  # the slow pull that runs whatever the listener says
NUDGE_MS = 400  # a local change is pushed this soon after (a burst makes one push)
LISTEN_SLICE_S = 2.0
RECONNECT_S = 5.0
OFFLINE_SETTING = "sync.work_offline"
RECONCILE_EVERY = 30  # every 30th sync also checks the local copy against the server
PROGRESS_FROM_ROWS = 1_000  # a pull this large shows its progress (the first sync of a workspace)


class _ListenThread(threading.Thread):
    """Waits on the server's notifications; ``wake`` when a sync is due, ``lost`` when the
    connection is gone (it tries again every few seconds)."""

    def __init__(
        self, url: str, credentials: Credentials, wake: Callable[[], None], lost: Callable[[], None]
    ) -> None:
        super().__init__(name="sync-listen", daemon=True)
        from agentdesk.sync.listen import Listener

        self.listener = Listener(url, credentials)
        self.wake = wake
        self.lost = lost
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                woken = self.listener.wait(LISTEN_SLICE_S)
            except Exception as exc:  # the network or the server: tell, wait, try again
                log.info("sync listener lost: %s", type(exc).__name__)
                self._tell(self.lost)
                self.stop.wait(RECONNECT_S)
                continue
            if woken:
                self._tell(self.wake)
        try:
            self.listener.close()
        except Exception:
            pass

    def _tell(self, callback: Callable[[], None]) -> None:
        """Call the window's side unless it is going away (its signals may be gone already)."""
        if self.stop.is_set():
            return
        try:
            callback()
        except RuntimeError:  # the window closed meanwhile
            self.stop.set()


class SyncDesk(QObject):
    """Background sync for the window; ``changed`` when the status line changes."""

    changed = Signal()  # the status line (online, waiting changes, last sync, error)
    arrived = Signal()  # rows came from the server: the window reads its list again
    receiving = Signal(int, int)  # a large pull in progress: rows so far, rows expected (0: unknown)
    _wake = Signal()
    _lost = Signal()
    _progress = Signal(int, int)

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        period_ms: int = PERIOD_MS,
        nudge_ms: int = NUDGE_MS,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.store
        self.tasks = TaskRunner(self, threads=1)
        self.session_passwords: dict[tuple[str, str], str] = {}
        self.online: bool | None = None  # None: not tried yet
        self.error: str | None = None
        self.last: SyncSummary | None = None
        self.last_sync_at: dt.datetime | None = None
        self.pending = 0
        self._again = False
        self._listen: _ListenThread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(period_ms)
        self.timer.timeout.connect(self.sync_now)
        self.nudge_timer = QTimer(self)
        self.nudge_timer.setSingleShot(True)
        self.nudge_timer.setInterval(nudge_ms)
        self.nudge_timer.timeout.connect(self.sync_now)
        self._wake.connect(self.sync_now)
        self._progress.connect(self._show_progress)
        self.received = (0, 0)  # during a large pull: rows so far, rows expected
        self._syncs = 0
        self._config = self._read_config()
        self._offline = bool(self._setting(OFFLINE_SETTING))
        self._lost.connect(self._connection_lost)
        self.presence = PresenceDesk(services, self)  # who is on which conversation, while online

    # -- configuration -------------------------------------------------------------------------

    def _setting(self, key: str) -> Any:
        try:
            return self.services.workspace.get(key)
        except AgentDeskError:
            return None

    def _set_setting(self, key: str, value: Any) -> None:
        self.services.workspace.set(key, value)

    def _read_config(self) -> tuple[str, str] | None:
        value = self._setting(outbox.SERVER_SETTING)
        if isinstance(value, dict) and value.get("url") and value.get("user"):
            return str(value["url"]), str(value["user"])
        return None

    def config(self) -> tuple[str, str] | None:
        """The server URL and login of this desktop (None: it works without a server). Read when
        the window opens and kept: the status line asks for it on every change."""
        return self._config

    @property
    def configured(self) -> bool:
        return self._config is not None

    @property
    def work_offline(self) -> bool:
        return self._offline

    def keyring_available(self) -> bool:
        return keyring_backend() is not None

    def save_config(self, url: str, user: str, password: str | None, *, remember: bool) -> bool:
        """Keep the server and login; the password in the keyring (``remember``) or for this
        session. True when the password is in the keyring."""
        self._set_setting(outbox.SERVER_SETTING, {"url": url, "user": user})
        self._config = (url, user)
        in_keyring = False
        if password:
            backend = keyring_backend() if remember else None
            if backend is not None:
                try:
                    backend.set_password(KEYRING_SERVICE, keyring_key(url, user), password)
                    in_keyring = True
                except Exception as exc:  # a locked or refusing keyring: this session only
                    log.info("sync password not kept in the keyring: %s", type(exc).__name__)
            self.session_passwords[(url, user)] = password
        outbox.install(self.store)
        return in_keyring

    def credentials(self) -> Credentials | None:
        config = self.config()
        if config is None:
            return None
        url, user = config
        password = self.session_passwords.get((url, user))
        if password is None:
            # Asked of the keyring once (it may be a D-Bus round trip); kept like a typed one.
            password = keyring_password(url, user)
            if password is not None:
                self.session_passwords[(url, user)] = password
        from agentdesk.sync.connection import Credentials

        return Credentials(user, password) if password is not None else None

    # -- running -------------------------------------------------------------------------------

    def start(self) -> None:
        """Sync now and from now on, unless there is no server or the agent works offline."""
        self.stop()
        self._refresh_pending()
        if not self.configured or self.work_offline:
            self.changed.emit()
            return
        outbox.install(self.store)
        config, credentials = self.config(), self.credentials()
        if config is None or credentials is None:
            self.error = labels.translate(
                "SyncDesk", "Enter the server password in File → Server connection to sync."
            )
            self.changed.emit()
            return
        self._listen = _ListenThread(config[0], credentials, self._wake.emit, self._lost.emit)
        self._listen.start()
        self.presence.start(config[0], credentials)
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        self.presence.stop()  # offline or without a server, nothing is claimed
        self.timer.stop()
        self.nudge_timer.stop()
        if self._listen is not None:
            self._listen.stop.set()
            self._listen.join(timeout=LISTEN_SLICE_S + 1)  # it looks at ``stop`` between waits
            self._listen = None

    def close(self) -> None:
        self.presence.close()
        self.stop()
        self.tasks.close()

    def set_work_offline(self, offline: bool) -> None:
        self._offline = offline
        try:
            self._set_setting(OFFLINE_SETTING, offline)
        except AgentDeskError as exc:
            self.error = exc.message
        if offline:
            self.stop()
            self.online = None
            self._refresh_pending()
            self.changed.emit()
        else:
            self.start()

    def nudge(self) -> None:
        """Something changed here: push it shortly (several changes in a row make one push)."""
        self._refresh_pending()
        self.changed.emit()
        if self.configured and not self.work_offline and self._listen is not None:
            self.nudge_timer.start()

    def busy(self) -> bool:
        return self.tasks.busy("sync")

    def sync_now(self) -> None:
        if self.busy():
            self._again = True
            return
        config, credentials = self.config(), self.credentials()
        if config is None or credentials is None or self.work_offline:
            return
        store, url = self.store, config[0]
        self.received = (0, 0)

        def progress(rows: int, expected: int) -> None:  # on the worker: the signal crosses over
            if rows >= PROGRESS_FROM_ROWS:
                self._progress.emit(rows, expected)

        check = self._syncs % RECONCILE_EVERY == 0  # the first sync of a session, then now and then
        from agentdesk.sync.engine import sync_once

        self.tasks.run(
            "sync",
            lambda: sync_once(store, url, credentials, progress=progress, check=check),
            self._synced,
            self._failed,
        )

    def _show_progress(self, rows: int, expected: int) -> None:
        self.received = (rows, expected)
        self.receiving.emit(rows, expected)
        self.changed.emit()

    def _synced(self, summary: SyncSummary) -> None:
        self.received = (0, 0)
        self.receiving.emit(0, 0)
        self.last = summary
        if summary.ok:
            self._syncs += 1
        self.online = summary.ok
        # "Server unreachable" is worded when shown, with the changes waiting then: a count taken
        # on the worker when the sync failed goes stale as soon as the agent writes something.
        self.error = None if summary.unreachable else summary.error
        if summary.ok:
            self.last_sync_at = self.services.clock.now()
        self._refresh_pending()
        self.changed.emit()
        if summary.pulled:
            self.arrived.emit()
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.sync_now)

    def _failed(self, reason: str) -> None:
        self.received = (0, 0)
        self.receiving.emit(0, 0)
        self._again = False
        self.online = False
        self.error = reason
        self.changed.emit()

    def _connection_lost(self) -> None:
        if self.online:
            self.online = False
            self._refresh_pending()
            self.error = None  # worded when shown, with the count of changes waiting then
            self.changed.emit()

    def _refresh_pending(self) -> None:
        if not self.configured:
            self.pending = 0
            return
        from agentdesk.sync.engine import status

        try:
            self.pending = status(self.store).pending
        except Exception as exc:  # before the first sync the tables may be empty: nothing waits
            log.debug("sync status not read: %s", exc)
            self.pending = 0

    def _kept(self) -> str:
        if self.pending == 0:
            return labels.translate("SyncDesk", "no local changes are waiting")
        if self.pending == 1:
            return labels.translate("SyncDesk", "1 change is kept and will be sent when it is back")
        return labels.translate("SyncDesk", "%1 changes are kept and will be sent when it is back").replace(
            "%1", str(self.pending)
        )

    # -- what the window shows -----------------------------------------------------------------

    def text(self) -> str:
        """One line for the status bar."""
        if not self.configured:
            return labels.translate("SyncDesk", "Local only")
        if self.work_offline:
            waiting = (
                labels.translate("SyncDesk", " · %1 changes waiting").replace("%1", str(self.pending))
                if self.pending
                else ""
            )
            return labels.translate("SyncDesk", "Working offline") + waiting
        rows, expected = self.received
        if rows:
            if expected > rows:
                return (
                    labels.translate("SyncDesk", "Receiving the team's workspace: %1 of about %2 rows…")
                    .replace("%1", f"{rows:,}")
                    .replace("%2", f"{expected:,}")
                )
            return labels.translate("SyncDesk", "Receiving the team's workspace: %1 rows…").replace(
                "%1", f"{rows:,}"
            )
        if self.online is False:
            return self.error or labels.translate("SyncDesk", "Server unreachable — %1.").replace(
                "%1", self._kept()
            )
        if self.online is None:
            return self.error or labels.translate("SyncDesk", "Connecting to the server…")
        when = labels.local_time(self.last_sync_at) if self.last_sync_at else "—"
        waiting = (
            labels.translate("SyncDesk", " · %1 changes waiting").replace("%1", str(self.pending))
            if self.pending
            else ""
        )
        skew = (
            labels.translate("SyncDesk", " · this computer's clock is wrong") if self.clock_warning() else ""
        )
        return labels.translate("SyncDesk", "Online · synced %1").replace("%1", when) + waiting + skew

    def clock_warning(self) -> str | None:
        """What the last sync said of this computer's clock, when it is off the server's."""
        return self.last.clock_warning() if self.last is not None else None
