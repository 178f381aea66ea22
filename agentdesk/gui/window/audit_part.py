# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's audit log: *File → Audit log…* for supervisors and admins.

The action comes from ``action_specs`` into the window's registry (its rule refuses agents, and
the tooltip says why); the dialog is not blocking and is kept while open (``window.audit_dialog``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agentdesk.errors import AgentDeskError
from agentdesk.gui.labels import translate
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place, WindowState
from agentdesk.gui.window.dialogs import open_tracked

if TYPE_CHECKING:
    from agentdesk.gui.audit_dialog import AuditLogDialog
    from agentdesk.gui.main_window import MainWindow


def _refuse(state: WindowState) -> str | None:
    if state.supervises:
        return None
    return translate("AuditPart", "The audit log is for supervisors and admins.")


class AuditPart(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @classmethod
    def attach(cls, window: MainWindow) -> AuditPart:
        """The window's part, made once."""
        found = getattr(window, "audit_part", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "audit_part", part)  # noqa: B010  (the window does not declare its parts)
        setattr(window, "audit_dialog", None)  # noqa: B010
        return part

    def action_specs(self) -> Iterator[ActionSpec]:
        yield ActionSpec(
            ActionId.AUDIT_LOG,
            translate("AuditPart", "Au&dit log…"),
            self.open_log,
            (),
            (Place(Menu.FILE, 1),),
            "mdi6.clipboard-text-clock-outline",
            _refuse,
            tip=translate("AuditPart", "Who changed agents, teams, policies, mailboxes and rules, and when"),
        )

    def open_log(self) -> AuditLogDialog | None:
        """The audit log (not blocking); an open one comes to the front."""
        from agentdesk.gui.audit_dialog import AuditLogDialog

        shown = getattr(self.window, "audit_dialog", None)
        if isinstance(shown, AuditLogDialog):
            shown.raise_()
            shown.activateWindow()
            return shown
        try:
            dialog = AuditLogDialog(self.window.services, self.window)
        except AgentDeskError as exc:
            self.window.statusBar().showMessage(exc.message, 8000)
            return None
        return open_tracked(self.window, "audit_dialog", dialog)
