# SPDX-License-Identifier: GPL-3.0-or-later
"""A separate read-only window with the whole text of one message.

The timeline shows at most ``timeline.MAX_BODY_CHARS`` of a message; a mail with a 20 MB body (a log
pasted in, a forwarded thread of years) is read here instead. The text goes into a
``QPlainTextEdit`` (which lays out only what is visible) in slices, one per turn of the event loop,
so even 20 MB never blocks the window: the agent can scroll, search (Ctrl+F) and copy while the rest
is still arriving. Lines longer than ``MAX_LINE`` are cut into several, because Qt re-lays out a
whole block at every slice and a block of millions of characters makes every slice slower.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import labels, theme
from agentdesk.inbox.queries import MessageEntry

SLICE_CHARS = 512 * 1024
MAX_LINE = 10_000


def hard_wrapped(text: str, width: int = MAX_LINE) -> str:
    """``text`` with every line longer than ``width`` cut into lines of at most ``width``,
    preferring the last space before the limit."""
    if len(text) <= width or all(len(line) <= width for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", width // 2, width)
            cut = width if cut < 0 else cut + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


class MessageViewer(QDialog):
    """Non-modal; the window keeps working while it is open. ``loaded`` tells whether every slice
    is in."""

    def __init__(self, message: MessageEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        author = message.author_name or self.tr("Customer")
        self.setWindowTitle(
            self.tr("Message from %1, %2")
            .replace("%1", author)
            .replace("%2", labels.local_datetime(message.created_at))
        )
        self.resize(860, 680)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setUndoRedoEnabled(False)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find in this message (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)

        self._pending = hard_wrapped(message.body_text or message.body_html or "")
        self._offset = 0
        self._total = len(self._pending)
        self._cursor = QTextCursor(self.text.document())
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)
        self._next_slice()
        if not self.loaded:
            self._timer.start()

    @property
    def loaded(self) -> bool:
        return self._offset >= self._total

    def _next_slice(self) -> None:
        end = min(self._total, self._offset + SLICE_CHARS)
        self._cursor.movePosition(QTextCursor.MoveOperation.End)
        self._cursor.insertText(self._pending[self._offset : end])
        self._offset = end
        if self.loaded:
            self._timer.stop()
            self._pending = ""
            self.status.setText(self.tr("%1 characters").replace("%1", f"{self._total:,}"))
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        else:
            share = round(100 * self._offset / max(1, self._total))
            self.status.setText(self.tr("Loading… %1%").replace("%1", str(share)))

    def find_next(self) -> None:
        needle = self.search.text()
        if needle and not self.text.find(needle):
            self.text.moveCursor(QTextCursor.MoveOperation.Start)  # wrap around once
            self.text.find(needle)

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
