# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the audit log: any filter a user can put together selects exactly the entries it
describes or is refused with one plain sentence; the CSV export is safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import json
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk import audit
from agentdesk.audit import log
from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied, ValidationError
from agentdesk.services import build_services
from agentdesk.store.database import Store, open_store

from ..conftest import within_cpu_seconds

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
ZONES = [dt.UTC, ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Copenhagen"), ZoneInfo("Pacific/Kiritimati")]
PEOPLE = [uuid.UUID(int=1), uuid.UUID(int=2), None]
SAMPLES = [
    ("update", "team", "Billing DE", {"name": "Billing"}, {"name": "Billing DE"}),
    (
        "create",
        "macro",
        "Rückerstattung 100%",
        None,
        {"actions": {"status": "pending"}, "name": "Rückerstattung"},
    ),
    (
        "delete",
        "sla_policy",
        "E-Mail_Standard",
        {"deleted_at": None},
        {"deleted_at": "2026-11-20T10:00:00+00:00"},
    ),
    ("sign_in_failed", "agent", "Ærø Østergård", None, {"tries": 5, "pin": "1234"}),
    (
        "update",
        "setting",
        "tier_names",
        {"value": ["1st", "2nd", "3rd"]},
        {"value": ["Erste", "Zweite", "Dritte"]},
    ),
    (
        "create",
        "customer_erasure",
        "request",
        None,
        {"customer_id": str(uuid.UUID(int=9)), "reason": "request"},
    ),
    ("update", "setting", "privacy.retention_years", {"value": 3}, {"value": None}),
    ("update", "mail_account", "Support \\ DK", {"smtp_port": 587}, {"smtp_port": 465}),
    ("create", "routing_rule", "=cmd|' /C calc'!A0", None, {"name": "=cmd", "active": True}),
]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """Entries of every kind, from two people and nobody, over three weeks."""
    store = open_store(tmp_path_factory.mktemp("audit") / "log.sqlite")
    with store.write() as session:
        for n in range(36):
            action, table, label, before, after = SAMPLES[n % len(SAMPLES)]
            audit.record(
                session,
                action,
                table=table,
                row_id=uuid.UUID(int=100 + n),
                before=before,
                after=after,
                actor_id=PEOPLE[n % 3],
                label=label,
                at=START - dt.timedelta(hours=14 * n),
            )
    return store


_ALL: dict[Path, list[log.AuditRow]] = {}


def reference(store: Store) -> list[log.AuditRow]:
    """Every entry, newest first (read once)."""
    if store.path not in _ALL:
        _ALL[store.path] = log.entries(store, log.AuditFilter(), limit=None)
    return _ALL[store.path]


def found_in(row: log.AuditRow, text: str) -> bool:
    """The text filter's promise, written out: the words of the text, in order, in any case, in
    the item, the author, the kind, the action, or a field's name or value (a list's or an
    object's: their items)."""
    needle = " ".join(text.replace("\x00", " ").split())[: log.TEXT_LIMIT].casefold()
    words = [row.label, row.actor_name, row.table_name, row.action]
    pending: list[object] = [row.before, row.after]
    while pending:
        value = pending.pop(0)
        if isinstance(value, dict):
            for key, item in value.items():
                words.append(key)
                pending.insert(0, item)
        elif isinstance(value, list):
            pending[:0] = value
        elif isinstance(value, bool):
            words.append("Yes" if value else "No")  # as the window shows it
        elif value is not None:
            words.append(value if isinstance(value, str) else json.dumps(value))
    return needle in " ".join(" ".join(words).split()).casefold()


aware_times = st.datetimes(
    min_value=dt.datetime(2026, 10, 1), max_value=dt.datetime(2026, 12, 31), timezones=st.sampled_from(ZONES)
)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(
        st.text(max_size=40), st.sampled_from(["rück", "RÜCK", "100%", "_", "\\", "ærø", "Billing  DE"])
    ),
    kinds=st.frozensets(st.sampled_from(list(log.Kind)), max_size=3),
    who=st.sampled_from(PEOPLE),
    since=st.none() | aware_times,
    until=st.none() | aware_times,
)
def test_any_filter_selects_exactly_what_it_describes_or_is_refused(
    filled: Store,
    text: str,
    kinds: frozenset[log.Kind],
    who: uuid.UUID | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> None:
    wanted = log.AuditFilter(kinds, who, since, until, text)
    with within_cpu_seconds():
        try:
            got = log.entries(filled, wanted)
        except ValidationError as exc:
            assert since is not None and until is not None and until < since
            assert exc.message == "The period ends before it starts."
            return
    expected = [
        r
        for r in reference(filled)
        if (not kinds or r.kind in kinds)
        and (who is None or r.actor_id == who)
        and (since is None or r.at >= since)
        and (until is None or r.at < until)
        and found_in(r, text)
    ]
    assert [r.id for r in got] == [r.id for r in expected]


def test_text_is_found_in_any_case_and_wildcards_are_plain_characters(filled: Store) -> None:
    def items(text: str) -> set[str]:
        return {r.label for r in log.entries(filled, log.AuditFilter(text=text))}

    assert items("RÜCKERSTATTUNG") == {"Rückerstattung 100%"}
    assert items("100%") == {"Rückerstattung 100%"}
    assert items("l_s") == {"E-Mail_Standard"}
    assert items("zweite") == {"tier_names"}  # a value inside a list
    assert items("pending") == {"Rückerstattung 100%"}  # a value inside the actions
    assert items("1234") == set()  # the PIN was never written down
    assert items("%") == {"Rückerstattung 100%"}


def test_kinds_group_the_tables() -> None:
    assert log.kind_of("sla_policy", "create", "x") is log.Kind.SLA
    assert log.kind_of("business_calendar", "update", "x") is log.Kind.SLA
    assert log.kind_of("agent", "sign_in_failed", "Maja") is log.Kind.SIGN_IN
    assert log.kind_of("agent", "update", "Maja") is log.Kind.AGENTS
    assert log.kind_of("setting", "update", "tier_names") is log.Kind.TIERS
    assert log.kind_of("setting", "update", "privacy.retention_years") is log.Kind.PRIVACY
    assert log.kind_of("setting", "update", "survey.csat") is log.Kind.SURVEYS
    assert log.kind_of("canned_reply_variant", "create", "de") is log.Kind.REPLIES


@settings(max_examples=2000, deadline=None)
@given(
    period=st.sampled_from(list(log.Period)),
    now=st.datetimes(
        min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2900, 1, 1), timezones=st.just(dt.UTC)
    ),
    zone=st.sampled_from(ZONES),
    start=st.none() | st.dates(),
    end=st.none() | st.dates(),
)
def test_any_period_is_whole_local_days_or_refused(
    period: log.Period, now: dt.datetime, zone: dt.tzinfo, start: dt.date | None, end: dt.date | None
) -> None:
    try:
        since, until = log.period_bounds(period, now, zone, start, end)
    except ValidationError as exc:
        assert period is log.Period.CUSTOM
        assert exc.message in {
            "Choose the first and the last day of the period.",
            "The period must lie between the years 1900 and 2999.",
            "The period ends before it starts.",
        }
        return
    if period is log.Period.ALL:
        assert (since, until) == (None, None)
        return
    assert since is not None
    assert since.astimezone(zone).time() == dt.time() or since.astimezone(zone).minute != 0  # a DST gap
    if period is log.Period.CUSTOM:
        assert start is not None and end is not None and until is not None
        assert since.astimezone(zone).date() == start and since < until
        assert until.astimezone(zone).date() == end + dt.timedelta(days=1)
    else:
        assert until is None and since <= now
        assert now - since < dt.timedelta(days={"today": 1, "week": 7, "month": 30, "year": 365}[period] + 1)


def test_only_supervisors_and_admins_read_it(store: Store, clock: FixedClock) -> None:
    directory = build_services(store, clock).directory
    agent = directory.create_agent("Ben Holm", "ben@shop.test")
    boss = directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor")
    with pytest.raises(PermissionDenied, match="supervisors and admins"):
        log.may_read(store, agent)
    with pytest.raises(PermissionDenied):
        log.may_read(store, None)
    log.may_read(store, boss)


def test_the_export_is_safe_in_a_spreadsheet_and_keeps_umlauts(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    written = log.export_csv(
        filled, log.AuditFilter(kinds=frozenset({log.Kind.ROUTING, log.Kind.SIGN_IN})), target
    )
    assert written == 8
    assert target.read_bytes().startswith("\ufeff".encode())
    with target.open(encoding="utf-8-sig", newline="") as source:
        lines = list(csv.reader(source))
    cells = [cell for line in lines[1:] for cell in line]
    assert "'=cmd|' /C calc'!A0" in cells and "'=cmd" in cells and "true" in cells  # JSON, any language
    assert not any(cell and cell[0] in "=+-@" for cell in cells)
    assert "Ærø Østergård" in cells and audit.REDACTED in cells and "1234" not in cells
    times = [line[0] for line in lines[1:]]
    assert times == sorted(times)  # oldest first


def test_an_unwritable_export_says_so(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(Exception) as caught:
        log.export_csv(filled, log.AuditFilter(), tmp_path / "missing" / "audit.csv")
    assert "could not be written" in str(caught.value.args[0])


def test_codes_read_as_names_in_the_window() -> None:
    row = log.AuditRow(
        uuid.UUID(int=1),
        START,
        None,
        "Ada",
        "update",
        "agent",
        log.Kind.AGENTS,
        uuid.UUID(int=2),
        "Ben",
        {"role": "agent", "active": True},
        {"role": "supervisor", "active": False},
    )
    assert row.summary() == "role: Agent → Supervisor; active: Yes → No"
    assert log.value_text("agent", None, "name") == "agent"  # a name that happens to be a code stays
