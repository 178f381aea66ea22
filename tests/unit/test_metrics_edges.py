# SPDX-License-Identifier: GPL-3.0-or-later
"""Key figures over data whose times run backwards (clock skew, future-dated imports) and over
periods at the ends of the date range."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.kpis import compute_kpis
from agentdesk.metrics.report import daily_volume, period_of_days, write_report
from agentdesk.sla.cache import refresh_all
from agentdesk.sla.editing import save_calendar, save_policy
from agentdesk.sla.policy import Policy
from agentdesk.store.database import Store
from agentdesk.store.models import sql_time

UTC = dt.UTC
CREATED = dt.datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
EARLIEST = dt.datetime.min.replace(tzinfo=UTC)
LATEST = dt.datetime.max.replace(tzinfo=UTC)


@pytest.fixture
def skewed(store: Store, clock: FixedClock) -> Store:
    """One conversation answered and solved, then its creation moved an hour later than both (as
    a desktop whose clock ran ahead would have stamped it), and one plain one a day later."""
    clock.set(CREATED)
    office = {
        "timezone": "UTC",
        "week": {d: [["08:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
    }
    cal = save_calendar(store, "Office", office, clock.now())
    save_policy(
        store, Policy("All", first_response_minutes=60, resolution_minutes=480, calendar_id=cal), CREATED
    )
    desk = InboxService(store, clock)
    anna = desk.create_customer("Anna", email="anna@example.com")
    skew = desk.create_conversation(anna, "email", "Skew", "Hello", when=CREATED).id
    desk.reply(skew, "Hi", status_after="solved", when=CREATED + dt.timedelta(minutes=20))
    later = CREATED + dt.timedelta(days=1)
    plain = desk.create_conversation(anna, "email", "Plain", "Hello", when=later).id
    desk.reply(plain, "Hi", status_after="solved", when=later + dt.timedelta(minutes=30))
    with store.raw_connection() as conn:
        conn.execute(
            "UPDATE conversation SET created_at = ? WHERE id = ?",
            (sql_time(CREATED + dt.timedelta(hours=1)), skew.hex),
        )
        conn.commit()
    refresh_all(store, CREATED)
    return store


def test_times_that_run_backwards_count_as_zero_not_negative(skewed: Store) -> None:
    week = compute_kpis(
        skewed, dt.datetime(2026, 11, 23, tzinfo=UTC), dt.datetime(2026, 11, 30, tzinfo=UTC), now=CREATED
    )
    assert week.overall.values["frt_median"].sample == 2
    for key in ("frt_median", "frt_median_business", "resolution_median", "resolution_median_business"):
        # The clocks start at the customer's message, not at the skewed creation: median of 20 and 30.
        assert week.overall.value(key) == pytest.approx(25.0), key
    for key in ("frt_p90", "resolution_p90"):
        value = week.overall.value(key)
        assert value is not None and value >= 0
    assert week.overall.value("sla_first_response") == 1.0


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (EARLIEST, LATEST),
        (EARLIEST, dt.datetime(1, 1, 2, tzinfo=UTC)),
        (dt.datetime(9999, 12, 30, tzinfo=UTC), LATEST),
        (dt.datetime(500, 1, 1, tzinfo=UTC), dt.datetime(2100, 1, 1, tzinfo=UTC)),
    ],
)
def test_periods_at_the_ends_of_the_date_range(skewed: Store, start: dt.datetime, end: dt.datetime) -> None:
    report = compute_kpis(skewed, start, end, "agent", now=CREATED)
    expected = 2 if start.year < 2026 < end.year else 0
    assert report.overall.values["frt_median"].sample == expected
    volume = daily_volume(skewed, start, end)
    assert sum(v.created for v in volume) == expected
    assert len(volume) <= 3 * 366


def test_a_period_that_leaves_the_utc_range_is_refused(skewed: Store) -> None:
    far_east = dt.timezone(dt.timedelta(hours=14))
    with pytest.raises(ValidationError, match="beyond the years 1 to 9999"):
        compute_kpis(skewed, dt.datetime(1, 1, 1, 5, tzinfo=far_east), LATEST, now=CREATED)


def test_period_of_days_reaches_the_last_day_there_is() -> None:
    assert period_of_days(dt.date(1, 1, 1), dt.date(9999, 12, 31)) == (EARLIEST, LATEST)
    assert period_of_days(dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == (
        dt.datetime(2026, 11, 1, tzinfo=UTC),
        dt.datetime(2026, 12, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize("suffix", [".csv", ".pdf"])
def test_a_report_of_all_time(skewed: Store, tmp_path: Path, suffix: str) -> None:
    start, end = period_of_days(dt.date(1, 1, 1), dt.date(9999, 12, 31))
    out = tmp_path / f"all{suffix}"
    render_pdf = None
    if suffix == ".pdf":  # the PDF is drawn by the window's renderer (Qt)
        from agentdesk.gui.report_pdf import render_pdf
    summary = write_report(skewed, start, end, out, now=CREATED, render_pdf=render_pdf)
    assert out.exists() and summary.rows > 0 and summary.seconds < 10
    if suffix == ".csv":
        with out.open(encoding="utf-8") as fh:
            row = next(csv.DictReader(fh))
        assert row["period_start"].startswith("0001-01-01")
        assert row["frt_median_sample"] == "2"
