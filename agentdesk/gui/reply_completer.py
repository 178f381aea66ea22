# SPDX-License-Identifier: GPL-3.0-or-later
"""Canned replies inside the composer: ``/`` (or ``::``) opens a list filtered as the agent types.

Typing ``/sorry`` at the start of a line or after a space lists the replies whose shortcut, title
or words match; Up and Down move in the list, Enter (or Tab) inserts the chosen reply at the
cursor in place of ``/sorry``, Esc closes the list and keeps what was typed. Several replies can be
stacked one after the other. The text box keeps the keyboard the whole time (the list is a
``QCompleter`` popup, which forwards the keys it does not use).

What is listed and what is inserted comes from a ``ReplySource`` (the pane binds one to the open
conversation: its customer's language, the agent's, the placeholders' values); this module only
knows the keys and the text box.

Placeholders that are left in the text (``{{order.number}}`` has no value here) are highlighted
so the agent sees what is still to fill in.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from agentdesk.gui import theme

TRIGGER = re.compile(r"(?:^|(?<=\s))(/|::)([^\s/:]{0,40})$")
PLACEHOLDER = re.compile(r"\{\{.*?\}\}")
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 8


@dataclass(frozen=True)
class Suggestion:
    """One canned reply as the inline list shows it."""

    reply_id: uuid.UUID
    title: str
    shortcut: str
    category: str  # its label
    language: str  # the variant that will be inserted
    fallback: bool  # not in the customer's language (the agent's is used instead)
    preview: str  # the first words, rendered
    soothing: bool = False  # an empathy or apology reply, offered first to a frustrated customer
    macro: bool = False  # a macro (``reply_id`` is then the macro's id; see ``macro_source``)


@dataclass(frozen=True)
class Insertion:
    text: str
    cursor: int  # where the cursor goes, as an offset into ``text``
    note: str = ""  # a remark for the agent (a language fallback, an unknown placeholder)


class ReplySource(Protocol):
    def suggestions(self, query: str, limit: int = ...) -> list[Suggestion]: ...

    def insertion(self, suggestion: Suggestion) -> Insertion: ...


def _utf16_length(text: str) -> int:
    """Qt counts positions in UTF-16 units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Marks every ``{{…}}`` left in the text: a value the reply still needs."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.mark = QTextCharFormat()
        self.restyle()

    def restyle(self) -> None:
        self.mark.setBackground(QColor(theme.NOTE_BG))
        self.mark.setForeground(QColor(theme.DANGER))
        self.mark.setFontWeight(QFont.Weight.DemiBold)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for match in PLACEHOLDER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.mark)


def placeholders_left(text: str) -> list[str]:
    """The ``{{…}}`` still in ``text``, each once, in order."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER.finditer(text):
        seen.setdefault(match.group(0), None)
    return list(seen)


class SuggestionDelegate(QStyledItemDelegate):
    """Two lines per reply: title with its shortcut and language; the first words, muted."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(240, height * 2 + 12)  # as wide as the list; the texts elide

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        suggestion = index.data(SUGGESTION_ROLE)
        if not isinstance(suggestion, Suggestion):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, QColor(theme.SELECTION if selected else theme.SURFACE))
        metrics = option.fontMetrics
        line = metrics.height()
        inner = rect.adjusted(10, 5, -10, -5)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        right = f"/{suggestion.shortcut}" if suggestion.shortcut else ""
        if suggestion.macro:
            right = suggestion.category  # "Macro": it changes the conversation, not only the text
        else:
            right += f"  {suggestion.language.upper()}" + (" *" if suggestion.fallback else "")
        painter.setFont(option.font)
        painter.setPen(QColor(theme.TEXT_FAINT))
        right_width = metrics.horizontalAdvance(right) + 4
        painter.drawText(
            QRect(inner.right() - right_width, inner.top(), right_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            right,
        )
        painter.setFont(bold)
        painter.setPen(QColor(theme.TEXT))
        mark = "♥ " if suggestion.soothing else "⚡ " if suggestion.macro else ""
        title_rect = QRect(inner.left(), inner.top(), inner.width() - right_width - 8, line)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(
                mark + suggestion.title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        painter.setFont(option.font)
        painter.setPen(QColor(theme.TEXT_MUTED))
        preview_rect = QRect(inner.left(), inner.top() + line + 2, inner.width(), line)
        preview = " ".join(suggestion.preview.split())
        painter.drawText(
            preview_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(
                f"{suggestion.category} · {preview}", Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.restore()


class ReplyCompleter(QObject):
    """Watches ``editor`` for ``/word`` and offers the matching canned replies."""

    inserted = Signal(object)  # the Suggestion put into the text
    noted = Signal(str)  # a remark for the agent about the insertion

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.source: ReplySource | None = None
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(VISIBLE_ROWS)
        popup = self.completer.popup()
        assert popup is not None  # a completer always has one
        self.popup: QAbstractItemView = popup
        popup.setItemDelegate(SuggestionDelegate(popup))
        popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        popup.setObjectName("replySuggestions")
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._trigger: tuple[int, int] | None = None  # (start, end) of "/word" in the document
        self._inserting = False
        editor.textChanged.connect(self._text_changed)
        self.highlighter = PlaceholderHighlighter(editor.document())

    @property
    def popup_visible(self) -> bool:
        return self.popup.isVisible()

    def suggestions(self) -> list[Suggestion]:
        """What the list shows now, top first."""
        return [self.model.item(row).data(SUGGESTION_ROLE) for row in range(self.model.rowCount())]

    def handles_key(self, key: int) -> bool:
        """Keys the text box must leave to the open list (it chooses, moves or closes)."""
        return self.popup_visible and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        )

    def hide(self) -> None:
        self.popup.hide()
        self._trigger = None

    def _text_changed(self) -> None:
        if self._inserting or self.source is None:
            return
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            self.hide()
            return
        block_text = cursor.block().text()[: cursor.positionInBlock()]
        match = TRIGGER.search(block_text)
        if match is None:
            self.hide()
            return
        start = cursor.block().position() + match.start()
        self._trigger = (start, cursor.position())
        self.show_for(match.group(2))

    def show_for(self, query: str) -> None:
        """Fill the list for ``query`` and open it under the cursor (closed when nothing matches)."""
        if self.source is None:
            return
        found = self.source.suggestions(query)
        self.model.clear()
        for suggestion in found:
            item = QStandardItem(suggestion.title)
            item.setData(suggestion, SUGGESTION_ROLE)
            item.setToolTip(suggestion.preview)
            item.setEditable(False)
            self.model.appendRow(item)
        popup = self.popup
        if not found:
            popup.hide()
            return
        rect = self.editor.cursorRect()
        rect.setWidth(max(380, popup.sizeHintForColumn(0)))
        self.completer.complete(rect)
        popup.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        suggestion = index.data(SUGGESTION_ROLE)
        if isinstance(suggestion, Suggestion):
            self.insert(suggestion)

    def insert(self, suggestion: Suggestion) -> None:
        """Put ``suggestion`` in place of the ``/word`` typed (or at the cursor)."""
        if self.source is None:
            return
        insertion = self.source.insertion(suggestion)
        cursor = self.editor.textCursor()
        if self._trigger is not None:
            start, end = self._trigger
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._inserting = True
        try:
            start = cursor.selectionStart()
            cursor.insertText(insertion.text)
        finally:
            self._inserting = False
        cursor.setPosition(start + _utf16_length(insertion.text[: insertion.cursor]))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.hide()
        self.inserted.emit(suggestion)
        if insertion.note:
            self.noted.emit(insertion.note)
