# SPDX-License-Identifier: GPL-3.0-or-later
"""Full resolution time from creation, beside resolution time from the customer's first message,
on a small hand-built week whose every value was worked out by hand.

The office is open Monday to Friday 08:00-17:00 UTC (one SLA policy for everything). The week is
Monday 2026-11-23 to Sunday 2026-11-29, judged on Wednesday 2 December.

    A  Anna  email  Anna writes Mon 09:00; Lea answers and solves Mon 10:00.
                    resolution 60 (business 60); full resolution 60 (business 60)
    O  Ben   email  we write Fri 2026-11-20 16:00; Ben answers Mon 09:00; Lea answers and solves
                    Mon 09:30. resolution 30 (business 30); full resolution Fri 16:00 -> Mon 09:30 =
                    3930 calendar minutes, business 60 on Friday + 90 on Monday = 150
    N  Carl  email  we write Tue 10:00; Carl never answers; Lea sets it solved Tue 15:00.
                    no resolution time (nobody asked); full resolution 300 (business 300)
    W  Dora  email  Dora writes Sat 2026-11-21 12:00; Lea answers and solves Mon 08:30.
                    resolution = full resolution = 1 day 20:30 = 2670 calendar minutes; business 30
    B  Eve   email  written and solved the week before: in neither figure.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from agentdesk.clock import FixedClock
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.definitions import definition
from agentdesk.metrics.kpis import KpiReport, compute_kpis
from agentdesk.sla.editing import save_calendar, save_policy
from agentdesk.sla.policy import Policy
from agentdesk.store.database import Store

UTC = dt.UTC
WEEK_START = dt.datetime(2026, 11, 23, tzinfo=UTC)
WEEK_END = dt.datetime(2026, 11, 30, tzinfo=UTC)
JUDGED = dt.datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _make_outreach(store: Store, conv: uuid.UUID, agent: uuid.UUID) -> None:
    """Turn the conversation's first message into ours, as ``mail.outreach`` writes it."""
    with store.raw_connection() as conn:
        conn.execute(
            "UPDATE message SET direction = 'outbound', author_agent_id = ?, author_customer_id = NULL "
            "WHERE conversation_id = ?",
            (agent.hex, conv.hex),
        )
        conn.execute(
            "UPDATE conversation_event "
            "SET data = json_set(data, '$.by', 'agent', '$.outreach', json('true')) "
            "WHERE conversation_id = ? AND kind = 'created'",
            (conv.hex,),
        )
        conn.commit()


@pytest.fixture
def week(store: Store, clock: FixedClock) -> Store:
    clock.set(at(16, 8))
    office = {
        "timezone": "UTC",
        "week": {d: [["08:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
    }
    calendar = save_calendar(store, "Office", office, clock.now())
    policy = Policy(
        name="Everything",
        first_response_minutes=60,
        next_response_minutes=60,
        resolution_minutes=480,
        calendar_id=calendar,
    )
    save_policy(store, policy, clock.now())
    lea = DirectoryService(store, clock).create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    desk = InboxService(store, clock, actor_id=lea)
    who = {
        n: desk.create_customer(n, email=f"{n.lower()}@example.com")
        for n in ("Anna", "Ben", "Carl", "Dora", "Eve")
    }

    def new(name: str, when: dt.datetime) -> uuid.UUID:
        conv = desk.create_conversation(who[name], "email", f"From {name}", "Hello", when=when).id
        desk.assign(conv, lea, when=when)
        return conv

    b = new("Eve", at(17, 9))
    desk.reply(b, "Done.", status_after="solved", when=at(17, 9, 20))
    o = new("Ben", at(20, 16))
    _make_outreach(store, o, lea)
    w = new("Dora", at(21, 12))
    desk.reply(w, "Sorted.", status_after="solved", when=at(23, 8, 30))
    desk.add_inbound_message(o, "Yes, please.", when=at(23, 9))
    a = new("Anna", at(23, 9))
    desk.reply(o, "Done, Ben.", status_after="solved", when=at(23, 9, 30))
    desk.reply(a, "Done, Anna.", status_after="solved", when=at(23, 10))
    n = new("Carl", at(24, 10))
    _make_outreach(store, n, lea)
    desk.set_status(n, "solved", when=at(24, 15))
    clock.set(JUDGED)
    return store


def _week(store: Store) -> KpiReport:
    return compute_kpis(store, WEEK_START, WEEK_END, now=JUDGED)


def test_full_resolution_runs_from_creation_and_counts_what_we_started(week: Store) -> None:
    values = _week(week).overall.values
    # From creation: A 60, N 300, W 2670, O 3930.
    assert values["full_resolution_median"].sample == 4
    assert values["full_resolution_median"].value == pytest.approx((300 + 2670) / 2)
    assert values["full_resolution_p90"].value == pytest.approx(2670 + 0.7 * (3930 - 2670))
    # Business minutes: W 30, A 60, O 150, N 300.
    assert values["full_resolution_median_business"].value == pytest.approx((60 + 150) / 2)
    assert values["full_resolution_p90_business"].value == pytest.approx(150 + 0.7 * (300 - 150))


def test_resolution_from_the_first_message_beside_it(week: Store) -> None:
    values = _week(week).overall.values
    # From the customer's first message: O 30, A 60, W 2670; N was never asked for anything.
    assert values["resolution_median"].sample == 3
    assert values["resolution_median"].value == pytest.approx(60)
    assert values["resolution_p90"].value == pytest.approx(60 + 0.8 * (2670 - 60))
    # Business minutes: O 30, W 30, A 60.
    assert values["resolution_median_business"].value == pytest.approx(30)
    assert values["resolution_p90_business"].value == pytest.approx(30 + 0.8 * (60 - 30))


def test_full_resolution_is_credited_to_the_solver_and_explained(week: Store) -> None:
    agents = compute_kpis(week, WEEK_START, WEEK_END, "agent", now=JUDGED).groups
    assert [g.label for g in agents] == ["Lea Wolf"]
    assert agents[0].values["full_resolution_median"].sample == 4
    full = definition("full_resolution_median")
    assert "creation" in full.explained(english=True)
    assert full.credited() == definition("resolution_median").credited()
    assert not full.higher_is_better


def test_a_period_without_solves_has_no_full_resolution_time(week: Store) -> None:
    later = compute_kpis(week, at(30, 0), at(30, 0) + dt.timedelta(days=1), now=JUDGED).overall.values
    assert later["full_resolution_median"].value is None
    assert later["full_resolution_median"].sample == 0
