# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording survey answers: the confirm step, refused scales and scores, imported answers."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.kpis import compute_kpis
from agentdesk.metrics.surveys import SurveyService
from agentdesk.store.database import Store
from agentdesk.store.models import SurveyResponse


@pytest.fixture
def conversation(store: Store, clock: FixedClock) -> uuid.UUID:
    desk = InboxService(store, clock)
    customer = desk.create_customer("Ole Nielsen", phone="+45 1234")
    return desk.create_conversation(customer, "phone", "Call", "Invoice question.", logged_by_agent=True).id


def test_a_phone_caller_s_answer_is_previewed_then_recorded(
    store: Store, clock: FixedClock, conversation: uuid.UUID
) -> None:
    surveys = SurveyService(store, clock)
    preview = surveys.preview(conversation, "csat", 4)
    assert preview.summary == "CSAT 4 on the scale 1-5 (5 is the best answer), for conversation #1."
    with store.read() as s:
        assert s.scalars(select(SurveyResponse)).all() == []  # the preview stores nothing
    answer_id = surveys.record(conversation, "nps", 9, comment="  Quick help  ")
    with store.read() as s:
        row = s.get_one(SurveyResponse, answer_id)
    assert (row.kind, row.score, row.scale_min, row.scale_max, row.comment) == (
        "nps",
        9.0,
        0,
        10,
        "Quick help",
    )
    assert row.conversation_id == conversation and row.customer_id is not None
    assert row.created_at == clock.now()


@pytest.mark.parametrize(
    ("kind", "score", "scale", "message"),
    [
        ("csat", 6, None, r"whole number from 1 to 5 \(got 6\)"),
        ("csat", 4.5, None, r"whole number from 1 to 5 \(got 4.5\)"),
        ("csat", 50, (0, 10), "A CSAT answer must be on the 1-5 or 1-10 or 0-100 scale"),
        ("nps", 11, None, r"NPS score must be a whole number from 0 to 10 \(got 11\)"),
        ("nps", 5, (1, 5), "An? NPS answer must be on the 0-10 scale"),
        ("ces", 0, None, r"Customer effort score must be a whole number from 1 to 7 \(got 0\)"),
        ("ces", "easy", None, "Customer effort score must be a whole number from 1 to 7"),
        ("ces", True, None, "whole number"),
        ("stars", 5, None, "The survey kind must be csat, nps or ces"),
    ],
)
def test_bad_answers_are_refused_with_one_sentence(
    store: Store,
    clock: FixedClock,
    conversation: uuid.UUID,
    kind: str,
    score: object,
    scale: tuple[int, int] | None,
    message: str,
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        SurveyService(store, clock).record(conversation, kind, score, scale=scale)
    assert "\n" not in caught.value.message
    with store.read() as s:
        assert s.scalars(select(SurveyResponse)).all() == []


def test_an_unknown_conversation_is_refused(store: Store, clock: FixedClock) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        SurveyService(store, clock).record(uuid.uuid4(), "csat", 5)


def test_recorded_and_imported_answers_count_alike(
    store: Store, clock: FixedClock, conversation: uuid.UUID
) -> None:
    surveys = SurveyService(store, clock)
    surveys.record(conversation, "csat", 5)
    surveys.record(conversation, "csat", 70, scale=(0, 100))
    with store.write() as s:  # as an exchange-file import writes it
        s.add(
            SurveyResponse(
                conversation_id=conversation,
                kind="csat",
                score=90,
                scale_min=0,
                scale_max=100,
                created_at=clock.now(),
            )
        )
    r = compute_kpis(
        store, clock.now() - dt.timedelta(days=1), clock.now() + dt.timedelta(days=1), now=clock.now()
    )
    assert r.overall.values["csat"].sample == 3
    assert r.overall.values["csat"].value == pytest.approx(2 / 3)
