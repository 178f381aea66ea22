# SPDX-License-Identifier: GPL-3.0-or-later
"""Link related conversations: the links of the open conversation (open one, or unlink it), and
a search to link another (Enter on a result links it)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.gui.conversation_picker import ConversationPicker
from agentdesk.gui.tasks import TaskRunner
from agentdesk.inbox.linking import LinkedConversation
from agentdesk.inbox.merging import MergeCandidate
from agentdesk.record_text import customer_name
from agentdesk.services import Services

LINK_ROLE = Qt.ItemDataRole.UserRole + 1


def linked_text(link: LinkedConversation) -> str:
    number = f"#{link.number}" if link.number is not None else "—"
    name = customer_name(link.customer_name)
    return f"{number}  {link.subject}  ·  {name}  ·  {labels.status_label(link.status)}"


class LinkDialog(QDialog):
    changed = Signal(object)  # the open conversation's id: a link was added or removed
    open_requested = Signal(object)  # a linked conversation's id

    def __init__(
        self, services: Services, tasks: TaskRunner, conversation_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Linked conversations"))
        self.setMinimumWidth(560)
        self.services = services
        self.conversation_id = conversation_id
        self.linked = QListWidget()
        self.linked.setObjectName("linkedList")
        self.linked.setMinimumHeight(90)
        self.open_button = QPushButton(self.tr("&Open"))
        self.unlink_button = QPushButton(self.tr("&Unlink"))
        self.unlink_button.setObjectName("unlinkButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.unlink_button)
        self.picker = ConversationPicker(
            lambda q: services.merging.candidates(q, target_id=conversation_id), tasks
        )
        self.picker.activated.connect(self._link)
        self.problem = QLabel()
        self.problem.setObjectName("linkProblem")
        self.problem.setWordWrap(True)
        self.link_button = QPushButton(self.tr("&Link"))
        self.link_button.setObjectName("linkButton")
        self.link_button.clicked.connect(lambda: self._link(self.picker.current()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Linked to this conversation:")))
        layout.addWidget(self.linked)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Link another conversation:")))
        layout.addWidget(self.picker, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.problem, 1)
        link_row.addWidget(self.link_button)
        layout.addLayout(link_row)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self._open)
        self.unlink_button.clicked.connect(self._unlink)
        self.linked.itemActivated.connect(lambda _item: self._open())
        self.reload()
        self.picker.field.setFocus()
        self.picker.search_now()

    def reload(self) -> None:
        self.linked.clear()
        for link in self.services.links.links(self.conversation_id):
            item = QListWidgetItem(linked_text(link))
            item.setData(LINK_ROLE, link.id)
            self.linked.addItem(item)
        if self.linked.count():
            self.linked.setCurrentRow(0)
        has = self.linked.count() > 0
        self.open_button.setEnabled(has)
        self.unlink_button.setEnabled(has)

    def _current_link(self) -> uuid.UUID | None:
        item = self.linked.currentItem()
        value = item.data(LINK_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _link(self, candidate: MergeCandidate | None) -> None:
        if candidate is None:
            return
        try:
            done = self.services.links.link(self.conversation_id, candidate.id)
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            return
        number = f"#{candidate.number}" if candidate.number is not None else "—"
        self.problem.setText(
            (self.tr("Linked %1.") if done else self.tr("%1 is linked already.")).replace("%1", number)
        )
        self.reload()
        if done:
            self.changed.emit(self.conversation_id)

    def _unlink(self) -> None:
        other = self._current_link()
        if other is None:
            return
        try:
            self.services.links.unlink(self.conversation_id, other)
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            return
        self.reload()
        self.changed.emit(self.conversation_id)

    def _open(self) -> None:
        other = self._current_link()
        if other is not None:
            self.open_requested.emit(other)
            self.accept()
