# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures for saved views, team queues and field searches.

Saved-view pages are read like the built-in views' (``bench.data.inbox_figures``): the first page
and a page halfway down, next to the same statements on a plain ``sqlite3`` connection. Field
searches are timed next to the statements the search ran, replayed raw: what is left between the
two is what AgentDesk adds (parsing the fields, resolving team and agent names, building hits).
The counts of every queue and view in one pass are timed next to the same ``SELECT`` run raw.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import uuid
from collections.abc import Sequence
from typing import Any

from agentdesk.inbox.filter_sql import agent_teams, resolve, rule_of, rule_sql
from agentdesk.inbox.local_days import zone_for
from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService, TeamQueue, count_rules
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.views import DEFAULT_PAGE, DUE_SOON_WINDOW, InboxRow, PageKey, Sort, View, ViewFilter
from agentdesk.store.database import Store
from agentdesk.store.models import sql_time
from bench.core import Budget, Figure, Stats, interleave
from bench.data import RAW_SQLITE, SEARCH_LIMIT, RecordingSearch, busiest_agent, middle_key, raw_page

BUDGET = Budget("ratio", 1.3)


def _first(conn: sqlite3.Connection, sql: str, default: str) -> str:
    row = conn.execute(sql).fetchone()
    return str(row[0]) if row and row[0] else default


def saved_view_filters(store: Store, now: dt.datetime) -> list[tuple[str, ViewFilter]]:
    """Views a team would save, on the workspace's own teams, languages and tags; and a team queue."""
    agent = busiest_agent(store)
    service = SavedViewService(store)
    with contextlib.closing(store.raw()) as conn:
        team_id = _first(conn, "SELECT id FROM team WHERE deleted_at IS NULL ORDER BY name LIMIT 1", "")
        team_name = _first(conn, "SELECT name FROM team WHERE deleted_at IS NULL ORDER BY name LIMIT 1", "")
        tag = _first(
            conn,
            "SELECT value FROM conversation, json_each(conversation.tags) "
            "WHERE conversation.rowid % 50 = 0 GROUP BY value ORDER BY count(*) DESC LIMIT 1",
            "refund",
        )
    texts = {
        "team+unassigned+de": (f'team:"{team_name}" assignee:none lang:de', None),
        f"tag:{tag}": (f"tag:{tag}", None),
        "mine+high,urgent": ("assignee:me priority:high,urgent", Sort.PRIORITY),
        "breached+email,chat": ("sla:breached channel:email,chat", None),
        "solved+week": (
            f"status:solved,closed updated>={(now - dt.timedelta(days=7)).date()}",
            Sort.ACTIVITY,
        ),
    }
    found: list[tuple[str, ViewFilter]] = []
    if team_id:
        queue = TeamQueue(uuid.UUID(hex=team_id), team_name)
        found.append(
            ("queue", ViewFilter(View.ALL, agent, frozenset(), now, rule=service.rule(queue, agent)))
        )
    with contextlib.closing(store.raw()) as conn:
        for label, (text, sort) in texts.items():
            filters = resolve(conn, parse_fields(text).filters)
            teams = agent_teams(conn, agent) if agent else []
            rule = rule_of(filters, agent, teams, zone=zone_for(conn, filters))
            found.append((label, ViewFilter(View.ALL, agent, frozenset(), now, sort, rule=rule)))
    return found


def saved_view_figures(store: Store, now: dt.datetime, repetitions: int) -> list[Figure]:
    queries = InboxQueries(store)
    figures: list[Figure] = []
    with contextlib.closing(store.raw()) as conn:
        views = saved_view_filters(store, now)
        for label, view_filter in views:
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
                        name=f"saved_view.{label}.{depth}",
                        title=f"saved view {label}, {where}",
                        unit="ms",
                        measured=Stats.of(ours),
                        baseline=Stats.of(base),
                        baseline_name=RAW_SQLITE,
                        budget=BUDGET,
                        extra={"rows": rows},
                    )
                )
        rules = {label: f.rule for label, f in views if f.rule is not None}
        figures.append(_counts_figure(store, conn, rules, now, repetitions))
    return figures


def _counts_figure(
    store: Store, conn: sqlite3.Connection, rules: dict[str, Any], now: dt.datetime, repetitions: int
) -> Figure:
    """Every saved view's and queue's count in one pass, next to the same statement run raw."""
    sums = []
    params: dict[str, Any] = {}
    statuses: set[str] = set()
    for n, rule in enumerate(rules.values()):
        sums.append("total(" + re.sub(r":(f_\d+)\b", rf":r{n}_\1", rule_sql(rule)) + ")")
        params.update({f"r{n}_{name}": value for name, value in rule.params})
        statuses.update(rule.statuses)
    params.update(now=sql_time(now), soon=sql_time(now + DUE_SOON_WINDOW))
    status_list = ", ".join(f"'{s}'" for s in sorted(statuses))
    sql = (
        f"SELECT {', '.join(sums)} FROM conversation AS c "
        f"WHERE c.status IN ({status_list}) AND c.deleted_at IS NULL"
    )

    def measured() -> object:
        return count_rules(store, rules, frozenset(), now)

    def baseline() -> object:
        return conn.execute(sql, params).fetchone()

    base, ours = interleave(baseline, measured, max(3, repetitions // 3))
    return Figure(
        name="saved_view.counts",
        title=f"counts of {len(rules)} saved views and queues, one pass",
        unit="ms",
        measured=Stats.of(ours),
        baseline=Stats.of(base),
        baseline_name=RAW_SQLITE,
        budget=BUDGET,
        extra={"views": len(rules)},
    )


def field_queries(store: Store) -> list[tuple[str, str]]:
    """(kind, query): field filters alone, with words, and words across fields, from the workspace."""
    with contextlib.closing(store.raw()) as conn:
        (count,) = conn.execute("SELECT count(*) FROM conversation").fetchone()
        team = _first(conn, "SELECT name FROM team WHERE deleted_at IS NULL ORDER BY name LIMIT 1", "Billing")
        pair = conn.execute(
            "SELECT cu.name, c.subject FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
            "WHERE c.number >= ? ORDER BY c.number LIMIT 1",
            (count // 3,),
        ).fetchone()
    surname = pair[0].split()[-1] if pair else "Hansen"
    words = [w for w in re.findall(r"\w{5,}", pair[1] if pair else "") if not w.isdigit()]
    subject_word = words[0] if words else "order"
    return [
        ("status+word", "status:open order"),
        ("fields only", f'team:"{team}" assignee:none lang:de'),
        ("tag+priority", "tag:refund priority:high,urgent"),
        ("date+word", "created>2026-01-01 refund*"),
        ("across fields", f"{surname} {subject_word}"),
    ]


def field_search_figures(store: Store, now: dt.datetime, repetitions: int) -> list[Figure]:
    service = SearchService(store)
    agent = busiest_agent(store)
    figures: list[Figure] = []
    with contextlib.closing(store.raw()) as conn:
        for kind, query in field_queries(store):
            recorder = RecordingSearch(store)
            hits = recorder.search(query, SEARCH_LIMIT, agent_id=agent, now=now)
            replay = [(sql, params) for sql, params in recorder.statements if sql not in ("BEGIN", "COMMIT")]

            def measured(q: str = query) -> object:
                return service.search(q, SEARCH_LIMIT, agent_id=agent, now=now)

            def baseline(s: Sequence[tuple[str, Any]] = replay) -> object:
                return [conn.execute(sql, params).fetchall() for sql, params in s]

            base, ours = interleave(baseline, measured, repetitions)
            figures.append(
                Figure(
                    name=f"field_search.{kind.replace(' ', '_').replace('+', '_')}",
                    title=f"field search {kind}: {query}",
                    unit="ms",
                    measured=Stats.of(ours),
                    baseline=Stats.of(base),
                    baseline_name="raw sqlite3, same statements",
                    budget=BUDGET,
                    extra={"query": query, "hits": len(hits), "statements": len(replay)},
                )
            )
    return figures
