# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved views and team queues: who sees which, what they list (pages in order, counts), and that
their pages read an index like the built-in views."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import uuid
from dataclasses import dataclass

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied, ValidationError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService, count_rules
from agentdesk.inbox.views import (
    TEAM_ORDER_INDEXES,
    InboxRow,
    PageKey,
    Sort,
    explain_inbox_page,
    inbox_page,
    page_key,
)
from agentdesk.store.database import Store
from agentdesk.store.models import Role, sql_time
from tests.unit.test_views import BIG_STATS, ORDER_INDEXES


@dataclass
class Team:
    views: SavedViewService
    ole: uuid.UUID  # Billing agent
    mia: uuid.UUID  # Technik agent
    boss: uuid.UUID  # supervisor
    billing: uuid.UUID
    technik: uuid.UUID
    now: dt.datetime


@pytest.fixture
def team(store: Store, clock: FixedClock) -> Team:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    technik = directory.create_team("Technik")
    ole = directory.create_agent("Ole Nielsen", "ole@shop.example", team_id=billing)
    mia = directory.create_agent("Mia Schäfer", "mia@shop.example", team_id=technik)
    boss = directory.create_agent("Bo Berg", "bo@shop.example", role=Role.SUPERVISOR.value)
    # 60 conversations with every combination the filters look at, written directly.
    rnd = random.Random(7)
    now = clock.now()
    with contextlib.closing(store.raw()) as conn:
        conn.execute(
            "INSERT INTO customer (id, name, plan, language, other_emails, notes, created_at, updated_at) "
            "VALUES (?, 'Kim', 'standard', 'de', '[]', '', ?, ?)",
            (uuid.UUID(int=1).hex, sql_time(now), sql_time(now)),
        )
        for n in range(60):
            at = now - dt.timedelta(minutes=rnd.randrange(5000))
            due = None if rnd.random() < 0.4 else now + dt.timedelta(minutes=rnd.randrange(-300, 300))
            conn.execute(
                "INSERT INTO conversation (id, number, customer_id, channel, subject, status, priority, "
                "tier, team_id, assignee_id, tags, language, created_at, last_activity_at, waiting_since, "
                "due_at, "
                "snippet, message_count, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "'', 1, ?)",
                (
                    uuid.UUID(int=1000 + n).hex,
                    n + 1,
                    uuid.UUID(int=1).hex,
                    rnd.choice(["email", "chat", "phone"]),
                    f"Conversation {n + 1}",
                    rnd.choice(["new", "open", "pending", "on_hold", "solved", "closed"]),
                    rnd.choice(["low", "normal", "high", "urgent"]),
                    rnd.choice([1, 2, 3]),
                    rnd.choice([billing.hex, technik.hex, None]),
                    rnd.choice([ole.hex, mia.hex, None]),
                    rnd.choice(['["refund"]', '["refund", "vip"]', "[]"]),
                    rnd.choice(["de", "da", "en"]),
                    sql_time(at - dt.timedelta(days=1)),
                    sql_time(at),
                    sql_time(at) if rnd.random() < 0.5 else None,
                    sql_time(due) if due else None,
                    sql_time(now),
                ),
            )
    return Team(SavedViewService(store, clock), ole, mia, boss, billing, technik, now)


def read_all(store: Store, f: object, limit: int) -> list[InboxRow]:
    rows: list[InboxRow] = []
    after: PageKey | None = None
    for _ in range(200):
        page = inbox_page(store, f, after, limit)  # type: ignore[arg-type]
        rows.extend(page)
        if len(page) < limit:
            return rows
        after = page_key(f, page[-1])  # type: ignore[arg-type]
    raise AssertionError("paging did not end")


def plain(store: Store, where: str, params: tuple[object, ...] = ()) -> set[int]:
    with contextlib.closing(store.raw()) as conn:
        return {r[0] for r in conn.execute(f"SELECT number FROM conversation WHERE {where}", params)}


ACTIVE = "status IN ('new', 'open', 'pending', 'on_hold')"


@pytest.mark.parametrize("limit", [1, 3, 50])
@pytest.mark.parametrize("sort", [None, Sort.ACTIVITY, Sort.PRIORITY, Sort.CUSTOMER])
def test_a_saved_view_lists_what_its_filters_say_in_order(
    store: Store, team: Team, limit: int, sort: Sort | None
) -> None:
    filters = resolve_text(store, "tag:refund -tag:vip assignee:me,none tier:1,2 priority:high,urgent,normal")
    view_id = team.views.create(team.ole, "Mine and nobody's", filters, sort=sort)
    view = team.views.view(view_id)
    f = team.views.list_filter(view, team.ole, frozenset(), team.now)
    rows = read_all(store, f, limit)
    want = plain(
        store,
        f"{ACTIVE} AND tags = '[\"refund\"]' AND (assignee_id = ? OR assignee_id IS NULL) AND tier IN (1, 2) "
        "AND priority <> 'low'",
        (team.ole.hex,),
    )
    assert want and [r.number for r in rows] and {r.number for r in rows} == want
    assert len(rows) == len(want)
    if limit == 50:
        one_page = read_all(store, f, 1)
        assert [r.id for r in one_page] == [r.id for r in rows]  # keyset pages agree with one page
    counts = count_rules(store, {view.key: f.rule}, frozenset(), team.now)  # type: ignore[dict-item]
    assert counts == {view.key: len(want)}


def resolve_text(store: Store, text: str):  # type: ignore[no-untyped-def]
    from agentdesk.inbox.filter_sql import resolve

    with contextlib.closing(store.raw()) as conn:
        return resolve(conn, parse_fields(text).filters)


def test_sla_and_status_and_channel_views(store: Store, team: Team) -> None:
    now = sql_time(team.now)
    soon = sql_time(team.now + dt.timedelta(hours=1))
    cases = {
        "sla:breached": (f"{ACTIVE} AND due_at < ?", (now,)),
        "sla:due_soon channel:chat": (
            f"{ACTIVE} AND due_at >= ? AND due_at < ? AND channel = 'chat'",
            (now, soon),
        ),
        "status:solved,closed lang:de": ("status IN ('solved', 'closed') AND language = 'de'", ()),
        "-status:new team:none": ("status IN ('open', 'pending', 'on_hold') AND team_id IS NULL", ()),
    }
    for text, (where, params) in cases.items():
        filters = resolve_text(store, text)
        view_id = team.views.create(team.ole, text, filters)
        f = team.views.list_filter(team.views.view(view_id), team.ole, frozenset(), team.now)
        want = plain(store, where, params)
        assert {r.number for r in read_all(store, f, 7)} == want, text
        assert count_rules(store, {"k": f.rule}, frozenset(), team.now) == {"k": len(want)}  # type: ignore[dict-item]
        assert count_rules(store, {"k": f.rule}, frozenset({"email"}), team.now)["k"] == len(  # type: ignore[dict-item]
            [r for r in read_all(store, f, 50) if r.channel == "email"]
        )


def test_team_queues_and_who_sees_which_view(store: Store, team: Team) -> None:
    sidebar = team.views.sidebar(team.ole)
    assert [q.name for q in sidebar.queues] == ["Billing"]
    queue = sidebar.queues[0]
    f = team.views.list_filter(queue, team.ole, frozenset(), team.now)
    assert {r.number for r in read_all(store, f, 9)} == plain(
        store, f"{ACTIVE} AND team_id = ?", (team.billing.hex,)
    )

    mine = team.views.create(team.ole, "Refunds", resolve_text(store, "tag:refund"))
    shared = team.views.create(
        team.ole, "Billing German", resolve_text(store, "lang:de"), shared=True, team_id=team.billing
    )
    assert [v.name for v in team.views.sidebar(team.ole).views] == ["Billing German", "Refunds"]
    assert team.views.sidebar(team.mia).views == ()  # another agent's own, another team's shared
    assert [v.name for v in team.views.sidebar(team.boss).views] == [
        "Billing German"
    ]  # supervisors see shared

    with pytest.raises(PermissionDenied):
        team.views.create(
            team.mia, "Theirs", resolve_text(store, "tier:1"), shared=True, team_id=team.billing
        )
    with pytest.raises(PermissionDenied):
        team.views.update(team.mia, mine, name="Stolen")
    with pytest.raises(PermissionDenied):
        team.views.delete(team.mia, shared)
    with pytest.raises(ValidationError, match="already a view"):
        team.views.create(team.ole, "refunds", resolve_text(store, "tier:1"))
    with pytest.raises(ValidationError, match="needs a name"):
        team.views.update(team.ole, mine, name="   ")

    team.views.update(
        team.ole, mine, name="Refunds, high", filters=resolve_text(store, "tag:refund priority:high")
    )
    renamed = team.views.view(mine)
    assert renamed.name == "Refunds, high" and len(renamed.filters.conditions) == 2
    team.views.update(team.boss, shared, sort=Sort.ACTIVITY)
    assert team.views.view(shared).sort == Sort.ACTIVITY
    team.views.delete(team.ole, mine)
    assert [v.name for v in team.views.sidebar(team.ole).views] == ["Billing German"]


@pytest.mark.parametrize("stats", [False, True], ids=["no-stats", "200k-stats"])
def test_saved_view_pages_read_an_index(store: Store, team: Team, stats: bool) -> None:
    if stats:
        with contextlib.closing(store.raw()) as conn:
            conn.execute("ANALYZE")
            conn.execute("DELETE FROM sqlite_stat1")
            conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", BIG_STATS)
        store.engine.dispose()  # statistics are read when a connection opens
    for text in [
        "tag:refund assignee:me",
        "team:billing lang:de sla:breached",
        "status:solved created>2026-01-01",
        "-status:pending priority:high,urgent channel:email mood:angry",
    ]:
        view_id = team.views.create(team.ole, text, resolve_text(store, text))
        for sort in (None, Sort.ACTIVITY, Sort.PRIORITY):
            team.views.update(team.ole, view_id, sort=sort)
            f = team.views.list_filter(team.views.view(view_id), team.ole, frozenset(), team.now)
            for key in (None, PageKey(0, team.now, uuid.UUID(int=2**127))):
                plan = explain_inbox_page(store, f, key)
                joined = "\n".join(plan)
                assert "TEMP B-TREE" not in joined, (text, joined)
                scans = [line for line in plan if line.startswith("SCAN") and "json_each" not in line]
                assert not scans, (text, joined)
                searches = [line for line in plan if line.startswith("SEARCH c ")]
                indexes = (*ORDER_INDEXES, *TEAM_ORDER_INDEXES.values())  # a view of one team: its own
                assert searches and all(any(ix in line for ix in indexes) for line in searches), joined
