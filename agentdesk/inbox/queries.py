# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-side queries for the inbox list and the conversation pane.

Everything here hands out plain frozen dataclasses, never live ORM objects, so a view can keep them
as long as it likes without a session and without lazy loads on the GUI thread.

**The default inbox order** is "longest-waiting customer first", in two parts:

1. conversations with ``waiting_since`` set (a customer message awaits an answer), oldest first;
2. the rest, most recent ``last_activity_at`` first.

``id`` breaks ties inside each part. A position in that order is an ``InboxKey`` (part, time, id),
and pages are read by keyset: "the next ``limit`` rows after this key", so a page costs the same at
row 50 as at row 150,000, and rows written meanwhile do not shift the rows already loaded.

**Query plans.** SQLite cannot read ``status IN (...)`` from an index in the order of the next
column, so ``status IN (...) ORDER BY waiting_since`` would collect every matching row into a temp
b-tree. Each page is therefore a ``UNION ALL`` with one arm per status, each arm a range on
``ix_conversation_status_waiting`` or ``ix_conversation_status_activity`` already in key order; SQLite
merges the arms (``MERGE (UNION ALL)``) and stops after ``limit`` rows. In the second part the
``waiting_since IS NULL`` test is written as ``+waiting_since IS NULL``: with ``sqlite_stat1`` present
the planner otherwise prefers the waiting index for that equality and sorts the whole status in a
temp b-tree. Likewise the customer join compares with ``+conversation.customer_id`` so that
conversation stays the outer loop. ``tests/unit/test_queries.py`` checks the plans, with and without
statistics of a 200,000-conversation workspace.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    Uuid,
    bindparam,
    func,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from agentdesk.errors import NotFoundError
from agentdesk.store.database import Store, translate_sqlite_error
from agentdesk.store.models import (
    ACTIVE_STATUSES,
    Agent,
    Attachment,
    Conversation,
    ConversationEvent,
    Customer,
    EventKind,
    Message,
    Status,
    SurveyKind,
    SurveyResponse,
    Team,
    UtcDateTime,
    parse_sql_time,
    sql_time,
)

DEFAULT_PAGE = 200
OTHER_CONVERSATIONS_LIMIT = 100


# -- inbox list ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InboxKey:
    """A position in the default inbox order.

    ``waiting`` names the part (True: awaiting an answer, ordered by ``at`` ascending; False: the
    rest, ordered by ``at`` descending); ``at`` is ``waiting_since`` or ``last_activity_at``.
    """

    waiting: bool
    at: dt.datetime
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One line of the inbox list: only what the list shows."""

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

    @property
    def awaiting_reply(self) -> bool:
        """A customer message has no public answer yet."""
        return self.waiting_since is not None

    @property
    def key(self) -> InboxKey:
        if self.waiting_since is not None:
            return InboxKey(True, self.waiting_since, self.id)
        return InboxKey(False, self.last_activity_at, self.id)


@dataclass(frozen=True, slots=True)
class InboxCounts:
    total: int
    waiting: int


def _statuses(include_closed: bool) -> tuple[str, ...]:
    return Status.values() if include_closed else ACTIVE_STATUSES


_assignee = aliased(Agent, name="assignee")

_ROW_COLUMNS = (
    Conversation.id.label("conversation_id"),  # a plain "id" is ambiguous in the compound's ORDER BY
    Conversation.number,
    Conversation.channel,
    Conversation.subject,
    Conversation.snippet,
    Customer.name.label("customer_name"),
    Conversation.status,
    Conversation.priority,
    Conversation.tier,
    _assignee.name.label("assignee_name"),
    Conversation.mood,
    Conversation.waiting_since,
    Conversation.last_activity_at,
    Conversation.message_count,
)


def _unindexed(column: Any) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite will not use an index on ``column`` for the term."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _row_select(*where: ColumnElement[bool]) -> Select[Any]:
    # "+customer_id": conversation stays the outer loop even where statistics say customers are few.
    return (
        select(*_ROW_COLUMNS)
        .join(Customer, Customer.id == _unindexed(Conversation.__table__.c.customer_id))
        .outerjoin(_assignee, _assignee.id == Conversation.assignee_id)
        .where(Conversation.deleted_at.is_(None), *where)
    )


def _after_pair() -> Any:
    # Typed binds: a bare tuple_ would bind the time as a plain DateTime, not UtcDateTime.
    return tuple_(bindparam("after_at", None, type_=UtcDateTime()), bindparam("after_id", None, type_=Uuid()))


def _status_arms(statuses: Sequence[str]) -> list[ColumnElement[bool]]:
    return [Conversation.status == bindparam(f"status_{i}", s) for i, s in enumerate(statuses)]


def _waiting_part(statuses: Sequence[str], keyed: bool) -> CompoundSelect:
    """Conversations awaiting an answer, oldest ``waiting_since`` first."""
    if keyed:
        position = tuple_(Conversation.waiting_since, Conversation.id) > _after_pair()
    else:
        position = Conversation.waiting_since.is_not(None)
    union = union_all(*(_row_select(arm, position) for arm in _status_arms(statuses)))
    columns = union.selected_columns
    return union.order_by(columns.waiting_since.asc(), columns.conversation_id.asc()).limit(
        bindparam("page_limit", 0, type_=Integer())
    )


def _not_waiting() -> ColumnElement[bool]:
    # "+waiting_since": keeps the planner off the waiting index for this part (module docstring).
    return _unindexed(Conversation.__table__.c.waiting_since).is_(None)


def _activity_part(statuses: Sequence[str], keyed: bool) -> CompoundSelect:
    """Conversations nobody is waiting on, most recent ``last_activity_at`` first."""
    where = [_not_waiting()]
    if keyed:
        where.append(tuple_(Conversation.last_activity_at, Conversation.id) < _after_pair())
    union = union_all(*(_row_select(arm, *where) for arm in _status_arms(statuses)))
    columns = union.selected_columns
    return union.order_by(columns.last_activity_at.desc(), columns.conversation_id.desc()).limit(
        bindparam("page_limit", 0, type_=Integer())
    )


@functools.cache
def _page_sql(waiting: bool, statuses: tuple[str, ...], keyed: bool) -> tuple[str, dict[str, Any]]:
    """The SQL of one part and its fixed parameters, compiled once.

    Built with Core and run on the DBAPI cursor: SQLAlchemy's per-execution cache-key walk over a
    union of four to six arms and its row processing cost more than the query itself.
    """
    query = _waiting_part(statuses, keyed) if waiting else _activity_part(statuses, keyed)
    compiled = query.compile(dialect=_NAMED_SQLITE)
    fixed = {k: v for k, v in compiled.construct_params().items() if k.startswith(("status_", "param_"))}
    return str(compiled), fixed


_NAMED_SQLITE = sqlite_dialect(paramstyle="named")


def _part_params(
    waiting: bool, statuses: tuple[str, ...], after: InboxKey | None, limit: int
) -> tuple[str, dict[str, Any]]:
    sql, fixed = _page_sql(waiting, statuses, after is not None)
    params = dict(fixed, page_limit=limit)
    if after is not None:
        params["after_at"] = sql_time(after.at)
        params["after_id"] = after.id.hex  # Uuid is CHAR(32) hex on SQLite
    return sql, params


def _inbox_row(r: tuple[Any, ...]) -> InboxRow:
    waiting = r[11]
    return InboxRow(
        uuid.UUID(hex=r[0]),
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        None if waiting is None else parse_sql_time(waiting),
        parse_sql_time(r[12]),  # type: ignore[arg-type]
        r[13],
    )


def inbox_page(
    store: Store, after: InboxKey | None, limit: int = DEFAULT_PAGE, *, include_closed: bool = False
) -> list[InboxRow]:
    """The next ``limit`` rows of the inbox after ``after`` (from the top when None).

    Active conversations only (new, open, pending, on hold) unless ``include_closed``. A page may
    span both parts of the order; a page shorter than ``limit`` means the list is complete.
    """
    if limit <= 0:
        return []
    statuses = _statuses(include_closed)
    rows: list[InboxRow] = []
    conn = store.engine.raw_connection()
    try:
        cursor = conn.cursor()
        cursor.execute("BEGIN")  # both parts from one snapshot
        try:
            if after is None or after.waiting:
                cursor.execute(*_part_params(True, statuses, after, limit))
                rows = [_inbox_row(r) for r in cursor.fetchall()]
                after = None
            if len(rows) < limit:
                cursor.execute(*_part_params(False, statuses, after, limit - len(rows)))
                rows.extend(_inbox_row(r) for r in cursor.fetchall())
        finally:
            cursor.execute("COMMIT")
            cursor.close()
    finally:
        conn.close()
    return rows


def explain_inbox_page(store: Store, after: InboxKey | None, *, include_closed: bool = False) -> list[str]:
    """SQLite's plan (``EXPLAIN QUERY PLAN`` detail lines) for the statements such a page runs."""
    statuses = _statuses(include_closed)
    statements = []
    if after is None or after.waiting:
        statements.append(_part_params(True, statuses, after, 1))
        statements.append(_part_params(False, statuses, None, 1))
    else:
        statements.append(_part_params(False, statuses, after, 1))
    with contextlib.closing(store.raw()) as conn:
        return [
            str(r[3]) for sql, params in statements for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)
        ]


def count(store: Store, *, include_closed: bool = False) -> InboxCounts:
    """How many conversations the inbox lists, and how many of them await an answer."""
    query = select(func.count(), func.count(Conversation.waiting_since)).where(
        Conversation.status.in_(_statuses(include_closed)), Conversation.deleted_at.is_(None)
    )
    with store.engine.connect() as conn:
        total, waiting = conn.execute(query).one()
    return InboxCounts(int(total), int(waiting))


# -- one conversation ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    id: uuid.UUID
    name: str
    email: str | None
    phone: str | None
    company: str | None
    plan: str
    language: str


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class MessageEntry:
    """A customer message, a public reply or an internal note (``direction``)."""

    id: uuid.UUID
    direction: str
    channel: str
    author_name: str
    by_agent: bool
    body_text: str
    body_html: str | None
    delivery_state: str
    created_at: dt.datetime
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class EventEntry:
    """One audit event. ``names`` resolves the agent and team ids that ``data`` mentions."""

    id: uuid.UUID
    kind: str
    actor_name: str | None
    data: Mapping[str, Any]
    created_at: dt.datetime
    names: Mapping[str, str] = field(default_factory=dict)

    def name_of(self, ref: object) -> str | None:
        """The display name for an id found in ``data`` (None when absent or unknown)."""
        if ref is None:
            return None
        return self.names.get(str(ref))


TimelineEntry = MessageEntry | EventEntry


@dataclass(frozen=True, slots=True)
class Csat:
    score: float
    scale_min: int
    scale_max: int

    @property
    def share(self) -> float:
        """The score on 0..1, whatever scale the survey used."""
        span = self.scale_max - self.scale_min
        return (self.score - self.scale_min) / span if span > 0 else 0.0


@dataclass(frozen=True, slots=True)
class OtherConversation:
    id: uuid.UUID
    number: int | None
    subject: str
    status: str
    channel: str
    created_at: dt.datetime
    csat: Csat | None


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    id: uuid.UUID
    number: int | None
    subject: str
    channel: str
    status: str
    priority: str
    tier: int
    team_name: str | None
    assignee_name: str | None
    language: str
    tags: tuple[str, ...]
    mood: str | None
    created_at: dt.datetime
    first_response_at: dt.datetime | None
    solved_at: dt.datetime | None
    waiting_since: dt.datetime | None
    last_activity_at: dt.datetime
    merged_into_number: int | None
    customer: CustomerSummary
    timeline: tuple[TimelineEntry, ...]
    other_conversations: tuple[OtherConversation, ...]
    other_conversations_total: int

    @property
    def key(self) -> InboxKey:
        """Where this conversation sits in the default inbox order."""
        if self.waiting_since is not None:
            return InboxKey(True, self.waiting_since, self.id)
        return InboxKey(False, self.last_activity_at, self.id)

    @property
    def messages(self) -> tuple[MessageEntry, ...]:
        return tuple(e for e in self.timeline if isinstance(e, MessageEntry))


def _merged_timeline(
    messages: Iterable[MessageEntry], events: Iterable[EventEntry]
) -> tuple[TimelineEntry, ...]:
    """Oldest first. At the same instant: the "created" event, then messages, then other events
    (a reply and the status change it caused are written together)."""

    def order(entry: TimelineEntry) -> tuple[dt.datetime, int, str]:
        if isinstance(entry, MessageEntry):
            rank = 1
        else:
            rank = 0 if entry.kind == EventKind.CREATED else 2
        return (entry.created_at, rank, entry.id.hex)

    return tuple(sorted([*messages, *events], key=order))


_AGENT_REF_KINDS = {EventKind.ASSIGNMENT.value: ("from", "to")}
_TEAM_REF_KINDS = {EventKind.TRANSFER.value: ("from_team", "to_team")}


def _uuid_or_none(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def conversation_detail(store: Store, ref: uuid.UUID | int) -> ConversationDetail:
    """Everything the conversation pane shows for one conversation, by id or by number.

    Raises ``NotFoundError`` when there is no such (undeleted) conversation.
    """
    team = aliased(Team, name="team")
    merged = aliased(Conversation, name="merged")
    header = (
        select(
            Conversation,
            Customer,
            _assignee.name.label("assignee_name"),
            team.name.label("team_name"),
            merged.number.label("merged_into_number"),
        )
        .join(Customer, Customer.id == Conversation.customer_id)
        .outerjoin(_assignee, _assignee.id == Conversation.assignee_id)
        .outerjoin(team, team.id == Conversation.team_id)
        .outerjoin(merged, merged.id == Conversation.merged_into_id)
        .where(Conversation.deleted_at.is_(None))
    )
    if isinstance(ref, int):
        header = header.where(Conversation.number == ref)
    else:
        header = header.where(Conversation.id == ref)

    with store.read() as session:
        found = session.execute(header).one_or_none()
        if found is None:
            what = f"Conversation #{ref}" if isinstance(ref, int) else "That conversation"
            raise NotFoundError(f"{what} does not exist.")
        conv: Conversation = found[0]
        cust: Customer = found[1]
        conv_id = conv.id

        author = aliased(Agent, name="author")
        author_customer = aliased(Customer, name="author_customer")
        message_rows = session.execute(
            select(
                Message.id,
                Message.direction,
                Message.channel,
                Message.author_name,
                author.name.label("agent_name"),
                author_customer.name.label("customer_name"),
                Message.author_agent_id,
                Message.body_text,
                Message.body_html,
                Message.delivery_state,
                Message.created_at,
            )
            .outerjoin(author, author.id == Message.author_agent_id)
            .outerjoin(author_customer, author_customer.id == Message.author_customer_id)
            .where(Message.conversation_id == conv_id, Message.deleted_at.is_(None))
            .order_by(Message.created_at, Message.id)
        ).all()

        attachments: dict[uuid.UUID, list[AttachmentInfo]] = {}
        for message_id, filename, content_type, size in session.execute(
            select(Attachment.message_id, Attachment.filename, Attachment.content_type, Attachment.size)
            .join(Message, Message.id == Attachment.message_id)
            .where(Message.conversation_id == conv_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.filename)
        ):
            attachments.setdefault(message_id, []).append(AttachmentInfo(filename, content_type, size))

        actor = aliased(Agent, name="actor")
        event_rows = session.execute(
            select(
                ConversationEvent.id,
                ConversationEvent.kind,
                actor.name,
                ConversationEvent.data,
                ConversationEvent.created_at,
            )
            .outerjoin(actor, actor.id == ConversationEvent.actor_agent_id)
            .where(ConversationEvent.conversation_id == conv_id, ConversationEvent.deleted_at.is_(None))
            .order_by(ConversationEvent.created_at, ConversationEvent.id)
        ).all()
        names = _referenced_names(session, event_rows)

        others = _other_conversations(session, cust.id, conv_id)
        others_total = int(
            session.scalar(
                select(func.count()).where(
                    Conversation.customer_id == cust.id,
                    Conversation.id != conv_id,
                    Conversation.deleted_at.is_(None),
                )
            )
            or 0
        )

        messages = [
            MessageEntry(
                id=r.id,
                direction=r.direction,
                channel=r.channel,
                author_name=r.author_name or r.agent_name or r.customer_name or "",
                by_agent=r.author_agent_id is not None,
                body_text=r.body_text,
                body_html=r.body_html,
                delivery_state=r.delivery_state,
                created_at=r.created_at,
                attachments=tuple(attachments.get(r.id, ())),
            )
            for r in message_rows
        ]
        events = [
            EventEntry(
                id=r[0],
                kind=r[1],
                actor_name=r[2],
                data=dict(r[3] or {}),
                created_at=r[4],
                names={k: v for k, v in names.items() if k in _ids_in(r[1], r[3] or {})},
            )
            for r in event_rows
        ]
        return ConversationDetail(
            id=conv.id,
            number=conv.number,
            subject=conv.subject,
            channel=conv.channel,
            status=conv.status,
            priority=conv.priority,
            tier=conv.tier,
            team_name=found.team_name,
            assignee_name=found.assignee_name,
            language=conv.language,
            tags=tuple(conv.tags or ()),
            mood=conv.mood,
            created_at=conv.created_at,
            first_response_at=conv.first_response_at,
            solved_at=conv.solved_at,
            waiting_since=conv.waiting_since,
            last_activity_at=conv.last_activity_at,
            merged_into_number=found.merged_into_number,
            customer=CustomerSummary(
                id=cust.id,
                name=cust.name,
                email=cust.email,
                phone=cust.phone,
                company=cust.company,
                plan=cust.plan,
                language=cust.language,
            ),
            timeline=_merged_timeline(messages, events),
            other_conversations=others,
            other_conversations_total=others_total,
        )


def _ids_in(kind: str, data: Mapping[str, Any]) -> set[str]:
    keys = _AGENT_REF_KINDS.get(kind, ()) + _TEAM_REF_KINDS.get(kind, ())
    return {str(data[k]) for k in keys if data.get(k)}


def _referenced_names(session: Any, event_rows: Sequence[Any]) -> dict[str, str]:
    """Names of the agents and teams that assignment and transfer events refer to by id."""
    agent_ids: set[uuid.UUID] = set()
    team_ids: set[uuid.UUID] = set()
    for row in event_rows:
        kind, data = row[1], row[3] or {}
        for key in _AGENT_REF_KINDS.get(kind, ()):
            if (agent_id := _uuid_or_none(data.get(key))) is not None:
                agent_ids.add(agent_id)
        for key in _TEAM_REF_KINDS.get(kind, ()):
            if (team_id := _uuid_or_none(data.get(key))) is not None:
                team_ids.add(team_id)
    names: dict[str, str] = {}
    if agent_ids:
        for agent_id, name in session.execute(select(Agent.id, Agent.name).where(Agent.id.in_(agent_ids))):
            names[str(agent_id)] = name
    if team_ids:
        for team_id, name in session.execute(select(Team.id, Team.name).where(Team.id.in_(team_ids))):
            names[str(team_id)] = name
    return names


def _other_conversations(
    session: Any, customer_id: uuid.UUID, exclude: uuid.UUID
) -> tuple[OtherConversation, ...]:
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.number,
            Conversation.subject,
            Conversation.status,
            Conversation.channel,
            Conversation.created_at,
        )
        .where(
            Conversation.customer_id == customer_id,
            Conversation.id != exclude,
            Conversation.deleted_at.is_(None),
        )
        .order_by(Conversation.created_at.desc(), Conversation.id.desc())
        .limit(OTHER_CONVERSATIONS_LIMIT)
    ).all()
    if not rows:
        return ()
    csat: dict[uuid.UUID, Csat] = {}
    survey_rows = session.execute(
        select(
            SurveyResponse.conversation_id,
            SurveyResponse.score,
            SurveyResponse.scale_min,
            SurveyResponse.scale_max,
        )
        .where(
            SurveyResponse.conversation_id.in_([r.id for r in rows]),
            SurveyResponse.kind == SurveyKind.CSAT.value,
            SurveyResponse.deleted_at.is_(None),
        )
        .order_by(SurveyResponse.created_at, SurveyResponse.id)
    )
    for conversation_id, score, scale_min, scale_max in survey_rows:
        csat[conversation_id] = Csat(float(score), int(scale_min), int(scale_max))  # latest wins
    return tuple(
        OtherConversation(
            id=r.id,
            number=r.number,
            subject=r.subject,
            status=r.status,
            channel=r.channel,
            created_at=r.created_at,
            csat=csat.get(r.id),
        )
        for r in rows
    )


class InboxQueries:
    """The read side bound to one store: what the GUI is given instead of the store itself.

    Database failures the environment causes (a locked or damaged file, a full disk) come out as
    ``StoreError`` with a readable sentence, so a view can show them instead of crashing.
    """

    def __init__(self, store: Store, *, include_closed: bool = False) -> None:
        self.store = store
        self.include_closed = include_closed

    @contextlib.contextmanager
    def _readable_errors(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, DBAPIError) as exc:
            translated = translate_sqlite_error(exc, self.store.path)
            if translated is not None:
                raise translated from exc
            raise

    def page(self, after: InboxKey | None, limit: int = DEFAULT_PAGE) -> list[InboxRow]:
        with self._readable_errors():
            return inbox_page(self.store, after, limit, include_closed=self.include_closed)

    def count(self) -> InboxCounts:
        with self._readable_errors():
            return count(self.store, include_closed=self.include_closed)

    def detail(self, ref: uuid.UUID | int) -> ConversationDetail:
        with self._readable_errors():
            return conversation_detail(self.store, ref)

    def lists(self, status: str) -> bool:
        """Whether this inbox lists conversations in ``status``."""
        return status in _statuses(self.include_closed)


__all__ = [
    "AttachmentInfo",
    "ConversationDetail",
    "Csat",
    "CustomerSummary",
    "EventEntry",
    "InboxCounts",
    "InboxKey",
    "InboxQueries",
    "InboxRow",
    "MessageEntry",
    "OtherConversation",
    "TimelineEntry",
    "conversation_detail",
    "count",
    "explain_inbox_page",
    "inbox_page",
]
