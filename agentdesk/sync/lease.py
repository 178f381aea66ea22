# SPDX-License-Identifier: GPL-3.0-or-later
"""The mailbox fetch lease on the team's server.

Every desktop has its own database, so a lease row in it cannot stop two desktops from fetching
the same mailbox. When the workspace syncs with a server, the lease is taken there instead: a
PostgreSQL session-level advisory lock per mail account, held on a connection of its own for as
long as this desktop (or ``mail watch``) fetches that mailbox. Whoever holds it fetches; the others
see the mail arrive through the sync. A holder that crashes or loses the network loses its
connection, and with it the lock, at once — nobody waits for a lease to run out.

It has the same face as ``agentdesk.mail.lease.FetchLease`` (``acquire``, ``release``, ``ttl``),
so ``MailService`` takes either.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from typing import Any

import psycopg

from agentdesk.sync.connection import Credentials, connect

log = logging.getLogger("agentdesk.sync.lease")

LOCK_CLASS = 0x41444D4C  # "ADML": keeps our advisory locks apart from anyone else's


def lock_key(account_id: uuid.UUID) -> int:
    """A signed 32-bit key for ``account_id`` (the second half of a two-key advisory lock)."""
    value = account_id.int & 0xFFFFFFFF
    return value - (1 << 32) if value >= (1 << 31) else value


class ServerFetchLease:
    """One fetcher per mailbox across every desktop of a team, by an advisory lock on the server."""

    def __init__(self, url: str, credentials: Credentials | None) -> None:
        self.url = url
        self.credentials = credentials
        self.ttl = dt.timedelta(minutes=5)  # (kept for the same face as FetchLease; a lock has none)
        self._held: dict[uuid.UUID, psycopg.Connection[Any]] = {}
        self._guard = threading.Lock()

    def acquire(self, account_id: uuid.UUID) -> bool:
        """Take (or keep) the lock of ``account_id``; False while another fetcher holds it or the
        server cannot be reached (then nobody here fetches: the mail waits on its server)."""
        with self._guard:
            held = self._held.get(account_id)
            if held is not None and not held.closed:
                try:
                    held.execute("SELECT 1")
                    return True
                except psycopg.Error:
                    self._drop(account_id)
            try:
                conn = connect(self.url, self.credentials)
            except psycopg.Error as exc:
                log.info("fetch lease not taken, server unreachable: %s", type(exc).__name__)
                return False
            try:
                row = conn.execute(
                    "SELECT pg_try_advisory_lock(%s, %s) AS got", (LOCK_CLASS, lock_key(account_id))
                ).fetchone()
            except psycopg.Error:
                conn.close()
                return False
            if not row or not row["got"]:
                conn.close()
                return False
            self._held[account_id] = conn
            return True

    def release(self, account_id: uuid.UUID) -> None:
        with self._guard:
            self._drop(account_id)

    def release_all(self) -> None:
        with self._guard:
            for account_id in list(self._held):
                self._drop(account_id)

    def _drop(self, account_id: uuid.UUID) -> None:
        conn = self._held.pop(account_id, None)
        if conn is not None:
            try:
                conn.close()  # ends the session, and with it the lock
            except psycopg.Error:
                pass
