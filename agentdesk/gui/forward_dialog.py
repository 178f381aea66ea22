# SPDX-License-Identifier: GPL-3.0-or-later
"""Forward by email: to whom, what (the customer's latest message or the whole conversation) and a
note for the recipient. The dialog only asks; the composer controller queues the forward
(``mail.forward``) and closes the dialog when it went through, so a refusal keeps what was typed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
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

from agentdesk.errors import ValidationError
from agentdesk.gui import theme
from agentdesk.mail.addresses import parse_addresses


class ForwardDialog(QDialog):
    forward_requested = Signal(list, str, object)  # addresses, note, message id (None: all)

    def __init__(self, latest_message: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forward by email"))
        self.latest_message = latest_message
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("forwardTo")
        self.to_edit.setPlaceholderText(self.tr("name@example.com, …"))
        self.scope = QComboBox()
        self.scope.setObjectName("forwardScope")
        if latest_message is not None:
            self.scope.addItem(self.tr("The customer's latest message"), "message")
        self.scope.addItem(self.tr("The whole conversation"), "conversation")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("forwardNote")
        self.note_edit.setPlaceholderText(self.tr("A note for the recipient (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.DANGER};")
        self.problem.hide()
        hint = QLabel(
            self.tr("The customer does not see the forward; the timeline records it as an internal note.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.to_edit)
        form.addRow(self.tr("&Forward:"), self.scope)
        form.addRow(self.tr("&Note:"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Forward"))
        buttons.accepted.connect(self._request)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def _request(self) -> None:
        try:
            to = parse_addresses(self.to_edit.text())
        except ValidationError as exc:
            self.say(exc.message)
            return
        if not to:
            self.say(self.tr("Say who the forward goes to."))
            self.to_edit.setFocus()
            return
        message = self.latest_message if self.scope.currentData() == "message" else None
        self.forward_requested.emit(to, self.note_edit.toPlainText(), message)

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.to_edit.setFocus()


__all__ = ["ForwardDialog"]
