# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation pane: header, timeline and the customer's other conversations.

The pane shows a ``ConversationDetail`` (plain data) and emits ``conversation_requested`` when the
agent opens one of the other conversations; it never reads the database itself.
"""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.flow_layout import FlowLayout
from agentdesk.gui.timeline import ICON_ATTACHMENT, ICON_NOTE, timeline_html
from agentdesk.inbox.queries import ConversationDetail, Csat, OtherConversation

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HISTORY_HEIGHT = 170
LOCAL_SCHEMES = {"agentdesk-icon"}
OPENABLE_SCHEMES = {"http", "https", "mailto"}


class SafeTextBrowser(QTextBrowser):
    """A read-only browser that never fetches anything: no remote images, styles or pages.

    Only our own images (``local_images``, by URL) are shown; ``loadResource`` answers nothing for
    any other URL. Links are not followed inside the browser; an http(s) or mailto link the agent
    clicks opens in the system's browser or mail program.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local_images: dict[str, QPixmap] = {}
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002  (Qt's parameter name)
        url = QUrl(name)
        if url.scheme() in LOCAL_SCHEMES and type == QTextDocument.ResourceType.ImageResource:
            return self.local_images.get(url.toString())
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in OPENABLE_SCHEMES:
            QDesktopServices.openUrl(url)


def _chip(text: str, colours: tuple[str, str] | None = None, *, tag: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and tags are data, never markup
    label.setProperty("tag" if tag else "chip", True)
    background, foreground = colours or ("#eceef1", theme.TEXT_MUTED)
    label.setStyleSheet(f"background: {background}; color: {foreground};")
    return label


def csat_text(csat: Csat | None) -> str:
    if csat is None:
        return ""
    if csat.scale_min == 1 and csat.scale_max == 5:
        return f"{csat.score:g}/5"
    return f"{round(csat.share * 100)}%"


class ConversationHeader(QWidget):
    """Subject and number, the customer line, and chips for status, priority, tier and owner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(10)
        self.subject = QLabel()
        self.subject.setObjectName("subject")
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        self.subject.setFont(font)
        self.number = QLabel()
        self.number.setObjectName("number")
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        number_font = self.number.font()
        number_font.setPointSizeF(number_font.pointSizeF() + 2)
        self.number.setFont(number_font)
        top.addWidget(self.subject, 1)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        customer_row = QHBoxLayout()
        customer_row.setSpacing(6)
        self.channel_icon = QLabel()
        self.channel_icon.setFixedSize(QSize(16, 16))
        self.customer = QLabel()
        self.customer.setObjectName("customerLine")
        self.customer.setWordWrap(True)
        self.customer.setTextFormat(Qt.TextFormat.RichText)  # built from escaped parts below
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        customer_row.addWidget(self.channel_icon)
        customer_row.addWidget(self.customer, 1)
        layout.addLayout(customer_row)

        chip_row = QWidget()
        self.chips = FlowLayout(chip_row)
        self.chips.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(chip_row)

    def show_detail(self, detail: ConversationDetail) -> None:
        self.subject.setText(detail.subject or self.tr("(no subject)"))
        self.number.setText(f"#{detail.number}" if detail.number is not None else "")
        self.channel_icon.setPixmap(icons.channel_icon(detail.channel).pixmap(16, 16))
        self.channel_icon.setToolTip(labels.channel_label(detail.channel))
        customer = detail.customer
        parts = [
            f"<b>{_escape(customer.name)}</b>",
            _escape(labels.plan_label(customer.plan)),
            _escape(labels.language_label(customer.language)),
        ]
        if customer.company:
            parts.append(_escape(customer.company))
        if customer.email:
            parts.append(f'<span style="color: {theme.TEXT_MUTED}">{_escape(customer.email)}</span>')
        self.customer.setText(" &nbsp;·&nbsp; ".join(parts))

        self.chips.clear()
        self.chips.addWidget(_chip(labels.status_label(detail.status), theme.STATUS_CHIPS.get(detail.status)))
        priority = _chip(
            self.tr("%1 priority").replace("%1", labels.priority_label(detail.priority)),
            ("#f4f5f7", theme.PRIORITY_COLOURS.get(detail.priority, theme.TEXT_MUTED)),
        )
        self.chips.addWidget(priority)
        self.chips.addWidget(_chip(labels.tier_name(detail.tier), theme.TIER_CHIPS.get(detail.tier)))
        owner = detail.assignee_name or self.tr("Unassigned")
        if detail.team_name:
            owner = self.tr("%1 · %2").replace("%1", owner).replace("%2", detail.team_name)
        self.chips.addWidget(
            _chip(owner, ("#f4f5f7", theme.TEXT if detail.assignee_name else theme.TEXT_FAINT))
        )
        if detail.merged_into_number is not None:
            merged = self.tr("Merged into #%1").replace("%1", str(detail.merged_into_number))
            self.chips.addWidget(_chip(merged))
        for tag in detail.tags:
            self.chips.addWidget(_chip(tag, ("#ffffff", theme.TEXT_MUTED), tag=True))


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class HistoryPanel(QWidget):
    """The customer's other conversations; activating one asks the window to open it."""

    conversation_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 12, 6)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("historyTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setObjectName("history")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setHeaderLabels(
            [self.tr("#"), self.tr("Subject"), self.tr("Status"), self.tr("Created"), self.tr("CSAT")]
        )
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 84), (2, 84), (3, 96), (4, 52)):
            header.resizeSection(column, width)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        layout.addStretch(0)  # keeps the title at the top while the list is hidden

    def show_conversations(
        self, customer_name: str, others: tuple[OtherConversation, ...], total: int
    ) -> None:
        self.tree.clear()
        if total == 0:
            self.title.setText(self.tr("No other conversations with %1").replace("%1", customer_name))
        elif total > len(others):
            self.title.setText(
                self.tr("Other conversations with %1 (newest %2 of %3)")
                .replace("%1", customer_name)
                .replace("%2", str(len(others)))
                .replace("%3", str(total))
            )
        else:
            self.title.setText(
                self.tr("Other conversations with %1 (%2)")
                .replace("%1", customer_name)
                .replace("%2", str(total))
            )
        items = []
        for other in others:
            item = QTreeWidgetItem(
                [
                    f"#{other.number}" if other.number is not None else "",
                    other.subject,
                    labels.status_label(other.status),
                    labels.local_date(other.created_at),
                    csat_text(other.csat),
                ]
            )
            item.setData(0, ID_ROLE, other.id)
            item.setIcon(0, icons.channel_icon(other.channel))
            item.setToolTip(1, other.subject)
            item.setToolTip(3, labels.local_datetime(other.created_at))
            if other.csat is not None:
                share = other.csat.share
                colour = theme.GOOD if share >= 0.75 else theme.CAUTION if share >= 0.5 else theme.DANGER
                item.setForeground(4, QBrush(QColor(colour)))
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.setVisible(bool(items))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        conversation_id = item.data(0, ID_ROLE)
        if isinstance(conversation_id, uuid.UUID):
            self.conversation_requested.emit(conversation_id)


class ConversationPane(QWidget):
    """Header, timeline and history of one conversation, or a short line when none is open."""

    conversation_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(380)
        self._detail: ConversationDetail | None = None

        self.header = ConversationHeader()
        self.timeline = SafeTextBrowser()
        self.timeline.setObjectName("timeline")
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.document().setDocumentMargin(16)
        self._register_icons(self.timeline)
        self._follow_end = False
        bar = self.timeline.verticalScrollBar()
        bar.rangeChanged.connect(lambda _min, _max: self._scroll_to_end())
        bar.actionTriggered.connect(self._stop_following)
        self.history = HistoryPanel()
        self.history.conversation_requested.connect(self.conversation_requested)

        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.setHandleWidth(1)
        body.addWidget(self.timeline)
        body.addWidget(self.history)
        body.setStretchFactor(0, 4)
        body.setStretchFactor(1, 1)
        body.setSizes([600, HISTORY_HEIGHT])
        body.splitterMoved.connect(self._history_resized)
        self.body_splitter = body
        self._history_height = HISTORY_HEIGHT

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.header)
        content_layout.addWidget(body, 1)

        self.empty = QLabel()
        self.empty.setObjectName("emptyPane")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(32, 32, 32, 32)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_nothing(self.tr("No conversation selected."))

    @staticmethod
    def _register_icons(browser: SafeTextBrowser) -> None:
        for url, name, colour in (
            (ICON_NOTE, "mdi6.lock-outline", theme.NOTE_LABEL),
            (ICON_ATTACHMENT, "mdi6.paperclip", theme.TEXT_MUTED),
        ):
            browser.local_images[url] = icons.icon(name, colour).pixmap(24, 24)

    def _scroll_to_end(self) -> None:
        if self._follow_end:
            bar = self.timeline.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _stop_following(self, _action: int) -> None:
        self._follow_end = False

    @property
    def detail(self) -> ConversationDetail | None:
        return self._detail

    def show_nothing(self, text: str) -> None:
        self._detail = None
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)

    def show_conversation(self, detail: ConversationDetail) -> None:
        self._detail = detail
        self.header.show_detail(detail)
        # The newest entry is what the agent answers: start there, and stay there while the
        # document lays itself out (the range grows in steps) until the agent scrolls.
        self._follow_end = True
        self.timeline.setHtml(timeline_html(detail))
        self._scroll_to_end()
        self.history.show_conversations(
            detail.customer.name, detail.other_conversations, detail.other_conversations_total
        )
        self._size_history(bool(detail.other_conversations))
        self.stack.setCurrentIndex(1)

    def _size_history(self, has_items: bool) -> None:
        """The agent's chosen height for the list of other conversations; just the title when empty."""
        total = sum(self.body_splitter.sizes()) or 770
        height = self._history_height if has_items else self.history.minimumSizeHint().height()
        self.body_splitter.setSizes([max(0, total - height), height])

    def _history_resized(self, _pos: int, _index: int) -> None:
        if self.history.tree.isVisible():
            self._history_height = self.body_splitter.sizes()[1]
