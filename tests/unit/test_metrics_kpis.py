# SPDX-License-Identifier: GPL-3.0-or-later
"""KPIs on a small hand-built week whose every value was worked out by hand.

The office is open Monday to Friday 08:00-17:00 UTC; one SLA policy for everything: first response
60, next response 60, resolution 480 business minutes. The week is Monday 2026-11-23 to Sunday
2026-11-29; the KPIs are judged on Wednesday 2026-12-02 at noon.

    C1 Anna  email  Mon 09:00 created; Lea answers and solves at 09:30.
    C2 Ben   email  Mon 16:30 created; Lea answers Tue 08:15 (45 business minutes: 30 on Monday,
                    15 on Tuesday), Ben writes Tue 09:00, Lea answers and solves Tue 11:00 (the
                    next response is breached at 10:00). Ben reopens it Wed 09:00 (solved 09:05)
                    and Thu 09:00 (solved 09:10): reopened twice.
    C3 Carl  chat   Tue 10:00 created; Lea escalates it at 10:05 to Sam (tier 2, Technical), Sam
                    answers at 10:20 and solves at 10:40.
    C4 Dora  email  Fri 16:00 created, never answered: first response breached Fri 17:00.
    C5 Eve   phone  Fri 2026-11-20 10:00 (the week before), answered 10:10 and set waiting, solved
                    Mon 12:00.
    C6 Finn, C7 Anna: answered and solved the week before.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.escalation.service import EscalationService, escalation_rate
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.kpis import (
    KPI_DEFINITIONS,
    KpiReport,
    ces_point,
    compute_kpi_reports,
    compute_kpis,
    csat_satisfied,
    nps_point,
    percentile,
)
from agentdesk.sla.editing import save_calendar, save_policy
from agentdesk.sla.policy import Policy
from agentdesk.store.database import Store
from agentdesk.store.models import SurveyResponse

UTC = dt.UTC
WEEK_START = dt.datetime(2026, 11, 23, tzinfo=UTC)
WEEK_END = dt.datetime(2026, 11, 30, tzinfo=UTC)
JUDGED = dt.datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=UTC)


@dataclass
class Week:
    store: Store
    lea: uuid.UUID
    sam: uuid.UUID
    technical: uuid.UUID
    c: dict[str, uuid.UUID]


def _answer(
    store: Store, conv: uuid.UUID, kind: str, score: float, low: int, high: int, when: dt.datetime
) -> None:
    with store.write() as s:
        s.add(
            SurveyResponse(
                conversation_id=conv, kind=kind, score=score, scale_min=low, scale_max=high, created_at=when
            )
        )


@pytest.fixture
def week(store: Store, clock: FixedClock) -> Week:
    clock.set(at(16, 8))
    office = {
        "timezone": "UTC",
        "week": {d: [["08:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
    }
    cal = save_calendar(store, "Office", office, clock.now())
    save_policy(
        store,
        Policy(
            name="Everything",
            first_response_minutes=60,
            next_response_minutes=60,
            resolution_minutes=480,
            calendar_id=cal,
        ),
        clock.now(),
    )
    directory = DirectoryService(store, clock)
    technical = directory.create_team("Technical")
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    sam = directory.create_agent("Sam Berg", "sam@shop.test", tiers=[1, 2], team_id=technical)
    desk = InboxService(store, clock, actor_id=lea)
    esc = EscalationService(store, clock, actor_id=lea)
    sam_desk = InboxService(store, clock, actor_id=sam)

    def act(when: dt.datetime) -> dt.datetime:
        clock.set(when)
        return when

    customers = {
        n: desk.create_customer(n, email=f"{n.lower()}@example.com")
        for n in ("Anna", "Ben", "Carl", "Dora", "Eve", "Finn")
    }
    c: dict[str, uuid.UUID] = {}
    # The week before: C7 (Anna), C6 (Finn), C5 (Eve).
    c["C7"] = desk.create_conversation(
        customers["Anna"], "email", "Invoice", "Where is it?", when=act(at(17, 9))
    ).id
    desk.reply(c["C7"], "Attached.", status_after="solved", when=act(at(17, 9, 20)))
    c["C6"] = desk.create_conversation(
        customers["Finn"], "email", "Login", "Cannot log in.", when=act(at(18, 10))
    ).id
    desk.reply(c["C6"], "Reset sent.", status_after="solved", when=act(at(18, 10, 30)))
    c["C5"] = desk.create_conversation(
        customers["Eve"], "phone", "Call", "Asked about delivery.", logged_by_agent=True, when=act(at(20, 10))
    ).id
    desk.assign(c["C5"], lea, when=act(at(20, 10, 1)))
    desk.reply(c["C5"], "Checking with the warehouse.", status_after="pending", when=act(at(20, 10, 10)))
    # The week.
    c["C1"] = desk.create_conversation(
        customers["Anna"], "email", "Password", "Forgot it.", when=act(at(23, 9))
    ).id
    desk.assign(c["C1"], lea, when=act(at(23, 9, 1)))
    desk.reply(c["C1"], "Here is a reset link.", status_after="solved", when=act(at(23, 9, 30)))
    desk.set_status(c["C5"], "solved", when=act(at(23, 12)))
    c["C2"] = desk.create_conversation(
        customers["Ben"], "email", "Refund", "Please refund.", when=act(at(23, 16, 30))
    ).id
    desk.assign(c["C2"], lea, when=act(at(23, 16, 31)))
    desk.reply(c["C2"], "Which order?", when=act(at(24, 8, 15)))
    desk.add_inbound_message(c["C2"], "Order 1234.", when=act(at(24, 9)))
    desk.reply(c["C2"], "Refunded.", status_after="solved", when=act(at(24, 11)))
    c["C3"] = desk.create_conversation(
        customers["Carl"], "chat", "Crash", "The app crashes.", when=act(at(24, 10))
    ).id
    esc.take(c["C3"], when=act(at(24, 10, 1)))
    esc.escalate(
        c["C3"],
        2,
        "technical",
        "Crash on start, logs attached.",
        team_id=technical,
        assignee_id=sam,
        when=act(at(24, 10, 5)),
    )
    sam_desk.reply(c["C3"], "Fixed in 2.1, please update.", when=act(at(24, 10, 20)))
    sam_desk.set_status(c["C3"], "solved", when=act(at(24, 10, 40)))
    desk.add_inbound_message(c["C2"], "Not arrived.", when=act(at(25, 9)))
    desk.reply(c["C2"], "Now it has.", status_after="solved", when=act(at(25, 9, 5)))
    desk.add_inbound_message(c["C2"], "Wrong amount.", when=act(at(26, 9)))
    desk.reply(c["C2"], "Corrected.", status_after="solved", when=act(at(26, 9, 10)))
    c["C4"] = desk.create_conversation(
        customers["Dora"], "email", "Parcel", "Lost parcel.", when=act(at(27, 16))
    ).id
    # Survey answers in the week (and one after it, which does not count).
    _answer(store, c["C1"], "csat", 5, 1, 5, at(24, 9))
    _answer(store, c["C2"], "csat", 2, 1, 5, at(26, 12))
    _answer(store, c["C3"], "csat", 80, 0, 100, at(25, 9))
    _answer(store, c["C1"], "nps", 10, 0, 10, at(24, 9))
    _answer(store, c["C3"], "nps", 9, 0, 10, at(25, 9))
    _answer(store, c["C2"], "nps", 6, 0, 10, at(26, 12))
    _answer(store, c["C5"], "nps", 7, 0, 10, at(23, 13))
    _answer(store, c["C1"], "ces", 6, 1, 7, at(24, 9))
    _answer(store, c["C3"], "ces", 4, 1, 5, at(25, 9))
    _answer(store, c["C4"], "csat", 1, 1, 5, dt.datetime(2026, 12, 1, 9, tzinfo=UTC))
    clock.set(JUDGED)
    return Week(store, lea, sam, technical, c)


def kpis(week: Week, dimension: str = "none") -> KpiReport:
    return compute_kpis(week.store, WEEK_START, WEEK_END, dimension, now=JUDGED)


def value(report: KpiReport, key: str) -> float | None:
    return report.overall.values[key].value


def test_first_response_time_in_calendar_and_business_minutes(week: Week) -> None:
    r = kpis(week)
    # Answered: C1 30, C2 945 (Mon 16:30 -> Tue 08:15), C3 20 calendar minutes; C4 never answered.
    assert r.overall.values["frt_median"].sample == 3
    assert value(r, "frt_median") == pytest.approx(30)
    assert value(r, "frt_p90") == pytest.approx(30 + 0.8 * (945 - 30))
    # In business minutes C2 took only 45 (30 on Monday, 15 on Tuesday morning).
    assert value(r, "frt_median_business") == pytest.approx(30)
    assert value(r, "frt_p90_business") == pytest.approx(30 + 0.8 * (45 - 30))


def test_resolution_time_of_conversations_solved_in_the_week(week: Week) -> None:
    r = kpis(week)
    # Solved in the week: C1 30, C3 40, C2 3880 (Mon 16:30 -> Thu 09:10), C5 4440 (Fri 10:00 -> Mon 12:00).
    assert r.overall.values["resolution_median"].sample == 4
    assert value(r, "resolution_median") == pytest.approx((40 + 3880) / 2)
    assert value(r, "resolution_p90") == pytest.approx(3880 + 0.7 * (4440 - 3880))
    # Business: C1 30, C3 40, C5 420 + 240 = 660, C2 30 + 540 + 540 + 70 = 1180.
    assert value(r, "resolution_median_business") == pytest.approx((40 + 660) / 2)
    assert value(r, "resolution_p90_business") == pytest.approx(660 + 0.7 * (1180 - 660))


def test_average_handling_time(week: Week) -> None:
    # Each agent reply or note counts the time since the message before it, at most 10 minutes:
    # C1 10; C2 10 + 10 + 5 + 10 = 35; C3 note 5 + reply 10 = 15; C5 10.
    assert value(kpis(week), "aht") == pytest.approx((10 + 35 + 15 + 10) / 4)


def test_first_contact_resolution(week: Week) -> None:
    # C1 and C5 were solved with one reply; C2 needed several and was reopened, C3 was escalated.
    r = kpis(week)
    assert value(r, "fcr") == pytest.approx(0.5)
    assert r.overall.values["fcr"].sample == 4


def test_reopen_rate_counts_a_conversation_reopened_twice_once(week: Week) -> None:
    r = kpis(week)
    assert r.overall.values["reopen_rate"].sample == 4  # C1, C2, C3, C5 were solved in the week
    assert value(r, "reopen_rate") == pytest.approx(0.25)


def test_sla_compliance_per_target(week: Week) -> None:
    r = kpis(week)
    # First response: C1, C2, C3 in time; C4 breached on Friday at closing time (C5's was the week before).
    assert value(r, "sla_first_response") == pytest.approx(0.75)
    assert r.overall.values["sla_first_response"].sample == 4
    # Next response (C2 only): Tuesday's wait breached, Wednesday's and Thursday's met.
    assert value(r, "sla_next_response") == pytest.approx(2 / 3)
    # Resolution: C1, C2 (225 business minutes over its three solves), C3 and C5 (waiting paused it)
    # met; C4's resolution target is breached only next Monday, outside the week.
    assert value(r, "sla_resolution") == pytest.approx(1.0)
    assert r.overall.values["sla_resolution"].sample == 4


def test_escalation_rate_matches_the_escalation_service(week: Week) -> None:
    r = kpis(week)
    assert value(r, "escalation_rate") == pytest.approx(0.25)  # C3 of C1-C4
    with week.store.read() as s:
        assert escalation_rate(s, WEEK_START, WEEK_END) == (4, 1, 0.25)


def test_csat_nps_and_ces(week: Week) -> None:
    r = kpis(week)
    # CSAT: 5 of 5 and 80 of 100 satisfied, 2 of 5 not; the answer of 1 December is outside the week.
    assert value(r, "csat") == pytest.approx(2 / 3)
    assert r.overall.values["csat"].sample == 3
    # NPS: promoters 10 and 9, passive 7, detractor 6: (2 - 1) / 4.
    assert value(r, "nps") == pytest.approx(25.0)
    # CES: 6 on 1-7, and 4 on the 1-5 effort question (high effort) which is 2.5 on 1-7.
    assert value(r, "ces") == pytest.approx((6 + 2.5) / 2)


def test_repeat_contact_after_the_solves_of_the_week(week: Week) -> None:
    # C1, C2, C3 and C5 were solved in the week; none of their customers wrote again afterwards.
    r = kpis(week)
    assert r.overall.values["repeat_contact"].sample == 4
    assert value(r, "repeat_contact") == pytest.approx(0.0)


def test_split_by_tier_agent_team_and_channel(week: Week) -> None:
    reports = compute_kpi_reports(
        week.store, WEEK_START, WEEK_END, ("tier", "agent", "team", "channel"), now=JUDGED
    )
    tiers = {g.label: g for g in reports["tier"].groups}
    assert tiers["Tier 2"].value("escalation_rate") == 1.0
    assert tiers["Tier 1"].value("escalation_rate") == 0.0
    assert tiers["Tier 2"].value("csat") == 1.0  # C3's 80 of 100
    agents = {g.label: g for g in reports["agent"].groups}
    assert set(agents) == {"Lea Wolf", "Sam Berg", "Unassigned"}
    assert agents["Sam Berg"].value("frt_median") == pytest.approx(20)
    assert agents["Unassigned"].values["frt_median"].value is None  # C4 was never answered
    assert agents["Lea Wolf"].value("fcr") == pytest.approx(2 / 3)  # C1 and C5 of C1, C2, C5
    teams = {g.label: g for g in reports["team"].groups}
    assert set(teams) == {"Technical", "No team"}
    assert teams["Technical"].values["escalation_rate"].sample == 1
    channels = {g.label: g for g in reports["channel"].groups}
    assert channels["Chat"].value("resolution_median") == pytest.approx(40)
    # The overall group is the same whichever way the KPIs are split.
    assert reports["tier"].overall == reports["channel"].overall


def test_a_week_without_survey_answers_says_no_data(week: Week) -> None:
    # Saturday and Sunday: C4's first response breach is not in it either; nobody answered a survey.
    r = compute_kpis(week.store, at(28, 0), WEEK_END, now=JUDGED)
    for key in ("csat", "nps", "ces", "frt_median", "aht", "fcr", "reopen_rate", "sla_first_response"):
        assert r.overall.values[key].value is None, key
        assert r.overall.values[key].sample == 0


def test_an_empty_workspace_gives_no_data_for_every_kpi(store: Store) -> None:
    r = compute_kpis(store, WEEK_START, WEEK_END, "agent", now=JUDGED)
    assert r.groups == ()
    assert {k: v.value for k, v in r.overall.values.items()} == {d.key: None for d in KPI_DEFINITIONS}


def test_every_kpi_explains_how_it_is_computed() -> None:
    keys = [d.key for d in KPI_DEFINITIONS]
    assert len(keys) == len(set(keys))
    for d in KPI_DEFINITIONS:
        assert d.unit in ("minutes", "share", "score")
        assert len(d.how.split()) >= 12, d.key


def test_bad_periods_and_dimensions_are_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="end of the period must be after its start"):
        compute_kpis(store, WEEK_END, WEEK_START)
    with pytest.raises(ValidationError, match="time zone"):
        compute_kpis(store, dt.datetime(2026, 11, 23), dt.datetime(2026, 11, 30))
    with pytest.raises(ValidationError, match="Dimension must be one of"):
        compute_kpis(store, WEEK_START, WEEK_END, "planet")


def test_survey_scales_and_percentiles() -> None:
    assert csat_satisfied(4, 1, 5, 5) and not csat_satisfied(3, 1, 5, 5)
    assert csat_satisfied(80, 0, 100, 100) and not csat_satisfied(79, 0, 100, 100)
    assert csat_satisfied(9, 1, 10, 10) and not csat_satisfied(8, 1, 10, 10)  # top-two-box
    assert csat_satisfied(6, 1, 7, 7) and not csat_satisfied(5, 1, 7, 7)  # the top two of another scale
    assert nps_point(9, 0, 10) == 9 and nps_point(5, 1, 5) == 10
    assert ces_point(5, 1, 5, 1) == 1 and ces_point(1, 1, 5, 1) == 7 and ces_point(3, 1, 7, 7) == 3
    assert percentile([], 0.5) is None
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
