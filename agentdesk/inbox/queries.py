# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-side queries for the inbox list and the conversation pane.

Everything here hands out plain frozen dataclasses, never live ORM objects, so a view can keep them
as long as it likes without a session and without lazy loads on the GUI thread.

The inbox list (its views, their orders, keyset pages and counts) lives in
``agentdesk.inbox.views``; ``InboxQueries`` binds it and the conversation pane's queries to one store.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased

from agentdesk.errors import NotFoundError
from agentdesk.inbox.delivery import Delivery, delivery_of
from agentdesk.inbox.filter_sql import Rule
from agentdesk.inbox.saved_views import count_rules
from agentdesk.inbox.views import (
    DEFAULT_PAGE,
    InboxRow,
    PageKey,
    ViewCounts,
    ViewFilter,
    count_views,
    inbox_page,
    inbox_rows,
)
from agentdesk.messages import translatable
from agentdesk.record_text import facts_of
from agentdesk.sla.cache import plan_for
from agentdesk.sla.load import load_timeline, load_timelines
from agentdesk.sla.policy import SlaBook
from agentdesk.sla.state import SlaPlan
from agentdesk.store.database import Store, translate_sqlite_error
from agentdesk.store.models import (
    Agent,
    Attachment,
    Conversation,
    ConversationEvent,
    Customer,
    EventKind,
    Message,
    SurveyKind,
    SurveyResponse,
    Team,
)

OTHER_CONVERSATIONS_LIMIT = 100


@dataclass(frozen=True, slots=True)
class InboxKey:
    """A position in the order "longest-waiting customer first" (``ConversationDetail.key``).

    ``waiting`` names the part (True: awaiting an answer, ordered by ``at`` ascending; False: the
    rest, ordered by ``at`` descending); ``at`` is ``waiting_since`` or ``last_activity_at``. The
    inbox views have their own orders and keys (``views.PageKey``).
    """

    waiting: bool
    at: dt.datetime
    id: uuid.UUID


_assignee = aliased(Agent, name="assignee")


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
    other_emails: tuple[str, ...] = ()
    notes: str = ""
    created_at: dt.datetime | None = None  # customer since


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    filename: str
    content_type: str
    size: int
    id: uuid.UUID | None = None
    content_id: str | None = None  # what an inline image of the body calls it (``cid:…``)


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
    delivery: Delivery = Delivery()  # sent by email (from, to, cc), logged, or not delivered
    generated: Mapping[str, Any] | None = None  # a note AgentDesk wrote: its facts (record_text)


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
    assignee_id: uuid.UUID | None = None
    follow_up_at: dt.datetime | None = None
    # The SLA countdown's now-independent part, read in the same snapshot as the rest: the pane
    # evaluates ``sla.at(now)`` every second without touching the database. None without a policy.
    sla: SlaPlan | None = field(default=None, compare=False, repr=False)

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
            raise NotFoundError(translatable("InboxErrors", "{what} does not exist."), what=what)
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
                Message.meta,
            )
            .outerjoin(author, author.id == Message.author_agent_id)
            .outerjoin(author_customer, author_customer.id == Message.author_customer_id)
            .where(Message.conversation_id == conv_id, Message.deleted_at.is_(None))
            .order_by(Message.created_at, Message.id)
        ).all()

        attachments: dict[uuid.UUID, list[AttachmentInfo]] = {}
        for message_id, filename, content_type, size, attachment_id, content_id in session.execute(
            select(
                Attachment.message_id,
                Attachment.filename,
                Attachment.content_type,
                Attachment.size,
                Attachment.id,
                Attachment.content_id,
            )
            .join(Message, Message.id == Attachment.message_id)
            .where(Message.conversation_id == conv_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.filename)
        ):
            attachments.setdefault(message_id, []).append(
                AttachmentInfo(filename, content_type, size, attachment_id, content_id)
            )

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
        sla_timeline = load_timeline(session, conv_id)
        sla = plan_for(SlaBook.load(session), sla_timeline) if sla_timeline is not None else None
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
                delivery=delivery_of(r.direction, r.channel, r.delivery_state, r.meta),
                generated=facts_of(r.meta) if r.direction == "note" else None,
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
                other_emails=tuple(e for e in (cust.other_emails or ()) if isinstance(e, str)),
                notes=cust.notes or "",
                created_at=cust.created_at,
            ),
            timeline=_merged_timeline(messages, events),
            other_conversations=others,
            other_conversations_total=others_total,
            assignee_id=conv.assignee_id,
            follow_up_at=conv.follow_up_at,
            sla=sla,
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

    def __init__(self, store: Store) -> None:
        self.store = store

    @contextlib.contextmanager
    def _readable_errors(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, DBAPIError) as exc:
            translated = translate_sqlite_error(exc, self.store.path)
            if translated is not None:
                raise translated from exc
            raise

    def page(
        self, view_filter: ViewFilter, after: PageKey | None = None, limit: int = DEFAULT_PAGE
    ) -> list[InboxRow]:
        """The next page of a view's list (``views.inbox_page``)."""
        with self._readable_errors():
            return inbox_page(self.store, view_filter, after, limit)

    def rows(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, InboxRow]:
        """The list rows of these conversations, by id (``views.inbox_rows``)."""
        with self._readable_errors():
            return inbox_rows(self.store, ids)

    def counts(
        self,
        agent_id: uuid.UUID | None,
        channels: frozenset[str],
        now: dt.datetime,
        *,
        everyone_follow_ups: bool = False,
        rules: Mapping[str, Rule] | None = None,
    ) -> ViewCounts:
        """Every view's count (``views.count_views``), and those of the saved views and team
        queues whose ``rules`` are given (``saved_views.count_rules``), by key; slow at 200,000
        conversations, so call it off the GUI thread."""
        with self._readable_errors():
            counts = count_views(self.store, agent_id, channels, now, everyone_follow_ups=everyone_follow_ups)
            if rules:
                counts = dataclasses.replace(counts, saved=count_rules(self.store, rules, channels, now))
            return counts

    def sla_plans(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, SlaPlan | None]:
        """The now-independent SLA state of these conversations, for a countdown that evaluates
        ``plan.at(now)`` every second without the database; None where no policy applies."""
        with self._readable_errors(), self.store.read() as session:
            book = SlaBook.load(session)  # reused while policies and calendars stay the same
            timelines = load_timelines(session, ids)
        return {cid: plan_for(book, timeline) for cid, timeline in timelines.items()}

    def detail(self, ref: uuid.UUID | int) -> ConversationDetail:
        with self._readable_errors():
            return conversation_detail(self.store, ref)


__all__ = [
    "AttachmentInfo",
    "ConversationDetail",
    "Csat",
    "CustomerSummary",
    "EventEntry",
    "InboxKey",
    "InboxQueries",
    "InboxRow",
    "MessageEntry",
    "OtherConversation",
    "TimelineEntry",
    "conversation_detail",
]
