# SPDX-License-Identifier: GPL-3.0-or-later
"""The workstation window (DESIGN.md §6): top bar with search, views sidebar, the conversation
list and the conversation pane side by side.

The window is given the workspace's services, the message bridge and the user's preferences by
the composition root; it owns no database handle and keeps no global state. Reading a page of
the list or the SLA plans of the rows in sight takes a few milliseconds and happens right here;
counting every view and searching can take longer at 200,000 conversations and run in the
background (``TaskRunner``), their answers painted when they arrive.

After anything the agent does in the pane (``changed``), the list and the counts are read again;
the selection stays on the conversation while it still belongs to the view, and otherwise moves
to the row that took its place, the next one to work on.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from agentdesk.errors import AgentDeskError, NotFoundError
from agentdesk.gui import labels
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.dashboard import DashboardPage
from agentdesk.gui.inbox_model import Column, InboxModel
from agentdesk.gui.inbox_view import MIXED_STATUS_COLUMNS, OPTIONAL_COLUMNS, InboxView
from agentdesk.gui.mail_desk import DeskPasswords
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.sidebar import Sidebar
from agentdesk.gui.tasks import TaskRunner
from agentdesk.gui.theme import ThemeMode, apply_theme
from agentdesk.gui.window import dialogs
from agentdesk.gui.window.actions import (
    ActionId,
    ActionRegistry,
    Menu,
    adopt_pane_actions,
    exclusive,
    keys_text,
    read_state,
    window_actions,
)
from agentdesk.gui.window.background import Background
from agentdesk.gui.window.dialogs import open_tracked
from agentdesk.gui.window.list_header import SEARCH_VIEW, ListArea
from agentdesk.gui.window.macro_tools import MacroTools
from agentdesk.gui.window.menus import build_menu_bar, popup_menu
from agentdesk.gui.window.message_bar import MessageBar
from agentdesk.gui.window.saved_views import SavedViewsPart
from agentdesk.gui.window.search import SEARCH_LIMIT, fresh_rows, start_search
from agentdesk.gui.window.shortcuts_overlay import ShortcutsOverlay
from agentdesk.gui.window.sla_feed import SlaFeed
from agentdesk.gui.window.status_bar import StatusParts
from agentdesk.gui.window.top_bar import TopBar
from agentdesk.gui.window.work_area import WorkArea
from agentdesk.inbox.views import TIME_BASED_VIEWS, InboxRow, View, ViewCounts, ViewFilter, page_key
from agentdesk.services import Services

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from agentdesk.gui.agents_dialog import AgentsTeamsDialog
    from agentdesk.gui.conflicts_dialog import ConflictsDialog
    from agentdesk.gui.mail_accounts import MailAccountsDialog
    from agentdesk.gui.server_settings import ServerSettingsDialog
    from agentdesk.gui.settings_dialog import SettingsDialog
    from agentdesk.gui.sla_editor import SlaEditorDialog

log = logging.getLogger("agentdesk.gui")

COUNTS_MS = 30_000  # the sidebar counts are read again this often (and after every action)
SEEK_LIMIT = 2_000  # rows paged in at most to find a conversation opened by number or link


class MainWindow(QMainWindow):
    """The main window. It opens on the last view (My open the first time) with its top row
    selected and shown."""

    conversation_shown = Signal(uuid.UUID)
    counts_updated = Signal(object)  # ViewCounts
    search_finished = Signal(int)  # how many results are listed
    view_changed = Signal(str)  # a View value, "search", or a team queue's or saved view's key
    closed = Signal()
    restart_requested = Signal()  # Settings' "Restart now" (a new language): the app restarts it

    def __init__(
        self,
        services: Services,
        messages: MessageBridge,
        preferences: Preferences | None = None,
        *,
        page_size: int = 200,
        mail_passwords: DeskPasswords | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.queries = services.queries
        self.clock = services.clock
        self._load_tier_names()
        self.agents_dialog: AgentsTeamsDialog | None = None
        self.mail_dialog: MailAccountsDialog | None = None
        self.server_dialog: ServerSettingsDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.shortcuts_dialog: ShortcutsOverlay | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.messages = messages
        self.preferences = preferences or Preferences()
        self.setWindowTitle(self.tr("AgentDesk"))
        self.resize(1440, 900)
        self.tasks = TaskRunner(self)
        self._counts: ViewCounts | None = None
        self._search_text = ""
        self._searching = False  # the list shows search results
        self.all_follow_ups = False  # Follow-ups of every agent (supervisors), else the agent's own

        self._view = self.preferences.last_view
        if self._view == View.MY_OPEN and services.agent_id is None:
            self._view = View.UNASSIGNED
        channels = self.preferences.channels
        self._filter = self._make_filter(self._view, channels)
        self.model = InboxModel(
            self.queries.page, self.clock, page_size, self, load_plans=self.queries.sla_plans
        )
        self.list = InboxView()
        self.list.setModel(self.model)
        list_area = ListArea(self.list)
        self.list_header, self.empty, self.list_stack = list_area.header, list_area.empty, list_area.stack

        self.sidebar = Sidebar()
        self.sidebar.set_channels(channels)
        self.pane = ConversationPane(services)

        self.splitter = WorkArea(self.sidebar, list_area, self.pane)

        self.top_bar = TopBar()
        self.search = self.top_bar.search
        self.message_bar = MessageBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.message_bar)
        self.dashboard = DashboardPage(services)
        self.work_stack = QStackedWidget()
        self.work_stack.addWidget(self.splitter)
        self.work_stack.addWidget(self.dashboard)
        layout.addWidget(self.work_stack, 1)
        self.setCentralWidget(central)

        self.background = Background(services, mail_passwords, self, presence_in=(self.pane, self.model))
        self.sla_alerts, self.mail = self.background.sla_alerts, self.background.mail
        self.sync = self.background.sync
        self.pane.mail = self.mail
        self.pane.context.signature = self.preferences.signature_for
        self.macro_tools = MacroTools(self)  # macros, routing rules, the agent's availability
        self._make_actions()
        self.saved_views = SavedViewsPart(self)  # team queues and saved views in the sidebar
        self.status = StatusParts(
            self.statusBar(), str(services.store.path), popup_menu(self, self.registry, Menu.SYNC)
        )
        self.status_path, self.status_agent = self.status.path, self.status.agent
        self.status_counts = self.status.counts
        self.sync_button, self.sync_progress = self.status.sync_button, self.status.sync_progress
        self._connect()
        self._show_agent()

        self.background.notice.connect(self.statusBar().showMessage)
        self.sla_alerts.open_requested.connect(self.open_conversation)
        self.mail.arrived.connect(self.refresh)  # new mail, or a reply sent (or not)
        self.sync.changed.connect(self._show_sync)
        self.sync.receiving.connect(self.status.show_sync_progress)
        self.sync.arrived.connect(self.refresh)
        self.pane.changed.connect(lambda _cid: self.sync.nudge())
        self.pane.outgoing.stored.connect(self.sync.nudge)  # sent files' pieces, copied in the background
        self.pane.handed_over.connect(lambda _cid: self.sync.nudge())
        self.dashboard.changed.connect(self.sync.nudge)
        self.dashboard.conflicts_requested.connect(self.open_conflicts)
        self._show_sync()
        self.background.start()
        if self.background.needs_password():
            QTimer.singleShot(0, self._ask_server_password)  # once the window is up

        self.sla_feed = SlaFeed(self.model, self.list, self.tasks, self.queries, self.messages.error, self)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_MS)
        self._counts_timer.timeout.connect(self._periodic_refresh)
        self.sla_feed.start()
        self._counts_timer.start()

        self._painted: set[str] = set()
        self.list.viewport().installEventFilter(self)
        self.empty.installEventFilter(self)
        self.pane.timeline.viewport().installEventFilter(self)

        self.set_view(self._view)
        self.refresh_counts()
        self.list.setFocus()

    def _connect(self) -> None:
        self.list.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.failed.connect(self._page_failed)
        self.sidebar.view_chosen.connect(lambda value: self.set_view(View(value)))
        self.sidebar.channels_changed.connect(self.set_channels)
        self.search.search_requested.connect(self.run_search)
        self.search.cleared.connect(self.clear_search)
        self.top_bar.agent.clicked.connect(self.open_settings)
        self.pane.conversation_requested.connect(self._open_requested)
        self.pane.changed.connect(self._conversation_changed)
        self.pane.handed_over.connect(lambda cid: self._conversation_changed(cid, stay=True))
        self.dashboard.open_requested.connect(self.open_from_elsewhere)
        self.dashboard.back_requested.connect(lambda: self.show_dashboard(False))
        self.dashboard.exported.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.dashboard.changed.connect(self.refresh)
        self.top_bar.dashboard.clicked.connect(lambda: self.show_dashboard(True))
        self.pane.composer_left.connect(self.list.setFocus)
        self.pane.timeline.highlighted.connect(self.status.show_link)
        self.messages.error_shown.connect(self.message_bar.show_message)
        self.messages.info_shown.connect(lambda text: self.statusBar().showMessage(text, 5000))
        hints = QApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self.list.viewport() or watched is self.empty:
                self._painted.add("list")
            elif watched is self.pane.timeline.viewport():
                self._painted.add("timeline")
        return super().eventFilter(watched, event)

    def is_painted(self) -> bool:
        """The list (or its empty line), the open conversation if there is one, the view counts
        and the SLA chips of the rows in sight are all on screen."""
        if "list" not in self._painted or self._counts is None or not self.sla_feed.ready():
            return False
        return self.pane.detail is None or "timeline" in self._painted

    # -- actions -------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        """Every action from the registry (the pane's adopted into it), and the menus built from it."""
        self.registry = actions = ActionRegistry(self)
        for spec in window_actions(self):
            actions.add(spec)
        adopt_pane_actions(actions, self.pane)
        self.view_actions = {View(v): a for v, a in actions.family(ActionId.SHOW_VIEW).items()}
        self._view_group = exclusive(self.view_actions.values(), self)
        self.channel_actions = actions.family(ActionId.TOGGLE_CHANNEL)
        self.new_conversation_action = actions[ActionId.NEW_CONVERSATION]
        self.settings_action = actions[ActionId.SETTINGS]
        self.agents_action = actions[ActionId.AGENTS]
        self.work_offline_action = actions[ActionId.WORK_OFFLINE]
        self.quit_action = actions[ActionId.QUIT]
        self.next_action = actions[ActionId.NEXT]
        self.previous_action = actions[ActionId.PREVIOUS]
        self.search_action = actions[ActionId.SEARCH]
        self.refresh_action = actions[ActionId.REFRESH]
        self.dashboard_action = actions[ActionId.DASHBOARD]
        self.menus = build_menu_bar(self.menuBar(), actions, self.update_actions)
        self.conversation_menu = self.menus[Menu.CONVERSATION]

        self.sidebar.model.set_shortcuts(
            {view: keys_text(action) for view, action in self.view_actions.items() if action.shortcuts()}
        )
        for channel, action in self.channel_actions.items():
            button = self.sidebar.channel_buttons[channel]
            button.setToolTip(f"{button.toolTip()} ({keys_text(action)})")
        self.search.set_placeholder(keys_text(self.search_action).split(" / ")[0])
        self.top_bar.set_dashboard_keys(keys_text(self.dashboard_action))
        self._sync_channel_actions()

    def update_actions(self) -> None:
        """Apply the enabled rules now (the agent, their role or the sync state changed, or a
        menu is about to open). What the rules refuse is not offered on the top bar either."""
        self.registry.update(read_state(self.services, self.sync, searching=self._searching))
        self.top_bar.dashboard.setVisible(self.dashboard_action.isEnabled() or self.dashboard_shown())

    def show_shortcuts(self) -> ShortcutsOverlay:
        """Help → Keyboard shortcuts (F1 or ?): every registered key, not blocking."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.raise_()
            self.shortcuts_dialog.activateWindow()
            return self.shortcuts_dialog
        return open_tracked(self, "shortcuts_dialog", ShortcutsOverlay(self.registry, self))

    # -- views ---------------------------------------------------------------------------------

    def _make_filter(self, view: View, channels: frozenset[str]) -> ViewFilter:
        now = self.clock.now() if view in TIME_BASED_VIEWS else None
        return ViewFilter(view, self.services.agent_id, channels, now, everyone=self.all_follow_ups)

    @property
    def current_view(self) -> View | None:
        """The view listed; None while search results are shown."""
        return None if self._searching else self._view

    def set_view(self, view: View) -> None:
        """List ``view`` (narrowed to the chosen channels) from its most urgent conversation."""
        self.show_dashboard(False)
        if self._searching:
            self._leave_search()
        self.saved_views.leave()
        self._view = view
        self.preferences.last_view = view
        self._filter = self._make_filter(view, self._filter.channels)
        self.message_bar.hide()
        self.model.set_filter(self._filter)
        self.sidebar.set_current_view(view)
        self.view_actions[view].setChecked(True)
        self._show_list_header()
        self._after_list_loaded(None, 0)
        self.view_changed.emit(view.value)

    def set_channels(self, channels: frozenset[str]) -> None:
        """Narrow the list (and the counts) to ``channels``; every channel when empty."""
        channels = frozenset(channels)
        if self.sidebar.channels() != channels:
            self.sidebar.set_channels(channels)
        self.preferences.channels = channels
        self._filter = self.saved_views.filter_for(channels) or self._make_filter(self._view, channels)
        self._sync_channel_actions()
        if not self._searching:
            self.model.set_filter(self._filter)
            self._show_list_header()
            self._after_list_loaded(None, 0)
        self.refresh_counts()

    def toggle_channel(self, channel: str) -> None:
        self.set_channels(self._filter.channels ^ {channel})

    def _sync_channel_actions(self) -> None:
        for channel, action in self.channel_actions.items():
            action.setChecked(channel in self._filter.channels)

    def _show_list_header(self) -> None:
        mixed = self._searching or self._view in (View.ALL, View.SOLVED, View.FOLLOW_UPS)
        self.list.set_optional_columns(MIXED_STATUS_COLUMNS if mixed else OPTIONAL_COLUMNS)
        if self._searching:
            self.list_header.show_search(self._search_text, self.model.rowCount(), SEARCH_LIMIT)
            self.setWindowTitle(self.tr("Search results – AgentDesk"))
            return
        if self.saved_views.show_header():
            return
        count = self._counts[self._view] if self._counts is not None else None
        self.list_header.show_view(self._view, count, self._filter.channels)
        self.setWindowTitle(self.tr("%1 – AgentDesk").replace("%1", labels.view_label(self._view.value)))

    def _empty_text(self) -> str:
        if self._searching:
            return self.tr("Nothing matches “%1”. Press Esc to go back.").replace("%1", self._search_text)
        if self._view == View.MY_OPEN and self.services.agent_id is None:
            return self.tr("Choose who works at this desk in Settings to see your conversations.")
        name = self.saved_views.name() or labels.view_label(self._view.value)
        text = self.tr("Nothing in %1 right now.").replace("%1", name)
        if self._filter.channels:
            text += "\n" + self.tr("Only some channels are shown: Alt+0 shows them all.")
        return text

    def _after_list_loaded(self, keep: uuid.UUID | None, near_row: int) -> None:
        """Select ``keep`` if listed, else the row at ``near_row`` (clamped); show that conversation,
        or say why the list is empty."""
        if self.model.failure is not None:
            self.pane.show_nothing(self.tr("The list could not be read."))
            return
        if self.model.rowCount() == 0:
            self.empty.setText(self._empty_text())
            self.list_stack.setCurrentWidget(self.empty)
            self.list.selectionModel().clear()
            self.pane.show_nothing(self.tr("No conversation selected."))
            return
        self.list_stack.setCurrentWidget(self.list)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None:
            row = max(0, min(near_row, self.model.rowCount() - 1))
        self._select_row(row)
        current = self.model.row_at(row)
        if current is not None and (self.pane.detail is None or self.pane.detail.id != current.id):
            self._show(current.id)

    def refresh(self) -> None:
        """Read the list, its SLA plans and the counts again (F5), keeping the selection."""
        self.model.forget_sla()
        self._reload_list(self._selected_id())
        self.refresh_counts()
        if self.pane.detail is not None:
            self.pane.show_conversation(self.pane.detail.id)

    def _selected_id(self) -> uuid.UUID | None:
        row = self.model.row_at(self.list.currentIndex().row())
        return row.id if row is not None else None

    def _reload_list(self, keep: uuid.UUID | None, *, stay: bool = False) -> None:
        """Read the list again as it is now, keeping it where it was on screen; with ``stay`` the
        pane keeps showing ``keep`` even when the list no longer has it."""
        self.message_bar.hide()
        near = max(0, self.list.currentIndex().row())
        scroll = self.list.verticalScrollBar().value()
        loaded = self.model.rowCount()
        if self._searching:
            self._refresh_search_rows()
        else:
            if self._filter.needs_now:
                self._filter = self._filter.at(self.clock.now())
            self.model.set_filter(self._filter, min_rows=loaded)
            if keep is not None and self.model.row_of(keep) is None:
                self._seek(keep)
        self.list.verticalScrollBar().setValue(scroll)
        if stay and keep is not None and self.model.row_of(keep) is None and self.model.failure is None:
            self.list_stack.setCurrentWidget(self.list if self.model.rowCount() else self.empty)
            if not self.model.rowCount():
                self.empty.setText(self._empty_text())
            self.list.selectionModel().clear()
            self.list.setCurrentIndex(self.model.index(min(near, self.model.rowCount()) - 1, 0))
            self.list.selectionModel().clear()
        else:
            self._after_list_loaded(keep, near)
        self._show_list_header()

    def _seek(self, conversation_id: uuid.UUID) -> int | None:
        """Page in rows until ``conversation_id`` is listed, if it belongs to the view at all."""
        try:
            row = self.queries.rows([conversation_id]).get(conversation_id)
        except AgentDeskError as exc:
            self.messages.error(exc.message)
            return None
        if row is None or not self._filter.includes(row):
            return None
        found = self.model.load_until(page_key(self.model.view_filter or self._filter, row))
        if found is None and self.model.rowCount() < SEEK_LIMIT:
            self.model.ensure_rows(SEEK_LIMIT)
            found = self.model.row_of(conversation_id)
        return found

    def _conversation_changed(self, conversation_id: uuid.UUID, stay: bool = False) -> None:
        """The agent did something to a conversation: list and counts as they are now. A
        conversation that left the view gives way to the next one, unless ``stay`` (just escalated:
        the agent tells the customer next); J and K then go on from where it was in the list."""
        self.model.forget_sla([conversation_id])
        stay = stay and self.pane.detail is not None and self.pane.detail.id == conversation_id
        self._reload_list(conversation_id, stay=stay)
        self.refresh_counts()

    def _periodic_refresh(self) -> None:
        self.refresh_counts()
        if not self._searching and self._filter.needs_now:
            self._reload_list(self._selected_id())  # rows move in and out as time passes

    def _page_failed(self, reason: str) -> None:
        self.messages.error(
            self.tr("More conversations could not be read: %1 Press %2 to try again.")
            .replace("%1", reason)
            .replace("%2", keys_text(self.refresh_action).split(" / ")[0])
        )

    # -- counts --------------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        """Count every view in the background; the sidebar shows the answer when it comes."""
        agent_id, channels, now = self.services.agent_id, self._filter.channels, self.clock.now()
        queries, everyone, rules = self.queries, self.all_follow_ups, self.saved_views.rules()
        self.tasks.run(
            "counts",
            lambda: queries.counts(agent_id, channels, now, everyone_follow_ups=everyone, rules=rules),
            self._counts_arrived,
            self._counts_failed,
        )

    def _counts_arrived(self, counts: ViewCounts) -> None:
        self._counts = counts
        self.sidebar.set_counts(counts)
        self.status.show_counts(counts)
        self._show_list_header()
        self.counts_updated.emit(counts)

    def _counts_failed(self, reason: str) -> None:
        self.messages.error(self.tr("The views could not be counted: %1").replace("%1", reason))

    # -- search --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self, text: str) -> None:
        """Search in the background and list the matches (``window.search.start_search``)."""
        start_search(self, text)

    def _search_arrived(self, text: str, rows: list[InboxRow]) -> None:
        self._searching = True
        self._search_text = text
        self.update_actions()
        self.model.show_rows(rows)
        self.sidebar.set_current_view(None)
        for action in self.view_actions.values():
            action.setChecked(False)
        self._show_list_header()
        self._after_list_loaded(None, 0)
        if rows:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view_changed.emit(SEARCH_VIEW)
        self.search_finished.emit(len(rows))

    def _refresh_search_rows(self) -> None:
        listed = (self.model.row_at(i) for i in range(self.model.rowCount()))
        try:
            self.model.show_rows(fresh_rows(self.queries, (r for r in listed if r is not None)))
        except AgentDeskError as exc:
            self.messages.error(exc.message)

    def clear_search(self) -> None:
        """Esc: back to the view shown before the search."""
        self.tasks.cancel("search")
        self.search.clear_hint()
        if self.search.text():
            self.search.clear()
        if self._searching and self.saved_views.active_key is not None:
            self.saved_views.show(self.saved_views.active_key)
        elif self._searching:
            keep = self._selected_id()
            self._leave_search()
            self.model.set_filter(self._filter)
            self.sidebar.set_current_view(self._view)
            self.view_actions[self._view].setChecked(True)
            self._show_list_header()
            self._after_list_loaded(keep, 0)
            self.view_changed.emit(self._view.value)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave_search(self) -> None:
        self._searching = False
        self._search_text = ""
        self.update_actions()
        if self.search.text():
            self.search.clear()

    # -- selection -----------------------------------------------------------------------------

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
        """Show a conversation by id or number, selecting its row when the list has it.

        Raises ``NotFoundError`` when there is no such conversation.
        """
        conversation_id = self.queries.detail(ref).id if isinstance(ref, int) else ref
        row = self.model.row_of(conversation_id)
        if row is None and not self._searching:
            row = self._seek(conversation_id)
        detail = self.pane.show_conversation(conversation_id)
        if detail is None:
            raise NotFoundError(self.tr("That conversation does not exist (it may have been deleted)."))
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
        detail = self.pane.show_conversation(conversation_id)
        if detail is not None:
            self.conversation_shown.emit(detail.id)

    def tick(self) -> None:
        self.sla_feed.tick()

    # -- agent and settings --------------------------------------------------------------------

    def _show_agent(self) -> None:
        agent_id = self.services.agent_id
        name = ""
        if agent_id is not None:
            try:
                name = next((a.name for a in self.services.directory.active_agents() if a.id == agent_id), "")
            except AgentDeskError as exc:
                self.messages.error(exc.message)
        text = name or self.tr("No agent chosen")
        self.top_bar.agent.setText(text)
        self.macro_tools.refresh()
        self.status.show_agent(text)
        self.update_actions()

    def open_settings(self) -> SettingsDialog | None:
        """Open the Settings dialog (not blocking); its choices apply when it is accepted."""
        try:
            agents = self.services.directory.active_agents()
        except AgentDeskError as exc:
            self.messages.error(exc.message)
            return None
        from agentdesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            agents,
            self.services.agent_id,
            self.preferences,
            round(QApplication.font().pointSizeF()),
            self.apply_look,
            self,
            restart=self.restart_requested.emit if self._restart_offered() else None,
            store=self.services.store,
        )
        dialog.accepted.connect(lambda: self._settings_accepted(dialog.chosen_agent()))
        return open_tracked(self, "settings_dialog", dialog)

    def _restart_offered(self) -> bool:
        """Whether whoever runs the window restarts it on ``restart_requested`` (``run_app`` does)."""
        from PySide6.QtCore import QMetaMethod

        return self.isSignalConnected(QMetaMethod.fromSignal(self.restart_requested))

    def open_sla_editor(self) -> SlaEditorDialog | None:
        """The SLA policy and calendar editor; for supervisors and admins (the menu does not
        offer it to others; asked anyway, it says why not)."""
        self.update_actions()
        refusal = self.registry.refusal(ActionId.SLA_EDITOR)
        if refusal is not None:
            self.messages.error(refusal)
            return None
        from agentdesk.gui.sla_editor import SlaEditorDialog

        dialog = SlaEditorDialog(self.services, self)
        dialog.accepted.connect(self.refresh)  # due times moved: re-read the list and counts
        dialog.open()
        return dialog

    def dashboard_shown(self) -> bool:
        return self.work_stack.currentWidget() is self.dashboard

    def show_dashboard(self, on: bool = True) -> None:
        """The dashboard instead of the list and the conversation (read again each time it opens).
        The menu and the top bar offer it to supervisors and admins; the review tools refuse
        anyone else on their own."""
        showing = self.dashboard_shown()
        self.dashboard_action.setChecked(on)
        if on == showing:
            return
        if on:
            self.pane.flush_draft()
            self.work_stack.setCurrentWidget(self.dashboard)
            self.dashboard.refresh()
        else:
            self.work_stack.setCurrentWidget(self.splitter)

    def open_from_elsewhere(self, conversation_id: uuid.UUID) -> None:
        """A conversation chosen in the dashboard or a dialog: back to the list, and open it."""
        self.show_dashboard(False)
        self._open_requested(conversation_id)

    def _show_sync(self) -> None:
        self.status.show_sync(self.sync)
        self.work_offline_action.setChecked(self.sync.work_offline)
        self.update_actions()

    def _ask_server_password(self) -> None:
        dialog = self.open_server_settings()
        dialog.test_result.setText(
            self.tr("Enter your server password to sync (this computer keeps no password for it).")
        )
        dialog.password.setFocus()

    def open_server_settings(self) -> ServerSettingsDialog:
        return dialogs.open_server_settings(self)

    def open_conflicts(self) -> ConflictsDialog:
        return dialogs.open_conflicts(self)

    def open_mail_accounts(self) -> MailAccountsDialog:
        return dialogs.open_mail_accounts(self)

    def open_agents_dialog(self) -> AgentsTeamsDialog:
        return dialogs.open_agents_dialog(self)

    def directory_changed(self) -> None:
        """Agents, teams or tier names changed: names, queues and labels as they are now."""
        self._load_tier_names()
        for view, action in self.view_actions.items():
            action.setText(labels.view_label(view.value))
        self.sidebar.list.viewport().update()
        self._show_agent()  # and the actions the agent's role allows now
        self.refresh()

    def _load_tier_names(self) -> None:
        try:
            labels.set_tier_names(self.services.directory.tier_names())
        except AgentDeskError as exc:
            log.warning("tier names not read: %s", exc.message)

    def _settings_accepted(self, agent_id: uuid.UUID | None) -> None:
        if agent_id is None or agent_id == self.services.agent_id:
            return
        try:
            self.services.set_agent(agent_id)
        except AgentDeskError as exc:
            self.messages.error(exc.message)
            return
        self._show_agent()
        self._filter = self._make_filter(self._view, self._filter.channels)
        if not self._searching:
            self._reload_list(self._selected_id())
        self.refresh_counts()
        if self.pane.detail is not None:
            self.pane.show_conversation(self.pane.detail.id)

    def apply_look(self, mode: ThemeMode, font_size: int) -> None:
        """Switch theme and font size now (from the Settings dialog, or the desktop's scheme)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        apply_theme(app, mode, font_size)
        self._look_changed()

    def _system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.preferences.theme == ThemeMode.SYSTEM:
            self.apply_look(ThemeMode.SYSTEM, self.preferences.font_size)

    def _look_changed(self) -> None:
        """Everything that copied a colour or a font: icons, the timeline's HTML, row heights."""
        self.top_bar.refresh_look()
        self.sidebar.refresh_icons()
        self.message_bar.refresh_icons()
        self._show_list_header()
        self.list.viewport().update()
        if self.pane.detail is not None:
            self.pane.show_conversation(self.pane.detail.id)

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
        if "splitter" in state:
            self.splitter.sized = self.splitter.restoreState(state["splitter"]) or self.splitter.sized
        if "pane" in state:
            self.pane.body_splitter.restoreState(state["pane"])
        if "columns" in state:
            self.list.horizontalHeader().restoreState(state["columns"])
            self.list.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.splitter.size_once(self.width())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sla_feed.stop()
        self._counts_timer.stop()
        super().closeEvent(event)
        if event.isAccepted():
            self.background.close()
            self.tasks.close()  # no background read may outlive the window (the store closes next)
            self.preferences.sync()
            self.closed.emit()
