# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Survey policies…: offered to supervisors, refused to agents; a policy written in the
dialog (kind, conditions, delay, period, a German text) is stored and shown again; a text without
{question} is refused in one sentence."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.survey_policy_dialog import SurveyPolicyDialog
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId, Menu
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.surveys.policy import PolicyInput, SurveyPolicies

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


def window_for(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock, agent: uuid.UUID
) -> MainWindow:
    apply_theme(qapp)
    window = MainWindow(build_services(store, clock, agent), MessageBridge(), Preferences())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window


def test_policies_are_written_in_the_dialog_by_supervisors(
    qtbot: QtBot, qapp: QApplication, store: Store, clock: FixedClock
) -> None:
    setup = build_services(store, clock)
    sara = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    ben = setup.directory.create_agent("Ben Holm", "ben@shop.test", tiers=[1])
    billing = setup.directory.create_team("Billing", actor_id=sara)

    agent_window = window_for(qtbot, qapp, store, clock, ben)
    action = agent_window.registry[ActionId.SURVEY_POLICIES]
    assert action in agent_window.menus[Menu.FILE].actions()
    assert not action.isEnabled() and "supervisors and admins" in action.toolTip()
    with pytest.raises(PermissionDenied):
        SurveyPolicies(store, clock, ben).save(PolicyInput(name="Sneaky"))

    window = window_for(qtbot, qapp, store, clock, sara)
    action = window.registry[ActionId.SURVEY_POLICIES]
    assert action.isEnabled()
    action.trigger()
    dialog = window.survey_policy_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, SurveyPolicyDialog) and dialog.isVisible()

    dialog.name.setText("Billing NPS")
    dialog.kind.setCurrentIndex(dialog.kind.findData("nps"))
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.plan.setCurrentIndex(dialog.plan.findData("premium"))
    dialog.team.setCurrentIndex(dialog.team.findData(str(billing)))
    dialog.delay.setValue(120)
    dialog.period.setValue(90)
    dialog.bodies["de"].setPlainText("Hallo {name},\nohne Frage.")
    dialog.save_button.click()
    assert dialog.error.isVisible() and "{question}" in dialog.error.text()
    assert SurveyPolicies(store, clock).rows() == []

    dialog.subjects["de"].setText("Ihre Meinung zu #{number}")
    dialog.bodies["de"].setPlainText("Guten Tag {name},\n\n{question}")
    dialog.save_button.click()
    assert not dialog.error.isVisible()
    [row] = SurveyPolicies(store, clock).rows()
    assert (row.data.name, row.data.kind, row.data.channel, row.data.plan, row.data.team_id) == (
        "Billing NPS",
        "nps",
        "email",
        "premium",
        billing,
    )
    assert (row.data.delay_minutes, row.data.period_days) == (120, 90)
    assert row.data.texts == {
        "de": {"subject": "Ihre Meinung zu #{number}", "body": "Guten Tag {name},\n\n{question}"}
    }
    assert dialog.list.count() == 1 and dialog.list.currentItem().text() == "Billing NPS"

    dialog.grab().save("/tmp/surveys_dialog.png")
    dialog.delete_button.click()
    assert SurveyPolicies(store, clock).rows() == [] and dialog.list.count() == 0
