# SPDX-License-Identifier: GPL-3.0-or-later
"""The Teams and Tier names tabs of "Agents and teams": the team list and form, and the names
of the three tiers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QMessageBox,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.gui.agents_form import (
    ID_ROLE,
    TIERS,
    DirectoryForm,
    plural,
    table_item,
)
from agentdesk.inbox.directory import DEFAULT_TIER_NAMES, TeamRow

if TYPE_CHECKING:
    _Page = DirectoryForm
else:
    _Page = object


class TeamsPage(_Page):
    """Mixed into ``AgentsTeamsDialog``: the team list and form."""

    def _fill_team_table(self) -> None:
        table = self.team_table
        blocker = QSignalBlocker(table)
        table.setSortingEnabled(False)
        table.setRowCount(len(self._teams))
        for row, team in enumerate(self._teams):
            description = " ".join(team.description.split())
            cells = [
                table_item(team.name, tooltip=team.name),
                table_item("", sort_value=team.agents),
                table_item("", sort_value=team.open_conversations),
                table_item(description, tooltip=team.description),
            ]
            cells[0].setData(ID_ROLE, team.id.hex)
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.setSortingEnabled(True)
        del blocker
        if self._team_id is not None:
            self._select_row(self.team_table, self._team_id)

    def _select_team(self, team_id: uuid.UUID) -> None:
        self._select_row(self.team_table, team_id)
        row = next((t for t in self._teams if t.id == team_id), None)
        self._load_team(row)

    def _team_row_chosen(self) -> None:
        chosen = self._selected_id(self.team_table)
        if chosen is None or chosen == self._team_id:
            return
        if not self._settle_team():
            self._select_row(self.team_table, self._team_id)
            return
        self._select_team(chosen)

    def team_unsaved(self) -> bool:
        if self.read_only:
            return False
        current = (" ".join(self.team_name.text().split()), self.team_description.toPlainText().strip())
        return current != self._team_loaded

    def _load_team(self, row: TeamRow | None) -> None:
        self._team_id = row.id if row is not None else None
        name, description = (row.name, row.description) if row is not None else ("", "")
        self._team_loaded = (" ".join(name.split()), description.strip())
        with QSignalBlocker(self.team_name), QSignalBlocker(self.team_description):
            self.team_name.setText(name)
            self.team_description.setPlainText(description)
        self._show_team_error("")
        self.team_group.setTitle(
            labels.translate("TeamsPage", "Team: %1").replace("%1", name)
            if row
            else labels.translate("TeamsPage", "New team")
        )
        self.save_team_button.setText(
            labels.translate("TeamsPage", "&Add team")
            if row is None
            else labels.translate("TeamsPage", "&Save team")
        )
        self.delete_team_button.setVisible(self._access.can_manage and row is not None)
        if row is None:
            self.team_members.setText(
                labels.translate("TeamsPage", "Tick the team for agents on the Agents tab once it is added.")
            )
            return
        members = [a for a in self._agents if a.active and row.id in a.team_ids]
        if not members:
            text = labels.translate("TeamsPage", "Nobody works in this team yet.")
        else:
            parts = [
                a.name
                + ("\u00a0" + labels.translate("TeamsPage", "(home)") if a.home_team_id == row.id else "")
                for a in members
            ]
            text = ", ".join(parts)
        if row.open_conversations:
            text += "\n" + plural(
                row.open_conversations,
                labels.translate("TeamsPage", "1 open conversation is routed to it."),
                labels.translate("TeamsPage", "%n open conversations are routed to it."),
            )
        self.team_members.setText(text)

    def _team_edited(self) -> None:
        self._show_team_error("")

    def _show_team_error(self, text: str) -> None:
        self.team_error.setText(text)
        self.team_error.setVisible(bool(text))

    def _save_team(self) -> bool:
        if self.read_only:
            return False
        name = self.team_name.text()
        description = self.team_description.toPlainText()
        try:
            if self._team_id is None:
                team_id = self.directory.create_team(name, description, actor_id=self.services.agent_id)
            else:
                team_id = self._team_id
                self.directory.update_team(
                    self.services.agent_id, team_id, name=name, description=description
                )
        except AgentDeskError as exc:
            self._show_team_error(str(exc))
            return False
        self._saved()
        self._team_id = team_id
        self._reload(select_agent=self._agent_id)
        self._select_team(team_id)
        return True

    def _revert_team(self) -> None:
        self._load_team(next((t for t in self._teams if t.id == self._team_id), None))

    def _new_team(self, *, ask: bool) -> None:
        if ask and not self._settle_team():
            return
        self._select_row(self.team_table, None)
        self._load_team(None)
        if self._access.can_manage:
            self.team_name.setFocus()

    def _settle_team(self) -> bool:
        if not self.team_unsaved():
            return True
        which = self._team_loaded[0] or labels.translate("TeamsPage", "the new team")
        answer = self._ask_unsaved(
            labels.translate("TeamsPage", "Save the changes to %1?").replace("%1", which)
        )
        if answer == "save":
            return self._save_team()
        return answer == "discard"

    def _delete_team(self) -> None:
        row = next((t for t in self._teams if t.id == self._team_id), None)
        if row is None or self.read_only:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(labels.translate("TeamsPage", "Delete team"))
        box.setText(labels.translate("TeamsPage", "Delete the team %1?").replace("%1", row.name))
        box.setInformativeText(
            labels.translate(
                "TeamsPage",
                "Solved conversations keep showing it. Adding a team of the same name later brings it back.",
            )
        )
        delete = box.addButton(
            labels.translate("TeamsPage", "Delete team"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        if self.ask(box) is not delete:
            return
        try:
            self.directory.delete_team(self.services.agent_id, row.id)
        except AgentDeskError as exc:
            self._show_team_error(str(exc))
            return
        self._saved()
        self._team_id = None
        self._reload(select_agent=self._agent_id)
        if self._teams:
            self._select_team(self._teams[0].id)
        else:
            self._new_team(ask=False)


class TierNamesPage(_Page):
    """Mixed into ``AgentsTeamsDialog``: the tiers' names."""

    @staticmethod
    def _shown_tier_names(names: Sequence[str]) -> tuple[str, ...]:
        """Stored names, with a name left at its default shown in the interface's language."""
        return tuple(
            labels.default_tier_name(tier) if name == DEFAULT_TIER_NAMES[tier - 1] else name
            for tier, name in zip(TIERS, names, strict=True)
        )

    def _tier_draft(self) -> tuple[str, ...]:
        return tuple(" ".join(self.tier_edits[t].text().split()) for t in TIERS)

    def tiers_unsaved(self) -> bool:
        return not self.read_only and self._tier_draft() != self._tiers_loaded

    def _load_tier_names(self, names: Sequence[str]) -> None:
        for tier, name in zip(TIERS, names, strict=True):
            self.tier_edits[tier].setText(name)
        self._show_tier_error("")

    def _restore_tier_names(self) -> None:
        self._load_tier_names([labels.default_tier_name(t) for t in TIERS])

    def _tiers_edited(self) -> None:
        self._show_tier_error("")

    def _show_tier_error(self, text: str) -> None:
        self.tier_error.setText(text)
        self.tier_error.setVisible(bool(text))

    def _save_tier_names(self) -> bool:
        if self.read_only:
            return False
        try:
            names = self.directory.set_tier_names(self.services.agent_id, self._tier_draft())
        except AgentDeskError as exc:
            self._show_tier_error(str(exc))
            return False
        labels.set_tier_names(names)
        self._tiers_loaded = self._shown_tier_names(names)
        self._load_tier_names(self._tiers_loaded)
        self._refresh_tier_texts()
        self._fill_agent_table()
        self._select_agent_row(self._agent_id)
        self._saved()
        return True
