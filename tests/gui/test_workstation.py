# SPDX-License-Identifier: GPL-3.0-or-later
"""The workstation as an agent drives it: views and their counts, the channel filter, SLA chips
as the clock moves, search from the keyboard, and the Settings dialog.

The workspace is built through the services (as the app builds it), with one SLA policy that counts
around the clock (first and next response 60 minutes, resolution 8 hours, warning at 25%) and one
for letters that counts Monday to Friday 08:00–16:00 UTC only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui import theme
from agentdesk.gui.inbox_model import ROW_ROLE, SLA_ROLE, Column
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.settings_dialog import SettingsDialog
from agentdesk.gui.sla_chips import SlaChip
from agentdesk.gui.theme import ThemeMode, apply_theme
from agentdesk.gui.window.desk_lock import DeskLock
from agentdesk.ids import uuid7
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.search import HIGHLIGHT_END, HIGHLIGHT_START
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.views import InboxRow, View
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, BusinessCalendar, SlaPolicy

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # a Monday


def ago(**delta: float) -> dt.datetime:
    return NOW - dt.timedelta(**delta)


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    maja: uuid.UUID
    ole: uuid.UUID
    ids: dict[str, uuid.UUID]


@pytest.fixture
def desk(store: Store) -> Desk:
    """Six conversations in every state an agent meets, Maja at the desk.

    ========  =======  =====  ====  ======================  ==========================
    name      channel  owner  tier  state at 09:00          SLA
    ========  =======  =====  ====  ======================  ==========================
    breached  chat     Maja   1     new, 70 min old         first response −10m
    warning   email    —      1     new, 50 min old         first response 10m (warning)
    running   phone    —      2     new, 10 min old         first response 50m
    waiting   email    Maja   1     replied, pending        resolution paused, follow-up
    letter    letter   —      1     new, 10 min old         counts 08–16 only
    solved    email    Ole    1     solved
    ========  =======  =====  ====  ======================  ==========================
    """
    clock = FixedClock(NOW)
    with store.write() as s:
        office = BusinessCalendar(
            id=uuid7(),
            name="Office",
            definition={
                "timezone": "UTC",
                "week": {d: [["08:00", "16:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
            },
        )
        s.add(office)
        s.flush()
        s.add_all(
            [
                SlaPolicy(
                    id=uuid7(),
                    name="Letters",
                    position=0,
                    match={"channel": ["letter"]},
                    first_response_minutes=480,
                    next_response_minutes=480,
                    resolution_minutes=960,
                    calendar_id=office.id,
                ),
                SlaPolicy(
                    id=uuid7(),
                    name="Everything else",
                    position=1,
                    match={},
                    first_response_minutes=60,
                    next_response_minutes=60,
                    resolution_minutes=480,
                    warning_share=0.25,
                ),
            ]
        )
    directory = DirectoryService(store, clock)
    maja = directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1, 2])
    ole = directory.create_agent("Ole Nielsen", "ole@shop.test", tiers=[1])
    WorkspaceSettings(store).set_current_agent(maja)
    customers = InboxService(store, clock)
    desk_inbox = InboxService(store, clock, actor_id=maja)
    jens = customers.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    anna = customers.create_customer("Anna Müller", email="anna@example.de", language="de")

    def open_(customer: uuid.UUID, channel: str, subject: str, body: str, minutes: int) -> uuid.UUID:
        return customers.create_conversation(customer, channel, subject, body, when=ago(minutes=minutes)).id

    ids = {
        "breached": open_(jens, "chat", "Payment failed at checkout", "My card was declined twice.", 70),
        "warning": open_(anna, "email", "Where is my parcel", "It has not arrived.", 50),
        "running": open_(jens, "phone", "Callback about the invoice", "Please call me back.", 10),
        "waiting": open_(anna, "email", "Change my address", "Please use my new address.", 30),
        "letter": open_(jens, "letter", "Cancellation by letter", "I cancel my subscription.", 10),
        "solved": open_(anna, "email", "Thanks for the quick help", "All good now.", 300),
    }
    desk_inbox.assign(ids["breached"], maja, when=ago(minutes=60))
    desk_inbox.assign(ids["waiting"], maja, when=ago(minutes=28))
    desk_inbox.reply(ids["waiting"], "Which address should we use?", when=ago(minutes=25))
    desk_inbox.set_status(ids["waiting"], "pending", when=ago(minutes=20))
    desk_inbox.set_follow_up(ids["waiting"], NOW + dt.timedelta(days=1), when=ago(minutes=20))
    desk_inbox.reply(ids["solved"], "Glad to help!", status_after="solved", when=ago(minutes=200))
    desk_inbox.assign(ids["solved"], ole, when=ago(minutes=199))
    with store.write() as s:  # escalation is not a service action yet: the tier is set directly
        from agentdesk.store.models import Conversation

        conversation = s.get(Conversation, ids["running"])
        assert conversation is not None
        conversation.tier = 2
    return Desk(store, clock, maja, ole, ids)


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication) -> Iterator[MakeWindow]:
    apply_theme(qapp)

    def make(desk: Desk, view: View = View.MY_OPEN, preferences: Preferences | None = None) -> MainWindow:
        preferences = preferences or Preferences()
        preferences.last_view = view
        window = MainWindow(build_services(desk.store, desk.clock), MessageBridge(), preferences)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        qtbot.waitUntil(lambda: window.sidebar.count_text(View.ALL) != "")
        return window

    yield make
    apply_theme(qapp)  # a test that changed the look leaves the next one the default


def numbers(window: MainWindow) -> list[str]:
    """The subjects listed, top to bottom."""
    return [window.model.row_at(i).subject for i in range(window.model.rowCount())]  # type: ignore[union-attr]


def row_of(window: MainWindow, desk: Desk, name: str) -> int:
    row = window.model.row_of(desk.ids[name])
    assert row is not None, f"{name} is not listed"
    return row


def chips(window: MainWindow, desk: Desk, name: str) -> tuple[SlaChip, ...]:
    value = window.model.index(row_of(window, desk, name), Column.SLA).data(SLA_ROLE)
    return tuple(value or ())


def wait_for_chips(qtbot: QtBot, window: MainWindow, desk: Desk, name: str) -> tuple[SlaChip, ...]:
    qtbot.waitUntil(lambda: bool(chips(window, desk, name)))
    return chips(window, desk, name)


def counts(window: MainWindow) -> dict[View, str]:
    return {view: window.sidebar.count_text(view) for view in View}


# -- views -------------------------------------------------------------------------------------------


EXPECTED = {
    View.MY_OPEN: ["Payment failed at checkout", "Change my address"],
    View.UNASSIGNED: ["Where is my parcel", "Callback about the invoice", "Cancellation by letter"],
    View.TIER_1: [
        "Payment failed at checkout",
        "Where is my parcel",
        "Cancellation by letter",
        "Change my address",
    ],
    View.TIER_2: ["Callback about the invoice"],
    View.TIER_3: [],
    View.DUE_SOON: ["Where is my parcel", "Callback about the invoice"],
    View.BREACHED: ["Payment failed at checkout"],
    View.WAITING_ON_CUSTOMER: ["Change my address"],
    View.FOLLOW_UPS: ["Change my address"],
    View.SOLVED: ["Thanks for the quick help"],
}


def test_each_view_lists_its_conversations_most_urgent_first_and_counts_them(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk, qtmodeltester: ModelTester
) -> None:
    window = make_window(desk)
    for view, subjects in EXPECTED.items():
        window.set_view(view)
        assert numbers(window) == subjects, view
        assert window.sidebar.count_text(view) == str(len(subjects)), view
        assert window.sidebar.current_view() == view
        if subjects:
            assert window.pane.detail is not None and window.pane.detail.subject == subjects[0]
            assert window.list_stack.currentWidget() is window.list
        else:
            assert window.list_stack.currentWidget() is window.empty
            assert "Nothing in 3rd level" in window.empty.text()
        qtmodeltester.check(window.model)
    window.set_view(View.ALL)
    assert len(numbers(window)) == 6 and window.sidebar.count_text(View.ALL) == "6"
    assert "6 conversations" in window.list_header.detail.text()
    assert "1 breached" in window.status_counts.text() and "2 due soon" in window.status_counts.text()
    assert "Maja Jensen" in window.status_agent.text()
    assert str(desk.store.path) in window.status_path.text()


def test_views_switch_from_the_keyboard(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    window = make_window(desk)
    assert window.current_view == View.MY_OPEN
    qtbot.keyClick(window.list, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == View.UNASSIGNED and numbers(window) == EXPECTED[View.UNASSIGNED]
    qtbot.keyClick(window.list, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == View.BREACHED and numbers(window) == EXPECTED[View.BREACHED]
    qtbot.keyClick(window.list, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == View.ALL
    # The sidebar is a list: arrow keys walk the views.
    window.sidebar.list.setFocus()
    qtbot.keyClick(window.sidebar.list, Qt.Key.Key_Up)
    assert window.current_view == View.SOLVED and numbers(window) == EXPECTED[View.SOLVED]
    # Every view is in the View menu with its shortcut.
    assert window.view_actions[View.MY_OPEN].shortcut().toString() == "Ctrl+1"
    assert window.view_actions[View.FOLLOW_UPS].shortcut().toString() == "Ctrl+9"


def test_j_and_k_walk_the_list_and_show_each_conversation(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    window = make_window(desk, View.TIER_1)
    assert window.pane.detail is not None and window.pane.detail.subject == "Payment failed at checkout"
    with qtbot.waitSignal(window.conversation_shown):
        qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert window.pane.detail.subject == "Where is my parcel"
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    assert window.pane.detail.subject == "Where is my parcel"


def test_the_channel_filter_narrows_the_view_and_its_counts(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    window = make_window(desk, View.ALL)
    with qtbot.waitSignal(window.counts_updated):
        qtbot.mouseClick(window.sidebar.channel_buttons["email"], Qt.MouseButton.LeftButton)
    assert numbers(window) == ["Where is my parcel", "Change my address", "Thanks for the quick help"]
    assert counts(window)[View.ALL] == "3" and counts(window)[View.MY_OPEN] == "1"
    assert "only Email" in window.list_header.detail.text()
    assert window.channel_actions["email"].isChecked()
    # Alt+2 adds chat (a toggle), in whatever view is shown.
    window.set_view(View.MY_OPEN)
    with qtbot.waitSignal(window.counts_updated):
        qtbot.keyClick(window.list, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert numbers(window) == EXPECTED[View.MY_OPEN]
    assert window.sidebar.channels() == {"email", "chat"}
    with qtbot.waitSignal(window.counts_updated):
        qtbot.keyClick(window.list, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert numbers(window) == ["Payment failed at checkout"] and counts(window)[View.MY_OPEN] == "1"
    with qtbot.waitSignal(window.counts_updated):
        qtbot.keyClick(window.list, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)  # all channels
    assert numbers(window) == EXPECTED[View.MY_OPEN] and counts(window)[View.ALL] == "6"
    assert window.sidebar.channels() == frozenset()


def test_after_an_action_the_list_and_counts_follow_and_the_selection_moves_on(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    window = make_window(desk, View.UNASSIGNED)
    window._select_row(0)
    assert window.pane.detail is not None and window.pane.detail.subject == "Where is my parcel"
    # The agent takes the conversation: it leaves Unassigned, the next one is selected and shown.
    InboxService(desk.store, desk.clock, actor_id=desk.maja).assign(desk.ids["warning"], desk.maja)
    with qtbot.waitSignal(window.counts_updated):
        window.pane.changed.emit(desk.ids["warning"])
    assert numbers(window) == ["Callback about the invoice", "Cancellation by letter"]
    assert window.pane.detail.subject == "Callback about the invoice"
    assert counts(window)[View.UNASSIGNED] == "2" and counts(window)[View.MY_OPEN] == "3"
    # A change that keeps the conversation in the view keeps it selected.
    InboxService(desk.store, desk.clock, actor_id=desk.maja).set_priority(desk.ids["letter"], "high")
    window._select_row(1)
    window.pane.changed.emit(desk.ids["letter"])
    assert window.pane.detail.subject == "Cancellation by letter"
    assert window.model.row_at(window.list.currentIndex().row()).priority == "high"  # type: ignore[union-attr]


# -- SLA chips -----------------------------------------------------------------------------------


def chip_colour_found(window: MainWindow, row: int, kind: str) -> bool:
    """The chip's background colour is painted inside the row's SLA cell."""
    rect = window.list.visualRect(window.model.index(row, Column.SLA))
    image = window.list.viewport().grab(rect).toImage()
    wanted = QColor(theme.SLA_CHIPS[kind][0]).rgb()
    return any(image.pixel(x, image.height() // 2) == wanted for x in range(image.width()))


def looks(chips: tuple[SlaChip, ...]) -> list[tuple[str, str, str]]:
    return [(c.text, c.kind, c.reason) for c in chips]


def test_sla_chips_count_down_and_change_colour(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    """Each chip names its target and counts down to its due time; amber within the hour (the
    Due soon rule), red once overdue, grey while the status pauses it."""
    window = make_window(desk, View.ALL)
    breached = wait_for_chips(qtbot, window, desk, "breached")
    assert looks(breached) == [("FR −10m", "breached", ""), ("RES 6h 50m", "running", "")]
    assert breached[0].name == "First response" and breached[1].name == "Resolution"
    assert looks(chips(window, desk, "warning")) == [("FR 10m", "warning", ""), ("RES 7h 10m", "running", "")]
    assert looks(chips(window, desk, "running")) == [("FR 50m", "warning", ""), ("RES 7h 50m", "running", "")]
    assert looks(chips(window, desk, "waiting")) == [("RES ⏸ 7h 50m", "paused", "pending")]
    assert chips(window, desk, "solved") == ()  # met targets get no chip
    assert chip_colour_found(window, row_of(window, desk, "breached"), "breached")
    assert chip_colour_found(window, row_of(window, desk, "warning"), "warning")
    assert chip_colour_found(window, row_of(window, desk, "waiting"), "paused")
    tooltip = window.model.index(row_of(window, desk, "breached"), Column.SLA).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "First response: overdue by 10m of business time" in tooltip and "due " in tooltip
    assert "Resolution: 6h 50m of business time left" in tooltip

    # Twenty minutes later the warning has become a breach; the next tick shows it.
    desk.clock.advance(minutes=20)
    qtbot.waitUntil(lambda: chips(window, desk, "warning")[0].kind == "breached", timeout=3000)
    assert chips(window, desk, "warning")[0].text == "FR −10m"
    assert looks(chips(window, desk, "running"))[0] == ("FR 30m", "warning", "")
    assert chip_colour_found(window, row_of(window, desk, "warning"), "breached")


def test_a_closed_calendar_counts_down_to_the_opening_and_says_why(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    """The letter's policy counts 08–16 on weekdays: 470 business minutes left at 09:00 on Monday
    fall due on Tuesday at 08:50, and its chip counts to that instant, also overnight."""
    window = make_window(desk, View.UNASSIGNED)
    assert looks(wait_for_chips(qtbot, window, desk, "letter")) == [
        ("FR 23h 50m", "running", ""),
        ("RES 1d 23h", "running", ""),
    ]
    desk.clock.set(dt.datetime(2026, 11, 23, 17, 30, tzinfo=dt.UTC))  # after closing
    qtbot.waitUntil(lambda: chips(window, desk, "letter")[0].reason != "", timeout=3000)
    assert looks(chips(window, desk, "letter"))[0] == ("FR 15h 20m", "running", "outside business hours")


def test_one_tick_updates_only_the_rows_in_sight_with_one_signal(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    window = make_window(desk, View.ALL)
    wait_for_chips(qtbot, window, desk, "breached")
    seen: list[tuple[int, int, int, int]] = []
    window.model.dataChanged.connect(
        lambda a, b, _roles: seen.append((a.row(), b.row(), a.column(), b.column()))
    )
    window.tick()
    first, last = window.list.visible_rows()
    assert seen == [(first, last, Column.SLA, Column.SLA)]


# -- search ----------------------------------------------------------------------------------------


def test_search_from_the_keyboard_lists_the_matches_and_esc_goes_back(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    window = make_window(desk, View.UNASSIGNED)
    qtbot.keyClick(window.list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "declined")
    with qtbot.waitSignal(window.search_finished):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_view is None and window.sidebar.current_view() is None
    assert numbers(window) == ["Payment failed at checkout"]
    row = window.model.index(0, Column.SUBJECT).data(ROW_ROLE)
    assert isinstance(row, InboxRow) and row.matched == "message"
    assert f"{HIGHLIGHT_START}declined{HIGHLIGHT_END}" in row.excerpt
    assert (
        window.list_header.title.text() == "Search results"
        and "“declined”" in window.list_header.detail.text()
    )
    assert window.pane.detail is not None and window.pane.detail.subject == "Payment failed at checkout"
    assert window.list.hasFocus()  # J/K work on the results straight away

    # A subject match highlights the subject.
    window.focus_search()
    qtbot.keyClicks(window.search, "parcel")
    with qtbot.waitSignal(window.search_finished):
        qtbot.keyClick(window.search, Qt.Key.Key_Enter)
    row = window.model.index(0, Column.SUBJECT).data(ROW_ROLE)
    assert row.matched == "subject" and f"{HIGHLIGHT_START}parcel{HIGHLIGHT_END}" in row.excerpt

    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    assert window.current_view == View.UNASSIGNED and numbers(window) == EXPECTED[View.UNASSIGNED]
    assert window.search.text() == "" and window.sidebar.current_view() == View.UNASSIGNED


def test_esc_in_the_search_field_clears_it_and_goes_back(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    window = make_window(desk, View.TIER_2)
    window.focus_search()
    qtbot.keyClicks(window.search, "invoice")
    with qtbot.waitSignal(window.search_finished):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    window.focus_search()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.current_view == View.TIER_2 and window.search.text() == ""
    assert window.list.hasFocus()


def test_a_query_that_cannot_be_understood_gets_an_inline_hint_not_a_dialog(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk
) -> None:
    window = make_window(desk)
    before = numbers(window)
    window.focus_search()
    qtbot.keyClicks(window.search, '"unclosed quote')
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.search.hint.isVisible()
    assert window.search.hint_text() == "A quotation mark is not closed."
    assert window.search.hint.palette().color(window.search.hint.foregroundRole()) == QColor(
        theme.SEARCH_ERROR
    )
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()
    ]
    assert numbers(window) == before and window.current_view == View.MY_OPEN  # nothing else changed
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    assert not window.search.hint.isVisible()  # typing clears the hint


# -- menus and settings ------------------------------------------------------------------------------


def test_every_action_is_in_a_menu_with_its_shortcut(make_window: MakeWindow, desk: Desk) -> None:
    window = make_window(desk)
    menus = {
        menu.title().replace("&", ""): menu
        for menu in window.menuBar().findChildren(type(window.conversation_menu))
    }
    conversation = [
        a.text().replace("&", "") for a in window.conversation_menu.actions() if not a.isSeparator()
    ]
    # Answering first, as a mail program lists it, then the note and the canned replies.
    assert conversation[:5] == ["Reply", "Reply all", "Forward…", "Internal note", "Insert canned reply…"]
    assert "Escalate…" in conversation and "Manage canned replies…" in conversation
    assert "New conversation…" in conversation
    assert window.pane.escalate_action.shortcut().toString() == "E"
    assert window.new_conversation_action.shortcut().toString() == "Ctrl+N"
    assert window.search_action.shortcut().toString() == "Ctrl+K"
    assert (
        window.next_action.shortcut().toString() == "J"
        and window.previous_action.shortcut().toString() == "K"
    )
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.settings_action.shortcuts() and window.quit_action.shortcuts()
    assert {"File", "Conversation", "View"} <= set(menus)


def test_settings_keep_the_signed_in_agent_and_change_the_font_size(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk, qapp: QApplication
) -> None:
    preferences = Preferences()
    window = make_window(desk, View.MY_OPEN, preferences)
    assert numbers(window) == EXPECTED[View.MY_OPEN]
    row_height = window.list.verticalHeader().defaultSectionSize()
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.chosen_agent() == desk.maja
    assert not dialog.select_agent(desk.ole)  # another agent signs in (File → Switch agent…)
    assert not dialog.agent_combo.isEnabled()
    dialog.signature_edit.setPlainText("Best regards,\nMaja")
    dialog.font_size_spin.setValue(15)
    assert qapp.font().pointSize() == 15  # applied while the dialog is open
    qtbot.waitUntil(lambda: window.list.verticalHeader().defaultSectionSize() > row_height)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(ThemeMode.DARK.value))
    assert theme.is_dark()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.services.agent_id == desk.maja
    assert preferences.signature(desk.maja) == "Best regards,\nMaja"
    with qtbot.waitSignal(window.counts_updated):
        DeskLock.attach(window).switch_to(desk.ole)
    assert window.services.agent_id == desk.ole
    assert WorkspaceSettings(desk.store).current_agent_id() == desk.ole
    assert window.top_bar.agent.text() == "Ole Nielsen"
    assert numbers(window) == []  # Ole's only conversation is solved
    assert counts(window)[View.MY_OPEN] == "0"
    assert preferences.font_size == 15 and preferences.theme == ThemeMode.DARK
    assert preferences.signature(desk.ole) == ""


def test_cancel_puts_the_look_back(
    qtbot: QtBot, make_window: MakeWindow, desk: Desk, qapp: QApplication
) -> None:
    window = make_window(desk)
    size = qapp.font().pointSize()
    dialog = window.open_settings()
    assert dialog is not None
    dialog.font_size_spin.setValue(size + 4)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(ThemeMode.DARK.value))
    assert qapp.font().pointSize() == size + 4 and theme.is_dark()
    dialog.reject()
    assert qapp.font().pointSize() == size and not theme.is_dark()
    assert window.services.agent_id == desk.maja
    assert window.model.rowCount() == 2
    assert QModelIndex().isValid() is False


def test_sla_editor_opens_for_supervisors_only(make_window: MakeWindow, desk: Desk) -> None:
    window = make_window(desk)
    # Maja is a frontline agent: the editor explains the refusal instead of opening.
    assert window.open_sla_editor() is None
    assert "supervisors and admins" in window.message_bar.text.text()
    with desk.store.write() as session:
        agent = session.get(Agent, window.services.agent_id)
        assert agent is not None
        agent.role = "supervisor"
    dialog = window.open_sla_editor()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_sla_alerts_run_with_the_window(make_window: MakeWindow, desk: Desk) -> None:
    window = make_window(desk)
    shown: list[str] = []
    window.sla_alerts.alert.connect(lambda _cid, title, _text: shown.append(title))
    desk.clock.advance(minutes=15)  # the unassigned tier-1 email in warning is now overdue
    announced = window.sla_alerts.check()
    assert [(a.conversation_id, a.kind) for a in announced] == [(desk.ids["warning"], "sla_breach")]
    assert len(shown) == 1
    assert window.sla_alerts.check() == []  # once only


def test_an_agents_round_by_keyboard_only(qtbot: QtBot, make_window: MakeWindow, desk: Desk) -> None:
    """Search a customer, open the conversation, read it, reply, note, set it waiting, move on —
    without the mouse — and check what the database then holds."""
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    window = make_window(desk, View.ALL)
    pane = window.pane

    qtbot.keyClick(window.list, Qt.Key.Key_K, ctrl)
    qtbot.keyClicks(window.search, "Hansen")
    with qtbot.waitSignal(window.search_finished):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "Payment failed at checkout" in numbers(window)
    for _ in range(len(numbers(window))):
        assert pane.detail is not None
        if pane.detail.subject == "Payment failed at checkout":
            break
        qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert pane.detail is not None and pane.detail.id == desk.ids["breached"]
    assert "My card was declined twice." in pane.timeline.toPlainText()  # the history is there

    qtbot.keyClick(window.list, Qt.Key.Key_R)
    assert pane.composer.editor.hasFocus()
    qtbot.keyClicks(pane.composer.editor, "Sorry, Jens: I have reset the payment.")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, ctrl)

    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Escape)
    assert window.list.hasFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_N)
    assert pane.composer.editor.hasFocus()
    qtbot.keyClicks(pane.composer.editor, "Card issuer had an outage this morning.")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, ctrl)

    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Escape)
    qtbot.keyClick(window.list, Qt.Key.Key_R)
    qtbot.keyClicks(pane.composer.editor, "Could you try once more and tell me if it works?")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, ctrl | shift)  # send and set waiting

    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Escape)
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)  # leave the search results for the view
    assert window.current_view == View.ALL
    opened = pane.detail.id if pane.detail else None
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert pane.detail is not None and pane.detail.id != opened  # on to the next conversation

    with desk.store.read() as session:
        from agentdesk.store.models import Conversation, Message

        conv = session.get(Conversation, desk.ids["breached"])
        assert conv is not None and conv.status == "pending" and conv.first_response_at is not None
        thread = [
            (m.direction, m.body_text, m.author_agent_id)
            for m in session.query(Message)
            .filter_by(conversation_id=conv.id)
            .order_by(Message.created_at, Message.id)
        ]
    assert thread == [
        ("inbound", "My card was declined twice.", None),
        ("outbound", "Sorry, Jens: I have reset the payment.", desk.maja),
        ("note", "Card issuer had an outage this morning.", desk.maja),
        ("outbound", "Could you try once more and tell me if it works?", desk.maja),
    ]
