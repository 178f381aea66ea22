# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole days as the workspace counts them: the date filters of searches and saved views.

``created>2026-11-01`` means "created after the first of November *where the team works*": a
conversation that came in at 23:30 UTC on 1 November came in on the 2nd in Berlin and in
Copenhagen. So a date term is a range between two local midnights, turned into UTC (what the
database stores), and a day is 23 or 25 hours long when the clocks change.

The workspace's zone is the zone of its business calendar: the calendar of the first active SLA
policy (by position) whose zone keeps local time (a 24/7 calendar in UTC says nothing about where
the team is); else any calendar's such zone, by name; else this machine's zone; else UTC.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zoneinfo
from pathlib import Path
from typing import Any

from agentdesk.inbox.query_language import DATE_FIELDS, Filters

_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu"})


def _zone(name: object) -> zoneinfo.ZoneInfo | None:
    if not isinstance(name, str) or not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _calendar_zone(definition: object) -> zoneinfo.ZoneInfo | None:
    """A calendar's zone, unless it is UTC or cannot be read."""
    try:
        name = json.loads(definition).get("timezone") if isinstance(definition, str) else None
    except (ValueError, AttributeError):
        return None
    return None if name in _UTC_NAMES else _zone(name)


def machine_zone() -> dt.tzinfo:
    """This machine's zone as an IANA zone (``TZ``, else ``/etc/localtime``); UTC when unknown.
    Only the zone's rules are read, never the clock."""
    found = _zone(os.environ.get("TZ", "").lstrip(":"))
    if found is not None:
        return found
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return dt.UTC
    if "zoneinfo/" in target:
        found = _zone(target.split("zoneinfo/", 1)[1])
        if found is not None:
            return found
    return dt.UTC


def zone_for(conn: Any, filters: Filters) -> dt.tzinfo:
    """``workspace_zone`` when ``filters`` have a date condition (UTC otherwise: no day is counted)."""
    if any(c.field in DATE_FIELDS for c in filters.conditions):
        return workspace_zone(conn)
    return dt.UTC


def workspace_zone(conn: Any) -> dt.tzinfo:
    """The zone whose days the date filters count (see the module docstring); ``conn`` is a
    ``sqlite3`` connection or cursor on the workspace."""
    for sql in (
        "SELECT bc.definition FROM sla_policy AS p JOIN business_calendar AS bc ON bc.id = p.calendar_id "
        "WHERE p.active AND p.deleted_at IS NULL AND bc.deleted_at IS NULL ORDER BY p.position, p.name",
        "SELECT definition FROM business_calendar WHERE deleted_at IS NULL ORDER BY name",
    ):
        for (definition,) in conn.execute(sql).fetchall():
            found = _calendar_zone(definition)
            if found is not None:
                return found
    return machine_zone()


def day_start(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The first instant of ``day`` in ``zone``, in UTC. Where the clocks skip midnight, the day
    starts when they land (``fold=0`` reads a skipped time with the offset before the change);
    where midnight comes twice, at the first."""
    try:
        return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)
    except OverflowError:  # the first or last days there are: before or after every stored time
        return (
            dt.datetime.min.replace(tzinfo=dt.UTC)
            if day.year == 1
            else dt.datetime.max.replace(tzinfo=dt.UTC)
        )


def local_date(instant: dt.datetime, zone: dt.tzinfo) -> dt.date:
    """The day ``instant`` falls on in ``zone``."""
    return instant.astimezone(zone).date()


__all__ = ["day_start", "local_date", "machine_zone", "workspace_zone", "zone_for"]
