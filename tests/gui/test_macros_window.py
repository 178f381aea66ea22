# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros, routing rules and availability from the window, by keyboard: Ctrl+Alt+M on the open
conversation; 30 selected conversations get a macro in one bulk action after a preview; the
availability in the top bar; the managing dialogs save what is typed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.macro_preview import MacroPreviewDialog
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import View
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroDraft
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    lead: uuid.UUID
    customer: uuid.UUID
    billing: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    setup = build_services(store, clock)
    billing = setup.directory.create_team("Billing")
    lead = setup.directory.create_agent(
        "Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3], team_id=billing
    )
    services = build_services(store, clock, lead)
    services.macros.create(
        MacroDraft(
            "Escalate to billing", Actions.from_json({"team": str(billing), "tier": 2, "priority": "high"})
        )
    )
    customer = services.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    return Desk(store, clock, lead, customer, billing)


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, desk: Desk) -> Callable[[], MainWindow]:
    apply_theme(qapp)

    def make() -> MainWindow:
        preferences = Preferences()
        preferences.last_view = View.ALL
        window = MainWindow(build_services(desk.store, desk.clock, desk.lead), MessageBridge(), preferences)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def new(desk: Desk, subject: str) -> uuid.UUID:
    desk.clock.advance(minutes=1)
    services = build_services(desk.store, desk.clock, desk.lead)
    return services.inbox.create_conversation(desk.customer, "email", subject, "Hello").id


def row(store: Store, cid: uuid.UUID) -> Conversation:
    with store.read() as session:
        found = session.get(Conversation, cid)
        assert found is not None
        session.expunge(found)
        return found


def choose_macro(qtbot: QtBot, window: MainWindow, typed: str) -> MacroPreviewDialog:
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | ALT)
    picker = window.macro_tools.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClicks(picker.filter, typed)
    assert picker.list.count() == 1
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.macro_tools.preview is not None and window.macro_tools.preview.isVisible())
    preview = window.macro_tools.preview
    assert preview is not None
    return preview


def test_apply_macro_to_the_open_conversation(
    qtbot: QtBot, make_window: Callable[[], MainWindow], desk: Desk
) -> None:
    cid = new(desk, "Invoice twice")
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: window.pane.detail is not None and window.pane.detail.id == cid)
    preview = choose_macro(qtbot, window, "billing")
    assert "Priority: Normal → High" in preview.lines()
    qtbot.keyClick(preview.apply_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row(desk.store, cid).tier == 2)
    found = row(desk.store, cid)
    assert (found.team_id, found.priority) == (desk.billing, "high")


def test_select_thirty_and_apply_a_macro(
    qtbot: QtBot, make_window: Callable[[], MainWindow], desk: Desk
) -> None:
    ids = [new(desk, f"Question {n}") for n in range(30)]
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 30)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_A, CTRL)
    assert sorted(window.list.selected_ids()) == sorted(ids)
    preview = choose_macro(qtbot, window, "escalate")
    assert {"Tier: L1 → L2 (×30)", "Priority: Normal → High (×30)"} <= set(preview.lines())
    qtbot.keyClick(preview.apply_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(row(desk.store, cid).tier == 2 for cid in ids), timeout=10_000)
    assert {row(desk.store, cid).priority for cid in ids} == {"high"}
    services = build_services(desk.store, desk.clock, desk.lead)
    assert services.macros.list_macros()[0].usage_count == 30


def test_availability_in_the_top_bar(qtbot: QtBot, make_window: Callable[[], MainWindow], desk: Desk) -> None:
    window = make_window()
    button = window.macro_tools.availability
    assert button.isVisible() and button.text() == "Away"  # never said otherwise: takes nothing
    button.choices["available"].trigger()
    assert button.text() == "Available"
    services = build_services(desk.store, desk.clock, desk.lead)
    assert services.availability.status_of(desk.lead).status == "available"


def test_routing_rule_made_in_the_dialog_routes_the_next_conversation(
    qtbot: QtBot, make_window: Callable[[], MainWindow], desk: Desk
) -> None:
    window = make_window()
    dialog = window.macro_tools.open_rules()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name, "Invoices to Billing")
    qtbot.keyClicks(dialog.words, "invoice, faktura")
    team = dialog.actions_form.team
    team.setCurrentIndex(team.findText("Billing"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Saved."
    assert dialog.list.count() == 1
    cid = new(desk, "Faktura mangler")
    assert row(desk.store, cid).team_id == desk.billing


def test_macro_made_in_the_dialog(qtbot: QtBot, make_window: Callable[[], MainWindow], desk: Desk) -> None:
    window = make_window()
    dialog = window.macro_tools.open_macros()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Waiting on customer")
    status = dialog.actions_form.status
    status.setCurrentIndex(status.findData("pending"))
    qtbot.keyClicks(dialog.actions_form.add_tags, "waiting")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Saved."
    services = build_services(desk.store, desk.clock, desk.lead)
    made = next(m for m in services.macros.list_macros() if m.name == "Waiting on customer")
    assert made.actions == Actions(status="pending", add_tags=("waiting",))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # saving again changes nothing
    assert len(services.macros.list_macros()) == 2


def test_the_timeline_names_the_rule_and_the_macro(qapp: QApplication) -> None:
    import datetime as dt

    from agentdesk.gui.timeline import event_text
    from agentdesk.inbox.queries import EventEntry

    team = str(uuid.uuid4())
    routed = EventEntry(
        uuid.uuid4(),
        "transfer",
        None,
        {"from_team": None, "to_team": team, "rule": "Invoices to Billing", "trigger": "arrival"},
        dt.datetime(2026, 11, 23, tzinfo=dt.UTC),
        {team: "Billing"},
    )
    assert event_text(routed) == "Transferred from no team to Billing · rule “Invoices to Billing”"
    macro = EventEntry(
        uuid.uuid4(),
        "priority",
        "Sara Lund",
        {"from": "normal", "to": "high", "macro": "Escalate"},
        routed.created_at,
    )
    assert event_text(macro) == "Priority Normal → High by Sara Lund · macro “Escalate”"
