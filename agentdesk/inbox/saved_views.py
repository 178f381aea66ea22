# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved views and team queues: lists an agent or a team built from field filters.

A **saved view** (``SavedView`` row) is a name, field filters (``query_language.Filters``: status,
tier, team, assignee with ``me`` and ``none``, channel, language, priority, tag, SLA state, mood,
created and updated ranges), a sort and the list columns to show. A *personal* view belongs to
one agent; a *shared* view is seen by the agents of its team (by everyone without a team). Agents
create and change shared views of the teams they work; supervisors and admins those of any team.

A **team queue** is not stored: every team an agent works has one in their sidebar, listing the
team's open conversations (``team:<id>`` over the active statuses).

Both are listed exactly like the built-in views, with the same keyset pages on the same indexes
(``views.ViewFilter.rule``), and counted in one pass per list (``count_rules``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, PermissionDenied, SearchSyntaxError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.inbox.filter_sql import Rule, agent_teams, resolve, rule_of, rule_sql
from agentdesk.inbox.local_days import zone_for
from agentdesk.inbox.query_language import Condition, Filters
from agentdesk.inbox.views import DUE_SOON_WINDOW, Sort, View, ViewFilter
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Role, SavedView, sql_time
from agentdesk.text import clean_text

MAX_NAME = 200
MAX_VIEWS = 200  # per agent: personal and shared together
QUEUE_PREFIX = "team:"
VIEW_PREFIX = "view:"


@dataclass(frozen=True, slots=True)
class SavedViewInfo:
    """A saved view as the sidebar and the editor show it."""

    id: uuid.UUID
    name: str
    filters: Filters
    sort: Sort | None
    columns: tuple[str, ...]
    owner_agent_id: uuid.UUID | None
    team_id: uuid.UUID | None
    team_name: str | None
    position: int = 0

    @property
    def shared(self) -> bool:
        return self.owner_agent_id is None

    @property
    def key(self) -> str:
        return VIEW_PREFIX + self.id.hex


@dataclass(frozen=True, slots=True)
class TeamQueue:
    """The open conversations of a team the agent works."""

    team_id: uuid.UUID
    name: str

    @property
    def key(self) -> str:
        return QUEUE_PREFIX + self.team_id.hex

    @property
    def filters(self) -> Filters:
        return Filters((Condition("team", (self.team_id.hex,)),))


@dataclass(frozen=True, slots=True)
class SidebarEntries:
    """What an agent's sidebar lists below the built-in views: team queues, then shared views,
    then personal ones; ``broken`` names views whose stored filters this version cannot read."""

    queues: tuple[TeamQueue, ...] = ()
    views: tuple[SavedViewInfo, ...] = ()
    broken: tuple[str, ...] = field(default=())

    def entry(self, key: str) -> SavedViewInfo | TeamQueue | None:
        for queue in self.queues:
            if queue.key == key:
                return queue
        for view in self.views:
            if view.key == key:
                return view
        return None


_VIEW_COLUMNS = "id, name, filters, sort, columns, owner_agent_id, team_id, position"


def _info(row: Sequence[Any], team_names: Mapping[str, str]) -> SavedViewInfo:
    view_id, name, filters, sort, columns, owner, team, position = row
    return SavedViewInfo(
        uuid.UUID(hex=view_id),
        name,
        Filters.from_json(filters),
        Sort(sort) if sort in Sort._value2member_map_ else None,
        tuple(json.loads(columns or "[]")),
        uuid.UUID(hex=owner) if owner else None,
        uuid.UUID(hex=team) if team else None,
        team_names.get(team) if team else None,
        position,
    )


def _clean_name(name: str) -> str:
    text = " ".join(clean_text(name).split())
    if not text:
        raise ValidationError(translatable("ViewErrors", "A view needs a name."))
    if len(text) > MAX_NAME:
        raise ValidationError(
            translatable("ViewErrors", "A view's name can be at most {limit} characters."), limit=MAX_NAME
        )
    return text


class SavedViewService:
    """Create, change and list saved views; turn a view or queue into the list's filter."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    # -- reading ---------------------------------------------------------------------------------

    def sidebar(self, agent_id: uuid.UUID | None) -> SidebarEntries:
        """The agent's team queues and the views they see, in sidebar order."""
        with contextlib.closing(self.store.raw()) as conn:
            teams = agent_teams(conn, agent_id) if agent_id is not None else []
            names = dict(conn.execute("SELECT id, name FROM team WHERE deleted_at IS NULL").fetchall())
            role = None
            if agent_id is not None:
                found = conn.execute("SELECT role FROM agent WHERE id = ?", (agent_id.hex,)).fetchone()
                role = found[0] if found else None
            rows = conn.execute(
                f"SELECT {_VIEW_COLUMNS} FROM saved_view "
                "WHERE deleted_at IS NULL AND (owner_agent_id IS NULL OR owner_agent_id = ?) "
                "ORDER BY owner_agent_id IS NOT NULL, position, name COLLATE NOCASE, id",
                (agent_id.hex if agent_id else None,),
            ).fetchall()
        queues = tuple(TeamQueue(t, names[t.hex]) for t in teams if t.hex in names)
        team_hexes = {t.hex for t in teams}
        staff = role in (Role.SUPERVISOR.value, Role.ADMIN.value)
        views: list[SavedViewInfo] = []
        broken: list[str] = []
        for view_id, name, filters, sort, columns, owner, team, position in rows:
            if owner is None and team is not None and team not in team_hexes and not staff:
                continue  # another team's shared view
            try:
                views.append(_info((view_id, name, filters, sort, columns, owner, team, position), names))
            except SearchSyntaxError:
                broken.append(name)
        return SidebarEntries(queues[:MAX_VIEWS], tuple(views[:MAX_VIEWS]), tuple(broken))

    def view(self, view_id: uuid.UUID) -> SavedViewInfo:
        """One view as stored (whoever may see it)."""
        with contextlib.closing(self.store.raw()) as conn:
            names = dict(conn.execute("SELECT id, name FROM team WHERE deleted_at IS NULL").fetchall())
            row = conn.execute(
                f"SELECT {_VIEW_COLUMNS} FROM saved_view WHERE id = ? AND deleted_at IS NULL", (view_id.hex,)
            ).fetchone()
        if row is None:
            raise NotFoundError(translatable("ViewErrors", "This view was deleted."))
        return _info(row, names)

    def rule(
        self,
        entry: SavedViewInfo | TeamQueue,
        agent_id: uuid.UUID | None,
        teams: Sequence[uuid.UUID] | None = None,
    ) -> Rule:
        """The SQL of a view's or queue's filters for the agent at this desk."""
        with contextlib.closing(self.store.raw()) as conn:
            filters = resolve(conn, entry.filters)
            if teams is None:
                teams = agent_teams(conn, agent_id) if agent_id is not None else []
            zone = zone_for(conn, filters)
        return rule_of(filters, agent_id, teams, zone=zone)

    def list_filter(
        self,
        entry: SavedViewInfo | TeamQueue,
        agent_id: uuid.UUID | None,
        channels: frozenset[str],
        now: dt.datetime,
    ) -> ViewFilter:
        """What the list shows for a view or queue: its rule, in its sort, measured at ``now``."""
        sort = entry.sort if isinstance(entry, SavedViewInfo) else None
        return ViewFilter(View.ALL, agent_id, channels, now, sort, rule=self.rule(entry, agent_id))

    # -- writing ---------------------------------------------------------------------------------

    def create(
        self,
        actor_id: uuid.UUID,
        name: str,
        filters: Filters,
        *,
        shared: bool = False,
        team_id: uuid.UUID | None = None,
        sort: Sort | None = None,
        columns: Sequence[str] = (),
        view_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """A new view: the actor's own, or shared with ``team_id``'s agents (everyone's without).
        ``view_id`` gives the row's id (the demo derives its ids from names)."""
        name = _clean_name(name)
        with self.store.write() as session:
            actor = self._actor(session, actor_id)
            if shared:
                self._may_share(actor, team_id)
            self._check_filters(session, filters)
            owner = None if shared else actor_id
            self._unique(session, name, owner, team_id if shared else None, None)
            view = SavedView(
                id=view_id or uuid7(),
                name=name,
                owner_agent_id=owner,
                team_id=team_id if shared else None,
                filters=filters.to_json(),
                sort=sort.value if sort else "",
                columns=list(columns),
                position=self._next_position(session, owner),
                updated_at=self.clock.now(),
            )
            session.add(view)
            session.flush()
            return view.id

    def update(
        self,
        actor_id: uuid.UUID,
        view_id: uuid.UUID,
        *,
        name: str | None = None,
        filters: Filters | None = None,
        sort: Sort | None | object = ...,
        columns: Sequence[str] | None = None,
        shared: bool | None = None,
        team_id: uuid.UUID | None = None,
    ) -> None:
        """Rename a view, change what it lists (``sort=None``: most urgent first), or who sees it
        (``shared``: with ``team_id``'s agents, everyone's without; ``False``: the actor's own)."""
        with self.store.write() as session:
            view = self._editable(session, actor_id, view_id)
            owner, team = view.owner_agent_id, view.team_id
            if shared is not None:
                if shared:
                    self._may_share(self._actor(session, actor_id), team_id)
                owner, team = (None, team_id) if shared else (actor_id, None)
            clean = _clean_name(name) if name is not None else view.name
            if (clean, owner, team) != (view.name, view.owner_agent_id, view.team_id):
                self._unique(session, clean, owner, team, view.id)
            if (owner, team) != (view.owner_agent_id, view.team_id):
                view.position = self._next_position(session, owner)
                view.owner_agent_id, view.team_id = owner, team
            view.name = clean
            if filters is not None:
                self._check_filters(session, filters)
                view.filters = filters.to_json()
            if sort is not ...:
                view.sort = sort.value if isinstance(sort, Sort) else ""
            if columns is not None:
                view.columns = list(columns)
            view.updated_at = self.clock.now()

    def delete(self, actor_id: uuid.UUID, view_id: uuid.UUID) -> None:
        with self.store.write() as session:
            view = self._editable(session, actor_id, view_id)
            now = self.clock.now()
            view.deleted_at = now
            view.updated_at = now

    def restore(self, actor_id: uuid.UUID, view_id: uuid.UUID) -> None:
        """Undo ``delete``: the view is back as it was, for whoever saw it, unless a view of the
        same name was made meanwhile."""
        with self.store.write() as session:
            view = session.get(SavedView, view_id)
            if view is None:
                raise NotFoundError(translatable("ViewErrors", "This view was deleted."))
            if view.deleted_at is None:
                return
            view.deleted_at = None  # for the checks; a refusal rolls the whole session back
            self._editable(session, actor_id, view_id)
            self._unique(session, view.name, view.owner_agent_id, view.team_id, view.id)
            view.updated_at = self.clock.now()

    # -- rules -----------------------------------------------------------------------------------

    @staticmethod
    def _actor(session: Any, actor_id: uuid.UUID) -> Agent:
        actor = session.get(Agent, actor_id)
        if actor is None or actor.deleted_at is not None:
            raise PermissionDenied(translatable("ViewErrors", "Choose who works at this desk to save views."))
        return actor

    @staticmethod
    def _may_share(actor: Agent, team_id: uuid.UUID | None) -> None:
        if actor.role in (Role.SUPERVISOR.value, Role.ADMIN.value):
            return
        works = {uuid.UUID(str(t)) for t in (actor.team_ids or [])}
        if actor.team_id is not None:
            works.add(actor.team_id)
        if team_id is None or team_id not in works:
            raise PermissionDenied(
                translatable(
                    "ViewErrors",
                    "You can share views with your own teams only; a supervisor can share with others.",
                )
            )

    def _editable(self, session: Any, actor_id: uuid.UUID, view_id: uuid.UUID) -> SavedView:
        view = session.get(SavedView, view_id)
        if view is None or view.deleted_at is not None:
            raise NotFoundError(translatable("ViewErrors", "This view was deleted."))
        actor = self._actor(session, actor_id)
        if view.owner_agent_id is None:
            self._may_share(actor, view.team_id)
        elif view.owner_agent_id != actor_id:
            raise PermissionDenied(translatable("ViewErrors", "This is another agent's own view."))
        return view

    @staticmethod
    def _check_filters(session: Any, filters: Filters) -> None:
        """Every team and agent the filters name exists (ids, or names resolved before)."""
        conn = session.connection().connection.dbapi_connection
        resolve(conn, filters)

    @staticmethod
    def _unique(
        session: Any, name: str, owner: uuid.UUID | None, team: uuid.UUID | None, this: uuid.UUID | None
    ) -> None:
        query = select(SavedView.id, SavedView.name).where(SavedView.deleted_at.is_(None))
        query = query.where(
            SavedView.owner_agent_id == owner if owner else SavedView.owner_agent_id.is_(None)
        )
        if owner is None:
            query = query.where(SavedView.team_id == team if team else SavedView.team_id.is_(None))
        for other_id, other_name in session.execute(query):
            if other_id != this and other_name.casefold() == name.casefold():
                raise ValidationError(
                    translatable("ViewErrors", "There is already a view called “{name}”."), name=name
                )

    @staticmethod
    def _next_position(session: Any, owner: uuid.UUID | None) -> int:
        query = select(SavedView.position).where(SavedView.deleted_at.is_(None))
        query = query.where(
            SavedView.owner_agent_id == owner if owner else SavedView.owner_agent_id.is_(None)
        )
        return max([int(p) for p in session.scalars(query)] + [-1]) + 1


def team_names(store: Store) -> dict[str, str]:
    """Team ids (hex) to names, for showing filters as text."""
    with contextlib.closing(store.raw()) as conn:
        out = dict(conn.execute("SELECT id, name FROM team WHERE deleted_at IS NULL").fetchall())
        out.update(conn.execute("SELECT id, name FROM agent WHERE deleted_at IS NULL").fetchall())
    return out


def count_rules(
    store: Store,
    rules: Mapping[str, Rule],
    channels: frozenset[str],
    now: dt.datetime,
) -> dict[str, int]:
    """How many conversations each rule lists (narrowed to ``channels``), in one pass over the
    statuses they read, in one snapshot."""
    if not rules:
        return {}
    keys = list(rules)
    params: dict[str, Any] = {"now": sql_time(now), "soon": sql_time(now + DUE_SOON_WINDOW)}
    sums: list[str] = []
    statuses: set[str] = set()
    for n, key in enumerate(keys):
        rule = rules[key]
        condition = rule_sql(rule)
        condition = re.sub(r":(f_\d+)\b", rf":r{n}_\1", condition)
        params.update({f"r{n}_{name}": value for name, value in rule.params})
        sums.append(f"total({condition})")
        statuses.update(rule.statuses)
    if not statuses:
        return dict.fromkeys(keys, 0)
    status_list = ", ".join(f"'{s}'" for s in sorted(statuses))
    narrow = ""
    if channels:
        narrow = " AND +c.channel IN (" + ", ".join(f":channel_{i}" for i in range(len(channels))) + ")"
        params.update({f"channel_{i}": c for i, c in enumerate(sorted(channels))})
    with contextlib.closing(store.raw()) as conn:
        row = conn.execute(
            f"SELECT {', '.join(sums)} FROM conversation AS c "
            f"WHERE c.status IN ({status_list}) AND c.deleted_at IS NULL{narrow}",
            params,
        ).fetchone()
    return {key: int(value or 0) for key, value in zip(keys, row, strict=True)}
