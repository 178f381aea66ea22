# SPDX-License-Identifier: GPL-3.0-or-later
"""The help centre from the knowledge base window: the shop's name and colour on the published
pages and the address they are uploaded to (the composer links public articles there), and
*Publish…*, which writes the pages into a folder (``agentdesk.kb.publish``) as
``agentdesk kb publish`` does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.kb.articles import KnowledgeBase
from agentdesk.kb.help_centre import read_settings, save_settings
from agentdesk.kb.publish import PublishResult, publish


class HelpCentreDialog(QDialog):
    """The help centre's name, colour and address; *Publish…* writes the pages."""

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpCentreDialog")
        self.setWindowTitle(self.tr("Help centre"))
        self.kb = kb
        self.workspace = WorkspaceSettings(kb.store)
        current = read_settings(self.workspace)
        self.name = QLineEdit(current.shop_name, self)
        self.colour = QLineEdit(current.colour, self)
        self.colour.setPlaceholderText("#2563eb")
        self.swatch = QLabel(self)
        self.swatch.setFixedSize(22, 22)
        self.url = QLineEdit(current.url, self)
        self.url.setPlaceholderText("https://help.example.com")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow("", self.swatch)
        form.addRow(self.tr("Address"), self.url)
        note = QLabel(
            self.tr(
                "Publish writes the public articles as web pages into a folder; upload it to this "
                "address. Replies then link to the articles there."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.publish_button = buttons.addButton(self.tr("&Publish…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.publish_button.clicked.connect(lambda: self.publish_to(None))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.colour.textChanged.connect(self._show_swatch)
        self._show_swatch()
        self.resize(520, self.sizeHint().height())

    def _show_swatch(self) -> None:
        colour = QColor(self.colour.text().strip())
        shown = colour.name() if colour.isValid() else "transparent"
        self.swatch.setStyleSheet(f"background: {shown}; border: 1px solid #94a3b8; border-radius: 3px;")

    def save(self) -> bool:
        try:
            save_settings(
                self.workspace, shop_name=self.name.text(), colour=self.colour.text(), url=self.url.text()
            )
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        self.result_label.setText(self.tr("Saved."))
        return True

    def publish_to(self, folder: Path | None) -> PublishResult | None:
        """Save, then write the pages into ``folder`` (asked for when None)."""
        if not self.save():
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Publish the help centre into"))
            if not chosen:
                return None
            folder = Path(chosen)
        try:
            result = publish(self.kb, folder, read_settings(self.workspace))
        except AgentDeskError as exc:
            self.error.setText(exc.message)
            return None
        self.result_label.setText(
            self.tr("%n pages written to %1.", "", result.pages).replace("%1", str(folder / "index.html"))
        )
        return result
