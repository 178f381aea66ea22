# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox list model: a table over a row cache that fills page by page.

The model holds only the rows loaded so far (plain ``InboxRow``s) and asks for the next page by
keyset when the view scrolls near the end (``canFetchMore``/``fetchMore``). Nothing is counted up
front and nothing below the fold is read, so opening a 200,000-conversation inbox costs one page.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.labels import translate
from agentdesk.inbox.queries import InboxKey, InboxRow

PageFetcher = Callable[[InboxKey | None, int], list[InboxRow]]
AnyIndex = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the InboxRow itself, for delegates
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the conversation id


class Column(enum.IntEnum):
    CHANNEL = 0
    CUSTOMER = 1
    SUBJECT = 2
    TIER = 3
    PRIORITY = 4
    STATUS = 5
    ASSIGNEE = 6
    WAITING = 7
    MOOD = 8


_CENTERED = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class InboxModel(QAbstractTableModel):
    """Conversations in the default inbox order, loaded ``page_size`` rows at a time.

    Invariants: ``_rows[i]`` is row ``i``; ``_index`` maps each loaded id to its row; ``_cursor`` is
    the key of the last row the database returned, where the next page starts.

    A conversation that changed after its page was read can come back in a later page (a reply
    made it wait again, further down the order); the later copy is dropped, so every id is listed
    once. ``reload()`` puts everything back in order.
    """

    loaded = Signal(int, int)  # first new row, number of new rows
    failed = Signal(str)  # a page could not be read; the sentence says why

    def __init__(
        self, fetch_page: PageFetcher, clock: Clock, page_size: int = 200, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._clock = clock
        self._page_size = page_size
        self._rows: list[InboxRow] = []
        self._index: dict[uuid.UUID, int] = {}
        self._cursor: InboxKey | None = None
        self._complete = False
        self._failure: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._faint = QColor(theme.TEXT_FAINT)
        self._waiting = QColor(theme.WAITING)
        self._text = QColor(theme.TEXT)

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._complete and self._failure is None

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._complete or self._failure is not None:
            return
        try:
            page = self._fetch_page(self._cursor, self._page_size)
        except AgentDeskError as exc:
            # Views ask again on every layout; stop until reload() so one failure is one message.
            self._failure = exc.message
            self.failed.emit(exc.message)
            return
        if len(page) < self._page_size:
            self._complete = True
        if page:
            self._cursor = page[-1].key
        page = [row for row in page if row.id not in self._index]
        if not page:
            return
        start = len(self._rows)
        # Qt's fetchmore example: the last new row is start + count - 1.
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        for offset, row in enumerate(page):
            self._index[row.id] = start + offset
        self.endInsertRows()
        self.loaded.emit(start, len(page))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _header_titles()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tooltips().get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.CHANNEL, Column.TIER, Column.MOOD):
                return _CENTERED
            return _RIGHT if column == Column.WAITING else _LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        row = self._rows[r]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.CHANNEL:
                return icons.channel_icon(
                    row.channel, theme.WAITING if row.awaiting_reply else theme.TEXT_MUTED
                )
            if column == Column.PRIORITY and row.priority != "normal":
                return icons.priority_icon(row.priority)
            if column == Column.MOOD and row.mood:
                return icons.mood_icon(row.mood)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            if row.awaiting_reply and column in (Column.CUSTOMER, Column.WAITING):
                return self._bold
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.CHANNEL, Column.TIER, Column.MOOD):
                return _CENTERED
            if column == Column.WAITING:
                return _RIGHT
            return _LEFT
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(row, column) or self._display(row, column)
        return None

    # -- cells ---------------------------------------------------------------------------------

    def _display(self, row: InboxRow, column: Column) -> str | None:
        if column == Column.CUSTOMER:
            return row.customer_name
        if column == Column.SUBJECT:
            return row.subject
        if column == Column.TIER:
            return labels.tier_label(row.tier)
        if column == Column.PRIORITY:
            return labels.priority_label(row.priority)
        if column == Column.STATUS:
            return labels.status_label(row.status)
        if column == Column.ASSIGNEE:
            return row.assignee_name or self.tr("Unassigned")
        if column == Column.WAITING:
            since = row.waiting_since or row.last_activity_at
            return labels.age(since, self._clock.now())
        return None

    def _tooltip(self, row: InboxRow, column: Column) -> str | None:
        if column == Column.CHANNEL:
            return labels.channel_label(row.channel)
        if column == Column.SUBJECT:
            number = f"#{row.number} " if row.number is not None else ""
            return f"{number}{row.subject}\n{row.snippet}" if row.snippet else f"{number}{row.subject}"
        if column == Column.TIER:
            return labels.tier_name(row.tier)
        if column == Column.WAITING:
            if row.waiting_since is not None:
                return self.tr("Customer waiting since %1").replace(
                    "%1", labels.local_datetime(row.waiting_since)
                )
            return self.tr("Last activity %1").replace("%1", labels.local_datetime(row.last_activity_at))
        if column == Column.MOOD and row.mood:
            return labels.mood_label(row.mood)
        return None

    def _foreground(self, row: InboxRow, column: Column) -> QColor | None:
        if column == Column.WAITING:
            return self._waiting if row.awaiting_reply else self._faint
        if column == Column.ASSIGNEE:
            return self._text if row.assignee_name else self._faint
        if column == Column.PRIORITY:
            return QColor(theme.PRIORITY_COLOURS.get(row.priority, theme.TEXT_MUTED))
        return None

    # -- API for the window --------------------------------------------------------------------

    def row_at(self, row: int) -> InboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conversation_id: uuid.UUID) -> int | None:
        return self._index.get(conversation_id)

    @property
    def failure(self) -> str | None:
        """Why the last page could not be read; None when reading works."""
        return self._failure

    @property
    def complete(self) -> bool:
        """All rows of the inbox are loaded."""
        return self._complete

    def reload(self) -> None:
        """Drop the cache and read the first page again (after changes elsewhere)."""
        self.beginResetModel()
        self._rows = []
        self._index = {}
        self._cursor = None
        self._complete = False
        self._failure = None
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def load_until(self, key: InboxKey) -> int | None:
        """Page in rows until the one at ``key`` is loaded or passed; its row, if it is listed."""
        while self.row_of(key.id) is None and self.canFetchMore(QModelIndex()):
            if self._cursor is not None and _after(self._cursor, key):
                break
            self.fetchMore(QModelIndex())
        return self.row_of(key.id)

    def refresh_times(self) -> None:
        """Ages move with the clock: one ``dataChanged`` for the age column of the loaded rows."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.WAITING),
                self.index(len(self._rows) - 1, Column.WAITING),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )


def _after(a: InboxKey, b: InboxKey) -> bool:
    """Whether ``a`` comes after ``b`` in the inbox order."""
    if a.waiting != b.waiting:
        return b.waiting
    if a.waiting:
        return (a.at, a.id.int) > (b.at, b.id.int)
    return (a.at, a.id.int) < (b.at, b.id.int)


def _header_titles() -> dict[Column, str]:
    return {
        Column.CHANNEL: "",
        Column.CUSTOMER: translate("InboxModel", "Customer"),
        Column.SUBJECT: translate("InboxModel", "Conversation"),
        Column.TIER: translate("InboxModel", "Tier"),
        Column.PRIORITY: translate("InboxModel", "Priority"),
        Column.STATUS: translate("InboxModel", "Status"),
        Column.ASSIGNEE: translate("InboxModel", "Assignee"),
        Column.WAITING: translate("InboxModel", "Waiting"),
        Column.MOOD: "",
    }


def _header_tooltips() -> dict[Column, str]:
    return {
        Column.CHANNEL: translate("InboxModel", "Channel"),
        Column.WAITING: translate(
            "InboxModel",
            "How long the customer has waited for an answer, or the time since the last activity",
        ),
        Column.MOOD: translate("InboxModel", "Customer mood"),
    }
