# SPDX-License-Identifier: GPL-3.0-or-later
"""Field filters (``query_language.Filters``) as SQL terms over ``conversation AS c``.

Every term is written with a unary plus on its column (``+c.tier IN (...)``): it filters the rows
an index delivers and never makes SQLite's planner pick another index that would need a sort
(see ``views``). Statuses are not terms: they choose which arms of a view's ``UNION ALL`` are
read, one arm per status on an index that starts with ``status``.

Names typed in a search (``team:billing``, ``assignee:ole``) are resolved to ids here, against
the teams and agents of the workspace; a name that fits none, or several, raises
``SearchSyntaxError`` saying so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from agentdesk.errors import SearchSyntaxError
from agentdesk.inbox.local_days import day_start
from agentdesk.inbox.query_language import DATE_FIELDS, Condition, Filters
from agentdesk.messages import translatable
from agentdesk.store.models import ACTIVE_STATUSES, Status, sql_time

PAUSING_STATUSES = (Status.PENDING.value, Status.ON_HOLD.value)
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class Rule:
    """Filters as SQL: the statuses read (one index arm each), terms on alias ``c`` and their
    parameters (names prefixed ``f_``). ``needs_now``: the terms compare with ``:now``/``:soon``."""

    statuses: tuple[str, ...]
    terms: tuple[str, ...]
    params: tuple[tuple[str, Any], ...]
    needs_now: bool = False
    needs_due: bool = False  # only conversations with a due time can match (an SLA state but paused)
    priorities: tuple[str, ...] | None = None  # the only priorities that can match (None: any)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def _is_id(value: str) -> bool:
    return len(value) == 32 and set(value) <= _HEX


def resolve(conn: Any, filters: Filters) -> Filters:
    """Team and assignee names as ids (``me`` and ``none`` stay). A name matches a team or agent
    whose name or e-mail is it, letters with or without accents and in any case, or whose name
    starts with it when only one does."""
    if not any(c.field in ("team", "assignee") for c in filters.conditions):
        return filters
    teams = [(r[0], r[1], "") for r in conn.execute("SELECT id, name FROM team WHERE deleted_at IS NULL")]
    agents = [
        (r[0], r[1], r[2] or "")
        for r in conn.execute("SELECT id, name, email FROM agent WHERE deleted_at IS NULL")
    ]
    out: list[Condition] = []
    for cond in filters.conditions:
        if cond.field not in ("team", "assignee"):
            out.append(cond)
            continue
        known = teams if cond.field == "team" else agents
        values: list[str] = []
        for value in cond.values:
            if value in ("me", "none") or _is_id(value) and any(k[0] == value for k in known):
                values.append(value)
                continue
            wanted = _fold(value)
            exact = [k[0] for k in known if _fold(k[1]) == wanted or (k[2] and _fold(k[2]) == wanted)]
            starts = [
                k[0]
                for k in known
                if _fold(k[1]).startswith(wanted)
                or any(part.startswith(wanted) for part in _fold(k[1]).split())
            ]
            found = exact or starts
            if len(found) != 1:
                if cond.field == "team":
                    text = (
                        translatable("QueryErrors", "No team is called “{name}”.")
                        if not found
                        else translatable(
                            "QueryErrors", "Several teams fit “{name}”: write more of the name."
                        )
                    )
                else:
                    text = (
                        translatable("QueryErrors", "No agent is called “{name}”.")
                        if not found
                        else translatable(
                            "QueryErrors", "Several agents fit “{name}”: write more of the name."
                        )
                    )
                raise SearchSyntaxError(text, name=value)
            if found[0] not in values:
                values.append(found[0])
        out.append(dataclasses.replace(cond, values=tuple(values)))
    return Filters(tuple(out))


def agent_teams(conn: Any, agent_id: uuid.UUID) -> list[uuid.UUID]:
    """The teams an agent works: the home team and the others they joined."""
    row = conn.execute("SELECT team_id, team_ids FROM agent WHERE id = ?", (agent_id.hex,)).fetchone()
    if row is None:
        return []
    found: list[uuid.UUID] = []
    for value in [row[0], *json.loads(row[1] or "[]")]:
        if value:
            team = uuid.UUID(str(value))
            if team not in found:
                found.append(team)
    return found


def _day(value: str, zone: dt.tzinfo) -> str:
    return sql_time(day_start(dt.date.fromisoformat(value), zone))


def rule_of(
    filters: Filters,
    agent_id: uuid.UUID | None,
    agent_teams: Sequence[uuid.UUID] = (),
    default_statuses: Sequence[str] = ACTIVE_STATUSES,
    zone: dt.tzinfo = dt.UTC,
) -> Rule:
    """The SQL of resolved ``filters`` for the agent at this desk (``me``), its teams (``team:me``).
    Without a status condition the ``default_statuses`` are read. Dates are whole days in
    ``zone`` (``local_days.workspace_zone``: the team's days, not UTC's)."""
    statuses = list(default_statuses)
    terms: list[str] = []
    params: dict[str, Any] = {}
    needs_now = False
    needs_due = False
    priorities: tuple[str, ...] | None = None
    chosen: list[str] | None = None
    left_out: set[str] = set()

    def param(value: Any) -> str:
        name = f"f_{len(params)}"
        params[name] = value
        return f":{name}"

    def marks(values: Sequence[Any]) -> str:
        return ", ".join(param(v) for v in values)

    for cond in filters.conditions:
        field, values = cond.field, cond.values
        term: str
        if field == "status":
            if cond.negate:
                left_out.update(values)
            else:
                chosen = [s for s in Status.values() if s in values]
            continue
        if field == "tag":
            term = f"EXISTS (SELECT 1 FROM json_each(c.tags) WHERE json_each.value IN ({marks(values)}))"
        elif field in ("assignee", "team"):
            column = "+c.assignee_id" if field == "assignee" else "+c.team_id"
            ids: list[str] = []
            arms: list[str] = []
            for value in values:
                if value == "none":
                    arms.append(f"{column} IS NULL")
                elif value == "me" and field == "assignee":
                    if agent_id is not None:
                        ids.append(agent_id.hex)
                elif value == "me":
                    ids.extend(t.hex for t in agent_teams)
                else:
                    ids.append(value)
            if ids:
                arms.append(f"{column} IN ({marks(ids)})")
            term = "(" + " OR ".join(arms) + ")" if arms else "0"
        elif field == "tier":
            term = f"+c.tier IN ({marks([int(v) for v in values])})"
        elif field in ("channel", "language", "priority", "mood"):
            term = f"+c.{field} IN ({marks(values)})"
            if field == "priority" and not cond.negate:
                priorities = tuple(p for p in values if priorities is None or p in priorities)
        elif field == "sla":
            arms = []
            for value in values:
                if value == "due_soon":
                    arms.append("(+c.due_at >= :now AND +c.due_at < :soon)")
                    needs_now = True
                elif value == "breached":
                    arms.append("+c.due_at < :now")
                    needs_now = True
                else:
                    arms.append(
                        f"(+c.status IN ({marks(PAUSING_STATUSES)}) AND +c.sla_policy_id IS NOT NULL)"
                    )
            term = "(" + " OR ".join(arms) + ")"
            needs_due = needs_due or (not cond.negate and "paused" not in values)
        elif field in DATE_FIELDS:
            column = "+c.created_at" if field == "created" else "+c.last_activity_at"
            day = values[0]
            if cond.op == ">=":
                term = f"{column} >= {param(_day(day, zone))}"
            elif cond.op == "<":
                term = f"{column} < {param(_day(day, zone))}"
            else:
                following = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
                term = f"({column} >= {param(_day(day, zone))} AND {column} < {param(_day(following, zone))})"
        else:  # pragma: no cover - Filters.from_json and the parser admit known fields only
            raise ValueError(field)
        terms.append(f"NOT coalesce({term}, 0)" if cond.negate else term)
    statuses = [s for s in (chosen if chosen is not None else statuses) if s not in left_out]
    return Rule(tuple(statuses), tuple(terms), tuple(params.items()), needs_now, needs_due, priorities)


def rule_sql(rule: Rule) -> str:
    """The rule's status choice and terms as one condition (for counts and search filters)."""
    parts = [f"c.status IN ({', '.join(repr(s) for s in rule.statuses)})" if rule.statuses else "0"]
    parts.extend(rule.terms)
    return " AND ".join(parts)
