# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox table view: fixed row heights, whole-row selection, delegates per column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from agentdesk.gui.delegates import ChipDelegate, RowDelegate, SubjectDelegate
from agentdesk.gui.inbox_model import Column, InboxModel

# (width, resize mode); the subject takes what is left
COLUMN_WIDTHS = {
    Column.CHANNEL: (34, QHeaderView.ResizeMode.Fixed),
    Column.CUSTOMER: (148, QHeaderView.ResizeMode.Interactive),
    Column.SUBJECT: (260, QHeaderView.ResizeMode.Stretch),
    Column.TIER: (44, QHeaderView.ResizeMode.Fixed),
    Column.PRIORITY: (78, QHeaderView.ResizeMode.Interactive),
    Column.STATUS: (84, QHeaderView.ResizeMode.Interactive),
    Column.ASSIGNEE: (122, QHeaderView.ResizeMode.Interactive),
    Column.WAITING: (72, QHeaderView.ResizeMode.Fixed),
    Column.MOOD: (34, QHeaderView.ResizeMode.Fixed),
}


# Hidden in this order when the list gets too narrow to give the subject MIN_SUBJECT_WIDTH.
OPTIONAL_COLUMNS = (Column.MOOD, Column.ASSIGNEE, Column.PRIORITY, Column.STATUS)
MIN_SUBJECT_WIDTH = 230


class InboxView(QTableView):
    """The conversation list.

    Rows have one fixed height (two text lines); the view never measures rows, so scrolling costs
    the same at 200 rows and at 200,000. Typing does not jump to rows: single letters are shortcuts.
    When the list is narrow, the least needed columns step aside so the subject stays readable.
    """

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
        vertical.setDefaultSectionSize(self.row_height())
        vertical.setMinimumSectionSize(self.row_height())

        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)  # one order for now: longest-waiting first
        header.setMinimumSectionSize(24)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self._row_delegate = RowDelegate(self)
        self._subject_delegate = SubjectDelegate(self)
        self._tier_delegate = ChipDelegate(Column.TIER, self)
        self._status_delegate = ChipDelegate(Column.STATUS, self)
        self.setItemDelegate(self._row_delegate)
        self.setItemDelegateForColumn(Column.SUBJECT, self._subject_delegate)
        self.setItemDelegateForColumn(Column.TIER, self._tier_delegate)
        self.setItemDelegateForColumn(Column.STATUS, self._status_delegate)

    def row_height(self) -> int:
        """Two lines of text with room around them."""
        metrics = QFontMetrics(self.font())
        return metrics.height() * 2 + 20

    def setModel(self, model: InboxModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.horizontalHeader()
        for column, (width, mode) in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, mode)
            if mode != QHeaderView.ResizeMode.Stretch:
                header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show the optional columns that fit beside a readable subject."""
        if self.model() is None:
            return
        header = self.horizontalHeader()
        available = self.viewport().width()
        used = sum(
            header.sectionSize(c) if not header.isSectionHidden(c) else COLUMN_WIDTHS[Column(c)][0]
            for c in COLUMN_WIDTHS
            if c != Column.SUBJECT and c not in OPTIONAL_COLUMNS
        )
        room = available - used - MIN_SUBJECT_WIDTH
        for column in reversed(OPTIONAL_COLUMNS):  # most wanted first
            width = COLUMN_WIDTHS[column][0] if header.isSectionHidden(column) else header.sectionSize(column)
            fits = room >= width
            header.setSectionHidden(column, not fits)
            if fits:
                room -= width
            else:
                room = -1  # once one is out, the less wanted ones stay out too

    def keyboardSearch(self, search: str) -> None:
        """Off: letters are shortcuts (J/K) here, not a jump to the row starting with that letter."""
