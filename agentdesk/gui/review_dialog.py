# SPDX-License-Identifier: GPL-3.0-or-later
"""Reviewing a queue: the conversations behind a dashboard number, with the supervisor's tools.

Tick conversations (or all of them) and reassign them, move them to another tier or team, or add a
coaching note to the one in focus. Every bulk action is one transaction through ``ReviewService``:
all of it or, with the reason shown, nothing. Works on the local database, so it works offline and
syncs later. A double click (or Enter) opens the conversation in the window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels, theme
from agentdesk.inbox.views import InboxRow
from agentdesk.messages import translatable
from agentdesk.metrics.review import BulkResult
from agentdesk.record_text import customer_name
from agentdesk.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    "",
    "#",
    translatable("QueueReviewDialog", "Subject"),
    translatable("QueueReviewDialog", "Customer"),
    translatable("QueueReviewDialog", "Status"),
    translatable("QueueReviewDialog", "Tier"),
    translatable("QueueReviewDialog", "Assignee"),
)


class NoteDialog(QDialog):
    """A short form: a choice (agent, tier or team) and a note."""

    def __init__(
        self,
        title: str,
        choice_label: str,
        choices: list[tuple[str, object]],
        note_label: str,
        *,
        note_required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.note_required = note_required
        self.choice = QComboBox()
        for text, data in choices:
            self.choice.addItem(text, data)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(note_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if choices:
            layout.addWidget(QLabel(choice_label))
            layout.addWidget(self.choice)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._update)
        self._update()
        self.resize(440, 280)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.note_required or bool(self.note.toPlainText().strip()))


class QueueReviewDialog(QDialog):
    """The conversations ``conversation_ids`` (most urgent first) with bulk tools."""

    open_requested = Signal(uuid.UUID)
    changed = Signal()

    def __init__(
        self,
        services: Services,
        conversation_ids: list[uuid.UUID],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ids = list(conversation_ids)
        self.setObjectName("queueReviewDialog")
        self.setWindowTitle(title)
        self.heading = QLabel(title)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() + 2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.select_all = QPushButton(self.tr("Tick &all"))
        self.reassign_button = QPushButton(self.tr("&Reassign…"))
        self.tier_button = QPushButton(self.tr("Move to &tier…"))
        self.team_button = QPushButton(self.tr("Move to t&eam…"))
        self.coach_button = QPushButton(self.tr("&Coaching note…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        tools = QHBoxLayout()
        for button in (self.select_all, self.reassign_button, self.tier_button, self.team_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.coach_button)
        tools.addWidget(self.open_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self.select_all.clicked.connect(self._tick_all)
        self.reassign_button.clicked.connect(self.ask_reassign)
        self.tier_button.clicked.connect(self.ask_tier)
        self.team_button.clicked.connect(self.ask_team)
        self.coach_button.clicked.connect(self.ask_coaching_note)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.resize(1000, 560)
        self.reload()

    # -- rows ----------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            rows = self.services.queries.rows(self.ids)
        except AgentDeskError as exc:
            self._say(exc.message, error=True)
            rows = {}
        ticked = set(self.ticked())
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for conversation_id in self.ids:
                row = rows.get(conversation_id)
                if row is not None:
                    self._add_row(row, conversation_id in ticked)
        finally:
            self.table.blockSignals(False)
        if self.table.rowCount() and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.heading.setText(
            f"{self.windowTitle()} · " + self.tr("%1 conversations").replace("%1", str(self.table.rowCount()))
        )
        self._update_buttons()

    def _add_row(self, row: InboxRow, ticked: bool) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        tick = QTableWidgetItem()
        tick.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        tick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        tick.setData(ID_ROLE, row.id)
        values = (
            f"#{row.number}" if row.number is not None else "",
            row.subject,
            customer_name(row.customer_name),
            labels.status_label(row.status),
            labels.tier_label(row.tier),
            row.assignee_name or self.tr("Unassigned"),
        )
        self.table.setItem(at, 0, tick)
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, row.id)
            if column == 6 and not row.assignee_name:
                item.setForeground(self.palette().placeholderText())
            self.table.setItem(at, column, item)

    def ticked(self) -> list[uuid.UUID]:
        found = []
        for at in range(self.table.rowCount()):
            item = self.table.item(at, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(ID_ROLE))
        return found

    def tick(self, conversation_ids: list[uuid.UUID]) -> None:
        wanted = set(conversation_ids)
        for at in range(self.table.rowCount()):
            item = self.table.item(at, 0)
            if item is not None:
                checked = item.data(ID_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _tick_all(self) -> None:
        everything = len(self.ticked()) < self.table.rowCount()
        self.tick(self.ids if everything else [])

    def _current_id(self) -> uuid.UUID | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        count = len(self.ticked())
        for button in (self.reassign_button, self.tier_button, self.team_button):
            button.setEnabled(count > 0)
        self.select_all.setText(
            self.tr("Untick &all") if count and count == self.table.rowCount() else self.tr("Tick &all")
        )
        self.coach_button.setEnabled(self.table.currentRow() >= 0)
        self.open_button.setEnabled(self.table.currentRow() >= 0)

    def _open(self, at: int) -> None:
        item = self.table.item(at, 0)
        if item is not None:
            self.open_requested.emit(item.data(ID_ROLE))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {theme.DANGER if error else theme.TEXT_MUTED};")

    # -- actions -------------------------------------------------------------------------------

    def reassign(self, agent_id: uuid.UUID | None) -> bool:
        return self._bulk(lambda ids: self.services.review.bulk_reassign(ids, agent_id))

    def set_tier(self, tier: int, note: str) -> bool:
        return self._bulk(lambda ids: self.services.review.bulk_set_tier(ids, tier, note))

    def set_team(self, team_id: uuid.UUID, note: str | None) -> bool:
        return self._bulk(lambda ids: self.services.review.bulk_set_team(ids, team_id, note))

    def add_coaching_note(self, conversation_id: uuid.UUID, body: str) -> bool:
        try:
            self.services.review.add_coaching_note(conversation_id, body)
        except AgentDeskError as exc:
            self._say(exc.message, error=True)
            return False
        self._say(self.tr("Coaching note added."))
        self.changed.emit()
        return True

    def _bulk(self, action: Callable[[list[uuid.UUID]], BulkResult]) -> bool:
        ids = self.ticked()
        if not ids:
            self._say(self.tr("Tick the conversations first."), error=True)
            return False
        try:
            result = action(ids)
        except AgentDeskError as exc:
            self._say(exc.message, error=True)
            return False
        self._say(result.message)
        self.reload()
        self.changed.emit()
        return True

    def ask_reassign(self) -> None:
        try:
            agents = self.services.directory.active_agents()
        except AgentDeskError as exc:
            self._say(exc.message, error=True)
            return
        choices: list[tuple[str, object]] = [(self.tr("Back to the queue (unassigned)"), None)]
        choices += [(a.name if a.team_name is None else f"{a.name} · {a.team_name}", a.id) for a in agents]
        names = [text for text, _ in choices]
        name, ok = QInputDialog.getItem(self, self.tr("Reassign"), self.tr("Give them to"), names, 0, False)
        if ok:
            self.reassign(choices[names.index(name)][1])  # type: ignore[arg-type]

    def ask_tier(self) -> None:
        choices: list[tuple[str, object]] = [(labels.tier_choice(t), t) for t in (1, 2, 3)]
        dialog = NoteDialog(
            self.tr("Move to another tier"),
            self.tr("Tier"),
            choices,
            self.tr("Hand-off note for the new tier (required)"),
            note_required=True,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_tier(int(dialog.choice.currentData()), dialog.note.toPlainText())

    def ask_team(self) -> None:
        try:
            teams = self.services.directory.team_choices()
        except AgentDeskError as exc:
            self._say(exc.message, error=True)
            return
        dialog = NoteDialog(
            self.tr("Move to another team"),
            self.tr("Team"),
            [(t.name, t.id) for t in teams],
            self.tr("Note for the team (optional)"),
            note_required=False,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice.currentData() is not None:
            self.set_team(dialog.choice.currentData(), dialog.note.toPlainText() or None)

    def ask_coaching_note(self) -> None:
        conversation_id = self._current_id()
        if conversation_id is None:
            return
        dialog = NoteDialog(
            self.tr("Coaching note"),
            "",
            [],
            self.tr("What went well, what to try next time (an internal note marked as coaching)"),
            note_required=True,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_coaching_note(conversation_id, dialog.note.toPlainText())
