# SPDX-License-Identifier: GPL-3.0-or-later
"""The views sidebar: the built-in views with their live counts, the agent's team queues and
saved views (``SavedList``) with theirs, and the channel filter.

Counts arrive from a background count (``ViewCounts``) and are only painted here; until the first
one arrives a view shows no number rather than a wrong one. Breached and Due soon counts are
coloured (red, amber) when they are not zero: they are what an agent looks for first.

The channel buttons narrow whatever view is shown (several may be on; none means every channel).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.flow_layout import FlowLayout
from agentdesk.inbox.saved_views import SavedViewInfo, SidebarEntries, TeamQueue
from agentdesk.inbox.views import View, ViewCounts
from agentdesk.store.models import Channel

AnyIndex = QModelIndex | QPersistentModelIndex
VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_START_ROLE = Qt.ItemDataRole.UserRole + 3

# The sidebar's views in order; a view that starts a group gets a little space above it.
SIDEBAR_VIEWS = (
    View.MY_OPEN,
    View.UNASSIGNED,
    View.TIER_1,
    View.TIER_2,
    View.TIER_3,
    View.DUE_SOON,
    View.BREACHED,
    View.WAITING_ON_CUSTOMER,
    View.FOLLOW_UPS,
    View.SNOOZED,
    View.SOLVED,
    View.ALL,
)
GROUP_STARTS = frozenset({View.TIER_1, View.DUE_SOON, View.SOLVED})
ALERT_VIEWS = {View.BREACHED: "breached", View.DUE_SOON: "warning"}
GROUP_GAP = 8


class ViewListModel(QAbstractListModel):
    """The views with their counts and rules (tooltips)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: ViewCounts | None = None
        self._shortcuts: dict[View, str] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SIDEBAR_VIEWS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(SIDEBAR_VIEWS):
            return None
        view = SIDEBAR_VIEWS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.view_label(view)
        if role == VIEW_ROLE:
            return view.value
        if role == COUNT_ROLE:
            return self._counts[view] if self._counts is not None else None
        if role == GROUP_START_ROLE:
            return view in GROUP_STARTS
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.view_icon(view.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            rule = labels.view_rule(view.value)
            shortcut = self._shortcuts.get(view)
            return f"{rule}\n{shortcut}" if shortcut else rule
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = self._counts[view] if self._counts is not None else None
            name = labels.view_label(view)
            return f"{name}, {count}" if count is not None else name
        return None

    def set_counts(self, counts: ViewCounts) -> None:
        self._counts = counts
        if SIDEBAR_VIEWS:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(SIDEBAR_VIEWS) - 1),
                [COUNT_ROLE, Qt.ItemDataRole.AccessibleTextRole],
            )

    def set_shortcuts(self, shortcuts: dict[View, str]) -> None:
        self._shortcuts = dict(shortcuts)

    def row_of(self, view: View) -> int:
        return SIDEBAR_VIEWS.index(view)


class ViewDelegate(QStyledItemDelegate):
    """Icon, name and the count at the right; a rounded highlight for the current view."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = QFontMetrics(option.font).height() + 12
        if index.data(GROUP_START_ROLE):
            height += GROUP_GAP
        return QSize(120, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRect(option.rect)
        if index.data(GROUP_START_ROLE):
            rect.setTop(rect.top() + GROUP_GAP)
        rect = rect.adjusted(8, 1, -8, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.SELECTION if selected else theme.HOVER))
            painter.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(8, 0, -8, 0)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        size = 16
        if icon is not None:
            icon.paint(painter, QRect(inner.left(), inner.center().y() - size // 2 + 1, size, size))
        font = QFont(option.font)
        font.setBold(selected)
        painter.setFont(font)
        metrics = QFontMetrics(font)

        count = index.data(COUNT_ROLE)
        count_text = QLocale().toString(count) if isinstance(count, int) else ""
        count_font = QFont(option.font)
        count_font.setBold(True)
        count_metrics = QFontMetrics(count_font)
        count_width = count_metrics.horizontalAdvance(count_text) if count_text else 0

        text_rect = QRect(
            inner.left() + size + 10, inner.top(), inner.width() - size - 14 - count_width, inner.height()
        )
        painter.setPen(QColor(theme.TEXT))
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            text_rect, align, metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width())
        )

        if count_text:
            value = str(index.data(VIEW_ROLE))
            view = View(value) if value in View._value2member_map_ else None  # None: a saved view
            alert = (
                ALERT_VIEWS.get(view) if view is not None and isinstance(count, int) and count > 0 else None
            )
            colour = theme.SLA_CHIPS[alert][1] if alert else theme.TEXT_MUTED
            painter.setFont(count_font if alert else option.font)
            painter.setPen(QColor(colour))
            count_rect = QRect(inner.right() - count_width - 2, inner.top(), count_width + 2, inner.height())
            painter.drawText(
                count_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count_text
            )
        painter.restore()


KEY_ROLE = Qt.ItemDataRole.UserRole + 4


class SavedListModel(QAbstractListModel):
    """Team queues, shared views and the agent's own views, each with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[SavedViewInfo | TeamQueue] = []
        self._counts: dict[str, int] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def entry(self, row: int) -> SavedViewInfo | TeamQueue | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        count = self._counts.get(entry.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if role in (KEY_ROLE, VIEW_ROLE):
            return entry.key
        if role == COUNT_ROLE:
            return count
        if role == GROUP_START_ROLE:
            return False
        if role == Qt.ItemDataRole.DecorationRole:
            if isinstance(entry, TeamQueue):
                return icons.icon("mdi6.account-group-outline", theme.TEXT_MUTED)
            if entry.shared:
                return icons.icon("mdi6.filter-variant", theme.TEXT_MUTED)
            return icons.icon("mdi6.filter-outline", theme.TEXT_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if isinstance(entry, TeamQueue):
                return self.tr("Open conversations of the team %1").replace("%1", entry.name)
            if entry.shared:
                team = entry.team_name or self.tr("everyone")
                return self.tr("Shared view (%1) · right-click to edit").replace("%1", team)
            return self.tr("Your own view · right-click to edit")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.name}, {count}" if count is not None else entry.name
        return None

    def set_entries(self, entries: SidebarEntries) -> None:
        self.beginResetModel()
        self._entries = [*entries.queues, *entries.views]
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1), [COUNT_ROLE])

    def row_of(self, key: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.key == key:
                return row
        return None


class Sidebar(QWidget):
    """Views with counts, team queues and saved views with counts, then the channel filter."""

    view_chosen = Signal(str)  # a View value
    saved_chosen = Signal(str)  # a saved view's or team queue's key
    new_view_requested = Signal()
    edit_requested = Signal(str)  # a saved view's key
    delete_requested = Signal(str)  # a saved view's key
    channels_changed = Signal(object)  # frozenset[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(190)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.model = ViewListModel(self)
        self.list = QListView()
        self.list.setObjectName("viewList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ViewDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._quiet = False

        self.saved_model = SavedListModel(self)
        self.saved_list = QListView()
        self.saved_list.setObjectName("savedViewList")
        self.saved_list.setModel(self.saved_model)
        self.saved_list.setItemDelegate(ViewDelegate(self.saved_list))
        self.saved_list.setMouseTracking(True)
        self.saved_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.saved_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saved_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As many rows show as the window has room for; more scroll with the wheel and the arrow keys
        # (a scroll bar in the sidebar's transparent style would draw as a bare native bar).
        self.saved_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saved_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.saved_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.saved_list.customContextMenuRequested.connect(self._saved_menu)
        self.saved_list.selectionModel().currentChanged.connect(self._saved_changed)
        self.saved_heading = self._heading(self.tr("TEAMS & VIEWS"))
        self.new_view_button = QToolButton()
        self.new_view_button.setObjectName("newViewButton")
        self.new_view_button.setAutoRaise(True)
        self.new_view_button.setIcon(icons.icon("mdi6.plus", theme.TEXT_MUTED))
        self.new_view_button.setToolTip(self.tr("New view…"))
        self.new_view_button.setAccessibleName(self.tr("New view…"))
        self.new_view_button.clicked.connect(self.new_view_requested)

        self.views_heading = self._heading(self.tr("VIEWS"))
        self.channels_heading = self._heading(self.tr("CHANNELS"))
        self.channel_buttons: dict[str, QToolButton] = {}
        channel_box = QWidget()
        flow = FlowLayout(channel_box, spacing=3)
        for channel in Channel.values():
            button = QToolButton()
            button.setObjectName("channelButton")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIconSize(QSize(18, 18))
            button.setFixedSize(26, 26)  # seven in one row at the sidebar's width
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setToolTip(
                self.tr("Show only %1 conversations (several channels can be on)").replace(
                    "%1", labels.channel_label(channel).lower()
                )
            )
            button.setAccessibleName(labels.channel_label(channel))
            button.toggled.connect(self._channel_toggled)
            self.channel_buttons[channel] = button
            flow.addWidget(button)
        self.channel_hint = QLabel()
        self.channel_hint.setObjectName("channelHint")
        self.channel_hint.setWordWrap(True)
        self.channel_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_channels = QToolButton()
        self.clear_channels.setText(self.tr("Show all"))
        self.clear_channels.setAutoRaise(True)
        self.clear_channels.setToolTip(self.tr("Show every channel again"))
        self.clear_channels.clicked.connect(lambda: self.set_channels(frozenset(), announce=True))
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.channel_hint, 1)
        hint_row.addWidget(self.clear_channels)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 12)
        layout.setSpacing(4)
        layout.addWidget(self.views_heading)
        layout.addWidget(self.list)
        layout.addSpacing(10)
        saved_head = QHBoxLayout()
        saved_head.setContentsMargins(0, 0, 10, 0)
        saved_head.addWidget(self.saved_heading, 1)
        saved_head.addWidget(self.new_view_button)
        layout.addLayout(saved_head)
        layout.addWidget(self.saved_list, 10)
        layout.addSpacing(10)
        layout.addWidget(self.channels_heading)
        channels = QVBoxLayout()
        channels.setContentsMargins(14, 2, 12, 0)
        channels.setSpacing(6)
        channels.addWidget(channel_box)
        channels.addLayout(hint_row)
        layout.addLayout(channels)
        layout.addStretch(1)
        self.refresh_icons()
        self._update_channel_hint()
        self._fit_list()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sidebarHeading")
        label.setContentsMargins(18, 0, 12, 2)
        font = label.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.8)
        label.setFont(font)
        return label

    def sizeHint(self) -> QSize:
        return QSize(246, 600)  # "Waiting on customer" in bold, with its count

    def _fit_list(self) -> None:
        """The list is exactly as tall as its rows: the channels sit right below it and the list
        never scrolls on its own."""
        height = sum(self.list.sizeHintForRow(i) for i in range(self.model.rowCount()))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)
        # Saved views: as tall as their rows where the window has the room, at least two rows on a
        # short screen; the rest scroll with the wheel and the arrow keys.
        rows = self.saved_model.rowCount()
        row_height = self.saved_list.sizeHintForRow(0) if rows else 0
        frame = 2 * self.saved_list.frameWidth() + 2
        self.saved_list.setMinimumHeight(row_height * min(rows, 2) + frame)
        self.saved_list.setMaximumHeight(row_height * rows + frame)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_list()

    def refresh_icons(self) -> None:
        """Channel icons in the current theme's colours."""
        for channel, button in self.channel_buttons.items():
            button.setIcon(icons.channel_icon(channel, theme.TEXT_MUTED))

    # -- views ---------------------------------------------------------------------------------

    def set_current_view(self, view: View | None) -> None:
        """Mark ``view`` as shown (None: no view, e.g. while search results are shown)."""
        self._quiet = True
        try:
            selection = self.list.selectionModel()
            if view is None:
                selection.clear()
            else:
                self.saved_list.selectionModel().clear()
                index = self.model.index(self.model.row_of(view))
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._quiet = False

    def current_view(self) -> View | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return View(str(index.data(VIEW_ROLE)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.view_chosen.emit(str(current.data(VIEW_ROLE)))

    # -- team queues and saved views -----------------------------------------------------------

    def set_saved(self, entries: SidebarEntries) -> None:
        """The agent's team queues and saved views (the current one stays marked if still there)."""
        current = self.current_saved()
        self._quiet = True
        try:
            self.saved_model.set_entries(entries)
        finally:
            self._quiet = False
        self.set_current_saved(current)
        self._fit_list()

    def set_current_saved(self, key: str | None) -> None:
        """Mark the saved view or queue shown (None: none of them); the built-in views lose their mark."""
        self._quiet = True
        try:
            selection = self.saved_list.selectionModel()
            row = self.saved_model.row_of(key) if key is not None else None
            if row is None:
                selection.clear()
            else:
                self.list.selectionModel().clear()
                selection.setCurrentIndex(
                    self.saved_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            self._quiet = False

    def current_saved(self) -> str | None:
        index = self.saved_list.currentIndex()
        if not index.isValid() or not self.saved_list.selectionModel().isSelected(index):
            return None
        return str(index.data(KEY_ROLE))

    def saved_count_text(self, key: str) -> str:
        row = self.saved_model.row_of(key)
        count = self.saved_model.data(self.saved_model.index(row), COUNT_ROLE) if row is not None else None
        return QLocale().toString(count) if isinstance(count, int) else ""

    def _saved_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.saved_chosen.emit(str(current.data(KEY_ROLE)))

    def _saved_menu(self, pos: QPoint) -> None:
        index = self.saved_list.indexAt(pos)
        entry = self.saved_model.entry(index.row()) if index.isValid() else None
        menu = QMenu(self)
        if isinstance(entry, SavedViewInfo):
            key = entry.key
            menu.addAction(self.tr("Edit view…"), lambda: self.edit_requested.emit(key))
            menu.addAction(self.tr("Delete view"), lambda: self.delete_requested.emit(key))
            menu.addSeparator()
        menu.addAction(self.tr("New view…"), self.new_view_requested.emit)
        menu.exec(self.saved_list.viewport().mapToGlobal(pos))

    def set_counts(self, counts: ViewCounts) -> None:
        self.model.set_counts(counts)
        self.saved_model.set_counts(counts.saved)

    def count_text(self, view: View) -> str:
        """The count shown beside ``view`` ("" before the first count)."""
        count = self.model.data(self.model.index(self.model.row_of(view)), COUNT_ROLE)
        return QLocale().toString(count) if isinstance(count, int) else ""

    # -- channels ------------------------------------------------------------------------------

    def channels(self) -> frozenset[str]:
        return frozenset(c for c, button in self.channel_buttons.items() if button.isChecked())

    def set_channels(self, channels: frozenset[str], *, announce: bool = False) -> None:
        self._quiet = True
        try:
            for channel, button in self.channel_buttons.items():
                button.setChecked(channel in channels)
        finally:
            self._quiet = False
        self._update_channel_hint()
        if announce:
            self.channels_changed.emit(self.channels())

    def _channel_toggled(self, _checked: bool) -> None:
        self._update_channel_hint()
        if not self._quiet:
            self.channels_changed.emit(self.channels())

    def _update_channel_hint(self) -> None:
        chosen = [c for c in Channel.values() if c in self.channels()]
        if not chosen:
            self.channel_hint.setText(self.tr("All channels"))
        else:
            self.channel_hint.setText(
                self.tr("Only %1").replace("%1", ", ".join(labels.channel_label(c) for c in chosen))
            )
        self.clear_channels.setVisible(bool(chosen))
