# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's part for team queues and saved views.

It fills the sidebar's second list (``Sidebar.saved_list``), shows a chosen queue or view in the
list (its rule as the list's ``ViewFilter``, paged like any view), hands the counts their rules,
and runs New view…, Edit view…, Delete view and *Save search as view* (Ctrl+Alt+V, and a
button in the list header while search results are shown). Supervisors and admins also get
*Every agent's follow-ups* in the View menu; agents see their own.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolButton

from agentdesk.errors import AgentDeskError, SearchSyntaxError
from agentdesk.gui import icons, theme
from agentdesk.gui.inbox_model import Column
from agentdesk.gui.inbox_view import MIXED_STATUS_COLUMNS
from agentdesk.gui.view_editor import ViewDraft, ViewEditor
from agentdesk.gui.window.actions import ActionId, Menu, Place
from agentdesk.inbox.filter_sql import Rule, resolve
from agentdesk.inbox.query_language import parse_fields, to_text
from agentdesk.inbox.saved_views import SavedViewInfo, SavedViewService, SidebarEntries, TeamQueue, team_names
from agentdesk.inbox.views import View, ViewFilter
from agentdesk.store.models import Role

if TYPE_CHECKING:
    from agentdesk.gui.main_window import MainWindow

_COLUMNS = {c.name.lower(): c for c in Column}


class SavedViewsPart(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        services = window.services
        self.service = SavedViewService(services.store, services.clock)
        self.entries = SidebarEntries()
        self.active_key: str | None = None
        self._rules: dict[str, Rule] = {}
        sidebar = window.sidebar
        sidebar.saved_chosen.connect(self.show)
        sidebar.new_view_requested.connect(lambda: self.new_view())
        sidebar.edit_requested.connect(self.edit)
        sidebar.delete_requested.connect(self.delete)

        self.save_search_action = QAction(self.tr("Save search as view…"), window)
        self.save_search_action.setShortcut(QKeySequence("Ctrl+Alt+V"))
        self.save_search_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_search_action.triggered.connect(self.save_search)
        window.addAction(self.save_search_action)
        self.new_view_action = QAction(self.tr("New view…"), window)
        self.new_view_action.triggered.connect(lambda: self.new_view())
        self.everyone_action = QAction(self.tr("Every agent's follow-ups"), window)
        self.everyone_action.setCheckable(True)
        self.everyone_action.toggled.connect(self.set_everyone_follow_ups)
        view_menu = window.menus.get(Menu.VIEW)
        if view_menu is not None:
            view_menu.addSeparator()
            for action_id, action in (
                (ActionId.NEW_VIEW, self.new_view_action),
                (ActionId.SAVE_SEARCH_AS_VIEW, self.save_search_action),
                (ActionId.EVERYONE_FOLLOW_UPS, self.everyone_action),
            ):
                view_menu.addAction(action)
                # Listed with the window's other actions (the shortcut overview shows Ctrl+Alt+V).
                window.registry.adopt(action_id, action, (Place(Menu.VIEW, 90),))

        self.save_button = QToolButton()
        self.save_button.setObjectName("saveSearchButton")
        self.save_button.setAutoRaise(True)
        self.save_button.setText(self.tr("Save as view"))
        self.save_button.setIcon(icons.icon("mdi6.filter-plus-outline", theme.TEXT_MUTED))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_button.setToolTip(self.tr("Save this search's fields as a view (Ctrl+Alt+V)"))
        self.save_button.clicked.connect(self.save_search)
        self.save_button.hide()
        self.deleted: SavedViewInfo | None = None
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undoDeleteViewButton")
        self.undo_button.setAutoRaise(True)
        self.undo_button.setText(self.tr("Undo delete"))
        self.undo_button.setIcon(icons.icon("mdi6.undo", theme.TEXT_MUTED))
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        header_layout = window.list_header.layout()
        if header_layout is not None:
            header_layout.addWidget(self.save_button)
            header_layout.addWidget(self.undo_button)
        window.view_changed.connect(self._view_changed)
        self.reload()

    # -- state -----------------------------------------------------------------------------------

    def _staff(self) -> bool:
        agent_id = self.window.services.agent_id
        if agent_id is None:
            return False
        try:
            role = self.window.services.directory.agent(agent_id).role
        except AgentDeskError:
            return False
        return role in (Role.SUPERVISOR.value, Role.ADMIN.value)

    def reload(self) -> None:
        """Read the agent's queues and views again, and the rules their counts use."""
        agent_id = self.window.services.agent_id
        try:
            self.entries = self.service.sidebar(agent_id)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        rules: dict[str, Rule] = {}
        entries: list[SavedViewInfo | TeamQueue] = [*self.entries.queues, *self.entries.views]
        for entry in entries:
            try:
                rules[entry.key] = self.service.rule(entry, agent_id)
            except AgentDeskError:
                continue  # a team or agent it names is gone: listed, counted as nothing
        self._rules = rules
        self.window.sidebar.set_saved(self.entries)
        self.everyone_action.setVisible(self._staff())
        if self.active_key is not None and self.entries.entry(self.active_key) is None:
            self.active_key = None
            self.window.set_view(self.window._view)

    def rules(self) -> dict[str, Rule]:
        return dict(self._rules)

    @property
    def everyone_follow_ups(self) -> bool:
        return self.everyone_action.isChecked()

    def set_everyone_follow_ups(self, on: bool) -> None:
        window = self.window
        window.all_follow_ups = on
        if window.current_view == View.FOLLOW_UPS and self.active_key is None:
            window.set_view(View.FOLLOW_UPS)
        window.refresh_counts()

    def active(self) -> SavedViewInfo | TeamQueue | None:
        return self.entries.entry(self.active_key) if self.active_key is not None else None

    def name(self) -> str | None:
        entry = self.active()
        return entry.name if entry is not None else None

    def filter_for(self, channels: frozenset[str]) -> ViewFilter | None:
        """The list's filter for the shown queue or view (None when a built-in view is shown)."""
        entry = self.active()
        if entry is None:
            return None
        window = self.window
        return self.service.list_filter(entry, window.services.agent_id, channels, window.clock.now())

    # -- showing -----------------------------------------------------------------------------------

    def show(self, key: str) -> None:
        """List a team queue or saved view, from its first row."""
        window = self.window
        entry = self.entries.entry(key)
        if entry is None:
            return
        try:
            view_filter = self.service.list_filter(
                entry, window.services.agent_id, window._filter.channels, window.clock.now()
            )
        except AgentDeskError as exc:
            window.messages.error(exc.message)
            return
        window.show_dashboard(False)
        if window._searching:
            window._leave_search()
        self.active_key = key
        window._filter = view_filter
        window.message_bar.hide()
        window.model.set_filter(view_filter)
        window.sidebar.set_current_saved(key)
        for action in window.view_actions.values():
            action.setChecked(False)
        window._show_list_header()
        window._after_list_loaded(None, 0)
        window.view_changed.emit(key)

    def leave(self) -> None:
        """A built-in view is shown again."""
        self.active_key = None
        self.window.sidebar.set_current_saved(None)

    def show_header(self) -> bool:
        """Fill the list header for the shown queue or view; False when none is shown."""
        entry = self.active()
        window = self.window
        if entry is None:
            return False
        columns = entry.columns if isinstance(entry, SavedViewInfo) else ()
        chosen = tuple(_COLUMNS[c] for c in columns if c in _COLUMNS)
        window.list.set_optional_columns(chosen or MIXED_STATUS_COLUMNS)
        header = window.list_header
        counts = window._counts
        count = counts.saved_count(entry.key) if counts is not None else None
        header.show_view(View.ALL, count, window._filter.channels)
        header.title.setText(entry.name)
        if isinstance(entry, SavedViewInfo):
            names = team_names(window.services.store)
            header.setToolTip(to_text(entry.filters, names))
        else:
            header.setToolTip(self.tr("Open conversations of the team %1").replace("%1", entry.name))
        window.setWindowTitle(self.tr("%1 – AgentDesk").replace("%1", entry.name))
        return True

    def _view_changed(self, value: str) -> None:
        self.undo_button.hide()
        searching = value == "search"
        self.save_button.setVisible(searching)
        if searching:  # the results are no view's; Esc goes back to the one shown (active_key)
            self.window.sidebar.set_current_saved(None)

    # -- editing ---------------------------------------------------------------------------------

    def _share_choices(self) -> tuple[list[tuple[uuid.UUID, str]], bool]:
        staff = self._staff()
        if staff:
            teams = [(t.id, t.name) for t in self.window.services.directory.team_choices()]
        else:
            teams = [(q.team_id, q.name) for q in self.entries.queues]
        return teams, staff

    def save_search(self) -> None:
        """Save as view: the search's fields, in a new view named after the search."""
        text = self.window._search_text if self.window._searching else self.window.search.text().strip()
        try:
            fields = parse_fields(text)
        except SearchSyntaxError as exc:
            self.window.search.show_hint(exc.message)
            return
        self.new_view(to_text(fields.filters), name=text)

    def new_view(self, filters_text: str = "", *, name: str = "") -> ViewEditor | None:
        if self.window.services.agent_id is None:
            self.window.messages.error(self.tr("Choose who works at this desk in Settings to save views."))
            return None
        teams, staff = self._share_choices()
        editor = ViewEditor(teams, everyone=staff, filters_text=filters_text, parent=self.window)
        editor.name.setText(name[:200])
        editor.setWindowTitle(self.tr("New view"))
        editor.accepted.connect(lambda: self._save(editor, None))
        editor.open()
        return editor

    def edit(self, key: str) -> ViewEditor | None:
        entry = self.entries.entry(key)
        if not isinstance(entry, SavedViewInfo):
            return None
        teams, staff = self._share_choices()
        editor = ViewEditor(
            teams,
            everyone=staff,
            name=entry.name,
            filters_text=to_text(entry.filters, team_names(self.window.services.store)),
            sort=entry.sort,
            columns=entry.columns,
            shared=entry.shared,
            team_id=entry.team_id,
            parent=self.window,
        )
        editor.accepted.connect(lambda: self._save(editor, entry.id))
        editor.open()
        return editor

    def _save(self, editor: ViewEditor, view_id: uuid.UUID | None) -> None:
        draft: ViewDraft | None = editor.draft()
        agent_id = self.window.services.agent_id
        if draft is None or agent_id is None:
            return
        try:
            with contextlib.closing(self.window.services.store.raw()) as conn:
                filters = resolve(conn, draft.filters)
            if view_id is None:
                view_id = self.service.create(
                    agent_id,
                    draft.name,
                    filters,
                    shared=draft.shared,
                    team_id=draft.team_id,
                    sort=draft.sort,
                    columns=draft.columns,
                )
            else:
                self.service.update(
                    agent_id,
                    view_id,
                    name=draft.name,
                    filters=filters,
                    sort=draft.sort,
                    columns=draft.columns,
                    shared=draft.shared,
                    team_id=draft.team_id,
                )
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        self.reload()
        self.window.sync.nudge()
        self.show("view:" + view_id.hex)
        self.window.refresh_counts()
        self.window.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete(self, key: str) -> None:
        entry = self.entries.entry(key)
        agent_id = self.window.services.agent_id
        if not isinstance(entry, SavedViewInfo) or agent_id is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete view"),
            self.tr("Delete the view “%1”? The conversations in it stay as they are.").replace(
                "%1", entry.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(agent_id, entry.id)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        self.window.sync.nudge()
        self.reload()
        self.window.refresh_counts()
        # offered until another view is shown
        self.deleted = entry
        self.undo_button.setToolTip(self.tr("Bring back the view “%1”").replace("%1", entry.name))
        self.undo_button.show()
        self.window.messages.info(self.tr("View “%1” deleted.").replace("%1", entry.name))

    def undo_delete(self) -> None:
        """Bring back the view deleted last, and show it."""
        entry = self.deleted
        agent_id = self.window.services.agent_id
        if entry is None or agent_id is None:
            return
        try:
            self.service.restore(agent_id, entry.id)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        self.deleted = None
        self.undo_button.hide()
        self.window.sync.nudge()
        self.reload()
        self.show(entry.key)
        self.window.refresh_counts()
        self.window.list.setFocus(Qt.FocusReason.OtherFocusReason)
