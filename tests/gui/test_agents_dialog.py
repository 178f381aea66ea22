# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Agents and teams" dialog on a real temporary database.

A supervisor adds an agent and renames a tier through the widgets; what counts is what the database
holds afterwards. An agent at the desk gets the same dialog read-only. Questions the dialog asks
(deactivate, delete, unsaved changes) are answered through its ``ask`` hook, which gets the message
box and returns the button a user would press.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui import labels
from agentdesk.gui.agents_dialog import AgentsTeamsDialog, Asker, open_agents_dialog
from agentdesk.services import Services, build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, Setting

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@dataclass
class Desk:
    services: Services
    billing: uuid.UUID
    technical: uuid.UUID
    pia: uuid.UUID  # supervisor
    maja: uuid.UUID  # agent
    anders: uuid.UUID  # admin


@pytest.fixture(autouse=True)
def default_tier_names() -> Iterator[None]:
    """Tier names are process-wide labels: every test starts and ends with the defaults."""
    labels.set_tier_names(None)
    yield
    labels.set_tier_names(None)


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    services = build_services(store, clock)
    directory = services.directory
    billing = directory.create_team("Billing", "Payments, invoices, refunds")
    technical = directory.create_team("Technical")
    anders = directory.create_agent("Anders Admin", "anders@shop.test", role="admin", tiers=[1, 2, 3])
    pia = directory.create_agent("Pia Boss", "pia@shop.test", role="supervisor", tiers=[1], team_id=billing)
    maja = directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1], team_id=billing)
    return Desk(services, billing, technical, pia, maja, anders)


def click_check(qtbot: QtBot, check: QCheckBox) -> None:
    """Click a check box on its box (its centre may lie beyond a short label)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def at_desk(desk: Desk, agent_id: uuid.UUID, qtbot: QtBot) -> AgentsTeamsDialog:
    desk.services.set_agent(agent_id)
    dialog = AgentsTeamsDialog(desk.services)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # Ctrl+S needs the active window, as on a desk
        dialog.show()
        dialog.activateWindow()
    return dialog


def answer(text: str) -> Asker:
    """An ``ask`` hook that presses the button labelled ``text`` (a standard button by its role)."""

    def ask(box: QMessageBox) -> QAbstractButton | None:
        for button in box.buttons():
            if button.text().replace("&", "") == text:
                return button
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")

    return ask


def agent_named(store: Store, name: str) -> Agent:
    with store.read() as session:
        [agent] = session.query(Agent).filter_by(name=name).all()
        return agent


def team_item(dialog: AgentsTeamsDialog, name: str) -> int:
    [item] = dialog.agent_teams.findItems(name, Qt.MatchFlag.MatchExactly)
    return dialog.agent_teams.row(item)


def test_admin_adds_an_agent_and_renames_a_tier(desk: Desk, store: Store, qtbot: QtBot) -> None:
    dialog = at_desk(desk, desk.anders, qtbot)
    assert not dialog.read_only and not dialog.agents_read_only and not dialog.banner.isVisible()
    assert dialog.agent_table.rowCount() == 3
    assert dialog.tier_checks[3].text() == "3rd level"

    qtbot.mouseClick(dialog.new_agent_button, Qt.MouseButton.LeftButton)
    assert dialog.agent_group.title() == "New agent"
    assert dialog.focusWidget() is dialog.agent_name
    qtbot.keyClicks(dialog.agent_name, "Sven Berg")
    qtbot.keyClicks(dialog.agent_email, "Sven.Berg@shop.test")
    click_check(qtbot, dialog.tier_checks[1])  # a new agent starts at L1
    click_check(qtbot, dialog.tier_checks[2])
    click_check(qtbot, dialog.tier_checks[3])
    # Tick Billing from the keyboard: the list has focus, the row is current, Space ticks it.
    dialog.agent_teams.setFocus()
    dialog.agent_teams.setCurrentRow(team_item(dialog, "Billing"))
    qtbot.keyClick(dialog.agent_teams, Qt.Key.Key_Space)
    assert dialog.home_team.currentText() == "Billing"  # the first team ticked becomes the home team
    assert dialog.agent_unsaved()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_agent_button, Qt.MouseButton.LeftButton)
    assert not dialog.agent_error.isVisible(), dialog.agent_error.text()
    assert dialog.agent_group.title() == "Agent: Sven Berg"
    assert not dialog.agent_unsaved()

    dialog.tabs.setCurrentWidget(dialog.tiers_tab)
    dialog.tier_edits[3].selectAll()
    qtbot.keyClicks(dialog.tier_edits[3], "Engineering")
    qtbot.keyClick(dialog.tier_edits[3], Qt.Key.Key_Return)  # Enter saves the tier names
    assert not dialog.tier_error.isVisible(), dialog.tier_error.text()
    assert labels.tier_name(3) == "Engineering" and labels.tier_name(2) == "2nd level"
    assert dialog.tier_checks[3].text() == "Engineering (L3)"
    assert dialog.modified and dialog.unsaved_sections() == []

    sven = agent_named(store, "Sven Berg")
    assert (sven.email, sven.role, sven.tiers, sven.language, sven.active) == (
        "sven.berg@shop.test",
        "agent",
        [2, 3],
        "en",
        True,
    )
    assert sven.team_id == desk.billing and sven.team_ids == [str(desk.billing)]
    with store.read() as session:
        setting = session.get(Setting, "tier_names")
        assert setting is not None and setting.value == ["1st level", "2nd level", "Engineering"]
    dialog.reject()
    assert not dialog.isVisible()


def test_an_agent_at_the_desk_gets_it_read_only(desk: Desk, store: Store, qtbot: QtBot) -> None:
    dialog = at_desk(desk, desk.maja, qtbot)
    assert dialog.read_only
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == (
        "Read only. Maja Jensen is an agent: only admins change agents, and only supervisors and admins "
        "change teams and tier names."
    )
    for button in (
        dialog.new_agent_button,
        dialog.save_agent_button,
        dialog.deactivate_button,
        dialog.new_team_button,
        dialog.save_team_button,
        dialog.delete_team_button,
        dialog.save_tiers_button,
    ):
        assert not button.isVisible(), button.objectName()
    assert (
        dialog.agent_name.isReadOnly() and dialog.team_name.isReadOnly() and dialog.tier_edits[1].isReadOnly()
    )
    assert not any(check.isEnabled() for check in dialog.tier_checks.values())
    assert not dialog.agent_role.isEnabled()
    assert not dialog.agent_teams.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable

    # Browsing still works, and nothing can be saved, not even by the keyboard.
    assert dialog.agent_table.rowCount() == 3
    dialog.agent_table.selectRow(1)
    assert dialog.agent_name.text() in {"Maja Jensen", "Pia Boss", "Anders Admin"}
    dialog.tabs.setCurrentWidget(dialog.tiers_tab)
    qtbot.keyClicks(dialog.tier_edits[1], "Front desk")  # read-only: types nothing
    qtbot.keySequence(dialog, QKeySequence(QKeySequence.StandardKey.Save))
    assert not dialog.modified
    with store.read() as session:
        assert session.get(Setting, "tier_names") is None
    dialog.reject()  # nothing unsaved to ask about
    assert not dialog.isVisible()


def test_deactivating_returns_open_conversations_to_the_queue(desk: Desk, store: Store, qtbot: QtBot) -> None:
    inbox = desk.services.inbox
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    cid = inbox.create_conversation(customer, "email", "Payment failed", "Declined twice.").id
    inbox.assign(cid, desk.maja)
    dialog = at_desk(desk, desk.anders, qtbot)
    dialog.agent_filter.setText("maja")
    assert [r for r in range(dialog.agent_table.rowCount()) if not dialog.agent_table.isRowHidden(r)] == [
        next(r for r in range(3) if dialog.agent_table.item(r, 0).text() == "Maja Jensen")
    ]
    dialog.agent_table.selectRow(next(r for r in range(3) if not dialog.agent_table.isRowHidden(r)))
    assert dialog.agent_status.text() == "Active · 1 open conversation"

    questions: list[str] = []

    def ask(box: QMessageBox) -> QAbstractButton | None:
        questions.append(box.text())
        return next(b for b in box.buttons() if b.text() == "Deactivate and return to queue")

    dialog.ask = ask
    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    assert questions == ["Maja Jensen still holds 1 open conversation."]
    assert not agent_named(store, "Maja Jensen").active
    with store.read() as session:
        conv = session.get(Conversation, cid)
        assert conv is not None and conv.assignee_id is None
    assert dialog.show_inactive.isChecked() and dialog.reactivate_button.isVisible()
    assert "1 conversation went back to the queue." in dialog.agent_status.text()

    qtbot.mouseClick(dialog.reactivate_button, Qt.MouseButton.LeftButton)
    assert agent_named(store, "Maja Jensen").active


def test_refusals_are_shown_in_plain_words(desk: Desk, store: Store, qtbot: QtBot) -> None:
    dialog = at_desk(desk, desk.pia, qtbot)
    dialog.tabs.setCurrentWidget(dialog.teams_tab)
    billing_row = next(r for r in range(2) if dialog.team_table.item(r, 0).text() == "Billing")
    dialog.team_table.selectRow(billing_row)
    assert dialog.team_name.text() == "Billing"
    assert dialog.team_members.text() == "Maja Jensen\u00a0(home), Pia Boss\u00a0(home)"
    dialog.ask = answer("Delete team")
    qtbot.mouseClick(dialog.delete_team_button, Qt.MouseButton.LeftButton)
    assert dialog.team_error.isVisible()
    assert dialog.team_error.text() == (
        "Billing cannot be deleted: 2 agents still work in it (Maja Jensen, Pia Boss). "
        "First take them out of the team."
    )
    assert [t.name for t in desk.services.directory.teams()] == ["Billing", "Technical"]

    dialog.reject()

    # An admin cannot deactivate themselves; an agent without a tier is refused with the service's
    # sentence, and what was typed stays.
    dialog = at_desk(desk, desk.anders, qtbot)
    assert dialog.agent_name.text() == "Anders Admin" and not dialog.deactivate_button.isEnabled()
    assert dialog.deactivate_button.toolTip() == "You cannot deactivate yourself; ask another admin."
    maja_row = next(r for r in range(3) if dialog.agent_table.item(r, 0).text() == "Maja Jensen")
    dialog.agent_table.selectRow(maja_row)
    click_check(qtbot, dialog.tier_checks[1])
    qtbot.keyClick(dialog.agent_name, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.agent_name, " Holm")
    qtbot.keySequence(dialog, QKeySequence(QKeySequence.StandardKey.Save))  # Ctrl+S saves the tab
    assert dialog.agent_error.text() == (
        "An agent works at least one tier; tick one or more of the tiers 1, 2 and 3."
    )
    assert dialog.agent_name.text() == "Maja Jensen Holm"
    assert agent_named(store, "Maja Jensen").tiers == [1]

    # Closing with the unsaved change asks; Discard closes without saving.
    asked: list[str] = []

    def discard(box: QMessageBox) -> QAbstractButton | None:
        asked.append(box.text())
        return box.button(QMessageBox.StandardButton.Discard)

    dialog.ask = discard
    dialog.reject()
    assert asked == ["Save the changes to Maja Jensen before closing?"]
    assert not dialog.isVisible()
    assert not dialog.modified


def test_a_supervisor_sees_agents_read_only_and_changes_teams(desk: Desk, store: Store, qtbot: QtBot) -> None:
    dialog = at_desk(desk, desk.pia, qtbot)
    assert dialog.agents_read_only and not dialog.read_only
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == (
        "Only an admin adds, changes or deactivates agents; you can change teams and tier names."
    )
    for button in (
        dialog.new_agent_button,
        dialog.save_agent_button,
        dialog.revert_agent_button,
        dialog.deactivate_button,
        dialog.reactivate_button,
    ):
        assert not button.isVisible(), button.objectName()
    maja_row = next(r for r in range(3) if dialog.agent_table.item(r, 0).text() == "Maja Jensen")
    dialog.agent_table.selectRow(maja_row)
    assert dialog.agent_name.text() == "Maja Jensen"
    assert dialog.agent_name.isReadOnly() and dialog.agent_email.isReadOnly()
    assert not dialog.agent_role.isEnabled() and not dialog.agent_language.isEnabled()
    assert not any(check.isEnabled() for check in dialog.tier_checks.values())
    assert not dialog.home_team.isEnabled()
    assert not dialog.agent_teams.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    qtbot.keyClicks(dialog.agent_name, " Holm")  # read-only: types nothing
    qtbot.keySequence(dialog, QKeySequence(QKeySequence.StandardKey.Save))
    assert agent_named(store, "Maja Jensen").tiers == [1]
    assert not dialog.agent_unsaved()

    # Teams stay theirs: a new team is added from the Teams tab.
    dialog.tabs.setCurrentWidget(dialog.teams_tab)
    assert dialog.new_team_button.isVisible() and not dialog.team_name.isReadOnly()
    qtbot.mouseClick(dialog.new_team_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.team_name, "Returns")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_team_button, Qt.MouseButton.LeftButton)
    assert "Returns" in [t.name for t in desk.services.directory.teams()]
    dialog.reject()
    assert not dialog.isVisible()


def test_open_agents_dialog_says_whether_anything_changed(desk: Desk, qtbot: QtBot) -> None:
    desk.services.set_agent(desk.pia)

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AgentsTeamsDialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    assert open_agents_dialog(None, desk.services) is False


def test_tier_names_set_at_start_reach_the_labels(desk: Desk) -> None:
    desk.services.directory.set_tier_names(desk.pia, ["Front desk", "Experts", "Engineering"])
    labels.set_tier_names(desk.services.directory.tier_names())
    assert [labels.tier_name(t) for t in (1, 2, 3)] == ["Front desk", "Experts", "Engineering"]
    assert labels.tier_label(2) == "L2"
    assert labels.view_label("tier_3") == "Engineering"  # the sidebar's queue of that tier
    labels.set_tier_names(None)
    assert labels.tier_name(1) == "1st level" and labels.view_label("tier_3") == "3rd level"


def test_the_first_agent_of_an_empty_workspace_is_its_admin(
    store: Store, clock: FixedClock, qtbot: QtBot
) -> None:
    services = build_services(store, clock)
    assert services.agent_id is None
    dialog = AgentsTeamsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.read_only
    assert dialog.banner.isVisible() and "Make someone an admin first" in dialog.banner.text()
    assert dialog.agent_group.title() == "New agent"
    assert dialog.agent_role.currentData() == "admin"
    assert dialog.agent_teams.item(0).text() == "No teams yet: add them on the Teams tab."
    qtbot.keyClicks(dialog.agent_name, "Ole Nielsen")
    qtbot.keyClicks(dialog.agent_email, "ole@shop.test")
    qtbot.keyClick(dialog.agent_email, Qt.Key.Key_Return)  # Enter saves the agent
    ole = agent_named(store, "Ole Nielsen")
    assert ole.role == "admin" and ole.tiers == [1]
    assert services.agent_id == ole.id and services.workspace.current_agent_id() == ole.id
    assert dialog.agent_status.text() == (
        "Ole Nielsen now works at this desk; File → Switch agent… changes who does."
    )
    assert dialog.agent_table.item(0, 0).text() == "Ole Nielsen (you)"
    assert not dialog.read_only and not dialog.banner.isVisible()
    assert not dialog.deactivate_button.isEnabled()  # nobody deactivates themselves
