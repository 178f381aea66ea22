# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures without Qt: inbox pages, search, demo build throughput.

Baselines are the same SQL text run on a plain ``sqlite3`` connection: what is left between the two
is what AgentDesk adds (connection handling, row objects, parsing, highlighting).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from agentdesk.demo import build as demo_build
from agentdesk.demo import build_demo
from agentdesk.inbox import views
from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.views import DEFAULT_PAGE, TIME_BASED_VIEWS, InboxRow, PageKey, View, ViewFilter
from agentdesk.store.database import Store, open_store
from bench.core import Budget, Figure, Stats, interleave

PAGE_BUDGET = Budget("ratio", 1.3)
SEARCH_BUDGET = Budget("ratio", 1.3)
SEARCH_LIMIT = 200  # what the window asks for (gui.main_window.SEARCH_LIMIT)
RAW_SQLITE = "raw sqlite3, same SQL"


# -- inbox pages ------------------------------------------------------------------------------------


def busiest_agent(store: Store) -> uuid.UUID | None:
    """The agent with the most active conversations: whose "My open" the figures read."""
    with contextlib.closing(store.raw()) as conn:
        row = conn.execute(
            "SELECT assignee_id FROM conversation WHERE assignee_id IS NOT NULL "
            "AND status IN ('new', 'open', 'pending', 'on_hold') "
            "GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    return uuid.UUID(hex=row[0]) if row else None


def view_filters(store: Store, now: dt.datetime) -> list[tuple[str, ViewFilter]]:
    """Every view the window offers (each has its own order), and two narrowed to channels."""
    agent = busiest_agent(store)
    found: list[tuple[str, ViewFilter]] = []
    for view in View:
        found.append(
            (view.value, ViewFilter(view, agent, frozenset(), now if view in TIME_BASED_VIEWS else None))
        )
    found.append(("all+chat", ViewFilter(View.ALL, agent, frozenset({"chat"}))))
    found.append(("tier_1+letter,phone", ViewFilter(View.TIER_1, agent, frozenset({"letter", "phone"}))))
    return found


def raw_page(
    conn: sqlite3.Connection, view_filter: ViewFilter, after: PageKey | None, limit: int
) -> list[Any]:
    """The rows ``views.inbox_page`` reads, read with the same statements as plain tuples."""
    rows: list[Any] = []
    cursor = conn.cursor()
    cursor.execute("BEGIN")
    try:
        for _part, sql, params in views._statements(view_filter, after, limit):
            params["page_limit"] = limit - len(rows)
            cursor.execute(sql, params)
            rows.extend(cursor.fetchall())
            if len(rows) >= limit:
                break
    finally:
        cursor.execute("COMMIT")
        cursor.close()
    return rows


def middle_key(conn: sqlite3.Connection, view_filter: ViewFilter) -> tuple[PageKey | None, int]:
    """The position halfway down the view's list, and that row's index; (None, 0) for an empty view."""
    parts: list[tuple[str, dict[str, Any], int]] = []
    for _part, sql, params in views._statements(view_filter, None, 1):
        params["page_limit"] = -1
        (count,) = conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
        parts.append((sql, params, count))
    total = sum(count for _sql, _params, count in parts)
    if total < 2:
        return None, 0
    target = offset = total // 2
    for sql, params, count in parts:
        if offset < count:
            row = conn.execute(
                f"{sql} OFFSET :bench_offset", {**params, "page_limit": 1, "bench_offset": offset}
            )
            found = views._inbox_row(row.fetchone())
            return views.page_key(view_filter, found), target
        offset -= count
    return None, 0


def inbox_figures(store: Store, now: dt.datetime, repetitions: int) -> list[Figure]:
    queries = InboxQueries(store)
    figures: list[Figure] = []
    with contextlib.closing(store.raw()) as conn:
        for label, view_filter in view_filters(store, now):
            deep, deep_row = middle_key(conn, view_filter)
            for depth, after in (("first", None), ("deep", deep)):
                if depth == "deep" and after is None:
                    continue

                def measured(f: ViewFilter = view_filter, a: PageKey | None = after) -> list[InboxRow]:
                    return queries.page(f, a, DEFAULT_PAGE)

                def baseline(f: ViewFilter = view_filter, a: PageKey | None = after) -> object:
                    return raw_page(conn, f, a, DEFAULT_PAGE)

                rows = len(measured())
                base, ours = interleave(baseline, measured, repetitions)
                where = "first page" if depth == "first" else f"page at row {deep_row:,}"
                figures.append(
                    Figure(
                        name=f"inbox.{label}.{depth}",
                        title=f"inbox {label}, {where}",
                        unit="ms",
                        measured=Stats.of(ours),
                        baseline=Stats.of(base),
                        baseline_name=RAW_SQLITE,
                        budget=PAGE_BUDGET,
                        extra={"rows": rows},
                    )
                )
    return figures


# -- search -----------------------------------------------------------------------------------------


def search_queries(store: Store) -> list[tuple[str, str]]:
    """(kind, query): a common word, a rare word, a prefix, a phrase and a customer's name, taken
    from the workspace so that each finds something at any size."""
    with contextlib.closing(store.raw()) as conn:
        (count,) = conn.execute("SELECT count(*) FROM conversation").fetchone()
        rare = conn.execute(
            "SELECT subject FROM conversation WHERE subject GLOB '*[0-9][0-9][0-9][0-9][0-9]*' "
            "AND number >= ? ORDER BY number LIMIT 1",
            (count // 2,),
        ).fetchone()
        customer = conn.execute(
            "SELECT cu.name FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
            "WHERE c.number >= ? ORDER BY c.number LIMIT 1",
            (count // 3,),
        ).fetchone()
    number = re.search(r"\d{5,}", rare[0]) if rare else None
    rare_word = number.group(0) if number else "zzz"
    return [
        ("common word", "order"),
        ("rare word", rare_word),
        ("prefix", "refund*"),
        ("phrase", '"damaged parcel"'),
        ("customer name", customer[0] if customer else "Allen"),
    ]


class RecordingSearch(SearchService):
    """The search service, noting each statement it runs (SQL text and parameters)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.statements: list[tuple[str, dict[str, Any]]] = []

    def _rows(self, cursor: Any, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        self.statements.append((sql, dict(params)))
        return super()._rows(cursor, sql, params)


def search_figures(store: Store, repetitions: int) -> list[Figure]:
    service = SearchService(store)
    figures: list[Figure] = []
    with contextlib.closing(store.raw()) as conn:
        for kind, query in search_queries(store):
            recorder = RecordingSearch(store)
            hits = recorder.search(query, SEARCH_LIMIT)
            replay = recorder.statements

            def measured(q: str = query) -> object:
                return service.search(q, SEARCH_LIMIT)

            def baseline(s: Sequence[tuple[str, Any]] = replay) -> object:
                return [conn.execute(sql, params).fetchall() for sql, params in s]

            base, ours = interleave(baseline, measured, repetitions)
            figures.append(
                Figure(
                    name=f"search.{kind.replace(' ', '_')}",
                    title=f"search {kind}: {query}",
                    unit="ms",
                    measured=Stats.of(ours),
                    baseline=Stats.of(base),
                    baseline_name="raw FTS5, same MATCH",
                    budget=SEARCH_BUDGET,
                    extra={"query": query, "hits": len(hits), "statements": len(replay)},
                )
            )
    return figures


# -- demo build -------------------------------------------------------------------------------------


def _insert_sql(table: str) -> str:
    """A plain INSERT of the generated tuples of ``table`` with the columns the copy fills in."""
    columns, extra, values = demo_build._STAGED[table]
    names = [c.strip() for c in columns.split(",")]
    exprs = []
    for value in (v.strip() for v in values.split(",")):
        exprs.append(f"?{names.index(value) + 1}" if value in names else value)
    marks = ", ".join(f"?{i + 1}" for i in range(len(names)))
    return f"INSERT INTO main.{table} ({columns}, {extra}) VALUES ({marks}, {', '.join(exprs)})"


def _raw_write(path: Path, batches: Sequence[Any]) -> None:
    """Every generated row with ``executemany`` straight into its table, one transaction per batch."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        inserts = {t: _insert_sql(t) for t in ("customer", "conversation", "message")}
        team_sql = "INSERT INTO team (id, name, description, updated_at) VALUES (?, ?, ?, ?)"
        agent_sql = (
            "INSERT INTO agent (id, name, email, role, tiers, team_id, team_ids, language, updated_at, "
            "active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
        )
        event_sql = (
            "INSERT INTO conversation_event (id, conversation_id, kind, actor_agent_id, data, created_at, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
        )
        survey_sql = (
            "INSERT INTO survey_response (id, conversation_id, customer_id, kind, score, scale_min, "
            "scale_max, scale_best, comment, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
            "CASE WHEN ?4 = 'ces' AND ?6 = 1 AND ?7 = 5 THEN 1 ELSE ?7 END, ?8, ?9, ?9)"
        )
        for rows in batches:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(team_sql, rows.teams)
            conn.executemany(agent_sql, rows.agents)
            conn.executemany(inserts["customer"], rows.customers)
            conn.executemany(inserts["conversation"], rows.conversations)
            conn.executemany(inserts["message"], rows.messages)
            conn.executemany(event_sql, rows.events)
            conn.executemany(survey_sql, rows.surveys)
            conn.execute("COMMIT")
    finally:
        conn.close()


def build_figure(conversations: int, repetitions: int, seed: int = 1) -> Figure:
    """``build_demo`` of ``conversations`` against ``executemany`` of the same generated rows into
    the same schema (indexes and search triggers included), both into a fresh file each time."""
    anchor = demo_build.default_anchor(dt.datetime.now(dt.UTC))
    generator = demo_build._Generator(seed, anchor, conversations)
    batches = list(generator.batches(demo_build.DEFAULT_BATCH_SIZE))
    messages = sum(len(b.messages) for b in batches)
    base: list[float] = []
    ours: list[float] = []
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-") as folder:
        empty = Path(folder) / "empty.sqlite"
        open_store(empty, backup=False).close()  # the schema, made once and copied for each run

        def fresh(name: str) -> Path:
            target = Path(folder) / name
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            target.write_bytes(empty.read_bytes())
            return target

        def measured() -> None:
            store = open_store(fresh("built.sqlite"), backup=False)
            try:
                build_demo(store, conversations, seed, anchor=anchor)
            finally:
                store.close()

        def baseline() -> None:
            _raw_write(fresh("raw.sqlite"), batches)

        for i in range(repetitions):
            order: list[tuple[Callable[[], None], list[float]]] = [(baseline, base), (measured, ours)]
            if i % 2:
                order.reverse()
            for fn, out in order:
                start = time.perf_counter()
                fn()
                out.append(time.perf_counter() - start)
    per_second = [messages / t for t in ours]
    raw_per_second = [messages / t for t in base]
    rate = Stats.of(per_second)
    raw_rate = Stats.of(raw_per_second)
    return Figure(
        name="build.demo",
        title=f"demo build, {conversations:,} conversations, {rate.median:,.0f} messages/s",
        unit="s",
        measured=Stats.of(ours),
        baseline=Stats.of(base),
        baseline_name="raw executemany, same rows",
        note=(
            f"{messages:,} messages, measured at {conversations:,} conversations to keep the run short; "
            f"raw executemany {raw_rate.median:,.0f} messages/s. The build also makes the rows (the "
            "baseline gets them ready-made) and the SLA due times, but skips what the baseline pays for "
            "row by row: the search index triggers flushing at every insert"
        ),
        extra={
            "conversations": conversations,
            "messages": messages,
            "messages_per_second": rate.as_json(),
            "raw_messages_per_second": raw_rate.as_json(),
        },
    )


# -- supervisor dashboard ---------------------------------------------------------------------------

DASHBOARD_BASELINE = "raw sqlite3, the same rows counted"
KPI_BASELINE = "raw sqlite3, the period's rows read"


def dashboard_figures(store: Store, now: dt.datetime, repetitions: int) -> list[Figure]:
    """The dashboard's queue figures (everything the page shows first) against one raw pass that
    counts the same open conversations; the KPIs of 30 days against reading that period's
    conversations and messages raw. Both run in the background in the window."""
    from agentdesk.metrics.dashboard import queue_dashboard
    from agentdesk.metrics.kpis import compute_kpi_reports

    figures: list[Figure] = []
    with contextlib.closing(store.raw()) as conn:

        def raw_counts() -> object:
            return conn.execute(
                "SELECT status, tier, team_id, channel, assignee_id, count(*), "
                "total(due_at < :now), total(due_at >= :now AND due_at < :soon) "
                "FROM conversation WHERE deleted_at IS NULL AND merged_into_id IS NULL "
                "AND status IN ('new', 'open', 'pending', 'on_hold') GROUP BY 1, 2, 3, 4, 5",
                {"now": now.isoformat(), "soon": (now + dt.timedelta(hours=1)).isoformat()},
            ).fetchall()

        base, ours = interleave(raw_counts, lambda: queue_dashboard(store, now), repetitions)
        figures.append(
            Figure(
                name="dashboard.queues",
                title="dashboard queue figures",
                unit="ms",
                measured=Stats.of(ours),
                baseline=Stats.of(base),
                baseline_name=DASHBOARD_BASELINE,
                note="read in the background; the page stays responsive",
            )
        )
        start = now - dt.timedelta(days=30)

        def raw_period() -> object:
            ids = conn.execute(
                "SELECT id FROM conversation WHERE created_at >= ? AND created_at < ? AND deleted_at IS NULL",
                (start.isoformat(), now.isoformat()),
            ).fetchall()
            conn.execute(
                "SELECT m.conversation_id, m.direction, m.created_at FROM message m "
                "JOIN conversation c ON c.id = m.conversation_id "
                "WHERE c.created_at >= ? AND c.created_at < ?",
                (start.isoformat(), now.isoformat()),
            ).fetchall()
            return ids

        kpi_repetitions = max(2, repetitions // 8)
        base, ours = interleave(
            raw_period,
            lambda: compute_kpi_reports(store, start, now, now=now),
            kpi_repetitions,
            warmup=1,
            scale=1.0,
        )
        figures.append(
            Figure(
                name="dashboard.kpis_30_days",
                title="key figures of 30 days, every split",
                unit="s",
                measured=Stats.of(ours),
                baseline=Stats.of(base),
                baseline_name=KPI_BASELINE,
                note="computed in the background; the SLA engine per conversation is most of it",
            )
        )
    return figures
