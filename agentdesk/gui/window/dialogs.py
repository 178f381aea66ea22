# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's non-blocking dialogs: opened, kept while open, forgotten when closed. Each dialog
module loads when its dialog is first opened, not before the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from agentdesk.gui.agents_dialog import AgentsTeamsDialog
    from agentdesk.gui.conflicts_dialog import ConflictsDialog
    from agentdesk.gui.mail_accounts import MailAccountsDialog
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.gui.server_settings import ServerSettingsDialog

D = TypeVar("D", bound=QDialog)


def open_tracked(window: QWidget, attr: str, dialog: D) -> D:
    """Open ``dialog`` without blocking; ``window.<attr>`` holds it while it is open (tests and
    the window reach it there) and is None again once it is closed and deleted."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    setattr(window, attr, dialog)
    dialog.destroyed.connect(lambda _obj=None: setattr(window, attr, None))
    dialog.open()
    return dialog


def open_server_settings(window: MainWindow) -> ServerSettingsDialog:
    from agentdesk.gui.server_settings import ServerSettingsDialog

    return open_tracked(window, "server_dialog", ServerSettingsDialog(window.sync, window))


def open_conflicts(window: MainWindow) -> ConflictsDialog:
    """The sync conflicts; a conversation chosen there opens in the window."""
    from agentdesk.gui.conflicts_dialog import ConflictsDialog

    dialog = ConflictsDialog(window.services, window)
    dialog.open_requested.connect(window.open_from_elsewhere)
    return open_tracked(window, "conflicts_dialog", dialog)


def open_mail_accounts(window: MainWindow) -> MailAccountsDialog:
    """The support mailboxes (not blocking); a change starts a round at once."""
    from agentdesk.gui.mail_accounts import MailAccountsDialog

    dialog = MailAccountsDialog(window.mail, window)
    dialog.changed.connect(window.mail.round)
    dialog.changed.connect(window.mail.watch)
    return open_tracked(window, "mail_dialog", dialog)


def open_agents_dialog(window: MainWindow) -> AgentsTeamsDialog:
    """Agents, teams and tier names (not blocking); read-only, and saying so, for agents."""
    from agentdesk.gui.agents_dialog import AgentsTeamsDialog

    dialog = AgentsTeamsDialog(window.services, window)
    dialog.changed.connect(window.directory_changed)
    return open_tracked(window, "agents_dialog", dialog)
