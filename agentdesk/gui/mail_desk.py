# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's side of the email channel: fetching and sending in the background, and replies
by mail.

Every minute, as soon as a server announces new mail (IMAP IDLE, where the server has it), and
right after a reply was written, one round runs on a worker thread: fetch each
mailbox this desktop holds the lease for, then send what waits in the outbox. The window never
waits for a mail server. What happened is told in one line for the status bar ("support@shop:
2 new messages"; "Not sent — the server refused the password"); new mail makes the window
refresh its list.

Passwords come from the OS keyring. Where there is none (a desktop without a keyring service), the
settings dialog says so and the password is kept in memory until AgentDesk closes: it is asked for
again at the next start.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, QTimer, Signal

from agentdesk.errors import AgentDeskError
from agentdesk.gui.tasks import TaskRunner
from agentdesk.mail.accounts import AccountInfo, KeyringPasswords, MailAccounts
from agentdesk.mail.errors import CredentialsError
from agentdesk.mail.idle import IdleWatcher
from agentdesk.mail.lease import Lease
from agentdesk.mail.send import DeliveryStatus, SendResult
from agentdesk.mail.service import MailService, RoundResult
from agentdesk.services import Services

log = logging.getLogger("agentdesk.gui.mail")

ROUND_MS = 60_000
FIRST_ROUND_MS = 2_000


class DeskPasswords:
    """The keyring, or — where there is none — passwords typed since AgentDesk started."""

    def __init__(self, keyring: KeyringPasswords | None = None) -> None:
        self.keyring = keyring or KeyringPasswords()
        self.session: dict[uuid.UUID, str] = {}

    def keyring_problem(self) -> str | None:
        """Why passwords cannot go to the keyring (None: they can)."""
        try:
            self.keyring._keyring()  # the same check every keyring use makes
        except CredentialsError as exc:
            return exc.message
        return None

    def remember(self, account_id: uuid.UUID, password: str) -> bool:
        """Keep ``password``: in the keyring (True) or, without one, until AgentDesk closes (False)."""
        if self.keyring_problem() is None:
            self.keyring.store(account_id, password)
            self.session.pop(account_id, None)
            return True
        self.session[account_id] = password
        return False

    def get(self, account_id: uuid.UUID, protocol: str) -> str:
        if account_id in self.session:
            return self.session[account_id]
        return self.keyring.get(account_id, protocol)


class MailDesk(QObject):
    """Fetch and send in the background; replies by mail for the pane."""

    status = Signal(str)  # one line for the status bar
    arrived = Signal()  # new mail or a changed delivery state: the window reads its list again
    _woken = Signal(object)  # from an IDLE thread: mail is waiting in this account

    def __init__(
        self,
        services: Services,
        passwords: DeskPasswords | None = None,
        parent: QObject | None = None,
        *,
        interval_ms: int = ROUND_MS,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.passwords = passwords or DeskPasswords()
        self.accounts = MailAccounts(services.store, self.passwords.keyring)
        self.service = MailService(services.store, self.passwords, services.clock)
        self.tasks = TaskRunner(self, threads=1)  # one round at a time
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.round)
        self.last: RoundResult | None = None
        self.watchers: dict[uuid.UUID, IdleWatcher] = {}
        self._woken.connect(lambda _account: self.round())
        self._again = False  # mail announced while a round ran: one more round after it

    def use_lease(self, lease: Lease) -> None:
        """Who may fetch: with a team server, the lock on the server (so one desktop fetches)."""
        old = self.service.lease
        self.service.lease = lease
        if old is not lease:
            for info in self.accounts_list():
                try:
                    old.release(info.id)
                except AgentDeskError:
                    pass

    def accounts_list(self) -> list[AccountInfo]:
        try:
            return self.accounts.list(active_only=True)
        except AgentDeskError as exc:
            log.warning("mail accounts not read: %s", exc.message)
            return []

    def start(self) -> None:
        """Rounds every minute, the first one shortly after the window is up (if there is a
        mailbox); IDLE watchers wake a round as soon as a server announces mail."""
        self.timer.start()
        if self.accounts_list():
            QTimer.singleShot(FIRST_ROUND_MS, self.round)
        self.watch()

    def watch(self) -> None:
        """One IDLE watcher per active mailbox (again after the accounts changed)."""
        wanted = {info.id: info for info in self.accounts_list()}
        for account_id in list(self.watchers):
            watcher = self.watchers[account_id]
            if account_id not in wanted or wanted[account_id].settings != watcher.settings:
                watcher.stop.set()
                del self.watchers[account_id]
        for account_id, info in wanted.items():
            if account_id not in self.watchers:
                watcher = IdleWatcher(account_id, info.settings, self.passwords, self._woken.emit)
                self.watchers[account_id] = watcher
                watcher.start()

    def stop(self) -> None:
        self.timer.stop()
        for watcher in self.watchers.values():
            watcher.stop.set()
        self.watchers.clear()
        self.tasks.close()
        try:
            self.service.release_all()
        except AgentDeskError as exc:
            log.info("mail leases not released: %s", exc.message)

    def busy(self) -> bool:
        return self.tasks.busy("mail")

    def round(self) -> None:
        """Fetch, then send, on the worker; nothing happens without a mailbox."""
        if self.busy():
            self._again = True
            return
        if not self.accounts_list():
            return
        self.tasks.run("mail", self.service.run_round, self._round_done, self._failed)

    def _round_done(self, result: RoundResult) -> None:
        self.last = result
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.round)
        lines = result.lines()
        if lines:
            self.status.emit(" · ".join(lines))
        if any(r.stored for r in result.fetched) or result.sent.sent or result.sent.failed:
            self.arrived.emit()

    def _failed(self, reason: str) -> None:
        self._again = False
        self.status.emit(self.tr("Mail: %1").replace("%1", reason))

    # -- replies -------------------------------------------------------------------------------

    def sends_by_mail(self, channel: str) -> bool:
        """Whether a reply on ``channel`` goes out by mail here (an email conversation and a mailbox)."""
        return channel == "email" and bool(self.accounts_list())

    def queue_reply(self, conversation_id: uuid.UUID, body: str, status_after: str | None) -> uuid.UUID:
        """Store the reply and queue it in one transaction; it is sent in the background right away."""
        message_id = self.service.sender.queue_reply(
            conversation_id, body, status_after=status_after, actor_id=self.services.agent_id
        )
        QTimer.singleShot(0, self.send_now)
        return message_id

    def send_now(self) -> None:
        if not self.tasks.busy("send"):
            self.tasks.run("send", self.service.sender.flush, self._sent, self._failed)

    def _sent(self, result: SendResult) -> None:
        if result.sent or result.failed:
            self.status.emit(self.tr("Outbox: %1").replace("%1", result.describe()))
            self.arrived.emit()

    def retry(self, message_id: uuid.UUID) -> None:
        self.service.sender.retry(message_id)
        self.send_now()

    def statuses(self, conversation_id: uuid.UUID) -> dict[uuid.UUID, DeliveryStatus]:
        try:
            return self.service.sender.statuses(conversation_id)
        except AgentDeskError:
            return {}
