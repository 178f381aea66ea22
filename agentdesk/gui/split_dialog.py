# SPDX-License-Identifier: GPL-3.0-or-later
"""Split a conversation: choose the message where the new conversation starts (it and every
message after it move there) and the new conversation's subject."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.inbox.queries import ConversationDetail
from agentdesk.services import Services

MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class SplitDialog(QDialog):
    split_done = Signal(object)  # the new conversation's id

    def __init__(self, services: Services, detail: ConversationDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitDialog")
        self.setWindowTitle(self.tr("Split conversation"))
        self.setMinimumWidth(560)
        self.services = services
        self.detail = detail
        intro = QLabel(
            self.tr(
                "Choose the first message of the new conversation: it and every message after it "
                "move there. The new conversation keeps the customer, queue and tags."
            )
        )
        intro.setWordWrap(True)
        self.messages = QListWidget()
        self.messages.setObjectName("splitMessages")
        self.messages.setUniformItemSizes(True)
        self.messages.setMinimumHeight(180)
        for entry in detail.messages:
            first_line = " ".join(entry.body_text.split())[:90]
            text = f"{labels.local_datetime(entry.created_at)}  ·  {entry.author_name}  ·  {first_line}"
            item = QListWidgetItem(text)
            item.setData(MESSAGE_ROLE, entry.id)
            self.messages.addItem(item)
        # The newest customer message is where a second question usually starts.
        inbound = [i for i, m in enumerate(detail.messages) if m.direction == "inbound" and i > 0]
        self.messages.setCurrentRow(inbound[-1] if inbound else self.messages.count() - 1)
        self.subject = QLineEdit(detail.subject)
        self.subject.setObjectName("splitSubject")
        self.subject.setMaxLength(500)
        self.problem = QLabel()
        self.problem.setObjectName("splitProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New subject:"), self.subject)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.split_button = buttons.addButton(self.tr("&Split"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.do_split)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.messages, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.messages.setFocus()

    def chosen_message(self) -> uuid.UUID | None:
        item = self.messages.currentItem()
        value = item.data(MESSAGE_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def do_split(self) -> None:
        message = self.chosen_message()
        if message is None:
            return
        try:
            ref = self.services.splitting.split(self.detail.id, message, self.subject.text())
        except AgentDeskError as exc:
            self.problem.setText(exc.message)
            return
        self.split_done.emit(ref.id)
        self.accept()
