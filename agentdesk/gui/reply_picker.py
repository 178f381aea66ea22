# SPDX-License-Identifier: GPL-3.0-or-later
"""The canned reply picker (Ctrl+Shift+R): search the library, see each reply as it will read in
this conversation, insert it at the composer's cursor.

The list is the same as the composer's ``/`` list (the conversation's ``ReplySource``); the
preview is rendered with this conversation's values, placeholders without a value marked.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels, theme
from agentdesk.gui.reply_completer import PLACEHOLDER, SUGGESTION_ROLE, Suggestion, SuggestionDelegate
from agentdesk.gui.reply_source import ConversationReplies
from agentdesk.replies.templates import render

SEARCH_DELAY_MS = 120
PICKER_LIMIT = 1000


class _SearchEdit(QLineEdit):
    """Up and Down walk the list while the typing stays in the search box."""

    def __init__(self, picker: ReplyPicker) -> None:
        super().__init__()
        self.picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.picker.list.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class ReplyPicker(QDialog):
    """Choose a canned reply for the open conversation; ``chosen`` holds it once accepted."""

    def __init__(self, source: ConversationReplies, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.chosen: Suggestion | None = None
        self.setObjectName("replyPicker")
        self.setWindowTitle(self.tr("Insert a canned reply"))
        self.search = _SearchEdit(self)
        self.search.setObjectName("replySearch")
        self.search.setPlaceholderText(self.tr("Search by shortcut, title or words"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("replyList")
        self.list.setItemDelegate(SuggestionDelegate(self.list))
        self.list.setMinimumWidth(380)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QTextBrowser()
        self.preview.setObjectName("replyPreview")
        self.preview.setOpenLinks(False)
        self.note = QLabel()
        self.note.setObjectName("replyNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.tone = QLabel()
        self.tone.setWordWrap(True)
        self.tone.setTextFormat(Qt.TextFormat.PlainText)
        self.tone.setStyleSheet(f"color: {theme.CAUTION};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.insert_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.insert_button.setText(self.tr("Insert"))
        self.buttons.accepted.connect(self._accept_current)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.note)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.search)
        layout.addWidget(self.tone)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        if source.tone.frustrated:
            reasons = ", ".join(source.tone.reasons)
            self.tone.setText(
                self.tr(
                    "♥ The customer sounds frustrated (%1): empathy and apology replies come first."
                ).replace("%1", reasons)
            )
        self.tone.setVisible(source.tone.frustrated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._accept_current)
        self.list.currentItemChanged.connect(lambda _now, _before: self._show_preview())
        self.list.doubleClicked.connect(lambda _index: self._accept_current())
        QShortcut(QKeySequence("Ctrl+Return"), self, self._accept_current)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        """The list for what is typed now, best first, the first one selected."""
        self.list.clear()
        for suggestion in self.source.suggestions(self.search.text(), limit=PICKER_LIMIT):
            item = QListWidgetItem(suggestion.title)
            item.setData(SUGGESTION_ROLE, suggestion)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.setPlainText(
                self.tr("No canned reply matches “%1”.").replace("%1", self.search.text())
            )
            self.note.clear()
        self.insert_button.setEnabled(self.list.count() > 0)

    def current(self) -> Suggestion | None:
        item = self.list.currentItem()
        value = item.data(SUGGESTION_ROLE) if item is not None else None
        return value if isinstance(value, Suggestion) else None

    def _show_preview(self) -> None:
        suggestion = self.current()
        hit = self.source.hit(suggestion.reply_id) if suggestion is not None else None
        if suggestion is None or hit is None:
            return
        try:
            rendered = render(hit.body, self.source.context, language=hit.language)
        except AgentDeskError as exc:
            self.preview.setPlainText(exc.message)
            return
        marked = PLACEHOLDER.sub(
            lambda m: f"\x00{m.group(0)}\x01",
            rendered.text[: rendered.cursor] + "▍" + rendered.text[rendered.cursor :],
        )
        escaped = html.escape(marked).replace(
            "\x00", f'<span style="background: {theme.NOTE_BG}; color: {theme.DANGER}; font-weight: 600">'
        )
        escaped = escaped.replace("\x01", "</span>").replace("\n", "<br>")
        self.preview.setHtml(f'<div style="color: {theme.TEXT}">{escaped}</div>')
        language = labels.language_label(hit.language)
        if hit.fallback:
            note = self.tr("No %1 text: the %2 one will be inserted.").replace(
                "%1", labels.language_label(self.source.context.customer_language)
            )
            note = note.replace("%2", language)
        else:
            note = self.tr("%1 · %2 · used %3 times by you").replace("%1", suggestion.category)
            note = note.replace("%2", language).replace("%3", str(hit.my_uses))
        self.note.setText(note)

    def _accept_current(self) -> None:
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()
