# SPDX-License-Identifier: GPL-3.0-or-later
"""The survey dialog asks on which scale, and which way round, the customer answered."""

from __future__ import annotations

import uuid

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.survey_dialog import SCALE_CHOICES, SurveyDialog
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.surveys import SCALES
from agentdesk.services import Services, build_services
from agentdesk.store.database import Store
from agentdesk.store.models import SurveyResponse


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> tuple[Services, uuid.UUID]:
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Ole Nielsen", phone="+45 1234")
    conv = inbox.create_conversation(customer, "phone", "Call", "Question.", logged_by_agent=True).id
    return build_services(store, clock), conv


def test_every_scale_a_survey_is_recorded_on_can_be_chosen() -> None:
    for kind, scales in SCALES.items():
        assert tuple(scale for scale, _label, _question in SCALE_CHOICES[kind]) == scales


def test_a_ces_asked_with_one_as_very_easy_is_stored_that_way(
    qtbot: QtBot, desk: tuple[Services, uuid.UUID], store: Store
) -> None:
    services, conv = desk
    dialog = SurveyDialog(services, conv)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ces"))
    assert dialog.scale.isEnabled() and dialog.scale.count() == 4
    assert dialog.selected_scale() == (1, 7, 7)
    dialog.scale.setCurrentIndex(1)
    assert dialog.selected_scale() == (1, 7, 1)
    assert "1: very easy" in dialog.question.text()
    assert (dialog.score.minimum(), dialog.score.maximum()) == (1, 7)
    dialog.score.setValue(2)
    assert dialog.review()
    assert "1 is the best answer" in dialog.summary.text()
    assert dialog.record()
    with store.read() as s:
        row = s.scalars(select(SurveyResponse)).one()
    assert (row.kind, row.score, row.scale_min, row.scale_max, row.scale_best) == ("ces", 2.0, 1, 7, 1)


def test_nps_has_one_scale_and_changing_kind_resets_the_scale(
    qtbot: QtBot, desk: tuple[Services, uuid.UUID]
) -> None:
    services, conv = desk
    dialog = SurveyDialog(services, conv)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ces"))
    dialog.scale.setCurrentIndex(2)
    assert dialog.selected_scale() == (1, 5, 1)
    assert (dialog.score.minimum(), dialog.score.maximum()) == (1, 5)
    dialog.kind.setCurrentIndex(dialog.kind.findData("nps"))
    assert dialog.scale.count() == 1 and not dialog.scale.isEnabled()
    assert dialog.selected_scale() == (0, 10, 10)
    assert (dialog.score.minimum(), dialog.score.maximum()) == (0, 10)
    dialog.kind.setCurrentIndex(dialog.kind.findData("csat"))
    dialog.scale.setCurrentIndex(2)
    assert dialog.selected_scale() == (0, 100, 100) and dialog.score.maximum() == 100
