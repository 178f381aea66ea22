# SPDX-License-Identifier: GPL-3.0-or-later
"""Business calendars: when the clock of an SLA target runs.

A calendar is a time zone, weekly opening hours (several intervals a day), public holidays of a
country and subdivision (the ``holidays`` package) and extra closed dates. Its JSON form is both
what the ``business_calendar.definition`` column holds and the import/export format::

    {"timezone": "Europe/Berlin",
     "week": {"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "tue": [["08:00", "17:00"]]},
     "holidays": {"country": "DE", "subdivision": "BY"},
     "closed": ["2026-12-24"]}

Rules
    Days left out of ``week`` are closed. Times are local wall-clock ``HH:MM``; ``"24:00"`` may end
    an interval. An interval belongs to the local date it is listed under and may not run past
    midnight: an overnight shift is two intervals (``"mon": [["22:00", "24:00"]]``,
    ``"tue": [["00:00", "06:00"]]``), so every minute belongs to exactly one local date and that
    date's holidays decide whether it counts. ``["22:00", "06:00"]`` is refused with a message that
    says how to write it.

Business time
    Business minutes are real elapsed minutes inside opening hours: local interval bounds are turned
    into UTC instants, so a daylight-saving change neither adds nor removes any (a 00:00–06:00
    interval lasts five hours on the spring-forward night and seven on the fall-back night). A wall
    time that does not exist (inside a spring-forward gap) means the instant the clocks jump; an
    ambiguous one (fall-back) means its first occurrence.

How it stays fast
    The opening intervals of one local calendar year are built once, lazily, as sorted UTC
    timestamps with the cumulative business seconds at each interval's end (``years.Year``). Counting
    between two instants is then two binary searches, and adding business time is one more; spans
    that cross a year boundary walk whole years. Holidays are looked up once per year, which is
    the slow part of building a year (a few milliseconds).

The search horizon
    No call walks further than ``HORIZON_YEARS`` years of calendar: a calendar open a minute a
    week with a target of ten million minutes would need millennia. Adding business time that is
    not used up within the horizon gives ``math.inf`` (``add_business_minutes`` raises
    ``BeyondHorizonError``), and so does looking for an opening in a calendar that has none within
    it; counting between two instants further apart counts the horizon's first years only. Instants
    outside the years a calendar can build (2–9998, so before 0002-01-02 and from 9998-12-30 UTC)
    count as closed. The SLA state says "not within the horizon" instead of a due time.

Its parts
    ``definition.py`` reads and checks the JSON form, ``years.py`` holds the per-year interval
    tables and the horizon's limits, ``business.py`` the calendar itself and the process-wide
    cache of compiled definitions.
"""

from __future__ import annotations

from agentdesk.sla.calendar.business import (
    ALWAYS_OPEN,
    CLOSED_NAME,
    BeyondHorizonError,
    BusinessCalendar,
    ClosedDay,
    compile_definition,
)
from agentdesk.sla.calendar.definition import DAY_MINUTES, KEYS, WEEKDAYS
from agentdesk.sla.calendar.years import HORIZON_YEARS

__all__ = [
    "ALWAYS_OPEN",
    "BeyondHorizonError",
    "BusinessCalendar",
    "HORIZON_YEARS",
    "ClosedDay",
    "WEEKDAYS",
    "compile_definition",
    "CLOSED_NAME",
    "DAY_MINUTES",
    "KEYS",
]
