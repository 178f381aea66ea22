# SPDX-License-Identifier: GPL-3.0-or-later
"""The supervisor's queue dashboard: backlog, SLA risk, waiting customers, load per agent.

``queue_dashboard`` reads everything in one snapshot with a few raw queries over the active
conversations (an index range on ``status``), so it stays fast at 200,000 conversations. Every
number carries a ``ConversationFilter``: the rule that selects the conversations behind it, in
words (``description``) and as a query (``conversation_ids``), so the dashboard can click through.
When the number is exactly one of the inbox views (Due soon, Breached, Unassigned, Tier N) the
filter names that view too, and the window can simply switch to it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from agentdesk.escalation.service import escalation_rate
from agentdesk.inbox.views import DUE_SOON_WINDOW, View
from agentdesk.messages import render, translatable
from agentdesk.record_text import customer_name
from agentdesk.store.database import Store
from agentdesk.store.models import ACTIVE_STATUSES, sql_time

ESCALATION_WINDOW = dt.timedelta(days=7)
"""The dashboard's escalation rate covers the conversations created in this much time before now."""
OLDEST_WAITING = 10

# Labels and descriptions are rendered in the program's language when the figures are made.
_STATUS_LABELS = {
    "new": translatable("Dashboard", "New"),
    "open": translatable("Dashboard", "Open"),
    "pending": translatable("Dashboard", "Pending"),
    "on_hold": translatable("Dashboard", "On hold"),
}
_STATUS_DESCRIPTIONS = {
    "new": translatable("Dashboard", "New conversations"),
    "open": translatable("Dashboard", "Open conversations"),
    "pending": translatable("Dashboard", "Pending conversations"),
    "on_hold": translatable("Dashboard", "Conversations on hold"),
}
_CHANNEL_NAMES = {
    "email": translatable("Channel", "Email"),
    "chat": translatable("Channel", "Chat"),
    "phone": translatable("Channel", "Phone"),
    "social": translatable("Channel", "Social media"),
    "web_form": translatable("Channel", "Web form"),
    "letter": translatable("Channel", "Letter"),
    "walk_in": translatable("Channel", "Walk-in"),
}


def _say(text: str, **params: object) -> str:
    return render(text, params)


@dataclass(frozen=True, slots=True)
class ConversationFilter:
    """Which conversations a dashboard number counts (fields left at their default do not filter).

    ``unassigned`` and ``no_team`` ask for conversations without an assignee or team; ``due_before``
    for a cached SLA due time before that instant (breached); ``due_from`` with ``due_before`` for
    a due time in ``[due_from, due_before)`` (due soon); ``waiting`` for a customer waiting for an
    answer; ``created_from``/``created_to`` and ``escalated`` for the escalation rate.
    """

    description: str
    statuses: tuple[str, ...] = ACTIVE_STATUSES
    tier: int | None = None
    team_id: uuid.UUID | None = None
    no_team: bool = False
    channel: str | None = None
    assignee_id: uuid.UUID | None = None
    unassigned: bool = False
    due_from: dt.datetime | None = None
    due_before: dt.datetime | None = None
    waiting: bool = False
    created_from: dt.datetime | None = None
    created_to: dt.datetime | None = None
    escalated: bool = False
    view: View | None = None

    def narrowed(self, description: str, **changes: Any) -> ConversationFilter:
        return dataclasses.replace(self, description=description, view=None, **changes)

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``conversation`` (alias ``c``) and its parameters."""
        terms = ["c.deleted_at IS NULL", "c.merged_into_id IS NULL"]
        params: list[Any] = []
        if self.statuses:
            terms.append(f"c.status IN ({', '.join('?' * len(self.statuses))})")
            params.extend(self.statuses)
        for column, value in (("tier", self.tier), ("channel", self.channel)):
            if value is not None:
                terms.append(f"c.{column} = ?")
                params.append(value)
        for column, ident in (("team_id", self.team_id), ("assignee_id", self.assignee_id)):
            if ident is not None:
                terms.append(f"c.{column} = ?")
                params.append(ident.hex)
        if self.no_team:
            terms.append("c.team_id IS NULL")
        if self.unassigned:
            terms.append("c.assignee_id IS NULL")
        if self.due_from is not None:
            terms.append("c.due_at >= ?")
            params.append(sql_time(self.due_from))
        if self.due_before is not None:
            terms.append("c.due_at < ?")
            params.append(sql_time(self.due_before))
        if self.waiting:
            terms.append("c.waiting_since IS NOT NULL")
        if self.created_from is not None:
            terms.append("c.created_at >= ?")
            params.append(sql_time(self.created_from))
        if self.created_to is not None:
            terms.append("c.created_at < ?")
            params.append(sql_time(self.created_to))
        if self.escalated:
            terms.append(
                "EXISTS (SELECT 1 FROM conversation_event e WHERE e.conversation_id = c.id "
                "AND e.kind = 'escalation' AND e.deleted_at IS NULL "
                "AND json_extract(e.data, '$.to_tier') > json_extract(e.data, '$.from_tier'))"
            )
        return " AND ".join(terms), params


@dataclass(frozen=True, slots=True)
class Figure:
    """One number on the dashboard and the conversations behind it."""

    label: str
    value: int
    filter: ConversationFilter


@dataclass(frozen=True, slots=True)
class WaitingCustomer:
    conversation_id: uuid.UUID
    number: int | None
    customer_name: str
    subject: str
    channel: str
    tier: int
    assignee_name: str | None
    waiting_since: dt.datetime
    waited_minutes: float


@dataclass(frozen=True, slots=True)
class AgentLoad:
    """An agent's active conversations, by status, and how many of them are breached."""

    agent_id: uuid.UUID
    name: str
    tiers: tuple[int, ...]
    active: Figure
    by_status: dict[str, int]
    breached: Figure


@dataclass(frozen=True, slots=True)
class EscalationFigure:
    start: dt.datetime
    end: dt.datetime
    created: int
    escalated: Figure
    rate: float | None  # None: no conversations were created in the window


@dataclass(frozen=True, slots=True)
class QueueDashboard:
    now: dt.datetime
    backlog: Figure
    by_tier: tuple[Figure, ...]
    by_team: tuple[Figure, ...]
    by_status: tuple[Figure, ...]
    by_channel: tuple[Figure, ...]
    unassigned: Figure
    due_soon: Figure
    breached: Figure
    oldest_waiting: tuple[WaitingCustomer, ...]
    agent_load: tuple[AgentLoad, ...]
    escalation: EscalationFigure
    open_sync_conflicts: int = 0
    sync_conflicts_tracked: bool = False
    """Whether ``open_sync_conflicts`` was counted (changes that lost a merge, not dismissed yet)."""
    seconds: float = 0.0


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(hex=value) if value else None


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text + "+00:00")


def queue_dashboard(
    store: Store,
    now: dt.datetime,
    *,
    oldest: int = OLDEST_WAITING,
    escalation_window: dt.timedelta = ESCALATION_WINDOW,
) -> QueueDashboard:
    """The queue as it stands at ``now`` (aware)."""
    started = time.perf_counter()
    now = now.astimezone(dt.UTC)
    soon = now + DUE_SOON_WINDOW
    base = ConversationFilter(
        _say(translatable("Dashboard", "Active conversations (new, open, waiting on customer, on hold)"))
    )
    with store.raw_connection() as conn:
        rows = _active_rows(conn, now, soon)
        teams = dict(conn.execute("SELECT id, name FROM team WHERE deleted_at IS NULL").fetchall())
        agents = {
            r[0]: (r[1], tuple(_tiers(r[2])))
            for r in conn.execute("SELECT id, name, tiers FROM agent WHERE deleted_at IS NULL")
        }
        waiting = _oldest_waiting(conn, now, oldest)
        conflicts = int(
            conn.execute(
                "SELECT count(*) FROM sync_conflict WHERE deleted_at IS NULL AND resolved_at IS NULL"
            ).fetchone()[0]
        )
    total = sum(r[5] for r in rows)
    by_tier: Counter[int] = Counter()
    by_team: Counter[str | None] = Counter()
    by_status: Counter[str] = Counter()
    by_channel: Counter[str] = Counter()
    by_agent: dict[str | None, Counter[str]] = {}
    breached_by_agent: Counter[str | None] = Counter()
    unassigned = due_soon = breached = 0
    for tier, team, status, channel, assignee, count, n_soon, n_breached in rows:
        by_tier[tier] += count
        by_team[team] += count
        by_status[status] += count
        by_channel[channel] += count
        by_agent.setdefault(assignee, Counter())[status] += count
        breached_by_agent[assignee] += int(n_breached)
        unassigned += count if assignee is None else 0
        due_soon += int(n_soon)
        breached += int(n_breached)
    tier_views = {1: View.TIER_1, 2: View.TIER_2, 3: View.TIER_3}
    team_figures = [
        Figure(
            teams.get(team) or _say(translatable("Dashboard", "(unknown team)"))
            if team
            else _say(translatable("Dashboard", "No team")),
            by_team[team],
            base.narrowed(
                _say(
                    translatable("Dashboard", "Active conversations of {team}"),
                    team=teams.get(team) or translatable("Dashboard", "(unknown team)"),
                )
                if team
                else _say(translatable("Dashboard", "Active conversations without a team")),
                team_id=_uuid(team),
                no_team=team is None,
            ),
        )
        for team in sorted(by_team, key=lambda t: (t is None, teams.get(t, "") if t else ""))
    ]
    loads = []
    for agent_hex, counts in by_agent.items():
        if agent_hex is None:
            continue
        name, tiers = agents.get(agent_hex, (_say(translatable("Dashboard", "(unknown agent)")), ()))
        agent_id = uuid.UUID(hex=agent_hex)
        mine = base.narrowed(
            _say(translatable("Dashboard", "Active conversations assigned to {name}"), name=name),
            assignee_id=agent_id,
        )
        loads.append(
            AgentLoad(
                agent_id=agent_id,
                name=name,
                tiers=tiers,
                active=Figure(name, sum(counts.values()), mine),
                by_status={s: counts.get(s, 0) for s in ACTIVE_STATUSES},
                breached=Figure(
                    _say(translatable("Dashboard", "{name}: breached"), name=name),
                    breached_by_agent[agent_hex],
                    mine.narrowed(
                        _say(
                            translatable("Dashboard", "Breached conversations assigned to {name}"), name=name
                        ),
                        due_before=now,
                    ),
                ),
            )
        )
    # Agents with nothing active are part of the picture too: they can take more.
    for agent_hex, (name, tiers) in agents.items():
        if agent_hex not in by_agent:
            agent_id = uuid.UUID(hex=agent_hex)
            mine = base.narrowed(
                _say(translatable("Dashboard", "Active conversations assigned to {name}"), name=name),
                assignee_id=agent_id,
            )
            loads.append(
                AgentLoad(
                    agent_id,
                    name,
                    tiers,
                    Figure(name, 0, mine),
                    dict.fromkeys(ACTIVE_STATUSES, 0),
                    Figure(
                        _say(translatable("Dashboard", "{name}: breached"), name=name),
                        0,
                        mine.narrowed(
                            _say(
                                translatable("Dashboard", "Breached conversations assigned to {name}"),
                                name=name,
                            ),
                            due_before=now,
                        ),
                    ),
                )
            )
    loads.sort(key=lambda a: (-a.active.value, a.name.lower()))
    start = now - escalation_window
    with store.read() as session:
        created, escalated, _share = escalation_rate(session, start, now)
    escalation = EscalationFigure(
        start=start,
        end=now,
        created=created,
        escalated=Figure(
            _say(translatable("Dashboard", "Escalated")),
            escalated,
            ConversationFilter(
                _say(
                    translatable(
                        "Dashboard",
                        "Conversations created in the last {count} days and escalated to a higher tier",
                    ),
                    count=f"{escalation_window.days:g}",
                )
                if escalation_window.days
                else _say(
                    translatable(
                        "Dashboard",
                        "Conversations created in the last {count} hours and escalated to a higher tier",
                    ),
                    count=f"{escalation_window.total_seconds() / 3600:g}",
                ),
                statuses=(),
                created_from=start,
                created_to=now,
                escalated=True,
            ),
        ),
        rate=escalated / created if created else None,
    )
    return QueueDashboard(
        now=now,
        backlog=Figure(
            _say(translatable("Dashboard", "Backlog")), total, dataclasses.replace(base, view=None)
        ),
        by_tier=tuple(
            Figure(
                _say(translatable("Dashboard", "Tier {tier}"), tier=t),
                by_tier.get(t, 0),
                dataclasses.replace(
                    base.narrowed(
                        _say(translatable("Dashboard", "Active tier {tier} conversations"), tier=t), tier=t
                    ),
                    view=tier_views.get(t),
                ),
            )
            for t in (1, 2, 3)
        ),
        by_team=tuple(team_figures),
        by_status=tuple(
            Figure(
                _say(_STATUS_LABELS[s]),
                by_status.get(s, 0),
                base.narrowed(_say(_STATUS_DESCRIPTIONS[s]), statuses=(s,)),
            )
            for s in ACTIVE_STATUSES
        ),
        by_channel=tuple(
            Figure(
                _say(_CHANNEL_NAMES.get(c, c)),
                n,
                base.narrowed(
                    _say(
                        translatable("Dashboard", "Active conversations, channel: {channel}"),
                        channel=_CHANNEL_NAMES.get(c, c),
                    ),
                    channel=c,
                ),
            )
            for c, n in sorted(by_channel.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        unassigned=Figure(
            _say(translatable("Dashboard", "Unassigned")),
            unassigned,
            dataclasses.replace(
                base.narrowed(
                    _say(translatable("Dashboard", "Active conversations nobody is assigned to")),
                    unassigned=True,
                ),
                view=View.UNASSIGNED,
            ),
        ),
        due_soon=Figure(
            _say(translatable("Dashboard", "Due soon")),
            due_soon,
            dataclasses.replace(
                base.narrowed(
                    _say(
                        translatable(
                            "Dashboard",
                            "Active conversations with an SLA target due within {minutes} minutes",
                        ),
                        minutes=int(DUE_SOON_WINDOW.total_seconds() // 60),
                    ),
                    due_from=now,
                    due_before=soon,
                ),
                view=View.DUE_SOON,
            ),
        ),
        breached=Figure(
            _say(translatable("Dashboard", "Breached")),
            breached,
            dataclasses.replace(
                base.narrowed(
                    _say(
                        translatable("Dashboard", "Active conversations with an SLA target past its due time")
                    ),
                    due_before=now,
                ),
                view=View.BREACHED,
            ),
        ),
        oldest_waiting=tuple(waiting),
        agent_load=tuple(loads),
        escalation=escalation,
        open_sync_conflicts=conflicts,
        sync_conflicts_tracked=True,
        seconds=time.perf_counter() - started,
    )


def _tiers(value: str | None) -> list[int]:
    import json

    try:
        tiers = json.loads(value) if value else []
    except ValueError:
        return []
    return sorted(t for t in tiers if isinstance(t, int)) if isinstance(tiers, list) else []


def _active_rows(conn: sqlite3.Connection, now: dt.datetime, soon: dt.datetime) -> list[tuple[Any, ...]]:
    active = ", ".join(f"'{s}'" for s in ACTIVE_STATUSES)
    return conn.execute(
        "SELECT tier, team_id, status, channel, assignee_id, count(*), "
        "total(due_at >= :now AND due_at < :soon), total(due_at < :now) "
        f"FROM conversation WHERE status IN ({active}) AND deleted_at IS NULL AND merged_into_id IS NULL "
        "GROUP BY tier, team_id, status, channel, assignee_id",
        {"now": sql_time(now), "soon": sql_time(soon)},
    ).fetchall()


def _oldest_waiting(conn: sqlite3.Connection, now: dt.datetime, limit: int) -> list[WaitingCustomer]:
    active = ", ".join(f"'{s}'" for s in ACTIVE_STATUSES)
    rows = conn.execute(
        "SELECT c.id, c.number, cu.name, c.subject, c.channel, c.tier, a.name, c.waiting_since "
        "FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
        "LEFT JOIN agent a ON a.id = c.assignee_id "
        f"WHERE c.status IN ({active}) AND c.waiting_since IS NOT NULL "
        "AND c.deleted_at IS NULL AND c.merged_into_id IS NULL "
        "ORDER BY c.waiting_since, c.id LIMIT ?",
        (limit,),
    ).fetchall()
    result = []
    for cid, number, customer, subject, channel, tier, agent, since in rows:
        waiting_since = _time(since)
        result.append(
            WaitingCustomer(
                conversation_id=uuid.UUID(hex=cid),
                number=number,
                customer_name=customer_name(customer),  # "Erased customer" after an erasure
                subject=subject,
                channel=channel,
                tier=tier,
                assignee_name=agent,
                waiting_since=waiting_since,
                waited_minutes=(now - waiting_since).total_seconds() / 60,
            )
        )
    return result


def conversation_ids(store: Store, which: ConversationFilter, limit: int = 1000) -> list[uuid.UUID]:
    """The conversations behind a dashboard number, most urgent first (earliest SLA due time,
    then longest waiting, then newest activity); at most ``limit``."""
    where, params = which.where()
    with store.raw_connection() as conn:
        rows = conn.execute(
            f"SELECT c.id FROM conversation c WHERE {where} "
            "ORDER BY c.due_at IS NULL, c.due_at, c.waiting_since IS NULL, c.waiting_since, "
            "c.last_activity_at DESC, c.id LIMIT ?",
            [*params, limit],
        ).fetchall()
    return [uuid.UUID(hex=r[0]) for r in rows]


def count_conversations(store: Store, which: ConversationFilter) -> int:
    """How many conversations ``which`` selects (what the dashboard number says, re-counted)."""
    where, params = which.where()
    with store.raw_connection() as conn:
        return int(conn.execute(f"SELECT count(*) FROM conversation c WHERE {where}", params).fetchone()[0])


__all__ = [
    "AgentLoad",
    "ConversationFilter",
    "ESCALATION_WINDOW",
    "EscalationFigure",
    "Figure",
    "QueueDashboard",
    "WaitingCustomer",
    "conversation_ids",
    "count_conversations",
    "queue_dashboard",
]
