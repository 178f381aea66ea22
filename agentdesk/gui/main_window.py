# SPDX-License-Identifier: GPL-3.0-or-later
"""The workstation window: top bar, the inbox list and the conversation pane side by side.

The window is given what it needs (the inbox queries, a clock, the message bridge) by the
composition root; it owns no database handle and keeps no global state.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, theme
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.inbox_model import Column, InboxModel
from agentdesk.gui.inbox_view import InboxView
from agentdesk.gui.messages import MessageBridge
from agentdesk.inbox.queries import InboxQueries

log = logging.getLogger("agentdesk.gui")

TICK_MS = 30_000  # ages in the list ("4m") move on this often


class MessageBar(QWidget):
    """A dismissible line above the content for errors the agent should read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        icon = QLabel()
        icon.setPixmap(icons.icon("mdi6.alert-circle-outline", theme.DANGER).pixmap(16, 16))
        self.text = QLabel()
        self.text.setObjectName("messageBarText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class TopBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 9, 16, 9)
        layout.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(icons.icon("mdi6.headset", theme.TOP_BAR_TEXT).pixmap(20, 20))
        name = QLabel(self.tr("AgentDesk"))
        name.setObjectName("appName")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        name.setFont(font)
        self.view_title = QLabel(self.tr("Inbox"))
        self.view_title.setObjectName("viewTitle")
        self.counts = QLabel()
        self.counts.setObjectName("topBarCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(logo)
        layout.addWidget(name)
        layout.addSpacing(14)
        layout.addWidget(self.view_title)
        layout.addStretch(1)
        layout.addWidget(self.counts)


class MainWindow(QMainWindow):
    """The main window. It loads the first page of the inbox and selects the top row on creation."""

    conversation_shown = Signal(uuid.UUID)
    closed = Signal()

    def __init__(
        self,
        queries: InboxQueries,
        clock: Clock,
        messages: MessageBridge,
        *,
        page_size: int = 200,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.queries = queries
        self.clock = clock
        self.messages = messages
        self.setWindowTitle(self.tr("AgentDesk"))
        self.resize(1440, 900)

        self.model = InboxModel(queries.page, clock, page_size, self)
        self.list = InboxView()
        self.list.setModel(self.model)
        self.pane = ConversationPane()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._sized = False  # the 60/40 split is set on first show, unless a saved state was restored

        self.top_bar = TopBar()
        self.message_bar = MessageBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().setSizeGripEnabled(False)

        self._make_actions()
        selection = self.list.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        self.pane.conversation_requested.connect(self._open_requested)
        self.pane.timeline.highlighted.connect(self._link_hovered)
        self.model.failed.connect(self._page_failed)
        messages.error_shown.connect(self.message_bar.show_message)
        messages.info_shown.connect(lambda text: self.statusBar().showMessage(text, 5000))

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.model.refresh_times)
        self._tick.start()

        self._painted: set[str] = set()
        self.list.viewport().installEventFilter(self)
        self.pane.timeline.viewport().installEventFilter(self)

        self.reload()
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self.list.viewport():
                self._painted.add("list")
            elif watched is self.pane.timeline.viewport():
                self._painted.add("timeline")
        return super().eventFilter(watched, event)

    def is_painted(self) -> bool:
        """The list, and the open conversation if there is one, have been painted at least once."""
        if "list" not in self._painted:
            return False
        return self.pane.detail is None or "timeline" in self._painted

    # -- actions -------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.next_action = QAction(self.tr("&Next conversation"), self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_J))
        self.next_action.triggered.connect(lambda: self.select_relative(1))
        self.previous_action = QAction(self.tr("&Previous conversation"), self)
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_K))
        self.previous_action.triggered.connect(lambda: self.select_relative(-1))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.reload)
        self.quit_action = QAction(self.tr("&Quit"), self)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        # Windows has no standard Quit key; Ctrl+Q is what people try there too.
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.next_action)
        view_menu.addAction(self.previous_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        for action in (self.next_action, self.previous_action, self.refresh_action, self.quit_action):
            self.addAction(action)

    # -- inbox ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the inbox again from the top, keeping the open conversation selected if listed."""
        keep = self.pane.detail.id if self.pane.detail is not None else None
        self.message_bar.hide()
        try:
            self.model.reload()
            counts = self.queries.count()
        except AgentDeskError as exc:
            self.messages.error(exc.message)
            return
        self._show_counts(counts.total, counts.waiting)
        if self.model.failure is not None:
            self.pane.show_nothing(self.tr("The inbox could not be read."))
            return
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self._select_row(row)
            if keep is not None and row == self.model.row_of(keep):
                self._show(keep)  # same conversation: show what changed since
        else:
            self.pane.show_nothing(self.tr("Nothing in the inbox. New conversations will show up here."))

    def _page_failed(self, reason: str) -> None:
        self.messages.error(
            self.tr("More conversations could not be read: %1 Press %2 to try again.")
            .replace("%1", reason)
            .replace("%2", self.refresh_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        )

    def _show_counts(self, total: int, waiting: int) -> None:
        # Singular spelled out for English; translators give plural forms for the "%n" texts.
        text = self.tr("1 conversation") if total == 1 else self.tr("%n conversations", "", total)
        if waiting:
            text += "  ·  " + self.tr("%n waiting for a reply", "", waiting)
        self.top_bar.counts.setText(text)

    def select_relative(self, step: int) -> None:
        """Move the selection ``step`` rows (J/K), paging in more rows at the bottom."""
        current = self.list.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if 0 <= row < self.model.rowCount():
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, Column.SUBJECT)
        self.list.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.list.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            return
        if self.pane.detail is not None and self.pane.detail.id == row.id:
            return
        self._show(row.id)

    # -- conversation --------------------------------------------------------------------------

    def open_conversation(self, ref: uuid.UUID | int) -> None:
        """Show a conversation by id or number, selecting its row when the inbox lists it.

        Raises ``NotFoundError`` when there is no such conversation.
        """
        detail = self.queries.detail(ref)
        row = self.model.row_of(detail.id)
        if row is None and self.queries.lists(detail.status):
            row = self.model.load_until(detail.key)
        self.pane.show_conversation(detail)
        if row is not None:
            self._select_row(row)
        else:
            self.list.selectionModel().clear()
        self.conversation_shown.emit(detail.id)

    def _open_requested(self, conversation_id: uuid.UUID) -> None:
        try:
            self.open_conversation(conversation_id)
        except AgentDeskError as exc:
            self.messages.error(exc.message)

    def _show(self, conversation_id: uuid.UUID) -> None:
        try:
            detail = self.queries.detail(conversation_id)
        except AgentDeskError as exc:
            self.pane.show_nothing(exc.message)
            self.messages.error(exc.message)
            return
        self.pane.show_conversation(detail)
        self.conversation_shown.emit(detail.id)

    def _link_hovered(self, url: object) -> None:
        # Show where a link really goes before the agent clicks it.
        text = url.toString() if hasattr(url, "toString") else str(url or "")
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    # -- state ---------------------------------------------------------------------------------

    def save_state(self) -> dict[str, QByteArray]:
        return {
            "geometry": self.saveGeometry(),
            "splitter": self.splitter.saveState(),
            "pane": self.pane.body_splitter.saveState(),
            "columns": self.list.horizontalHeader().saveState(),
        }

    def restore_state(self, state: dict[str, QByteArray]) -> None:
        if "geometry" in state:
            self.restoreGeometry(state["geometry"])
        if "splitter" in state and self.splitter.restoreState(state["splitter"]):
            self._sized = True
        if "pane" in state:
            self.pane.body_splitter.restoreState(state["pane"])
        if "columns" in state:
            self.list.horizontalHeader().restoreState(state["columns"])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.splitter.width(), self.width())
            self.splitter.setSizes([round(width * 0.6), width - round(width * 0.6)])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
