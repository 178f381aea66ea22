# SPDX-License-Identifier: GPL-3.0-or-later
"""Cc and Bcc of a reply by email: one row above the text box, shown only for replies by mail.

Cc is filled from the customer's latest mail (the people they copied; *Reply all* adds the others
they wrote to) and can be changed; Bcc starts empty. Both are checked as the agent leaves the
field (``mail.addresses.parse_addresses``): a wrong entry turns the field red and says which entry
is wrong, and the reply is not sent until it is fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from agentdesk.errors import ValidationError
from agentdesk.gui import theme
from agentdesk.mail.addresses import parse_addresses


class AddressFields(QWidget):
    """``Cc [ … ]  Bcc [ … ]``; ``addresses()`` gives both lists or raises ``ValidationError``."""

    problem = Signal(str)  # a sentence for the agent: which entry is not an address

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressFields")
        self.cc_label = QLabel(self.tr("Cc"))
        self.bcc_label = QLabel(self.tr("Bcc"))
        self.cc_edit = self._edit("ccEdit", self.tr("Copy to (addresses, separated by commas)"))
        self.bcc_edit = self._edit("bccEdit", self.tr("Blind copy to"))
        self.cc_label.setBuddy(self.cc_edit)
        self.bcc_label.setBuddy(self.bcc_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.cc_label)
        layout.addWidget(self.cc_edit, 3)
        layout.addSpacing(6)
        layout.addWidget(self.bcc_label)
        layout.addWidget(self.bcc_edit, 2)
        self._style()

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.editingFinished.connect(lambda: self._check(edit))
        edit.textEdited.connect(lambda _text: self._mark(edit, False))
        return edit

    def _style(self) -> None:
        self.setStyleSheet(
            f"QLabel {{ color: {theme.TEXT_MUTED}; }}"
            f'QLineEdit[wrong="true"] {{ border: 1px solid {theme.DANGER}; }}'
        )

    def apply_theme(self) -> None:
        self._style()

    def _mark(self, edit: QLineEdit, wrong: bool) -> None:
        if bool(edit.property("wrong")) != wrong:
            edit.setProperty("wrong", wrong)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def _check(self, edit: QLineEdit) -> list[str]:
        try:
            found = parse_addresses(edit.text())
        except ValidationError as exc:
            self._mark(edit, True)
            self.problem.emit(exc.message)
            return []
        self._mark(edit, False)
        return found

    def set_addresses(self, cc: list[str], bcc: list[str] | None = None) -> None:
        self.cc_edit.setText(", ".join(cc))
        self.bcc_edit.setText(", ".join(bcc or []))
        self._mark(self.cc_edit, False)
        self._mark(self.bcc_edit, False)

    def addresses(self) -> tuple[list[str], list[str]]:
        """(cc, bcc), checked; raises ``ValidationError`` (and marks the field) when wrong."""
        result: list[list[str]] = []
        for edit in (self.cc_edit, self.bcc_edit):
            try:
                result.append(parse_addresses(edit.text()))
            except ValidationError:
                self._mark(edit, True)
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                raise
        return result[0], result[1]


__all__ = ["AddressFields"]
