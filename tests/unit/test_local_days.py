# SPDX-License-Identifier: GPL-3.0-or-later
"""Date filters count the workspace's days (its business calendar's zone), not UTC's: at local
midnight, and on the days the clocks change."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
import zoneinfo
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import SearchSyntaxError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.filter_sql import rule_of, rule_sql
from agentdesk.inbox.local_days import day_start, local_date, workspace_zone
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.views import inbox_page
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store
from agentdesk.store.models import sql_time
from tests.conftest import within_cpu_seconds

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
# the days the clocks change in 2026 and 2027, and days around them
CHANGE_DAYS = [dt.date(2026, 3, 29), dt.date(2026, 10, 25), dt.date(2027, 3, 28), dt.date(2027, 10, 31)]
DAYS = st.one_of(
    st.sampled_from(CHANGE_DAYS).flatmap(
        lambda d: st.integers(-1, 1).map(lambda k: d + dt.timedelta(days=k))
    ),
    st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2028, 12, 31)),
)
OPS = {
    ">": lambda date, d: date > d,
    ">=": lambda date, d: date >= d,
    "<": lambda date, d: date < d,
    "<=": lambda date, d: date <= d,
    ":": lambda date, d: date == d,
}


@contextlib.contextmanager
def _table() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE conversation (status TEXT, created_at TEXT, last_activity_at TEXT)")
    try:
        yield conn
    finally:
        conn.close()


def test_a_day_starts_at_local_midnight_and_is_23_or_25_hours_on_change_days() -> None:
    assert day_start(dt.date(2026, 11, 2), BERLIN) == dt.datetime(2026, 11, 1, 23, 0, tzinfo=dt.UTC)
    assert day_start(dt.date(2026, 7, 2), COPENHAGEN) == dt.datetime(2026, 7, 1, 22, 0, tzinfo=dt.UTC)
    spring = day_start(dt.date(2026, 3, 30), BERLIN) - day_start(dt.date(2026, 3, 29), BERLIN)
    autumn = day_start(dt.date(2026, 10, 26), BERLIN) - day_start(dt.date(2026, 10, 25), BERLIN)
    assert spring == dt.timedelta(hours=23) and autumn == dt.timedelta(hours=25)
    # a zone whose clocks skipped midnight: the day began when they landed
    santiago = zoneinfo.ZoneInfo("America/Santiago")
    start = day_start(dt.date(2022, 9, 11), santiago)
    assert start == dt.datetime(2022, 9, 11, 4, 0, tzinfo=dt.UTC)
    assert start.astimezone(santiago).date() == dt.date(2022, 9, 11)
    assert (start - dt.timedelta(seconds=1)).astimezone(santiago).date() == dt.date(2022, 9, 10)


@settings(max_examples=2000, deadline=None)
@given(
    zone=st.sampled_from([BERLIN, COPENHAGEN]),
    day=DAYS,
    shift=st.integers(-3 * 3600, 3 * 3600),
    op=st.sampled_from(sorted(OPS)),
    field=st.sampled_from(["created", "updated"]),
    delta=st.integers(-1, 1),
)
def test_date_filters_match_exactly_the_local_days(
    zone: zoneinfo.ZoneInfo, day: dt.date, shift: int, op: str, field: str, delta: int
) -> None:
    """A conversation a few hours either side of a local midnight, filtered by that day or the
    one before or after: it matches when its local day does, in SQLite's own comparison of the
    stored times."""
    with within_cpu_seconds(1.0):
        instant = day_start(day, zone) + dt.timedelta(seconds=shift, microseconds=abs(shift) % 7)
        asked = day + dt.timedelta(days=delta)
        filters = parse_fields(f"{field}{op}{asked.isoformat()}").filters
        rule = rule_of(filters, None, zone=zone)
        with _table() as conn:
            stored = sql_time(instant)
            conn.execute("INSERT INTO conversation VALUES ('open', ?, ?)", (stored, stored))
            (matched,) = conn.execute(
                f"SELECT count(*) FROM conversation AS c WHERE {rule_sql(rule)}", dict(rule.params)
            ).fetchone()
        assert bool(matched) == OPS[op](local_date(instant, zone), asked)


@pytest.mark.parametrize("text", ["created>9999-12-31", "updated<=9999-12-31", "created:1899-12-31"])
def test_days_at_the_ends_of_the_calendar_are_refused_plainly(text: str) -> None:
    with pytest.raises(SearchSyntaxError) as info:
        parse_fields(text)
    assert "is not a date like 2026-11-01" in str(info.value)


def _calendar_zone(store: Store, zone: str) -> None:
    with contextlib.closing(store.raw()) as conn:
        conn.execute(
            "UPDATE business_calendar SET definition = json_set(definition, '$.timezone', ?)", (zone,)
        )


def test_the_workspace_zone_is_its_business_calendars(store: Store, clock: FixedClock) -> None:
    with contextlib.closing(store.raw()) as conn:
        assert workspace_zone(conn) in (
            dt.UTC,
            *(zoneinfo.ZoneInfo(z) for z in zoneinfo.available_timezones()),
        )
    install_presets(store, now=clock.now())
    with contextlib.closing(store.raw()) as conn:
        assert str(workspace_zone(conn)) in ("Europe/Berlin", "Europe/Copenhagen")
    _calendar_zone(store, "Europe/Copenhagen")
    with contextlib.closing(store.raw()) as conn:
        assert str(workspace_zone(conn)) == "Europe/Copenhagen"


def test_search_and_saved_views_count_local_days(store: Store, clock: FixedClock) -> None:
    """Late on 22 November in UTC is early on the 23rd in Berlin: that is the day the team sees."""
    install_presets(store, now=clock.now())
    _calendar_zone(store, "Europe/Berlin")
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Hannah Müller", email="hannah@beispiel.de")
    clock.set(dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC))  # 00:30 on the 23rd in Berlin
    late = inbox.create_conversation(customer, "email", "Nach Mitternacht", "Hallo")
    clock.set(dt.datetime(2026, 11, 22, 22, 30, tzinfo=dt.UTC))  # 23:30 on the 22nd in Berlin
    early = inbox.create_conversation(customer, "email", "Vor Mitternacht", "Hallo")
    clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
    search = SearchService(store)

    def found(query: str) -> list[str]:
        return sorted(h.subject for h in search.search(query, now=clock.now()))

    assert found("created:2026-11-23") == ["Nach Mitternacht"]
    assert found("created:2026-11-22") == ["Vor Mitternacht"]
    assert found("created<2026-11-23") == ["Vor Mitternacht"]
    assert found("created>2026-11-22") == ["Nach Mitternacht"]
    assert found("created>=2026-11-22 created<=2026-11-23") == ["Nach Mitternacht", "Vor Mitternacht"]

    directory = DirectoryService(store, clock)
    agent = directory.create_agent("Ole Nielsen", "ole@shop.example")
    views = SavedViewService(store, clock)
    view_id = views.create(agent, "Since the 23rd", parse_fields("created>=2026-11-23").filters)
    view_filter = views.list_filter(views.view(view_id), agent, frozenset(), clock.now())
    listed = {row.id for row in inbox_page(store, view_filter)}
    assert listed == {late.id}
    assert early.id not in listed and isinstance(view_id, uuid.UUID)
