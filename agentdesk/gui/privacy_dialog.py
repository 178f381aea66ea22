# SPDX-License-Identifier: GPL-3.0-or-later
"""The customer panel's GDPR actions (right-click on the panel): *Export personal data…* writes
the customer's archive into a folder the agent picks (``agentdesk.privacy.export``); *Erase
customer…* (supervisors and admins) asks for the reason and a confirmation, says what goes and what
stays, and erases (``agentdesk.privacy.erase``); the sync carries the erasure everywhere.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.services import Services
from agentdesk.store.models import Agent, Customer, Role


def may_erase(services: Services) -> bool:
    """Whether the agent at this desk may erase (supervisor or admin; no agent chosen: the
    database's owner)."""
    if services.agent_id is None:
        return True
    with services.store.read() as session:
        agent = session.get(Agent, services.agent_id)
        return agent is not None and agent.role in (Role.SUPERVISOR.value, Role.ADMIN.value)


class EraseDialog(QDialog):
    """Erase one customer: reason, what happens, a confirmation; ``erased`` once done."""

    def __init__(self, services: Services, customer_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self.erased = False
        with services.store.read() as session:
            customer = session.get(Customer, customer_id)
            name = customer.name if customer is not None else ""
            email = (customer.email or "") if customer is not None else ""
        self.setWindowTitle(self.tr("Erase customer"))
        heading = QLabel(self.tr("Erase %1 for good?").replace("%1", f"{name} <{email}>" if email else name))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        explained = QLabel(
            self.tr(
                "Their name, addresses, notes, the texts of their conversations, their survey comments and "
                "all files are deleted here, on the server and, at their next sync, on every other desktop. "
                "The conversations stay as empty records, so reports and KPIs keep counting them. "
                "This cannot be undone. Export their data first if they asked for a copy."
            )
        )
        explained.setWordWrap(True)
        explained.setTextFormat(Qt.TextFormat.PlainText)
        from agentdesk.privacy.erase import REASON_LABELS, server_allows_erasure  # sync: on first use

        self.reason = QComboBox()
        for code, label in REASON_LABELS.items():
            self.reason.addItem(QCoreApplication.translate(label.context, str(label)), code)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explained)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.reason.setFocus()
        try:  # a login the server would refuse: say so now, before the agent fills anything in
            server_allows_erasure(services.store)
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.confirm.setEnabled(False)
            self.reason.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _erase(self) -> None:
        from agentdesk.privacy.erase import erase_customer

        try:
            erase_customer(
                self.services.store,
                self.customer_id,
                str(self.reason.currentData()),
                self.services.clock,
                actor_id=self.services.agent_id,
            )
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.erased = True
        self.accept()


def export_personal_data(services: Services, customer_id: uuid.UUID, parent: QWidget) -> Path | None:
    """Ask for a folder and write the customer's archive there; the archive's path, or None."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("PrivacyActions", "Export personal data to folder")
    )
    if not folder:
        return None
    from agentdesk.privacy.export import export_customer

    try:
        result = export_customer(services.store, customer_id, Path(folder), services.clock)
    except AgentDeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PrivacyActions", "Export personal data"), exc.message
        )
        return None
    text = (
        QCoreApplication.translate("PrivacyActions", "Wrote %1 with %2 conversations and %3 files.")
        .replace("%1", str(result.path))
        .replace("%2", str(result.conversations))
        .replace("%3", str(result.files))
    )
    if result.missing_files:
        text += " " + QCoreApplication.translate(
            "PrivacyActions", "%1 files are not on this desktop in full and are listed only."
        ).replace("%1", str(result.missing_files))
    QMessageBox.information(
        parent, QCoreApplication.translate("PrivacyActions", "Export personal data"), text
    )
    return result.path


def add_privacy_actions(
    panel: QWidget,
    services: Services | None,
    shown: Callable[[], object],
    changed: Callable[[uuid.UUID], None],
) -> None:
    """Give ``panel`` a context menu with the two actions for the customer ``shown()`` returns
    (anything with an ``id``, or None); ``changed(id)`` runs after an erasure."""
    if services is None:
        return

    def current() -> uuid.UUID | None:
        found = getattr(shown(), "id", None)
        return found if isinstance(found, uuid.UUID) else None

    export = QAction(QCoreApplication.translate("PrivacyActions", "Export personal data…"), panel)
    erase = QAction(QCoreApplication.translate("PrivacyActions", "Erase customer…"), panel)
    panel.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def run_export() -> None:
        customer_id = current()
        if customer_id is not None:
            export_personal_data(services, customer_id, panel)

    def run_erase() -> None:
        customer_id = current()
        if customer_id is None:
            return
        dialog = EraseDialog(services, customer_id, panel)
        dialog.exec()
        if dialog.erased:
            changed(customer_id)

    def refresh() -> None:
        customer_id = current()
        export.setEnabled(customer_id is not None)
        allowed = customer_id is not None and may_erase(services)
        if allowed and customer_id is not None:
            from agentdesk.privacy.erase import is_erased

            with services.store.read() as session:
                allowed = not is_erased(session, customer_id)
        erase.setEnabled(allowed)

    def show_menu(position: QPoint) -> None:
        refresh()
        menu = QMenu(panel)
        menu.addAction(export)
        menu.addAction(erase)
        menu.exec(panel.mapToGlobal(position))

    export.triggered.connect(run_export)
    erase.triggered.connect(run_erase)
    panel.customContextMenuRequested.connect(show_menu)
    panel.setProperty("privacyActions", [export, erase])  # for tests and the shortcut overview
