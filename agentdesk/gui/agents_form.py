# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Agents and teams" form (``forms/agents_teams.ui``): its widgets, and what its three tabs
share — the table set-up, finding and selecting rows by id, the agent form's draft.

The tabs' behaviour is in ``agents_page.py`` (agents) and ``teams_page.py`` (teams and tier
names); ``agents_dialog.py`` puts them together into the dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from agentdesk.gui.designer import child
from agentdesk.gui.labels import translate
from agentdesk.inbox.directory import Access, AgentRow, DirectoryService, TeamRow
from agentdesk.services import Services
from agentdesk.store.models import LANGUAGES, Role

FORM = "agents_teams.ui"
TIERS = (1, 2, 3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 26

AGENT_COLUMNS = ("name", "email", "role", "tiers", "teams", "language", "open", "status")
TEAM_COLUMNS = ("name", "agents", "open", "description")

Asker = Callable[[QMessageBox], QAbstractButton | None]


def role_label(role: str) -> str:
    names = {
        "agent": translate("AgentsTeamsDialog", "Agent"),
        "supervisor": translate("AgentsTeamsDialog", "Supervisor"),
        "admin": translate("AgentsTeamsDialog", "Admin"),
    }
    return names.get(role, role)


def ask_with_box(box: QMessageBox) -> QAbstractButton | None:
    box.exec()
    return box.clickedButton()


@dataclass(frozen=True)
class AgentDraft:
    """What the agent form shows, compared with what was loaded to tell unsaved changes."""

    name: str
    email: str
    role: str
    language: str
    tiers: tuple[int, ...]
    teams: frozenset[uuid.UUID]
    home: uuid.UUID | None

    @classmethod
    def of(cls, row: AgentRow | None, *, role: str = Role.AGENT.value) -> AgentDraft:
        """The form for ``row``; for a new agent (None) with ``role``, L1 and no team."""
        if row is None:
            return cls("", "", role, LANGUAGES[0], (1,), frozenset(), None)
        return cls(
            row.name,
            row.email,
            row.role,
            row.language,
            tuple(sorted(row.tiers)),
            frozenset(row.team_ids),
            row.home_team_id,
        )

    def normalized(self) -> AgentDraft:
        return AgentDraft(
            " ".join(self.name.split()),
            self.email.strip().lower(),
            self.role,
            self.language,
            self.tiers,
            self.teams,
            self.home,
        )


def table_item(text: str, *, tooltip: str = "", sort_value: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if sort_value is not None:
        item.setData(Qt.ItemDataRole.DisplayRole, sort_value)
    else:
        item.setText(text)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def plural(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).replace("%n", str(count))


class DirectoryForm(QDialog):
    """The dialog's widgets and shared state; the tabs add their behaviour (see the pages)."""

    changed = Signal()  # something was saved: the window refreshes lists and labels

    services: Services
    directory: DirectoryService
    modified: bool
    ask: Asker
    form: QWidget
    _agents: list[AgentRow]
    _teams: list[TeamRow]
    _agent_id: uuid.UUID | None  # the agent in the form; None: a new agent
    _agent_loaded: AgentDraft
    _team_id: uuid.UUID | None
    _team_loaded: tuple[str, str]
    _tiers_loaded: tuple[str, ...]
    _access: Access

    @property
    def read_only(self) -> bool:
        """Teams and tier names cannot be changed here (an agent at the desk)."""
        return not self._access.can_manage

    @property
    def agents_read_only(self) -> bool:
        """Agents cannot be changed here (anyone but an admin, once the workspace has one)."""
        return not self._access.can_manage_agents

    def _find_widgets(self) -> None:
        form = self.form
        self.banner = child(form, QLabel, "accessBanner")
        self.tabs = child(form, QTabWidget, "tabs")
        self.agents_tab = child(form, QWidget, "agentsTab")
        self.teams_tab = child(form, QWidget, "teamsTab")
        self.tiers_tab = child(form, QWidget, "tiersTab")
        self.buttons = child(form, QDialogButtonBox, "buttons")
        # agents
        self.agent_filter = child(form, QLineEdit, "agentFilter")
        self.show_inactive = child(form, QCheckBox, "showInactive")
        self.new_agent_button = child(form, QPushButton, "newAgentButton")
        self.agent_table = child(form, QTableWidget, "agentTable")
        self.agent_group = child(form, QGroupBox, "agentGroup")
        self.agent_name = child(form, QLineEdit, "agentName")
        self.agent_email = child(form, QLineEdit, "agentEmail")
        self.agent_role = child(form, QComboBox, "agentRole")
        self.agent_language = child(form, QComboBox, "agentLanguage")
        self.tier_checks = {t: child(form, QCheckBox, f"tier{t}Check") for t in TIERS}
        self.agent_teams = child(form, QListWidget, "agentTeams")
        self.home_team = child(form, QComboBox, "homeTeam")
        self.agent_status = child(form, QLabel, "agentStatus")
        self.agent_error = child(form, QLabel, "agentError")
        self.deactivate_button = child(form, QPushButton, "deactivateButton")
        self.reactivate_button = child(form, QPushButton, "reactivateButton")
        self.revert_agent_button = child(form, QPushButton, "revertAgentButton")
        self.save_agent_button = child(form, QPushButton, "saveAgentButton")
        # teams
        self.new_team_button = child(form, QPushButton, "newTeamButton")
        self.team_table = child(form, QTableWidget, "teamTable")
        self.team_group = child(form, QGroupBox, "teamGroup")
        self.team_name = child(form, QLineEdit, "teamName")
        self.team_description = child(form, QPlainTextEdit, "teamDescription")
        self.team_members = child(form, QLabel, "teamMembers")
        self.team_error = child(form, QLabel, "teamError")
        self.delete_team_button = child(form, QPushButton, "deleteTeamButton")
        self.revert_team_button = child(form, QPushButton, "revertTeamButton")
        self.save_team_button = child(form, QPushButton, "saveTeamButton")
        # tier names
        self.tier_edits = {t: child(form, QLineEdit, f"tier{t}Name") for t in TIERS}
        self.tier_error = child(form, QLabel, "tierError")
        self.restore_tiers_button = child(form, QPushButton, "restoreTierNamesButton")
        self.revert_tiers_button = child(form, QPushButton, "revertTierNamesButton")
        self.save_tiers_button = child(form, QPushButton, "saveTierNamesButton")

    @staticmethod
    def _setup_table(
        table: QTableWidget,
        headers: Sequence[str],
        *,
        widths: dict[str, int],
        columns: Sequence[str],
        stretch: Sequence[str],
    ) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, column in enumerate(columns):
            if column in stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(index, widths.get(column, 100))
        table.sortItems(0, Qt.SortOrder.AscendingOrder)

    @staticmethod
    def _row_id(table: QTableWidget, row: int) -> uuid.UUID | None:
        item = table.item(row, 0)
        data = item.data(ID_ROLE) if item is not None else None
        return uuid.UUID(hex=data) if isinstance(data, str) else None

    def _selected_id(self, table: QTableWidget) -> uuid.UUID | None:
        rows = table.selectionModel().selectedRows()
        return self._row_id(table, rows[0].row()) if rows else None

    def _select_row(self, table: QTableWidget, row_id: uuid.UUID | None) -> None:
        with QSignalBlocker(table):
            table.clearSelection()
            if row_id is None:
                return
            for row in range(table.rowCount()):
                if self._row_id(table, row) == row_id:
                    table.selectRow(row)
                    item = table.item(row, 0)
                    if item is not None:
                        table.scrollToItem(item)
                    return

    if TYPE_CHECKING:  # what one tab asks of another, or of the dialog

        def _reload(self, *, select_agent: uuid.UUID | None) -> None: ...
        def _team_names(self) -> dict[uuid.UUID, str]: ...
        def _saved(self) -> None: ...
        def _ask_unsaved(self, question: str) -> str: ...
        def _set_admin_choice(self) -> None: ...
        def _refresh_tier_texts(self) -> None: ...
        def _fill_agent_table(self) -> None: ...
        def _select_agent_row(self, agent_id: uuid.UUID | None) -> None: ...
