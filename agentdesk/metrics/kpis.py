# SPDX-License-Identifier: GPL-3.0-or-later
"""KPIs for a period ``[start, end)``, overall or split by agent, team, tier or channel.

Which conversations a KPI looks at (its *cohort*) follows the usual helpdesk reports:

- the customer's first message in the period: first response time;
- created in the period: escalation rate;
- solved in the period (currently solved or closed, final solve in the period): resolution time
  (and full resolution time), first-contact and one-touch resolution, average handling time, repeat contact;
- solved at least once in the period: reopen rate;
- SLA targets decided in the period (met in time, or breached, in the period);
- survey answers received in the period: CSAT, NPS, CES;

The clocks start at the customer's first message, so a conversation we started is measured from
the customer's first answer; only full resolution time runs from the conversation's creation. A
reply that was not delivered is no response; a logged call is.
The first response is credited to the agent who wrote it; resolution, FCR, one-touch, handling
time, reopen and repeat contact to the agent who solved; SLA, escalation and surveys to the current
assignee. Team, tier and channel are always the conversation's current ones. Merged and deleted
conversations, and survey answers on deleted conversations, are left out. A KPI without anything
to measure is ``None`` ("no data"), never 0.

Times that run backwards (a reply or solve stamped before the conversation's creation: clock skew
between desktops, imported future-dated data) count as zero time, never as negative durations.
Periods may reach from year 1 to 9999.

How it stays fast
    One raw ``sqlite3`` pass reads the candidate conversations (one table scan), then their status
    and escalation events and the times of their messages through the ``conversation_id`` indexes
    (the ids go into a temporary table, so there is no per-conversation query). Everything else is
    arithmetic in Python. The SLA outcomes come from the SLA engine itself (``agentdesk.sla``), fed
    with timelines built from the same rows, so the KPIs never disagree with the countdowns.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from agentdesk.errors import ValidationError
from agentdesk.escalation.service import escalation_rate
from agentdesk.messages import render, tr, translatable
from agentdesk.metrics.definitions import (
    CHAT_SESSION_MINUTES,
    HANDLING_CAP_MINUTES,
    KPI_DEFINITIONS,
    REPEAT_CONTACT_DAYS,
    KpiDefinition,
    definition,
)
from agentdesk.metrics.surveys import SCALES as SURVEY_SCALES
from agentdesk.sla.cache import policy_for
from agentdesk.sla.calendar import ALWAYS_OPEN, BusinessCalendar
from agentdesk.sla.policy import SlaBook, Target
from agentdesk.sla.state import SOLVED_STATUSES, SlaPlan, StatusChange, Timeline
from agentdesk.store.database import Store
from agentdesk.store.models import ACTIVE_STATUSES, sql_time

DIMENSIONS = ("none", "agent", "team", "tier", "channel")

_UTC = dt.UTC
_PUBLIC_OR_NOTE = ("inbound", "outbound", "note")


# -- results ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KpiValue:
    """One KPI for one group: ``value`` (None: no data) and ``sample``, how many things it is
    computed from (conversations, targets, answers or customers)."""

    value: float | None
    sample: int


@dataclass(frozen=True, slots=True)
class KpiGroup:
    """The KPIs of one group: ``key`` is the dimension's value (agent or team id as hex, tier
    number or channel as text; None for "nobody"/"no team" and for the overall group)."""

    key: str | None
    label: str
    values: dict[str, KpiValue]

    def value(self, kpi: str) -> float | None:
        return self.values[kpi].value


@dataclass(frozen=True, slots=True)
class KpiReport:
    start: dt.datetime
    end: dt.datetime
    dimension: str
    computed_at: dt.datetime
    overall: KpiGroup
    groups: tuple[KpiGroup, ...] = ()
    seconds: float = 0.0

    def all_groups(self) -> tuple[KpiGroup, ...]:
        """The overall group first, then one per value of the dimension."""
        return (self.overall, *self.groups)


# -- statistics ------------------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float | None:
    """The ``share`` percentile (0..1) with linear interpolation between the nearest ranks (the
    common spreadsheet PERCENTILE.INC definition); the median is ``share=0.5``. None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * share
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def csat_satisfied(score: float, low: int, high: int, best: int) -> bool:
    """Whether a CSAT answer counts as satisfied (top-two-box): the two points at the good end
    ``best`` of the scale (4-5 of 1-5, 9-10 of 1-10), the top fifth of 0-100 (80 or more)."""
    if high <= low:
        return False
    reach = (high - low) / 5 if (low, high) == (0, 100) else 1
    return abs(score - best) <= reach


def nps_point(score: float, low: int, high: int) -> float:
    """An answer on the 0-10 scale (other scales are rescaled linearly)."""
    if (low, high) == (0, 10) or high <= low:
        return score
    return (score - low) / (high - low) * 10


def ces_point(score: float, low: int, high: int, best: int) -> float:
    """An answer on the 1-7 "it was easy" scale (7: very easy), from its own scale ``low..high``
    whose good end (very easy) is ``best``: a 1-7 answer asked with 1 = very easy is turned round
    (1 becomes 7), a 1-5 effort answer (1: very low effort) is turned round and stretched (1
    becomes 7, 5 becomes 1)."""
    if high <= low:
        return score
    worst = low if best == high else high
    return 1 + (score - worst) / (best - worst) * 6


# -- the pass over the conversations ----------------------------------------------------------------


@dataclass(slots=True)
class _Conv:
    id: str
    customer_id: str
    channel: str
    priority: str
    tier: int
    team_id: str | None
    assignee_id: str | None
    status: str
    created_at: dt.datetime
    first_response_at: dt.datetime | None
    solved_at: dt.datetime | None
    sla_policy_id: str | None
    plan: str
    changes: list[StatusChange] = field(default_factory=list)
    escalated: bool = False
    inbound: list[dt.datetime] = field(default_factory=list)
    outbound: list[dt.datetime] = field(default_factory=list)  # delivered (or logged) replies
    public: list[dt.datetime] = field(default_factory=list)  # customer messages and delivered replies
    first_reply_author: str | None = None  # of the first delivered reply after the customer's first
    solver: str | None = None  # the agent who last set it solved (from an unsolved status)
    logged_call: bool = False  # the customer's first message is a call (a visit) an agent logged
    handling_minutes: float = 0.0


@dataclass(slots=True)
class _Acc:
    """Raw material of the KPIs of one group."""

    frt: list[float] = field(default_factory=list)
    frt_biz: list[float] = field(default_factory=list)
    res: list[float] = field(default_factory=list)
    res_biz: list[float] = field(default_factory=list)
    full_res: list[float] = field(default_factory=list)  # from creation, our outreach included
    full_res_biz: list[float] = field(default_factory=list)
    handling: list[float] = field(default_factory=list)
    fcr_yes: int = 0
    one_touch_yes: int = 0
    answered_solved: int = 0
    solved: int = 0
    reopen_cohort: int = 0
    reopened: int = 0
    created: int = 0
    escalated: int = 0
    sla_met: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    sla_breached: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    csat: list[bool] = field(default_factory=list)
    nps: list[float] = field(default_factory=list)
    ces: list[float] = field(default_factory=list)
    repeat_cohort: int = 0
    repeated: int = 0


def _time(text: str | None) -> dt.datetime | None:
    # Parsing with the offset is several times faster than ``.replace(tzinfo=...)`` afterwards.
    return _parse(text + "+00:00") if text is not None else None


_parse = dt.datetime.fromisoformat


def _check_period(start: dt.datetime, end: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError(translatable("MetricsErrors", "A report period needs times with a time zone."))
    if end <= start:
        raise ValidationError(translatable("MetricsErrors", "The end of the period must be after its start."))
    try:
        return start.astimezone(_UTC), end.astimezone(_UTC)
    except OverflowError:
        raise ValidationError(
            translatable("MetricsErrors", "The period reaches beyond the years 1 to 9999 in UTC.")
        ) from None


def _load(conn: sqlite3.Connection, start: dt.datetime, end: dt.datetime) -> dict[str, _Conv]:
    """Every conversation something of which may fall in the period (created in it, or solved,
    changed or still active since its start), with its status changes, escalation flag, message
    times and handling time. ``_measure`` decides exactly what counts."""
    s, e = sql_time(start), sql_time(end)
    active = ", ".join(f"'{x}'" for x in ACTIVE_STATUSES)
    rows = conn.execute(
        "SELECT c.id, c.customer_id, c.channel, c.priority, c.tier, c.team_id, c.assignee_id, c.status, "
        "c.created_at, c.first_response_at, c.solved_at, c.sla_policy_id, cu.plan "
        "FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
        "WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL AND c.created_at < ? "
        f"AND (c.created_at >= ? OR c.solved_at >= ? OR c.updated_at >= ? OR c.status IN ({active}))",
        (e, s, s, s),
    ).fetchall()
    convs: dict[str, _Conv] = {}
    for r in rows:
        created = _time(r[8])
        assert created is not None
        convs[r[0]] = _Conv(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], created, _time(r[9]), _time(r[10]), r[11], r[12]
        )
    if not convs:
        return convs
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS metrics_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM metrics_ids")
    conn.executemany("INSERT INTO metrics_ids VALUES (?)", ((cid,) for cid in convs))
    # CROSS JOIN keeps the temporary table as the outer loop, so each conversation's rows come from
    # the conversation_id index in time order (a plain JOIN lets SQLite scan the whole index).
    try:
        for cid, kind, old, new, from_tier, to_tier, at, actor in conn.execute(
            "SELECT e.conversation_id, e.kind, json_extract(e.data, '$.from'), json_extract(e.data, '$.to'), "
            "json_extract(e.data, '$.from_tier'), json_extract(e.data, '$.to_tier'), e.created_at, "
            "e.actor_agent_id "
            "FROM metrics_ids t CROSS JOIN conversation_event e ON e.conversation_id = t.id "
            "WHERE e.kind IN ('status', 'escalation') AND e.deleted_at IS NULL "
            "ORDER BY t.id, e.created_at, e.id"  # as the SLA engine's loader orders them
        ):
            conv = convs[cid]
            if kind == "status":
                if isinstance(new, str):
                    before = old if isinstance(old, str) else "new"
                    conv.changes.append(StatusChange(_parse(at + "+00:00"), before, new))
                    if new in SOLVED_STATUSES and before not in SOLVED_STATUSES:
                        conv.solver = actor
            elif from_tier is not None and to_tier is not None and int(to_tier) > int(from_tier):
                conv.escalated = True
        # One row per conversation with its messages packed as "<direction initial><1 if written by
        # an agent><1 if not delivered><1 if logged by an agent><time>@<author agent>#<call seconds>",
        # so that Python loops over conversations and SQLite does the joining.
        for cid, packed in conn.execute(
            "SELECT t.id, group_concat(substr(m.direction, 1, 1) || (m.author_agent_id IS NOT NULL) "
            "|| (coalesce(json_extract(m.meta, '$.delivery.route'), '') = 'none') "
            "|| (json_type(m.meta, '$.logged_by') IS NOT NULL) || m.created_at || '@' "
            "|| coalesce(m.author_agent_id, '') || '#' "
            "|| coalesce(CAST(json_extract(m.meta, '$.call.seconds') AS REAL), '')) "
            "FROM metrics_ids t CROSS JOIN message m ON m.conversation_id = t.id "
            "WHERE m.deleted_at IS NULL GROUP BY t.id"
        ):
            if packed:
                _unpack_thread(convs[cid], packed)
    finally:
        conn.execute("DELETE FROM metrics_ids")
    return convs


def _unpack_thread(conv: _Conv, packed: str) -> None:
    """Fill ``conv``'s customer-message and reply times and its handling time (see ``aht``).

    A reply that was not delivered (``meta["delivery"]["route"] == "none"``: no connection for its
    channel) reached nobody, so it is no response; a logged reply (a call, a letter) is one.
    """
    cap = HANDLING_CAP_MINUTES * 60.0
    inbound, outbound, public = conv.inbound, conv.outbound, conv.public
    handling = 0.0
    previous: float | None = None
    entries = sorted(packed.split(","), key=lambda e: e[4:])  # the times sort as text
    for entry in entries:
        stamp, _, rest = entry[4:].partition("@")
        author, _, call = rest.partition("#")
        when = _parse(stamp + "+00:00")
        ts = when.timestamp()
        kind = entry[0]
        if kind == "i":
            if not inbound:
                conv.logged_call = entry[3] == "1"
            inbound.append(when)
            public.append(when)
        elif kind == "o" and entry[2] != "1":
            if inbound and not conv.first_reply_author and when >= inbound[0]:
                conv.first_reply_author = author or None
            outbound.append(when)
            public.append(when)
        if call:  # a logged call with its measured duration: the time it took, not an estimate
            handling += max(float(call), 0.0)
        elif previous is not None and (kind == "o" or (kind == "n" and entry[1] == "1")):
            handling += min(max(ts - previous, 0.0), cap)
        previous = ts
    conv.handling_minutes = handling / 60.0


def first_contact_resolved(
    channel: str,
    customer: Sequence[dt.datetime],
    replies: Sequence[dt.datetime],
    public: Sequence[dt.datetime],
    *,
    logged_call: bool,
) -> bool:
    """Whether an answered conversation was settled within its first contact (before reopen and
    escalation are looked at): one delivered reply for email and the other written channels, one
    session for chat (no gap over ``CHAT_SESSION_MINUTES`` between its messages), one call for phone
    and walk-in (the logged call and at most one logged reply, no second call from the customer).
    ``customer`` and ``replies`` are the times from the customer's first message on."""
    if channel == "chat":
        gap = CHAT_SESSION_MINUTES * 60
        times = sorted(t.timestamp() for t in public)
        return all(b - a <= gap for a, b in zip(times, times[1:], strict=False))
    if channel in ("phone", "walk_in") and logged_call:
        return len(customer) == 1 and len(replies) <= 1
    return len(replies) == 1


def _in(when: dt.datetime | None, start: dt.datetime, end: dt.datetime) -> bool:
    return when is not None and start <= when < end


def _measure(
    conv: _Conv,
    accs: Iterable[_Acc],
    frt_accs: Iterable[_Acc],
    solve_accs: Iterable[_Acc],
    book: SlaBook,
    start: dt.datetime,
    end: dt.datetime,
    now: dt.datetime,
) -> None:
    if conv.status in SOLVED_STATUSES and conv.solved_at is not None and conv.solved_at < start:
        return  # solved before the period and not reopened since: nothing of it falls in the period
    accs, solve_accs = list(accs), list(solve_accs)
    timeline = Timeline(
        conversation_id=uuid.UUID(hex=conv.id),
        created_at=conv.created_at,
        channel=conv.channel,
        priority=conv.priority,
        plan=conv.plan,
        tier=conv.tier,
        status_changes=tuple(conv.changes),
        inbound=tuple(conv.inbound),
        outbound=tuple(conv.outbound),
        sla_policy_id=uuid.UUID(hex=conv.sla_policy_id) if conv.sla_policy_id else None,
    )
    policy = policy_for(book, timeline)
    calendar: BusinessCalendar = book.calendar_for(policy) if policy is not None else ALWAYS_OPEN
    if _in(conv.created_at, start, end):
        for acc in accs:
            acc.created += 1
            acc.escalated += conv.escalated
    # The customer's first message starts the clocks (in a conversation we started: their first
    # answer); what came before it is our own outreach.
    asked = conv.inbound[0] if conv.inbound else None
    replies = [t for t in conv.outbound if asked is not None and t >= asked]
    if asked is not None and _in(asked, start, end) and replies:
        first = replies[0]
        minutes = max((first - asked).total_seconds() / 60, 0.0)
        biz = max(calendar.business_minutes_between(asked, first), 0.0)
        for acc in frt_accs:
            acc.frt.append(minutes)
            acc.frt_biz.append(biz)
    if conv.status in SOLVED_STATUSES and _in(conv.solved_at, start, end):
        assert conv.solved_at is not None
        handling = conv.handling_minutes
        minutes = biz = 0.0
        if asked is not None:
            minutes = max((conv.solved_at - asked).total_seconds() / 60, 0.0)
            biz = max(calendar.business_minutes_between(asked, conv.solved_at), 0.0)
        # Full resolution time runs from the conversation's creation: our own outreach included,
        # and a conversation we started that the customer never answered counts too. Where the
        # customer's message opened the conversation, it is the resolution time just measured.
        if asked == conv.created_at:
            full, full_biz = minutes, biz
        else:
            full = max((conv.solved_at - conv.created_at).total_seconds() / 60, 0.0)
            full_biz = max(calendar.business_minutes_between(conv.created_at, conv.solved_at), 0.0)
        for acc in solve_accs:
            acc.handling.append(handling)
            acc.solved += 1
            acc.full_res.append(full)
            acc.full_res_biz.append(full_biz)
        if asked is not None:
            for acc in solve_accs:
                acc.res.append(minutes)
                acc.res_biz.append(biz)
            if replies or (conv.logged_call and conv.channel in ("phone", "walk_in")):
                reopened_ever = any(
                    c.old in SOLVED_STATUSES and c.new not in SOLVED_STATUSES for c in conv.changes
                )
                settled = first_contact_resolved(
                    conv.channel,
                    conv.inbound,
                    replies,
                    [t for t in conv.public if t >= asked],
                    logged_call=conv.logged_call,
                )
                fcr = settled and not reopened_ever and not conv.escalated
                one_touch = len(replies) == 1 and not reopened_ever
                for acc in solve_accs:
                    acc.answered_solved += 1
                    acc.fcr_yes += fcr
                    acc.one_touch_yes += one_touch
    # Reopen: solved (from an unsolved status) at least once in the period; reopened afterwards.
    first_solve: int | None = None
    for i, c in enumerate(conv.changes):
        if c.new in SOLVED_STATUSES and c.old not in SOLVED_STATUSES and start <= c.at < end:
            first_solve = i
            break
    if first_solve is not None:
        reopened = any(
            c.old in SOLVED_STATUSES and c.new not in SOLVED_STATUSES for c in conv.changes[first_solve + 1 :]
        )
        for acc in solve_accs:
            acc.reopen_cohort += 1
            acc.reopened += reopened
    # SLA outcomes decided in the period.
    if policy is not None:
        state = SlaPlan(policy, calendar, timeline).at(max(now, conv.created_at))
        for wait in state.every_wait():
            target = wait.target.value
            if wait.breached_at is not None and wait.breached_at < now and _in(wait.breached_at, start, end):
                for acc in accs:
                    acc.sla_breached[target] += 1
            elif wait.met_at is not None and wait.met_in_time and _in(wait.met_at, start, end):
                for acc in accs:
                    acc.sla_met[target] += 1


def _surveys(conn: sqlite3.Connection, start: dt.datetime, end: dt.datetime) -> list[tuple[Any, ...]]:
    return conn.execute(
        "SELECT s.kind, s.score, s.scale_min, s.scale_max, s.scale_best, "
        "c.assignee_id, c.team_id, c.tier, c.channel "
        "FROM survey_response s LEFT JOIN conversation c ON c.id = s.conversation_id "
        "WHERE s.created_at >= ? AND s.created_at < ? AND s.deleted_at IS NULL "
        "AND (s.conversation_id IS NULL OR (c.id IS NOT NULL AND c.deleted_at IS NULL))",
        (sql_time(start), sql_time(end)),
    ).fetchall()


def _repeat_contacts(
    conn: sqlite3.Connection, solved: Sequence[_Conv], start: dt.datetime, end: dt.datetime
) -> dict[str, bool]:
    """For each conversation solved in the period: whether its customer opened another conversation
    (not one we started, not deleted or merged) after the solve and within ``REPEAT_CONTACT_DAYS``."""
    if not solved:
        return {}
    window = dt.timedelta(days=REPEAT_CONTACT_DAYS)
    try:
        until = end + window
    except OverflowError:
        until = dt.datetime.max.replace(tzinfo=_UTC)
    later: dict[str, list[tuple[dt.datetime, str]]] = defaultdict(list)
    customers = {c.customer_id for c in solved}
    for cid, customer, created in conn.execute(
        "SELECT c.id, c.customer_id, c.created_at FROM conversation c "
        "WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL AND c.created_at >= ? AND c.created_at < ? "
        "AND NOT EXISTS (SELECT 1 FROM conversation_event e WHERE e.conversation_id = c.id "
        "AND e.kind = 'created' AND json_extract(e.data, '$.by') = 'agent' "
        "AND json_extract(e.data, '$.outreach'))",
        (sql_time(start), sql_time(until)),
    ):
        if customer in customers:
            when = _time(created)
            assert when is not None
            later[customer].append((when, cid))
    result: dict[str, bool] = {}
    for conv in solved:
        assert conv.solved_at is not None
        done = conv.solved_at
        result[conv.id] = any(
            cid != conv.id and done < when <= done + window for when, cid in later.get(conv.customer_id, ())
        )
    return result


def _finish(acc: _Acc) -> dict[str, KpiValue]:
    def share(yes: int, total: int) -> KpiValue:
        return KpiValue(yes / total if total else None, total)

    def sla(target: Target) -> KpiValue:
        met = acc.sla_met.get(target.value, 0)
        return share(met, met + acc.sla_breached.get(target.value, 0))

    n_frt, n_res, n_full = len(acc.frt), len(acc.res), len(acc.full_res)
    nps: float | None = None
    if acc.nps:
        promoters = sum(1 for x in acc.nps if x >= 9)
        detractors = sum(1 for x in acc.nps if x <= 6)
        nps = (promoters - detractors) * 100 / len(acc.nps)
    return {
        "frt_median": KpiValue(percentile(acc.frt, 0.5), n_frt),
        "frt_p90": KpiValue(percentile(acc.frt, 0.9), n_frt),
        "frt_median_business": KpiValue(percentile(acc.frt_biz, 0.5), n_frt),
        "frt_p90_business": KpiValue(percentile(acc.frt_biz, 0.9), n_frt),
        "aht": KpiValue(sum(acc.handling) / len(acc.handling) if acc.handling else None, len(acc.handling)),
        "fcr": share(acc.fcr_yes, acc.answered_solved),
        "one_touch": share(acc.one_touch_yes, acc.answered_solved),
        "resolution_median": KpiValue(percentile(acc.res, 0.5), n_res),
        "resolution_p90": KpiValue(percentile(acc.res, 0.9), n_res),
        "resolution_median_business": KpiValue(percentile(acc.res_biz, 0.5), n_res),
        "resolution_p90_business": KpiValue(percentile(acc.res_biz, 0.9), n_res),
        "full_resolution_median": KpiValue(percentile(acc.full_res, 0.5), n_full),
        "full_resolution_p90": KpiValue(percentile(acc.full_res, 0.9), n_full),
        "full_resolution_median_business": KpiValue(percentile(acc.full_res_biz, 0.5), n_full),
        "full_resolution_p90_business": KpiValue(percentile(acc.full_res_biz, 0.9), n_full),
        "sla_first_response": sla(Target.FIRST_RESPONSE),
        "sla_next_response": sla(Target.NEXT_RESPONSE),
        "sla_resolution": sla(Target.RESOLUTION),
        "reopen_rate": share(acc.reopened, acc.reopen_cohort),
        "escalation_rate": share(acc.escalated, acc.created),
        "csat": share(sum(acc.csat), len(acc.csat)),
        "nps": KpiValue(nps, len(acc.nps)),
        "ces": KpiValue(sum(acc.ces) / len(acc.ces) if acc.ces else None, len(acc.ces)),
        "repeat_contact": share(acc.repeated, acc.repeat_cohort),
    }


# The names of groups that are not a person's or a team's own, in the program's language when the
# figures are computed (the window's, or the one ``agentdesk report --language`` installed).
_CHANNEL_NAMES = {
    "email": translatable("Channel", "Email"),
    "chat": translatable("Channel", "Chat"),
    "phone": translatable("Channel", "Phone"),
    "social": translatable("Channel", "Social media"),
    "web_form": translatable("Channel", "Web form"),
    "letter": translatable("Channel", "Letter"),
    "walk_in": translatable("Channel", "Walk-in"),
}
ALL_CONVERSATIONS = translatable("Report", "All conversations")


def _labels(conn: sqlite3.Connection, dimension: str, keys: Iterable[str | None]) -> dict[str | None, str]:
    labels: dict[str | None, str] = {}
    if dimension in ("agent", "team"):
        table = "agent" if dimension == "agent" else "team"
        names = dict(conn.execute(f"SELECT id, name FROM {table}").fetchall())
        nobody = (
            translatable("Report", "Unassigned") if table == "agent" else translatable("Report", "No team")
        )
        for key in keys:
            labels[key] = names.get(key, tr(translatable("Report", "(unknown)"))) if key else tr(nobody)
    elif dimension == "tier":
        labels = {
            k: render(translatable("Report", "Tier {tier}"), {"tier": k})
            if k
            else tr(translatable("Report", "No tier"))
            for k in keys
        }
    elif dimension == "channel":
        labels = {k: tr(_CHANNEL_NAMES.get(k or "", k or "–")) for k in keys}
    return labels


def compute_kpis(
    store: Store,
    start: dt.datetime,
    end: dt.datetime,
    dimension: str = "none",
    *,
    now: dt.datetime | None = None,
) -> KpiReport:
    """The KPIs of the period ``[start, end)``: overall, and per value of ``dimension`` (one of
    ``DIMENSIONS``). ``now`` (default: the current time) is the instant SLA targets that are still
    running are judged at. Raises ``ValidationError`` for a bad period or dimension."""
    return compute_kpi_reports(store, start, end, (dimension,), now=now)[dimension]


def compute_kpi_reports(
    store: Store,
    start: dt.datetime,
    end: dt.datetime,
    dimensions: Sequence[str] = DIMENSIONS,
    *,
    now: dt.datetime | None = None,
) -> dict[str, KpiReport]:
    """``compute_kpis`` for several dimensions in one pass over the data (what a report needs)."""
    started = time.perf_counter()
    start, end = _check_period(start, end)
    for dimension in dimensions:
        if dimension not in DIMENSIONS:
            raise ValidationError(
                translatable("MetricsErrors", "Dimension must be one of {join} (got {dimension!r})."),
                join=", ".join(DIMENSIONS),
                dimension=dimension,
            )
    split = [d for d in dict.fromkeys(dimensions) if d != "none"]
    now = (now or dt.datetime.now(_UTC)).astimezone(_UTC)
    with store.read() as session:
        book = SlaBook.load(session)
        total_created, total_escalated, _ = escalation_rate(session, start, end)
    overall = _Acc()
    groups: dict[str, dict[str | None, _Acc]] = {d: {} for d in split}

    def accs_for(keys: dict[str, str | None] | None) -> list[_Acc]:
        """The overall accumulator, and per dimension the group's (none for a survey answer or
        customer without a conversation: those count overall only)."""
        found = [overall]
        if keys is not None:
            for d in split:
                by_key = groups[d]
                key = keys[d]
                acc = by_key.get(key)
                if acc is None:
                    acc = by_key[key] = _Acc()
                found.append(acc)
        return found

    def keys_of(
        assignee: str | None, team: str | None, tier: object, channel: str | None
    ) -> dict[str, str | None]:
        return {"agent": assignee, "team": team, "tier": str(tier) if tier else None, "channel": channel}

    with store.raw_connection() as conn:
        convs = _load(conn, start, end)
        solved_in: list[_Conv] = []
        for conv in convs.values():
            keys = keys_of(conv.assignee_id, conv.team_id, conv.tier, conv.channel)
            accs = accs_for(keys)
            # The first response is credited to the agent who wrote it, what follows a solve to the
            # agent who solved, the rest (SLA, escalation) to the assignee.
            frt_accs = (
                accs
                if conv.first_reply_author in (None, conv.assignee_id)
                else accs_for({**keys, "agent": conv.first_reply_author})
            )
            solve_accs = (
                accs if conv.solver in (None, conv.assignee_id) else accs_for({**keys, "agent": conv.solver})
            )
            _measure(conv, accs, frt_accs, solve_accs, book, start, end, now)
            if conv.status in SOLVED_STATUSES and _in(conv.solved_at, start, end):
                solved_in.append(conv)
        for kind, score, low, high, best, assignee, team, tier, channel in _surveys(conn, start, end):
            targets = accs_for(keys_of(assignee, team, tier, channel) if tier is not None else None)
            score_f, scale = float(score), (int(low), int(high), int(best))
            if scale not in SURVEY_SCALES.get(kind, ()):
                continue  # a scale no survey declares: its meaning would be a guess
            for acc in targets:
                if kind == "csat":
                    acc.csat.append(csat_satisfied(score_f, *scale))
                elif kind == "nps":
                    acc.nps.append(nps_point(score_f, scale[0], scale[1]))
                elif kind == "ces":
                    acc.ces.append(ces_point(score_f, *scale))
        repeats = _repeat_contacts(conn, solved_in, start, end)
        for conv in solved_in:
            solver = conv.solver or conv.assignee_id
            for acc in accs_for(keys_of(solver, conv.team_id, conv.tier, conv.channel)):
                acc.repeat_cohort += 1
                acc.repeated += repeats[conv.id]
        labels = {d: _labels(conn, d, groups[d]) for d in split}
    # The escalation service's own count is the reference for the overall escalation rate.
    overall.created, overall.escalated = total_created, total_escalated
    overall_group = KpiGroup(None, tr(ALL_CONVERSATIONS), _finish(overall))
    seconds = time.perf_counter() - started
    reports: dict[str, KpiReport] = {}
    for dimension in dict.fromkeys(dimensions):
        group_tuple: tuple[KpiGroup, ...] = ()
        if dimension != "none":
            names = labels[dimension]
            ordered = sorted(groups[dimension], key=lambda k: (k is None, names.get(k, "").lower(), k or ""))
            group_tuple = tuple(
                KpiGroup(k, names.get(k, str(k)), _finish(groups[dimension][k])) for k in ordered
            )
        reports[dimension] = KpiReport(start, end, dimension, now, overall_group, group_tuple, seconds)
    return reports


__all__ = [
    "DIMENSIONS",
    "HANDLING_CAP_MINUTES",
    "KPI_DEFINITIONS",
    "KpiDefinition",
    "KpiGroup",
    "KpiReport",
    "KpiValue",
    "ces_point",
    "compute_kpi_reports",
    "compute_kpis",
    "csat_satisfied",
    "definition",
    "first_contact_resolved",
    "nps_point",
    "percentile",
]
