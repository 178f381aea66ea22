# SPDX-License-Identifier: GPL-3.0-or-later
"""What goes on behind the window: SLA alerts, mail in and out, server sync.

The three run on their own; this part starts and stops them together and joins them where they
meet (fetched mail goes to the team's server, and with a server one desktop fetches each mailbox).
The window shows what they say and reads the list again when they change something.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from agentdesk.gui.conversation.pane import ConversationPane
from agentdesk.gui.inbox_model import InboxModel
from agentdesk.gui.mail_desk import DeskPasswords, MailDesk
from agentdesk.gui.presence_view import PresencePart
from agentdesk.gui.sla_alerts import SlaAlerts
from agentdesk.gui.sync_desk import SyncDesk
from agentdesk.services import Services

NOTICE_MS = 15_000  # how long a status-bar line from the background stays


class Background(QObject):
    notice = Signal(str, int)  # a line for the status bar, and for how many milliseconds

    def __init__(
        self,
        services: Services,
        passwords: DeskPasswords | None,
        window: QWidget,
        *,
        presence_in: tuple[ConversationPane, InboxModel],
    ) -> None:
        super().__init__(window)
        # Warnings and breaches of my conversations (and my tiers' unassigned ones), once each.
        self.sla_alerts = SlaAlerts(services, window)
        self.sla_alerts.alert.connect(
            lambda _cid, title, text: self.notice.emit(f"{title} — {text}", NOTICE_MS)
        )
        # Mail in and out, when a mailbox is connected.
        self.mail = MailDesk(services, passwords, parent=window)
        self.mail.status.connect(lambda text: self.notice.emit(text, NOTICE_MS))
        # Server sync, when this desktop is connected to a team server.
        self.sync = SyncDesk(services, window)
        self.mail.arrived.connect(self.sync.nudge)  # fetched mail goes to the team's server
        self.sync.changed.connect(self._share_mail_lease)
        # Who else is on a conversation: the header, the list mark and the warning strip.
        self.presence = PresencePart(*presence_in, self.sync.presence)

    def start(self) -> None:
        self.sla_alerts.start()
        self.mail.start()
        self.sync.start()

    def needs_password(self) -> bool:
        """Sync is wanted but no keyring kept the password (or there is none)."""
        sync = self.sync
        return sync.configured and not sync.work_offline and sync.credentials() is None

    def close(self) -> None:
        self.sla_alerts.close()
        self.mail.stop()
        lease_module = sys.modules.get("agentdesk.sync.lease")  # not loaded: no server lease was made
        if lease_module is not None and isinstance(self.mail.service.lease, lease_module.ServerFetchLease):
            self.mail.service.lease.release_all()
        self.sync.close()

    def _share_mail_lease(self) -> None:
        """With a team server, one desktop fetches each mailbox: the lease moves to the server."""
        config, credentials = self.sync.config(), self.sync.credentials()
        if config is None or credentials is None:
            return
        from agentdesk.sync.lease import ServerFetchLease  # psycopg: only with a server

        lease = self.mail.service.lease
        if isinstance(lease, ServerFetchLease) and (lease.url, lease.credentials) == (config[0], credentials):
            return
        self.mail.use_lease(ServerFetchLease(config[0], credentials))
