# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox views: their rules and orders, keyset pages, counts and query plans."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy.orm.attributes import set_committed_value

from agentdesk.ids import uuid7
from agentdesk.inbox import views
from agentdesk.inbox.views import (
    DUE_SOON_WINDOW,
    InboxRow,
    PageKey,
    View,
    ViewFilter,
    comes_after,
    count_views,
    inbox_page,
    inbox_rows,
    page_key,
)
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, Customer

T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)
NOW_MINUTES = 100


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


NOW = at(NOW_MINUTES)
ME = uuid.UUID(int=7)
OTHER = uuid.UUID(int=8)
ACTIVE = {"new", "open", "pending", "on_hold"}


@dataclass(frozen=True)
class Spec:
    status: str
    waiting: int | None  # minutes after T0, None when nobody waits
    activity: int
    due: int | None = None
    tier: int = 1
    channel: str = "email"
    assignee: uuid.UUID | None = None
    follow_up: int | None = None
    deleted: bool = False
    snoozed: bool = False


# Ties on purpose: several rows share a due, waiting or activity time, so ``id`` must decide.
SPECS = [
    Spec("open", 10, 30, due=120, assignee=ME),
    Spec("new", 10, 12, due=120, channel="chat"),
    Spec("new", 10, 11),
    Spec("on_hold", 5, 50, tier=2),
    Spec("open", 200, 200, due=90, tier=3, assignee=ME, channel="phone"),
    Spec("pending", None, 90, follow_up=80, assignee=OTHER),
    Spec("pending", None, 90, due=150, channel="chat"),
    Spec("open", None, 300, due=60, tier=2, assignee=OTHER),
    Spec("on_hold", None, 40, follow_up=400),
    Spec("open", None, 90, assignee=ME),
    Spec("new", 1, 1, due=20, deleted=True),
    Spec("solved", None, 500, follow_up=80, assignee=ME),
    Spec("closed", None, 20, channel="chat"),
    Spec("solved", None, 90, tier=2),
    Spec("open", 7, 7, due=100, channel="phone"),
    Spec("pending", None, 5, due=159),
    Spec("new", 3, 3, due=99, tier=3),
    Spec("open", None, 120, due=160, assignee=ME),
    Spec("open", None, 4, due=130, assignee=ME, snoozed=True),
    Spec("pending", None, 30, tier=2, follow_up=90, snoozed=True),
]


@pytest.fixture
def inbox(store: Store) -> list[Conversation]:
    """The SPECS as conversations, ids deliberately not in creation order."""
    made: list[Conversation] = []
    with store.write() as s:
        customer = Customer(id=uuid7(), name="Anna Müller", email="anna@example.de", language="de")
        me = Agent(id=ME, name="Maja Jensen", email="maja@shop.test")
        other = Agent(id=OTHER, name="Ole Nielsen", email="ole@shop.test")
        s.add_all([customer, me, other])
        s.flush()
        for number, spec in enumerate(SPECS, start=1):
            conv = Conversation(
                id=uuid.UUID(int=(number * 7919 % 101) << 64 | number),
                number=number,
                customer_id=customer.id,
                channel=spec.channel,
                subject=f"Subject {number}",
                status=spec.status,
                tier=spec.tier,
                assignee_id=spec.assignee,
                created_at=at(0),
                updated_at=at(0),
                waiting_since=None if spec.waiting is None else at(spec.waiting),
                last_activity_at=at(spec.activity),
                due_at=None if spec.due is None else at(spec.due),
                follow_up_at=None if spec.follow_up is None else at(spec.follow_up),
                deleted_at=at(600) if spec.deleted else None,
                snoozed_until=at(900) if spec.snoozed else None,
            )
            s.add(conv)
            made.append(conv)
    for conv, spec in zip(made, SPECS, strict=True):  # a server default: not read back on insert
        set_committed_value(conv, "snoozed_until", at(900) if spec.snoozed else None)
    return made


def in_view(c: Conversation, f: ViewFilter) -> bool:
    """Each view's rule written out plainly (independent of ``ViewFilter.includes``)."""
    if c.deleted_at is not None or (f.channels and c.channel not in f.channels):
        return False
    active = c.status in ACTIVE
    awake = c.snoozed_until is None  # the working views leave snoozed conversations out
    rules = {
        View.MY_OPEN: active and awake and c.assignee_id == f.agent_id,
        View.UNASSIGNED: active and awake and c.assignee_id is None,
        View.TIER_1: active and awake and c.tier == 1,
        View.TIER_2: active and awake and c.tier == 2,
        View.TIER_3: active and awake and c.tier == 3,
        View.DUE_SOON: active and awake and c.due_at is not None and NOW <= c.due_at < NOW + DUE_SOON_WINDOW,
        View.BREACHED: active and awake and c.due_at is not None and c.due_at < NOW,
        View.WAITING_ON_CUSTOMER: c.status == "pending" and awake,
        # The agent's own follow-ups (every agent's with ``everyone``, or when nobody is at the desk).
        View.FOLLOW_UPS: c.follow_up_at is not None
        and (f.everyone or f.agent_id is None or c.assignee_id == f.agent_id),
        View.SOLVED: c.status in ("solved", "closed"),
        View.ALL: True,
        View.SNOOZED: active and not awake,
    }
    return rules[f.view]


def expected(convs: list[Conversation], f: ViewFilter) -> list[uuid.UUID]:
    rows = [c for c in convs if in_view(c, f)]
    if f.view == View.FOLLOW_UPS:
        return [c.id for c in sorted(rows, key=lambda c: (c.follow_up_at, c.id.int))]
    if f.view == View.SOLVED:
        return [c.id for c in sorted(rows, key=lambda c: (c.last_activity_at, c.id.int), reverse=True)]
    due = sorted((c for c in rows if c.due_at), key=lambda c: (c.due_at, c.id.int))
    waiting = sorted(
        (c for c in rows if not c.due_at and c.waiting_since), key=lambda c: (c.waiting_since, c.id.int)
    )
    rest = sorted(
        (c for c in rows if not c.due_at and not c.waiting_since),
        key=lambda c: (c.last_activity_at, c.id.int),
        reverse=True,
    )
    return [c.id for c in due + waiting + rest]


def read_all(store: Store, f: ViewFilter, limit: int) -> list[InboxRow]:
    rows: list[InboxRow] = []
    after: PageKey | None = None
    for _ in range(100):
        page = inbox_page(store, f, after, limit)
        assert len(page) <= limit
        rows.extend(page)
        if len(page) < limit:
            return rows
        after = page_key(f, page[-1])
    raise AssertionError("paging did not end")


def view_filter(
    view: View, channels: frozenset[str] = frozenset(), agent: uuid.UUID | None = ME
) -> ViewFilter:
    return ViewFilter(view, agent, channels, NOW)


CHANNEL_SETS = [frozenset(), frozenset({"chat"}), frozenset({"email", "phone"})]


@pytest.mark.parametrize("channels", CHANNEL_SETS, ids=["all", "chat", "email+phone"])
@pytest.mark.parametrize("limit", [1, 2, 3, 50])
@pytest.mark.parametrize("view", list(View))
def test_pages_list_each_view_once_in_its_order(
    store: Store, inbox: list[Conversation], view: View, limit: int, channels: frozenset[str]
) -> None:
    f = view_filter(view, channels)
    rows = read_all(store, f, limit)
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)), "a row came twice"
    assert ids == expected(inbox, f)
    keys = [page_key(f, r) for r in rows]
    for before, after in zip(keys, keys[1:], strict=False):
        assert comes_after(f, after, before) and not comes_after(f, before, after)
    assert all(f.includes(r) for r in rows)


def test_the_default_order_is_most_urgent_first(store: Store, inbox: list[Conversation]) -> None:
    rows = read_all(store, view_filter(View.ALL), 50)
    numbers = [r.number for r in rows]
    # due times first (earliest first, ties by id), then waiting customers, then by activity
    assert numbers[:3] == [8, 5, 17]
    due_part = [r for r in rows if r.due_at is not None]
    assert rows[: len(due_part)] == due_part
    waiting = [r for r in rows[len(due_part) :] if r.waiting_since is not None]
    assert [r.number for r in waiting] == [4, 3]


def test_includes_agrees_with_the_queries(store: Store, inbox: list[Conversation]) -> None:
    every = inbox_rows(store, [c.id for c in inbox])
    assert len(every) == len(inbox) - 1  # the deleted one is left out
    for view in View:
        for channels in CHANNEL_SETS:
            f = view_filter(view, channels)
            listed = {r.id for r in read_all(store, f, 50)}
            assert listed == {i for i, row in every.items() if f.includes(row)}, (view, channels)


@pytest.mark.parametrize("channels", CHANNEL_SETS, ids=["all", "chat", "email+phone"])
def test_counts_match_the_pages(store: Store, inbox: list[Conversation], channels: frozenset[str]) -> None:
    counts = count_views(store, ME, channels, NOW)
    for view in View:
        assert counts[view] == len(read_all(store, view_filter(view, channels), 4)), view
    assert counts.now == NOW


def test_my_open_needs_an_agent(store: Store, inbox: list[Conversation]) -> None:
    assert inbox_page(store, view_filter(View.MY_OPEN, agent=None)) == []
    assert count_views(store, None, frozenset(), NOW)[View.MY_OPEN] == 0
    assert [r.number for r in read_all(store, view_filter(View.MY_OPEN, agent=OTHER), 5)] == [8, 6]


def test_follow_ups_are_the_agents_own_unless_everyones_are_asked_for(
    store: Store, inbox: list[Conversation]
) -> None:
    every = ViewFilter(View.FOLLOW_UPS, ME, frozenset(), NOW, everyone=True)
    own = read_all(store, view_filter(View.FOLLOW_UPS), 50)
    everyone = read_all(store, every, 50)
    assert own and {r.assignee_id for r in own} == {ME}
    assert len(everyone) > len(own) and {r.id for r in own} < {r.id for r in everyone}
    assert count_views(store, ME, frozenset(), NOW)[View.FOLLOW_UPS] == len(own)
    counts = count_views(store, ME, frozenset(), NOW, everyone_follow_ups=True)
    assert counts[View.FOLLOW_UPS] == len(everyone)
    assert read_all(store, view_filter(View.FOLLOW_UPS, agent=None), 50) == everyone


def test_a_row_carries_what_the_list_shows(store: Store, inbox: list[Conversation]) -> None:
    first, row = inbox_page(store, view_filter(View.TIER_3), None, 2)
    assert first.number == 5 and first.due_at == at(90)
    assert row.number == 17 and row.customer_name == "Anna Müller" and row.subject == "Subject 17"
    assert row.due_at == at(99) and row.waiting_since == at(3) and row.awaiting_reply
    assert row.assignee_name is None and row.assignee_id is None
    assert first.assignee_name == "Maja Jensen" and first.assignee_id == ME
    assert inbox_page(store, view_filter(View.ALL), None, 0) == []


def test_time_based_views_need_an_instant_and_channels_must_exist() -> None:
    with pytest.raises(ValueError, match="instant"):
        ViewFilter(View.BREACHED)
    with pytest.raises(ValueError, match="unknown channels"):
        ViewFilter(View.ALL, channels=frozenset({"pigeon"}))
    later = ViewFilter(View.DUE_SOON, now=NOW).at(NOW + dt.timedelta(hours=1))
    assert later.now == NOW + dt.timedelta(hours=1)


# Statistics of a 200,000-conversation workspace, so the planner chooses as it would there.
BIG_STATS = [
    ("conversation", "ix_conversation_status_waiting", "200000 33334 12 1"),
    ("conversation", "ix_conversation_status_activity", "200000 33334 1 1"),
    ("conversation", "ix_conversation_activity", "200000 2 1"),
    ("conversation", "ix_conversation_customer", "200000 5 1"),
    ("conversation", "ix_conversation_tier_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_assignee_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_channel_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_team_status", "200000 200000 33334 12 1"),
    ("conversation", "ix_conversation_due", "200000 33334 2 1"),
    ("conversation", "ix_conversation_follow_up", "200000 200000 1"),
    ("conversation", "sqlite_autoindex_conversation_1", "200000 1"),
    ("customer", "sqlite_autoindex_customer_1", "50000 1"),
    ("customer", "ix_customer_name", "50000 1"),
    ("customer", "ix_customer_email", "50000 1"),
    ("agent", "sqlite_autoindex_agent_1", "40 1"),
    ("agent", "sqlite_autoindex_agent_2", "40 1"),
]

ORDER_INDEXES = (
    "ix_conversation_due",
    "ix_conversation_status_waiting",
    "ix_conversation_status_activity",
    "ix_conversation_follow_up",
)


@pytest.mark.parametrize("stats", [False, True], ids=["no-stats", "200k-stats"])
def test_page_plans_read_an_index_in_order(store: Store, inbox: list[Conversation], stats: bool) -> None:
    if stats:
        with contextlib.closing(store.raw()) as conn:
            conn.execute("ANALYZE")
            conn.execute("DELETE FROM sqlite_stat1")
            conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", BIG_STATS)
        store.engine.dispose()  # statistics are read when a connection opens
    some_id = uuid.UUID(int=2**127)
    for view in View:
        for channels in (frozenset(), frozenset({"chat", "phone"})):
            f = view_filter(view, channels)
            parts = len(views._parts(view))
            keys: list[PageKey | None] = [None, *(PageKey(p, at(50), some_id) for p in range(parts))]
            for key in keys:
                plan = views.explain_inbox_page(store, f, key)
                text = "\n".join(plan)
                assert "TEMP B-TREE" not in text, (view, key, text)
                assert "SCAN" not in text, (view, key, text)
                searches = [line for line in plan if line.startswith("SEARCH c ")]
                assert searches and all(any(ix in line for ix in ORDER_INDEXES) for line in searches), (
                    view,
                    key,
                    text,
                )


def sorted_expected(convs: list[Conversation], f: ViewFilter) -> list[uuid.UUID]:
    """``expected`` for a list sorted by a column header (``views.Sort``)."""
    if f.sort is None:
        return expected(convs, f)
    if f.sort == views.Sort.URGENCY:
        return _urgency(convs, f)
    rows = [c for c in convs if in_view(c, f)]
    if f.sort == views.Sort.ACTIVITY:
        return [c.id for c in sorted(rows, key=lambda c: (c.last_activity_at, c.id.int), reverse=True)]
    if f.sort == views.Sort.CUSTOMER:
        names = {c.id: CUSTOMER_NAMES[(c.number or 0) % len(CUSTOMER_NAMES)] for c in rows}
        return [c.id for c in sorted(rows, key=lambda c: (names[c.id], c.id.hex))]
    by_priority: list[uuid.UUID] = []
    for priority in views.PRIORITY_ORDER:
        by_priority += _urgency([c for c in rows if c.priority == priority], f)
    return by_priority


CUSTOMER_NAMES = ("Anna Müller", "Ole Nielsen", "Björn Åberg", "anna müller")
PRIORITIES = ("normal", "urgent", "low", "high", "normal")


@pytest.fixture
def sortable(store: Store, inbox: list[Conversation]) -> list[Conversation]:
    """The inbox with customers of several names (one twice, in other case) and mixed priorities."""
    with store.write() as s:
        customers = []
        for name in CUSTOMER_NAMES:
            customer = Customer(id=uuid7(), name=name, email=None, language="en")
            s.add(customer)
            customers.append(customer)
        s.flush()
        for conv in inbox:
            row = s.get(Conversation, conv.id)
            assert row is not None
            row.customer_id = customers[(conv.number or 0) % len(CUSTOMER_NAMES)].id
            row.priority = PRIORITIES[(conv.number or 0) % len(PRIORITIES)]
            conv.priority = row.priority
    return inbox


def _urgency(convs: list[Conversation], f: ViewFilter) -> list[uuid.UUID]:
    """The working views' order over the rows of any view."""
    rows = [c for c in convs if in_view(c, f)]
    due = sorted((c for c in rows if c.due_at), key=lambda c: (c.due_at, c.id.int))
    waiting = sorted(
        (c for c in rows if not c.due_at and c.waiting_since), key=lambda c: (c.waiting_since, c.id.int)
    )
    rest = sorted(
        (c for c in rows if not c.due_at and not c.waiting_since),
        key=lambda c: (c.last_activity_at, c.id.int),
        reverse=True,
    )
    return [c.id for c in due + waiting + rest]


@pytest.mark.parametrize("limit", [1, 3, 50])
@pytest.mark.parametrize("sort", [None, *views.Sort])
@pytest.mark.parametrize("view", list(View))
def test_sorted_lists_page_exactly(
    store: Store, sortable: list[Conversation], view: View, sort: views.Sort, limit: int
) -> None:
    f = dataclasses.replace(view_filter(view), sort=sort)
    rows = read_all(store, f, limit)
    assert [r.id for r in rows] == sorted_expected(sortable, f)
    keys = [page_key(f, r) for r in rows]
    for a, b in zip(keys, keys[1:], strict=False):
        assert comes_after(f, b, a) and not comes_after(f, a, b)


def test_due_soon_is_one_rule() -> None:
    assert views.due_soon(NOW, NOW) and views.due_soon(NOW + DUE_SOON_WINDOW / 2, NOW)
    assert not views.due_soon(NOW + DUE_SOON_WINDOW, NOW) and not views.due_soon(
        NOW - dt.timedelta(seconds=1), NOW
    )
    assert views.overdue(NOW - dt.timedelta(seconds=1), NOW) and not views.overdue(NOW, NOW)
    assert not views.due_soon(None, NOW) and not views.overdue(None, NOW)


@pytest.mark.parametrize("sort", list(views.Sort))
def test_sorted_page_plans_read_an_index_in_order(
    store: Store, inbox: list[Conversation], sort: views.Sort
) -> None:
    """Sorted lists page as the views do: an index in order, no sort of the whole list. The
    customer sort walks the customers by name and sorts only the conversations of one name."""
    with contextlib.closing(store.raw()) as conn:
        conn.execute("ANALYZE")
        conn.execute("DELETE FROM sqlite_stat1")
        conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", BIG_STATS)
    store.engine.dispose()
    some_id = uuid.UUID(int=2**127)
    for view in View:
        f = dataclasses.replace(view_filter(view, frozenset({"chat"})), sort=sort)
        parts = len(views._parts(view, sort))
        start: dt.datetime | str = "M" if sort == views.Sort.CUSTOMER else at(50)
        for key in [None, *(PageKey(p, start, some_id) for p in range(parts))]:
            plan = views.explain_inbox_page(store, f, key)
            text = "\n".join(plan)
            if sort == views.Sort.CUSTOMER:
                assert "ix_customer_name" in plan[0] and "ix_conversation_customer" in plan[1], text
                assert [line for line in plan if "TEMP B-TREE" in line] == [
                    "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"
                ], text
                continue
            assert "TEMP B-TREE" not in text and "SCAN" not in text, (view, key, text)
            searches = [line for line in plan if line.startswith("SEARCH c ")]
            assert searches and all(any(ix in line for ix in ORDER_INDEXES) for line in searches), text
