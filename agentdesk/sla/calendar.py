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
    timestamps with the cumulative business seconds at each interval's end (``_Year``). Counting
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
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import re
import threading
import time
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import holidays as holidays_pkg

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
from agentdesk.text import JsonProblem, json_problem, loads, shown

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
KEYS = ("timezone", "week", "holidays", "closed")
CLOSED_NAME = "Closed"
"""The name ``upcoming_closed_days`` gives an extra closed date (the JSON has no names for them)."""

_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")
_UTC = dt.UTC
HORIZON_YEARS = 50
"""How far ahead due times and openings are searched, and how long a span is counted."""
_HORIZON_SECONDS = HORIZON_YEARS * 365.2425 * 86400.0
_MIN_TS = dt.datetime(2, 1, 2, tzinfo=_UTC).timestamp()
"""Before this instant a calendar counts nothing (year 1 cannot be built in every time zone)."""
_MAX_TS = dt.datetime(9998, 12, 30, tzinfo=_UTC).timestamp()
"""From this instant on a calendar counts nothing (year 9999 cannot be built in every time zone)."""
_DST_SLACK = 4 * 3600.0  # the most a year's clock changes can lengthen its opening hours
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_LOOKAHEAD_DAYS = 3 * 366  # how far upcoming_closed_days looks


@dataclass(frozen=True, slots=True)
class ClosedDay:
    """A date the calendar skips although its weekday has opening hours."""

    date: dt.date
    name: str


class BeyondHorizonError(ValidationError):
    """Business time that the calendar does not provide within ``HORIZON_YEARS`` years."""


class _Year:
    """The opening intervals of the local dates of one year, as UTC timestamps.

    Invariants: ``starts[i] < ends[i] <= starts[i + 1]``; ``cum_end[i]`` is the business seconds
    from ``t0`` to ``ends[i]``; ``total == cum_end[-1]`` (0 without intervals); every interval lies
    in ``[t0, t1)``, where ``t0``/``t1`` are the instants of local midnight on 1 January of this
    year and the next.
    """

    __slots__ = ("year", "t0", "t1", "starts", "ends", "cum_end", "total")

    def __init__(self, year: int, t0: float, t1: float, intervals: list[tuple[float, float]]) -> None:
        self.year = year
        self.t0 = t0
        self.t1 = t1
        self.starts = [a for a, _ in intervals]
        self.ends = [b for _, b in intervals]
        cum: list[float] = []
        total = 0.0
        for a, b in intervals:
            total += b - a
            cum.append(total)
        self.cum_end = cum
        self.total = total

    def cum(self, ts: float) -> float:
        """Business seconds from ``t0`` to ``ts`` (``t0 <= ts <= t1``)."""
        i = bisect.bisect_right(self.starts, ts) - 1
        if i < 0:
            return 0.0
        end = self.ends[i]
        return self.cum_end[i] - (end - ts) if ts < end else self.cum_end[i]

    def instant(self, amount: float) -> float:
        """The first instant at which ``amount`` business seconds from ``t0`` are used up.

        ``0 < amount <= total``. An amount used up exactly at the end of an interval gives that end
        (due at closing time), never the next opening.
        """
        i = bisect.bisect_left(self.cum_end, amount)
        if i >= len(self.ends):  # float noise just above the total
            return self.ends[-1]
        return self.ends[i] - (self.cum_end[i] - amount)


def _parse_time(value: Any, where: str) -> int:
    """Minutes after local midnight for ``"HH:MM"``; 1440 for ``"24:00"``."""
    match = _TIME_RE.match(value) if isinstance(value, str) else None
    if match is None:
        raise ValidationError(
            translatable(
                "SlaErrors", "{where}: {value!r} is not a time of day (write HH:MM, from 00:00 to 24:00)."
            ),
            where=where,
            value=value,
        )
    hours, minutes = int(match.group(1)), int(match.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes != 0):
        raise ValidationError(
            translatable(
                "SlaErrors", "{where}: {value!r} is not a time of day (write HH:MM, from 00:00 to 24:00)."
            ),
            where=where,
            value=value,
        )
    return hours * 60 + minutes


def _format_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _parse_week(week: Any) -> tuple[tuple[tuple[int, int], ...], ...]:
    if not isinstance(week, Mapping):
        raise ValidationError(
            translatable("SlaErrors", 'week: must be an object like {"mon": [["08:00", "17:00"]]}.')
        )
    days: list[tuple[tuple[int, int], ...]] = [() for _ in WEEKDAYS]
    for key, intervals in week.items():
        if key not in WEEKDAYS:
            raise ValidationError(
                translatable("SlaErrors", "week.{key}: unknown weekday (use {join})."),
                key=key,
                join=", ".join(WEEKDAYS),
            )
        if not isinstance(intervals, list):
            raise ValidationError(
                translatable(
                    "SlaErrors", 'week.{key}: must be a list of intervals like [["08:00", "17:00"]].'
                ),
                key=key,
            )
        parsed: list[tuple[int, int, int]] = []
        for index, interval in enumerate(intervals):
            where = f"week.{key}[{index}]"
            if not isinstance(interval, list | tuple) or len(interval) != 2:
                raise ValidationError(
                    translatable(
                        "SlaErrors", '{where}: an interval is a pair of times like ["08:00", "12:00"].'
                    ),
                    where=where,
                )
            start = _parse_time(interval[0], where)
            end = _parse_time(interval[1], where)
            if start == DAY_MINUTES:
                raise ValidationError(
                    translatable(
                        "SlaErrors",
                        "{where}: an interval cannot start at '24:00' (start the next day at '00:00').",
                    ),
                    where=where,
                )
            if end < start:
                following = WEEKDAYS[(WEEKDAYS.index(key) + 1) % 7]
                raise ValidationError(
                    translatable(
                        "SlaErrors",
                        (
                            "{where}: {interval!r}–{interval2!r} ends before it starts. An interval cannot "
                            'run past midnight; write an overnight shift as two intervals: "{key}": '
                            '[["{interval}", "24:00"]] and "{following}": [["00:00", "{interval2}"]].'
                        ),
                    ),
                    where=where,
                    interval=interval[0],
                    interval2=interval[1],
                    key=key,
                    following=following,
                )
            if end == start:
                raise ValidationError(
                    translatable("SlaErrors", "{where}: {interval!r}–{interval2!r} is empty."),
                    where=where,
                    interval=interval[0],
                    interval2=interval[1],
                )
            parsed.append((start, end, index))
        parsed.sort()
        for (s0, e0, i0), (s1, e1, i1) in zip(parsed, parsed[1:], strict=False):
            if s1 < e0:
                first, second = sorted((i0, i1))
                raise ValidationError(
                    translatable(
                        "SlaErrors",
                        (
                            "week.{key}[{second}]: overlaps week.{key}[{first}] ({format_time}–{format_time2}"
                            " and {format_time3}–{format_time4})."
                        ),
                    ),
                    key=key,
                    second=second,
                    first=first,
                    format_time=_format_time(s0),
                    format_time2=_format_time(e0),
                    format_time3=_format_time(s1),
                    format_time4=_format_time(e1),
                )
        days[WEEKDAYS.index(key)] = tuple((s, e) for s, e, _ in parsed)
    if not any(days):
        raise ValidationError(
            translatable(
                "SlaErrors", "week: the calendar has no opening hours at all; open at least one day."
            )
        )
    return tuple(days)


def _parse_holidays(value: Any) -> tuple[str, str | None] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValidationError(
            translatable(
                "SlaErrors", 'holidays: must be an object like {"country": "DE", "subdivision": "BY"}.'
            )
        )
    for key in value:
        if key not in ("country", "subdivision"):
            raise ValidationError(
                translatable("SlaErrors", "holidays.{key}: unknown key (use country and subdivision)."),
                key=key,
            )
    country = value.get("country")
    subdivision = value.get("subdivision")
    supported = holidays_pkg.list_supported_countries()
    if not isinstance(country, str) or country not in supported:
        raise ValidationError(
            translatable(
                "SlaErrors",
                (
                    "holidays.country: {country!r} is not a country the holidays package knows (use a"
                    " two-letter ISO code such as DE or DK)."
                ),
            ),
            country=country,
        )
    if subdivision is not None:
        known = supported[country]
        if not isinstance(subdivision, str) or subdivision not in known:
            listed = ", ".join(known) if known else "none"
            raise ValidationError(
                translatable(
                    "SlaErrors",
                    (
                        "holidays.subdivision: {subdivision!r} is not a subdivision of {country} (known: "
                        "{listed})."
                    ),
                ),
                subdivision=subdivision,
                country=country,
                listed=listed,
            )
    return country, subdivision


def _parse_closed(value: Any) -> frozenset[dt.date]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise ValidationError(
            translatable("SlaErrors", 'closed: must be a list of dates like ["2026-12-24"].')
        )
    dates: set[dt.date] = set()
    for index, item in enumerate(value):
        try:
            if not isinstance(item, str) or len(item) != 10:
                raise ValueError
            dates.add(dt.date.fromisoformat(item))
        except ValueError:
            raise ValidationError(
                translatable("SlaErrors", "closed[{index}]: {item!r} is not a date (write YYYY-MM-DD)."),
                index=index,
                item=item,
            ) from None
    return frozenset(dates)


def _load_zone(value: Any) -> zoneinfo.ZoneInfo:
    if not isinstance(value, str) or not value:
        raise ValidationError(
            translatable("SlaErrors", 'timezone: missing; give an IANA time zone such as "Europe/Berlin".')
        )
    try:
        return zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            translatable(
                "SlaErrors",
                ('timezone: {value!r} is not a known time zone (use an IANA name such as "Europe/Berlin").'),
            ),
            value=value,
        ) from None


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
        self._years: dict[int, _Year] = {}
        self._holiday_years: dict[int, dict[dt.date, str]] = {}
        self._last: _Year | None = None
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
        zone = _load_zone(definition.get("timezone"))
        week = _parse_week(definition.get("week"))
        holiday_spec = _parse_holidays(definition.get("holidays"))
        closed = _parse_closed(definition.get("closed"))
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
            WEEKDAYS[i]: [[_format_time(s), _format_time(e)] for s, e in day]
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
        due = self.add_seconds(_ts(start), minutes * 60.0)
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
        return _from_ts(due)

    def business_minutes_between(self, start: dt.datetime, end: dt.datetime) -> float:
        """Business minutes in ``[start, end)``; negative (the same amount) when ``end < start``."""
        return self.seconds_between(_ts(start), _ts(end)) / 60.0

    def is_open(self, when: dt.datetime) -> bool:
        """Whether ``when`` lies inside opening hours (an interval's start counts, its end does not)."""
        return self.is_open_at(_ts(when))

    def next_opening(self, when: dt.datetime) -> dt.datetime:
        """``when`` itself while open, otherwise the start of the next opening interval; raises
        ``BeyondHorizonError`` when the calendar does not open within ``HORIZON_YEARS`` years."""
        opening = self.next_opening_at(_ts(when))
        if opening == math.inf:
            raise BeyondHorizonError(
                translatable("SlaErrors", "The calendar does not open within {HORIZON_YEARS} years."),
                HORIZON_YEARS=HORIZON_YEARS,
            )
        return _from_ts(opening)

    @property
    def weekly_minutes(self) -> float:
        """Opening minutes of a plain week (no holidays, no clock change)."""
        return self._weekly / 60.0

    def horizon_minutes(self) -> float:
        """At most how many business minutes the calendar can provide within ``HORIZON_YEARS``
        years from any instant (an upper bound: holidays and closed dates are not subtracted).
        A target larger than this can never be met."""
        return self._bound(_HORIZON_SECONDS) / 60.0

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
        return [(_from_ts(a), _from_ts(b)) for a, b in self._day_intervals(day)]

    # -- the same on POSIX timestamps (seconds), for the SLA state's hot path --------------------

    def seconds_between(self, a: float, b: float) -> float:
        """Business seconds in ``[a, b)``; antisymmetric. A span longer than ``HORIZON_YEARS``
        years counts its first ``HORIZON_YEARS`` years only."""
        if b < a:
            return -self.seconds_between(b, a)
        if self._always_open:
            return b - a
        a = min(max(a, _MIN_TS), _MAX_TS)
        b = min(max(b, _MIN_TS), _MAX_TS, a + _HORIZON_SECONDS)
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
            return due if seconds <= _HORIZON_SECONDS and due < _MAX_TS else math.inf
        start = max(a, _MIN_TS)
        if start >= _MAX_TS:
            return math.inf
        limit = min(start + _HORIZON_SECONDS, _MAX_TS)
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
        if not _MIN_TS <= ts < _MAX_TS:
            return False
        year = self._year_at(ts)
        i = bisect.bisect_right(year.starts, ts) - 1
        return i >= 0 and ts < year.ends[i]

    def next_opening_at(self, ts: float) -> float:
        """``ts`` while open, else the next opening; ``math.inf`` if none within the horizon."""
        if self._always_open:
            return ts
        ts = max(ts, _MIN_TS)
        if ts >= _MAX_TS or self._weekly <= 0:
            return math.inf
        limit = min(ts + _HORIZON_SECONDS, _MAX_TS)
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
        return weeks * self._weekly + years * _DST_SLACK

    # -- building years ----------------------------------------------------------------------------

    def _year_at(self, ts: float) -> _Year:
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

    def _year(self, year: int) -> _Year:
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

    def _build_year(self, year: int) -> _Year:
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
        return _Year(year, t0, t1, _ordered(intervals))

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
            base = (ordinal - _EPOCH_ORDINAL) * 86400.0
            return base - before.total_seconds(), base + 86400.0 - after.total_seconds()
        return self._midnight(day), self._midnight(day + dt.timedelta(days=1))

    def _day_intervals(self, day: dt.date) -> list[tuple[float, float]]:
        if not self.week[day.weekday()] or not self._is_working_date(day):
            return []
        midnight = self._midnight(day)
        return _ordered(self._intervals_on(day, midnight, self._midnight(day + dt.timedelta(days=1))))

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
            table = holidays_pkg.country_holidays(country, subdiv=subdivision, years=day.year)
            names = {d: str(n) for d, n in table.items()}
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


def _ordered(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop empty intervals and clip overlaps: wall times inside a daylight-saving gap all map to
    the instant of the jump, which can make neighbouring intervals touch, cross or vanish."""
    clean: list[tuple[float, float]] = []
    for a, b in intervals:
        if clean and a < clean[-1][1]:
            a = clean[-1][1]
        if b > a:
            clean.append((a, b))
    return clean


def _ts(when: dt.datetime) -> float:
    if when.tzinfo is None:
        raise ValueError("a business calendar needs timezone-aware datetimes")
    return when.timestamp()


def _from_ts(ts: float) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(ts, _UTC)
    except (ValueError, OverflowError):  # float rounding at the very ends of the range
        return (dt.datetime.max if ts > 0 else dt.datetime.min).replace(tzinfo=_UTC)


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


__all__ = [
    "ALWAYS_OPEN",
    "BeyondHorizonError",
    "BusinessCalendar",
    "HORIZON_YEARS",
    "ClosedDay",
    "WEEKDAYS",
    "compile_definition",
]
