# SPDX-License-Identifier: GPL-3.0-or-later
"""Business calendars: opening hours, holidays, daylight saving, validation, and the round trip
between adding and counting business minutes."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.errors import ValidationError
from agentdesk.sla.calendar import ALWAYS_OPEN, BusinessCalendar, ClosedDay

BERLIN = ZoneInfo("Europe/Berlin")
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
WORKDAYS = ("mon", "tue", "wed", "thu", "fri")
EVERY_DAY = (*WORKDAYS, "sat", "sun")


def office(subdivision: str | None = "BY", **extra: Any) -> BusinessCalendar:
    """Mon–Fri 08:00–12:00 and 13:00–17:00 in Berlin (a lunch break), with German holidays."""
    definition: dict[str, Any] = {
        "timezone": "Europe/Berlin",
        "week": {d: [["08:00", "12:00"], ["13:00", "17:00"]] for d in WORKDAYS},
        **extra,
    }
    if subdivision is not None:
        definition["holidays"] = {"country": "DE", "subdivision": subdivision}
    return BusinessCalendar.from_dict(definition)


def denmark() -> BusinessCalendar:
    return BusinessCalendar.from_dict(
        {
            "timezone": "Europe/Copenhagen",
            "week": {d: [["08:00", "16:00"]] for d in WORKDAYS},
            "holidays": {"country": "DK"},
        }
    )


def around_the_clock(zone: str) -> BusinessCalendar:
    return BusinessCalendar.from_dict(
        {"timezone": zone, "week": {d: [["00:00", "24:00"]] for d in EVERY_DAY}}
    )


def night_shift(zone: str = "Europe/Berlin") -> BusinessCalendar:
    """22:00–06:00 every night, written as the two intervals the format asks for."""
    return BusinessCalendar.from_dict(
        {"timezone": zone, "week": {d: [["00:00", "06:00"], ["22:00", "24:00"]] for d in EVERY_DAY}}
    )


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def copenhagen(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


# -- opening hours -------------------------------------------------------------------------------


def test_a_weekend_is_skipped() -> None:
    cal = office()
    friday = berlin(2026, 11, 27, 16, 0)
    assert cal.add_business_minutes(friday, 120) == berlin(2026, 11, 30, 9, 0)
    assert cal.business_minutes_between(friday, berlin(2026, 11, 30, 9, 0)) == 120
    assert cal.business_minutes_between(berlin(2026, 11, 28, 0, 0), berlin(2026, 11, 30, 0, 0)) == 0


def test_the_lunch_break_does_not_count() -> None:
    cal = office()
    assert cal.add_business_minutes(berlin(2026, 11, 23, 11, 0), 120) == berlin(2026, 11, 23, 14, 0)
    assert cal.business_minutes_between(berlin(2026, 11, 23, 11, 30), berlin(2026, 11, 23, 13, 30)) == 60
    assert not cal.is_open(berlin(2026, 11, 23, 12, 30))
    assert cal.next_opening(berlin(2026, 11, 23, 12, 30)) == berlin(2026, 11, 23, 13, 0)


def test_a_start_before_opening_counts_from_the_opening() -> None:
    cal = office()
    assert cal.add_business_minutes(berlin(2026, 11, 23, 6, 0), 60) == berlin(2026, 11, 23, 9, 0)
    assert cal.business_minutes_between(berlin(2026, 11, 23, 6, 0), berlin(2026, 11, 23, 8, 30)) == 30


def test_a_start_after_closing_counts_from_the_next_opening() -> None:
    cal = office()
    assert cal.add_business_minutes(berlin(2026, 11, 23, 18, 0), 60) == berlin(2026, 11, 24, 9, 0)
    assert cal.business_minutes_between(berlin(2026, 11, 23, 18, 0), berlin(2026, 11, 24, 7, 59)) == 0
    assert cal.next_opening(berlin(2026, 11, 23, 18, 0)) == berlin(2026, 11, 24, 8, 0)


def test_a_target_used_up_at_closing_time_is_due_at_closing_time() -> None:
    cal = office()
    assert cal.add_business_minutes(berlin(2026, 11, 23, 15, 0), 120) == berlin(2026, 11, 23, 17, 0)
    # the same at the start of the lunch break: due at 12:00, not at 13:00
    assert cal.add_business_minutes(berlin(2026, 11, 23, 10, 0), 120) == berlin(2026, 11, 23, 12, 0)
    assert cal.is_open(berlin(2026, 11, 23, 16, 59))
    assert not cal.is_open(berlin(2026, 11, 23, 17, 0))


def test_zero_minutes_is_the_start_itself() -> None:
    cal = office()
    start = berlin(2026, 11, 23, 20, 0)
    assert cal.add_business_minutes(start, 0) == start
    with pytest.raises(ValueError):
        cal.add_business_minutes(start, -1)


def test_counting_backwards_is_negative() -> None:
    cal = office()
    a, b = berlin(2026, 11, 23, 9, 0), berlin(2026, 11, 23, 10, 30)
    assert cal.business_minutes_between(b, a) == -90


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        office().add_business_minutes(dt.datetime(2026, 11, 23, 9, 0), 10)


def test_results_are_aware_utc() -> None:
    due = office().add_business_minutes(berlin(2026, 11, 23, 9, 0), 10)
    assert due.tzinfo is dt.UTC
    assert due == dt.datetime(2026, 11, 23, 8, 10, tzinfo=dt.UTC)


def test_a_target_spanning_new_year() -> None:
    cal = office()
    # Thu 31 Dec 16:00: one hour left that day; 1 Jan (Fri) is a holiday, then the weekend.
    start = berlin(2026, 12, 31, 16, 0)
    assert cal.add_business_minutes(start, 180) == berlin(2027, 1, 4, 10, 0)
    assert cal.business_minutes_between(start, berlin(2027, 1, 4, 10, 0)) == 180
    closed = office(closed=["2026-12-31"])
    assert closed.add_business_minutes(start, 180) == berlin(2027, 1, 4, 11, 0)


def test_long_spans_count_every_working_day() -> None:
    cal = office(subdivision=None)
    # 2027 has 261 weekdays; without holidays each has 8 business hours
    assert cal.business_minutes_between(berlin(2027, 1, 1), berlin(2028, 1, 1)) == 261 * 480
    assert cal.add_business_minutes(berlin(2027, 1, 1), 261 * 480) == berlin(2027, 12, 31, 17, 0)


# -- holidays --------------------------------------------------------------------------------------


def test_epiphany_closes_bavaria_but_not_berlin() -> None:
    monday = berlin(2026, 1, 5, 16, 0)  # 6 January 2026 is a Tuesday
    assert office("BY").add_business_minutes(monday, 120) == berlin(2026, 1, 7, 9, 0)
    assert office("BE").add_business_minutes(monday, 120) == berlin(2026, 1, 6, 9, 0)
    assert ClosedDay(dt.date(2026, 1, 6), "Epiphany") in office("BY").upcoming_closed_days(
        dt.date(2026, 1, 2), 3
    )
    assert all(
        d.date != dt.date(2026, 1, 6) for d in office("BE").upcoming_closed_days(dt.date(2026, 1, 2), 3)
    )


def test_danish_easter_closes_maundy_thursday_too() -> None:
    cal = denmark()
    # Wed 1 April 2026 15:00: one hour left; Thu 2 (Maundy Thursday), Fri 3 (Good Friday), the
    # weekend and Mon 6 (Easter Monday) are closed.
    assert cal.add_business_minutes(copenhagen(2026, 4, 1, 15, 0), 120) == copenhagen(2026, 4, 7, 9, 0)
    days = cal.upcoming_closed_days(copenhagen(2026, 3, 30, 12, 0), 3)
    assert [d.date for d in days] == [dt.date(2026, 4, 2), dt.date(2026, 4, 3), dt.date(2026, 4, 6)]
    # Germany has no Maundy Thursday holiday
    assert office("BY").is_open(berlin(2026, 4, 2, 10, 0))


def test_upcoming_closed_days_name_extra_closed_dates_and_skip_closed_weekdays() -> None:
    cal = office("BY", closed=["2026-12-24", "2026-12-27"])  # the 27th is a Sunday: closed anyway
    days = cal.upcoming_closed_days(dt.date(2026, 12, 20), 3)
    assert days == [
        ClosedDay(dt.date(2026, 12, 24), "Closed"),
        ClosedDay(dt.date(2026, 12, 25), "Christmas Day"),
        ClosedDay(dt.date(2027, 1, 1), "New Year's Day"),
    ]
    assert ALWAYS_OPEN.upcoming_closed_days(dt.date(2026, 1, 1), 5) == []


# -- daylight saving ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        ("Europe/Berlin", dt.date(2026, 3, 29), 23),
        ("Europe/Berlin", dt.date(2026, 10, 25), 25),
        ("Europe/Copenhagen", dt.date(2026, 3, 29), 23),
        ("Europe/Copenhagen", dt.date(2026, 10, 25), 25),
    ],
)
def test_daylight_saving_days_count_real_time(zone: str, day: dt.date, hours: int) -> None:
    cal = around_the_clock(zone)
    tz = ZoneInfo(zone)
    noon_before = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(12), tz)
    noon = dt.datetime.combine(day, dt.time(12), tz)
    assert cal.business_minutes_between(noon_before, noon) == hours * 60
    # a day's worth of business minutes ends at a different wall time across the change
    expected = noon + dt.timedelta(hours=24 - hours)
    assert cal.add_business_minutes(noon_before, 24 * 60) == expected


@pytest.mark.parametrize(("day", "night_hours"), [(dt.date(2026, 3, 29), 7), (dt.date(2026, 10, 25), 9)])
def test_a_night_shift_across_a_daylight_saving_change(day: dt.date, night_hours: int) -> None:
    """22:00–06:00 lasts seven real hours on the spring-forward night and nine on the fall-back one."""
    cal = night_shift()
    evening = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(12), BERLIN)
    morning = dt.datetime.combine(day, dt.time(12), BERLIN)
    assert cal.business_minutes_between(evening, morning) == night_hours * 60
    assert cal.add_business_minutes(evening, night_hours * 60) == dt.datetime.combine(day, dt.time(6), BERLIN)


def test_office_hours_across_daylight_saving_weekends() -> None:
    for friday, monday in (
        (berlin(2026, 3, 27, 16), berlin(2026, 3, 30, 9)),
        (berlin(2026, 10, 23, 16), berlin(2026, 10, 26, 9)),
    ):
        assert office().add_business_minutes(friday, 120) == monday
    for friday, monday in (
        (copenhagen(2026, 3, 27, 15), copenhagen(2026, 3, 30, 9)),
        (copenhagen(2026, 10, 23, 15), copenhagen(2026, 10, 26, 9)),
    ):
        assert denmark().add_business_minutes(friday, 120) == monday


def test_an_interval_inside_the_spring_forward_gap_is_clipped_to_the_jump() -> None:
    cal = BusinessCalendar.from_dict({"timezone": "Europe/Berlin", "week": {"sun": [["02:15", "04:00"]]}})
    [(start, end)] = cal.opening_intervals(dt.date(2026, 3, 29))
    assert start == berlin(2026, 3, 29, 3, 0)  # 02:15 does not exist that night
    assert end == berlin(2026, 3, 29, 4, 0)


# -- 24/7 and overnight shifts -------------------------------------------------------------------------


def test_around_the_clock_counts_real_time() -> None:
    cal = around_the_clock("UTC")
    assert cal.always_open
    start = dt.datetime(2026, 12, 30, 22, 17, 5, tzinfo=dt.UTC)
    assert cal.add_business_minutes(start, 3 * 1440) == start + dt.timedelta(days=3)
    assert cal.business_minutes_between(start, start + dt.timedelta(hours=5)) == 300
    assert cal.is_open(start)


def test_an_overnight_shift() -> None:
    cal = night_shift()
    assert cal.add_business_minutes(berlin(2026, 11, 23, 23, 0), 120) == berlin(2026, 11, 24, 1, 0)
    assert cal.add_business_minutes(berlin(2026, 11, 24, 5, 0), 120) == berlin(2026, 11, 24, 23, 0)
    assert cal.business_minutes_between(berlin(2026, 11, 23, 12, 0), berlin(2026, 11, 24, 12, 0)) == 480
    assert not cal.is_open(berlin(2026, 11, 24, 12, 0))


def test_a_single_overnight_interval_is_refused_with_the_way_to_write_it() -> None:
    with pytest.raises(ValidationError) as info:
        BusinessCalendar.from_dict({"timezone": "Europe/Berlin", "week": {"mon": [["22:00", "06:00"]]}})
    assert str(info.value).startswith("week.mon[0]: '22:00'–'06:00' ends before it starts")
    assert '"mon": [["22:00", "24:00"]] and "tue": [["00:00", "06:00"]]' in str(info.value)


# -- the JSON form ---------------------------------------------------------------------------------------


def test_the_documented_example_round_trips() -> None:
    example = {
        "timezone": "Europe/Berlin",
        "week": {"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "tue": [["08:00", "17:00"]]},
        "holidays": {"country": "DE", "subdivision": "BY"},
        "closed": ["2026-12-24"],
    }
    cal = BusinessCalendar.from_dict(example)
    assert cal.to_dict() == example
    assert BusinessCalendar.from_json(cal.to_json()) == cal
    assert not cal.is_open(berlin(2026, 12, 24, 10, 0))  # a Thursday, and closed anyway: no hours
    assert not cal.is_open(berlin(2026, 11, 25, 10, 0))  # Wednesday is left out: closed


def test_to_dict_is_canonical() -> None:
    cal = BusinessCalendar.from_dict(
        {
            "timezone": "UTC",
            "week": {"fri": [["13:00", "17:00"], ["8:00", "12:00"]], "mon": [["00:00", "24:00"]]},
            "closed": ["2027-01-02", "2026-12-24"],
            "holidays": {"country": "DK"},
        }
    )
    assert cal.to_dict() == {
        "timezone": "UTC",
        "week": {"mon": [["00:00", "24:00"]], "fri": [["08:00", "12:00"], ["13:00", "17:00"]]},
        "holidays": {"country": "DK"},
        "closed": ["2026-12-24", "2027-01-02"],
    }


@pytest.mark.parametrize(
    ("definition", "message"),
    [
        ("not an object", "A business calendar must be a JSON object."),
        (
            {"timezone": "Europe/Berln", "week": {"mon": [["08:00", "12:00"]]}},
            "timezone: 'Europe/Berln' is not a known time zone",
        ),
        ({"week": {"mon": [["08:00", "12:00"]]}}, "timezone: missing"),
        (
            {"timezone": "UTC", "week": {"mon": [["08:00", "12:00"], ["13:00", "25:00"]]}},
            "week.mon[1]: '25:00' is not a time of day",
        ),
        (
            {"timezone": "UTC", "week": {"mon": [["08:60", "12:00"]]}},
            "week.mon[0]: '08:60' is not a time of day",
        ),
        (
            {"timezone": "UTC", "week": {"mon": [["24:00", "24:00"]]}},
            "week.mon[0]: an interval cannot start at '24:00'",
        ),
        (
            {"timezone": "UTC", "week": {"tue": [["12:00", "09:00"]]}},
            "week.tue[0]: '12:00'–'09:00' ends before it starts",
        ),
        ({"timezone": "UTC", "week": {"tue": [["09:00", "09:00"]]}}, "week.tue[0]: '09:00'–'09:00' is empty"),
        (
            {"timezone": "UTC", "week": {"wed": [["13:00", "17:00"], ["08:00", "13:30"]]}},
            "week.wed[1]: overlaps week.wed[0] (08:00–13:30 and 13:00–17:00)",
        ),
        ({"timezone": "UTC", "week": {"monday": [["08:00", "12:00"]]}}, "week.monday: unknown weekday"),
        (
            {"timezone": "UTC", "week": {"mon": ["08:00", "12:00"]}},
            "week.mon[0]: an interval is a pair of times",
        ),
        ({"timezone": "UTC", "week": {}}, "week: the calendar has no opening hours at all"),
        (
            {"timezone": "UTC", "week": {"mon": [["08:00", "12:00"]]}, "holidays": {"country": "XX"}},
            "holidays.country: 'XX' is not a country the holidays package knows",
        ),
        (
            {
                "timezone": "UTC",
                "week": {"mon": [["08:00", "12:00"]]},
                "holidays": {"country": "DE", "subdivision": "ZZ"},
            },
            "holidays.subdivision: 'ZZ' is not a subdivision of DE",
        ),
        (
            {
                "timezone": "UTC",
                "week": {"mon": [["08:00", "12:00"]]},
                "closed": ["2026-12-24", "2026-02-30"],
            },
            "closed[1]: '2026-02-30' is not a date (write YYYY-MM-DD)",
        ),
        (
            {"timezone": "UTC", "week": {"mon": [["08:00", "12:00"]]}, "closed": "2026-12-24"},
            "closed: must be a list",
        ),
        ({"timezone": "UTC", "week": {"mon": [["08:00", "12:00"]]}, "holiday": {}}, "holiday: unknown key"),
    ],
)
def test_bad_calendars_are_refused_with_the_problem_named(definition: Any, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        BusinessCalendar.from_dict(definition)
    assert str(info.value).startswith(message)


def test_bad_json_is_refused() -> None:
    with pytest.raises(ValidationError, match="not valid JSON"):
        BusinessCalendar.from_json("{timezone: UTC")


# -- properties and speed --------------------------------------------------------------------------------

CALENDARS = {
    "office BY": office("BY", closed=["2026-12-24", "2027-06-01"]),
    "denmark": denmark(),
    "24/7 Berlin": around_the_clock("Europe/Berlin"),
    "night shift Copenhagen": night_shift("Europe/Copenhagen"),
    "spring-gap": BusinessCalendar.from_dict(
        {
            "timezone": "Europe/Berlin",
            "week": {"sun": [["01:30", "02:30"], ["02:45", "03:15"]], "wed": [["10:00", "10:01"]]},
        }
    ),
}

starts = st.datetimes(
    min_value=dt.datetime(2025, 12, 1), max_value=dt.datetime(2028, 2, 1), timezones=st.just(dt.UTC)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(CALENDARS)),
    start=starts,
    minutes=st.one_of(st.integers(0, 200_000), st.floats(0, 200_000, allow_nan=False)),
)
def test_counting_what_was_added_gives_it_back(name: str, start: dt.datetime, minutes: float) -> None:
    cal = CALENDARS[name]
    due = cal.add_business_minutes(start, minutes)
    assert due >= start
    # datetimes keep microseconds: the round trip is exact to well under a millisecond
    assert cal.business_minutes_between(start, due) == pytest.approx(minutes, abs=1e-5)
    if minutes > 0:
        # the due time is the first such instant: a moment earlier, the minutes were not used up
        assert cal.business_minutes_between(start, due - dt.timedelta(milliseconds=1)) < minutes


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(sorted(CALENDARS)), a=starts, b=starts, c=starts)
def test_counting_is_additive(name: str, a: dt.datetime, b: dt.datetime, c: dt.datetime) -> None:
    cal = CALENDARS[name]
    total = cal.business_minutes_between(a, b) + cal.business_minutes_between(b, c)
    assert total == pytest.approx(cal.business_minutes_between(a, c), abs=1e-6)


def test_due_times_take_microseconds_not_milliseconds() -> None:
    cal = office()
    start = berlin(2026, 11, 23, 9, 0)
    cal.add_business_minutes(start, 100_000)  # build the years once
    began = time.perf_counter()
    for i in range(2000):
        cal.add_business_minutes(start, 2400 + i)  # a week
        cal.business_minutes_between(start, berlin(2027, 5, 1, 10, 0))  # five months
    per_pair = (time.perf_counter() - began) / 2000
    assert per_pair < 250e-6, f"{per_pair * 1e6:.0f} µs per add + count"
