# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything the window can do, registered once.

Each action has an id (``ActionId``, with an argument for the families: one per view, one per
channel), its text, its keys (the platform's standard keys where Qt has them), the menus it is
listed in, a handler and an enabled rule. A rule reads the window's state (``WindowState``) and
answers ``None`` (allowed) or the sentence that says why not; the registry then disables the
action and puts the sentence in its tooltip, so an agent is not offered what the services would
refuse. The menus (``menus.py``) and the shortcut overlay (``shortcuts_overlay.py``) are built
from the registry, so "what does Ctrl+Shift+R do" has one answer.

The conversation pane keeps its own actions (their handlers and enabled state follow the open
conversation); the window adopts them into the registry, so they are listed in the menus and the
overlay like every other action, with the keys they really have.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, labels
from agentdesk.gui.labels import translate
from agentdesk.gui.sidebar import SIDEBAR_VIEWS
from agentdesk.gui.sync_desk import SyncDesk
from agentdesk.inbox.views import View
from agentdesk.services import Services
from agentdesk.sla import editing as sla_editing
from agentdesk.store.models import Channel

log = logging.getLogger("agentdesk.gui")

if TYPE_CHECKING:
    from agentdesk.gui.conversation_view import ConversationPane
    from agentdesk.gui.main_window import MainWindow

# Ctrl+digit per view: the nine working views in sidebar order, 0 for All (Solved has none).
VIEW_DIGITS = {view: str(number) for number, view in enumerate(SIDEBAR_VIEWS[:9], start=1)}
VIEW_DIGITS[View.ALL] = "0"


class ActionId(enum.Enum):
    # File
    NEW_CONVERSATION = "new_conversation"
    SETTINGS = "settings"
    SLA_EDITOR = "sla_editor"
    AGENTS = "agents"
    MAIL_ACCOUNTS = "mail_accounts"
    SERVER = "server"
    WORK_OFFLINE = "work_offline"
    SYNC_NOW = "sync_now"
    QUIT = "quit"
    # View
    SHOW_VIEW = "show_view"  # argument: the View value
    ALL_CHANNELS = "all_channels"
    TOGGLE_CHANNEL = "toggle_channel"  # argument: the channel
    NEXT = "next"
    PREVIOUS = "previous"
    SEARCH = "search"
    CLEAR_SEARCH = "clear_search"
    REFRESH = "refresh"
    DASHBOARD = "dashboard"
    CONFLICTS = "conflicts"
    # Help
    SHORTCUTS = "shortcuts"
    # The conversation pane's own actions, adopted (see ``PANE_ACTIONS``)
    REPLY = "reply"
    NOTE = "note"
    CANNED_REPLY = "canned_reply"
    MANAGE_REPLIES = "manage_replies"
    ESCALATE = "escalate"
    RETURN = "return"
    TRANSFER = "transfer"
    TAKE = "take"
    SEND = "send"
    SEND_WAITING = "send_waiting"
    SEND_SOLVE = "send_solve"
    STATUS = "status"
    STATUS_MENU = "status_menu"
    PRIORITY = "priority"
    PRIORITY_MENU = "priority_menu"
    ASSIGN = "assign"
    ASSIGN_ME = "assign_me"
    ASSIGN_MENU = "assign_menu"
    FOLLOW_UP = "follow_up"
    FOLLOW_UP_MENU = "follow_up_menu"
    TAG = "tag"
    SURVEY = "survey"
    COACHING = "coaching"
    REMOTE_IMAGES = "remote_images"
    # Several conversations (``window/workflow.py``)
    MERGE = "merge"
    UNMERGE = "unmerge"
    SPLIT = "split"
    LINK = "link"
    BULK_CHANGE = "bulk_change"
    SELECT_ALL = "select_all"
    EXTEND_DOWN = "extend_down"
    EXTEND_UP = "extend_up"
    # Macros and routing (``window/macro_tools.py``)
    APPLY_MACRO = "apply_macro"
    MACROS = "macros"
    ROUTING_RULES = "routing_rules"
    # Notifications and snooze (``window/notify_part.py``)
    SNOOZE = "snooze"
    UNSNOOZE = "unsnooze"
    NOTIFICATIONS = "notifications"
    # Saved views and team queues (``window/saved_views.py``)
    NEW_VIEW = "new_view"
    SAVE_SEARCH_AS_VIEW = "save_search_as_view"
    EVERYONE_FOLLOW_UPS = "everyone_follow_ups"
    # Customers (``window/customer_tools.py``)
    IMPORT_CUSTOMERS = "import_customers"
    # The desk changing hands (``window/desk_lock.py``)
    SWITCH_AGENT = "switch_agent"
    # The audit log (``window/audit_part.py``)
    AUDIT_LOG = "audit_log"
    # Automatic surveys (``window/survey_part.py``)
    SURVEY_POLICIES = "survey_policies"
    # The knowledge base (``gui/kb_part.py``)
    KNOWLEDGE_BASE = "knowledge_base"
    # Edit (``window/edit_menu.py``)
    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    PANE = "pane"  # an action the pane lists that the window has no name for yet


class Menu(enum.Enum):
    """The menus, in menu-bar order; ``CHANNELS`` is a submenu of View, ``SYNC`` the status bar's
    sync button."""

    FILE = "file"
    EDIT = "edit"
    CONVERSATION = "conversation"
    VIEW = "view"
    CHANNELS = "channels"
    HELP = "help"
    SYNC = "sync"


def menu_title(menu: Menu) -> str:
    titles = {
        Menu.FILE: translate("MainWindow", "&File"),
        Menu.EDIT: translate("MainWindow", "&Edit"),
        Menu.CONVERSATION: translate("MainWindow", "&Conversation"),
        Menu.VIEW: translate("MainWindow", "&View"),
        Menu.CHANNELS: translate("MainWindow", "C&hannels"),
        Menu.HELP: translate("MainWindow", "&Help"),
        Menu.SYNC: translate("MainWindow", "Sync"),
    }
    return titles[menu]


@dataclass(frozen=True, slots=True)
class Place:
    """Where an action is listed: a menu, and the section in it (a separator between sections)."""

    menu: Menu
    section: int = 0


@dataclass(frozen=True, slots=True)
class WindowState:
    """What the enabled rules read. The permissions come from the services (the directory's
    access, the SLA editing rule); the window only gathers them."""

    searching: bool = False
    sync_configured: bool = False
    work_offline: bool = False
    supervises: bool = True  # DirectoryService.access(agent).can_manage: a supervisor or admin
    may_edit_sla: bool = True  # sla.editing.may_edit(store, agent)


def read_state(services: Services, sync: SyncDesk, *, searching: bool) -> WindowState:
    """The window's state as the rules read it; the permissions are the services' own answers."""
    agent_id = services.agent_id
    try:
        supervises = services.directory.access(agent_id).can_manage
        may_edit_sla = sla_editing.may_edit(services.store, agent_id)
    except AgentDeskError as exc:
        log.warning("permissions not read: %s", exc.message)
        supervises = may_edit_sla = False
    return WindowState(searching, sync.configured, sync.work_offline, supervises, may_edit_sla)


Rule = Callable[[WindowState], "str | None"]  # None: allowed; otherwise why not


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: ActionId
    text: str
    handler: Callable[[], object]
    keys: tuple[QKeySequence, ...] = ()
    places: tuple[Place, ...] = ()
    icon: str | None = None
    rule: Rule | None = None
    arg: str = ""
    checkable: bool = False
    tip: str = ""  # tooltip; a refusal replaces it while the rule says no
    status_tip: str = ""
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    widgets: tuple[QWidget, ...] = ()  # where a widget-context shortcut works
    role: QAction.MenuRole | None = None
    note: Rule | None = None  # a line for the tooltip that does not disable the action


@dataclass(slots=True)
class Registered:
    id: ActionId
    arg: str
    action: QAction
    places: tuple[Place, ...]
    rule: Rule | None = None
    tip: str = ""
    note: Rule | None = None
    adopted: bool = False  # owned by a part (the pane): its handler and enabled state are its own
    refusal: str | None = field(default=None)


class ActionRegistry:
    """The window's actions by id, in the order they were registered (menus keep that order)."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._entries: list[Registered] = []
        self._by_key: dict[tuple[ActionId, str], Registered] = {}

    def add(self, spec: ActionSpec) -> QAction:
        """Create the action of ``spec``. Its keys work in the whole window, or, with a widget
        shortcut context, only in ``spec.widgets``."""
        action = QAction(spec.text, self.owner)
        if spec.keys:
            action.setShortcuts(list(spec.keys))
        action.setShortcutContext(spec.context)
        if spec.icon:
            action.setIcon(icons.icon(spec.icon))
        if spec.checkable:
            action.setCheckable(True)
        if spec.tip:
            action.setToolTip(spec.tip)
        if spec.status_tip:
            action.setStatusTip(spec.status_tip)
        if spec.role is not None:
            action.setMenuRole(spec.role)
        handler = spec.handler
        action.triggered.connect(lambda _checked=False: handler())
        if spec.context == Qt.ShortcutContext.WindowShortcut or not spec.widgets:
            self.owner.addAction(action)
        for widget in spec.widgets:
            widget.addAction(action)
        self._register(Registered(spec.id, spec.arg, action, spec.places, spec.rule, spec.tip, spec.note))
        return action

    def adopt(
        self,
        action_id: ActionId,
        action: QAction,
        places: tuple[Place, ...],
        arg: str = "",
        rule: Rule | None = None,
    ) -> QAction:
        """Register an action a part owns: the registry lists it and its keys. A ``rule`` may
        only take it away (the part still decides when it is enabled otherwise)."""
        self._register(Registered(action_id, arg, action, places, rule, action.toolTip(), adopted=True))
        return action

    def _register(self, entry: Registered) -> None:
        key = (entry.id, entry.arg)
        if key in self._by_key and entry.id is not ActionId.PANE:
            raise ValueError(f"action {entry.id.value} {entry.arg!r} is registered twice")
        self._by_key.setdefault(key, entry)
        self._entries.append(entry)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._by_key[(action_id, "")].action

    def action(self, action_id: ActionId, arg: str = "") -> QAction:
        return self._by_key[(action_id, arg)].action

    def family(self, action_id: ActionId) -> dict[str, QAction]:
        """The actions of a family by argument (every view, every channel)."""
        return {e.arg: e.action for e in self._entries if e.id is action_id}

    def entries(self) -> list[Registered]:
        return list(self._entries)

    def placed(self, menu: Menu) -> Iterator[tuple[int, QAction]]:
        """The actions listed in ``menu``, with their section, in registration order."""
        for entry in self._entries:
            for place in entry.places:
                if place.menu is menu:
                    yield place.section, entry.action

    def refusal(self, action_id: ActionId, arg: str = "") -> str | None:
        """Why the action is not offered now (None when it is)."""
        return self._by_key[(action_id, arg)].refusal

    def update(self, state: WindowState) -> None:
        """Apply every rule: an action its rule refuses is disabled and says why in its tooltip."""
        for entry in self._entries:
            if entry.note is not None:
                note = entry.note(state)
                entry.action.setToolTip("\n".join(t for t in (entry.tip, note) if t))
            if entry.rule is None:
                continue
            refusal = entry.rule(state)
            entry.refusal = refusal
            if refusal is not None or not entry.adopted:
                entry.action.setEnabled(refusal is None)
            entry.action.setToolTip(refusal if refusal is not None else entry.tip)

    def with_shortcuts(self) -> list[Registered]:
        """Every registered action that has keys, once each (an action listed in two menus or
        registered twice by the pane is one line)."""
        seen: set[int] = set()
        found = []
        for entry in self._entries:
            if entry.action.isSeparator() or not entry.action.shortcuts() or id(entry.action) in seen:
                continue
            seen.add(id(entry.action))
            found.append(entry)
        return found


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def keys_text(action: QAction) -> str:
    """The action's keys as the agent reads them: "Ctrl+K / Ctrl+F". A key pressed as Return or
    as Enter is named once (as Enter), and the media keys some platforms add to the standard
    bindings ("Refresh", "Find", "Help") are left out: no keyboard on a desk has them."""
    native = QKeySequence.SequenceFormat.NativeText
    combos = [k[0] for k in action.shortcuts() if not k.isEmpty()]  # type: ignore[index]
    enter_mods = {c.keyboardModifiers() for c in combos if c.key() == Qt.Key.Key_Enter}
    shown = [
        c
        for c in combos
        if not (c.key() == Qt.Key.Key_Return and c.keyboardModifiers() in enter_mods)
        and not (
            c.key().value >= Qt.Key.Key_Help.value and c.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
        )
    ]
    return " / ".join(dict.fromkeys(QKeySequence(c).toString(native) for c in shown))


def plain_text(action: QAction) -> str:
    """The action's text without its mnemonic marks and trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


# -- the window's actions ----------------------------------------------------------------------


def _standard(key: QKeySequence.StandardKey, fallback: str) -> tuple[QKeySequence, ...]:
    """The platform's keys for ``key``, or ``fallback`` where the platform has none."""
    return tuple(QKeySequence.keyBindings(key)) or (QKeySequence(fallback),)


def _refuse_dashboard(state: WindowState) -> str | None:
    if state.supervises:
        return None
    return translate("MainWindow", "The dashboard is for supervisors and admins.")


def _refuse_coaching(state: WindowState) -> str | None:
    if state.supervises:
        return None
    return translate("MainWindow", "Coaching notes are for supervisors and admins.")


def _agents_note(state: WindowState) -> str | None:
    if state.supervises:
        return None
    return translate(
        "MainWindow", "Read-only: only supervisors and admins can change agents, teams and tier names."
    )


def _refuse_sla(state: WindowState) -> str | None:
    return (
        None
        if state.may_edit_sla
        else translate("MainWindow", "Only supervisors and admins can change SLA policies and calendars.")
    )


def _needs_server(state: WindowState) -> str | None:
    if not state.sync_configured:
        return translate("MainWindow", "This computer is not connected to a team server.")
    return None


def _may_sync_now(state: WindowState) -> str | None:
    if state.work_offline:
        return translate("MainWindow", "Working offline: turn Work offline off to sync.")
    return _needs_server(state)


def window_actions(window: MainWindow) -> Iterator[ActionSpec]:
    """The window's own actions, in menu order."""
    std = QKeySequence.StandardKey
    file_, view, channels, sync = Menu.FILE, Menu.VIEW, Menu.CHANNELS, Menu.SYNC
    yield ActionSpec(
        ActionId.NEW_CONVERSATION,
        translate("MainWindow", "&New conversation…"),
        window.pane.new_conversation,
        _standard(std.New, "Ctrl+N"),
        (Place(file_, 0), Place(Menu.CONVERSATION, 99)),
        "mdi6.plus",
        tip=translate("MainWindow", "Log a phone call, letter, walk-in or email"),
    )
    yield ActionSpec(
        ActionId.SETTINGS,
        translate("MainWindow", "&Settings…"),
        window.open_settings,
        _standard(std.Preferences, "Ctrl+,"),
        (Place(file_, 1),),
        "mdi6.cog-outline",
        role=QAction.MenuRole.PreferencesRole,
    )
    yield ActionSpec(
        ActionId.SLA_EDITOR,
        translate("MainWindow", "SLA &policies and calendars…"),
        window.open_sla_editor,
        (),
        (Place(file_, 1),),
        "mdi6.timer-cog-outline",
        _refuse_sla,
        tip=translate("MainWindow", "Response-time targets and business hours"),
    )
    yield ActionSpec(
        ActionId.AGENTS,
        translate("MainWindow", "&Agents and teams…"),
        window.open_agents_dialog,
        (),
        (Place(file_, 1),),
        "mdi6.account-group-outline",
        # Offered to everyone: agents see the directory read-only, and the tooltip says so.
        note=_agents_note,
        tip=translate("MainWindow", "Agents, their roles and tiers, teams and the tiers' names"),
    )
    yield ActionSpec(
        ActionId.MAIL_ACCOUNTS,
        translate("MainWindow", "&Mail accounts…"),
        window.open_mail_accounts,
        (),
        (Place(file_, 1),),
        "mdi6.email-sync-outline",
    )
    yield ActionSpec(
        ActionId.SYNC_NOW,
        translate("MainWindow", "S&ync now"),
        lambda: window.sync.sync_now(),
        (),
        (Place(sync, 0),),
        rule=_may_sync_now,
    )
    yield ActionSpec(
        ActionId.SERVER,
        translate("MainWindow", "Ser&ver connection…"),
        window.open_server_settings,
        (),
        (Place(file_, 1), Place(sync, 1)),
        "mdi6.server-network",
    )
    yield ActionSpec(
        ActionId.WORK_OFFLINE,
        translate("MainWindow", "&Work offline"),
        lambda: window.sync.set_work_offline(window.registry[ActionId.WORK_OFFLINE].isChecked()),
        (),
        (Place(file_, 1), Place(sync, 0)),
        rule=_needs_server,
        checkable=True,
    )
    yield ActionSpec(
        ActionId.QUIT,
        translate("MainWindow", "&Quit"),
        window.close,
        _standard(std.Quit, "Ctrl+Q"),
        (Place(file_, 2),),
        role=QAction.MenuRole.QuitRole,
    )

    for number, one in enumerate(SIDEBAR_VIEWS):
        digit = VIEW_DIGITS.get(one)
        rule_text = labels.view_rule(one.value)
        yield ActionSpec(
            ActionId.SHOW_VIEW,
            labels.view_label(one.value),
            partial(window.set_view, one),
            (QKeySequence(f"Ctrl+{digit}"),) if digit is not None else (),
            (Place(view, 0 if number < 5 else 1 if number < 9 else 2),),
            icons.VIEW_ICONS[one.value],
            arg=one.value,
            checkable=True,
            tip=rule_text,
            status_tip=rule_text.split("\n")[0],
        )
    yield ActionSpec(
        ActionId.ALL_CHANNELS,
        translate("MainWindow", "All channels"),
        lambda: window.set_channels(frozenset()),
        (QKeySequence("Alt+0"),),
        (Place(channels, 0),),
    )
    for number, channel in enumerate(Channel.values(), start=1):
        yield ActionSpec(
            ActionId.TOGGLE_CHANNEL,
            labels.channel_label(channel),
            partial(window.toggle_channel, channel),
            (QKeySequence(f"Alt+{number}"),),
            (Place(channels, 1),),
            icons.CHANNEL_ICONS[channel],
            arg=channel,
            checkable=True,
        )
    yield ActionSpec(
        ActionId.NEXT,
        translate("MainWindow", "&Next conversation"),
        lambda: window.select_relative(1),
        (QKeySequence(Qt.Key.Key_J),),
        (Place(view, 4),),
    )
    yield ActionSpec(
        ActionId.PREVIOUS,
        translate("MainWindow", "&Previous conversation"),
        lambda: window.select_relative(-1),
        (QKeySequence(Qt.Key.Key_K),),
        (Place(view, 4),),
    )
    yield ActionSpec(
        ActionId.SEARCH,
        translate("MainWindow", "&Search…"),
        window.focus_search,
        (QKeySequence("Ctrl+K"), *QKeySequence.keyBindings(std.Find)),
        (Place(view, 5),),
        "mdi6.magnify",
    )
    yield ActionSpec(
        ActionId.CLEAR_SEARCH,
        translate("MainWindow", "&Clear search"),
        window.clear_search,
        (QKeySequence(Qt.Key.Key_Escape),),
        (Place(view, 5),),
        rule=lambda state: (
            None if state.searching else translate("MainWindow", "No search results are shown.")
        ),
        # Esc only where the list or the sidebar has the focus: the composer and dialogs keep theirs.
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        widgets=(window.list, window.sidebar),
    )
    yield ActionSpec(
        ActionId.REFRESH,
        translate("MainWindow", "&Refresh"),
        window.refresh,
        _standard(std.Refresh, "F5"),
        (Place(view, 6),),
        "mdi6.refresh",
    )
    yield ActionSpec(
        ActionId.DASHBOARD,
        translate("MainWindow", "&Dashboard"),
        lambda: window.show_dashboard(not window.dashboard_shown()),
        (QKeySequence("Ctrl+Shift+D"),),
        (Place(view, 7),),
        "mdi6.view-dashboard-outline",
        _refuse_dashboard,
        checkable=True,
        tip=translate("MainWindow", "Queues, load and key figures"),
        status_tip=translate("MainWindow", "Queues, load and key figures, from this computer's copy"),
    )
    yield ActionSpec(
        ActionId.CONFLICTS,
        translate("MainWindow", "Sync &conflicts…"),
        window.open_conflicts,
        (),
        (Place(view, 7), Place(sync, 1)),
        "mdi6.source-merge",
    )
    yield ActionSpec(
        ActionId.SHORTCUTS,
        translate("MainWindow", "&Keyboard shortcuts"),
        window.show_shortcuts,
        # F1 is the platform's help key; ? is the key web mail and chat tools use for this list.
        (*_standard(std.HelpContents, "F1"), QKeySequence(Qt.Key.Key_Question)),
        (Place(Menu.HELP, 0),),
        "mdi6.keyboard-outline",
    )
    yield from window.macro_tools.action_specs()
    from agentdesk.gui.window.workflow import Workflow  # it builds on this module

    yield from Workflow.attach(window).action_specs()
    from agentdesk.gui.window.notify_part import NotifyPart  # it builds on this module

    yield from NotifyPart.attach(window).action_specs()
    from agentdesk.gui.window.customer_tools import CustomerTools  # it builds on this module

    yield from CustomerTools.attach(window).action_specs()
    from agentdesk.gui.window.audit_part import AuditPart  # it builds on this module

    yield from AuditPart.attach(window).action_specs()
    from agentdesk.gui.window.survey_part import SurveyPart  # it builds on this module

    yield from SurveyPart.attach(window).action_specs()
    from agentdesk.gui.kb_part import KnowledgeBasePart  # it builds on this module

    yield from KnowledgeBasePart.attach(window).action_specs()
    from agentdesk.gui.window.desk_lock import DeskLock  # it builds on this module

    yield from DeskLock.attach(window).action_specs()
    from agentdesk.gui.window.edit_menu import EditMenu  # it builds on this module

    yield from EditMenu.attach(window).action_specs()


# The pane's actions by their public names, so the window can name them (missing ones are skipped).
PANE_ACTIONS: dict[str, ActionId] = {
    "reply_action": ActionId.REPLY,
    "note_action": ActionId.NOTE,
    "canned_action": ActionId.CANNED_REPLY,
    "manage_replies_action": ActionId.MANAGE_REPLIES,
    "escalate_action": ActionId.ESCALATE,
    "return_action": ActionId.RETURN,
    "transfer_action": ActionId.TRANSFER,
    "take_action": ActionId.TAKE,
    "status_open_action": ActionId.STATUS,
    "priority_open_action": ActionId.PRIORITY,
    "assign_open_action": ActionId.ASSIGN,
    "assign_me_action": ActionId.ASSIGN_ME,
    "follow_up_open_action": ActionId.FOLLOW_UP,
    "tag_action": ActionId.TAG,
    "survey_action": ActionId.SURVEY,
    "coaching_action": ActionId.COACHING,
    "images_action": ActionId.REMOTE_IMAGES,
}
COMPOSER_ACTIONS: dict[str, ActionId] = {
    "send_action": ActionId.SEND,
    "send_waiting_action": ActionId.SEND_WAITING,
    "send_solve_action": ActionId.SEND_SOLVE,
}
# What the services refuse some roles, among the pane's actions (the review service's rule).
PANE_RULES: dict[ActionId, Rule] = {ActionId.COACHING: _refuse_coaching}
PANE_MENUS: dict[str, ActionId] = {
    "status_menu": ActionId.STATUS_MENU,
    "priority_menu": ActionId.PRIORITY_MENU,
    "assign_menu": ActionId.ASSIGN_MENU,
    "follow_up_menu": ActionId.FOLLOW_UP_MENU,
}


def adopt_pane_actions(registry: ActionRegistry, pane: ConversationPane) -> None:
    """The Conversation menu as the pane lists it (``actions_for_menu``, separators make the
    sections), each action under the id the window knows it by."""
    known: dict[int, ActionId] = {}
    for names, owner in ((PANE_ACTIONS, pane), (COMPOSER_ACTIONS, getattr(pane, "composer", None))):
        for name, action_id in names.items():
            found = getattr(owner, name, None)
            if isinstance(found, QAction):
                known[id(found)] = action_id
    for name, action_id in PANE_MENUS.items():
        menu = getattr(pane, name, None)
        if menu is not None and hasattr(menu, "menuAction"):
            known[id(menu.menuAction())] = action_id
    section = 0
    for action in pane.actions_for_menu():
        if action.isSeparator():
            section += 1
            continue
        action_id = known.get(id(action), ActionId.PANE)
        arg = "" if action_id is not ActionId.PANE else plain_text(action)
        registry.adopt(
            action_id, action, (Place(Menu.CONVERSATION, section),), arg, PANE_RULES.get(action_id)
        )


def exclusive(actions: Iterable[QAction], parent: QWidget) -> QActionGroup:
    """One of ``actions`` checked at a time (the views)."""
    group = QActionGroup(parent)
    for action in actions:
        action.setActionGroup(group)
    return group
