# SPDX-License-Identifier: GPL-3.0-or-later
"""``BusinessCalendar``: counting business time on a calendar, on datetimes and on timestamps.

The rules it follows are described in the package's docstring (``agentdesk.sla.calendar``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import threading
import time
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
from agentdesk.sla.calendar import holiday_tables
from agentdesk.sla.calendar.definition import (
    DAY_MINUTES,
    KEYS,
    WEEKDAYS,
    format_time,
    load_zone,
    parse_closed,
    parse_holidays,
    parse_week,
)
from agentdesk.sla.calendar.years import (
    DST_SLACK,
    EPOCH_ORDINAL,
    HORIZON_SECONDS,
    HORIZON_YEARS,
    MAX_TS,
    MIN_TS,
    Year,
    from_timestamp,
    ordered_intervals,
    timestamp,
)
from agentdesk.text import JsonProblem, json_problem, loads, shown

CLOSED_NAME = "Closed"
"""The name ``upcoming_closed_days`` gives an extra closed date (the JSON has no names for them)."""
_LOOKAHEAD_DAYS = 3 * 366  # how far upcoming_closed_days looks


@dataclass(frozen=True, slots=True)
class ClosedDay:
    """A date the calendar skips although its weekday has opening hours."""

    date: dt.date
    name: str


class BeyondHorizonError(ValidationError):
    """Business time that the calendar does not provide within ``HORIZON_YEARS`` years."""


class BusinessCalendar:
    """Opening hours in a time zone, minus public holidays and closed dates.

    Not to be confused with the ORM row ``agentdesk.store.models.BusinessCalendar``, whose
    ``definition`` column holds this calendar's ``to_dict()``.

    Instances are immutable as far as callers can see; the per-year interval tables they build are
    caches, safe to share between threads (a race at worst builds a year twice). All methods take
    timezone-aware datetimes and return aware datetimes in UTC.
    """

    def __init__(
        self,
        timezone: str,
        week: tuple[tuple[tuple[int, int], ...], ...],
        holidays: tuple[str, str | None] | None = None,
        closed: frozenset[dt.date] = frozenset(),
    ) -> None:
        """Build from already validated parts; use ``from_dict`` for anything that came from outside."""
        self.timezone = timezone
        self.zone = zoneinfo.ZoneInfo(timezone)
        self.week = week
        self.holidays = holidays
        self.closed = closed
        self._always_open = (
            all(day == ((0, DAY_MINUTES),) for day in week) and holidays is None and not closed
        )
        self._weekly = 60.0 * sum(e - s for day in week for s, e in day)
        self._years: dict[int, Year] = {}
        self._holiday_years: dict[int, dict[dt.date, str]] = {}
        self._last: Year | None = None
        self._lock = threading.Lock()

    # -- the JSON form -------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, definition: Any) -> BusinessCalendar:
        """Validate and build; raises ``ValidationError`` naming the first problem found."""
        if not isinstance(definition, Mapping):
            raise ValidationError(translatable("SlaErrors", "A business calendar must be a JSON object."))
        problem = json_problem(definition)
        if problem is not None:
            path, phrase = problem
            raise ValidationError(
                translatable("SlaErrors", "{value}: {phrase}."), value=path or "The calendar", phrase=phrase
            )
        for key in definition:
            if key not in KEYS:
                raise ValidationError(
                    translatable("SlaErrors", "{key}: unknown key (a calendar has {join})."),
                    key=key,
                    join=", ".join(KEYS),
                )
        zone = load_zone(definition.get("timezone"))
        week = parse_week(definition.get("week"))
        holiday_spec = parse_holidays(definition.get("holidays"))
        closed = parse_closed(definition.get("closed"))
        return cls(zone.key, week, holiday_spec, closed)

    @classmethod
    def from_json(cls, text: str) -> BusinessCalendar:
        """``from_dict`` for the text of an imported file."""
        if not isinstance(text, str):
            raise ValidationError(translatable("SlaErrors", "The calendar is not text."))
        try:
            data = loads(text)
        except JsonProblem as exc:
            raise ValidationError(
                translatable("SlaErrors", "The calendar cannot be used: {exc}."), exc=exc
            ) from None
        except ValueError as exc:
            raise ValidationError(
                translatable("SlaErrors", "The calendar is not valid JSON: {shown}."),
                shown=shown(str(exc), 120),
            ) from None
        return cls.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        """The canonical JSON form: weekdays in order, intervals sorted, closed dates sorted.

        ``from_dict(cal.to_dict())`` gives an equal calendar.
        """
        week = {
            WEEKDAYS[i]: [[format_time(s), format_time(e)] for s, e in day]
            for i, day in enumerate(self.week)
            if day
        }
        result: dict[str, Any] = {"timezone": self.timezone, "week": week}
        if self.holidays is not None:
            country, subdivision = self.holidays
            spec: dict[str, Any] = {"country": country}
            if subdivision is not None:
                spec["subdivision"] = subdivision
            result["holidays"] = spec
        if self.closed:
            result["closed"] = [d.isoformat() for d in sorted(self.closed)]
        return result

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BusinessCalendar):
            return NotImplemented
        return (self.timezone, self.week, self.holidays, self.closed) == (
            other.timezone,
            other.week,
            other.holidays,
            other.closed,
        )

    def __hash__(self) -> int:
        return hash((self.timezone, self.week, self.holidays, self.closed))

    def __repr__(self) -> str:
        return f"BusinessCalendar({json.dumps(self.to_dict(), ensure_ascii=False)})"

    @property
    def always_open(self) -> bool:
        """True for a 24/7 calendar without holidays or closed dates (business time = real time)."""
        return self._always_open

    # -- public API on datetimes -----------------------------------------------------------------

    def add_business_minutes(self, start: dt.datetime, minutes: float) -> dt.datetime:
        """The instant at which ``minutes`` business minutes counted from ``start`` are used up.

        A start outside opening hours begins counting at the next opening; a target used up exactly
        at closing time is due at closing time. ``minutes == 0`` gives ``start`` itself. Raises
        ``BeyondHorizonError`` when the minutes are not used up within ``HORIZON_YEARS`` years (or
        before the end of year 9998).
        """
        if minutes < 0 or math.isnan(minutes):
            raise ValueError("minutes must not be negative")
        due = self.add_seconds(timestamp(start), minutes * 60.0)
        if due == math.inf:
            raise BeyondHorizonError(
                translatable(
                    "SlaErrors",
                    (
                        "{minutes:g} business minutes are not reached within {HORIZON_YEARS} years on "
                        "this calendar (it is open {value:g} min a week)."
                    ),
                ),
                minutes=minutes,
                HORIZON_YEARS=HORIZON_YEARS,
                value=self._weekly / 60,
            )
        return from_timestamp(due)

    def business_minutes_between(self, start: dt.datetime, end: dt.datetime) -> float:
        """Business minutes in ``[start, end)``; negative (the same amount) when ``end < start``."""
        return self.seconds_between(timestamp(start), timestamp(end)) / 60.0

    def is_open(self, when: dt.datetime) -> bool:
        """Whether ``when`` lies inside opening hours (an interval's start counts, its end does not)."""
        return self.is_open_at(timestamp(when))

    def next_opening(self, when: dt.datetime) -> dt.datetime:
        """``when`` itself while open, otherwise the start of the next opening interval; raises
        ``BeyondHorizonError`` when the calendar does not open within ``HORIZON_YEARS`` years."""
        opening = self.next_opening_at(timestamp(when))
        if opening == math.inf:
            raise BeyondHorizonError(
                translatable("SlaErrors", "The calendar does not open within {HORIZON_YEARS} years."),
                HORIZON_YEARS=HORIZON_YEARS,
            )
        return from_timestamp(opening)

    @property
    def weekly_minutes(self) -> float:
        """Opening minutes of a plain week (no holidays, no clock change)."""
        return self._weekly / 60.0

    def horizon_minutes(self) -> float:
        """At most how many business minutes the calendar can provide within ``HORIZON_YEARS``
        years from any instant (an upper bound: holidays and closed dates are not subtracted).
        A target larger than this can never be met."""
        return self._bound(HORIZON_SECONDS) / 60.0

    def local_date(self, when: dt.datetime) -> dt.date:
        return when.astimezone(self.zone).date()

    def upcoming_closed_days(self, start: dt.date | dt.datetime, count: int) -> list[ClosedDay]:
        """The next ``count`` dates from ``start`` (local date, inclusive) skipped for a holiday or
        a closed date although their weekday has opening hours; looks at most three years ahead.

        A holiday on a day that is closed anyway (a Sunday in an office calendar) is not listed:
        the list answers "which days will the clock skip?".
        """
        if isinstance(start, dt.datetime):
            day = self.local_date(start)
        else:
            day = start
        found: list[ClosedDay] = []
        for _ in range(_LOOKAHEAD_DAYS):
            if len(found) >= count:
                break
            if self.week[day.weekday()]:
                name = self._holiday_name(day)
                if name is None and day in self.closed:
                    name = CLOSED_NAME
                if name is not None:
                    found.append(ClosedDay(day, name))
            if day == dt.date.max:
                break
            day += dt.timedelta(days=1)
        return found

    def opening_intervals(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        """The opening intervals of a local date as UTC instants (empty on a holiday or closed date)."""
        return [(from_timestamp(a), from_timestamp(b)) for a, b in self._day_intervals(day)]

    # -- the same on POSIX timestamps (seconds), for the SLA state's hot path --------------------

    def seconds_between(self, a: float, b: float) -> float:
        """Business seconds in ``[a, b)``; antisymmetric. A span longer than ``HORIZON_YEARS``
        years counts its first ``HORIZON_YEARS`` years only."""
        if b < a:
            return -self.seconds_between(b, a)
        if self._always_open:
            return b - a
        a = min(max(a, MIN_TS), MAX_TS)
        b = min(max(b, MIN_TS), MAX_TS, a + HORIZON_SECONDS)
        ya = self._year_at(a)
        if b < ya.t1:
            return ya.cum(b) - ya.cum(a)
        total = ya.total - ya.cum(a)
        year = self._year(ya.year + 1)
        while b >= year.t1:
            total += year.total
            year = self._year(year.year + 1)
        return total + year.cum(b)

    def add_seconds(self, a: float, seconds: float) -> float:
        """The first instant at which ``seconds`` business seconds from ``a`` are used up (``>= a``);
        ``math.inf`` when that is not within ``HORIZON_YEARS`` years of ``a`` (see the module)."""
        if seconds <= 0:
            return a
        if self._always_open:
            due = a + seconds
            return due if seconds <= HORIZON_SECONDS and due < MAX_TS else math.inf
        start = max(a, MIN_TS)
        if start >= MAX_TS:
            return math.inf
        limit = min(start + HORIZON_SECONDS, MAX_TS)
        if seconds > self._bound(limit - start):
            return math.inf  # more than the calendar can give: no need to walk the years
        year = self._year_at(start)
        amount = year.cum(start) + seconds
        while amount > year.total:
            if year.t1 >= limit:
                return math.inf
            amount -= year.total
            year = self._year(year.year + 1)
        result = year.instant(amount)
        if result > limit:
            return math.inf
        # Rounding can put an instant a hair before ``a`` when ``a`` lies between intervals.
        return result if result >= a else self.next_opening_at(a)

    def is_open_at(self, ts: float) -> bool:
        if self._always_open:
            return True
        if not MIN_TS <= ts < MAX_TS:
            return False
        year = self._year_at(ts)
        i = bisect.bisect_right(year.starts, ts) - 1
        return i >= 0 and ts < year.ends[i]

    def next_opening_at(self, ts: float) -> float:
        """``ts`` while open, else the next opening; ``math.inf`` if none within the horizon."""
        if self._always_open:
            return ts
        ts = max(ts, MIN_TS)
        if ts >= MAX_TS or self._weekly <= 0:
            return math.inf
        limit = min(ts + HORIZON_SECONDS, MAX_TS)
        year = self._year_at(ts)
        while True:
            i = bisect.bisect_right(year.starts, ts) - 1
            if i >= 0 and ts < year.ends[i]:
                return ts
            if i + 1 < len(year.starts):
                found = year.starts[i + 1]
                return found if found <= limit else math.inf
            if year.t1 >= limit:
                return math.inf
            year = self._year(year.year + 1)
            ts = year.t0

    def _bound(self, span: float) -> float:
        """An upper bound of the business seconds in any ``span`` seconds (see ``horizon_minutes``)."""
        if self._weekly <= 0:
            return 0.0
        weeks = math.ceil(span / 604800.0) + 1
        years = math.ceil(span / (365.0 * 86400.0)) + 1
        return weeks * self._weekly + years * DST_SLACK

    # -- building years ----------------------------------------------------------------------------

    def _year_at(self, ts: float) -> Year:
        last = self._last
        if last is not None and last.t0 <= ts < last.t1:
            return last
        year = self._year(time.gmtime(ts).tm_year)
        # Local new year is within a day of UTC new year.
        if ts < year.t0:
            year = self._year(year.year - 1)
        elif ts >= year.t1:
            year = self._year(year.year + 1)
        self._last = year
        return year

    def _year(self, year: int) -> Year:
        found = self._years.get(year)
        if found is None:
            if not 1 < year < 9999:
                raise ValidationError(
                    translatable(
                        "SlaErrors", "The time lies outside the years a calendar can count (2–9998)."
                    )
                )
            with self._lock:
                found = self._years.get(year)
                if found is None:
                    found = self._build_year(year)
                    self._years[year] = found
        return found

    def _build_year(self, year: int) -> Year:
        intervals: list[tuple[float, float]] = []
        t0 = self._midnight(dt.date(year, 1, 1))
        t1 = self._midnight(dt.date(year + 1, 1, 1))
        week = self.week
        for ordinal in range(dt.date(year, 1, 1).toordinal(), dt.date(year + 1, 1, 1).toordinal()):
            if not week[(ordinal - 1) % 7]:  # ordinal 1 (0001-01-01) is a Monday
                continue
            day = dt.date.fromordinal(ordinal)
            if self._is_working_date(day):
                midnight, next_midnight = self._midnights(day, ordinal)
                intervals.extend(self._intervals_on(day, midnight, next_midnight))
        return Year(year, t0, t1, ordered_intervals(intervals))

    def _midnights(self, day: dt.date, ordinal: int) -> tuple[float, float]:
        """The instants of local midnight at the start and the end of ``day``.

        Plain arithmetic when neither midnight lies in a clock change (the offset is the same with
        either ``fold``): the usual case, and several times faster than ``_wall_to_ts``.
        """
        zone = self.zone
        naive = dt.datetime(day.year, day.month, day.day)
        following = naive + dt.timedelta(days=1)
        before = zone.utcoffset(naive)
        after = zone.utcoffset(following)
        if (
            before is not None
            and after is not None
            and before == zone.utcoffset(naive.replace(fold=1))
            and after == zone.utcoffset(following.replace(fold=1))
        ):
            base = (ordinal - EPOCH_ORDINAL) * 86400.0
            return base - before.total_seconds(), base + 86400.0 - after.total_seconds()
        return self._midnight(day), self._midnight(day + dt.timedelta(days=1))

    def _day_intervals(self, day: dt.date) -> list[tuple[float, float]]:
        if not self.week[day.weekday()] or not self._is_working_date(day):
            return []
        midnight = self._midnight(day)
        return ordered_intervals(
            self._intervals_on(day, midnight, self._midnight(day + dt.timedelta(days=1)))
        )

    def _intervals_on(self, day: dt.date, midnight: float, next_midnight: float) -> list[tuple[float, float]]:
        spec = self.week[day.weekday()]
        if next_midnight - midnight == 86400.0:
            # A day of exactly 24 hours has no change of UTC offset: plain arithmetic.
            return [(midnight + s * 60.0, midnight + e * 60.0) for s, e in spec]
        result = []
        for s, e in spec:
            a = self._wall_to_ts(day, s) if s else midnight
            b = next_midnight if e == DAY_MINUTES else self._wall_to_ts(day, e)
            result.append((a, b))
        return result

    def _is_working_date(self, day: dt.date) -> bool:
        return day not in self.closed and self._holiday_name(day) is None

    def _holiday_name(self, day: dt.date) -> str | None:
        if self.holidays is None:
            return None
        names = self._holiday_years.get(day.year)
        if names is None:
            country, subdivision = self.holidays
            names = holiday_tables.holiday_names(country, subdivision, day.year)
            self._holiday_years[day.year] = names
        return names.get(day)

    def _midnight(self, day: dt.date) -> float:
        return self._wall_to_ts(day, 0)

    def _wall_to_ts(self, day: dt.date, minutes: int) -> float:
        """The UTC instant of local wall time ``minutes`` after midnight of ``day``.

        A wall time inside a spring-forward gap maps to the instant of the jump (the first instant
        whose wall time is later); an ambiguous one to its first occurrence.
        """
        naive = dt.datetime(day.year, day.month, day.day) + dt.timedelta(minutes=minutes)
        ts = naive.replace(tzinfo=self.zone).timestamp()
        if dt.datetime.fromtimestamp(ts, self.zone).replace(tzinfo=None) == naive:
            return ts
        # In a gap: fold=1 applies the offset after the jump and lands before it, fold=0 after it.
        lo = int(naive.replace(tzinfo=self.zone, fold=1).timestamp())
        hi = int(math.ceil(ts))
        while lo < hi:  # smallest second whose wall time is not before ``naive``
            mid = (lo + hi) // 2
            if dt.datetime.fromtimestamp(mid, self.zone).replace(tzinfo=None) >= naive:
                hi = mid
            else:
                lo = mid + 1
        return float(lo)


ALWAYS_OPEN = BusinessCalendar("UTC", tuple(((0, DAY_MINUTES),) for _ in WEEKDAYS))
"""Around the clock: what a policy without a calendar counts in."""


_compiled: dict[str, BusinessCalendar] = {}
_compiled_lock = threading.Lock()


def compile_definition(definition: Any) -> BusinessCalendar:
    """``BusinessCalendar.from_dict`` with a process-wide cache keyed by the definition's JSON.

    Calendars stored in the database are compiled again and again (every action refreshes a
    conversation's due times); the cache keeps their per-year tables and holiday lookups warm.
    """
    try:
        key = json.dumps(definition, sort_keys=True)
    except (TypeError, ValueError):
        return BusinessCalendar.from_dict(definition)
    found = _compiled.get(key)
    if found is None:
        found = BusinessCalendar.from_dict(definition)
        with _compiled_lock:
            if len(_compiled) > 256:
                _compiled.clear()
            _compiled[key] = found
    return found
