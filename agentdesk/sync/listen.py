# SPDX-License-Identifier: GPL-3.0-or-later
"""The wake-up hint: a dedicated connection that listens for ``NOTIFY agentdesk_sync``.

A notification carries only the name of the table that changed, never row data (notifications
bypass row-level security), and notifications are lost while disconnected and folded when they
repeat. So a notification only says "pull now"; after every (re)connect the caller pulls anyway,
and a slow periodic pull runs whatever arrives (DESIGN.md §5). Blocking: run it on a worker
thread, never on the GUI thread.
"""

from __future__ import annotations

import logging

import psycopg

from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.push import ServerConnection
from agentdesk.sync.server import NOTIFY_CHANNEL

log = logging.getLogger("agentdesk.sync")

BURST_S = 0.05  # notifications that follow the first within this time are folded into it


class Listener:
    """``wait`` blocks until the server says something changed (True) or ``timeout`` passes
    (False). A lost connection is opened again on the next ``wait``, which then returns True at
    once: whatever was missed meanwhile has to be pulled."""

    def __init__(self, url: str, credentials: Credentials | None) -> None:
        self.url = url
        self.credentials = credentials
        self._conn: ServerConnection | None = None

    def _ensure(self) -> bool:
        """Connected and listening; True when this is a new connection."""
        if self._conn is not None and not self._conn.closed:
            return False
        self._conn = connect(self.url, self.credentials)
        assert self._conn is not None
        self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        return True

    def wait(self, timeout: float) -> bool:
        """True when a pull is due: a notification arrived, or the connection is new."""
        try:
            if self._ensure():
                return True
            assert self._conn is not None
            woken = any(True for _ in self._conn.notifies(timeout=timeout, stop_after=1))
            if woken:  # one pull answers a burst: fold what else has arrived
                for _ in self._conn.notifies(timeout=BURST_S):
                    pass
            return woken
        except psycopg.OperationalError:
            self.close()
            raise

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
