# SPDX-License-Identifier: GPL-3.0-or-later
"""Choosing a macro by keyboard: type to filter, Up/Down to move, Enter to choose, Esc to leave."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui.macro_text import Names, actions_text
from agentdesk.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MacroPicker(QDialog):
    """Lists the active macros the agent sees; ``chosen`` is the macro's id after Enter."""

    def __init__(self, services: Services, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("macroPicker")
        self.services = services
        self.chosen: uuid.UUID | None = None
        self.setWindowTitle(
            self.tr("Apply a macro")
            if count <= 1
            else self.tr("Apply a macro to the selected conversations (%n)", "", count)
        )
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("macroFilter")
        self.filter.setPlaceholderText(self.tr("Type to find a macro"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("macroList")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No macro matches. Macros are made under File → Macros."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.names = Names(services)
        self.filter.textChanged.connect(self.fill)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.resize(620, 420)
        self.fill("")
        self.filter.setFocus()

    def fill(self, text: str) -> None:
        self.list.clear()
        try:
            macros = self.services.macros.search(text, limit=200)
        except AgentDeskError as exc:
            self.empty.setText(exc.message)
            macros = []
        for macro in macros:
            summary = "; ".join(actions_text(macro.actions, self.names))
            item = QListWidgetItem(f"{macro.name}\n{summary}")
            item.setData(ID_ROLE, macro.id)
            item.setToolTip(macro.description or summary)
            self.list.addItem(item)
        self.empty.setVisible(not macros)
        if macros:
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
        return super().eventFilter(watched, event)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(ID_ROLE)
        self.accept()
