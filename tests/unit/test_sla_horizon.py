# SPDX-License-Identifier: GPL-3.0-or-later
"""Calendars that give too little business time, and instants at the ends of the date range.

No call walks millennia: a due time further than ``HORIZON_YEARS`` years away is "beyond the
horizon", found at once; instants before year 2 or after year 9998 count as closed, never an
``OverflowError``.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.sla.calendar import HORIZON_YEARS, WEEKDAYS, BeyondHorizonError, BusinessCalendar
from agentdesk.sla.editing import CalendarEntry, SlaEdits, apply_edits, save_calendar, save_policy
from agentdesk.sla.policy import MAX_TARGET_MINUTES, Policy
from agentdesk.sla.state import Phase, SlaPlan, Timeline, compute_state
from agentdesk.store.database import Store

from ..conftest import within_cpu_seconds

UTC = dt.UTC
MONDAY_MINUTE = {"timezone": "Europe/Berlin", "week": {"mon": [["09:00", "09:01"]]}}
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def timed(call: Any, *args: Any) -> Any:
    with within_cpu_seconds(1.0):
        return call(*args)


# -- the horizon ---------------------------------------------------------------------------------------


def test_a_minute_a_week_and_ten_million_minutes_is_beyond_the_horizon_at_once() -> None:
    cal = BusinessCalendar.from_dict(MONDAY_MINUTE)
    assert timed(cal.add_seconds, START.timestamp(), 10_000_000 * 60.0) == math.inf
    with pytest.raises(BeyondHorizonError, match=f"not reached within {HORIZON_YEARS} years"):
        timed(cal.add_business_minutes, START, 10_000_000)
    # within the horizon the due time is exact: 2,500 Mondays from now
    due = timed(cal.add_business_minutes, START, 2500)
    assert cal.business_minutes_between(START, due) == 2500
    assert due.year == 2074
    assert 2500 < cal.horizon_minutes() < 20_000  # an upper bound: clock changes may add an hour


def test_a_calendar_closed_every_day_has_no_due_time_and_no_opening() -> None:
    closed = BusinessCalendar("UTC", tuple(() for _ in WEEKDAYS))
    assert closed.add_seconds(START.timestamp(), 60.0) == math.inf
    assert closed.next_opening_at(START.timestamp()) == math.inf
    assert closed.seconds_between(START.timestamp(), START.timestamp() + 10**9) == 0
    assert not closed.is_open(START)
    with pytest.raises(BeyondHorizonError):
        closed.next_opening(START)
    with pytest.raises(ValidationError, match="no opening hours at all"):
        BusinessCalendar.from_dict({"timezone": "UTC", "week": {}})


def test_an_sla_beyond_the_horizon_says_so_and_keeps_counting() -> None:
    cal = BusinessCalendar.from_dict(MONDAY_MINUTE)
    policy = Policy(
        "sparse", first_response_minutes=MAX_TARGET_MINUTES, resolution_minutes=30, id=uuid.uuid4()
    )
    tl = Timeline(conversation_id=uuid.uuid4(), created_at=START, inbound=(START,))
    later = START + dt.timedelta(days=7)
    state = timed(compute_state, policy, cal, tl, later)
    first = state.first_response
    assert first is not None
    assert (first.phase, first.due_at, first.breached_at, first.beyond_horizon) == (
        Phase.PAUSED,
        None,
        None,
        True,
    )
    assert first.elapsed_minutes == 1 and first.remaining_minutes == MAX_TARGET_MINUTES - 1
    resolution = state.resolution
    assert resolution is not None and not resolution.beyond_horizon
    assert resolution.due_at == dt.datetime(2027, 6, 21, 7, 1, tzinfo=UTC)  # the 30th Monday 09:01
    assert state.due_at == resolution.due_at
    assert SlaPlan(policy, cal, tl).at(later) == state


def test_a_policy_whose_target_the_calendar_cannot_give_is_refused(store: Store, clock: FixedClock) -> None:
    now = clock.now()
    calendar_id = save_calendar(store, "Monday minute", MONDAY_MINUTE, now)
    with pytest.raises(ValidationError) as info:
        save_policy(store, Policy("Letters", resolution_minutes=20_000, calendar_id=calendar_id), now)
    message = str(info.value)
    assert "resolution target of 20,000 business minutes" in message
    assert f"within {HORIZON_YEARS} years on the calendar 'Monday minute'" in message
    save_policy(store, Policy("Letters", resolution_minutes=600, calendar_id=calendar_id), now)
    # narrowing the calendar of a policy that exists is refused the same way, all or nothing
    office = {"timezone": "Europe/Berlin", "week": {"mon": [["08:00", "17:00"]]}}
    wide = save_calendar(store, "Office", office, now)
    save_policy(store, Policy("Mail", resolution_minutes=100_000, calendar_id=wide), now)
    with pytest.raises(ValidationError, match="'Mail': its resolution target"):
        save_calendar(store, "Office", MONDAY_MINUTE, now, wide)
    with pytest.raises(ValidationError, match="'Mail': its resolution target"):
        apply_edits(store, SlaEdits(calendars=[CalendarEntry(wide, "Office", MONDAY_MINUTE)]), now)
    with store.read() as session:
        from agentdesk.store import models

        row = session.get(models.BusinessCalendar, wide)
        assert row is not None and row.definition["week"] == office["week"]


# -- the ends of the date range ------------------------------------------------------------------------


OFFICE_BY = {
    "timezone": "Europe/Berlin",
    "week": {d: [["08:00", "12:00"], ["13:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
    "holidays": {"country": "DE", "subdivision": "BY"},
}
EDGES = [
    dt.datetime(1, 1, 1, tzinfo=UTC),
    dt.datetime(1, 6, 1, tzinfo=UTC),
    dt.datetime(9998, 12, 29, 20, tzinfo=UTC),
    dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
]


@pytest.mark.parametrize("when", EDGES)
@pytest.mark.parametrize("definition", [OFFICE_BY, MONDAY_MINUTE, None])
def test_the_ends_of_the_date_range_never_overflow(when: dt.datetime, definition: Any) -> None:
    cal = (
        BusinessCalendar.from_dict(definition)
        if definition
        else BusinessCalendar.from_dict(
            {"timezone": "Pacific/Kiritimati", "week": {d: [["00:00", "24:00"]] for d in WEEKDAYS}}
        )
    )
    ts = when.timestamp()
    for minutes in (1, 600, MAX_TARGET_MINUTES):
        due = timed(cal.add_seconds, ts, minutes * 60.0)
        assert due == math.inf or due >= ts
        try:
            assert timed(cal.add_business_minutes, when, minutes) >= when
        except BeyondHorizonError as exc:
            assert "not reached within" in str(exc)
    assert timed(cal.seconds_between, dt.datetime(1, 1, 1, tzinfo=UTC).timestamp(), ts) >= 0
    timed(cal.is_open, when)
    opening = timed(cal.next_opening_at, ts)
    assert opening == math.inf or opening >= ts
    policy = Policy("P", first_response_minutes=60, resolution_minutes=MAX_TARGET_MINUTES, id=uuid.uuid4())
    tl = Timeline(conversation_id=uuid.uuid4(), created_at=when, inbound=(when,))
    for now in (when - dt.timedelta(seconds=1) if when.year > 1 else when, when, EDGES[-1]):
        state = timed(compute_state, policy, cal, tl, now)
        assert state.first_response is not None and state.first_response.elapsed_minutes >= 0


def test_after_year_9998_nothing_counts_and_nothing_is_due() -> None:
    cal = BusinessCalendar.from_dict(OFFICE_BY)
    late = dt.datetime(9999, 6, 1, tzinfo=UTC)
    assert cal.business_minutes_between(late, late + dt.timedelta(days=100)) == 0
    assert not cal.is_open(dt.datetime(9999, 6, 1, 10, tzinfo=UTC))
    with pytest.raises(BeyondHorizonError):
        cal.add_business_minutes(late, 1)
    # near the end a due time is still found where the calendar can give it
    assert cal.add_business_minutes(dt.datetime(9998, 12, 1, 7, tzinfo=UTC), 60) == dt.datetime(
        9998, 12, 1, 8, tzinfo=UTC
    )


# -- any week, any target, any start ---------------------------------------------------------------------


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@st.composite
def weeks(draw: st.DrawFn) -> dict[str, list[list[str]]]:
    """One to seven open days, each with one or two intervals (from a minute to the whole day)."""
    week: dict[str, list[list[str]]] = {}
    for day in draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=7, unique=True)):
        a = draw(st.integers(0, 1439))
        b = draw(st.integers(a + 1, 1440))
        intervals = [[_hhmm(a), _hhmm(b)]]
        if b < 1440 and draw(st.booleans()):
            c = draw(st.integers(b, 1439))
            intervals.append([_hhmm(c), _hhmm(draw(st.integers(c + 1, 1440)))])
        week[day] = intervals
    return week


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    week=weeks(),
    zone=st.sampled_from(["UTC", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata"]),
    minutes=st.one_of(st.integers(0, 10_000), st.integers(0, MAX_TARGET_MINUTES), st.integers(0, 20_000_000)),
    start=st.datetimes(
        min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2200, 12, 31), timezones=st.just(UTC)
    ),
)
def test_any_week_any_target_any_start_finishes_at_once(
    week: dict[str, list[list[str]]], zone: str, minutes: int, start: dt.datetime
) -> None:
    cal = BusinessCalendar.from_dict({"timezone": zone, "week": week})
    with within_cpu_seconds(1.0):
        try:
            due: dt.datetime | None = cal.add_business_minutes(start, minutes)
        except BeyondHorizonError:
            due = None
    with within_cpu_seconds(1.0):  # the checks too: each walk is bounded by the horizon
        if due is None:
            assert minutes > 0
            # "beyond the horizon" is honest: the calendar gives less within it (the years are built
            # already unless the upper bound alone ruled it out)
            if minutes <= cal.horizon_minutes():
                limit = start + dt.timedelta(days=HORIZON_YEARS * 365)
                assert cal.business_minutes_between(start, limit) < minutes
        else:
            assert due >= start
            assert due <= start + dt.timedelta(days=HORIZON_YEARS * 366)
            assert cal.business_minutes_between(start, due) == pytest.approx(minutes, abs=1e-4)
