# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox table view: fixed row heights, whole-row selection, delegates per column; a click on
a header sorts (where the queries can), a right-click chooses the columns.

Several rows can be selected for bulk actions: Ctrl-click adds or removes a row, Shift-click a
range, Shift+J/Shift+K extend the selection by a row (``extend``), Ctrl+A selects every row of
the view, read first where not loaded yet (``select_all_rows``); ``selected_ids`` lists them in
list order and ``selection_changed`` says how many there are."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QTableView, QWidget

from agentdesk.gui.delegates import ChipDelegate, RowDelegate, SlaDelegate, SubjectDelegate
from agentdesk.gui.inbox_model import ID_ROLE, SORTS, Column, InboxModel
from agentdesk.inbox.views import Sort, View

# (width, resize mode); the subject takes what is left
COLUMN_WIDTHS = {
    Column.CHANNEL: (34, QHeaderView.ResizeMode.Fixed),
    Column.SLA: (150, QHeaderView.ResizeMode.Interactive),
    Column.CUSTOMER: (132, QHeaderView.ResizeMode.Interactive),
    Column.SUBJECT: (260, QHeaderView.ResizeMode.Stretch),
    Column.TIER: (44, QHeaderView.ResizeMode.Fixed),
    Column.PRIORITY: (78, QHeaderView.ResizeMode.Interactive),
    Column.STATUS: (90, QHeaderView.ResizeMode.Interactive),
    Column.ASSIGNEE: (112, QHeaderView.ResizeMode.Interactive),
    Column.WAITING: (66, QHeaderView.ResizeMode.Fixed),
    Column.ACTIVITY: (66, QHeaderView.ResizeMode.Fixed),
    Column.MOOD: (34, QHeaderView.ResizeMode.Fixed),
}
# Columns that give up width (down to this) before the optional ones are hidden.
SHRINKABLE = {Column.SLA: 96}

# Shown while they fit beside a readable subject, most wanted first: whose it is and how pressing
# come first (a lead at 1280 px must see both), then who it is for; the customer's name moves into
# the subject cell without its column (``SubjectDelegate``), the tier is in the sidebar's views,
# and the ages are in the SLA chips' tooltip. The rest are a header right-click away.
OPTIONAL_COLUMNS = (
    Column.ASSIGNEE,
    Column.PRIORITY,
    Column.CUSTOMER,
    Column.TIER,
    Column.WAITING,
    Column.STATUS,
    Column.ACTIVITY,
    Column.MOOD,
)
# Where statuses mix (All, Solved, Follow-ups, search results) the status says more than the ages.
MIXED_STATUS_COLUMNS = (
    Column.ASSIGNEE,
    Column.PRIORITY,
    Column.STATUS,
    Column.CUSTOMER,
    Column.TIER,
    Column.ACTIVITY,
    Column.WAITING,
    Column.MOOD,
)
MIN_SUBJECT_WIDTH = 200


def _own_order_is_urgency(model: InboxModel) -> bool:
    """Whether the list, unsorted, is in urgency order (every view but Follow-ups and Solved)."""
    f = model.view_filter
    return f is not None and f.view not in (View.FOLLOW_UPS, View.SOLVED)


class InboxView(QTableView):
    """The conversation list.

    Rows have one fixed height (two text lines); the view never measures rows, so scrolling costs
    the same at 200 rows and at 200,000. Typing does not jump to rows: single letters are shortcuts.
    When the list is narrow, the least needed columns step aside so the subject stays readable.
    ``visible_rows_changed`` tells (coalesced, once per event-loop turn) that other rows came into
    sight, so their SLA countdowns can be prepared.
    """

    visible_rows_changed = Signal(int, int)  # first, last
    selection_changed = Signal(int)  # how many rows are selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setSortingEnabled(False)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)

        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._apply_row_height()

        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # A click sorts by the columns the queries can page in order (``inbox_model.SORTS``); the
        # arrow is drawn by Qt, the order itself is the model's (not Qt's sortByColumn).
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.SLA, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setMinimumSectionSize(24)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self._row_delegate = RowDelegate(self)
        self._subject_delegate = SubjectDelegate(self)
        self._sla_delegate = SlaDelegate(self)
        self._tier_delegate = ChipDelegate(Column.TIER, self)
        self._status_delegate = ChipDelegate(Column.STATUS, self)
        self.setItemDelegate(self._row_delegate)
        self.setItemDelegateForColumn(Column.SUBJECT, self._subject_delegate)
        self.setItemDelegateForColumn(Column.SLA, self._sla_delegate)
        self.setItemDelegateForColumn(Column.TIER, self._tier_delegate)
        self.setItemDelegateForColumn(Column.STATUS, self._status_delegate)

        self._optional: tuple[Column, ...] = OPTIONAL_COLUMNS
        self._chosen: dict[Column, bool] = {}  # the agent's choice in the column menu: shown or not
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(0)
        self._visible_timer.timeout.connect(self._announce_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._visible_timer.start)

    def row_height(self) -> int:
        """Two lines of text with room around them."""
        metrics = QFontMetrics(self.font())
        return metrics.height() * 2 + 20

    def _apply_row_height(self) -> None:
        vertical = self.verticalHeader()
        vertical.setMinimumSectionSize(1)
        vertical.setDefaultSectionSize(self.row_height())
        vertical.setMinimumSectionSize(self.row_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the agent chose another font size
            self._apply_row_height()
            self.fit_columns()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._keep_viewport_opaque()

    def showEvent(self, event: QShowEvent) -> None:
        self._keep_viewport_opaque()
        super().showEvent(event)

    def _keep_viewport_opaque(self) -> None:
        """The viewport fills its own background (the palette's base, the colour the style sheet
        gives the list), so Qt knows it is opaque and scrolls by moving the pixels already painted:
        a scroll step then paints only the rows that came into sight. The window's style sheet
        turns that off when it styles the list, and every step repainted the whole list."""
        viewport = self.viewport()
        if not viewport.autoFillBackground():
            viewport.setAutoFillBackground(True)

    def setModel(self, model: InboxModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        for column, (width, mode) in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, mode)
            if mode != QHeaderView.ResizeMode.Stretch:
                header.resizeSection(column, width)
        model.modelReset.connect(self._visible_timer.start)
        model.modelReset.connect(lambda: self._show_sort(model))
        model.rowsInserted.connect(self._visible_timer.start)
        self.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(self.selected_count())
        )
        model.modelReset.connect(lambda: self.selection_changed.emit(self.selected_count()))

    # -- several rows --------------------------------------------------------------------------

    def selected_count(self) -> int:
        selection = self.selectionModel()
        return len(selection.selectedRows(Column.SUBJECT)) if selection is not None else 0

    def selected_ids(self) -> list[uuid.UUID]:
        """The conversations of the selected rows, in list order."""
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows(Column.SUBJECT))
        model = self.model()
        ids = [model.index(row, Column.SUBJECT).data(ID_ROLE) for row in rows]
        return [i for i in ids if isinstance(i, uuid.UUID)]

    def select_all_rows(self, limit: int) -> bool:
        """Ctrl+A: select every row of the view, also those not scrolled to yet (they are read
        first, at most ``limit`` rows in all), so a bulk action changes all the view holds;
        False when the view holds more than ``limit`` rows (the first ``limit`` are selected)."""
        model = self.model()
        whole = True
        if isinstance(model, InboxModel):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                whole = model.load_all(limit)
            finally:
                QApplication.restoreOverrideCursor()
        self.select_loaded()
        return whole

    def select_loaded(self) -> None:
        """Select every row loaded so far (the list loads more as it scrolls)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        whole = QItemSelection(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(whole, flags)

    def extend(self, step: int) -> None:
        """Shift+J / Shift+K: move to the next (previous) row and add it to the selection; a row
        already selected is deselected when the move goes back over it, as in a mail list."""
        model = self.model()
        current = self.currentIndex()
        if model is None:
            return
        if not current.isValid():
            row = 0
        else:
            row = current.row() + step
        if row >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        if not 0 <= row < model.rowCount():
            return
        selection = self.selectionModel()
        rows = QItemSelectionModel.SelectionFlag.Rows
        target = model.index(row, Column.SUBJECT)
        if current.isValid() and not selection.isRowSelected(current.row(), QModelIndex()):
            selection.select(current, QItemSelectionModel.SelectionFlag.Select | rows)
        if current.isValid() and selection.isRowSelected(row, QModelIndex()):
            # going back over the selection: the row left behind leaves it
            selection.select(current, QItemSelectionModel.SelectionFlag.Deselect | rows)
            selection.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            selection.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.Select | rows)
        self.scrollTo(target)

    def visible_rows(self) -> tuple[int, int]:
        """The first and last row in sight; (0, -1) when none is."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return 0, -1
        first = self.rowAt(0)
        if first < 0:
            return 0, -1
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:
            last = model.rowCount() - 1
        return first, last

    def _announce_visible_rows(self) -> None:
        first, last = self.visible_rows()
        if last >= first:
            self.visible_rows_changed.emit(first, last)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        self._visible_timer.start()

    # -- sorting and the column chooser --------------------------------------------------------

    def _header_clicked(self, section: int) -> None:
        model = self.model()
        if not isinstance(model, InboxModel):
            return
        sort = SORTS.get(Column(section)) if 0 <= section < len(Column) else None
        if sort is None or model.view_filter is None:  # not sortable, or search results
            self._show_sort(model)
            return
        current = model.list_sort
        if current is None and sort == Sort.URGENCY and _own_order_is_urgency(model):
            current = Sort.URGENCY
        model.set_sort(None if sort == current else sort)  # a second click: the view's own order
        self._show_sort(model)

    def _show_sort(self, model: InboxModel) -> None:
        sort = model.list_sort
        if sort is None and _own_order_is_urgency(model):
            sort = Sort.URGENCY
        column = next((c for c, s in SORTS.items() if s == sort), -1)
        descending = sort == Sort.ACTIVITY
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)

    def column_menu(self) -> QMenu:
        """The column chooser (the header's context menu): every column but the channel and the
        conversation, checked while shown; a choice sticks until "Fit columns to the width"."""
        menu = QMenu(self)
        header = self.horizontalHeader()
        model = self.model()
        for column in Column:
            if column in (Column.CHANNEL, Column.SUBJECT):
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
            if not title:
                title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                title = str(title).split("\n")[0] if title else column.name.title()
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setData(int(column))
            action.toggled.connect(lambda on, c=column: self.choose_column(c, on))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Fit columns to the width"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    def choose_column(self, column: Column, shown: bool) -> None:
        """Show or hide ``column`` whatever the width (the subject narrows to make room)."""
        self._chosen[column] = shown
        self.fit_columns()

    def reset_columns(self) -> None:
        """Forget the column choices: the columns that fit are shown again."""
        self._chosen.clear()
        self.fit_columns()

    def set_optional_columns(self, columns: tuple[Column, ...]) -> None:
        """Which optional columns to show while they fit, most wanted first."""
        if columns != self._optional:
            self._optional = columns
            self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width: the subject keeps ``MIN_SUBJECT_WIDTH``, the SLA and customer columns
        narrow down to their minimum when space is short, and the optional columns that still fit
        are shown, most wanted first (once one is out, the less wanted ones stay out too)."""
        if self.model() is None:
            return
        header = self.horizontalHeader()
        available = self.viewport().width()
        essentials: list[Column] = [
            c for c in COLUMN_WIDTHS if c != Column.SUBJECT and c not in self._optional
        ]
        essentials += [c for c in self._optional if self._chosen.get(c)]
        widths: dict[Column, int] = {c: COLUMN_WIDTHS[c][0] for c in essentials}
        short = sum(widths.values()) + MIN_SUBJECT_WIDTH - available
        for column, least in SHRINKABLE.items():
            if short > 0 and column in widths:
                give = min(short, widths[column] - least)
                widths[column] -= give
                short -= give
        for column, width in widths.items():
            if header.sectionSize(column) != width and column in SHRINKABLE:
                header.resizeSection(column, width)
        room = available - sum(widths.values()) - MIN_SUBJECT_WIDTH
        for column, shown in self._chosen.items():
            header.setSectionHidden(column, not shown)
        for column in self._optional:
            if column in self._chosen:
                continue
            width = COLUMN_WIDTHS[column][0] if header.isSectionHidden(column) else header.sectionSize(column)
            fits = room >= width
            header.setSectionHidden(column, not fits)
            room = room - width if fits else -1

    def keyboardSearch(self, search: str) -> None:
        """Off: letters are shortcuts (J/K) here, not a jump to the row starting with that letter."""
