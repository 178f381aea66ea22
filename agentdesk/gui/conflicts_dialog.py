# SPDX-License-Identifier: GPL-3.0-or-later
"""View → Sync conflicts: every change that lost a merge on the server, for supervisors to review.

Nothing a user did is ever silently dropped: when two desktops changed the same field while
offline, the value that lost is kept here with the one that won (DESIGN.md §5). A supervisor opens
the conversation to put things right, and dismisses the entry once done (the dismissal syncs, so the
other supervisors see it handled).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels, theme
from agentdesk.messages import translatable
from agentdesk.services import Services
from agentdesk.store.models import Agent, Conversation, Message, Role, SyncConflict

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 2
KINDS = {
    "field": translatable("ConflictsDialog", "Both changed it"),
    "assignment": translatable("ConflictsDialog", "Taken by someone else first"),
    "rejected": translatable("ConflictsDialog", "Refused by the server"),
}
COLUMNS = (
    translatable("ConflictsDialog", "When"),
    translatable("ConflictsDialog", "Conversation"),
    translatable("ConflictsDialog", "What"),
    translatable("ConflictsDialog", "Kept"),
    translatable("ConflictsDialog", "Lost"),
    translatable("ConflictsDialog", "Why"),
)


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)[:200]


class ConflictsDialog(QDialog):
    """The open sync conflicts; ``open_requested`` with a conversation to look at."""

    open_requested = Signal(uuid.UUID)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro = QLabel(
            self.tr(
                "Changes made on two desktops at once, where one had to give way. The value that lost "
                "is kept here: open the conversation to put it right, then dismiss the entry."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.open_button = QPushButton(self.tr("&Open the conversation"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss (handled)"))
        self.open_button.clicked.connect(self.open_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.note = QLabel()
        self.note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        tools = QHBoxLayout()
        tools.addWidget(self.note, 1)
        tools.addWidget(self.open_button)
        tools.addWidget(self.dismiss_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(close)
        self.supervisor = self._is_supervisor()
        self.dismiss_button.setVisible(self.supervisor)
        self.resize(960, 480)
        self.reload()

    def _is_supervisor(self) -> bool:
        agent_id = self.services.agent_id
        if agent_id is None:
            return True
        with self.services.store.read() as session:
            agent = session.get(Agent, agent_id)
            return agent is not None and agent.role in (Role.SUPERVISOR, Role.ADMIN)

    def reload(self) -> None:
        try:
            rows = self._rows()
        except AgentDeskError as exc:
            self.note.setText(exc.message)
            rows = []
        self.table.setRowCount(0)
        for conflict, number, subject, conversation_id in rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            what = f"{conflict.table_name}.{conflict.field}" if conflict.field else conflict.table_name
            values = (
                labels.local_datetime(conflict.created_at),
                f"#{number} {subject}" if number is not None else (subject or "—"),
                what,
                _value(conflict.kept_value),
                _value(conflict.lost_value) + (f"  ({conflict.lost_by})" if conflict.lost_by else ""),
                self.tr(KINDS.get(conflict.kind, conflict.kind))
                + (f": {conflict.detail}" if conflict.detail else ""),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, conflict.id)
                item.setData(CONVERSATION_ROLE, conversation_id)
                item.setToolTip(text)
                self.table.setItem(at, column, item)
        if self.table.rowCount():
            self.table.selectRow(0)
        self.note.setText(
            self.tr("No conflicts: every change was applied.")
            if not self.table.rowCount()
            else self.tr("%1 to review").replace("%1", str(self.table.rowCount()))
        )
        self.open_button.setEnabled(self.table.rowCount() > 0)
        self.dismiss_button.setEnabled(self.table.rowCount() > 0)

    def _rows(self) -> list[tuple[SyncConflict, int | None, str, uuid.UUID | None]]:
        with self.services.store.read() as session:
            conflicts = list(
                session.scalars(
                    select(SyncConflict)
                    .where(SyncConflict.deleted_at.is_(None), SyncConflict.resolved_at.is_(None))
                    .order_by(SyncConflict.created_at.desc(), SyncConflict.id.desc())
                )
            )
            found: list[tuple[SyncConflict, int | None, str, uuid.UUID | None]] = []
            for conflict in conflicts:
                conversation_id: uuid.UUID | None = None
                if conflict.table_name == "conversation":
                    conversation_id = conflict.row_id
                elif conflict.table_name == "message":
                    message = session.get(Message, conflict.row_id)
                    conversation_id = message.conversation_id if message is not None else None
                conv = session.get(Conversation, conversation_id) if conversation_id else None
                found.append(
                    (conflict, conv.number if conv else None, conv.subject if conv else "", conversation_id)
                )
                session.expunge(conflict)
            return found

    def _current(self, role: int) -> Any:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(role) if item is not None else None

    def open_current(self) -> None:
        conversation_id = self._current(CONVERSATION_ROLE)
        if isinstance(conversation_id, uuid.UUID):
            self.open_requested.emit(conversation_id)

    def dismiss_current(self) -> bool:
        """Mark the conflict handled (it syncs); supervisors only."""
        conflict_id = self._current(ID_ROLE)
        if not self.supervisor or not isinstance(conflict_id, uuid.UUID):
            return False
        now = self.services.clock.now()
        try:
            with self.services.store.write() as session:
                conflict = session.get(SyncConflict, conflict_id)
                if conflict is not None:
                    conflict.resolved_at = now
                    conflict.updated_at = now
        except AgentDeskError as exc:
            self.note.setText(exc.message)
            return False
        self.reload()
        return True
