# SPDX-License-Identifier: GPL-3.0-or-later
"""Managing macros (File → Macros…): the list in the order the composer offers them, with their
uses; the selected macro's name, description, who sees it and its actions; new, delete, move up
and down, and import/export as one JSON file (``agentdesk.routing.exchange``)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import ordered_rows
from agentdesk.gui.actions_form import ActionsForm
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroDraft, MacroRow
from agentdesk.routing import exchange
from agentdesk.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MacrosDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("macrosDialog")
        self.setWindowTitle(self.tr("Macros"))
        self.services = services
        self.current: uuid.UUID | None = None
        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("macroList")
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        for button in (self.new_button, self.delete_button, self.up_button, self.down_button):
            row.addWidget(button)
        left.addLayout(row)
        body.addLayout(left, 2)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("macroName")
        self.name.setMaxLength(200)
        form.addRow(self.tr("N&ame:"), self.name)
        self.description = QPlainTextEdit()
        self.description.setObjectName("macroDescription")
        self.description.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        form.addRow(self.tr("Descr&iption:"), self.description)
        self.scope = QComboBox()
        self.scope.setObjectName("macroScope")
        self.scope.addItem(self.tr("Everyone"), "everyone")
        self.scope.addItem(self.tr("A team"), "team")
        self.scope.addItem(self.tr("Only me"), "personal")
        self.scope_team = QComboBox()
        self.scope_team.setObjectName("macroScopeTeam")
        for team in services.directory.teams():
            self.scope_team.addItem(team.name, str(team.id))
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope)
        scope_row.addWidget(self.scope_team, 1)
        form.addRow(self.tr("For:"), scope_row)
        self.active = QCheckBox(self.tr("Offered in the composer and menus"))
        self.active.setChecked(True)
        form.addRow("", self.active)
        right.addLayout(form)
        heading = QLabel(self.tr("Actions"))
        heading.setObjectName("sectionHeading")
        right.addWidget(heading)
        self.actions_form = ActionsForm(services, with_reply=True)
        right.addWidget(self.actions_form)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("macroSave")
        self.save_button.setDefault(True)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.problem = QLabel()
        self.problem.setObjectName("macroProblem")
        self.problem.setWordWrap(True)
        right.addWidget(self.problem)
        right.addStretch(1)
        body.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("&Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = buttons.addButton(self.tr("E&xport…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.save_button.clicked.connect(self.save)
        self.scope.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.resize(900, 620)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new()

    # -- list ------------------------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        rows = self.services.macros.list_macros()
        for row in rows:
            text = self.tr("%1 · uses: %n", "", row.usage_count).replace("%1", row.name)
            item = QListWidgetItem(text if row.active else self.tr("%1 (off)").replace("%1", text))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.description)
            self.list.addItem(item)
            if row.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(bool(rows))

    def _show(self, item: QListWidgetItem | None) -> None:
        self.problem.clear()
        if item is None:
            return
        try:
            row = self.services.macros.get(item.data(ID_ROLE))
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            return
        self._fill(row)

    def _fill(self, row: MacroRow | None) -> None:
        self.current = row.id if row else None
        self.name.setText(row.name if row else "")
        self.description.setPlainText(row.description if row else "")
        self.scope.setCurrentIndex(max(self.scope.findData(row.scope if row else "everyone"), 0))
        if row is not None and row.team_id is not None:
            self.scope_team.setCurrentIndex(max(self.scope_team.findData(str(row.team_id)), 0))
        self.active.setChecked(row.active if row else True)
        self.actions_form.set_bundle(row.actions if row else Actions())
        self._scope_changed()

    def _scope_changed(self) -> None:
        self.scope_team.setEnabled(self.scope.currentData() == "team")

    # -- editing ---------------------------------------------------------------------------------

    def new(self) -> None:
        self.list.clearSelection()
        self.current = None
        self.name.clear()
        self.description.clear()
        self.scope.setCurrentIndex(0)
        self.active.setChecked(True)
        self.actions_form.set_bundle(Actions())
        self._scope_changed()
        self.problem.clear()
        self.name.setFocus()

    def draft(self) -> MacroDraft:
        return MacroDraft(
            self.name.text(),
            self.actions_form.bundle(),
            self.description.toPlainText(),
            str(self.scope.currentData()),
            uuid.UUID(self.scope_team.currentData())
            if self.scope.currentData() == "team" and self.scope_team.currentData()
            else None,
            self.active.isChecked(),
        )

    def save(self) -> None:
        ordered_rows.save(self, self.services.macros)

    def delete(self) -> None:
        ordered_rows.delete(self, self.services.macros)

    def move_current(self, offset: int) -> None:
        ordered_rows.move(self, self.services.macros, offset)

    # -- files -----------------------------------------------------------------------------------

    def export_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export macros and rules"), "macros.json", self.tr("JSON files (*.json)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        try:
            count = exchange.export_file(self.services.store, path)
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            return
        self.problem.setText(self.tr("Macros and rules exported: %n.", "", count))

    def import_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import macros and rules"), "", self.tr("JSON files (*.json)")
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        try:
            summary = exchange.import_file(self.services.store, path, self.services.macros)
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            return
        self.problem.setText(
            self.tr("Imported: %1 new, %2 updated.")
            .replace("%1", str(summary.macros_added + summary.rules_added))
            .replace("%2", str(summary.macros_updated + summary.rules_updated))
        )
        self.reload(self.current)
