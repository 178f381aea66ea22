# SPDX-License-Identifier: GPL-3.0-or-later
"""Setting or resetting an agent's PIN or password, from "Agents and teams" (admins only).

``attach_secret_button`` puts *Set PIN or password…* beside Deactivate in the agent form; it
names the agent's state in its tooltip (none yet: they choose one at their first sign-in) and is
offered to admins only (``SignInService.may_set``: while a workspace has no admin, whoever sets it
up). The dialog asks for the new secret twice and keeps it nowhere but in the hash; a reset also
ends any wait after wrong tries.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, theme
from agentdesk.gui.labels import translate
from agentdesk.identity.secrets import MAX_LENGTH
from agentdesk.identity.signin import SignInService

if TYPE_CHECKING:
    from agentdesk.gui.agents_dialog import AgentsTeamsDialog


class SecretDialog(QDialog):
    """Set ``agent_id``'s PIN or password as ``actor_id``; accepted once it is stored."""

    def __init__(
        self,
        signin: SignInService,
        actor_id: uuid.UUID | None,
        agent_id: uuid.UUID,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("secretDialog")
        self.signin = signin
        self.actor_id = actor_id
        self.agent_id = agent_id
        self.setWindowTitle(self.tr("PIN or password for %1").replace("%1", name))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A PIN of at least 4 digits or a password of at least 8 characters. Tell it to %1 "
                "in person; AgentDesk keeps only a hash of it."
            ).replace("%1", name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setObjectName("newSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(MAX_LENGTH + 1)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatSecret")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setMaxLength(MAX_LENGTH + 1)
        form.addRow(self.tr("&New PIN or password:"), self.secret)
        form.addRow(self.tr("&Again:"), self.repeat)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("secretError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        if self.secret.text() != self.repeat.text():
            self.error.setText(self.tr("The two entries differ; type the same one twice."))
            return
        try:
            self.signin.set_secret(self.actor_id, self.agent_id, self.secret.text())
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            return
        self.secret.clear()
        self.repeat.clear()
        super().accept()


class SecretButton(QPushButton):
    """*Set PIN or password…* for the agent in the form of ``dialog``."""

    def __init__(self, dialog: AgentsTeamsDialog) -> None:
        super().__init__(translate("AgentSecret", "Set &PIN or password…"))
        self.setObjectName("secretButton")
        self.setAutoDefault(False)
        self.setIcon(icons.icon("mdi6.form-textbox-password"))
        self.dialog = dialog
        self.signin = SignInService(dialog.services.store, dialog.services.clock)
        self.secret_dialog: SecretDialog | None = None
        self.clicked.connect(self.open_dialog)
        dialog.agent_table.itemSelectionChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        agent_id = self.dialog._agent_id
        try:
            allowed = self.signin.may_set(self.dialog.services.agent_id)
            kind = self.signin.secret_kind(agent_id) if agent_id is not None else None
        except AgentDeskError:
            allowed, kind = False, None
        self.setVisible(allowed and agent_id is not None)
        if kind is None:
            self.setText(translate("AgentSecret", "Set &PIN or password…"))
            self.setToolTip(
                translate("AgentSecret", "None yet: this agent chooses one at their first sign-in.")
            )
        else:
            self.setText(translate("AgentSecret", "Reset &PIN or password…"))
            self.setToolTip(translate("AgentSecret", "A new one ends any wait after wrong tries."))

    def open_dialog(self) -> SecretDialog | None:
        agent_id = self.dialog._agent_id
        if agent_id is None:
            return None
        row = next((a for a in self.dialog._agents if a.id == agent_id), None)
        name = row.name if row is not None else ""
        dialog = SecretDialog(self.signin, self.dialog.services.agent_id, agent_id, name, self.dialog)
        self.secret_dialog = dialog
        dialog.accepted.connect(self._stored)
        dialog.open()
        return dialog

    def _stored(self) -> None:
        self.refresh()
        self.dialog.agent_status.setText(translate("AgentSecret", "PIN or password saved."))


def attach_secret_button(dialog: AgentsTeamsDialog) -> SecretButton:
    """Put the button beside Deactivate (in the same row of the agent form)."""
    button = SecretButton(dialog)
    parent = dialog.deactivate_button.parentWidget()
    layout = parent.layout() if parent is not None else None
    found = _layout_holding(layout, dialog.deactivate_button) if layout is not None else None
    if found is not None:
        found.insertWidget(found.indexOf(dialog.deactivate_button), button)
    elif (own := dialog.layout()) is not None:
        own.addWidget(button)
    return button


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None
