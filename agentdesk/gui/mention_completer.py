# SPDX-License-Identifier: GPL-3.0-or-later
"""``@`` in an internal note: a list of the agents whose name starts with (or contains) what was
typed; Enter or Tab puts ``@Full Name`` in place of ``@ann``, which is how
``agentdesk.notifications.mentions`` finds who was mentioned. Up and Down move, Esc closes and
keeps the text. Only while the composer writes a note (``enabled``); the names are set by the
window (``set_names``), the agent at the desk left out.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit

TRIGGER = re.compile(r"(^|\s)@([^\s@][^@\n]{0,40})?$")
VISIBLE_ROWS = 6


class MentionCompleter(QObject):
    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.enabled = False
        self.names: list[str] = []
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(VISIBLE_ROWS)
        popup = self.completer.popup()
        assert popup is not None
        self.popup: QAbstractItemView = popup
        popup.setObjectName("mentionSuggestions")
        self.completer.activated[str].connect(self._insert)  # type: ignore[index]
        self._trigger: tuple[int, int] | None = None
        self._inserting = False
        editor.textChanged.connect(self._text_changed)

    def set_names(self, names: list[str]) -> None:
        self.names = sorted({n.strip() for n in names if n.strip()}, key=str.casefold)

    def handles_key(self, key: int) -> bool:
        return self.popup.isVisible() and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        )

    def matches(self, typed: str) -> list[str]:
        """Names starting with ``typed`` first, then those with a word starting with it."""
        query = typed.casefold().strip()
        first = [n for n in self.names if n.casefold().startswith(query)]
        words = [
            n for n in self.names if n not in first and any(w.startswith(query) for w in n.casefold().split())
        ]
        return first + words

    def _text_changed(self) -> None:
        if self._inserting or not self.enabled or not self.names:
            self.popup.hide()
            return
        cursor = self.editor.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        match = TRIGGER.search(before)
        found = self.matches(match.group(2) or "") if match is not None else []
        if match is None or not found:
            self._trigger = None
            self.popup.hide()
            return
        at = cursor.block().position() + match.start(0) + len(match.group(1))
        self._trigger = (at, cursor.position())
        self.model.setStringList(found)
        rect = self.editor.cursorRect()
        rect.setWidth(max(220, self.popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)
        self.popup.setCurrentIndex(self.model.index(0, 0))

    def _insert(self, name: str) -> None:
        if self._trigger is None:
            return
        start, end = self._trigger
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(max(end, cursor.position()), cursor.MoveMode.KeepAnchor)
        self._inserting = True
        try:
            cursor.insertText(f"@{name} ")
        finally:
            self._inserting = False
        self.editor.setTextCursor(cursor)
        self._trigger = None
        self.popup.hide()


__all__ = ["MentionCompleter"]
