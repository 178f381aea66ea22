# SPDX-License-Identifier: GPL-3.0-or-later
"""The saved view editor: a name, the filters (written as a field search, checked as typed),
the order, the list's columns, and who sees the view (only me, a team, everyone)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import SearchSyntaxError
from agentdesk.gui import theme
from agentdesk.inbox.query_language import Filters, parse_fields
from agentdesk.inbox.views import Sort

COLUMN_NAMES = ("assignee", "priority", "status", "customer", "tier", "waiting", "activity", "mood")


@dataclass(frozen=True)
class ViewDraft:
    """What the editor hands back: ``filters`` with names as typed (resolved on saving)."""

    name: str
    filters: Filters
    sort: Sort | None
    columns: tuple[str, ...]
    shared: bool
    team_id: uuid.UUID | None


class ViewEditor(QDialog):
    """New view or Edit view. ``teams`` are those the agent may share with; ``everyone`` whether
    they may share with every agent (supervisors and admins)."""

    def __init__(
        self,
        teams: Sequence[tuple[uuid.UUID, str]],
        *,
        everyone: bool = False,
        name: str = "",
        filters_text: str = "",
        sort: Sort | None = None,
        columns: Sequence[str] = (),
        shared: bool = False,
        team_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("viewEditor")
        self.setWindowTitle(self.tr("Edit view") if name else self.tr("New view"))
        self.setMinimumWidth(520)
        self.name = QLineEdit(name)
        self.name.setObjectName("viewName")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Billing, unassigned, German"))
        self.filters = QLineEdit(filters_text)
        self.filters.setObjectName("viewFilters")
        self.filters.setPlaceholderText(self.tr("e.g. team:billing assignee:none lang:de"))
        self.filter_help = QLabel(
            self.tr(
                "Fields: status, tier, team, assignee (me, none), channel, lang, priority, tag, "
                "sla (due_soon, breached, paused), mood, created, updated (> < a date). "
                "Commas: any of them; -field: leave out."
            )
        )
        self.filter_help.setWordWrap(True)
        self.filter_help.setObjectName("viewFilterHelp")
        self.problem = QLabel()
        self.problem.setObjectName("viewFilterProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {theme.SLA_CHIPS['breached'][1]};")
        self.problem.hide()

        self.sort = QComboBox()
        self.sort.setObjectName("viewSort")
        self.sort.addItem(self.tr("Most urgent first"), "")
        self.sort.addItem(self.tr("Latest activity first"), Sort.ACTIVITY.value)
        self.sort.addItem(self.tr("Priority, urgent first"), Sort.PRIORITY.value)
        self.sort.addItem(self.tr("Customer name"), Sort.CUSTOMER.value)
        self.sort.setCurrentIndex(max(0, self.sort.findData(sort.value if sort else "")))

        self.share = QComboBox()
        self.share.setObjectName("viewShare")
        self.share.addItem(self.tr("Only me"), "")
        for team, team_name in teams:
            self.share.addItem(self.tr("Team %1").replace("%1", team_name), team.hex)
        if everyone:
            self.share.addItem(self.tr("Every agent"), "everyone")
        if shared:
            wanted = team_id.hex if team_id else "everyone"
            self.share.setCurrentIndex(max(0, self.share.findData(wanted)))
        self.share.setEnabled(not name or self.share.count() > 1)

        self.column_boxes: dict[str, QCheckBox] = {}
        column_grid = QGridLayout()
        column_grid.setContentsMargins(0, 0, 0, 0)
        labels = {
            "assignee": self.tr("Assignee"),
            "priority": self.tr("Priority"),
            "status": self.tr("Status"),
            "customer": self.tr("Customer"),
            "tier": self.tr("Tier"),
            "waiting": self.tr("Waiting"),
            "activity": self.tr("Last activity"),
            "mood": self.tr("Mood"),
        }
        chosen = set(columns) if columns else {"assignee", "priority", "status", "customer", "tier"}
        for i, column in enumerate(COLUMN_NAMES):
            box = QCheckBox(labels[column])
            box.setChecked(column in chosen)
            self.column_boxes[column] = box
            column_grid.addWidget(box, i // 4, i % 4)
        column_box = QWidget()
        column_box.setLayout(column_grid)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Filters:"), self.filters)
        form.addRow("", self.problem)
        form.addRow("", self.filter_help)
        form.addRow(self.tr("&Order:"), self.sort)
        form.addRow(self.tr("Columns:"), column_box)
        form.addRow(self.tr("&Shared with:"), self.share)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.filters.textChanged.connect(self._check)
        self._check()

    def _parsed(self) -> Filters | None:
        """The filters typed, or None (the problem shown) when they cannot be read."""
        try:
            parsed = parse_fields(self.filters.text())
        except SearchSyntaxError as exc:
            self.show_problem(exc.message)
            return None
        if parsed.words:
            self.show_problem(
                self.tr("A view lists by fields; words (%1) are for searching and are not kept.").replace(
                    "%1", parsed.words
                )
            )
            return None
        self.problem.hide()
        return parsed.filters

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _check(self) -> None:
        ok = self._parsed() is not None and bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def draft(self) -> ViewDraft | None:
        filters = self._parsed()
        if filters is None:
            return None
        share = str(self.share.currentData() or "")
        sort_value = str(self.sort.currentData() or "")
        return ViewDraft(
            name=self.name.text(),
            filters=filters,
            sort=Sort(sort_value) if sort_value else None,
            columns=tuple(c for c, box in self.column_boxes.items() if box.isChecked()),
            shared=bool(share),
            team_id=uuid.UUID(hex=share) if share and share != "everyone" else None,
        )
