# SPDX-License-Identifier: GPL-3.0-or-later
"""A calendar's JSON form, read and checked: time zone, weekly opening hours, holidays, closed dates.

Each ``parse_…`` takes the value of one key as it came from outside and returns the validated
part ``BusinessCalendar`` is built from, or raises ``ValidationError`` with a sentence that names
the key (and the index) of the first problem.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping
from typing import Any

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
from agentdesk.sla.calendar import holiday_tables

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
KEYS = ("timezone", "week", "holidays", "closed")

_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


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


def format_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_week(week: Any) -> tuple[tuple[tuple[int, int], ...], ...]:
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
                    format_time=format_time(s0),
                    format_time2=format_time(e0),
                    format_time3=format_time(s1),
                    format_time4=format_time(e1),
                )
        days[WEEKDAYS.index(key)] = tuple((s, e) for s, e, _ in parsed)
    if not any(days):
        raise ValidationError(
            translatable(
                "SlaErrors", "week: the calendar has no opening hours at all; open at least one day."
            )
        )
    return tuple(days)


def parse_holidays(value: Any) -> tuple[str, str | None] | None:
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
    if not isinstance(country, str) or not holiday_tables.is_country(country):
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
        known = holiday_tables.subdivisions(country)
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


def parse_closed(value: Any) -> frozenset[dt.date]:
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


def load_zone(value: Any) -> zoneinfo.ZoneInfo:
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
