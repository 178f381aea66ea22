# SPDX-License-Identifier: GPL-3.0-or-later
"""Every survey answer stores its scale and its good end, and CSAT, NPS and CES are computed from
what is stored: every scale and direction with its value worked out by hand, the answers from
before the good end was stored (the migration), and the exchange format carrying it."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.kpis import KpiReport, compute_kpis
from agentdesk.metrics.surveys import SCALES, SurveyService
from agentdesk.store import migrate
from agentdesk.store.database import Store, make_engine, open_store
from agentdesk.store.models import SurveyResponse

from ..conftest import within_cpu_seconds

UTC = dt.UTC
DAY = dt.datetime(2026, 11, 24, tzinfo=UTC)


@pytest.fixture
def conversation(store: Store, clock: FixedClock) -> uuid.UUID:
    clock.set(DAY)
    desk = InboxService(store, clock)
    customer = desk.create_customer("Ole Nielsen", phone="+45 1234")
    return desk.create_conversation(customer, "phone", "Call", "Invoice question.", logged_by_agent=True).id


def _record(
    store: Store,
    clock: FixedClock,
    conv: uuid.UUID,
    kind: str,
    answers: list[tuple[int, tuple[int, int, int]]],
) -> None:
    surveys = SurveyService(store, clock)
    for score, scale in answers:
        surveys.record(conv, kind, score, scale=scale)


def _day(store: Store) -> KpiReport:
    return compute_kpis(store, DAY, DAY + dt.timedelta(days=1), now=DAY + dt.timedelta(days=2))


def test_csat_is_top_two_box_on_each_scale(store: Store, clock: FixedClock, conversation: uuid.UUID) -> None:
    _record(
        store,
        clock,
        conversation,
        "csat",
        [
            (5, (1, 5, 5)), (4, (1, 5, 5)), (3, (1, 5, 5)),  # 2 of 3 satisfied
            (10, (1, 10, 10)), (9, (1, 10, 10)), (8, (1, 10, 10)),  # 2 of 3: 8 is not top-two-box
            (80, (0, 100, 100)), (79, (0, 100, 100)),  # 1 of 2: 80 or more
        ],
    )  # fmt: skip
    csat = _day(store).overall.values["csat"]
    assert csat.sample == 8
    assert csat.value == pytest.approx(5 / 8)


def test_nps_from_zero_to_ten(store: Store, clock: FixedClock, conversation: uuid.UUID) -> None:
    # Promoters 10, 9; passives 8, 7; detractors 6, 0: (2 - 2) / 6 = 0; with one more 9: 3 - 2 of 7.
    _record(store, clock, conversation, "nps", [(s, (0, 10, 10)) for s in (10, 9, 8, 7, 6, 0, 9)])
    nps = _day(store).overall.values["nps"]
    assert nps.sample == 7
    assert nps.value == pytest.approx(100 / 7)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # 1-7 asked "it was easy" (7: strongly agree): as given.
        ([(7, (1, 7, 7)), (4, (1, 7, 7))], (7 + 4) / 2),
        # 1-7 asked with 1 = very easy: turned round, 1 -> 7, 2 -> 6, 7 -> 1.
        ([(1, (1, 7, 1)), (2, (1, 7, 1)), (7, (1, 7, 1))], (7 + 6 + 1) / 3),
        # 1-5 effort (1: very low effort): 1 -> 7, 2 -> 5.5, 5 -> 1.
        ([(1, (1, 5, 1)), (2, (1, 5, 1)), (5, (1, 5, 1))], (7 + 5.5 + 1) / 3),
        # 1-5 asked with 5 = very easy: stretched, 5 -> 7, 4 -> 5.5, 1 -> 1.
        ([(5, (1, 5, 5)), (4, (1, 5, 5)), (1, (1, 5, 5))], (7 + 5.5 + 1) / 3),
        # The same experience asked two ways gives the same figure: 2 of 7 with 1 = very easy is 6.
        ([(6, (1, 7, 7)), (2, (1, 7, 1))], 6.0),
    ],
)
def test_ces_on_the_one_to_seven_easy_scale_from_the_stored_direction(
    store: Store,
    clock: FixedClock,
    conversation: uuid.UUID,
    answers: list[tuple[int, tuple[int, int, int]]],
    expected: float,
) -> None:
    _record(store, clock, conversation, "ces", answers)
    ces = _day(store).overall.values["ces"]
    assert ces.sample == len(answers)
    assert ces.value == pytest.approx(expected)


def test_the_answer_stores_its_scale_and_good_end(
    store: Store, clock: FixedClock, conversation: uuid.UUID
) -> None:
    surveys = SurveyService(store, clock)
    easy_is_one = surveys.record(conversation, "ces", 2, scale=(1, 7, 1))
    default = surveys.record(conversation, "ces", 6)
    effort = surveys.record(conversation, "ces", 2, scale=(1, 5))  # the range names its question
    preview = surveys.preview(conversation, "ces", 2, scale=(1, 7, 1))
    assert (
        preview.summary
        == "Customer effort (CES) 2 on the scale 1-7 (1 is the best answer), for conversation #1."
    )
    with store.read() as s:
        rows = {r.id: (r.scale_min, r.scale_max, r.scale_best) for r in s.scalars(select(SurveyResponse))}
    assert rows == {easy_is_one: (1, 7, 1), default: (1, 7, 7), effort: (1, 5, 1)}


@pytest.mark.parametrize(
    ("kind", "scale", "message"),
    [
        ("csat", (1, 5, 1), r"good end of a CSAT scale of 1-5 must be 5 \(got 1\)"),
        ("nps", (0, 10, 0), r"good end of a NPS scale of 0-10 must be 10 \(got 0\)"),
        ("ces", (1, 7, 4), r"good end of a Customer effort scale of 1-7 must be 7 or 1 \(got 4\)"),
    ],
)
def test_a_good_end_no_survey_asks_is_refused(
    store: Store,
    clock: FixedClock,
    conversation: uuid.UUID,
    kind: str,
    scale: tuple[int, int, int],
    message: str,
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        SurveyService(store, clock).record(conversation, kind, 4, scale=scale)
    assert "\n" not in caught.value.message


@settings(max_examples=2000, deadline=None)
@given(
    kind=st.sampled_from(["csat", "nps", "ces", "stars"]),
    low=st.integers(-2, 101),
    high=st.integers(-2, 101),
    best=st.integers(-2, 101),
    score=st.integers(-2, 101) | st.floats(allow_nan=True, allow_infinity=True),
)
def test_any_scale_is_taken_as_declared_or_refused_with_one_sentence(
    survey_desk: tuple[SurveyService, uuid.UUID], kind: str, low: int, high: int, best: int, score: object
) -> None:
    surveys, conv = survey_desk
    with within_cpu_seconds():
        try:
            answer = surveys.preview(conv, kind, score, scale=(low, high, best))
        except ValidationError as refused:
            assert refused.message and "\n" not in refused.message
            return
    assert (answer.scale_min, answer.scale_max, answer.scale_best) == (low, high, best)
    assert answer.scale in SCALES[kind]
    assert low <= answer.score <= high


@pytest.fixture(scope="module")
def survey_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[SurveyService, uuid.UUID]:
    store = open_store(tmp_path_factory.mktemp("scales") / "desk.sqlite")
    clock = FixedClock(DAY)
    desk = InboxService(store, clock)
    customer = desk.create_customer("Ole Nielsen", phone="+45 1234")
    conv = desk.create_conversation(customer, "phone", "Call", "Question.", logged_by_agent=True).id
    return SurveyService(store, clock), conv


def test_answers_from_before_get_the_convention_they_were_entered_under(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ours = importlib.import_module("agentdesk.store.migrations.versions.0020_survey_scale_best")
    engine = make_engine(path)
    migrate.upgrade(engine, ours.down_revision)
    engine.dispose()
    old = [
        ("csat", 4, 1, 5), ("csat", 9, 1, 10), ("csat", 70, 0, 100), ("nps", 8, 0, 10),
        ("ces", 6, 1, 7), ("ces", 2, 1, 5),
    ]  # fmt: skip
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO survey_response (id, kind, score, scale_min, scale_max, comment, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, '', ?6, ?6)",
            [(uuid.uuid4().hex, *row, "2026-11-24 10:00:00.000000") for row in old],
        )
    engine = make_engine(path)
    migrate.upgrade(engine, ours.revision)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        stored = conn.execute(
            "SELECT kind, score, scale_min, scale_max, scale_best FROM survey_response "
            "ORDER BY kind, scale_max"
        ).fetchall()
        with pytest.raises(sqlite3.IntegrityError):  # the good end is one end of the scale
            conn.execute("UPDATE survey_response SET scale_best = 3 WHERE kind = 'ces'")
    # The effort question (CES 1-5) had 1 as its good end; every other scale its top.
    assert stored == [
        ("ces", 2.0, 1, 5, 1), ("ces", 6.0, 1, 7, 7), ("csat", 4.0, 1, 5, 5), ("csat", 9.0, 1, 10, 10),
        ("csat", 70.0, 0, 100, 100), ("nps", 8.0, 0, 10, 10),
    ]  # fmt: skip


def test_the_exchange_format_carries_the_good_end(
    store: Store, clock: FixedClock, conversation: uuid.UUID, tmp_path: Path
) -> None:
    _record(store, clock, conversation, "ces", [(2, (1, 7, 1)), (2, (1, 5, 1)), (6, (1, 7, 7))])
    out = tmp_path / "out.jsonl"
    export_jsonl(store, out)
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    answers = [a for line in lines for a in line.get("survey_responses", [])]
    assert sorted((a["scale_min"], a["scale_max"], a["scale_best"]) for a in answers) == [
        (1, 5, 1), (1, 7, 1), (1, 7, 7),
    ]  # fmt: skip
    before = _day(store).overall.values["ces"]
    # A file from before the field: the convention; a good end no survey asks: refused.
    for line in lines:
        for a in line.get("survey_responses", []):
            if a["scale_best"] != 1 or a["scale_max"] == 5:
                a.pop("scale_best")
    old_file = tmp_path / "old.jsonl"
    old_file.write_text("".join(json.dumps(x) + "\n" for x in lines))
    other = open_store(tmp_path / "other.sqlite")
    try:
        import_jsonl(other, old_file)
        with other.read() as s:
            ends = sorted((r.scale_min, r.scale_max, r.scale_best) for r in s.scalars(select(SurveyResponse)))
        assert ends == [(1, 5, 1), (1, 7, 1), (1, 7, 7)]
        assert _day(other).overall.values["ces"] == before  # (6 + 6 + 5.5) / 3 on both desks
        assert before.value == pytest.approx((6 + 5.5 + 6) / 3)
    finally:
        other.close()
    for line in lines:
        for a in line.get("survey_responses", []):
            a["scale_best"] = 4
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(json.dumps(x) + "\n" for x in lines))
    third = open_store(tmp_path / "third.sqlite")
    try:
        with pytest.raises(
            Exception, match=r"scale_best' must be (7 or 1|5 or 1|1 or 5) on this scale \(got 4\)"
        ):
            import_jsonl(third, bad)
    finally:
        third.close()


def test_the_demo_has_answers_on_every_kind_of_scale(store: Store) -> None:
    from agentdesk.demo.build import build_demo

    anchor = dt.datetime(2026, 11, 23, 9, tzinfo=UTC)
    build_demo(store, 600, anchor=anchor)
    with store.read() as s:
        scales = {(r.kind, r.scale_min, r.scale_max, r.scale_best) for r in s.scalars(select(SurveyResponse))}
    assert scales == {
        ("csat", 1, 5, 5), ("csat", 1, 10, 10), ("nps", 0, 10, 10),
        ("ces", 1, 7, 7), ("ces", 1, 7, 1), ("ces", 1, 5, 1),
    }  # fmt: skip
    year = compute_kpis(store, anchor - dt.timedelta(days=365), anchor, now=anchor).overall.values
    assert year["ces"].sample > 0 and 1 <= (year["ces"].value or 0) <= 7


def test_no_answer_is_recorded_for_an_erased_customer(
    store: Store, clock: FixedClock, conversation: uuid.UUID
) -> None:
    from agentdesk.privacy.erase import erase_customer
    from agentdesk.store.models import Conversation

    surveys = SurveyService(store, clock)
    surveys.record(conversation, "csat", 5, comment="Ole was happy")
    with store.read() as s:
        customer = s.get_one(Conversation, conversation).customer_id
    before = _day(store).overall.values
    erase_customer(store, customer, "request", clock)
    with pytest.raises(ValidationError, match=r"customer of conversation #1 was erased") as caught:
        surveys.preview(conversation, "nps", 9)
    assert "\n" not in caught.value.message
    # The answer from before stays, anonymous, and counts as before.
    assert answers_of(store) == [("csat", 5.0, None, "")]
    assert _day(store).overall.values == before


def answers_of(store: Store) -> list[tuple[str, float, uuid.UUID | None, str]]:
    with store.read() as s:
        return [(r.kind, r.score, r.customer_id, r.comment) for r in s.scalars(select(SurveyResponse))]
