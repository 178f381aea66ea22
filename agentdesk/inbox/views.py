# SPDX-License-Identifier: GPL-3.0-or-later
"""The inbox views (My open, Unassigned, Tier 1–3, Due soon, Breached, …): their rules, their
order, their pages and their counts.

A view is a rule over conversations plus an order. ``ViewFilter`` names the view and what it
depends on: the agent at this desk (My open), the channels the agent narrowed the list to, and
the instant the time-based views (Due soon, Breached) are measured against.

**Orders.** The working views list the most urgent conversation first, in three parts:

1. conversations with a cached SLA due time (``due_at``), earliest first;
2. then those without one whose customer waits for an answer, longest waiting first;
3. then the rest, most recent activity first.

Follow-ups are ordered by their follow-up time (so the ones that are due come first), Solved by the
most recent activity. ``id`` breaks ties everywhere. A position in a view's order is a ``PageKey``
(part, time, id), and pages are read by keyset, "the next ``limit`` rows after this key", so a page
costs the same at row 50 as at row 150,000 and rows written meanwhile do not shift the rows
already loaded.

**Sorts.** A list can be sorted another way (``Sort``, a click on a column header): by last
activity (newest first), by priority (urgent first, each priority in urgency order) or by the
customer's name. A sort is an order the queries read by keyset like the view's own, so paging stays
exact; columns without such an order are not sortable. ``Sort.URGENCY`` is the working views'
order for any view (Follow-ups and Solved have their own); ``None`` is each view's own order.

**Due soon** is one rule, ``due_soon``: a due time from now to ``DUE_SOON_WINDOW`` ahead. The
Due soon view, its count and the amber SLA chip (``gui/sla_chips``) all use it.

**Query plans.** SQLite cannot read ``status IN (...)`` from an index in the order of the next
column, so each part is a ``UNION ALL`` with one arm per status, each arm a range on an index
that starts with ``status`` and continues with the part's order column (``ix_conversation_due``,
``ix_conversation_status_waiting``, ``ix_conversation_status_activity``); SQLite merges the arms
in order and stops after ``limit`` rows. Every other term is written with a unary plus
(``+c.tier = :tier``): it filters rows the index delivers but never makes the planner pick an index
that would need a sort. ``tests/unit/test_queries.py`` checks every view's plans with and without
statistics of a 200,000-conversation workspace: no table scan, no temporary b-tree.

Raw ``sqlite3`` cursors are used on these paths: SQLAlchemy's per-row type processing would cost
more than the queries themselves.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import functools
import re
import uuid
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from agentdesk.inbox.filter_sql import Rule
from agentdesk.store.database import Store
from agentdesk.store.models import ACTIVE_STATUSES, Channel, Status, sql_time

DEFAULT_PAGE = 200
DUE_SOON_WINDOW = dt.timedelta(hours=1)
"""Due soon: an active conversation whose earliest SLA due time lies within this much from now."""

SOLVED_STATUSES = (Status.SOLVED.value, Status.CLOSED.value)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def due_soon(due_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a due time is "due soon": not passed yet, and within ``DUE_SOON_WINDOW`` of ``now``.
    The Due soon view and its count (in SQL: ``due_at >= :now AND due_at < :soon``) and the amber
    SLA chip all answer to this."""
    return due_at is not None and now <= due_at < now + DUE_SOON_WINDOW


def overdue(due_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a due time has passed: the Breached view's rule and the red SLA chip's."""
    return due_at is not None and due_at < now


class Sort(enum.StrEnum):
    """How a list is sorted by a column header (``None``: the view's own order)."""

    URGENCY = "urgency"
    ACTIVITY = "activity"
    PRIORITY = "priority"
    CUSTOMER = "customer"


PRIORITY_ORDER = ("urgent", "high", "normal", "low")
"""Priorities, most pressing first: the order of ``Sort.PRIORITY``."""


class View(enum.StrEnum):
    MY_OPEN = "my_open"
    UNASSIGNED = "unassigned"
    TIER_1 = "tier_1"
    TIER_2 = "tier_2"
    TIER_3 = "tier_3"
    DUE_SOON = "due_soon"
    BREACHED = "breached"
    WAITING_ON_CUSTOMER = "waiting_on_customer"
    FOLLOW_UPS = "follow_ups"
    SOLVED = "solved"
    ALL = "all"
    SNOOZED = "snoozed"


TIME_BASED_VIEWS = frozenset({View.DUE_SOON, View.BREACHED})
"""Views whose rule depends on the instant: their lists go stale as time passes."""

AWAKE_VIEWS = frozenset(
    {
        View.MY_OPEN,
        View.UNASSIGNED,
        View.TIER_1,
        View.TIER_2,
        View.TIER_3,
        View.DUE_SOON,
        View.BREACHED,
        View.WAITING_ON_CUSTOMER,
    }
)
"""The working views: a snoozed conversation (``agentdesk.inbox.snooze``) is not in them; the
Snoozed view lists it, Follow-ups, Solved and All still do."""


@dataclass(frozen=True, slots=True)
class ViewFilter:
    """What one list shows: a view, narrowed to ``channels`` (all channels when empty).

    ``agent_id`` is the agent at this desk (My open is empty without one). ``now`` is the instant
    Due soon and Breached are measured against; a list keeps its filter while it pages, so the
    rows of one list all answer to the same instant.
    """

    view: View
    agent_id: uuid.UUID | None = None
    channels: frozenset[str] = frozenset()
    now: dt.datetime | None = None
    sort: Sort | None = None
    rule: Rule | None = None  # a saved view's or team queue's filters (``view`` is then ALL)
    everyone: bool = False  # Follow-ups of every agent, not only the agent's own

    def __post_init__(self) -> None:
        unknown = set(self.channels) - set(Channel.values())
        if unknown:
            raise ValueError(f"unknown channels: {sorted(unknown)}")
        if self.needs_now and self.now is None:
            raise ValueError(f"the {self.view} view needs an instant to measure against")

    @property
    def needs_now(self) -> bool:
        """The list depends on the instant (Due soon, Breached, a rule on SLA states)."""
        return self.view in TIME_BASED_VIEWS or (self.rule is not None and self.rule.needs_now)

    @property
    def own_follow_ups(self) -> bool:
        """Follow-ups lists the agent's own (those assigned to them) unless ``everyone``."""
        return self.view == View.FOLLOW_UPS and not self.everyone and self.agent_id is not None

    def at(self, now: dt.datetime) -> ViewFilter:
        return dataclasses.replace(self, now=now)

    def includes(self, row: InboxRow) -> bool:
        """Whether the view lists ``row``: the rule its queries apply, for a row already read."""
        view = self.view
        if self.channels and row.channel not in self.channels:
            return False
        if view == View.FOLLOW_UPS:
            return row.follow_up_at is not None and (
                not self.own_follow_ups or row.assignee_id == self.agent_id
            )
        if row.status not in _statuses(view, self.rule):
            return False
        if view == View.SNOOZED:
            return row.snoozed_until is not None
        if view in AWAKE_VIEWS and row.snoozed_until is not None:
            return False
        if self.rule is not None:
            return True  # the rule's other fields are not in a list row: its query decides
        if view == View.MY_OPEN:
            return self.agent_id is not None and row.assignee_id == self.agent_id
        if view == View.UNASSIGNED:
            return row.assignee_id is None
        tier = _tier(view)
        if tier is not None:
            return row.tier == tier
        if view in TIME_BASED_VIEWS:
            now = self.now
            if row.due_at is None or now is None:
                return False
            if view == View.BREACHED:
                return overdue(row.due_at, now)
            return due_soon(row.due_at, now)
        return True


@dataclass(frozen=True, slots=True)
class PageKey:
    """A position in a view's order: the part, the part's order value there (a time, or the
    customer's name for ``Sort.CUSTOMER``), and the id."""

    part: int
    at: dt.datetime | str
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One line of the inbox list: only what the list shows.

    ``excerpt`` and ``matched`` are set for search results: the matched text, its matched words
    between ``search.HIGHLIGHT_START`` and ``search.HIGHLIGHT_END``, and where it matched
    (``number``, ``subject``, ``message`` or ``customer``).
    """

    id: uuid.UUID
    number: int | None
    channel: str
    subject: str
    snippet: str
    customer_name: str
    status: str
    priority: str
    tier: int
    assignee_name: str | None
    mood: str | None
    waiting_since: dt.datetime | None
    last_activity_at: dt.datetime
    message_count: int
    due_at: dt.datetime | None = None
    follow_up_at: dt.datetime | None = None
    excerpt: str = ""
    matched: str = ""
    assignee_id: uuid.UUID | None = None
    snoozed_until: dt.datetime | None = None

    @property
    def awaiting_reply(self) -> bool:
        """A customer message has no public answer yet."""
        return self.waiting_since is not None


# -- orders -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Part:
    """One part of an order: rows matching ``terms``, by ``column`` then id."""

    column: str  # the order column, a column of ``conversation``
    descending: bool
    terms: tuple[str, ...]  # SQL terms that select the part (on alias ``c``)
    by_status: bool = True  # read through one index arm per status
    by_customer: bool = False  # ordered by the customer's name (``column`` is on alias ``cu``)
    urgency_slot: int | None = None  # which part of the urgency order this is (0 due, 1 waiting, 2 rest)


_URGENCY = (
    _Part("due_at", False, ("c.due_at IS NOT NULL",), urgency_slot=0),
    _Part("waiting_since", False, ("c.waiting_since IS NOT NULL", "+c.due_at IS NULL"), urgency_slot=1),
    _Part("last_activity_at", True, ("+c.waiting_since IS NULL", "+c.due_at IS NULL"), urgency_slot=2),
)
_DUE_SOON = (_Part("due_at", False, ("c.due_at >= :now", "c.due_at < :soon")),)
_BREACHED = (_Part("due_at", False, ("c.due_at IS NOT NULL", "c.due_at < :now")),)
_FOLLOW_UPS = (_Part("follow_up_at", False, ("c.follow_up_at >= :epoch",), by_status=False),)
_RECENT = (_Part("last_activity_at", True, ()),)


_VIEW_TIME_TERMS = {
    View.DUE_SOON: ("+c.due_at >= :now", "+c.due_at < :soon"),
    View.BREACHED: ("+c.due_at < :now",),
    View.FOLLOW_UPS: ("+c.follow_up_at >= :epoch",),
}


def _by_priority(extra: tuple[str, ...]) -> tuple[_Part, ...]:
    """Urgent first, each priority in urgency order: one urgency part per priority."""
    return tuple(
        dataclasses.replace(part, terms=(*part.terms, f"+c.priority = '{priority}'", *extra))
        for priority in PRIORITY_ORDER
        for part in _URGENCY
    )


@functools.cache
def _sorted_parts(view: View, sort: Sort) -> tuple[_Part, ...]:
    extra = _VIEW_TIME_TERMS.get(view, ())
    if sort == Sort.URGENCY:
        return tuple(dataclasses.replace(part, terms=(*part.terms, *extra)) for part in _URGENCY)
    if sort == Sort.ACTIVITY:
        return (_Part("last_activity_at", True, extra),)
    if sort == Sort.PRIORITY:
        return _by_priority(extra)
    return (_Part("name", False, extra, by_status=False, by_customer=True),)


def _parts(view: View, sort: Sort | None = None) -> tuple[_Part, ...]:
    own_is_urgency = view not in (View.FOLLOW_UPS, View.SOLVED)  # Due soon and Breached: due_at only
    if sort is not None and not (sort == Sort.URGENCY and own_is_urgency):
        return _sorted_parts(view, sort)
    if view == View.DUE_SOON:
        return _DUE_SOON
    if view == View.BREACHED:
        return _BREACHED
    if view == View.FOLLOW_UPS:
        return _FOLLOW_UPS
    if view == View.SOLVED:
        return _RECENT
    return _URGENCY


def _statuses(view: View, rule: Rule | None = None) -> tuple[str, ...]:
    if rule is not None:
        return rule.statuses
    if view == View.WAITING_ON_CUSTOMER:
        return (Status.PENDING.value,)
    if view == View.SOLVED:
        return SOLVED_STATUSES
    if view in (View.ALL, View.FOLLOW_UPS):
        return Status.values()
    return ACTIVE_STATUSES


def _view_terms(view: View, channel_count: int, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The view's own rule beyond status, as unindexed terms (see the module docstring); ``extra``
    are a rule's terms, or the own-follow-ups term."""
    terms: list[str] = list(extra)
    if view in AWAKE_VIEWS:
        terms.append("+c.snoozed_until IS NULL")
    elif view == View.SNOOZED:
        terms.append("+c.snoozed_until IS NOT NULL")
    if view == View.MY_OPEN:
        terms.append("+c.assignee_id = :agent")
    elif view == View.UNASSIGNED:
        terms.append("+c.assignee_id IS NULL")
    elif view in (View.TIER_1, View.TIER_2, View.TIER_3):
        terms.append("+c.tier = :tier")
    if channel_count:
        marks = ", ".join(f":channel_{i}" for i in range(channel_count))
        terms.append(f"+c.channel IN ({marks})")
    return tuple(terms)


def _tier(view: View) -> int | None:
    return {View.TIER_1: 1, View.TIER_2: 2, View.TIER_3: 3}.get(view)


def page_key(view_filter: ViewFilter, row: InboxRow) -> PageKey:
    """Where ``row`` sits in the order of ``view_filter``'s view."""
    sort = view_filter.sort
    parts = _parts(view_filter.view, sort)
    if parts[0].urgency_slot is not None:
        offset = 0
        if sort == Sort.PRIORITY:
            rank = PRIORITY_ORDER.index(row.priority) if row.priority in PRIORITY_ORDER else 2
            offset = rank * len(_URGENCY)
        if row.due_at is not None:
            return PageKey(offset, row.due_at, row.id)
        if row.waiting_since is not None:
            return PageKey(offset + 1, row.waiting_since, row.id)
        return PageKey(offset + 2, row.last_activity_at, row.id)
    if sort == Sort.CUSTOMER:
        return PageKey(0, row.customer_name, row.id)
    at = getattr(row, parts[0].column)
    return PageKey(0, at if at is not None else _EPOCH, row.id)


def comes_after(view_filter: ViewFilter, a: PageKey, b: PageKey) -> bool:
    """Whether position ``a`` comes after position ``b`` in the view's order."""
    if a.part != b.part:
        return a.part > b.part
    parts = _parts(view_filter.view, view_filter.sort)
    descending = parts[min(a.part, len(parts) - 1)].descending
    a_key, b_key = (a.at, a.id.int), (b.at, b.id.int)
    if descending:
        return a_key < b_key  # one part holds one type
    return a_key > b_key


# -- pages ------------------------------------------------------------------------------------------

_COLUMNS = """c.id AS conversation_id, c.number, c.channel, c.subject, c.snippet,
    cu.name AS customer_name, c.status, c.priority, c.tier, a.name AS assignee_name, c.mood,
    c.waiting_since AS waiting_since, c.last_activity_at AS last_activity_at, c.message_count,
    c.due_at AS due_at, c.follow_up_at AS follow_up_at, c.assignee_id, c.snoozed_until AS snoozed_until"""
# "+c.customer_id": conversation stays the outer loop even where statistics say customers are few.
_FROM = """FROM conversation AS c
    JOIN customer AS cu ON cu.id = +c.customer_id
    LEFT JOIN agent AS a ON a.id = c.assignee_id"""


_OWN_FOLLOW_UPS = ("+c.assignee_id = :agent",)


def _extra_terms(view_filter: ViewFilter) -> tuple[str, ...]:
    if view_filter.rule is not None:
        return view_filter.rule.terms
    return _OWN_FOLLOW_UPS if view_filter.own_follow_ups else ()


_ONE_TEAM = re.compile(r"\(\+c\.team_id IN \((:f_\d+)\)\)")
TEAM_ORDER_INDEXES = {
    "due_at": "ix_conversation_team_due",
    "waiting_since": "ix_conversation_team_status",
    "last_activity_at": "ix_conversation_team_activity",
}
"""A part of a view on one team reads that team's rows in the part's order from these indexes."""


def _indexed_term(term: str, column: str) -> str:
    """A rule's term as the index of a part ordered by ``column`` can read it.

    One team (a team queue, ``team:billing``): an equality the planner may use, as every order
    column has an index that starts with the team and the status (``TEAM_ORDER_INDEXES``), so a
    team's page reads only that team's rows. A range on the order column itself (``updated>=``
    on a list by last activity): an index range, so the list ends where the range does instead
    of reading every older row. Every other term stays unindexed (``+c.``)."""
    one_team = _ONE_TEAM.fullmatch(term)
    if one_team is not None and column in TEAM_ORDER_INDEXES:
        return f"c.team_id = {one_team.group(1)}"
    if term.startswith((f"+c.{column} ", f"(+c.{column} ")) and " OR " not in term:
        return term.replace(f"+c.{column} ", f"c.{column} ")
    return term


@functools.lru_cache(maxsize=512)
def _part_sql(
    view: View,
    part_index: int,
    channel_count: int,
    keyed: bool,
    sort: Sort | None = None,
    extra: tuple[str, ...] = (),
    status_count: int | None = None,
) -> str:
    """The SQL of one part of a view's page, built once per shape (``extra``: a rule's terms;
    ``status_count``: how many statuses the rule reads, instead of the view's)."""
    part = _parts(view, sort)[part_index]
    statuses = len(_statuses(view)) if status_count is None else status_count
    if part.by_status and not part.by_customer:
        extra = tuple(_indexed_term(term, part.column) for term in extra)
    terms = ["c.deleted_at IS NULL", *part.terms, *_view_terms(view, channel_count, extra)]
    direction = "DESC" if part.descending else "ASC"
    if part.by_customer:
        # Customers in name order (ix_customer_name), each one's conversations through
        # ix_conversation_customer; only conversations of one name are sorted by id.
        marks = ", ".join(f":status_{i}" for i in range(statuses))
        terms.append(f"+c.status IN ({marks})")
        if keyed:
            terms.append("(cu.name, c.id) > (:after_at, :after_id)")
        return (
            f"SELECT {_COLUMNS} FROM customer AS cu CROSS JOIN conversation AS c ON c.customer_id = cu.id "
            f"LEFT JOIN agent AS a ON a.id = c.assignee_id WHERE {' AND '.join(terms)} "
            "ORDER BY cu.name, c.id LIMIT :page_limit"
        )
    if keyed:
        op = "<" if part.descending else ">"
        terms.append(f"(c.{part.column}, c.id) {op} (:after_at, :after_id)")
    order = f"ORDER BY {part.column} {direction}, conversation_id {direction} LIMIT :page_limit"
    if not part.by_status:
        return f"SELECT {_COLUMNS} {_FROM} WHERE {' AND '.join(terms)} {order}"
    arms = [
        f"SELECT {_COLUMNS} {_FROM} WHERE c.status = :status_{i} AND {' AND '.join(terms)}"
        for i in range(statuses)
    ]
    return "\nUNION ALL\n".join(arms) + f"\n{order}"


def _params(view_filter: ViewFilter, after: PageKey | None, limit: int) -> dict[str, Any]:
    view = view_filter.view
    params: dict[str, Any] = {f"status_{i}": s for i, s in enumerate(_statuses(view, view_filter.rule))}
    params.update({f"channel_{i}": c for i, c in enumerate(sorted(view_filter.channels))})
    params["page_limit"] = limit
    params["epoch"] = sql_time(_EPOCH)
    if view == View.MY_OPEN or view_filter.own_follow_ups:
        params["agent"] = view_filter.agent_id.hex if view_filter.agent_id else None
    if view_filter.rule is not None:
        params.update(view_filter.rule.params)
    tier = _tier(view)
    if tier is not None:
        params["tier"] = tier
    if view_filter.now is not None:
        params["now"] = sql_time(view_filter.now)
        params["soon"] = sql_time(view_filter.now + DUE_SOON_WINDOW)
    if after is not None:
        params["after_at"] = after.at if isinstance(after.at, str) else sql_time(after.at)
        params["after_id"] = after.id.hex  # Uuid is CHAR(32) hex on SQLite
    return params


# -- rows from raw tuples -----------------------------------------------------------------------
#
# A page is 200 rows and SQLite hands each over in a few microseconds, so building the row objects
# would cost more than the query if done the usual way (``InboxRow(...)``, ``uuid.UUID(hex=...)``,
# ``parse_sql_time``): bench/ holds a page to 1.3× the raw ``sqlite3`` time. The helpers below make
# the same objects with less work: a frozen dataclass's ``__init__`` sets each field through
# ``object.__setattr__``, while its slot descriptors can be set directly; a UUID is its 128-bit
# integer; stored times are UTC, so the zone is appended to the text rather than replaced after
# parsing. ``tests/bench/test_fast_rows.py`` compares them with the plain constructors.

_new = object.__new__
_UUID = uuid.UUID
_set_uuid_int = _UUID.__dict__["int"].__set__  # UUID has slots "int" and "is_safe"
_set_uuid_safe = _UUID.__dict__["is_safe"].__set__
_SAFE_UNKNOWN = uuid.SafeUUID.unknown
_from_iso = dt.datetime.fromisoformat
_agent_ids: dict[str, uuid.UUID] = {}  # agents are few; their ids repeat on every row


def uuid_from_hex(hex_id: str) -> uuid.UUID:
    """``uuid.UUID(hex=hex_id)`` for the 32 hex digits SQLite stores, without re-validating them."""
    value = _new(_UUID)
    _set_uuid_int(value, int(hex_id, 16))
    _set_uuid_safe(value, _SAFE_UNKNOWN)
    return value


def _agent_uuid(hex_id: str) -> uuid.UUID:
    found = _agent_ids.get(hex_id)
    if found is None:
        if len(_agent_ids) > 4096:
            _agent_ids.clear()
        found = _agent_ids[hex_id] = uuid_from_hex(hex_id)
    return found


_FIELD_SETTERS = {f.name: InboxRow.__dict__[f.name].__set__ for f in dataclasses.fields(InboxRow)}
(
    _set_id,
    _set_number,
    _set_channel,
    _set_subject,
    _set_snippet,
    _set_customer_name,
    _set_status,
    _set_priority,
    _set_tier,
    _set_assignee_name,
    _set_mood,
    _set_waiting_since,
    _set_last_activity_at,
    _set_message_count,
    _set_due_at,
    _set_follow_up_at,
    _set_excerpt,
    _set_matched,
    _set_assignee_id,
    _set_snoozed_until,
) = _FIELD_SETTERS.values()


def _row_of(
    conversation_id: str,
    number: int | None,
    channel: str,
    subject: str,
    snippet: str,
    customer_name: str,
    status: str,
    priority: str,
    tier: int,
    assignee_name: str | None,
    mood: str | None,
    waiting_since: str | None,
    last_activity_at: str,
    message_count: int,
    due_at: str | None,
    follow_up_at: str | None,
    assignee_id: str | None,
    snoozed_until: str | None = None,
) -> InboxRow:
    """The ``InboxRow`` of the columns of ``_COLUMNS`` (equal to building it with ``InboxRow(...)``);
    called with a row's values spread (``itertools.starmap``), which saves indexing the tuple."""
    row = _new(InboxRow)
    _set_id(row, uuid_from_hex(conversation_id))
    _set_number(row, number)
    _set_channel(row, channel)
    _set_subject(row, subject)
    _set_snippet(row, snippet)
    _set_customer_name(row, customer_name)
    _set_status(row, status)
    _set_priority(row, priority)
    _set_tier(row, tier)
    _set_assignee_name(row, assignee_name)
    _set_mood(row, mood)
    _set_waiting_since(row, _from_iso(waiting_since + "+00:00") if waiting_since is not None else None)
    _set_last_activity_at(row, _from_iso(last_activity_at + "+00:00"))
    _set_message_count(row, message_count)
    _set_due_at(row, _from_iso(due_at + "+00:00") if due_at is not None else None)
    _set_follow_up_at(row, _from_iso(follow_up_at + "+00:00") if follow_up_at is not None else None)
    _set_excerpt(row, "")
    _set_matched(row, "")
    _set_assignee_id(row, _agent_uuid(assignee_id) if assignee_id else None)
    _set_snoozed_until(row, _from_iso(snoozed_until + "+00:00") if snoozed_until is not None else None)
    return row


def _inbox_row(r: Sequence[Any]) -> InboxRow:
    """The ``InboxRow`` of a row of ``_COLUMNS``."""
    return _row_of(*r)


# The setters of the columns of ``_COLUMNS``, in their order (a search's excerpt and match are
# not columns of the list).
_SETTERS = tuple(setter for name, setter in _FIELD_SETTERS.items() if name not in ("excerpt", "matched"))
_UTC_SUFFIX = "+00:00"


def _times(values: Iterable[str | None]) -> list[dt.datetime | None]:
    return [None if v is None else _from_iso(v + _UTC_SUFFIX) for v in values]


def _inbox_rows(raw: Sequence[Sequence[Any]]) -> list[InboxRow]:
    """The ``InboxRow`` of each row of ``_COLUMNS`` (equal to ``_inbox_row`` of each), built a
    column at a time: every slot of every row is set by ``map`` calling the slot's setter, so
    no Python function runs per row and field (a page of 200 rows in about a third of the time
    ``_row_of`` takes, which is what keeps a page near the raw ``sqlite3`` time)."""
    count = len(raw)
    if count == 0:
        return []
    columns: list[Sequence[Any]] = list(zip(*raw, strict=True))
    if len(columns) == len(_SETTERS) - 1:  # rows of an older column list: no snoozed_until
        columns.append((None,) * count)
    rows = list(map(_new, repeat(InboxRow, count)))
    ids = list(map(_new, repeat(_UUID, count)))
    deque(map(_set_uuid_int, ids, map(int, columns[0], repeat(16, count))), maxlen=0)
    deque(map(_set_uuid_safe, ids, repeat(_SAFE_UNKNOWN, count)), maxlen=0)
    agents = {v: _agent_uuid(v) for v in set(columns[16]) if v}
    columns[0] = ids
    columns[11] = _times(columns[11])
    columns[12] = list(map(_from_iso, map(str.__add__, columns[12], repeat(_UTC_SUFFIX, count))))
    for at in (14, 15, 17):
        columns[at] = _times(columns[at])
    columns[16] = [agents[v] if v else None for v in columns[16]]
    for setter, values in zip(_SETTERS, columns, strict=True):
        deque(map(setter, rows, values), maxlen=0)
    deque(map(_set_excerpt, rows, repeat("", count)), maxlen=0)
    deque(map(_set_matched, rows, repeat("", count)), maxlen=0)
    return rows


def _statements(
    view_filter: ViewFilter, after: PageKey | None, limit: int
) -> Iterable[tuple[int, str, dict[str, Any]]]:
    """(part, SQL, parameters) for the parts a page starting after ``after`` may read, in order."""
    first = after.part if after is not None else 0
    channel_count = len(view_filter.channels)
    rule = view_filter.rule
    extra = _extra_terms(view_filter)
    status_count = len(rule.statuses) if rule is not None else None
    parts = _parts(view_filter.view, view_filter.sort)
    if rule is not None and "0" in rule.terms:
        return  # "team:me" without a team, "assignee:me" with nobody at the desk: nothing to read
    for index in range(first, len(parts)):
        if rule is not None and rule.needs_due and parts[index].urgency_slot in (1, 2):
            continue  # the parts without a due time: the rule can find nothing there
        if (
            rule is not None
            and rule.priorities is not None
            and view_filter.sort == Sort.PRIORITY
            and PRIORITY_ORDER[index // len(_URGENCY)] not in rule.priorities
        ):
            continue  # the parts of priorities the rule leaves out
        keyed = after is not None and index == after.part
        sql = _part_sql(view_filter.view, index, channel_count, keyed, view_filter.sort, extra, status_count)
        yield index, sql, _params(view_filter, after if keyed else None, limit)


def inbox_page(
    store: Store, view_filter: ViewFilter, after: PageKey | None = None, limit: int = DEFAULT_PAGE
) -> list[InboxRow]:
    """The next ``limit`` rows of the view after ``after`` (from the top when None).

    A page may span several parts of the order; a page shorter than ``limit`` means the list is
    complete. All parts are read in one snapshot.
    """
    if limit <= 0 or (view_filter.view == View.MY_OPEN and view_filter.agent_id is None):
        return []
    if view_filter.rule is not None and not view_filter.rule.statuses:
        return []  # the rule leaves out every status
    rows: list[InboxRow] = []
    conn = store.engine.raw_connection()
    try:
        cursor = conn.cursor()
        cursor.execute("BEGIN")
        try:
            for _part, sql, params in _statements(view_filter, after, limit):
                params["page_limit"] = limit - len(rows)
                rows.extend(_inbox_rows(cursor.execute(sql, params).fetchall()))
                if len(rows) >= limit:
                    break
        finally:
            cursor.execute("COMMIT")
            cursor.close()
    finally:
        conn.close()
    return rows


def explain_inbox_page(store: Store, view_filter: ViewFilter, after: PageKey | None = None) -> list[str]:
    """SQLite's plan (``EXPLAIN QUERY PLAN`` detail lines) for every statement such a page may run."""
    with contextlib.closing(store.raw()) as conn:
        return [
            str(r[3])
            for _part, sql, params in _statements(view_filter, after, 1)
            for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)
        ]


def inbox_rows(store: Store, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, InboxRow]:
    """The list rows of these conversations (deleted ones left out), by id; for search results."""
    found: dict[uuid.UUID, InboxRow] = {}
    if not ids:
        return found
    conn = store.engine.raw_connection()
    try:
        cursor = conn.cursor()
        for offset in range(0, len(ids), 500):
            chunk = [i.hex for i in ids[offset : offset + 500]]
            marks = ", ".join("?" * len(chunk))
            cursor.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE c.id IN ({marks}) AND c.deleted_at IS NULL", chunk
            )
            for row in _inbox_rows(cursor.fetchall()):
                found[row.id] = row
        cursor.close()
    finally:
        conn.close()
    return found


# -- counts -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ViewCounts:
    """How many conversations each view lists (narrowed to the same channels), at ``now``."""

    now: dt.datetime
    counts: dict[View, int]
    saved: dict[str, int] = dataclasses.field(default_factory=dict)  # saved views and team queues, by key

    def __getitem__(self, view: View) -> int:
        return self.counts.get(view, 0)

    def saved_count(self, key: str) -> int | None:
        return self.saved.get(key)


def count_views(
    store: Store,
    agent_id: uuid.UUID | None,
    channels: frozenset[str],
    now: dt.datetime,
    *,
    everyone_follow_ups: bool = False,
) -> ViewCounts:
    """Every view's count in three queries, in one snapshot. Follow-ups counts the agent's own
    unless ``everyone_follow_ups`` (or nobody works at this desk), as its list does.

    The working views are counted in one pass over the active conversations (an index range on
    status), follow-ups through their own index, and solved and closed ones through the status
    index. That last count still reads every solved row for its tombstone (``deleted_at`` is in no
    index), so at 200,000 conversations it takes tens of milliseconds: call this off the GUI thread.
    """
    channel_marks = ", ".join(f":channel_{i}" for i in range(len(channels)))
    # "+channel": the status and follow-up indexes stay the ones read (the channel index would
    # make the planner visit every row of the channel instead).
    narrow = f" AND +channel IN ({channel_marks})" if channels else ""
    params: dict[str, Any] = {f"channel_{i}": c for i, c in enumerate(sorted(channels))}
    params.update(
        agent=agent_id.hex if agent_id else None,
        now=sql_time(now),
        soon=sql_time(now + DUE_SOON_WINDOW),
        epoch=sql_time(_EPOCH),
    )
    active = ", ".join(f"'{s}'" for s in ACTIVE_STATUSES)
    solved = ", ".join(f"'{s}'" for s in SOLVED_STATUSES)
    conn = store.raw()
    try:
        conn.execute("BEGIN")
        try:
            (total_active, mine, unassigned, tier1, tier2, tier3, due_soon, breached, pending, snoozed) = (
                conn.execute(
                    # "awake": the working views leave snoozed conversations out
                    "SELECT count(*), total(awake AND assignee_id = :agent), "
                    "total(awake AND assignee_id IS NULL), "
                    "total(awake AND tier = 1), total(awake AND tier = 2), total(awake AND tier = 3), "
                    "total(awake AND due_at >= :now AND due_at < :soon), total(awake AND due_at < :now), "
                    "total(awake AND status = 'pending'), total(NOT awake) "
                    "FROM (SELECT *, snoozed_until IS NULL AS awake FROM conversation "
                    f"WHERE status IN ({active}) AND deleted_at IS NULL{narrow})",
                    params,
                ).fetchone()
            )
            own = " AND +assignee_id = :agent" if agent_id is not None and not everyone_follow_ups else ""
            (follow_ups,) = conn.execute(
                "SELECT count(*) FROM conversation "
                f"WHERE follow_up_at >= :epoch AND deleted_at IS NULL{narrow}{own}",
                params,
            ).fetchone()
            (total_solved,) = conn.execute(
                "SELECT count(*) FROM conversation "
                f"WHERE status IN ({solved}) AND deleted_at IS NULL{narrow}",
                params,
            ).fetchone()
        finally:
            conn.execute("COMMIT")
    finally:
        conn.close()
    counts = {
        View.MY_OPEN: mine,
        View.UNASSIGNED: unassigned,
        View.TIER_1: tier1,
        View.TIER_2: tier2,
        View.TIER_3: tier3,
        View.DUE_SOON: due_soon,
        View.BREACHED: breached,
        View.WAITING_ON_CUSTOMER: pending,
        View.FOLLOW_UPS: follow_ups,
        View.SOLVED: total_solved,
        View.ALL: total_active + total_solved,
        View.SNOOZED: snoozed,
    }
    return ViewCounts(now, {view: int(n or 0) for view, n in counts.items()})


__all__ = [
    "AWAKE_VIEWS",
    "DEFAULT_PAGE",
    "DUE_SOON_WINDOW",
    "PRIORITY_ORDER",
    "InboxRow",
    "PageKey",
    "Sort",
    "TIME_BASED_VIEWS",
    "View",
    "ViewCounts",
    "ViewFilter",
    "comes_after",
    "count_views",
    "due_soon",
    "explain_inbox_page",
    "inbox_page",
    "inbox_rows",
    "overdue",
    "page_key",
    "uuid_from_hex",
]
