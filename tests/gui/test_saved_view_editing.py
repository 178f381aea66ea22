# SPDX-License-Identifier: GPL-3.0-or-later
"""Editing a saved view from the sidebar's context menu, by keyboard, as an agent would: rename
it, change its filters, share it with the team, delete it and undo that; the sidebar shows each
step (name, count, tooltip), and the database and a colleague's sidebar agree."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.view_editor import ViewEditor
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.views import View
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.services import build_services
from agentdesk.store.database import Store

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
OWN = "Your own view · right-click to edit"
SHARED = "Shared view (Billing) · right-click to edit"
# The offscreen platform says these for every dialog and popup menu; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    maja: uuid.UUID
    ole: uuid.UUID
    billing: uuid.UUID
    view_id: uuid.UUID


@pytest.fixture
def desk(store: Store) -> Desk:
    clock = FixedClock(NOW)
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    maja = directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1, 2], team_id=billing)
    ole = directory.create_agent("Ole Nielsen", "ole@shop.test", tiers=[1], team_id=billing)
    WorkspaceSettings(store).set_current_agent(maja)
    inbox = InboxService(store, clock)
    hannah = inbox.create_customer("Hannah Müller", email="hannah@example.de", language="de")
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    inbox.create_conversation(hannah, "email", "Wo bleibt mein Paket?", "Seit Wochen nichts.", language="de")
    inbox.create_conversation(hannah, "chat", "Rechnung doppelt", "Zweimal bezahlt.", language="de")
    inbox.create_conversation(jens, "email", "Faktura mangler", "Hvor er min faktura?", language="da")
    view_id = SavedViewService(store, clock).create(
        maja, "German mail", parse_fields("lang:de channel:email").filters
    )
    return Desk(store, clock, maja, ole, billing, view_id)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, desk: Desk) -> Iterator[MainWindow]:
    apply_theme(qapp)
    preferences = Preferences()
    preferences.last_view = View.ALL
    made = MainWindow(build_services(desk.store, desk.clock), MessageBridge(), preferences)
    qtbot.addWidget(made)
    made.resize(1440, 900)
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    qtbot.waitUntil(lambda: made.sidebar.count_text(View.ALL) != "")
    yield made


def sidebar_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """What the sidebar's Teams & views list shows: name, count, tooltip."""
    model = window.sidebar.saved_model
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row)
        key = str(index.data(Qt.ItemDataRole.UserRole + 4))
        rows.append(
            (
                str(index.data(Qt.ItemDataRole.DisplayRole)),
                window.sidebar.saved_count_text(key),
                str(index.data(Qt.ItemDataRole.ToolTipRole)),
            )
        )
    return rows


def choose_from_menu(qtbot: QtBot, window: MainWindow, name: str, downs: int) -> None:
    """Focus the view ``name`` in the sidebar, open its context menu with the Menu key and pick
    the entry ``downs`` rows down (0: Edit view…, 1: Delete view)."""
    saved = window.sidebar.saved_list
    model = window.sidebar.saved_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == name)
    saved.setFocus()
    saved.setCurrentIndex(model.index(row))
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        for _ in range(downs + 1):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        picked.append(menu.activeAction().text() if menu.activeAction() else "")
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    rect = saved.visualRect(model.index(row))
    saved.customContextMenuRequested.emit(rect.center())  # what the Menu key and a right-click do
    assert picked, "the context menu did not open"


def open_editor(qtbot: QtBot, window: MainWindow, name: str) -> ViewEditor:
    choose_from_menu(qtbot, window, name, 0)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ViewEditor))
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, ViewEditor) and editor.name.text() == name
    return editor


def save(qtbot: QtBot, window: MainWindow, editor: ViewEditor) -> None:
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())


def stored(desk: Desk) -> tuple[str, str, str | None, str | None, str | None]:
    with contextlib.closing(desk.store.raw()) as conn:
        row = conn.execute(
            "SELECT name, filters, owner_agent_id, team_id, deleted_at FROM saved_view WHERE id = ?",
            (desk.view_id.hex,),
        ).fetchone()
    return (row[0], row[1], row[2], row[3], row[4])


def test_rename_change_filters_share_delete_and_undo(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    key = "view:" + desk.view_id.hex
    qtbot.waitUntil(lambda: ("German mail", "1", OWN) in sidebar_rows(window))

    # Rename, and widen the filters to every channel: the count follows.
    editor = open_editor(qtbot, window, "German mail")
    assert editor.filters.text() == "lang:de channel:email"
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "German customers")
    editor.filters.setFocus()
    editor.filters.selectAll()
    qtbot.keyClicks(editor.filters, "lang:de")
    save(qtbot, window, editor)
    qtbot.waitUntil(lambda: ("German customers", "2", OWN) in sidebar_rows(window))
    assert not any(name == "German mail" for name, _c, _t in sidebar_rows(window))
    assert window.sidebar.current_saved() == key and window.list_header.title.text() == "German customers"
    assert window.model.rowCount() == 2
    name, filters, owner, team, deleted = stored(desk)
    assert (name, owner, team, deleted) == ("German customers", desk.maja.hex, None, None)
    assert "language" in filters and "channel" not in filters

    # A mistyped filter is said in the editor and nothing is saved.
    editor = open_editor(qtbot, window, "German customers")
    editor.filters.setFocus()
    editor.filters.selectAll()
    qtbot.keyClicks(editor.filters, "lang:de stauts:open")
    assert editor.problem.isVisible() and "stauts" in editor.problem.text()
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert stored(desk)[0] == "German customers"

    # Share it with the team: the sidebar says so, and Ole sees it in his.
    editor = open_editor(qtbot, window, "German customers")
    editor.share.setFocus()
    qtbot.keyClick(editor.share, Qt.Key.Key_Down)  # Only me -> Team Billing
    assert editor.share.currentText() == "Team Billing"
    save(qtbot, window, editor)
    qtbot.waitUntil(lambda: ("German customers", "2", SHARED) in sidebar_rows(window))
    assert stored(desk)[2:4] == (None, desk.billing.hex)
    oles = SavedViewService(desk.store, desk.clock).sidebar(desk.ole)
    assert [v.name for v in oles.views] == ["German customers"]

    # Delete it (confirmed), then undo from the list header.
    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm)
            return
        assert "German customers" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    choose_from_menu(qtbot, window, "German customers", 1)
    qtbot.waitUntil(lambda: not any(name == "German customers" for name, _c, _t in sidebar_rows(window)))
    assert stored(desk)[4] is not None
    assert SavedViewService(desk.store, desk.clock).sidebar(desk.ole).views == ()
    undo = window.saved_views.undo_button
    assert undo.isVisible() and "German customers" in undo.toolTip()
    undo.setFocus()
    qtbot.keyClick(undo, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ("German customers", "2", SHARED) in sidebar_rows(window))
    assert not undo.isVisible()
    assert window.sidebar.current_saved() == key and window.model.rowCount() == 2
    assert stored(desk)[4] is None and stored(desk)[2:4] == (None, desk.billing.hex)
    assert [v.name for v in SavedViewService(desk.store, desk.clock).sidebar(desk.ole).views] == [
        "German customers"
    ]


def test_the_undo_is_gone_once_another_view_is_shown(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    qtbot.waitUntil(lambda: any(name == "German mail" for name, _c, _t in sidebar_rows(window)))
    QTimer.singleShot(0, confirm)
    choose_from_menu(qtbot, window, "German mail", 1)
    qtbot.waitUntil(lambda: window.saved_views.undo_button.isVisible())
    window.set_view(View.UNASSIGNED)
    assert not window.saved_views.undo_button.isVisible()
    assert stored(desk)[4] is not None
