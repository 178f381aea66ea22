# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox list model: a table over a row cache that fills page by page.

The model lists one view (``ViewFilter``) at a time, or a fixed list of search results. It holds
only the rows loaded so far (plain ``InboxRow``s) and asks for the next page by keyset when the
view scrolls near the end (``canFetchMore``/``fetchMore``). Nothing is counted up front and nothing
below the fold is read, so opening a 200,000-conversation view costs one page.

SLA countdowns: the now-independent part of each row's SLA state (``SlaPlan``) is loaded once for
the rows that scroll into sight (the window asks for ``ids_without_plans`` in the background and
hands them over with ``add_plans``); ``tick`` then evaluates the plans of the visible rows at the
clock's time and announces the change with one ``dataChanged`` for that range of the SLA column:
no database on the tick, and nothing done for rows out of sight.
"""

from __future__ import annotations

import dataclasses
import enum
import uuid
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.labels import translate
from agentdesk.gui.sla_chips import SlaChip, chips_for, sla_tooltip
from agentdesk.inbox.views import InboxRow, PageKey, Sort, ViewFilter, comes_after, page_key
from agentdesk.record_text import customer_name
from agentdesk.sla.state import SlaPlan, SlaState

PageFetcher = Callable[[ViewFilter, PageKey | None, int], list[InboxRow]]
PlanLoader = Callable[[Sequence[uuid.UUID]], dict[uuid.UUID, SlaPlan | None]]
AnyIndex = QModelIndex | QPersistentModelIndex
CellLook = tuple[str | None, QIcon | None, QFont | None, QColor | None, int]
"""A plain cell: text, icon, font, text colour, alignment (``InboxModel.cell``)."""

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the InboxRow itself, for delegates
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the conversation id
SLA_ROLE = Qt.ItemDataRole.UserRole + 3  # tuple[SlaChip, ...] of the SLA column, most urgent first


class Column(enum.IntEnum):
    CHANNEL = 0
    SLA = 1
    CUSTOMER = 2
    SUBJECT = 3
    TIER = 4
    PRIORITY = 5
    STATUS = 6
    ASSIGNEE = 7
    WAITING = 8
    ACTIVITY = 9
    MOOD = 10


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ANSWERED_ROLES = frozenset(
    {
        _DISPLAY,
        _DECORATION,
        _TOOLTIP,
        _FONT,
        _FOREGROUND,
        _ALIGNMENT,
        _ACCESSIBLE,
        ROW_ROLE,
        ID_ROLE,
        SLA_ROLE,
    }
)
_COLUMN_COUNT = len(Column)
# Combined once: the view asks for every painted cell's flags, and enum arithmetic is slow in Python.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_CENTERED = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_colours: dict[str, QColor] = {}


def theme_colour(name: str) -> QColor:
    """The ``QColor`` of a theme colour (the theme keeps them as text), parsed once. Shared: do
    not change the colour returned."""
    found = _colours.get(name)
    if found is None:
        if len(_colours) > 256:
            _colours.clear()
        found = _colours[name] = QColor(name)
    return found


def _no_plans(_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, SlaPlan | None]:
    return {}


class InboxModel(QAbstractTableModel):
    """The conversations of one view in that view's order, loaded ``page_size`` rows at a time.

    Invariants: ``_rows[i]`` is row ``i``; ``_index`` maps each loaded id to its row; ``_cursor`` is
    the key of the last row the database returned, where the next page starts.

    A conversation that changed after its page was read can come back in a later page (a reply
    moved it further down the order); the later copy is dropped, so every id is listed once.
    ``reload()`` puts everything back in order.
    """

    loaded = Signal(int, int)  # first new row, number of new rows
    failed = Signal(str)  # a page could not be read; the sentence says why

    def __init__(
        self,
        fetch_page: PageFetcher,
        clock: Clock,
        page_size: int = 200,
        parent: QObject | None = None,
        *,
        load_plans: PlanLoader = _no_plans,
        view_filter: ViewFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._load_plans = load_plans
        self._clock = clock
        self._page_size = page_size
        self._filter = view_filter
        self._rows: list[InboxRow] = []
        self._index: dict[uuid.UUID, int] = {}
        self._cursor: PageKey | None = None
        self._complete = view_filter is None
        self._failure: str | None = None
        self._plans: dict[uuid.UUID, SlaPlan | None] = {}
        self._states: dict[uuid.UUID, SlaState | None] = {}
        self._chips: dict[uuid.UUID, tuple[SlaChip, ...]] = {}
        self._sort: Sort | None = view_filter.sort if view_filter is not None else None
        self._presence: dict[uuid.UUID, tuple[str, str]] = {}  # id: (viewing/writing, who, said)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._complete and self._failure is None

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        self._append(self._next_page())

    def _next_page(self) -> list[InboxRow]:
        """The rows of the next page not listed yet; advances the cursor, notes the end or a failure."""
        if self._complete or self._failure is not None or self._filter is None:
            return []
        try:
            page = self._fetch_page(self._filter, self._cursor, self._page_size)
        except AgentDeskError as exc:
            # Views ask again on every layout; stop until reload() so one failure is one message.
            self._failure = exc.message
            self.failed.emit(exc.message)
            return []
        if len(page) < self._page_size:
            self._complete = True
        if page:
            self._cursor = page_key(self._filter, page[-1])
        return [row for row in page if row.id not in self._index]

    def _append(self, rows: list[InboxRow]) -> None:
        if not rows:
            return
        start = len(self._rows)
        # Qt's fetchmore example: the last new row is start + count - 1.
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        for offset, row in enumerate(rows):
            self._index[row.id] = start + offset
        self.endInsertRows()
        self.loaded.emit(start, len(rows))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _header_titles()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _header_tooltip(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENTS[column]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every painted cell: roles this model never answers leave
        # first, and columns are compared as plain ints (no enum construction per call).
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        r = index.row()
        column = index.column()
        if not 0 <= r < len(self._rows) or not 0 <= column < _COLUMN_COUNT:
            return None
        row = self._rows[r]
        if role == _DISPLAY:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == _FOREGROUND:
            return self._foreground(row, column)
        if role == _ALIGNMENT:
            return _ALIGNMENTS[column]
        if role == _DECORATION:
            return self._decoration(row, column)
        if role == _FONT:
            return self._font(row, column)
        if role == SLA_ROLE:
            return self._chips.get(row.id, ()) if column == Column.SLA else None
        if role == ID_ROLE:
            return row.id
        if role == _TOOLTIP:
            return self._tooltip(row, Column(column))
        if role == _ACCESSIBLE:
            return self._tooltip(row, Column(column)) or self._display(row, column)
        return None

    # -- cells ---------------------------------------------------------------------------------

    def cell(self, r: int, column: int) -> CellLook | None:
        """What a plain cell of row ``r`` shows, in one call: the delegates paint from this rather
        than asking ``data`` role by role (each such call crosses from Qt into Python)."""
        row = self._rows[r] if 0 <= r < len(self._rows) else None
        if row is None:
            return None
        return (
            self._display(row, column),
            self._decoration(row, column),
            self._font(row, column),
            self._foreground(row, column),
            _ALIGNMENTS[column],
        )

    def _decoration(self, row: InboxRow, column: int) -> QIcon | None:
        if column == Column.CHANNEL:
            return icons.channel_icon(row.channel, theme.WAITING if row.awaiting_reply else None)
        if column == Column.PRIORITY and row.priority != "normal":
            return icons.priority_icon(row.priority)
        if column == Column.MOOD and row.mood:
            return icons.mood_icon(row.mood)
        return None

    def _font(self, row: InboxRow, column: int) -> QFont | None:
        if row.awaiting_reply and (column == Column.CUSTOMER or column == Column.WAITING):
            return self._bold
        return None

    def _display(self, row: InboxRow, column: int) -> str | None:
        if column == Column.SLA:
            return "  ".join(chip.text for chip in self._chips.get(row.id, ()))
        if column == Column.CUSTOMER:
            return customer_name(row.customer_name)
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
            return labels.age(row.waiting_since, self._clock.now()) if row.waiting_since else ""
        if column == Column.ACTIVITY:
            return labels.age(row.last_activity_at, self._clock.now())
        return None

    def _tooltip(self, row: InboxRow, column: Column) -> str | None:
        if column == Column.CHANNEL:
            return labels.channel_label(row.channel)
        if column == Column.SLA:
            if row.id not in self._plans:
                return None
            plan = self._plans[row.id]
            state = self._states.get(row.id)
            if plan is not None and state is None:
                state = plan.at(self._clock.now())
            return sla_tooltip(state, plan.calendar.always_open if plan is not None else False)
        if column == Column.SUBJECT:
            number = f"#{row.number} " if row.number is not None else ""
            text = f"{number}{row.subject}\n{row.snippet}" if row.snippet else f"{number}{row.subject}"
            presence = self._presence.get(row.id)
            return f"{text}\n\n{presence[1]}" if presence is not None and presence[1] else text
        if column == Column.TIER:
            return labels.tier_name(row.tier)
        if column == Column.WAITING:
            if row.waiting_since is None:
                return self.tr("Nobody is waiting for an answer")
            since = labels.local_datetime(row.waiting_since)
            return self.tr("Customer waiting since %1").replace("%1", since)
        if column == Column.ACTIVITY:
            return self.tr("Last activity %1").replace("%1", labels.local_datetime(row.last_activity_at))
        if column == Column.MOOD and row.mood:
            return labels.mood_label(row.mood)
        return None

    def _foreground(self, row: InboxRow, column: int) -> QColor | None:
        if column == Column.WAITING:
            return theme_colour(theme.WAITING)
        if column == Column.ACTIVITY:
            return theme_colour(theme.TEXT_FAINT)
        if column == Column.ASSIGNEE:
            return theme_colour(theme.TEXT if row.assignee_name else theme.TEXT_FAINT)
        if column == Column.PRIORITY:
            return theme_colour(theme.PRIORITY_COLOURS.get(row.priority, theme.TEXT_MUTED))
        return None

    # -- API for the window --------------------------------------------------------------------

    @property
    def view_filter(self) -> ViewFilter | None:
        """The view listed; None while the model shows a fixed list (search results)."""
        return self._filter

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
        """All rows of the view are loaded."""
        return self._complete

    def set_filter(self, view_filter: ViewFilter, *, min_rows: int = 0) -> None:
        """List ``view_filter``'s view from the top (at least ``min_rows`` rows, when it has them),
        in the order the agent chose by a column header (``sort``)."""
        self._filter = dataclasses.replace(view_filter, sort=self._sort)
        self.reload(min_rows=min_rows)

    @property
    def list_sort(self) -> Sort | None:
        """How the agent sorted the list by a header; None for each view's own order. Kept
        across views."""
        return self._sort

    def set_sort(self, sort: Sort | None) -> None:
        """Sort the list by ``sort`` (read again from the top); search results keep their order."""
        if sort == self._sort:
            return
        self._sort = sort
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._filter is not None:
            self.set_filter(self._filter)

    def key_of(self, row: InboxRow) -> PageKey | None:
        """Where ``row`` sits in the list's order (None for search results)."""
        return page_key(self._filter, row) if self._filter is not None else None

    def show_rows(self, rows: Iterable[InboxRow]) -> None:
        """List exactly these rows (search results), in this order; nothing to page in."""
        self.beginResetModel()
        self._filter = None
        self._reset_rows()
        self._complete = True
        rows = list(rows)
        self._rows = rows
        self._index = {row.id: i for i, row in enumerate(rows)}
        self.endResetModel()

    def _reset_rows(self) -> None:
        self._rows = []
        self._index = {}
        self._cursor = None
        self._complete = self._filter is None
        self._failure = None

    def reload(self, *, min_rows: int = 0) -> None:
        """Drop the cache and read the view again from the top (after changes elsewhere), at
        least ``min_rows`` rows when there are that many, so the list can look as it did."""
        self.beginResetModel()
        self._reset_rows()
        # The first page is part of the reset: views ask for more while they handle the reset.
        self._rows = self._next_page()
        self._index = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()
        if self._rows:
            self.loaded.emit(0, len(self._rows))
        while len(self._rows) < min_rows and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def ensure_rows(self, count: int) -> None:
        """Page in rows until ``count`` are loaded or the view has no more."""
        while len(self._rows) < count and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def load_all(self, limit: int) -> bool:
        """Page in the rows of the view not loaded yet, in one read, until ``limit`` rows are
        loaded (Select all: the selection must hold what the view holds, not what was scrolled
        to); whether the whole view is loaded now."""
        missing = limit - len(self._rows)
        if missing > 0 and not self._complete and self._failure is None and self._filter is not None:
            size = self._page_size
            self._page_size = missing
            try:
                self._append(self._next_page())
            finally:
                self._page_size = size
        if not self._complete and self._failure is None and self._filter is not None:
            try:  # the page ended at ``limit`` rows: is there another one after it?
                self._complete = not self._fetch_page(self._filter, self._cursor, 1)
            except AgentDeskError:
                return False
        return self._complete

    def load_until(self, key: PageKey) -> int | None:
        """Page in rows until the one at ``key`` is loaded or passed; its row, if it is listed."""
        while self.row_of(key.id) is None and self.canFetchMore(QModelIndex()):
            if self._filter is None:
                break
            if self._cursor is not None and comes_after(self._filter, self._cursor, key):
                break
            self.fetchMore(QModelIndex())
        return self.row_of(key.id)

    # -- SLA countdowns --------------------------------------------------------------------------

    def forget_sla(self, ids: Iterable[uuid.UUID] | None = None) -> None:
        """Drop the loaded SLA plans of ``ids`` (all when None): their history changed."""
        if ids is None:
            self._plans.clear()
            self._states.clear()
            self._chips.clear()
            return
        for conversation_id in ids:
            self._plans.pop(conversation_id, None)
            self._states.pop(conversation_id, None)
            self._chips.pop(conversation_id, None)

    def ids_without_plans(self, first: int, last: int) -> list[uuid.UUID]:
        """The conversations of rows ``first``..``last`` whose SLA plan is not loaded yet."""
        return [row.id for row in self._rows[max(0, first) : last + 1] if row.id not in self._plans]

    def add_plans(self, ids: Sequence[uuid.UUID], plans: dict[uuid.UUID, SlaPlan | None]) -> None:
        """Keep loaded plans; ids without one have no policy (or are gone) and get no chips."""
        for conversation_id in ids:
            self._plans[conversation_id] = plans.get(conversation_id)

    def prepare_sla(self, first: int, last: int) -> bool:
        """Load the SLA plans of rows ``first``..``last`` that have none yet, here and now (one
        batch of queries), and compute their chips; whether anything was missing. The window
        loads them in the background instead; this is for callers without one."""
        missing = self.ids_without_plans(first, last)
        if not missing:
            return False
        try:
            plans = self._load_plans(missing)
        except AgentDeskError as exc:
            self.failed.emit(exc.message)
            plans = {}
        self.add_plans(missing, plans)
        self.tick(first, last)
        return True

    def tick(self, first: int, last: int) -> None:
        """Evaluate the SLA plans of rows ``first``..``last`` at the clock's time: one
        ``dataChanged`` for that range of the SLA column."""
        last = min(last, len(self._rows) - 1)
        if first < 0 or last < first:
            return
        now = self._clock.now()
        plans, states, chips = self._plans, self._states, self._chips
        for row in self._rows[first : last + 1]:
            plan = plans.get(row.id)
            if plan is None:
                continue
            state = plan.at(now)
            states[row.id] = state
            chips[row.id] = chips_for(state, plan.calendar.always_open)
        self.dataChanged.emit(
            self.index(first, Column.SLA),
            self.index(last, Column.SLA),
            [Qt.ItemDataRole.DisplayRole, SLA_ROLE],
        )

    def presence_of(self, conversation_id: uuid.UUID) -> str | None:
        """ "viewing" or "writing" when another desk is on the conversation (the list's mark)."""
        mark = self._presence.get(conversation_id)
        return mark[0] if mark is not None else None

    def set_presence(self, marks: dict[uuid.UUID, tuple[str, str]]) -> None:
        """Who else is on which conversation (``PresenceDesk.marks``); repaints the rows that
        changed."""
        before, self._presence = self._presence, dict(marks)
        for conversation in before.keys() | marks.keys():
            if before.get(conversation) == marks.get(conversation):
                continue
            r = self._index.get(conversation)
            if r is not None:
                index = self.index(r, Column.SUBJECT)
                self.dataChanged.emit(
                    index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
                )

    def refresh_ages(self, first: int, last: int) -> None:
        """Ages ("4m") move with the clock: one ``dataChanged`` over the age columns of the rows."""
        last = min(last, len(self._rows) - 1)
        if first < 0 or last < first:
            return
        self.dataChanged.emit(
            self.index(first, Column.WAITING),
            self.index(last, Column.ACTIVITY),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
        )


def _alignment(column: Column) -> int:
    if column in (Column.CHANNEL, Column.TIER, Column.MOOD):
        return _CENTERED
    if column in (Column.WAITING, Column.ACTIVITY):
        return _RIGHT
    return _LEFT


_ALIGNMENTS = tuple(_alignment(c) for c in Column)


def _header_titles() -> dict[Column, str]:
    return {
        Column.CHANNEL: "",
        Column.SLA: translate("InboxModel", "SLA"),
        Column.CUSTOMER: translate("InboxModel", "Customer"),
        Column.SUBJECT: translate("InboxModel", "Conversation"),
        Column.TIER: translate("InboxModel", "Tier"),
        Column.PRIORITY: translate("InboxModel", "Priority"),
        Column.STATUS: translate("InboxModel", "Status"),
        Column.ASSIGNEE: translate("InboxModel", "Assignee"),
        Column.WAITING: translate("InboxModel", "Waiting"),
        Column.ACTIVITY: translate("InboxModel", "Activity"),
        Column.MOOD: "",
    }


SORTS = {
    Column.SLA: Sort.URGENCY,
    Column.ACTIVITY: Sort.ACTIVITY,
    Column.PRIORITY: Sort.PRIORITY,
    Column.CUSTOMER: Sort.CUSTOMER,
}
"""The columns a click sorts by, and the order each gives (``inbox.views.Sort``); the others are
not sortable: the queries have no order for them that pages exactly."""


def _header_tooltip(column: Column) -> str:
    what = _header_tooltips().get(column) or _header_titles()[column]
    sort = SORTS.get(column)
    if sort is None:
        how = translate("InboxModel", "Not sortable")
    else:
        how = {
            Sort.URGENCY: translate(
                "InboxModel", "Click to sort most urgent first: the earliest due time first"
            ),
            Sort.ACTIVITY: translate("InboxModel", "Click to sort by last activity, newest first"),
            Sort.PRIORITY: translate("InboxModel", "Click to sort by priority, urgent first"),
            Sort.CUSTOMER: translate("InboxModel", "Click to sort by customer name, A to Z"),
        }[sort]
    return f"{what}\n{how}" if what else how


def _header_tooltips() -> dict[Column, str]:
    return {
        Column.CHANNEL: translate("InboxModel", "Channel"),
        Column.SLA: translate(
            "InboxModel",
            "Each open SLA target (FR first response, NR next response, RES resolution) with the time "
            "to its due time, most urgent first: red when overdue, amber when due within the hour, "
            "grey while paused",
        ),
        Column.WAITING: translate("InboxModel", "How long the customer has waited for an answer"),
        Column.ACTIVITY: translate("InboxModel", "Time since the last activity"),
        Column.MOOD: translate("InboxModel", "Customer mood"),
    }
