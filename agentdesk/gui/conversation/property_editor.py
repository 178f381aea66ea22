# SPDX-License-Identifier: GPL-3.0-or-later
"""Changing the conversation's properties: the menus behind the property buttons and their keys.

S, P, A and F open the status, priority, assignee and follow-up menus under their buttons (under
"More" when the button did not fit), with the current value active, so arrows and Enter choose;
T opens the tag box. Every choice is one change through ``PaneContext.act``: the pane shows the
conversation again, or the strip says why the service refused.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, labels
from agentdesk.gui.conversation.context import PaneContext, pane_action
from agentdesk.gui.conversation.properties import PropertiesPanel
from agentdesk.gui.follow_up import FollowUpMenu
from agentdesk.inbox.queries import ConversationDetail

SETTABLE_STATUSES = ("open", "pending", "on_hold", "solved", "closed")
PRIORITIES = ("low", "normal", "high", "urgent")


class PropertyEditor(QObject):
    """The status, priority, assignee, follow-up and tag menus and actions of one pane."""

    def __init__(
        self,
        context: PaneContext,
        host: QWidget,
        panel: PropertiesPanel,
        take: Callable[[], bool],
    ) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.panel = panel
        self._take = take  # "Assign to me" is taking (the hand-over part's, with its tier rules)
        services = context.services

        self.status_menu = QMenu(self.tr("&Status"), host)
        self.status_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for status in SETTABLE_STATUSES:
            action = QAction(labels.status_label(status), host)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_menu.addAction(action)
            self.status_actions[status] = action
        self.priority_menu = QMenu(self.tr("&Priority"), host)
        self.priority_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for priority in reversed(PRIORITIES):
            action = QAction(icons.priority_icon(priority), labels.priority_label(priority), host)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, p=priority: self.set_priority(p))
            self.priority_menu.addAction(action)
            self.priority_actions[priority] = action
        self.assign_menu = QMenu(self.tr("&Assignee"), host)
        self.assign_me_action = QAction(
            icons.icon("mdi6.account-arrow-left-outline"), self.tr("Assign to &me"), host
        )
        self.assign_me_action.triggered.connect(lambda: self.assign(services.agent_id))
        self.unassign_action = QAction(self.tr("&Unassign"), host)
        self.unassign_action.triggered.connect(lambda: self.assign(None))
        self.assign_menu.aboutToShow.connect(self._fill_assign_menu)
        self.assign_menu.addAction(self.assign_me_action)
        self.assign_menu.addAction(self.unassign_action)
        self.follow_up_menu = FollowUpMenu(services.clock.now, self.set_follow_up, host)

        panel.status_button.setMenu(self.status_menu)
        panel.priority_button.setMenu(self.priority_menu)
        panel.assignee_button.setMenu(self.assign_menu)
        panel.follow_up_button.setMenu(self.follow_up_menu)
        panel.add_tag_button.clicked.connect(self.start_tagging)
        panel.tag_entered.connect(self._add_typed_tag)

        self.status_open_action = self._action(
            self.tr("Change s&tatus…"), lambda: self._popup(self.status_menu, panel.status_button), "S"
        )
        self.priority_open_action = self._action(
            self.tr("Change &priority…"), lambda: self._popup(self.priority_menu, panel.priority_button), "P"
        )
        self.assign_open_action = self._action(
            self.tr("&Assign…"), lambda: self._popup(self.assign_menu, panel.assignee_button), "A"
        )
        self.follow_up_open_action = self._action(
            self.tr("&Follow up…"),
            lambda: self._popup(self.follow_up_menu, panel.follow_up_button),
            "F",
            "mdi6.bell-outline",
        )
        self.tag_action = self._action(self.tr("Add &tag…"), self.start_tagging, "T", "mdi6.tag-outline")
        self.status_menu.menuAction().setIcon(icons.icon("mdi6.circle-half-full"))
        self.priority_menu.menuAction().setIcon(icons.icon("mdi6.chevron-double-up"))
        self.assign_menu.menuAction().setIcon(icons.icon("mdi6.account-outline"))
        self.follow_up_menu.menuAction().setIcon(icons.icon("mdi6.bell-outline"))

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, icon: str | None = None
    ) -> QAction:
        return pane_action(self.host, text, slot, icon, shortcut)

    def actions(self) -> list[QAction]:
        """The actions that act on the open conversation (enabled only while one is open)."""
        return [
            self.status_open_action,
            self.priority_open_action,
            self.assign_open_action,
            self.assign_me_action,
            self.unassign_action,
            self.follow_up_open_action,
            self.tag_action,
            self.status_menu.menuAction(),
            self.priority_menu.menuAction(),
            self.assign_menu.menuAction(),
            self.follow_up_menu.menuAction(),
        ]

    # -- showing ---------------------------------------------------------------------------------

    def show(self, detail: ConversationDetail) -> None:
        """The menus' checks and the tag chips' menus for ``detail`` (the panel shows the values)."""
        for status, action in self.status_actions.items():
            action.setChecked(status == detail.status)
            action.setEnabled(status != "closed" or detail.status in ("solved", "closed"))
        for priority, action in self.priority_actions.items():
            action.setChecked(priority == detail.priority)
        for action in self.actions():
            action.setEnabled(True)
        self._update_assign_actions()
        self.follow_up_menu.current = detail.follow_up_at
        self.follow_up_menu.refresh()
        self._bind_tag_chips()

    def tick(self, now: dt.datetime) -> None:
        """The follow-up mark at this second (due turns it amber)."""
        detail = self.context.detail
        if detail is not None and detail.follow_up_at is not None:
            self.panel.show_follow_up(detail.follow_up_at, now)

    def _bind_tag_chips(self) -> None:
        for chip in self.panel.tag_chips:
            if chip.menu() is not None:
                continue
            tag = chip.text()
            menu = QMenu(chip)
            remove = menu.addAction(icons.icon("mdi6.close"), self.tr("Remove tag “%1”").replace("%1", tag))
            remove.triggered.connect(lambda _checked=False, t=tag: self.remove_tag(t))
            chip.setMenu(menu)

    def _popup(self, menu: QMenu, button: QToolButton) -> None:
        """Open ``menu`` under its button (or under "More", when the button did not fit) without
        blocking: the keyboard goes to the menu, at the current value."""
        if self.context.detail is None:
            return
        checked = next((a for a in menu.actions() if a.isChecked()), None)
        if checked is not None:
            menu.setActiveAction(checked)
        anchor: QWidget = button if button.isVisible() else self.panel.row.more_button
        if not anchor.isVisible():
            anchor = self.panel
        menu.popup(anchor.mapToGlobal(QPoint(0, anchor.height())))

    def _fill_assign_menu(self) -> None:
        """The agents who can take conversations, read when the menu opens (they change rarely,
        but a colleague added today should be there)."""
        menu = self.assign_menu
        menu.clear()
        menu.addAction(self.assign_me_action)
        menu.addSeparator()
        detail = self.context.detail
        current = detail.assignee_id if detail is not None else None
        try:
            agents = self.context.services.directory.active_agents()
        except AgentDeskError as exc:
            agents = []
            self.context.say(exc.message, "error")
        for agent in agents:
            text = agent.name if agent.team_name is None else f"{agent.name}  ·  {agent.team_name}"
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(agent.id == current)
            action.setData(agent.id)
            action.triggered.connect(lambda _checked=False, agent_id=agent.id: self.assign(agent_id))
        menu.addSeparator()
        menu.addAction(self.unassign_action)
        self._update_assign_actions()

    def _update_assign_actions(self) -> None:
        detail = self.context.detail
        current = detail.assignee_id if detail is not None else None
        me = self.context.services.agent_id
        self.assign_me_action.setEnabled(detail is not None and me is not None and current != me)
        self.unassign_action.setEnabled(current is not None)

    # -- changing --------------------------------------------------------------------------------

    def set_status(self, status: str) -> bool:
        return self.context.act(lambda cid: self.context.services.inbox.set_status(cid, status))

    def set_priority(self, priority: str) -> bool:
        return self.context.act(lambda cid: self.context.services.inbox.set_priority(cid, priority))

    def assign(self, agent_id: uuid.UUID | None) -> bool:
        if agent_id is not None and agent_id == self.context.services.agent_id:
            return self._take()  # taking is allowed only in the tiers the agent works
        return self.context.act(lambda cid: self.context.services.inbox.assign(cid, agent_id))

    def set_follow_up(self, at: dt.datetime | None) -> bool:
        return self.context.act(lambda cid: self.context.services.inbox.set_follow_up(cid, at))

    def add_tag(self, tag: str) -> bool:
        return self.context.act(lambda cid: self.context.services.inbox.tag(cid, add=[tag]))

    def remove_tag(self, tag: str) -> bool:
        return self.context.act(lambda cid: self.context.services.inbox.tag(cid, remove=[tag]))

    def start_tagging(self) -> None:
        if self.context.detail is not None:
            self.panel.start_tagging()

    def _add_typed_tag(self, tag: str) -> None:
        if tag and self.add_tag(tag):
            self.panel.tag_added()
