# SPDX-License-Identifier: GPL-3.0-or-later
"""Creating or editing an organisation: name, mail domains, plan and notes.

New mail from one of the domains makes its sender one of the organisation's customers; a domain
another organisation has, or a public mail service's, is refused in one line under the form.
"""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.customers.organisations import OrganisationService
from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.services import Services
from agentdesk.store.models import Plan


class OrganisationDialog(QDialog):
    def __init__(
        self, services: Services, organisation_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = OrganisationService(services.store, services.clock, services.agent_id)
        self.organisation_id = organisation_id
        self.setWindowTitle(
            self.tr("New organisation") if organisation_id is None else self.tr("Organisation")
        )
        self.setMinimumWidth(440)
        self.name = QLineEdit()
        self.domains = QLineEdit()
        self.domains.setPlaceholderText(self.tr("example.com, example.de"))
        self.domains.setToolTip(self.tr("New mail from these domains joins the sender to this organisation."))
        self.plan = QComboBox()
        for plan in Plan.values():
            self.plan.addItem(labels.plan_label(plan), plan)
        self.plan.setCurrentIndex(self.plan.findData(Plan.STANDARD.value))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Domains"), self.domains)
        form.addRow(self.tr("P&lan"), self.plan)
        form.addRow(self.tr("No&tes"), self.notes)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if organisation_id is not None:
            record = self.service.get(organisation_id)
            self.name.setText(record.name)
            self.domains.setText(", ".join(record.domains))
            self.plan.setCurrentIndex(max(0, self.plan.findData(record.plan)))
            self.notes.setPlainText(record.notes)
        self.name.setFocus()

    def save(self) -> None:
        values = {
            "name": self.name.text(),
            "domains": self.domains.text(),
            "plan": self.plan.currentData(),
            "notes": self.notes.toPlainText(),
        }
        try:
            if self.organisation_id is None:
                self.organisation_id = self.service.create(values)
            else:
                self.service.update(self.organisation_id, values)
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            self.error.show()
            (self.domains if "domain" in exc.english().lower() else self.name).setFocus()
            return
        self.accept()
