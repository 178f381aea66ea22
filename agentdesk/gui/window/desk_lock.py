# SPDX-License-Identifier: GPL-3.0-or-later
"""*File → Switch agent…* (Ctrl+Shift+O): the desk changes hands.

The draft in the composer is saved, the window's contents are hidden and the sign-in dialog asks
who works here now (``gui.signin_dialog``; no Cancel: whoever locked it signs in again to go
on). Once someone signs in, the leaving agent's drafts are parked and the arriving agent's come
back (``identity.drafts``), the desk's agent changes (``Services.set_agent``: everything done
from now on is recorded as theirs) and the window shows the same view and conversation again,
with their own draft. Quitting from the lock closes the window the usual way.

With a team server the agent is the server login, so the action is not offered there; after a
sync that learned the login's agent (``sync.login_role``), the desk follows it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from agentdesk.errors import AgentDeskError
from agentdesk.gui.labels import translate
from agentdesk.gui.signin_dialog import SignInDialog
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place, WindowState
from agentdesk.identity import drafts
from agentdesk.identity.signin import SignInService, server_agent

if TYPE_CHECKING:
    from agentdesk.gui.main_window import MainWindow

log = logging.getLogger("agentdesk.gui")


def _local_desk(state: WindowState) -> str | None:
    if state.sync_configured:
        return translate("DeskLock", "With a team server, you are the agent of your server login.")
    return None


class DeskLock(QObject):
    def __init__(self, window: MainWindow, signin: SignInService | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.signin = signin or SignInService(window.services.store, window.clock)
        self.dialog: SignInDialog | None = None

    @classmethod
    def attach(cls, window: MainWindow) -> DeskLock:
        found = getattr(window, "desk_lock", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "desk_lock", part)  # noqa: B010  (the window does not declare its parts)
        sync = getattr(window, "sync", None)
        if sync is not None:
            sync.changed.connect(part.follow_server_login)
        return part

    def follow_server_login(self) -> bool:
        """With a team server, the agent at the desk is the server login's (learned by a sync):
        switch to them when a sync has told another one. Whether the desk changed hands."""
        window = self.window
        if self.dialog is not None or not window.sync.configured:
            return False
        try:
            agent_id = server_agent(window.services.store)
        except AgentDeskError as exc:
            log.warning("the server login's agent not read: %s", exc.message)
            return False
        if agent_id is None or agent_id == window.services.agent_id:
            return False
        self.switch_to(agent_id)
        return True

    def action_specs(self) -> Iterator[ActionSpec]:
        yield ActionSpec(
            ActionId.SWITCH_AGENT,
            translate("DeskLock", "S&witch agent…"),
            self.lock,
            (QKeySequence("Ctrl+Shift+O"),),
            (Place(Menu.FILE, 1),),
            "mdi6.account-switch-outline",
            rule=_local_desk,
            tip=translate(
                "DeskLock", "Lock the desk and let another agent sign in; drafts are kept for each"
            ),
        )

    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> SignInDialog | None:
        """Hide the work and ask who signs in (not blocking)."""
        if self.dialog is not None:
            return self.dialog
        window = self.window
        showing = self._put_away()
        self._show_work(False)
        dialog = SignInDialog(self.signin, window, locked=True, current=window.services.agent_id)
        self.dialog = dialog

        def finished() -> None:
            self.dialog = None
            dialog.deleteLater()
            if dialog.signed_in is not None:
                self.switch_to(dialog.signed_in, showing)
            elif dialog.quitting:
                window.close()

        dialog.finished.connect(lambda _code: finished())
        dialog.open()
        return dialog

    def _show_work(self, on: bool) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(on)
        self.window.menuBar().setEnabled(on)

    def _put_away(self) -> uuid.UUID | None:
        """Save the draft and let the composer go of it; the conversation that was shown."""
        pane = self.window.pane
        pane.flush_draft()
        showing = pane.detail.id if pane.detail is not None else None
        if showing is not None:
            pane.show_nothing("")
        return showing

    def switch_to(self, agent_id: uuid.UUID, showing: uuid.UUID | None = None) -> None:
        """``agent_id`` works at this desk now, with their own drafts; the window shows again
        (``showing``: the conversation to open again; by default the one on show)."""
        window = self.window
        if window.pane.detail is not None:
            showing = self._put_away()
        leaving = window.services.agent_id
        try:
            drafts.hand_over(window.services.store, leaving, agent_id)
        except AgentDeskError as exc:
            window.messages.error(exc.message)
        window._settings_accepted(agent_id)  # the window's own "another agent works here" path
        self._show_work(True)
        if showing is not None:
            window.pane.show_conversation(showing)
        log.info("the desk changed hands")
