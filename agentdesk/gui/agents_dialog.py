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

from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.agents_form import (
    AGENT_COLUMNS,
    FORM,
    TEAM_COLUMNS,
    AgentDraft,
    Asker,
    DirectoryForm,
    ask_with_box,
    role_label,
)
from agentdesk.gui.agents_page import AgentsPage
from agentdesk.gui.designer import load_form
from agentdesk.gui.teams_page import TeamsPage, TierNamesPage
from agentdesk.inbox.directory import Access, AgentRow, TeamRow
from agentdesk.services import Services
from agentdesk.store.models import LANGUAGES, Role


class AgentsTeamsDialog(AgentsPage, TeamsPage, TierNamesPage, DirectoryForm):
    """Opened with ``exec()``; ``modified`` says afterwards whether anything was saved."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.directory = services.directory
        self.modified = False
        self.ask: Asker = ask_with_box  # how questions are put; tests answer them directly
        self._agents: list[AgentRow] = []
        self._teams: list[TeamRow] = []
        self._agent_id: uuid.UUID | None = None  # the agent in the form; None: a new agent
        self._agent_loaded = AgentDraft.of(None)
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
        from agentdesk.gui.agent_secret_dialog import attach_secret_button  # it builds on this dialog

        self.secret_button = attach_secret_button(self)  # admins set and reset PINs and passwords

    # -- building --------------------------------------------------------------------------------

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

    def _apply_access(self) -> None:
        access = self._access
        if not access.can_manage:
            self.banner.setText(self.tr("Read only. %1").replace("%1", access.reason))
        elif not access.can_manage_agents:
            self.banner.setText(access.agents_reason)  # a supervisor: agents read-only, teams not
        else:
            self.banner.setText(access.reason)
        self.banner.setVisible(bool(self.banner.text()))
        editable = access.can_manage
        agents_editable = access.can_manage_agents
        for edit in (self.team_name, *self.tier_edits.values()):
            edit.setReadOnly(not editable)
        for edit in (self.agent_name, self.agent_email):
            edit.setReadOnly(not agents_editable)
        self.team_description.setReadOnly(not editable)
        for widget in (
            self.agent_role,
            self.agent_language,
            self.home_team,
            *self.tier_checks.values(),
        ):
            widget.setEnabled(agents_editable)
        for button in (
            self.new_agent_button,
            self.save_agent_button,
            self.revert_agent_button,
        ):
            button.setVisible(agents_editable)
        for button in (
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
        self.agent_role.setEnabled(self._access.can_manage_agents and not locked)
        self.agent_role.setToolTip(
            self.tr("Only an admin can change an admin's role.")
            if locked
            else self.tr(
                "Agents work conversations in their tiers. Supervisors may also work every tier, review "
                "queues and manage teams and tier names. Admins in addition manage agents: their roles, "
                "tiers, teams and PINs."
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

    # -- the agent form --------------------------------------------------------------------------

    # -- the team form ---------------------------------------------------------------------------

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
