# SPDX-License-Identifier: GPL-3.0-or-later
"""Find a conversation by number, subject or customer: the search part of the merge and link
dialogs. The search runs in the background (``TaskRunner``) a moment after typing stops; the
results list the number, subject, customer and status. Arrow keys move from the field into the
list; Space checks a result where the list is checkable."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from agentdesk.gui import labels
from agentdesk.gui.tasks import TaskRunner
from agentdesk.inbox.merging import MergeCandidate
from agentdesk.record_text import customer_name

Search = Callable[[str], list[MergeCandidate]]
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1


def candidate_text(c: MergeCandidate) -> str:
    number = f"#{c.number}" if c.number is not None else "—"
    return f"{number}  {c.subject}  ·  {customer_name(c.customer_name)}  ·  {labels.status_label(c.status)}"


class ConversationPicker(QWidget):
    """A search field over a list of conversations."""

    searched = Signal(int)  # how many were found
    activated = Signal(object)  # MergeCandidate: Enter or double-click on a result

    def __init__(
        self, search: Search, tasks: TaskRunner, *, checkable: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._tasks = tasks
        self._checkable = checkable
        self._channel = f"picker-{id(self)}"
        self.field = QLineEdit()
        self.field.setObjectName("pickerSearch")
        self.field.setPlaceholderText(self.tr("Number, subject words or customer…"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("pickerResults")
        self.results.setUniformItemSizes(True)
        self.results.setMinimumHeight(160)
        self.note = QLabel()
        self.note.setObjectName("pickerNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(self._activated)
        self._checked: dict[uuid.UUID, MergeCandidate] = {}
        self.results.itemChanged.connect(self._item_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                self.results.setFocus()
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def search_now(self) -> None:
        query = self.field.text()
        self._tasks.run(self._channel, lambda: self._search(query), self._show, self._failed)

    def _show(self, found: list[MergeCandidate]) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for candidate in found:
            item = QListWidgetItem(candidate_text(candidate))
            item.setData(CANDIDATE_ROLE, candidate)
            item.setToolTip(candidate.subject)
            if self._checkable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = candidate.id in self._checked
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if found:
            self.results.setCurrentRow(0)
        self.note.setText("" if found else self.tr("No conversation found."))
        self.searched.emit(len(found))

    def _failed(self, sentence: str) -> None:
        self.results.clear()
        self.note.setText(sentence)
        self.searched.emit(0)

    def _activated(self, item: QListWidgetItem) -> None:
        candidate = item.data(CANDIDATE_ROLE)
        if isinstance(candidate, MergeCandidate):
            if self._checkable:
                on = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)
            self.activated.emit(candidate)

    def _item_changed(self, item: QListWidgetItem) -> None:
        candidate = item.data(CANDIDATE_ROLE)
        if not isinstance(candidate, MergeCandidate):
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._checked[candidate.id] = candidate
        else:
            self._checked.pop(candidate.id, None)
        self.searched.emit(self.results.count())

    def check(self, candidate: MergeCandidate) -> None:
        self._checked[candidate.id] = candidate

    def checked(self) -> list[MergeCandidate]:
        """The results checked so far (kept across searches), in the order they were checked."""
        return list(self._checked.values())

    def current(self) -> MergeCandidate | None:
        item = self.results.currentItem()
        candidate = item.data(CANDIDATE_ROLE) if item is not None else None
        return candidate if isinstance(candidate, MergeCandidate) else None
