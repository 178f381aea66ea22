# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox table view: fixed row heights, whole-row selection, delegates per column."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentdesk.gui.delegates import ChipDelegate, RowDelegate, SlaDelegate, SubjectDelegate
from agentdesk.gui.inbox_model import Column, InboxModel

# (width, resize mode); the subject takes what is left
COLUMN_WIDTHS = {
    Column.CHANNEL: (34, QHeaderView.ResizeMode.Fixed),
    Column.SLA: (128, QHeaderView.ResizeMode.Interactive),
    Column.CUSTOMER: (132, QHeaderView.ResizeMode.Interactive),
    Column.SUBJECT: (260, QHeaderView.ResizeMode.Stretch),
    Column.TIER: (44, QHeaderView.ResizeMode.Fixed),
    Column.PRIORITY: (82, QHeaderView.ResizeMode.Interactive),
    Column.STATUS: (90, QHeaderView.ResizeMode.Interactive),
    Column.ASSIGNEE: (124, QHeaderView.ResizeMode.Interactive),
    Column.WAITING: (66, QHeaderView.ResizeMode.Fixed),
    Column.ACTIVITY: (66, QHeaderView.ResizeMode.Fixed),
    Column.MOOD: (34, QHeaderView.ResizeMode.Fixed),
}
# Columns that give up width (down to this) before the optional ones are hidden.
SHRINKABLE = {Column.SLA: 100}

# Shown while they fit beside a readable subject, most wanted first. Without its column the
# customer's name moves into the subject cell (``SubjectDelegate``).
OPTIONAL_COLUMNS = (
    Column.CUSTOMER,
    Column.TIER,
    Column.WAITING,
    Column.ACTIVITY,
    Column.PRIORITY,
    Column.STATUS,
    Column.ASSIGNEE,
    Column.MOOD,
)
# Where statuses mix (All, Solved, Follow-ups, search results) the status says more than the ages.
MIXED_STATUS_COLUMNS = (
    Column.CUSTOMER,
    Column.STATUS,
    Column.TIER,
    Column.ACTIVITY,
    Column.WAITING,
    Column.PRIORITY,
    Column.ASSIGNEE,
    Column.MOOD,
)
MIN_SUBJECT_WIDTH = 210


class InboxView(QTableView):
    """The conversation list.

    Rows have one fixed height (two text lines); the view never measures rows, so scrolling costs
    the same at 200 rows and at 200,000. Typing does not jump to rows: single letters are shortcuts.
    When the list is narrow, the least needed columns step aside so the subject stays readable.
    ``visible_rows_changed`` tells (coalesced, once per event-loop turn) that other rows came into
    sight, so their SLA countdowns can be prepared.
    """

    visible_rows_changed = Signal(int, int)  # first, last

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        header.setSectionsClickable(False)  # each view has its own order (see inbox.views)
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
        model.rowsInserted.connect(self._visible_timer.start)

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
        essentials = [c for c in COLUMN_WIDTHS if c != Column.SUBJECT and c not in self._optional]
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
        for column in self._optional:
            width = COLUMN_WIDTHS[column][0] if header.isSectionHidden(column) else header.sectionSize(column)
            fits = room >= width
            header.setSectionHidden(column, not fits)
            room = room - width if fits else -1

    def keyboardSearch(self, search: str) -> None:
        """Off: letters are shortcuts (J/K) here, not a jump to the row starting with that letter."""
