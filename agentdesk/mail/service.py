# SPDX-License-Identifier: GPL-3.0-or-later
"""One mail round and the ``mail watch`` loop.

A round fetches every active account whose lease this process holds (or can take) and then sends
the outbox. ``watch`` repeats rounds until ``stop`` is set (SIGTERM or Ctrl+C on the command
line); a round that fails for network reasons is reported and the next one follows.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from agentdesk.clock import Clock, SystemClock
from agentdesk.mail.accounts import MailAccounts, Passwords
from agentdesk.mail.fetch import FetchResult, ImapConnect, MailFetcher
from agentdesk.mail.idle import IdleWatcher
from agentdesk.mail.lease import FetchLease, Lease
from agentdesk.mail.send import MailSender, SendResult, SmtpConnect
from agentdesk.mail.survey_send import send_surveys
from agentdesk.store.database import Store

log = logging.getLogger("agentdesk.mail")

DEFAULT_INTERVAL = 60.0  # seconds between rounds of ``watch``


@dataclass
class RoundResult:
    fetched: list[FetchResult] = field(default_factory=list)
    busy: list[str] = field(default_factory=list)  # accounts another fetcher holds
    sent: SendResult = field(default_factory=SendResult)
    surveys: SendResult = field(default_factory=SendResult)  # survey mails (agentdesk.surveys)

    def lines(self) -> list[str]:
        out = [r.describe() for r in self.fetched]
        out += [f"{address}: fetched by another desktop or service right now" for address in self.busy]
        if self.sent.sent or self.sent.failed:
            out.append("Outbox: " + self.sent.describe())
        if self.surveys.sent or self.surveys.failed:
            out.append("Surveys: " + self.surveys.describe())
        return out


class MailService:
    """What the window and the command line call: ``run_round`` once, or ``watch``."""

    def __init__(
        self,
        store: Store,
        passwords: Passwords,
        clock: Clock | None = None,
        lease: Lease | None = None,
        imap_connect: ImapConnect | None = None,
        smtp_connect: SmtpConnect | None = None,
    ) -> None:
        self.store = store
        self.clock = clock or SystemClock()
        self.lease: Lease = lease or FetchLease(store, clock=self.clock)
        self.accounts = MailAccounts(store)
        self.fetcher = MailFetcher(store, passwords, self.clock, imap_connect)
        self.sender = MailSender(store, passwords, self.clock, smtp_connect)

    def fetch(self, stop: threading.Event | None = None) -> RoundResult:
        """Fetch each active account whose lease this process holds or can take; ``stop`` ends
        a long fetch after the mail at hand."""
        result = RoundResult()
        for info in self.accounts.list(active_only=True):
            if stop is not None and stop.is_set():
                break
            if not self.lease.acquire(info.id):
                result.busy.append(info.settings.address)
                continue
            renew = functools.partial(self._renew, info.id, stop)
            result.fetched.append(self.fetcher.fetch_account(info.id, renew=renew))
        return result

    def _renew(self, account_id: uuid.UUID, stop: threading.Event | None) -> bool:
        return not (stop is not None and stop.is_set()) and self.lease.acquire(account_id)

    def run_round(self, stop: threading.Event | None = None) -> RoundResult:
        result = self.fetch(stop)
        if stop is None or not stop.is_set():
            result.sent = self.sender.flush()
        if stop is None or not stop.is_set():
            # Only through the mailboxes whose lease this process holds: with a team server, one
            # desktop of the team sends each survey (due from the injected clock).
            held = [info.id for info in self.accounts.list(active_only=True) if self.lease.acquire(info.id)]
            result.surveys = send_surveys(self.sender, held)
        return result

    def run_once(self) -> RoundResult:
        """One round that lets go of the leases afterwards (``mail fetch``), so the next fetcher
        need not wait for them to run out."""
        try:
            return self.run_round()
        finally:
            self.release_all()

    def release_all(self) -> None:
        for info in self.accounts.list():
            self.lease.release(info.id)

    def watch(
        self,
        stop: threading.Event,
        interval: float = DEFAULT_INTERVAL,
        report: Callable[[RoundResult], None] | None = None,
    ) -> None:
        """Rounds every ``interval`` seconds until ``stop`` is set, and as soon as a server that
        has IMAP IDLE announces new mail; leases are released at the end."""
        # The lease must outlive the pause between rounds, or another fetcher takes it meanwhile.
        self.lease.ttl = max(self.lease.ttl, dt.timedelta(seconds=3 * interval))
        woken = threading.Event()
        watchers = [
            IdleWatcher(info.id, info.settings, self.fetcher.passwords, lambda _account: woken.set())
            for info in self.accounts.list(active_only=True)
        ]
        for watcher in watchers:
            watcher.start()
        try:
            while not stop.is_set():
                started = self.clock.now()
                woken.clear()
                try:
                    result = self.run_round(stop)
                    if report is not None:
                        report(result)
                except Exception:
                    log.exception("mail round failed; trying again in %.0f s", interval)
                spent = (self.clock.now() - started) / dt.timedelta(seconds=1)
                deadline = max(1.0, interval - spent)
                waited = 0.0
                while waited < deadline and not stop.is_set() and not woken.is_set():
                    stop.wait(min(1.0, deadline - waited))
                    waited += 1.0
        finally:
            for watcher in watchers:
                watcher.stop.set()
            self.release_all()
