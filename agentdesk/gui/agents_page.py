# SPDX-License-Identifier: GPL-3.0-or-later
"""The Agents tab of "Agents and teams": the agent list with its filter, the agent form (role,
tiers, teams, home team, language), saving it, and deactivating or reactivating an agent."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.gui.agents_form import (
    AGENT_COLUMNS,
    ID_ROLE,
    AgentDraft,
    DirectoryForm,
    plural,
    role_label,
    table_item,
)
from agentdesk.inbox.directory import AgentRow
from agentdesk.store.models import Role

if TYPE_CHECKING:
    _Page = DirectoryForm
else:
    _Page = object


class AgentsPage(_Page):
    """Mixed into ``AgentsTeamsDialog``: the agent list and form."""

    def _fill_agent_table(self) -> None:
        table = self.agent_table
        blocker = QSignalBlocker(table)
        table.setSortingEnabled(False)
        table.setRowCount(len(self._agents))
        names = self._team_names()
        for row, agent in enumerate(self._agents):
            teams = [names[t] for t in agent.team_ids if t in names]
            home = names.get(agent.home_team_id) if agent.home_team_id else None
            team_tip = ""
            if home:
                others = [n for n in teams if n != home]
                team_tip = labels.translate("AgentsPage", "Home team: %1").replace("%1", home)
                if others:
                    team_tip += "\n" + labels.translate("AgentsPage", "Also works in: %1").replace(
                        "%1", ", ".join(others)
                    )
            tier_text = " ".join(labels.tier_label(t) for t in agent.tiers)
            tier_tip = "\n".join(labels.tier_choice(t) for t in agent.tiers)
            status = (
                labels.translate("AgentsPage", "Active")
                if agent.active
                else labels.translate("AgentsPage", "Deactivated")
            )
            cells = {
                "name": table_item(
                    agent.name
                    + (
                        " " + labels.translate("AgentsPage", "(you)")
                        if agent.id == self.services.agent_id
                        else ""
                    ),
                    tooltip=agent.name,
                ),
                "email": table_item(agent.email, tooltip=agent.email),
                "role": table_item(role_label(agent.role)),
                "tiers": table_item(tier_text, tooltip=tier_tip),
                "teams": table_item(" · ".join(teams), tooltip=team_tip),
                "language": table_item(labels.language_label(agent.language)),
                "open": table_item("", sort_value=agent.open_conversations),
                "status": table_item(status),
            }
            cells["name"].setData(ID_ROLE, agent.id.hex)
            for column, cell in cells.items():
                if not agent.active:
                    cell.setForeground(Qt.GlobalColor.gray)
                    font = cell.font()
                    font.setItalic(True)
                    cell.setFont(font)
                table.setItem(row, AGENT_COLUMNS.index(column), cell)
        table.setSortingEnabled(True)
        del blocker
        self._filter_agents()

    def _fill_team_choices(self, ticked: frozenset[uuid.UUID], home: uuid.UUID | None) -> None:
        """The checkable team list and the home-team box for the agent form."""
        with QSignalBlocker(self.agent_teams):
            self.agent_teams.clear()
            for team in self._teams:
                item = QListWidgetItem(team.name)
                item.setData(ID_ROLE, team.id.hex)
                item.setToolTip(team.description)
                item.setCheckState(Qt.CheckState.Checked if team.id in ticked else Qt.CheckState.Unchecked)
                self.agent_teams.addItem(item)
            if not self._teams:
                hint = QListWidgetItem(
                    labels.translate("AgentsPage", "No teams yet: add them on the Teams tab.")
                )
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                self.agent_teams.addItem(hint)
        self._set_team_flags()
        self._fill_home_choices(home)

    def _set_team_flags(self) -> None:
        editable = self._access.can_manage_agents
        with QSignalBlocker(self.agent_teams):
            for index in range(self.agent_teams.count()):
                item = self.agent_teams.item(index)
                if item.data(ID_ROLE) is None:
                    continue
                flags = Qt.ItemFlag.ItemIsEnabled
                if editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags)

    def _fill_home_choices(self, home: uuid.UUID | None) -> None:
        ticked = self._ticked_teams()
        names = self._team_names()
        with QSignalBlocker(self.home_team):
            self.home_team.clear()
            self.home_team.addItem(labels.translate("AgentsPage", "No home team"), "")
            for team in self._teams:
                if team.id in ticked:
                    self.home_team.addItem(names[team.id], team.id.hex)
            index = self.home_team.findData(home.hex) if home is not None and home in ticked else 0
            self.home_team.setCurrentIndex(max(0, index))
        self.home_team.setEnabled(self._access.can_manage_agents and bool(ticked))

    def _ticked_teams(self) -> list[uuid.UUID]:
        found: list[uuid.UUID] = []
        for index in range(self.agent_teams.count()):
            item = self.agent_teams.item(index)
            data = item.data(ID_ROLE)
            if isinstance(data, str) and item.checkState() == Qt.CheckState.Checked:
                found.append(uuid.UUID(hex=data))
        return found

    def _home_choice(self) -> uuid.UUID | None:
        data = self.home_team.currentData()
        return uuid.UUID(hex=data) if isinstance(data, str) and data else None

    def _refresh_tier_texts(self) -> None:
        for tier, check in self.tier_checks.items():
            check.setText(labels.tier_choice(tier))

    def _select_agent_row(self, agent_id: uuid.UUID | None) -> None:
        self._select_row(self.agent_table, agent_id)

    def _first_visible_agent(self) -> uuid.UUID | None:
        for row in range(self.agent_table.rowCount()):
            if not self.agent_table.isRowHidden(row):
                return self._row_id(self.agent_table, row)
        return None

    def _select_agent(self, agent_id: uuid.UUID) -> None:
        """Show ``agent_id`` in the form (no question asked: callers resolved unsaved changes)."""
        self._select_agent_row(agent_id)
        row = next((a for a in self._agents if a.id == agent_id), None)
        self._load_agent(row)

    def _agent_row_chosen(self) -> None:
        chosen = self._selected_id(self.agent_table)
        if chosen is None or chosen == self._agent_id:
            return
        if not self._settle_agent():
            self._select_agent_row(self._agent_id)
            return
        self._select_agent(chosen)

    def _filter_agents(self) -> None:
        words = self.agent_filter.text().casefold().split()
        show_inactive = self.show_inactive.isChecked()
        for row in range(self.agent_table.rowCount()):
            agent_id = self._row_id(self.agent_table, row)
            agent = next((a for a in self._agents if a.id == agent_id), None)
            if agent is None:
                continue
            cells = (self.agent_table.item(row, column) for column in range(self.agent_table.columnCount()))
            texts = [cell.text() for cell in cells if cell is not None]
            haystack = " ".join([*texts, agent.role]).casefold()
            visible = (show_inactive or agent.active or agent.id == self._agent_id) and all(
                word in haystack for word in words
            )
            self.agent_table.setRowHidden(row, not visible)

    def _agent_draft(self) -> AgentDraft:
        teams = frozenset(self._ticked_teams())
        return AgentDraft(
            self.agent_name.text(),
            self.agent_email.text(),
            str(self.agent_role.currentData()),
            str(self.agent_language.currentData()),
            tuple(t for t, check in self.tier_checks.items() if check.isChecked()),
            teams,
            self._home_choice(),
        )

    def agent_unsaved(self) -> bool:
        if self.agents_read_only:
            return False
        return self._agent_draft().normalized() != self._agent_loaded.normalized()

    def _load_agent(self, row: AgentRow | None) -> None:
        self._agent_id = row.id if row is not None else None
        # The first agent of an empty workspace is offered as its admin.
        self._agent_loaded = AgentDraft.of(row, role=Role.AGENT.value if self._agents else Role.ADMIN.value)
        draft = self._agent_loaded
        widgets: list[QWidget] = [
            self.agent_name,
            self.agent_email,
            self.agent_role,
            self.agent_language,
            *self.tier_checks.values(),
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.agent_name.setText(draft.name)
        self.agent_email.setText(draft.email)
        self.agent_role.setCurrentIndex(max(0, self.agent_role.findData(draft.role)))
        self.agent_language.setCurrentIndex(max(0, self.agent_language.findData(draft.language)))
        for tier, check in self.tier_checks.items():
            check.setChecked(tier in draft.tiers)
        del blockers
        self._fill_team_choices(draft.teams, draft.home)
        self._show_agent_error("")
        if row is None:
            self.agent_group.setTitle(labels.translate("AgentsPage", "New agent"))
        else:
            self.agent_group.setTitle(labels.translate("AgentsPage", "Agent: %1").replace("%1", row.name))
        self._show_agent_buttons()
        self._set_admin_choice()
        self._filter_agents()

    def _current_agent_row(self) -> AgentRow | None:
        return next((a for a in self._agents if a.id == self._agent_id), None)

    def _show_agent_buttons(self) -> None:
        row = self._current_agent_row()
        editable = self._access.can_manage_agents
        is_me = row is not None and row.id == self.services.agent_id
        self.deactivate_button.setVisible(editable and row is not None and row.active)
        self.reactivate_button.setVisible(editable and row is not None and not row.active)
        admin_only = row is not None and row.role == Role.ADMIN and not self._access.can_grant_admin
        self.deactivate_button.setEnabled(not is_me and not admin_only)
        self.reactivate_button.setEnabled(not admin_only)
        if is_me:
            tip = labels.translate("AgentsPage", "You cannot deactivate yourself; ask another admin.")
        elif admin_only:
            tip = labels.translate("AgentsPage", "Only an admin can deactivate or reactivate an admin.")
        else:
            tip = labels.translate(
                "AgentsPage", "The agent keeps their history but can no longer take conversations."
            )
        self.deactivate_button.setToolTip(tip)
        self.save_agent_button.setText(
            labels.translate("AgentsPage", "&Add agent")
            if row is None
            else labels.translate("AgentsPage", "&Save agent")
        )
        if row is None:
            status = (
                labels.translate("AgentsPage", "Fill in the form and press Add agent.")
                if editable
                else labels.translate("AgentsPage", "Nobody works here yet.")
            )
        elif row.active:
            status = (
                labels.translate("AgentsPage", "Active") + " · " + self._open_text(row.open_conversations)
            )
        else:
            status = labels.translate(
                "AgentsPage", "Deactivated: keeps their history, takes no conversations."
            )
            if row.open_conversations:
                status += " " + self._open_text(row.open_conversations) + "."
        self.agent_status.setText(status)

    def _open_text(self, count: int) -> str:
        if count == 0:
            return labels.translate("AgentsPage", "no open conversations")
        return plural(
            count,
            labels.translate("AgentsPage", "1 open conversation"),
            labels.translate("AgentsPage", "%n open conversations"),
        )

    def _agent_edited(self) -> None:
        self._show_agent_error("")

    def _teams_ticked(self, item: QListWidgetItem) -> None:
        """Keep the home-team box in step with the ticked teams; the first team ticked becomes the
        home team when there is none yet."""
        home = self._home_choice()
        ticked = self._ticked_teams()
        if home not in ticked:
            home = None
        data = item.data(ID_ROLE)
        if home is None and isinstance(data, str) and item.checkState() == Qt.CheckState.Checked:
            home = uuid.UUID(hex=data)
        self._fill_home_choices(home)
        self._agent_edited()

    def _show_agent_error(self, text: str) -> None:
        self.agent_error.setText(text)
        self.agent_error.setVisible(bool(text))

    def _save_agent(self) -> bool:
        """Write the agent form; whether it was saved (an error is shown under the form)."""
        if self.agents_read_only:
            return False
        draft = self._agent_draft()
        actor = self.services.agent_id
        try:
            if self._agent_id is None:
                agent_id = self.directory.create_agent(
                    draft.name,
                    draft.email,
                    role=draft.role,
                    tiers=draft.tiers,
                    team_id=draft.home,
                    team_ids=sorted(draft.teams, key=lambda t: self._team_names().get(t, "")),
                    language=draft.language,
                    actor_id=actor,
                )
            else:
                agent_id = self._agent_id
                self.directory.update_agent(
                    actor,
                    agent_id,
                    name=draft.name,
                    email=draft.email,
                    role=draft.role,
                    tiers=draft.tiers,
                    team_ids=sorted(draft.teams, key=lambda t: self._team_names().get(t, "")),
                    home_team_id=draft.home,
                    language=draft.language,
                )
        except AgentDeskError as exc:
            self._show_agent_error(str(exc))
            return False
        took_desk = False
        if self.services.agent_id is None:
            # Nobody worked at this desk (a workspace being set up): the first agent added does,
            # so that what they do next is recorded as theirs. Signing in changes it.
            self.services.set_agent(agent_id)
            took_desk = True
        self._saved()
        self._reload(select_agent=agent_id)
        self._select_agent(agent_id)
        if took_desk:
            self.agent_status.setText(
                labels.translate(
                    "AgentsPage", "%1 now works at this desk; File → Switch agent… changes who does."
                ).replace("%1", draft.name.strip())
            )
        return True

    def _revert_agent(self) -> None:
        self._load_agent(self._current_agent_row())

    def _new_agent(self, *, ask: bool) -> None:
        if ask and not self._settle_agent():
            return
        self._select_agent_row(None)
        self._load_agent(None)
        if self._access.can_manage_agents:
            self.agent_name.setFocus()

    def _settle_agent(self) -> bool:
        """Unsaved changes in the agent form are saved or dropped as the user says; False: stay."""
        if not self.agent_unsaved():
            return True
        who = self._agent_loaded.name or labels.translate("AgentsPage", "the new agent")
        answer = self._ask_unsaved(
            labels.translate("AgentsPage", "Save the changes to %1?").replace("%1", who)
        )
        if answer == "save":
            return self._save_agent()
        return answer == "discard"

    def _deactivate(self) -> None:
        row = self._current_agent_row()
        if row is None or self.agents_read_only or not self._settle_agent():
            return
        try:
            count = self.directory.open_conversation_count(row.id)
        except AgentDeskError as exc:
            self._show_agent_error(str(exc))
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(labels.translate("AgentsPage", "Deactivate agent"))
        to_queue: QPushButton | None = None
        if count:
            box.setText(
                plural(
                    count,
                    labels.translate("AgentsPage", "%1 still holds 1 open conversation."),
                    labels.translate("AgentsPage", "%1 still holds %n open conversations."),
                ).replace("%1", row.name)
            )
            box.setInformativeText(
                labels.translate(
                    "AgentsPage",
                    "Deactivated agents keep their history but take no more conversations. Put their open "
                    "conversations back in the queue so that colleagues pick them up, or keep them assigned "
                    "and reassign them yourself.",
                )
            )
            to_queue = box.addButton(
                labels.translate("AgentsPage", "Deactivate and return to queue"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            keep = box.addButton(
                labels.translate("AgentsPage", "Deactivate, keep assigned"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.setDefaultButton(to_queue)
        else:
            box.setText(labels.translate("AgentsPage", "Deactivate %1?").replace("%1", row.name))
            box.setInformativeText(
                labels.translate(
                    "AgentsPage",
                    "They keep their history and can be reactivated at any time; they take no conversations.",
                )
            )
            keep = box.addButton(
                labels.translate("AgentsPage", "Deactivate"), QMessageBox.ButtonRole.AcceptRole
            )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(cancel)
        answer = self.ask(box)
        if answer not in (to_queue, keep) or answer is None:
            return
        try:
            returned = self.directory.deactivate_agent(
                self.services.agent_id, row.id, return_to_queue=answer is to_queue
            )
        except AgentDeskError as exc:
            self._show_agent_error(str(exc))
            return
        self._saved()
        self.show_inactive.setChecked(True)  # keep the agent in sight, now greyed out
        self._reload(select_agent=row.id)
        self._select_agent(row.id)
        if returned:
            self.agent_status.setText(
                self.agent_status.text()
                + " "
                + plural(
                    returned,
                    labels.translate("AgentsPage", "1 conversation went back to the queue."),
                    labels.translate("AgentsPage", "%n conversations went back to the queue."),
                )
            )

    def _reactivate(self) -> None:
        row = self._current_agent_row()
        if row is None or self.agents_read_only or not self._settle_agent():
            return
        try:
            self.directory.reactivate_agent(self.services.agent_id, row.id)
        except AgentDeskError as exc:
            self._show_agent_error(str(exc))
            return
        self._saved()
        self._reload(select_agent=row.id)
        self._select_agent(row.id)
