# SPDX-License-Identifier: GPL-3.0-or-later
"""The list area: a header that says what the list shows and how many, the list, and the
sentence that takes the list's place when it is empty."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from agentdesk.gui import icons, labels, theme
from agentdesk.inbox.views import View
from agentdesk.store.models import Channel

SEARCH_VIEW = "search"


class ListHeader(QWidget):
    """Above the list: what it shows and how many."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(10)
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName("listTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel()
        self.detail.setObjectName("listDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addWidget(self.detail, 1)

    def show_search(self, text: str, found: int, limit: int) -> None:
        self.icon.setPixmap(icons.view_icon(SEARCH_VIEW, theme.TEXT_MUTED).pixmap(16, 16))
        self.title.setText(self.tr("Search results"))
        if found >= limit:
            detail = self.tr("“%1” · the first %2 matches").replace("%2", str(found))
        elif found == 1:
            detail = self.tr("“%1” · 1 match")
        else:
            detail = self.tr("“%1” · %2 matches").replace("%2", str(found))
        self.detail.setText(detail.replace("%1", text))
        self.setToolTip("")

    def show_view(self, view: View, count: int | None, channels: Iterable[str]) -> None:
        """``view``, how many it holds (None while not counted) and the channels it is narrowed to."""
        self.icon.setPixmap(icons.view_icon(view.value, theme.TEXT_MUTED).pixmap(16, 16))
        self.title.setText(labels.view_label(view.value))
        parts = []
        if count is not None:
            parts.append(self.tr("1 conversation") if count == 1 else self.tr("%Ln conversations", "", count))
        chosen = set(channels)
        if chosen:
            names = [labels.channel_label(c) for c in Channel.values() if c in chosen]
            parts.append(self.tr("only %1").replace("%1", ", ".join(names)))
        self.detail.setText("  ·  ".join(parts))
        self.setToolTip(labels.view_rule(view.value))


class ListArea(QWidget):
    """The header above the list, or above the sentence that says why the list is empty."""

    def __init__(self, list_view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxList")
        self.header = ListHeader()
        self.empty = QLabel()
        self.empty.setObjectName("emptyList")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setContentsMargins(32, 32, 32, 32)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.setMinimumWidth(360)
