# SPDX-License-Identifier: GPL-3.0-or-later
"""The fetch lease: with a shared database, one fetcher per mailbox at a time.

A ``mail_lease`` row per account names its ``holder`` and when the lease runs out. Taking it is
one conditional UPDATE (``WHERE holder = me OR expires_at < now``) and, for an account never
leased, an INSERT that the primary key lets only one fetcher win; both work the same on SQLite and
PostgreSQL, so no two desktops (or a desktop and ``mail watch``) fetch one mailbox together. A
holder that stops renewing (crash, laptop closed) loses the lease when it expires.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from typing import Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError

from agentdesk.clock import Clock, SystemClock
from agentdesk.store.database import Store
from agentdesk.store.models import MailLease

DEFAULT_TTL = dt.timedelta(minutes=5)


def default_holder() -> str:
    """This process: host, process id and a random part (two windows on one host differ)."""
    return f"{socket.gethostname()[:120]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Lease(Protocol):
    """Who may fetch a mailbox now: ``FetchLease`` (a row in this database) or, for a team that
    shares a server, ``agentdesk.sync.lease.ServerFetchLease`` (a lock on the server)."""

    ttl: dt.timedelta

    def acquire(self, account_id: uuid.UUID) -> bool: ...

    def release(self, account_id: uuid.UUID) -> None: ...


class FetchLease:
    def __init__(
        self,
        store: Store,
        holder: str | None = None,
        clock: Clock | None = None,
        ttl: dt.timedelta = DEFAULT_TTL,
    ) -> None:
        self.store = store
        self.holder = holder or default_holder()
        self.clock = clock or SystemClock()
        self.ttl = ttl

    def acquire(self, account_id: uuid.UUID) -> bool:
        """Take or renew the lease of ``account_id``; False while someone else holds it."""
        now = self.clock.now()
        expires = now + self.ttl
        with self.store.write() as session:
            taken = session.execute(
                update(MailLease)
                .where(
                    MailLease.account_id == account_id,
                    or_(MailLease.holder == self.holder, MailLease.expires_at < now),
                )
                .values(holder=self.holder, expires_at=expires)
                .execution_options(synchronize_session=False)
            )
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                return True
        try:
            with self.store.write() as session:
                if session.get(MailLease, account_id) is not None:
                    return False
                session.add(MailLease(account_id=account_id, holder=self.holder, expires_at=expires))
            return True
        except IntegrityError:  # another fetcher inserted it first
            return False

    def release(self, account_id: uuid.UUID) -> None:
        """Give the lease up at once (on a clean stop), if we hold it."""
        with self.store.write() as session:
            session.execute(
                update(MailLease)
                .where(MailLease.account_id == account_id, MailLease.holder == self.holder)
                .values(expires_at=self.clock.now() - dt.timedelta(seconds=1))
                .execution_options(synchronize_session=False)
            )

    def holder_of(self, account_id: uuid.UUID) -> str | None:
        """Who fetches ``account_id`` now (None when nobody does)."""
        with self.store.read() as session:
            row = session.scalar(select(MailLease).where(MailLease.account_id == account_id))
            if row is None or row.expires_at < self.clock.now():
                return None
            return row.holder
