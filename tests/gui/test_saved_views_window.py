# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved views and team queues in the window, by keyboard: a field search saved as a team view,
its count in the sidebar following a reply; the team queue; an unknown field said inline;
Follow-ups the agent's own."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.view_editor import ViewEditor
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.views import View
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.services import build_services
from agentdesk.store.database import Store

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
# The offscreen platform says this for every dialog (the view editor); nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    maja: uuid.UUID
    billing: uuid.UUID
    ids: dict[str, uuid.UUID]


@pytest.fixture
def desk(store: Store) -> Desk:
    clock = FixedClock(NOW)
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    maja = directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1, 2], team_id=billing)
    ole = directory.create_agent("Ole Nielsen", "ole@shop.test", tiers=[1])
    WorkspaceSettings(store).set_current_agent(maja)
    inbox = InboxService(store, clock)
    hannah = inbox.create_customer("Hannah Müller", email="hannah@example.de", language="de")
    ids = {
        "parcel": inbox.create_conversation(
            hannah, "email", "Wo bleibt mein Paket?", "Seit Wochen nichts."
        ).id,
        "invoice": inbox.create_conversation(hannah, "chat", "Rechnung doppelt", "Zweimal bezahlt.").id,
        "other": inbox.create_conversation(hannah, "chat", "Frage zum Tarif", "Welcher Tarif passt?").id,
    }
    with contextlib.closing(store.raw()) as conn:
        conn.execute(
            "UPDATE conversation SET team_id = ? WHERE id IN (?, ?)",
            (billing.hex, ids["parcel"].hex, ids["invoice"].hex),
        )
    desk_inbox = InboxService(store, clock, actor_id=maja)
    desk_inbox.assign(ids["parcel"], maja)
    desk_inbox.assign(ids["other"], ole)
    desk_inbox.set_follow_up(ids["parcel"], NOW + dt.timedelta(days=1))
    desk_inbox.set_follow_up(ids["other"], NOW + dt.timedelta(days=1))
    return Desk(store, clock, maja, billing, ids)


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


def subjects(window: MainWindow) -> list[str]:
    return sorted(window.model.row_at(i).subject for i in range(window.model.rowCount()))  # type: ignore[union-attr]


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window.list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, text)
    with qtbot.waitSignal(window.search_finished):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)


def test_save_a_search_as_a_team_view_and_its_count_follows_a_reply(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    search(qtbot, window, "team:billing status:new,open")
    assert subjects(window) == ["Rechnung doppelt", "Wo bleibt mein Paket?"]
    assert window.saved_views.save_button.isVisible()

    qtbot.keyClick(window.list, Qt.Key.Key_V, ctrl | Qt.KeyboardModifier.AltModifier)  # Save search as view
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ViewEditor))
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, ViewEditor)
    assert editor.filters.text() == "team:billing status:new,open"
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Billing, new and open")
    editor.share.setFocus()
    qtbot.keyClick(editor.share, Qt.Key.Key_Down)  # Only me -> Team Billing
    assert editor.share.currentText() == "Team Billing"
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: window.list.hasFocus())

    view = next(v for v in window.saved_views.entries.views if v.name == "Billing, new and open")
    assert view.shared and view.team_id == desk.billing
    assert window.sidebar.current_saved() == view.key
    assert subjects(window) == ["Rechnung doppelt", "Wo bleibt mein Paket?"]
    qtbot.waitUntil(lambda: window.sidebar.saved_count_text(view.key) == "2")
    assert window.list_header.title.text() == "Billing, new and open"

    # Reply and set waiting (pending): the conversation leaves the view, the count follows.
    pane = window.pane
    assert pane.detail is not None
    replied = pane.detail.id
    qtbot.keyClick(window.list, Qt.Key.Key_R)
    qtbot.keyClicks(pane.composer.editor, "Wir sehen uns das an.")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, ctrl | shift)
    qtbot.waitUntil(lambda: window.sidebar.saved_count_text(view.key) == "1")
    assert replied not in {window.model.row_at(i).id for i in range(window.model.rowCount())}  # type: ignore[union-attr]
    with contextlib.closing(desk.store.raw()) as conn:
        row = conn.execute(
            "SELECT owner_agent_id, team_id FROM saved_view WHERE name = ?", (view.name,)
        ).fetchone()
    assert row == (None, desk.billing.hex)


def test_the_team_queue_and_own_follow_ups(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    queue_key = "team:" + desk.billing.hex
    qtbot.waitUntil(lambda: window.sidebar.saved_count_text(queue_key) == "2")
    window.sidebar.saved_list.setFocus()
    qtbot.keyClick(window.sidebar.saved_list, Qt.Key.Key_Down)
    window.sidebar.set_current_saved(None)
    window.saved_views.show(queue_key)
    assert subjects(window) == ["Rechnung doppelt", "Wo bleibt mein Paket?"]
    assert window.list_header.title.text() == "Billing"

    window.set_view(View.FOLLOW_UPS)
    assert window.sidebar.current_saved() is None
    assert subjects(window) == ["Wo bleibt mein Paket?"]  # Maja's own; Ole's is not hers
    assert window.sidebar.count_text(View.FOLLOW_UPS) == "1"


def test_an_unknown_field_is_said_inline(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "stauts:open refund")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "“stauts”" in window.search.toolTip() and "character 1" in window.search.toolTip()
    note = window.search.note_text()  # the whole sentence, under the field
    assert note.startswith("There is no field “stauts” (at character 1); fields: status, tag,")
    assert (
        window.search.note.geometry().top()
        >= window.search.mapTo(window, window.search.rect().bottomLeft()).y()
    )
    assert window.current_view == View.ALL  # nothing ran: the list is as it was

    window.search.clear()
    assert window.search.note_text() == ""  # gone as the text changes
    qtbot.keyClicks(window.search, "muller paket")
    with qtbot.waitSignal(window.search_finished):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert subjects(window) == ["Wo bleibt mein Paket?"]
