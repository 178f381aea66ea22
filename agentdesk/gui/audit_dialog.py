# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Audit log: who changed what in the workspace's administration, and when.

For supervisors and admins. The log is filtered by kind, author, period and a text; the entry
chosen shows each changed field before and after below the list (secrets show as ``•••``: they
were never written down). *Export CSV…* writes every entry the filter selects, not only the
newest shown. Nothing here changes an entry: the log is append-only (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.audit import log
from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels, theme
from agentdesk.messages import tr
from agentdesk.services import Services

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
TYPING_MS = 250  # the text filter waits this long after the last key


class AuditLogDialog(QDialog):
    """The audit log, filtered; raises ``PermissionDenied`` for an agent who is not a
    supervisor or an admin (the window does not offer it to them)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        log.may_read(services.store, services.agent_id)
        super().__init__(parent)
        self.services = services
        self.rows: list[log.AuditRow] = []
        self.names: dict[str, str] = {}  # ids in the entries' fields, by the names they stand for
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        intro = QLabel(
            self.tr(
                "Every change to agents, teams, tiers, SLA policies, mailboxes, replies, macros, routing "
                "rules and privacy settings, and every refused sign-in. Entries cannot be changed or deleted."
            )
        )
        intro.setWordWrap(True)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind, kind_name in log.KIND_NAMES.items():
            self.kind.addItem(tr(kind_name), kind.value)
        self.who = QComboBox()
        self.who.addItem(self.tr("Everyone"), None)
        for agent_id, name in log.authors(services.store):
            self.who.addItem(name, agent_id)
        self.period = QComboBox()
        for period, period_name in log.PERIOD_NAMES.items():
            self.period.addItem(tr(period_name), period.value)
        today = self._today()
        self.start = QDateEdit(QDate(today.year, today.month, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(QDate(log.FIRST_YEAR, 1, 1))
            edit.setMaximumDate(QDate(log.LAST_YEAR, 12, 31))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Find a name or a value"))
        self.text.setClearButtonEnabled(True)
        self.text.setMaxLength(log.TEXT_LIMIT)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_MS)
        self.typing.timeout.connect(self.reload)

        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Who:"), self.who),
            (self.tr("&Period:"), self.period),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.start)
        self.dash = QLabel("–")
        filters.addWidget(self.dash)
        filters.addWidget(self.end)
        filters.addWidget(self.text, 1)

        columns = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Kind"),
            self.tr("Item"),
            self.tr("What changed"),
        )
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_args: self._show_detail())

        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("auditDetail")
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().hide()
        detail_header = self.detail.horizontalHeader()
        detail_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        detail_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        detail_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([320, 200])

        self.note = QLabel()
        self.note.setObjectName("auditNote")
        self.note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.who.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.start.dateChanged.connect(lambda _d: self.reload())
        self.end.dateChanged.connect(lambda _d: self.reload())
        self.text.textChanged.connect(lambda _t: self.typing.start())
        self.resize(1040, 620)
        self._period_changed()

    # -- the filter ------------------------------------------------------------------------------

    def _zone(self) -> dt.tzinfo:
        return self.services.clock.now().astimezone().tzinfo or dt.UTC

    def _today(self) -> dt.date:
        return self.services.clock.now().astimezone(self._zone()).date()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == log.Period.CUSTOM.value
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(custom)
        self.reload()

    def current_filter(self) -> log.AuditFilter:
        """The filter the fields describe; raises ``ValidationError`` for a period that cannot be."""
        kind = self.kind.currentData()
        who = self.who.currentData()
        since, until = log.period_bounds(
            log.Period(self.period.currentData()),
            self.services.clock.now(),
            self._zone(),
            self.start.date().toPython(),  # type: ignore[arg-type]
            self.end.date().toPython(),  # type: ignore[arg-type]
        )
        return log.AuditFilter(
            frozenset({log.Kind(kind)}) if kind else frozenset(),
            who if isinstance(who, uuid.UUID) else None,
            since,
            until,
            self.text.text(),
        )

    # -- the list --------------------------------------------------------------------------------

    def reload(self) -> None:
        self.typing.stop()
        try:
            wanted = self.current_filter()
            self.rows = log.entries(self.services.store, wanted, limit=log.SHOWN + 1)
        except AgentDeskError as exc:
            self.rows = []
            self.names = {}
            self._fill()
            self.note.setText(exc.message)
            self.export_button.setEnabled(False)
            return
        more = len(self.rows) > log.SHOWN
        self.rows = self.rows[: log.SHOWN]
        self.names = log.names_of(self.services.store, self.rows)
        self._fill()
        if not self.rows:
            self.note.setText(self.tr("No entries match."))
        elif more:
            self.note.setText(
                self.tr("The newest %1 entries are shown; the export has all of them.").replace(
                    "%1", str(log.SHOWN)
                )
            )
        else:
            self.note.setText(self.tr("Entries: %1").replace("%1", str(len(self.rows))))
        self.export_button.setEnabled(bool(self.rows))

    def _fill(self) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.rows))
        for at, row in enumerate(self.rows):
            values = (
                labels.local_datetime(row.at),
                row.actor_name or self.tr("(nobody signed in)"),
                tr(log.ACTION_NAMES[row.action]) if row.action in log.ACTION_NAMES else row.action,
                tr(log.KIND_NAMES[row.kind]) if row.kind is not None else row.table_name,
                self._item(row),
                row.summary(field=self._field, names=self.names),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ROW_ROLE, at)
                item.setToolTip(text)
                self.table.setItem(at, column, item)
            who = self.table.item(at, 1)
            if who is not None and row.sent_by:
                who.setToolTip(
                    self.tr("%1 (sent by the server login %2)")
                    .replace("%1", who.text())
                    .replace("%2", row.sent_by)
                )
        if self.rows:
            self.table.selectRow(0)
        self._show_detail()

    @staticmethod
    def _field(name: str) -> str:
        return tr(log.FIELD_NAMES[name]) if name in log.FIELD_NAMES else name

    @staticmethod
    def _item(row: log.AuditRow) -> str:
        if row.table_name == "setting" and row.label in log.SETTING_NAMES:
            return tr(log.SETTING_NAMES[row.label])
        return row.label

    def current_row(self) -> log.AuditRow | None:
        at = self.table.currentRow()
        return self.rows[at] if 0 <= at < len(self.rows) else None

    def _show_detail(self) -> None:
        row = self.current_row()
        fields = row.fields() if row is not None else []
        self.detail.setRowCount(len(fields))
        for at, (name, before, after) in enumerate(fields):
            shown = (
                self._field(name),
                log.value_text(before, self.names, name)
                if row is not None and row.before is not None
                else "",
                log.value_text(after, self.names, name) if row is not None and row.after is not None else "",
            )
            for column, text in enumerate(shown):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.detail.setItem(at, column, item)

    # -- export ----------------------------------------------------------------------------------

    def ask_export(self) -> Path | None:
        suggested = f"audit-log-{self._today().isoformat()}.csv"
        chosen, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), suggested, self.tr("CSV files (*.csv)")
        )
        if not chosen:
            return None
        return self.export_to(Path(chosen))

    def export_to(self, path: Path) -> Path | None:
        """Write the entries the filter selects to ``path``; the path, or None (the note says why)."""
        try:
            written = log.export_csv(self.services.store, self.current_filter(), path)
        except AgentDeskError as exc:
            self.note.setText(exc.message)
            return None
        self.note.setText(
            self.tr("Exported to %1 (entries: %2).").replace("%1", str(path)).replace("%2", str(written))
        )
        return path
