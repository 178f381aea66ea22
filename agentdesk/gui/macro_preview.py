# SPDX-License-Identifier: GPL-3.0-or-later
"""Before a macro is applied: what it will change on the conversation (or the selection), so the
agent confirms with Enter or steps back with Esc."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from agentdesk.gui.macro_text import Names, change_text, skipped_text
from agentdesk.macros.actions import Outcome
from agentdesk.macros.service import MacroRow


class MacroPreviewDialog(QDialog):
    """The changes of ``macro`` on each conversation of ``outcomes`` (from ``MacroService.preview``)."""

    def __init__(
        self,
        macro: MacroRow,
        outcomes: Sequence[Outcome],
        names: Names,
        reply_title: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("macroPreview")
        self.setWindowTitle(self.tr("Apply macro “%1”").replace("%1", macro.name))
        layout = QVBoxLayout(self)
        if macro.description:
            about = QLabel(macro.description)
            about.setWordWrap(True)
            layout.addWidget(about)
        heading = QLabel(self.tr("What changes:"))
        heading.setObjectName("macroPreviewHeading")
        layout.addWidget(heading)
        self.changes = QListWidget()
        self.changes.setObjectName("macroPreviewChanges")
        self.changes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.changes.setWordWrap(True)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lines: dict[str, int] = {}
        for outcome in outcomes:
            for change in outcome.changes:
                text = change_text(change, names)
                lines[text] = lines.get(text, 0) + 1
            for reason in outcome.skipped:
                text = skipped_text(reason)
                lines[text] = lines.get(text, 0) + 1
        many = len(outcomes) > 1
        for text, count in lines.items():
            self.changes.addItem(self.tr("%1 (×%n)", "", count).replace("%1", text) if many else text)
        if reply_title is not None:
            self.changes.addItem(
                self.tr(
                    "The reply “%1” goes into the composer, in the customer's language, for you to send."
                ).replace("%1", reply_title)
                if not many
                else self.tr(
                    "The reply “%1” becomes each conversation's draft, in its customer's language."
                ).replace("%1", reply_title)
            )
        if not self.changes.count():
            self.changes.addItem(
                self.tr("Nothing changes: the conversation is already as the macro sets it.")
            )
        layout.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        self.apply_button.setAutoDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.apply_button.setFocus()
        self.setMinimumWidth(560)
        self.resize(600, self.sizeHint().height())

    def lines(self) -> list[str]:
        return [self.changes.item(i).text() for i in range(self.changes.count())]
