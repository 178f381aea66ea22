# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Agents and teams" dialog: who works here, in which tiers and teams, and the tier names.

The form is a Qt Designer file (``forms/agents_teams.ui``) with three tabs. Each record is saved on
its own, the way help-desk admin pages do it: an agent with "Save agent", a team with "Save team",
the tier names with "Save tier names" (Ctrl+S saves what the current tab shows). Every change goes
through ``DirectoryService`` with the agent at the desk as the actor, so the permission rules are
the service's; a refusal or a mistake is shown in red under the form it concerns, in the service's
own sentence, and what was typed stays. Leaving a form with unsaved changes (another row, Close,
Esc) asks whether to save them.

Agents at the desk who are not supervisors or admins get the same dialog read-only, with a banner
that says why. ``modified`` (and the ``changed`` signal) tell the window to refresh its lists and
labels; new tier names are handed to ``labels.set_tier_names`` as soon as they are saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
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
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.designer import child, load_form
from agentdesk.gui.labels import translate
from agentdesk.inbox.directory import DEFAULT_TIER_NAMES, Access, AgentRow, TeamRow
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


def _ask_with_box(box: QMessageBox) -> QAbstractButton | None:
    box.exec()
    return box.clickedButton()


@dataclass(frozen=True)
class _AgentDraft:
    """What the agent form shows, compared with what was loaded to tell unsaved changes."""

    name: str
    email: str
    role: str
    language: str
    tiers: tuple[int, ...]
    teams: frozenset[uuid.UUID]
    home: uuid.UUID | None

    @classmethod
    def of(cls, row: AgentRow | None, *, role: str = Role.AGENT.value) -> _AgentDraft:
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

    def normalized(self) -> _AgentDraft:
        return _AgentDraft(
            " ".join(self.name.split()),
            self.email.strip().lower(),
            self.role,
            self.language,
            self.tiers,
            self.teams,
            self.home,
        )


def _item(text: str, *, tooltip: str = "", sort_value: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if sort_value is not None:
        item.setData(Qt.ItemDataRole.DisplayRole, sort_value)
    else:
        item.setText(text)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _plural(count: int, one: str, many: str) -> str:
    return (one if count == 1 else many).replace("%n", str(count))


class AgentsTeamsDialog(QDialog):
    """Opened with ``exec()``; ``modified`` says afterwards whether anything was saved."""

    changed = Signal()  # something was saved: the window refreshes lists and labels

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.directory = services.directory
        self.modified = False
        self.ask: Asker = _ask_with_box  # how questions are put; tests answer them directly
        self._agents: list[AgentRow] = []
        self._teams: list[TeamRow] = []
        self._agent_id: uuid.UUID | None = None  # the agent in the form; None: a new agent
        self._agent_loaded = _AgentDraft.of(None)
        self._team_id: uuid.UUID | None = None
        self._team_loaded = ("", "")
        self._tiers_loaded: tuple[str, ...] = self._shown_tier_names(self.directory.tier_names())
        self._access: Access = self.directory.access(services.agent_id)

        self.setWindowTitle(self.tr("Agents and teams"))
        self.setMinimumSize(900, 600)
        self.resize(1040, 700)
        self.form = load_form(FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.form)
        self._find_widgets()
        self._dress_widgets()
        self._connect()

        self._reload(select_agent=None)
        self._load_tier_names(self._tiers_loaded)
        self._apply_access()
        first = self._first_visible_agent()
        if first is not None:
            self._select_agent(first)
        else:
            self._new_agent(ask=False)
        if self._teams:
            self._select_team(self._teams[0].id)
        else:
            self._new_team(ask=False)

    # -- building --------------------------------------------------------------------------------

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

    def _dress_widgets(self) -> None:
        self.tabs.setTabIcon(self.tabs.indexOf(self.agents_tab), icons.icon("mdi6.account-outline"))
        self.tabs.setTabIcon(self.tabs.indexOf(self.teams_tab), icons.icon("mdi6.account-group-outline"))
        self.tabs.setTabIcon(self.tabs.indexOf(self.tiers_tab), icons.icon("mdi6.stairs-up"))
        self.new_agent_button.setIcon(icons.icon("mdi6.account-plus-outline"))
        self.new_team_button.setIcon(icons.icon("mdi6.account-multiple-plus-outline"))
        self.deactivate_button.setIcon(icons.icon("mdi6.account-off-outline"))
        self.reactivate_button.setIcon(icons.icon("mdi6.account-check-outline"))
        self.delete_team_button.setIcon(icons.icon("mdi6.delete-outline", theme.DANGER))
        for button in (self.save_agent_button, self.save_team_button, self.save_tiers_button):
            button.setIcon(icons.icon("mdi6.content-save-outline", theme.ACCENT))
        # Enter in a field saves that form (below); no button may take Enter for itself.
        for button in self.form.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        for role in Role.values():
            self.agent_role.addItem(role_label(role), role)
        for language in LANGUAGES:
            self.agent_language.addItem(labels.language_label(language), language)

        headers = {
            "name": self.tr("Name"),
            "email": self.tr("Email"),
            "role": self.tr("Role"),
            "tiers": self.tr("Tiers"),
            "teams": self.tr("Teams"),
            "language": self.tr("Language"),
            "open": self.tr("Open"),
            "status": self.tr("Status"),
        }
        self._setup_table(
            self.agent_table,
            [headers[c] for c in AGENT_COLUMNS],
            widths={
                "name": 160,
                "role": 92,
                "tiers": 80,
                "teams": 170,
                "language": 80,
                "open": 56,
                "status": 96,
            },
            columns=AGENT_COLUMNS,
            stretch=("email",),
        )
        open_header = self.agent_table.horizontalHeaderItem(AGENT_COLUMNS.index("open"))
        if open_header is not None:
            open_header.setToolTip(self.tr("Conversations assigned to the agent that are not solved yet."))
        self._setup_table(
            self.team_table,
            [self.tr("Team"), self.tr("Agents"), self.tr("Open"), self.tr("Description")],
            widths={"name": 150, "agents": 64, "open": 60},
            columns=TEAM_COLUMNS,
            stretch=("description",),
        )
        team_open = self.team_table.horizontalHeaderItem(TEAM_COLUMNS.index("open"))
        if team_open is not None:
            team_open.setToolTip(self.tr("Conversations routed to the team that are not solved yet."))

        for label in (self.agent_error, self.team_error, self.tier_error):
            label.setStyleSheet(f"color: {theme.DANGER};")
            label.hide()
        self.agent_status.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.team_members.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.banner.setStyleSheet(
            f"QLabel {{ background: {theme.NOTE_BG}; border: 1px solid {theme.NOTE_BORDER};"
            f" border-radius: 4px; padding: 7px 10px; color: {theme.TEXT}; }}"
        )
        self.banner.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
        self._refresh_tier_texts()

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

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        # agents
        self.agent_filter.textChanged.connect(self._filter_agents)
        self.show_inactive.toggled.connect(self._filter_agents)
        self.agent_table.itemSelectionChanged.connect(self._agent_row_chosen)
        self.new_agent_button.clicked.connect(lambda: self._new_agent(ask=True))
        self.agent_teams.itemChanged.connect(self._teams_ticked)
        self.save_agent_button.clicked.connect(self._save_agent)
        self.revert_agent_button.clicked.connect(self._revert_agent)
        self.deactivate_button.clicked.connect(self._deactivate)
        self.reactivate_button.clicked.connect(self._reactivate)
        for edit in (self.agent_name, self.agent_email):
            edit.returnPressed.connect(self._save_agent)
            edit.textEdited.connect(self._agent_edited)
        for combo in (self.agent_role, self.agent_language, self.home_team):
            combo.currentIndexChanged.connect(self._agent_edited)
        for check in self.tier_checks.values():
            check.toggled.connect(self._agent_edited)
        # teams
        self.team_table.itemSelectionChanged.connect(self._team_row_chosen)
        self.new_team_button.clicked.connect(lambda: self._new_team(ask=True))
        self.save_team_button.clicked.connect(self._save_team)
        self.revert_team_button.clicked.connect(self._revert_team)
        self.delete_team_button.clicked.connect(self._delete_team)
        self.team_name.returnPressed.connect(self._save_team)
        self.team_name.textEdited.connect(self._team_edited)
        self.team_description.textChanged.connect(self._team_edited)
        # tier names
        for edit in self.tier_edits.values():
            edit.returnPressed.connect(self._save_tier_names)
            edit.textEdited.connect(self._tiers_edited)
        self.save_tiers_button.clicked.connect(self._save_tier_names)
        self.revert_tiers_button.clicked.connect(lambda: self._load_tier_names(self._tiers_loaded))
        self.restore_tiers_button.clicked.connect(self._restore_tier_names)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self._save_current_tab)

    # -- access ----------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return not self._access.can_manage

    def _apply_access(self) -> None:
        access = self._access
        if not access.can_manage:
            self.banner.setText(self.tr("Read only. %1").replace("%1", access.reason))
            self.banner.show()
        elif access.reason:
            self.banner.setText(access.reason)
            self.banner.show()
        else:
            self.banner.hide()
        editable = access.can_manage
        for edit in (self.agent_name, self.agent_email, self.team_name, *self.tier_edits.values()):
            edit.setReadOnly(not editable)
        self.team_description.setReadOnly(not editable)
        for widget in (
            self.agent_role,
            self.agent_language,
            self.home_team,
            *self.tier_checks.values(),
        ):
            widget.setEnabled(editable)
        for button in (
            self.new_agent_button,
            self.save_agent_button,
            self.revert_agent_button,
            self.new_team_button,
            self.save_team_button,
            self.revert_team_button,
            self.delete_team_button,
            self.save_tiers_button,
            self.revert_tiers_button,
            self.restore_tiers_button,
        ):
            button.setVisible(editable)
        self.agent_teams.setEnabled(True)  # stays scrollable; ticking is refused below when read-only
        self._set_team_flags()
        self._show_agent_buttons()
        self._set_admin_choice()

    def _set_admin_choice(self) -> None:
        """A supervisor may not give the admin role (the service would refuse): the choice is
        greyed out, and an admin's role cannot be changed by them at all."""
        model = self.agent_role.model()
        if not isinstance(model, QStandardItemModel):
            return
        admin_item = model.item(self.agent_role.findData(Role.ADMIN.value))
        grant = self._access.can_grant_admin
        if admin_item is not None:
            admin_item.setEnabled(grant or self._agent_loaded.role == Role.ADMIN)
        locked = not grant and self._agent_loaded.role == Role.ADMIN
        self.agent_role.setEnabled(self._access.can_manage and not locked)
        self.agent_role.setToolTip(
            self.tr("Only an admin can change an admin's role.")
            if locked
            else self.tr(
                "Agents work conversations in their tiers. Supervisors may also work every tier, review "
                "queues and manage agents, teams and tier names. Admins may in addition give or take the "
                "admin role."
            )
        )

    # -- loading ---------------------------------------------------------------------------------

    def _reload(self, *, select_agent: uuid.UUID | None) -> None:
        self._agents = self.directory.agents(include_inactive=True)
        self._teams = self.directory.teams()
        self._fill_agent_table()
        self._fill_team_table()
        # What the agent form shows stays as it is, unsaved ticks included.
        self._fill_team_choices(frozenset(self._ticked_teams()), self._home_choice())
        if select_agent is not None:
            self._select_agent_row(select_agent)

    def _team_names(self) -> dict[uuid.UUID, str]:
        return {team.id: team.name for team in self._teams}

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
                team_tip = self.tr("Home team: %1").replace("%1", home)
                if others:
                    team_tip += "\n" + self.tr("Also works in: %1").replace("%1", ", ".join(others))
            tier_text = " ".join(labels.tier_label(t) for t in agent.tiers)
            tier_tip = "\n".join(f"{labels.tier_label(t)} · {labels.tier_name(t)}" for t in agent.tiers)
            status = self.tr("Active") if agent.active else self.tr("Deactivated")
            cells = {
                "name": _item(
                    agent.name + (" " + self.tr("(you)") if agent.id == self.services.agent_id else ""),
                    tooltip=agent.name,
                ),
                "email": _item(agent.email, tooltip=agent.email),
                "role": _item(role_label(agent.role)),
                "tiers": _item(tier_text, tooltip=tier_tip),
                "teams": _item(" · ".join(teams), tooltip=team_tip),
                "language": _item(labels.language_label(agent.language)),
                "open": _item("", sort_value=agent.open_conversations),
                "status": _item(status),
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

    def _fill_team_table(self) -> None:
        table = self.team_table
        blocker = QSignalBlocker(table)
        table.setSortingEnabled(False)
        table.setRowCount(len(self._teams))
        for row, team in enumerate(self._teams):
            description = " ".join(team.description.split())
            cells = [
                _item(team.name, tooltip=team.name),
                _item("", sort_value=team.agents),
                _item("", sort_value=team.open_conversations),
                _item(description, tooltip=team.description),
            ]
            cells[0].setData(ID_ROLE, team.id.hex)
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.setSortingEnabled(True)
        del blocker
        if self._team_id is not None:
            self._select_row(self.team_table, self._team_id)

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
                hint = QListWidgetItem(self.tr("No teams yet: add them on the Teams tab."))
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                self.agent_teams.addItem(hint)
        self._set_team_flags()
        self._fill_home_choices(home)

    def _set_team_flags(self) -> None:
        editable = self._access.can_manage
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
            self.home_team.addItem(self.tr("No home team"), "")
            for team in self._teams:
                if team.id in ticked:
                    self.home_team.addItem(names[team.id], team.id.hex)
            index = self.home_team.findData(home.hex) if home is not None and home in ticked else 0
            self.home_team.setCurrentIndex(max(0, index))
        self.home_team.setEnabled(self._access.can_manage and bool(ticked))

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
            check.setText(f"{labels.tier_label(tier)} · {labels.tier_name(tier)}")

    # -- selection -------------------------------------------------------------------------------

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

    def _select_team(self, team_id: uuid.UUID) -> None:
        self._select_row(self.team_table, team_id)
        row = next((t for t in self._teams if t.id == team_id), None)
        self._load_team(row)

    def _agent_row_chosen(self) -> None:
        chosen = self._selected_id(self.agent_table)
        if chosen is None or chosen == self._agent_id:
            return
        if not self._settle_agent():
            self._select_agent_row(self._agent_id)
            return
        self._select_agent(chosen)

    def _team_row_chosen(self) -> None:
        chosen = self._selected_id(self.team_table)
        if chosen is None or chosen == self._team_id:
            return
        if not self._settle_team():
            self._select_row(self.team_table, self._team_id)
            return
        self._select_team(chosen)

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

    # -- the agent form --------------------------------------------------------------------------

    def _agent_draft(self) -> _AgentDraft:
        teams = frozenset(self._ticked_teams())
        return _AgentDraft(
            self.agent_name.text(),
            self.agent_email.text(),
            str(self.agent_role.currentData()),
            str(self.agent_language.currentData()),
            tuple(t for t, check in self.tier_checks.items() if check.isChecked()),
            teams,
            self._home_choice(),
        )

    def agent_unsaved(self) -> bool:
        if self.read_only:
            return False
        return self._agent_draft().normalized() != self._agent_loaded.normalized()

    def _load_agent(self, row: AgentRow | None) -> None:
        self._agent_id = row.id if row is not None else None
        # The first agent of an empty workspace is offered as its admin.
        self._agent_loaded = _AgentDraft.of(row, role=Role.AGENT.value if self._agents else Role.ADMIN.value)
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
            self.agent_group.setTitle(self.tr("New agent"))
        else:
            self.agent_group.setTitle(self.tr("Agent: %1").replace("%1", row.name))
        self._show_agent_buttons()
        self._set_admin_choice()
        self._filter_agents()

    def _current_agent_row(self) -> AgentRow | None:
        return next((a for a in self._agents if a.id == self._agent_id), None)

    def _show_agent_buttons(self) -> None:
        row = self._current_agent_row()
        editable = self._access.can_manage
        is_me = row is not None and row.id == self.services.agent_id
        self.deactivate_button.setVisible(editable and row is not None and row.active)
        self.reactivate_button.setVisible(editable and row is not None and not row.active)
        admin_only = row is not None and row.role == Role.ADMIN and not self._access.can_grant_admin
        self.deactivate_button.setEnabled(not is_me and not admin_only)
        self.reactivate_button.setEnabled(not admin_only)
        if is_me:
            tip = self.tr("You cannot deactivate yourself; ask another supervisor or admin.")
        elif admin_only:
            tip = self.tr("Only an admin can deactivate or reactivate an admin.")
        else:
            tip = self.tr("The agent keeps their history but can no longer take conversations.")
        self.deactivate_button.setToolTip(tip)
        self.save_agent_button.setText(self.tr("&Add agent") if row is None else self.tr("&Save agent"))
        if row is None:
            status = (
                self.tr("Fill in the form and press Add agent.")
                if editable
                else self.tr("Nobody works here yet.")
            )
        elif row.active:
            status = self.tr("Active") + " · " + self._open_text(row.open_conversations)
        else:
            status = self.tr("Deactivated: keeps their history, takes no conversations.")
            if row.open_conversations:
                status += " " + self._open_text(row.open_conversations) + "."
        self.agent_status.setText(status)

    def _open_text(self, count: int) -> str:
        if count == 0:
            return self.tr("no open conversations")
        return _plural(count, self.tr("1 open conversation"), self.tr("%n open conversations"))

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
        if self.read_only:
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
            # so that what they do next is recorded as theirs. Settings changes it.
            self.services.set_agent(agent_id)
            took_desk = True
        self._saved()
        self._reload(select_agent=agent_id)
        self._select_agent(agent_id)
        if took_desk:
            self.agent_status.setText(
                self.tr("%1 now works at this desk; Settings changes who does.").replace(
                    "%1", draft.name.strip()
                )
            )
        return True

    def _revert_agent(self) -> None:
        self._load_agent(self._current_agent_row())

    def _new_agent(self, *, ask: bool) -> None:
        if ask and not self._settle_agent():
            return
        self._select_agent_row(None)
        self._load_agent(None)
        if self._access.can_manage:
            self.agent_name.setFocus()

    def _settle_agent(self) -> bool:
        """Unsaved changes in the agent form are saved or dropped as the user says; False: stay."""
        if not self.agent_unsaved():
            return True
        who = self._agent_loaded.name or self.tr("the new agent")
        answer = self._ask_unsaved(self.tr("Save the changes to %1?").replace("%1", who))
        if answer == "save":
            return self._save_agent()
        return answer == "discard"

    # -- deactivation ----------------------------------------------------------------------------

    def _deactivate(self) -> None:
        row = self._current_agent_row()
        if row is None or self.read_only or not self._settle_agent():
            return
        try:
            count = self.directory.open_conversation_count(row.id)
        except AgentDeskError as exc:
            self._show_agent_error(str(exc))
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Deactivate agent"))
        to_queue: QPushButton | None = None
        if count:
            box.setText(
                _plural(
                    count,
                    self.tr("%1 still holds 1 open conversation."),
                    self.tr("%1 still holds %n open conversations."),
                ).replace("%1", row.name)
            )
            box.setInformativeText(
                self.tr(
                    "Deactivated agents keep their history but take no more conversations. Put their open "
                    "conversations back in the queue so that colleagues pick them up, or keep them assigned "
                    "and reassign them yourself."
                )
            )
            to_queue = box.addButton(
                self.tr("Deactivate and return to queue"), QMessageBox.ButtonRole.AcceptRole
            )
            keep = box.addButton(self.tr("Deactivate, keep assigned"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(to_queue)
        else:
            box.setText(self.tr("Deactivate %1?").replace("%1", row.name))
            box.setInformativeText(
                self.tr(
                    "They keep their history and can be reactivated at any time; they take no conversations."
                )
            )
            keep = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
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
                + _plural(
                    returned,
                    self.tr("1 conversation went back to the queue."),
                    self.tr("%n conversations went back to the queue."),
                )
            )

    def _reactivate(self) -> None:
        row = self._current_agent_row()
        if row is None or self.read_only or not self._settle_agent():
            return
        try:
            self.directory.reactivate_agent(self.services.agent_id, row.id)
        except AgentDeskError as exc:
            self._show_agent_error(str(exc))
            return
        self._saved()
        self._reload(select_agent=row.id)
        self._select_agent(row.id)

    # -- the team form ---------------------------------------------------------------------------

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
        self.team_group.setTitle(self.tr("Team: %1").replace("%1", name) if row else self.tr("New team"))
        self.save_team_button.setText(self.tr("&Add team") if row is None else self.tr("&Save team"))
        self.delete_team_button.setVisible(self._access.can_manage and row is not None)
        if row is None:
            self.team_members.setText(self.tr("Tick the team for agents on the Agents tab once it is added."))
            return
        members = [a for a in self._agents if a.active and row.id in a.team_ids]
        if not members:
            text = self.tr("Nobody works in this team yet.")
        else:
            parts = [
                a.name + ("\u00a0" + self.tr("(home)") if a.home_team_id == row.id else "") for a in members
            ]
            text = ", ".join(parts)
        if row.open_conversations:
            text += "\n" + _plural(
                row.open_conversations,
                self.tr("1 open conversation is routed to it."),
                self.tr("%n open conversations are routed to it."),
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
        which = self._team_loaded[0] or self.tr("the new team")
        answer = self._ask_unsaved(self.tr("Save the changes to %1?").replace("%1", which))
        if answer == "save":
            return self._save_team()
        return answer == "discard"

    def _delete_team(self) -> None:
        row = next((t for t in self._teams if t.id == self._team_id), None)
        if row is None or self.read_only:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete team"))
        box.setText(self.tr("Delete the team %1?").replace("%1", row.name))
        box.setInformativeText(
            self.tr(
                "Solved conversations keep showing it. Adding a team of the same name later brings it back."
            )
        )
        delete = box.addButton(self.tr("Delete team"), QMessageBox.ButtonRole.DestructiveRole)
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

    # -- tier names ------------------------------------------------------------------------------

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

    # -- saving and closing ----------------------------------------------------------------------

    def _saved(self) -> None:
        self.modified = True
        # The agent at the desk may have changed their own role: the rules follow at once.
        before = self._access
        self._access = self.directory.access(self.services.agent_id)
        if self._access != before:
            self._apply_access()
        self.changed.emit()

    def _save_current_tab(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.agents_tab:
            self._save_agent()
        elif page is self.teams_tab:
            self._save_team()
        elif page is self.tiers_tab:
            self._save_tier_names()

    def _ask_unsaved(self, question: str) -> str:
        """ "save", "discard" or "cancel"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(question)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        answer = self.ask(box)
        if answer is save:
            return "save"
        if answer is discard:
            return "discard"
        return "cancel"

    def unsaved_sections(self) -> list[str]:
        sections = []
        if self.agent_unsaved():
            sections.append(self._agent_loaded.name or self.tr("the new agent"))
        if self.team_unsaved():
            sections.append(self._team_loaded[0] or self.tr("the new team"))
        if self.tiers_unsaved():
            sections.append(self.tr("the tier names"))
        return sections

    def _may_close(self) -> bool:
        sections = self.unsaved_sections()
        if not sections:
            return True
        answer = self._ask_unsaved(
            self.tr("Save the changes to %1 before closing?").replace("%1", ", ".join(sections))
        )
        if answer == "cancel":
            return False
        if answer == "discard":
            return True
        for unsaved, save, tab in (
            (self.agent_unsaved, self._save_agent, self.agents_tab),
            (self.team_unsaved, self._save_team, self.teams_tab),
            (self.tiers_unsaved, self._save_tier_names, self.tiers_tab),
        ):
            if unsaved() and not save():
                self.tabs.setCurrentWidget(tab)  # the error is shown there; the dialog stays open
                return False
        return True

    def reject(self) -> None:
        """Close, Esc and the window's close button all end here (``QDialog.closeEvent`` rejects)."""
        if self._may_close():
            super().reject()


def open_agents_dialog(parent: QWidget | None, services: Services) -> bool:
    """Show the "Agents and teams" dialog modally; whether anything was saved (the window then
    refreshes its lists, assign menus and tier labels)."""
    dialog = AgentsTeamsDialog(services, parent)
    try:
        dialog.exec()
        return dialog.modified
    finally:
        dialog.deleteLater()
