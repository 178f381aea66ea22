# SPDX-License-Identifier: GPL-3.0-or-later
"""Editing one customer: the fields, the organisation, the history of changes, and merging a
duplicate into this record.

Ctrl+Return (or Enter outside the notes) saves; a field that cannot be kept is named in one line
under the form and gets the focus, and nothing is written. *Merge a duplicate…* finds another
customer by name or address and, after a confirmation that says how many conversations move,
folds them into this one (``CustomerService.merge``).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.customers.organisations import OrganisationService
from agentdesk.customers.records import CustomerRecord, CustomerService, HistoryEntry
from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.services import Services
from agentdesk.store.models import LANGUAGES, Plan

FIELD_ORDER = ("name", "email", "other_emails", "phone", "company", "organisation_id", "language", "plan",
               "vip", "notes")  # fmt: skip


class CustomerDialog(QDialog):
    def __init__(self, services: Services, customer_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.customers = CustomerService(services.store, services.clock, services.agent_id)
        self.organisations = OrganisationService(services.store, services.clock, services.agent_id)
        self.customer_id = customer_id
        self.record: CustomerRecord = self.customers.get(customer_id)
        self.changed = False  # something was saved or merged: the caller shows the record again
        self.setWindowTitle(self.tr("Customer: %1").replace("%1", self.record.name))
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.email = QLineEdit()
        self.other_emails = QLineEdit()
        self.other_emails.setPlaceholderText(self.tr("Separated by commas"))
        self.phone = QLineEdit()
        self.company = QLineEdit()
        self.organisation = QComboBox()
        self.new_organisation = QPushButton(self.tr("New…"))
        self.new_organisation.setToolTip(self.tr("Create an organisation"))
        self.new_organisation.clicked.connect(self._create_organisation)
        self.edit_organisation = QPushButton(self.tr("Edit…"))
        self.edit_organisation.setToolTip(self.tr("Name, domains, plan and notes of this organisation"))
        self.edit_organisation.clicked.connect(self._edit_organisation)
        self.organisation.currentIndexChanged.connect(
            lambda _i: self.edit_organisation.setEnabled(self.organisation.currentData() is not None)
        )
        organisation_row = QHBoxLayout()
        organisation_row.addWidget(self.organisation, 1)
        organisation_row.addWidget(self.edit_organisation)
        organisation_row.addWidget(self.new_organisation)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(labels.language_label(code), code)
        self.plan = QComboBox()
        for plan in Plan.values():
            self.plan.addItem(labels.plan_label(plan), plan)
        self.vip = QCheckBox(self.tr("VIP: their conversations deserve extra care"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("For example: prefers a call after 16:00"))
        self.notes.setMinimumHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Other emails"), self.other_emails)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("Co&mpany"), self.company)
        organisation_label = QLabel(self.tr("Or&ganisation"))  # a row of two: the label needs its buddy
        organisation_label.setBuddy(self.organisation)
        form.addRow(organisation_label, organisation_row)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("P&lan"), self.plan)
        form.addRow("", self.vip)
        form.addRow(self.tr("No&tes"), self.notes)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.error)

        self.history = QListWidget()
        self.history.setObjectName("customerHistory")
        self.history.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("&Details"))
        self.tabs.addTab(self.history, self.tr("&History"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge a duplicate…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.clicked.connect(self._merge)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._fill()
        self.name.setFocus()

    # -- showing ------------------------------------------------------------------------------

    def _fill(self) -> None:
        record = self.record
        self.name.setText(record.name)
        self.email.setText(record.email or "")
        self.other_emails.setText(", ".join(record.other_emails))
        self.phone.setText(record.phone or "")
        self.company.setText(record.company or "")
        self._fill_organisations(record.organisation_id)
        self.language.setCurrentIndex(max(0, self.language.findData(record.language)))
        self.plan.setCurrentIndex(max(0, self.plan.findData(record.plan)))
        self.vip.setChecked(record.vip)
        self.notes.setPlainText(record.notes)
        self._fill_history()

    def _fill_organisations(self, selected: uuid.UUID | None) -> None:
        self.organisation.clear()
        self.organisation.addItem(self.tr("None"), None)
        for org in self.organisations.all():
            self.organisation.addItem(org.name, str(org.id))  # as text: Qt keeps no UUID objects
        self.organisation.setCurrentIndex(
            max(0, self.organisation.findData(str(selected) if selected else None))
        )
        self.edit_organisation.setEnabled(self.organisation.currentData() is not None)

    def _fill_history(self) -> None:
        self.history.clear()
        for entry in self.customers.history(self.customer_id):
            QListWidgetItem(self.history_text(entry), self.history)
        if self.history.count() == 0:
            QListWidgetItem(self.tr("No changes yet."), self.history)

    def history_text(self, entry: HistoryEntry) -> str:
        when = labels.local_datetime(entry.at)
        who = entry.actor_name or self.tr("AgentDesk")
        if entry.kind == "merge":
            moved = len(entry.data.get("conversations", []))
            what = self.tr("merged %1 into this customer (%n conversations moved)", "", moved)
            what = what.replace("%1", str(entry.data.get("from_name", "")))
        elif entry.kind == "import":
            what = self.tr("imported from %1").replace("%1", str(entry.data.get("file") or "CSV"))
            if entry.data.get("changes"):
                what += ": " + ", ".join(self.field_name(f) for f in entry.data["changes"])
        else:
            what = self.tr("changed %1").replace(
                "%1", ", ".join(self.field_name(f) for f in entry.data.get("changes", {}))
            )
        return f"{when} · {who}: {what}"

    def field_name(self, field: str) -> str:
        names = {
            "name": self.tr("name"),
            "email": self.tr("email"),
            "other_emails": self.tr("other emails"),
            "phone": self.tr("phone"),
            "company": self.tr("company"),
            "organisation_id": self.tr("organisation"),
            "language": self.tr("language"),
            "plan": self.tr("plan"),
            "vip": self.tr("VIP"),
            "notes": self.tr("notes"),
        }
        return names.get(field, field)

    # -- saving -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "email": self.email.text(),
            "other_emails": self.other_emails.text(),
            "phone": self.phone.text(),
            "company": self.company.text(),
            "organisation_id": uuid.UUID(self.organisation.currentData())
            if self.organisation.currentData()
            else None,
            "language": self.language.currentData(),
            "plan": self.plan.currentData(),
            "vip": self.vip.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        try:
            changed = self.customers.update(self.customer_id, values)
        except AgentDeskError as exc:
            self._show_error(exc.message, values)
            return
        self.changed = self.changed or bool(changed)
        self.accept()

    def _show_error(self, message: str, values: dict[str, Any]) -> None:
        self.error.setText(message)
        self.error.show()
        self.tabs.setCurrentIndex(0)
        from agentdesk.customers.records import parse_edit

        widgets = {"name": self.name, "email": self.email, "other_emails": self.other_emails,
                   "phone": self.phone, "company": self.company, "notes": self.notes}  # fmt: skip
        for key, widget in widgets.items():
            try:
                parse_edit({key: values[key]})
            except AgentDeskError:
                widget.setFocus()
                return
        if "@" in message:  # an address another customer has
            self.email.setFocus()

    # -- organisation and merge -----------------------------------------------------------------

    def _create_organisation(self) -> None:
        from agentdesk.gui.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.services, None, self)
        domain = (self.email.text().rpartition("@")[2] or "").strip().lower()
        if domain:
            dialog.domains.setText(domain)
        if self.company.text().strip():
            dialog.name.setText(self.company.text().strip())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.organisation_id is not None:
            self._fill_organisations(dialog.organisation_id)

    def _edit_organisation(self) -> None:
        from agentdesk.gui.organisation_dialog import OrganisationDialog

        current = self.organisation.currentData()
        if current is None:
            return
        dialog = OrganisationDialog(self.services, uuid.UUID(current), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_organisations(uuid.UUID(current))
            self.changed = True

    def _merge(self) -> None:
        picker = MergePicker(self.services, self.record, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        other_id, other_name = picker.chosen
        answer = QMessageBox.question(
            self,
            self.tr("Merge customers"),
            self.tr(
                "Merge %1 into %2? Their conversations, addresses and notes move to %2, and %1 is removed. "
                "This cannot be undone."
            )
            .replace("%1", other_name)
            .replace("%2", self.record.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.customers.merge(self.customer_id, other_id)
        except AgentDeskError as exc:
            QMessageBox.warning(self, self.tr("Merge customers"), exc.message)
            return
        self.changed = True
        self.record = self.customers.get(self.customer_id)
        self._fill()
        self.tabs.setCurrentIndex(1)


class MergePicker(QDialog):
    """Find the duplicate to fold into this customer: likely ones first, then by search."""

    def __init__(self, services: Services, record: CustomerRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customers = CustomerService(services.store, services.clock, services.agent_id)
        self.record = record
        self.chosen: tuple[uuid.UUID, str] | None = None
        self.setWindowTitle(self.tr("Merge a duplicate into %1").replace("%1", record.name))
        self.setMinimumSize(440, 360)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or email address"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("mergeCandidates")
        self.hint = QLabel(self.tr("Customers with the same name or address are listed first."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose = buttons.addButton(self.tr("&Merge…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.results.currentRowChanged.connect(lambda row: self.choose.setEnabled(row >= 0))
        self.results.itemActivated.connect(lambda _item: self._accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self._show([(r.id, r.name, r.email) for r in self.customers.duplicates_of(record.id)])

    def _find(self) -> None:
        text = self.search.text().strip()
        if not text:
            self._show([(r.id, r.name, r.email) for r in self.customers.duplicates_of(self.record.id)])
            return
        self._show([row for row in self.customers.find(text) if row[0] != self.record.id])

    def _show(self, rows: list[tuple[uuid.UUID, str, str | None]]) -> None:
        self.results.clear()
        for cid, name, email in rows:
            item = QListWidgetItem(f"{name} <{email}>" if email else name, self.results)
            item.setData(Qt.ItemDataRole.UserRole, (cid, name))
        if rows:
            self.results.setCurrentRow(0)

    def _enter(self) -> None:
        self._timer.stop()
        self._find()
        if self.results.count():
            self.results.setFocus()

    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
