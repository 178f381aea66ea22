# SPDX-License-Identifier: GPL-3.0-or-later
"""Every shape of a saved view or team queue reads its page from an index in its order: each
field filter alone and combined, negated, every date comparison, every sort, the first page and a
later one, with no statistics and with the statistics of a real demo workspace. No scan of the
conversations, no sort in a temporary b-tree; a team's views read the team's indexes, and a date
range or an SLA state on the order's own column is an index range (the list ends with it)."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid

import pytest

from agentdesk.clock import FixedClock
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.filter_sql import agent_teams, resolve, rule_of
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService, TeamQueue
from agentdesk.inbox.views import (
    TEAM_ORDER_INDEXES,
    PageKey,
    Sort,
    View,
    ViewFilter,
    _parts,
    explain_inbox_page,
)
from agentdesk.store.database import Store

# sqlite_stat1 of a 20,000-conversation demo workspace (ANALYZE), 5 teams, 14 agents
DEMO_STATS = [
    ("agent", "sqlite_autoindex_agent_1", "14 1"),
    ("agent", "sqlite_autoindex_agent_2", "14 1"),
    ("conversation", "ix_conversation_activity", "20001 1 1"),
    ("conversation", "ix_conversation_assignee_status", "20001 1334 304 81 1"),
    ("conversation", "ix_conversation_channel_status", "20001 2858 572 92 1"),
    ("conversation", "ix_conversation_customer", "20001 3 1"),
    ("conversation", "ix_conversation_due", "20001 3334 130 1"),
    ("conversation", "ix_conversation_follow_up", "20001 241 1"),
    ("conversation", "ix_conversation_snoozed", "20001 20001"),
    ("conversation", "ix_conversation_status_activity", "20001 3334 1 1"),
    ("conversation", "ix_conversation_status_waiting", "20001 3334 103 1"),
    ("conversation", "ix_conversation_team_activity", "20001 4001 801 1 1"),
    ("conversation", "ix_conversation_team_due", "20001 4001 801 109 1"),
    ("conversation", "ix_conversation_team_status", "20001 4001 801 95 1"),
    ("conversation", "ix_conversation_tier_status", "20001 6667 1334 99 1"),
    ("conversation", "sqlite_autoindex_conversation_1", "20001 1"),
    ("conversation", "sqlite_autoindex_conversation_2", "20001 1"),
    ("customer", "ix_customer_email", "6679 1"),
    ("customer", "ix_customer_name", "6679 2"),
    ("customer", "sqlite_autoindex_customer_1", "6679 1"),
]
ORDER_INDEXES = (
    "ix_conversation_due",
    "ix_conversation_status_waiting",
    "ix_conversation_status_activity",
    *TEAM_ORDER_INDEXES.values(),
)
SHAPES = [
    "",  # a view of every active conversation
    "status:open",
    "status:solved,closed",
    "-status:pending",
    "tag:refund",
    "tag:refund tag:vip -tag:spam",
    "assignee:me",
    "assignee:none",
    "assignee:ole",
    "assignee:me,none",
    "team:billing",
    "team:billing,technik",
    "team:me",
    "team:none",
    "-team:billing",
    "tier:2",
    "channel:email,chat",
    "lang:de",
    "priority:high,urgent",
    "-priority:low",
    "mood:angry",
    "sla:breached",
    "sla:due_soon",
    "sla:paused",
    "sla:breached,due_soon",
    "-sla:breached",
    "created>=2026-11-01",
    "created<2026-11-20",
    "created:2026-11-19",
    "updated>=2026-11-16",
    "updated<2026-11-20",
    "updated:2026-11-19",
    "-updated<2026-11-01",
    "status:solved,closed updated>=2026-11-16",
    "team:billing assignee:none lang:de",
    "team:billing updated>=2026-11-16",
    "team:billing sla:breached channel:email",
    "assignee:me priority:high,urgent tag:refund",
]
SORTS = [None, Sort.URGENCY, Sort.ACTIVITY, Sort.PRIORITY, Sort.CUSTOMER]


@pytest.fixture
def people(store: Store, clock: FixedClock) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    directory.create_team("Technik")
    ole = directory.create_agent("Ole Nielsen", "ole@shop.example", team_id=billing)
    return ole, billing, directory.create_agent("Mia Schäfer", "mia@shop.example")


def _with_stats(store: Store, stats: bool) -> None:
    if stats:
        with contextlib.closing(store.raw()) as conn:
            conn.execute("ANALYZE")
            conn.execute("DELETE FROM sqlite_stat1")
            conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", DEMO_STATS)
        store.engine.dispose()  # statistics are read when a connection opens


def _filters(store: Store, text: str, agent: uuid.UUID, now: dt.datetime) -> list[ViewFilter]:
    with contextlib.closing(store.raw()) as conn:
        filters = resolve(conn, parse_fields(text).filters)
        teams = agent_teams(conn, agent)
    rule = rule_of(filters, agent, teams)
    return [ViewFilter(View.ALL, agent, channels, now, sort, rule=rule) for sort in SORTS
            for channels in (frozenset(), frozenset({"phone"}))]  # fmt: skip


def _keys(f: ViewFilter, now: dt.datetime) -> list[PageKey | None]:
    some_id = uuid.UUID(int=2**127)
    parts = len(_parts(f.view, f.sort))
    at: dt.datetime | str = "Kim" if f.sort == Sort.CUSTOMER else now - dt.timedelta(days=3)
    return [None, *(PageKey(p, at, some_id) for p in range(parts))]


def _check(plan: list[str], what: object) -> list[str]:
    if not plan:
        return []  # a page after the last part the rule can match (e.g. priorities it leaves out)
    joined = "\n".join(plan)
    by_name = any(
        line.startswith(("SCAN cu USING INDEX ix_customer_name", "SEARCH cu USING INDEX ix_customer_name"))
        for line in plan
    )
    # by customer name: customers in name order, only one name's conversations sorted by id
    sorts = [line for line in plan if "TEMP B-TREE" in line]
    assert not sorts or by_name and sorts == ["USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"], (what, joined)
    scans = [
        line
        for line in plan
        if line.startswith("SCAN") and "json_each" not in line and "ix_customer_name" not in line
    ]
    assert not scans, (what, joined)
    searches = [line for line in plan if line.startswith("SEARCH c ")]
    assert searches, (what, joined)
    if not by_name:
        assert all(any(ix in line for ix in ORDER_INDEXES) for line in searches), (what, joined)
    return searches


@pytest.mark.parametrize("stats", [False, True], ids=["no-stats", "demo-stats"])
def test_every_saved_view_shape_reads_an_index_in_its_order(
    store: Store, clock: FixedClock, people: tuple[uuid.UUID, uuid.UUID, uuid.UUID], stats: bool
) -> None:
    ole, _billing, mia = people
    _with_stats(store, stats)
    now = clock.now()
    checked = 0
    for text in SHAPES:
        for f in _filters(store, text, ole, now):
            for key in _keys(f, now):
                checked += bool(_check(explain_inbox_page(store, f, key), (text, f.sort, f.channels, key)))
    assert checked > 1000
    nobody = _filters(store, "team:me", mia, now)[0]  # Mia works in no team: nothing to read
    assert explain_inbox_page(store, nobody) == []


@pytest.mark.parametrize("stats", [False, True], ids=["no-stats", "demo-stats"])
def test_a_team_queue_reads_only_its_team(
    store: Store, clock: FixedClock, people: tuple[uuid.UUID, uuid.UUID, uuid.UUID], stats: bool
) -> None:
    ole, billing, _mia = people
    _with_stats(store, stats)
    now = clock.now()
    views = SavedViewService(store, clock)
    queue = views.list_filter(TeamQueue(billing, "Billing"), ole, frozenset(), now)
    for f in (queue, ViewFilter(View.ALL, ole, frozenset({"chat"}), now, Sort.URGENCY, rule=queue.rule)):
        for key in _keys(f, now):
            searches = _check(explain_inbox_page(store, f, key), key)
            assert all("USING INDEX ix_conversation_team_" in line for line in searches), searches
            assert all("(team_id=? AND status=?" in line for line in searches), searches


@pytest.mark.parametrize("stats", [False, True], ids=["no-stats", "demo-stats"])
def test_a_range_on_the_order_column_is_an_index_range(
    store: Store, clock: FixedClock, people: tuple[uuid.UUID, uuid.UUID, uuid.UUID], stats: bool
) -> None:
    ole, _billing, _mia = people
    _with_stats(store, stats)
    now = clock.now()
    (solved_week, *_) = _filters(store, "status:solved,closed updated>=2026-11-16", ole, now)
    solved_week = ViewFilter(View.ALL, ole, frozenset(), now, Sort.ACTIVITY, rule=solved_week.rule)
    for line in _check(explain_inbox_page(store, solved_week), "solved this week"):
        assert "ix_conversation_status_activity (status=? AND last_activity_at>?)" in line, line
    (team_week, *_) = _filters(store, "team:billing updated>=2026-11-16", ole, now)
    team_week = ViewFilter(View.ALL, ole, frozenset(), now, Sort.ACTIVITY, rule=team_week.rule)
    for line in _check(explain_inbox_page(store, team_week), "team this week"):
        assert "ix_conversation_team_activity (team_id=? AND status=? AND last_activity_at>?)" in line, line
    (breached, *_) = _filters(store, "sla:breached channel:email,chat", ole, now)
    for line in _check(explain_inbox_page(store, breached), "breached"):
        assert "ix_conversation_due (status=? AND due_at>? AND due_at<?)" in line, line
