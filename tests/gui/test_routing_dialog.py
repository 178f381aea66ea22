# SPDX-License-Identifier: GPL-3.0-or-later
"""The routing rules dialog: a rule that runs when an agent changes a conversation ("status
changed to solved") and sets the SLA policy, made by keyboard, saved, shown again, and run."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.routing_dialog import RoutingRulesDialog
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.timeline import event_text
from agentdesk.inbox.queries import EventEntry
from agentdesk.routing.changes import ChangeCondition
from agentdesk.services import Services, build_services
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import Policy
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@dataclass
class Desk:
    services: Services
    policy: uuid.UUID
    customer: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    setup = build_services(store, clock)
    lead = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    policy = save_policy(store, Policy("After-care", 24 * 60, None, 5 * 24 * 60), clock.now())
    services = build_services(store, clock, lead)
    customer = services.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    return Desk(services, policy, customer)


def test_an_update_rule_with_an_sla_policy_made_by_keyboard(
    qtbot: QtBot, qapp: QApplication, desk: Desk, tmp_path: Path
) -> None:
    apply_theme(qapp)
    dialog = RoutingRulesDialog(desk.services)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert not dialog.changes.isEnabled()  # changes count only on an agent's change
    qtbot.keyClicks(dialog.name, "Solved: after-care")
    dialog.on_arrival.setFocus()
    qtbot.keyClick(dialog.on_arrival, Qt.Key.Key_Space)  # off
    dialog.on_update.setFocus()
    qtbot.keyClick(dialog.on_update, Qt.Key.Key_Space)  # on
    assert dialog.changes.isEnabled()
    qtbot.keyClick(dialog.changes.add_button, Qt.Key.Key_Space)
    (change,) = dialog.changes.rows
    qtbot.waitUntil(change.field.hasFocus)
    change.field.setCurrentIndex(change.field.findData("status"))
    change.after.setCurrentIndex(change.after.findData("solved"))
    dialog.sla_policy.setCurrentIndex(dialog.sla_policy.findData(str(desk.policy)))
    qtbot.keyClicks(dialog.actions_form.add_tags, "after-care")
    editor = dialog.editor_area.widget()
    assert editor is not None
    qtbot.waitUntil(
        lambda: editor.height() >= editor.sizeHint().height()
    )  # laid out: nothing pressed together
    dialog.grab().save(str(tmp_path / "routing-dialog.png"))
    dialog.editor_area.ensureWidgetVisible(dialog.sla_policy)
    dialog.grab().save(str(tmp_path / "routing-dialog-actions.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Saved."
    (rule,) = desk.services.routing.list_rules()
    assert rule.triggers == ("update",)
    assert rule.conditions.changes == (ChangeCondition("status", "solved"),)
    assert rule.sla_policy == str(desk.policy)
    tooltip = dialog.list.item(0).toolTip()
    assert "Status changed from any to Solved" in tooltip and "SLA policy: After-care" in tooltip
    # Shown again as saved; a tag change reads its tag.
    dialog.new()
    assert not dialog.changes.rows and dialog.sla_policy.value() is None
    dialog.list.setCurrentRow(0)
    assert dialog.on_update.isChecked() and not dialog.on_arrival.isChecked()
    assert dialog.changes.rows[0].as_json() == {"field": "status", "to": "solved"}
    assert dialog.sla_policy.value() == str(desk.policy)
    # The rule runs when the agent solves a conversation.
    ref = desk.services.inbox.create_conversation(desk.customer, "email", "Pakke mangler", "Hej")
    desk.services.inbox.set_status(ref.id, "solved")
    with desk.services.store.read() as session:
        conv = session.get(Conversation, ref.id)
        assert conv is not None
        assert conv.tags == ["after-care"] and conv.sla_policy_override_id == desk.policy


def test_a_bad_change_is_said_in_the_dialog(qtbot: QtBot, desk: Desk) -> None:
    dialog = RoutingRulesDialog(desk.services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Bad tag")
    dialog.on_update.setChecked(True)
    row = dialog.changes.add_row()
    row.field.setCurrentIndex(row.field.findData("tag_added"))
    row.after.setEditText("no spaces allowed!")
    qtbot.keyClicks(dialog.actions_form.add_tags, "x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not a valid tag" in dialog.problem.text()
    assert desk.services.routing.list_rules() == []


def test_the_timeline_says_which_rule_set_the_sla_policy(qapp: QApplication) -> None:
    at = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    data = {
        "from": None,
        "to": str(uuid.uuid4()),
        "name": "After-care",
        "rule": "Solved",
        "trigger": "update",
    }
    entry = EventEntry(uuid.uuid4(), "sla_policy", None, data, at)
    assert event_text(entry) == "SLA policy set to After-care · rule “Solved”"
    back = EventEntry(uuid.uuid4(), "sla_policy", None, {**data, "to": None, "name": None}, at)
    assert event_text(back) == "SLA policy chosen by the policies' conditions again · rule “Solved”"
