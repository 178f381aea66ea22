# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's actions, registered once: the menus and the shortcut overlay are built from the
registry, every key is listed, no key does two things, and what an agent may not do is not offered."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId, Menu, keys_text, plain_text
from agentdesk.gui.window.shortcuts_overlay import ShortcutsOverlay
from agentdesk.inbox.views import View
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@dataclass
class Team:
    store: Store
    clock: FixedClock
    sara: uuid.UUID  # supervisor
    ben: uuid.UUID  # agent, tier 1


@pytest.fixture
def team(store: Store, clock: FixedClock) -> Team:
    setup = build_services(store, clock)
    sara = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    ben = setup.directory.create_agent("Ben Holm", "ben@shop.test", tiers=[1])
    inbox = build_services(store, clock, sara).inbox
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    inbox.create_conversation(customer, "email", "Parcel missing", "Where is my parcel?")
    return Team(store, clock, sara, ben)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MakeWindow = Callable[[uuid.UUID], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, team: Team) -> MakeWindow:
    apply_theme(qapp)

    def make(agent_id: uuid.UUID) -> MainWindow:
        preferences = Preferences()
        preferences.last_view = View.ALL
        window = MainWindow(build_services(team.store, team.clock, agent_id), MessageBridge(), preferences)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        with qtbot.waitActive(window):  # single-letter keys need the active window, as on a desk
            window.show()
            window.activateWindow()
        return window

    return make


def test_every_key_is_in_the_overlay_and_question_mark_opens_it(
    qtbot: QtBot, make_window: MakeWindow, team: Team
) -> None:
    window = make_window(team.sara)
    registered = window.registry.with_shortcuts()
    # The keys the window is known for, each registered once.
    keys = {k.toString() for entry in registered for k in entry.action.shortcuts()}
    expected = {"J", "K", "R", "N", "E", "S", "P", "A", "F", "T", "Ctrl+K", "Ctrl+F", "F5", "Ctrl+N"}
    expected |= {"Ctrl+Shift+R", "Ctrl+Shift+D", "Ctrl+Return", "Ctrl+Shift+Return", "Ctrl+Alt+Return"}
    expected |= {f"Ctrl+{d}" for d in "1234567890"} | {f"Alt+{d}" for d in "01234567"}
    expected |= {"F1", "?"}
    assert expected <= keys

    qtbot.keyClick(window.list, Qt.Key.Key_Question)
    overlay = window.shortcuts_dialog
    assert isinstance(overlay, ShortcutsOverlay) and overlay.isVisible()
    for entry in registered:
        assert (plain_text(entry.action), keys_text(entry.action)) in overlay.rows
    assert len(overlay.rows) == len(registered)  # nothing listed twice, nothing made up
    overlay.reject()
    qtbot.waitUntil(lambda: window.shortcuts_dialog is None)

    window.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.list, Qt.Key.Key_F1)
    assert window.shortcuts_dialog is not None and window.shortcuts_dialog.isVisible()
    help_menu = window.menus[Menu.HELP]
    assert window.registry[ActionId.SHORTCUTS] in help_menu.actions()
    window.shortcuts_dialog.reject()


def test_no_key_does_two_things(make_window: MakeWindow, team: Team) -> None:
    window = make_window(team.sara)
    owners: dict[tuple[str, Qt.ShortcutContext], str] = {}
    for entry in window.registry.with_shortcuts():
        for key in entry.action.shortcuts():
            slot = (key.toString(), entry.action.shortcutContext())
            assert slot not in owners, f"{slot[0]}: {owners[slot]} and {plain_text(entry.action)}"
            owners[slot] = plain_text(entry.action)


def test_the_menus_are_built_from_the_registry(make_window: MakeWindow, team: Team) -> None:
    window = make_window(team.sara)
    registered = {id(entry.action) for entry in window.registry.entries()}
    channels = window.menus[Menu.CHANNELS]
    for menu in (window.menus[m] for m in (Menu.FILE, Menu.CONVERSATION, Menu.VIEW, Menu.HELP)):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is channels:
                continue
            assert id(action) in registered, f"{action.text()} is in {menu.title()} but not registered"
    listed = {id(a) for m in window.menus.values() for a in m.actions()}
    listed |= {id(a) for a in window.sync_button.menu().actions()}
    for entry in window.registry.entries():
        assert id(entry.action) in listed, f"{entry.action.text()} is registered but in no menu"
    # The sidebar shows the keys the registry gave the views, not a copy of them.
    assert window.view_actions[View.MY_OPEN].shortcut() == QKeySequence("Ctrl+1")
    row = window.sidebar.model.index(window.sidebar.model.row_of(View.MY_OPEN), 0)
    assert "Ctrl+1" in str(row.data(Qt.ItemDataRole.ToolTipRole))


def test_an_agent_is_not_offered_the_dashboard_or_the_sla_editor(
    qtbot: QtBot, make_window: MakeWindow, team: Team
) -> None:
    window = make_window(team.ben)
    sla, dashboard, agents = (
        window.registry[i] for i in (ActionId.SLA_EDITOR, ActionId.DASHBOARD, ActionId.AGENTS)
    )
    assert not sla.isEnabled() and "supervisors and admins" in sla.toolTip()
    assert not dashboard.isEnabled() and "supervisors and admins" in dashboard.toolTip()
    assert not window.top_bar.dashboard.isVisibleTo(window)
    # Agents and teams stays offered: agents read it, and the menu says they cannot change it.
    assert agents.isEnabled() and "Read-only" in agents.toolTip()
    window.menus[Menu.CONVERSATION].aboutToShow.emit()  # the pane enabled its actions for #1
    coaching = window.registry[ActionId.COACHING]
    assert not coaching.isEnabled() and "supervisors and admins" in coaching.toolTip()

    qtbot.keyClick(
        window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.work_stack.currentWidget() is window.splitter  # Ctrl+Shift+D does nothing for Ben
    assert window.open_sla_editor() is None  # asked anyway: the refusal is said, nothing opens
    assert "supervisors and admins" in window.message_bar.text.text()

    # Ben is made a supervisor: the next time a menu opens, it offers what he may now do.
    with team.store.write() as session:
        ben = session.get(Agent, team.ben)
        assert ben is not None
        ben.role = "supervisor"
    window.menus[Menu.FILE].aboutToShow.emit()
    assert sla.isEnabled() and dashboard.isEnabled() and "Read-only" not in agents.toolTip()
    assert window.top_bar.dashboard.isVisibleTo(window)
    qtbot.keyClick(
        window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.work_stack.currentWidget() is window.dashboard


def test_a_supervisor_is_offered_everything(make_window: MakeWindow, team: Team) -> None:
    window = make_window(team.sara)
    for action_id in (ActionId.SLA_EDITOR, ActionId.DASHBOARD, ActionId.AGENTS, ActionId.SETTINGS):
        assert window.registry[action_id].isEnabled()
        assert window.registry.refusal(action_id) is None
    # Without a team server, sync's own actions say why they wait.
    assert not window.registry[ActionId.SYNC_NOW].isEnabled()
    assert "team server" in window.registry[ActionId.SYNC_NOW].toolTip()
    # Esc clears a search only while results are shown.
    assert not window.registry[ActionId.CLEAR_SEARCH].isEnabled()
