# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing customers or organisations from a CSV file, with a preview.

Choose the file; the dialog reads it at once (encoding and separator as the file shows), guesses
which column holds what from the header, and shows the first rows as they would be stored with
what happens to each (added, updated, skipped as a duplicate). Each column's field can be changed,
and what a duplicate does; every change checks the whole file again (the dry run). A broken line
is named, with its number, and nothing can be imported until the file is put right. *Import*
writes it all in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.customers import csv_import
from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.services import Services

PREVIEW = 50


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.data: bytes | None = None
        self.path: Path | None = None
        self.plan: csv_import.ImportPlan | None = None
        self.outcome: csv_import.ImportResult | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(860, 560)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("A CSV file: UTF-8 or Windows-1252, separated by ; or ,"))
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Customers"), csv_import.Kind.CUSTOMERS)
        self.kind.addItem(self.tr("Organisations"), csv_import.Kind.ORGANISATIONS)
        self.kind.currentIndexChanged.connect(lambda _i: self.check(guess=True))
        self.duplicates = QComboBox()
        self.duplicates.addItem(self.tr("Skip them"), csv_import.OnDuplicate.SKIP)
        self.duplicates.addItem(
            self.tr("Update the customer with the file's values"), csv_import.OnDuplicate.UPDATE
        )
        self.duplicates.currentIndexChanged.connect(lambda _i: self.check())
        form = QFormLayout()
        file_label = QLabel(self.tr("&File"))  # a row of two: the label needs its buddy
        file_label.setBuddy(self.choose)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("The file &lists"), self.kind)
        form.addRow(self.tr("Customers whose &email exists already"), self.duplicates)

        self.mapping = QTableWidget(1, 0)
        self.mapping.setObjectName("importMapping")
        self.mapping.setVerticalHeaderLabels([self.tr("Field")])
        self._fit_mapping()
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()  # the file's line number is the first column
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Which field each column holds:")))
        layout.addWidget(self.mapping)
        layout.addWidget(
            QLabel(
                self.tr("Preview (the first %1 rows, as they would be stored):").replace("%1", str(PREVIEW))
            )
        )
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.choose.setFocus()

    def field_names(self) -> dict[str | None, str]:
        return {
            None: self.tr("(not imported)"),
            "name": self.tr("Name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("Email"),
            "other_emails": self.tr("Other emails"),
            "phone": self.tr("Phone"),
            "company": self.tr("Company"),
            "organisation": self.tr("Organisation"),
            "language": self.tr("Language"),
            "plan": self.tr("Plan"),
            "notes": self.tr("Notes"),
            "vip": self.tr("VIP"),
            "domains": self.tr("Domains"),
        }

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        try:
            self.data = csv_import.read_file(path)
        except (AgentDeskError, OSError) as exc:
            self.data = None
            self._fail(exc.message if isinstance(exc, AgentDeskError) else str(exc.strerror or exc))
            return
        self.path = path
        self.file.setText(str(path))
        self.check(guess=True)

    def _current_mapping(self) -> list[str | None] | None:
        if self.mapping.columnCount() == 0:
            return None
        out: list[str | None] = []
        for column in range(self.mapping.columnCount()):
            combo = self.mapping.cellWidget(0, column)
            out.append(combo.currentData() if isinstance(combo, QComboBox) else None)
        return out

    def check(self, guess: bool = False) -> None:
        """Plan the import again (the dry run) and show it."""
        if self.data is None:
            return
        kind = csv_import.Kind(self.kind.currentData())  # Qt hands an enum's value back as text
        try:
            plan = csv_import.plan_import(
                self.services.store,
                self.data,
                kind=kind,
                mapping=None if guess else self._current_mapping(),
                on_duplicate=csv_import.OnDuplicate(self.duplicates.currentData()),
                file_name=self.path.name if self.path else "",
            )
        except AgentDeskError as exc:
            if guess or self.mapping.columnCount() == 0:
                self._show_mapping_from_header(kind)
            self._fail(exc.message)
            return
        self.plan = plan
        if guess or self.mapping.columnCount() != len(plan.header):
            self._show_mapping(plan.header, list(plan.mapping), kind)
        self._show_preview(plan)
        parts = [
            self.tr("%n to add", "", plan.added),
            self.tr("%n to update", "", plan.updated),
            self.tr("%n skipped as duplicates", "", plan.skipped),
        ]
        if plan.new_organisations:
            parts.append(self.tr("%n new organisations", "", len(plan.new_organisations)))
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checked, nothing written yet: %1.").replace("%1", ", ".join(parts)))
        self.import_button.setEnabled(plan.added + plan.updated > 0)

    def _show_mapping_from_header(self, kind: csv_import.Kind) -> None:
        try:
            from agentdesk.customers.csv_reader import read_table

            header = read_table(self.data or b"").header
        except AgentDeskError:
            return
        self._show_mapping(header, csv_import.guess_mapping(header, kind), kind)

    def _show_mapping(
        self, header: tuple[str, ...], mapping: list[str | None], kind: csv_import.Kind
    ) -> None:
        names = self.field_names()
        allowed = (
            csv_import.CUSTOMER_FIELDS
            if kind is csv_import.Kind.CUSTOMERS
            else csv_import.ORGANISATION_FIELDS
        )
        self.mapping.clear()
        self.mapping.setColumnCount(len(header))
        self.mapping.setHorizontalHeaderLabels(list(header))
        self.mapping.setVerticalHeaderLabels([self.tr("Field")])
        for column, chosen in enumerate(mapping):
            combo = QComboBox()
            combo.addItem(names[None], None)
            for field in allowed:
                combo.addItem(names.get(field, field), field)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(lambda _i: self.check())
            self.mapping.setCellWidget(0, column, combo)
        self.mapping.resizeColumnsToContents()
        self.mapping.resizeRowsToContents()
        self._fit_mapping()

    def _fit_mapping(self) -> None:
        """One row of field choices, the header and the scroll bar: never clipped, never more."""
        table = self.mapping
        row = table.rowHeight(0) if table.columnCount() else QComboBox().sizeHint().height() + 6
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + max(row, QComboBox().sizeHint().height() + 6)
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
            + 2
        )

    def _show_preview(self, plan: csv_import.ImportPlan) -> None:
        names = self.field_names()
        fields = [f for f in dict.fromkeys(k for row in plan.preview(PREVIEW) for k in row.values)]
        actions = {"add": self.tr("add"), "update": self.tr("update"), "skip": self.tr("skip (duplicate)")}
        self.preview.clear()
        self.preview.setColumnCount(len(fields) + 2)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Action"), *(names.get(f, f) for f in fields)]
        )
        rows = plan.preview(PREVIEW)
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.preview.setItem(r, 0, QTableWidgetItem(str(row.line)))
            self.preview.setItem(r, 1, QTableWidgetItem(actions.get(row.action, row.action)))
            for c, field in enumerate(fields, start=2):
                value = row.values.get(field)
                if field == "plan" and isinstance(value, str):
                    text = labels.plan_label(value)
                elif field == "language" and isinstance(value, str):
                    text = labels.language_label(value)
                elif isinstance(value, bool):
                    text = self.tr("yes") if value else ""
                elif isinstance(value, list):
                    text = ", ".join(value)
                else:
                    text = "" if value is None else str(value).replace("\n", " ")
                self.preview.setItem(r, c, QTableWidgetItem(text[:200]))
        self.preview.resizeColumnsToContents()

    def _fail(self, message: str) -> None:
        self.plan = None
        self.preview.setRowCount(0)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.setText(self.tr("Nothing can be imported: %1").replace("%1", message))
        self.import_button.setEnabled(False)

    def commit(self) -> None:
        if self.plan is None:
            return
        try:
            self.outcome = csv_import.commit(
                self.services.store, self.plan, clock=self.services.clock, actor_id=self.services.agent_id
            )
        except AgentDeskError as exc:
            self._fail(exc.message)
            return
        self.accept()
