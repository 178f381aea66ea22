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

import dataclasses
import logging
import uuid
from collections.abc import Callable

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
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError, NotFoundError, SearchSyntaxError
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.agents_dialog import AgentsTeamsDialog
from agentdesk.gui.conflicts_dialog import ConflictsDialog
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.dashboard import DashboardPage
from agentdesk.gui.inbox_model import Column, InboxModel
from agentdesk.gui.inbox_view import MIXED_STATUS_COLUMNS, OPTIONAL_COLUMNS, InboxView
from agentdesk.gui.mail_accounts import MailAccountsDialog
from agentdesk.gui.mail_desk import DeskPasswords, MailDesk
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.search_bar import SearchField
from agentdesk.gui.server_settings import ServerSettingsDialog
from agentdesk.gui.settings_dialog import SettingsDialog
from agentdesk.gui.sidebar import SIDEBAR_VIEWS, Sidebar
from agentdesk.gui.sla_alerts import SlaAlerts
from agentdesk.gui.sla_editor import SlaEditorDialog
from agentdesk.gui.sync_desk import SyncDesk
from agentdesk.gui.tasks import TaskRunner
from agentdesk.gui.theme import ThemeMode, apply_theme
from agentdesk.inbox.search import parse_query
from agentdesk.inbox.views import (
    TIME_BASED_VIEWS,
    InboxRow,
    View,
    ViewCounts,
    ViewFilter,
    page_key,
)
from agentdesk.services import Services
from agentdesk.sla.state import SlaPlan
from agentdesk.store.models import Agent, Channel, Role
from agentdesk.sync.lease import ServerFetchLease

log = logging.getLogger("agentdesk.gui")

SLA_TICK_MS = 1_000  # the countdowns of the rows in sight
AGE_TICKS = 30  # ages ("4m") are redrawn every this many SLA ticks
COUNTS_MS = 30_000  # the sidebar counts are read again this often (and after every action)
SEARCH_LIMIT = 200
SEEK_LIMIT = 2_000  # rows paged in at most to find a conversation opened by number or link
SEARCH_VIEW = "search"
# Ctrl+digit per view: the nine working views in sidebar order, 0 for All (Solved has none).
VIEW_DIGITS = {view: str(number) for number, view in enumerate(SIDEBAR_VIEWS[:9], start=1)}
VIEW_DIGITS[View.ALL] = "0"


class MessageBar(QWidget):
    """A dismissible line above the content for errors the agent should read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("messageBarText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.refresh_icons()
        self.hide()

    def refresh_icons(self) -> None:
        self.icon.setPixmap(icons.icon("mdi6.alert-circle-outline", theme.DANGER).pixmap(16, 16))
        self.close_button.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class TopBar(QWidget):
    """Name, the search field and who works at this desk (a click opens the settings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.setSpacing(10)
        self.logo = QLabel()
        self.name = QLabel(self.tr("AgentDesk"))
        self.name.setObjectName("appName")
        self.search = SearchField()
        self.agent = QToolButton()
        self.agent.setObjectName("agentButton")
        self.agent.setAutoRaise(True)
        self.agent.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.agent.setToolTip(self.tr("The agent working at this desk; click to change"))
        layout.addWidget(self.logo)
        layout.addWidget(self.name)
        layout.addSpacing(18)
        layout.addWidget(self.search, 3)
        layout.addStretch(1)
        self.dashboard = QToolButton()
        self.dashboard.setObjectName("dashboardButton")
        self.dashboard.setAutoRaise(True)
        self.dashboard.setText(self.tr("Dashboard"))
        self.dashboard.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.dashboard.setToolTip(self.tr("Queues, load and key figures (Ctrl+Shift+D)"))
        layout.addWidget(self.dashboard)
        layout.addWidget(self.agent)
        self.refresh_look()

    def refresh_look(self) -> None:
        self.logo.setPixmap(icons.icon("mdi6.headset", theme.TOP_BAR_TEXT).pixmap(20, 20))
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        self.name.setFont(font)
        self.agent.setIcon(icons.icon("mdi6.account-circle-outline", theme.TOP_BAR_MUTED))
        self.dashboard.setIcon(icons.icon("mdi6.view-dashboard-outline", theme.TOP_BAR_MUTED))
        self.dashboard.setStyleSheet(
            f"QToolButton {{ color: {theme.TOP_BAR_TEXT}; border: none; padding: 3px 6px; }}"
            f"QToolButton:hover {{ background: {theme.SEARCH_BG}; border-radius: 6px; }}"
        )
        self.agent.setStyleSheet(
            f"QToolButton {{ color: {theme.TOP_BAR_TEXT}; border: none; padding: 3px 6px; }}"
            f"QToolButton:hover {{ background: {theme.SEARCH_BG}; border-radius: 6px; }}"
        )
        self.search.refresh_icons()


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


class MainWindow(QMainWindow):
    """The main window. It opens on the last view (My open the first time) with its top row
    selected and shown."""

    conversation_shown = Signal(uuid.UUID)
    counts_updated = Signal(object)  # ViewCounts
    search_finished = Signal(int)  # how many results are listed
    view_changed = Signal(str)  # a View value, or "search"
    closed = Signal()

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
        self.messages = messages
        self.preferences = preferences or Preferences()
        self.setWindowTitle(self.tr("AgentDesk"))
        self.resize(1440, 900)
        self.tasks = TaskRunner(self)
        self._counts: ViewCounts | None = None
        self._search_text = ""
        self._searching = False  # the list shows search results

        self._view = self.preferences.last_view
        if self._view == View.MY_OPEN and services.agent_id is None:
            self._view = View.UNASSIGNED
        channels = self.preferences.channels
        self._filter = self._make_filter(self._view, channels)
        self.model = InboxModel(
            self.queries.page,
            self.clock,
            page_size,
            self,
            load_plans=self.queries.sla_plans,
            view_filter=None,
        )
        self.list = InboxView()
        self.list.setModel(self.model)
        self.empty = QLabel()
        self.empty.setObjectName("emptyList")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setContentsMargins(32, 32, 32, 32)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)
        self.list_header = ListHeader()
        list_area = QWidget()
        list_layout = QVBoxLayout(list_area)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        list_layout.addWidget(self.list_header)
        list_layout.addWidget(self.list_stack, 1)
        list_area.setMinimumWidth(360)

        self.sidebar = Sidebar()
        self.sidebar.set_channels(channels)
        self.pane = ConversationPane(services)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(list_area)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self._sized = False  # the split is set on first show, unless a saved state was restored

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

        self.status_path = QLabel()
        self.status_path.setTextFormat(Qt.TextFormat.PlainText)
        self.status_agent = QLabel()
        self.status_agent.setTextFormat(Qt.TextFormat.PlainText)
        self.status_counts = QLabel()
        self.status_counts.setTextFormat(Qt.TextFormat.PlainText)
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        status.addWidget(self.status_path, 1)
        status.addPermanentWidget(self.status_counts)
        status.addPermanentWidget(self.status_agent)
        self.status_path.setText(self.tr("Database: %1").replace("%1", str(services.store.path)))
        self.status_path.setToolTip(str(services.store.path))

        self._make_actions()
        self._connect()
        self._show_agent()

        # Warnings and breaches of my conversations (and my tiers' unassigned ones), once each.
        self.sla_alerts = SlaAlerts(services, self)
        self.sla_alerts.alert.connect(
            lambda _cid, title, text: self.statusBar().showMessage(f"{title} — {text}", 15_000)
        )
        self.sla_alerts.open_requested.connect(self.open_conversation)
        self.sla_alerts.start()

        # Mail in and out, in the background, when a mailbox is connected.
        self.mail = MailDesk(services, mail_passwords, parent=self)
        self.pane.mail = self.mail
        self.mail.status.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.mail.arrived.connect(self._mail_arrived)
        self.mail.start()

        # Server sync, in the background, when this desktop is connected to a team server.
        self.sync = SyncDesk(services, self)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setAutoRaise(True)
        self.sync_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.setMenu(self._sync_menu())
        self.statusBar().insertPermanentWidget(1, self.sync_button)  # after the path, before the counts
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.hide()
        self.statusBar().insertPermanentWidget(1, self.sync_progress)
        self.sync.changed.connect(self._show_sync)
        self.sync.receiving.connect(self._show_sync_progress)
        self.sync.arrived.connect(self.refresh)
        self.pane.changed.connect(lambda _cid: self.sync.nudge())
        self.pane.handed_over.connect(lambda _cid: self.sync.nudge())
        self.dashboard.changed.connect(self.sync.nudge)
        self.dashboard.conflicts_requested.connect(self.open_conflicts)
        self.mail.arrived.connect(self.sync.nudge)  # fetched mail goes to the team's server
        self.sync.changed.connect(self._share_mail_lease)
        self._show_sync()
        self.sync.start()
        if self.sync.configured and not self.sync.work_offline and self.sync.credentials() is None:
            # No keyring kept the password (or there is none): ask for it, once the window is up.
            QTimer.singleShot(0, self._ask_server_password)

        self._sla_timer = QTimer(self)
        self._sla_timer.setInterval(SLA_TICK_MS)
        self._sla_timer.timeout.connect(self.tick)
        self._ticks = 0
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_MS)
        self._counts_timer.timeout.connect(self._periodic_refresh)
        self._sla_timer.start()
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
        self.list.visible_rows_changed.connect(self._load_plans)
        self.model.failed.connect(self._page_failed)
        self.sidebar.view_chosen.connect(lambda value: self.set_view(View(value)))
        self.sidebar.channels_changed.connect(self.set_channels)
        self.search.search_requested.connect(self.run_search)
        self.search.cleared.connect(self.clear_search)
        self.top_bar.agent.clicked.connect(self.open_settings)
        self.pane.conversation_requested.connect(self._open_requested)
        self.pane.changed.connect(self._conversation_changed)
        self.pane.handed_over.connect(lambda cid: self._conversation_changed(cid, stay=True))
        self.dashboard.open_requested.connect(self._dashboard_open)
        self.dashboard.changed.connect(self.refresh)
        self.top_bar.dashboard.clicked.connect(lambda: self.show_dashboard(True))
        self.pane.composer_left.connect(self.list.setFocus)
        self.pane.timeline.highlighted.connect(self._link_hovered)
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
        if "list" not in self._painted or self._counts is None or self.tasks.busy("sla"):
            return False
        first, last = self.list.visible_rows()
        if last >= first and self.model.ids_without_plans(first, last):
            self._load_plans(first, last)
            return False
        return self.pane.detail is None or "timeline" in self._painted

    # -- actions -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: list[QKeySequence] | None = None,
        icon: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _standard(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
        """The platform's keys for ``key``, or ``fallback`` where the platform has none."""
        keys = QKeySequence.keyBindings(key)
        return keys or [QKeySequence(fallback)]

    def _make_actions(self) -> None:
        key = QKeySequence
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.open_settings,
            self._standard(key.StandardKey.Preferences, "Ctrl+,"),
            "mdi6.cog-outline",
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.sla_action = self._action(
            self.tr("SLA &policies and calendars…"), self.open_sla_editor, None, "mdi6.timer-cog-outline"
        )
        self.dashboard_action = self._action(
            self.tr("&Dashboard"),
            lambda: self.show_dashboard(self.work_stack.currentWidget() is not self.dashboard),
            [key("Ctrl+Shift+D")],
            "mdi6.view-dashboard-outline",
        )
        self.dashboard_action.setCheckable(True)
        self.dashboard_action.setStatusTip(self.tr("Queues, load and key figures, from this computer's copy"))
        self.server_action = self._action(
            self.tr("Ser&ver connection…"), self.open_server_settings, None, "mdi6.server-network"
        )
        self.conflicts_action = self._action(
            self.tr("Sync &conflicts…"), self.open_conflicts, None, "mdi6.source-merge"
        )
        self.sync_now_action = self._action(self.tr("S&ync now"), lambda: self.sync.sync_now(), None)
        self.work_offline_action = self._action(
            self.tr("&Work offline"),
            lambda: self.sync.set_work_offline(self.work_offline_action.isChecked()),
            None,
        )
        self.work_offline_action.setCheckable(True)
        self.mail_action = self._action(
            self.tr("&Mail accounts…"), self.open_mail_accounts, None, "mdi6.email-sync-outline"
        )
        self.agents_action = self._action(
            self.tr("&Agents and teams…"), self.open_agents_dialog, None, "mdi6.account-group-outline"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, self._standard(key.StandardKey.Quit, "Ctrl+Q")
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.next_action = self._action(
            self.tr("&Next conversation"), lambda: self.select_relative(1), [key(Qt.Key.Key_J)]
        )
        self.previous_action = self._action(
            self.tr("&Previous conversation"), lambda: self.select_relative(-1), [key(Qt.Key.Key_K)]
        )
        self.search_action = self._action(
            self.tr("&Search…"),
            self.focus_search,
            [key("Ctrl+K"), *QKeySequence.keyBindings(key.StandardKey.Find)],
            "mdi6.magnify",
        )
        self.clear_search_action = QAction(self.tr("&Clear search"), self)
        self.clear_search_action.setShortcut(key(Qt.Key.Key_Escape))
        # Esc only where the list or the sidebar has the focus: the composer and dialogs keep theirs.
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_search_action.triggered.connect(self.clear_search)
        self.clear_search_action.setEnabled(False)
        self.list.addAction(self.clear_search_action)
        self.sidebar.addAction(self.clear_search_action)
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh, self._standard(key.StandardKey.Refresh, "F5"), "mdi6.refresh"
        )

        self.view_actions: dict[View, QAction] = {}
        group = QActionGroup(self)
        shortcuts: dict[View, str] = {}
        for view in SIDEBAR_VIEWS:
            digit = VIEW_DIGITS.get(view)
            keys = [key(f"Ctrl+{digit}")] if digit is not None else []
            action = self._action(
                labels.view_label(view.value),
                self._view_slot(view),
                keys,
                icons.VIEW_ICONS[view.value],
            )
            action.setCheckable(True)
            action.setActionGroup(group)
            action.setToolTip(labels.view_rule(view.value))
            action.setStatusTip(labels.view_rule(view.value).split("\n")[0])
            self.view_actions[view] = action
            if keys:
                shortcuts[view] = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        self.sidebar.model.set_shortcuts(shortcuts)

        self.channel_actions: dict[str, QAction] = {}
        for number, channel in enumerate(Channel.values(), start=1):
            action = self._action(
                labels.channel_label(channel),
                self._channel_slot(channel),
                [key(f"Alt+{number}")],
                icons.CHANNEL_ICONS[channel],
            )
            action.setCheckable(True)
            self.channel_actions[channel] = action
            button = self.sidebar.channel_buttons[channel]
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.toolTip()} ({shortcut})")
        self.all_channels_action = self._action(
            self.tr("All channels"), lambda: self.set_channels(frozenset()), [key("Alt+0")]
        )

        self.new_conversation_action = self._action(
            self.tr("&New conversation…"),
            self.pane.new_conversation,
            self._standard(key.StandardKey.New, "Ctrl+N"),
            "mdi6.plus",
        )

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_conversation_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.sla_action)
        file_menu.addAction(self.agents_action)
        file_menu.addAction(self.mail_action)
        file_menu.addAction(self.server_action)
        file_menu.addAction(self.work_offline_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.conversation_menu = bar.addMenu(self.tr("&Conversation"))
        self.conversation_menu.setToolTipsVisible(True)
        for action in self.pane.actions_for_menu():
            self.conversation_menu.addAction(action)
        self.conversation_menu.addSeparator()
        self.conversation_menu.addAction(self.new_conversation_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setToolTipsVisible(True)
        for action in self.view_actions.values():
            view_menu.addAction(action)
            if View(self._view_of(action)) in (View.TIER_3, View.FOLLOW_UPS):
                view_menu.addSeparator()
        view_menu.addSeparator()
        channel_menu = QMenu(self.tr("C&hannels"), view_menu)
        channel_menu.addAction(self.all_channels_action)
        channel_menu.addSeparator()
        for action in self.channel_actions.values():
            channel_menu.addAction(action)
        view_menu.addMenu(channel_menu)
        view_menu.addSeparator()
        view_menu.addAction(self.next_action)
        view_menu.addAction(self.previous_action)
        view_menu.addSeparator()
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.clear_search_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.conflicts_action)

        self.search.set_placeholder(
            self.search_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self._sync_channel_actions()

    def _view_slot(self, view: View) -> Callable[[], None]:
        return lambda: self.set_view(view)

    def _channel_slot(self, channel: str) -> Callable[[], None]:
        return lambda: self.toggle_channel(channel)

    def _view_of(self, action: QAction) -> str:
        return next(v.value for v, a in self.view_actions.items() if a is action)

    # -- views ---------------------------------------------------------------------------------

    def _make_filter(self, view: View, channels: frozenset[str]) -> ViewFilter:
        now = self.clock.now() if view in TIME_BASED_VIEWS else None
        return ViewFilter(view, self.services.agent_id, channels, now)

    @property
    def current_view(self) -> View | None:
        """The view listed; None while search results are shown."""
        return None if self._searching else self._view

    def set_view(self, view: View) -> None:
        """List ``view`` (narrowed to the chosen channels) from its most urgent conversation."""
        self.show_dashboard(False)
        if self._searching:
            self._leave_search()
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
        self._filter = self._make_filter(self._view, channels)
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
        header = self.list_header
        if self._searching:
            header.icon.setPixmap(icons.view_icon(SEARCH_VIEW, theme.TEXT_MUTED).pixmap(16, 16))
            header.title.setText(self.tr("Search results"))
            found = self.model.rowCount()
            if found >= SEARCH_LIMIT:
                detail = self.tr("“%1” · the first %2 matches").replace("%2", str(found))
            elif found == 1:
                detail = self.tr("“%1” · 1 match")
            else:
                detail = self.tr("“%1” · %2 matches").replace("%2", str(found))
            header.detail.setText(detail.replace("%1", self._search_text))
            self.setWindowTitle(self.tr("Search results – AgentDesk"))
            return
        view = self._view
        header.icon.setPixmap(icons.view_icon(view.value, theme.TEXT_MUTED).pixmap(16, 16))
        header.title.setText(labels.view_label(view.value))
        parts = []
        if self._counts is not None:
            count = self._counts[view]
            parts.append(self.tr("1 conversation") if count == 1 else self.tr("%Ln conversations", "", count))
        if self._filter.channels:
            chosen = [labels.channel_label(c) for c in Channel.values() if c in self._filter.channels]
            parts.append(self.tr("only %1").replace("%1", ", ".join(chosen)))
        header.detail.setText("  ·  ".join(parts))
        header.setToolTip(labels.view_rule(view.value))
        self.setWindowTitle(self.tr("%1 – AgentDesk").replace("%1", labels.view_label(view.value)))

    def _empty_text(self) -> str:
        if self._searching:
            return self.tr("Nothing matches “%1”. Press Esc to go back.").replace("%1", self._search_text)
        if self._view == View.MY_OPEN and self.services.agent_id is None:
            return self.tr("Choose who works at this desk in Settings to see your conversations.")
        name = labels.view_label(self._view.value)
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
            if self._view in TIME_BASED_VIEWS:
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
        found = self.model.load_until(page_key(self._filter, row))
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
        if not self._searching and self._view in TIME_BASED_VIEWS:
            self._reload_list(self._selected_id())  # rows move in and out as time passes

    def _page_failed(self, reason: str) -> None:
        self.messages.error(
            self.tr("More conversations could not be read: %1 Press %2 to try again.")
            .replace("%1", reason)
            .replace("%2", self.refresh_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        )

    # -- counts --------------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        """Count every view in the background; the sidebar shows the answer when it comes."""
        agent_id, channels, now = self.services.agent_id, self._filter.channels, self.clock.now()
        queries = self.queries
        self.tasks.run(
            "counts",
            lambda: queries.counts(agent_id, channels, now),
            self._counts_arrived,
            self._counts_failed,
        )

    def _counts_arrived(self, counts: ViewCounts) -> None:
        self._counts = counts
        self.sidebar.set_counts(counts)
        active = sum(counts[v] for v in (View.TIER_1, View.TIER_2, View.TIER_3))
        parts = [self.tr("%Ln active", "", active)]
        if counts[View.BREACHED]:
            parts.append(self.tr("%Ln breached", "", counts[View.BREACHED]))
        if counts[View.DUE_SOON]:
            parts.append(self.tr("%Ln due soon", "", counts[View.DUE_SOON]))
        self.status_counts.setText("  ·  ".join(parts))
        self._show_list_header()
        self.counts_updated.emit(counts)

    def _counts_failed(self, reason: str) -> None:
        self.messages.error(self.tr("The views could not be counted: %1").replace("%1", reason))

    # -- search --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self, text: str) -> None:
        """Search in the background and list the matches; a query that cannot be understood gets
        its reason inline in the field."""
        try:
            parse_query(text)  # instant: say what is wrong before anything runs
        except SearchSyntaxError as exc:
            self.search.show_hint(exc.message)
            return
        search, queries = self.services.search, self.queries

        def work() -> list[InboxRow]:
            hits = search.search(text, SEARCH_LIMIT)
            rows = queries.rows([h.conversation_id for h in hits])
            return [
                _with_match(rows[h.conversation_id], h.excerpt, h.matched)
                for h in hits
                if h.conversation_id in rows
            ]

        self.search.clear_hint()
        self.tasks.run("search", work, lambda rows: self._search_arrived(text, rows), self._search_failed)

    def _search_arrived(self, text: str, rows: list[InboxRow]) -> None:
        self._searching = True
        self._search_text = text
        self.clear_search_action.setEnabled(True)
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

    def _search_failed(self, reason: str) -> None:
        self.search.show_hint(reason)

    def _refresh_search_rows(self) -> None:
        current = [self.model.row_at(i) for i in range(self.model.rowCount())]
        listed = [r for r in current if r is not None]
        try:
            fresh = self.queries.rows([r.id for r in listed])
        except AgentDeskError as exc:
            self.messages.error(exc.message)
            return
        self.model.show_rows(_with_match(fresh[r.id], r.excerpt, r.matched) for r in listed if r.id in fresh)

    def clear_search(self) -> None:
        """Esc: back to the view shown before the search."""
        self.tasks.cancel("search")
        self.search.clear_hint()
        if self.search.text():
            self.search.clear()
        if self._searching:
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
        self.clear_search_action.setEnabled(False)
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

    def _link_hovered(self, url: object) -> None:
        # Show where a link really goes before the agent clicks it.
        text = url.toString() if hasattr(url, "toString") else str(url or "")
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    # -- ticks ---------------------------------------------------------------------------------

    def _load_plans(self, first: int, last: int) -> None:
        """Load the SLA plans of the rows that came into sight, in the background (a cold read of
        their histories can take tens of milliseconds); their chips appear when they arrive."""
        missing = self.model.ids_without_plans(first, last)
        if not missing:
            return
        queries = self.queries
        self.tasks.run(
            "sla",
            lambda: queries.sla_plans(missing),
            lambda plans: self._plans_arrived(missing, plans),
            lambda reason: self.messages.error(
                self.tr("The SLA countdowns could not be read: %1").replace("%1", reason)
            ),
        )

    def _plans_arrived(self, ids: list[uuid.UUID], plans: dict[uuid.UUID, SlaPlan | None]) -> None:
        self.model.add_plans(ids, plans)
        first, last = self.list.visible_rows()
        self.model.tick(first, last)
        self._load_plans(first, last)  # the list may have scrolled on meanwhile

    def tick(self) -> None:
        """Once a second: the SLA chips of the rows in sight; every ``AGE_TICKS`` their ages."""
        if not self.isVisible():
            return
        first, last = self.list.visible_rows()
        self.model.tick(first, last)
        self._ticks += 1
        if self._ticks % AGE_TICKS == 0:
            self.model.refresh_ages(first, last)

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
        self.status_agent.setText(self.tr("At this desk: %1").replace("%1", text))

    def open_settings(self) -> SettingsDialog | None:
        """Open the Settings dialog (not blocking); its choices apply when it is accepted."""
        try:
            agents = self.services.directory.active_agents()
        except AgentDeskError as exc:
            self.messages.error(exc.message)
            return None
        dialog = SettingsDialog(
            agents,
            self.services.agent_id,
            self.preferences,
            round(QApplication.font().pointSizeF()),
            self.apply_look,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._settings_accepted(dialog.chosen_agent()))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _may_edit_sla(self) -> bool:
        agent_id = self.services.agent_id
        if agent_id is None:
            return True  # a shop without agents yet: whoever sits here sets things up
        with self.services.store.read() as session:
            agent = session.get(Agent, agent_id)
            return agent is not None and agent.role in (Role.SUPERVISOR, Role.ADMIN)

    def open_sla_editor(self) -> SlaEditorDialog | None:
        """The SLA policy and calendar editor; for supervisors and admins."""
        if not self._may_edit_sla():
            self.messages.error(self.tr("Only supervisors and admins can change SLA policies and calendars."))
            return None
        dialog = SlaEditorDialog(self.services, self)
        dialog.accepted.connect(self.refresh)  # due times moved: re-read the list and counts
        dialog.open()
        return dialog

    def show_dashboard(self, on: bool = True) -> None:
        """The dashboard instead of the list and the conversation (read again each time it opens)."""
        showing = self.work_stack.currentWidget() is self.dashboard
        self.dashboard_action.setChecked(on)
        if on == showing:
            return
        if on:
            self.pane.flush_draft()
            self.work_stack.setCurrentWidget(self.dashboard)
            self.dashboard.refresh()
        else:
            self.work_stack.setCurrentWidget(self.splitter)

    def _dashboard_open(self, conversation_id: uuid.UUID) -> None:
        self.show_dashboard(False)
        self._open_requested(conversation_id)

    def _sync_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.sync_now_action)
        menu.addAction(self.work_offline_action)
        menu.addSeparator()
        menu.addAction(self.server_action)
        menu.addAction(self.conflicts_action)
        return menu

    def _show_sync(self) -> None:
        """Online or offline, the last sync, the changes waiting, or the error in plain words."""
        text = self.sync.text()
        self.sync_button.setText(text)
        details = [
            text,
            self.tr("Everything is saved on this computer first; the server gets it when it can."),
        ]
        if (skew := self.sync.clock_warning()) is not None:
            details.append(skew)
        self.sync_button.setToolTip("\n".join(details))
        if not self.sync.configured:
            icon, colour = "mdi6.laptop", theme.TEXT_MUTED
        elif self.sync.work_offline:
            icon, colour = "mdi6.cloud-off-outline", theme.TEXT_MUTED
        elif self.sync.online is False:
            icon, colour = "mdi6.cloud-alert", theme.CAUTION
        else:
            icon, colour = "mdi6.cloud-check-outline", theme.TEXT_MUTED
        self.sync_button.setIcon(icons.icon(icon, colour))
        self.work_offline_action.setChecked(self.sync.work_offline)
        self.work_offline_action.setEnabled(self.sync.configured)
        self.sync_now_action.setEnabled(self.sync.configured and not self.sync.work_offline)

    def _show_sync_progress(self, rows: int, expected: int) -> None:
        """A bar while a large pull comes in (the first sync of a workspace); busy when the size
        is not known."""
        if not rows:
            self.sync_progress.hide()
            return
        self.sync_progress.setRange(0, expected if expected > rows else 0)
        self.sync_progress.setValue(min(rows, expected) if expected > rows else 0)
        self.sync_progress.show()

    def _share_mail_lease(self) -> None:
        """With a team server, one desktop fetches each mailbox: the lease moves to the server."""
        config, credentials = self.sync.config(), self.sync.credentials()
        if config is None or credentials is None:
            return
        lease = self.mail.service.lease
        if isinstance(lease, ServerFetchLease) and (lease.url, lease.credentials) == (config[0], credentials):
            return
        self.mail.use_lease(ServerFetchLease(config[0], credentials))

    def _ask_server_password(self) -> None:
        dialog = self.open_server_settings()
        dialog.test_result.setText(
            self.tr("Enter your server password to sync (this computer keeps no password for it).")
        )
        dialog.password.setFocus()

    def open_server_settings(self) -> ServerSettingsDialog:
        dialog = ServerSettingsDialog(self.sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.server_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "server_dialog", None))
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open_requested.connect(self._dashboard_open)
        self.conflicts_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "conflicts_dialog", None))
        dialog.open()
        return dialog

    def _mail_arrived(self) -> None:
        """New mail, or a reply sent (or not): the list, the counts and the open conversation."""
        self.refresh()

    def open_mail_accounts(self) -> MailAccountsDialog:
        """The support mailboxes (not blocking); a change starts a round at once."""
        dialog = MailAccountsDialog(self.mail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.changed.connect(self.mail.round)
        dialog.changed.connect(self.mail.watch)
        self.mail_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "mail_dialog", None))
        dialog.open()
        return dialog

    def open_agents_dialog(self) -> AgentsTeamsDialog:
        """Agents, teams and tier names (not blocking); read-only, and saying so, for agents."""
        dialog = AgentsTeamsDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.changed.connect(self._directory_changed)
        self.agents_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "agents_dialog", None))
        dialog.open()
        return dialog

    def _directory_changed(self) -> None:
        """Agents, teams or tier names changed: names, queues and labels as they are now."""
        self._load_tier_names()
        for view, action in self.view_actions.items():
            action.setText(labels.view_label(view.value))
        self.sidebar.list.viewport().update()
        self._show_agent()
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
        if "splitter" in state and self.splitter.restoreState(state["splitter"]):
            self._sized = True
        if "pane" in state:
            self.pane.body_splitter.restoreState(state["pane"])
        if "columns" in state:
            self.list.horizontalHeader().restoreState(state["columns"])
            self.list.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = max(self.splitter.width(), self.width())
            side = self.sidebar.sizeHint().width()
            rest = width - side
            list_width = max(rest - max(self.pane.minimumWidth(), round(rest * 0.4)), 360)
            self.splitter.setSizes([side, list_width, rest - list_width])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._sla_timer.stop()
        self._counts_timer.stop()
        super().closeEvent(event)
        if event.isAccepted():
            self.mail.stop()
            if isinstance(self.mail.service.lease, ServerFetchLease):
                self.mail.service.lease.release_all()
            self.sync.close()
            self.tasks.close()  # no background read may outlive the window (the store closes next)
            self.preferences.sync()
            self.closed.emit()


def _with_match(row: InboxRow, excerpt: str, matched: str) -> InboxRow:
    return dataclasses.replace(row, excerpt=excerpt, matched=matched)
