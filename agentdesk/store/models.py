# SPDX-License-Identifier: GPL-3.0-or-later
"""The data model (DESIGN.md §3).

Every table that syncs carries the sync columns of ``SyncColumns``: a client-made UUIDv7 ``id``, the
server revision ``rev`` (``None`` until the server has seen the row; only the server assigns it),
``updated_at`` and the ``deleted_at`` tombstone. Rows are never hard-deleted while sync may need them.

Times are stored as naive UTC (``UtcDateTime``) and handed out timezone-aware. Enumerations are plain
strings guarded by named CHECK constraints, so the schema reads the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from agentdesk.ids import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as naive UTC and returned timezone-aware (UTC).

    SQLite keeps it as ISO text that sorts chronologically; PostgreSQL as ``timestamp``.
    Naive input is refused: a naive time is a bug waiting to show up in another zone.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def sql_time(value: dt.datetime) -> str:
    """The text SQLite stores for a ``UtcDateTime``; for raw-SQL fast paths and comparisons.

    Not ``strftime``: it writes year 1 as ``1``, which would sort after ``2026``.
    """
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def parse_sql_time(value: str | None) -> dt.datetime | None:
    """The inverse of ``sql_time`` for rows read with raw SQL."""
    if value is None:
        return None
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _newest_migration() -> str:
    versions = Path(__file__).resolve().parent / "migrations" / "versions"
    return max(p.name[:4] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


SCHEMA_REVISION = _newest_migration()
"""The newest migration (``agentdesk/store/migrations``, numbered 0001, 0002, ...): what this
version's tables look like."""


_NULL = text("NULL")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncColumns:
    """Columns every synced table carries."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    rev: Mapped[int | None] = mapped_column(BigInteger, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now, onupdate=_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


class StrEnum(enum.StrEnum):
    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(m.value for m in cls)


class Channel(StrEnum):
    EMAIL = "email"
    CHAT = "chat"
    PHONE = "phone"
    SOCIAL = "social"
    WEB_FORM = "web_form"
    LETTER = "letter"
    WALK_IN = "walk_in"


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    ON_HOLD = "on_hold"
    SOLVED = "solved"
    CLOSED = "closed"


ACTIVE_STATUSES = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value, Status.ON_HOLD.value)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


PRIORITY_RANK = {"low": 0, "normal": 1, "high": 2, "urgent": 3}


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NOTE = "note"


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Plan(StrEnum):
    BASIC = "basic"
    STANDARD = "standard"
    PREMIUM = "premium"
    ENTERPRISE = "enterprise"


class Mood(StrEnum):
    HAPPY = "happy"
    NEUTRAL = "neutral"
    UNHAPPY = "unhappy"
    ANGRY = "angry"


class DeliveryState(StrEnum):
    NONE = "none"
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


class EventKind(StrEnum):
    CREATED = "created"
    STATUS = "status"
    PRIORITY = "priority"
    ASSIGNMENT = "assignment"
    ESCALATION = "escalation"
    TRANSFER = "transfer"
    TAG = "tag"
    MERGE = "merge"
    SLA_WARNING = "sla_warning"
    SLA_BREACH = "sla_breach"
    FOLLOW_UP = "follow_up"
    UNMERGE = "unmerge"
    SPLIT = "split"
    LINK = "link"
    UNLINK = "unlink"
    SNOOZE = "snooze"
    SLA_POLICY = "sla_policy"  # the SLA policy was set by hand or by a rule (sla_policy_override_id)


class SurveyKind(StrEnum):
    CSAT = "csat"
    NPS = "nps"
    CES = "ces"


LANGUAGES = ("en", "de", "da")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Team(SyncColumns, Base):
    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Agent(SyncColumns, Base):
    __tablename__ = "agent"
    __table_args__ = (
        CheckConstraint(_in("role", Role.values()), name="role"),
        CheckConstraint(_in("language", LANGUAGES), name="language"),
    )

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(20), default=Role.AGENT.value)
    tiers: Mapped[list[int]] = mapped_column(JSON, default=lambda: [1])
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), default=None)  # home team
    # Every team the agent works (ids as strings), the home team included.
    team_ids: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    language: Mapped[str] = mapped_column(String(8), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Organisation(SyncColumns, Base):
    """A company some customers belong to; mail from one of its ``domains`` (lower case, no "@")
    joins a new customer to it."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint(_in("plan", Plan.values()), name="plan"),
        Index("ix_organisation_name", "name"),
    )

    name: Mapped[str] = mapped_column(String(200))
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    plan: Mapped[str] = mapped_column(String(20), default=Plan.STANDARD.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class Customer(SyncColumns, Base):
    __tablename__ = "customer"
    __mapper_args__ = {"eager_defaults": False}  # vip's and organisation_id's are not read back
    __table_args__ = (
        CheckConstraint(_in("plan", Plan.values()), name="plan"),
        CheckConstraint(_in("language", LANGUAGES), name="language"),
        Index("ix_customer_email", "email"),
        Index("ix_customer_name", "name"),
        Index("ix_customer_organisation", "organisation_id"),
    )

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    other_emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str | None] = mapped_column(String(50), default=None)
    company: Mapped[str | None] = mapped_column(String(200), default=None)
    plan: Mapped[str] = mapped_column(String(20), default=Plan.STANDARD.value)
    language: Mapped[str] = mapped_column(String(8), default="en")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    # Server defaults only and loaded when read: inserting or loading a customer leaves them out, so
    # a database not yet upgraded still works for everything else.
    vip: Mapped[bool] = mapped_column(Boolean, server_default="0", deferred=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), server_default=_NULL, deferred=True
    )


class CustomerEvent(SyncColumns, Base):
    """Append-only history of a customer record. ``kind`` ``edit``: ``data`` is
    ``{"changes": {field: {"from": old, "to": new}}}``; ``merge``: ``{"from": customer_id,
    "from_name": str, "conversations": [conversation_id]}`` on the customer kept (the merged one is
    a tombstone); ``import``: ``{"file": name}``."""

    __tablename__ = "customer_event"
    __table_args__ = (Index("ix_customer_event_customer", "customer_id", "created_at"),)

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(20))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actor_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class BusinessCalendar(SyncColumns, Base):
    __tablename__ = "business_calendar"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)


class SlaPolicy(SyncColumns, Base):
    __tablename__ = "sla_policy"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    match: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    first_response_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    next_response_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    resolution_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    calendar_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("business_calendar.id"), default=None)
    warning_share: Mapped[float | None] = mapped_column(Float, default=0.25)
    warning_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # What happens on its own when a target is at risk (None: nothing):
    # ``{"on": "warning" | "breach", "targets": [target, ...], "escalate": bool, "notify": bool}``
    # (``escalate``: one tier up; ``notify``: supervisors are alerted).
    auto_escalation: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class Conversation(SyncColumns, Base):
    """A customer conversation.

    ``waiting_since`` is the time of the oldest customer message that has no public answer yet
    (``None`` when nothing awaits an answer); with ``last_activity_at`` and ``snippet`` it is kept by
    the inbox service so that list pages need no join over messages. ``*_due_at`` are cached SLA due
    times, only for sorting and filtering: the SLA state itself is computed from the event history.
    """

    __tablename__ = "conversation"
    __mapper_args__ = {"eager_defaults": False}  # the snooze columns' server defaults are not read back
    __table_args__ = (
        CheckConstraint(_in("channel", Channel.values()), name="channel"),
        CheckConstraint(_in("status", Status.values()), name="status"),
        CheckConstraint(_in("priority", Priority.values()), name="priority"),
        CheckConstraint("tier BETWEEN 1 AND 3", name="tier"),
        Index("ix_conversation_customer", "customer_id", "created_at"),
        Index("ix_conversation_status_waiting", "status", "waiting_since", "id"),
        Index("ix_conversation_status_activity", "status", "last_activity_at", "id"),
        Index("ix_conversation_assignee_status", "assignee_id", "status", "waiting_since", "id"),
        Index("ix_conversation_tier_status", "tier", "status", "waiting_since", "id"),
        Index("ix_conversation_team_status", "team_id", "status", "waiting_since", "id"),
        # a team queue in the urgency order: its due part and its rest (views.TEAM_ORDER_INDEXES)
        Index("ix_conversation_team_due", "team_id", "status", "due_at", "id"),
        Index("ix_conversation_team_activity", "team_id", "status", "last_activity_at", "id"),
        Index("ix_conversation_channel_status", "channel", "status", "waiting_since", "id"),
        Index("ix_conversation_activity", "last_activity_at", "id"),
        Index("ix_conversation_due", "status", "due_at", "id"),
        Index("ix_conversation_follow_up", "follow_up_at", "id"),
        Index("ix_conversation_snoozed", "snoozed_until"),  # the few snoozed ones, without a scan
    )

    number: Mapped[int | None] = mapped_column(Integer, unique=True, default=None)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"))
    channel: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default=Status.NEW.value)
    priority: Mapped[str] = mapped_column(String(20), default=Priority.NORMAL.value)
    tier: Mapped[int] = mapped_column(Integer, default=1)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), default=None)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(8), default="en")
    mood: Mapped[str | None] = mapped_column(String(20), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    solved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    follow_up_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    last_activity_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    waiting_since: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    snippet: Mapped[str] = mapped_column(String(300), default="")
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    sla_policy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sla_policy.id"), default=None)
    first_response_due_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    next_response_due_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    resolution_due_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    due_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("conversation.id"), default=None)
    # Snoozed: out of the working views until ``snoozed_until`` or until the customer writes
    # (``agentdesk.inbox.snooze``); ``snoozed_at`` is when, ``snoozed_by`` who put it away. A
    # server default: an insert that does not set them leaves them out (a database of a revision
    # before them still takes the rows of this version's code).
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, server_default=_NULL)
    snoozed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, server_default=_NULL)
    snoozed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, server_default=_NULL)  # an agent's id
    # An SLA policy chosen for this conversation (by a routing rule): the SLA engine counts under it
    # instead of the policy its conditions would pick, until it is changed or cleared; NULL: picked
    # by the policies' own conditions (agentdesk.sla.cache.policy_for).
    sla_policy_override_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, server_default=_NULL)


class Message(SyncColumns, Base):
    """One entry of a conversation's thread: a customer message, a public reply or an internal note.

    ``body_html`` holds HTML that was sanitized before it was stored; ``body_text`` is what search
    indexes. ``external_id`` is the channel's own id (an email's Message-ID) and is unique, so the
    same mail never makes two messages.
    """

    __tablename__ = "message"
    __table_args__ = (
        CheckConstraint(_in("direction", Direction.values()), name="direction"),
        CheckConstraint(_in("channel", Channel.values()), name="channel"),
        CheckConstraint(_in("delivery_state", DeliveryState.values()), name="delivery_state"),
        Index("ix_message_conversation", "conversation_id", "created_at"),
    )

    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"))
    direction: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    author_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    author_customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"), default=None)
    author_name: Mapped[str] = mapped_column(String(200), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text, default=None)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    external_id: Mapped[str | None] = mapped_column(String(998), unique=True, default=None)
    delivery_state: Mapped[str] = mapped_column(String(20), default=DeliveryState.NONE.value)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class Attachment(SyncColumns, Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_message", "message_id"),)

    message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("message.id"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(255), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    content_id: Mapped[str | None] = mapped_column(String(255), default=None)
    # Before revision 0008 the file itself; now always empty on a desktop (the content lives in
    # ``attachment_chunk``) and read only as a fallback for rows written by older versions.
    content: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)  # of the whole content


class AttachmentChunk(SyncColumns, Base):
    """One piece (up to 1 MiB) of an attachment's content, kept out of the hot tables and synced
    like any row; ``agentdesk.attachments`` writes and reads them as a stream. The id is derived
    from (attachment, seq), so the same piece written twice is the same row."""

    __tablename__ = "attachment_chunk"
    __table_args__ = (Index("ix_attachment_chunk_attachment", "attachment_id", "seq"),)

    attachment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("attachment.id"))
    seq: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ConversationEvent(SyncColumns, Base):
    """Append-only audit of what happened to a conversation; the SLA state is rebuilt from it.

    ``data`` by ``kind`` (ids as strings, times as ISO 8601 UTC):

    - created: ``{"channel": str, "by": "customer" | "agent"}``
    - status, priority: ``{"from": str, "to": str}``
    - assignment: ``{"from": agent_id | None, "to": agent_id | None}``
    - escalation: ``{"from_tier": int, "to_tier": int, "reason": str, "note_id": message_id}``
      (a return to a lower tier is an escalation whose ``to_tier`` is lower)
    - transfer: ``{"from_team": team_id | None, "to_team": team_id | None}``
    - tag: ``{"added": [str], "removed": [str]}``
    - merge: ``{"source": conversation_id, "target": conversation_id, "source_number": int | None,
      "target_number": int | None, "messages": [message_id], "source_status": str,
      "tags_added": [str], "customer": customer_id | None}`` (written on both conversations;
      ``messages`` and the rest let the merge be undone, ``customer`` names the source's customer
      when it was another than the target's)
    - unmerge: ``{"source", "target", "source_number", "target_number", "messages": int}`` (both)
    - split: ``{"from": conversation_id, "to": conversation_id, "from_number", "to_number",
      "message": message_id, "messages": int}`` (on both: the message and those after it moved)
    - link, unlink: ``{"other": conversation_id, "other_number": int | None}`` (on both)
    - sla_warning, sla_breach: ``{"target": "first_response" | "next_response" | "resolution"}``
    - follow_up: ``{"at": time | None}``
    - snooze: ``{"until": time | None, "reason": "agent" | "time" | "customer"}`` (``None``: it came
      back, by the agent's hand, at its time or because the customer wrote)
    """

    __tablename__ = "conversation_event"
    __table_args__ = (
        CheckConstraint(_in("kind", EventKind.values()), name="kind"),
        Index("ix_conversation_event_conversation", "conversation_id", "created_at"),
    )

    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"))
    kind: Mapped[str] = mapped_column(String(20))
    actor_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class ConversationLink(SyncColumns, Base):
    """Two related conversations, shown in both. Undirected: ``conversation_id`` is the smaller id
    of the pair, and the row's id is derived from the pair (``agentdesk.inbox.linking.link_id``),
    so two desks linking the same pair offline make one row; unlinking is a tombstone that a new
    link lifts again."""

    __tablename__ = "conversation_link"
    __table_args__ = (
        CheckConstraint("conversation_id <> other_id", name="distinct"),
        Index("ix_conversation_link_conversation", "conversation_id"),
        Index("ix_conversation_link_other", "other_id"),
    )

    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"))
    other_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class SavedView(SyncColumns, Base):
    """A view an agent built from field filters (``agentdesk.inbox.saved_views``): personal when
    ``owner_agent_id`` is set, else shared, in the sidebar of ``team_id``'s agents (everyone's
    when no team). ``filters`` is the JSON of ``query_language.Filters``; ``sort`` a ``views.Sort``
    value (empty: most urgent first); ``columns`` the optional list columns shown."""

    __tablename__ = "saved_view"
    __table_args__ = (Index("ix_saved_view_owner", "owner_agent_id"),)

    name: Mapped[str] = mapped_column(String(200))
    owner_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), default=None)
    filters: Mapped[str] = mapped_column(Text, default="[]")
    sort: Mapped[str] = mapped_column(String(20), default="")
    columns: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CannedReply(SyncColumns, Base):
    __tablename__ = "canned_reply"
    __table_args__ = (CheckConstraint(_in("scope", ("personal", "team", "everyone")), name="scope"),)

    title: Mapped[str] = mapped_column(String(200))
    shortcut: Mapped[str] = mapped_column(String(50), default="")
    category: Mapped[str] = mapped_column(String(50), default="")
    scope: Mapped[str] = mapped_column(String(20), default="everyone")
    owner_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agent.id"), default=None)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team.id"), default=None)
    usage_count: Mapped[int] = mapped_column(Integer, default=0)


class CannedReplyVariant(SyncColumns, Base):
    __tablename__ = "canned_reply_variant"
    __table_args__ = (Index("ix_canned_reply_variant_reply", "canned_reply_id", "language", unique=True),)

    canned_reply_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("canned_reply.id"))
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)


class CannedReplyUsage(SyncColumns, Base):
    """How often one agent used one canned reply; their most-used replies come first."""

    __tablename__ = "canned_reply_usage"
    __table_args__ = (Index("ix_canned_reply_usage_reply_agent", "canned_reply_id", "agent_id", unique=True),)

    canned_reply_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("canned_reply.id"))
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agent.id"))
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


def _conventional_best(context: Any) -> int:
    """The good end of a survey scale that was not stated: the convention answers were entered under
    before it was stored (the top of the scale, but 1 for the 1-5 effort question, "very low
    effort"). ``agentdesk.metrics.surveys`` always states it."""
    given = context.get_current_parameters()
    low, high = given.get("scale_min", 1), given.get("scale_max", 5)
    return int(low) if given.get("kind") == "ces" and (low, high) == (1, 5) else int(high)


class SurveyResponse(SyncColumns, Base):
    """A CSAT, NPS or CES answer. ``score`` is on the scale the survey used (``scale_min..max``),
    whose good end is ``scale_best`` (``scale_min`` or ``scale_max``: which way the question was
    asked, as a CES "1 = very easy" or "7 = very easy")."""

    __tablename__ = "survey_response"
    __table_args__ = (
        CheckConstraint(_in("kind", SurveyKind.values()), name="kind"),
        CheckConstraint("scale_best = scale_min OR scale_best = scale_max", name="scale_best"),
        Index("ix_survey_response_conversation", "conversation_id"),
        Index("ix_survey_response_created", "created_at"),
    )

    conversation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("conversation.id"), default=None)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"), default=None)
    kind: Mapped[str] = mapped_column(String(10))
    score: Mapped[float] = mapped_column(Float)
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    scale_best: Mapped[int] = mapped_column(Integer, default=_conventional_best)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class ErasureReason(StrEnum):
    """Why a customer was erased (GDPR Art. 17): a code, never free text that could name them."""

    REQUEST = "request"  # the customer asked
    CONSENT = "consent"  # consent withdrawn
    OBJECTION = "objection"
    UNLAWFUL = "unlawful"
    RETENTION = "retention"  # the retention policy


class CustomerErasure(SyncColumns, Base):
    """That a customer was erased: their id, when and why, nothing that names them. Synced, so that
    every replica and the server erase the customer too (agentdesk/privacy/)."""

    __tablename__ = "customer_erasure"
    __table_args__ = (
        CheckConstraint(_in("reason", ErasureReason.values()), name="reason"),
        Index("ix_customer_erasure_customer", "customer_id"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # no foreign key: the record outlives the row
    reason: Mapped[str] = mapped_column(String(20))
    erased_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)  # an agent's id
    erased_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class Setting(Base):
    """Local-only key/value settings of this database (never synced)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Draft(Base):
    """Local-only: what the agent is writing in a conversation, saved as they type so that a crash
    loses nothing. ``seen_activity_at`` is the conversation's ``last_activity_at`` the agent had in
    front of them when they started; a later one means the conversation changed meanwhile."""

    __tablename__ = "draft"
    __table_args__ = (CheckConstraint("mode IN ('reply', 'note')", name="mode"),)

    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"), primary_key=True)
    mode: Mapped[str] = mapped_column(String(10), default="reply")
    body: Mapped[str] = mapped_column(Text, default="")
    seen_activity_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    # A reply by email's Cc and Bcc as the agent typed them (None: not touched, the usual copies
    # apply), and "Answer by email instead" on a conversation of another channel.
    cc: Mapped[str | None] = mapped_column(Text, default=None)
    bcc: Mapped[str | None] = mapped_column(Text, default=None)
    by_email: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class DraftFile(Base):
    """Local-only: a file attached to a draft, copied in when the agent attached it (so a crash
    loses none); its content is in ``draft_file_chunk``. Sending moves it to an ``attachment``."""

    __tablename__ = "draft_file"
    __table_args__ = (
        Index("ix_draft_file_conversation", "conversation_id"),
        Index("ix_draft_file_sent_as", "sent_as"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversation.id"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(255), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    # Sent: the attachment it became, whose pieces are still being copied from here.
    sent_as: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)


class DraftFileChunk(Base):
    """Local-only: one piece (up to 1 MiB) of a draft's file."""

    __tablename__ = "draft_file_chunk"

    draft_file_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("draft_file.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class MailSecurity(StrEnum):
    TLS = "tls"  # implicit TLS (imaps 993, smtps 465)
    STARTTLS = "starttls"
    PLAIN = "plain"  # unencrypted; only allowed to this computer (loopback)


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"  # retried at ``next_attempt_at``; never again when that is None


class MailAccount(SyncColumns, Base):
    """A support mailbox: IMAP in, SMTP out. The password is never stored here: it lives in the
    OS keyring under this account's id (``agentdesk.mail.accounts``)."""

    __tablename__ = "mail_account"
    __table_args__ = (
        CheckConstraint(_in("imap_security", MailSecurity.values()), name="imap_security"),
        CheckConstraint(_in("smtp_security", MailSecurity.values()), name="smtp_security"),
    )

    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(320), unique=True)  # From: and where customers write
    display_name: Mapped[str] = mapped_column(String(200), default="")
    imap_host: Mapped[str] = mapped_column(String(255))
    imap_port: Mapped[int] = mapped_column(Integer)
    imap_security: Mapped[str] = mapped_column(String(20), default=MailSecurity.TLS.value)
    imap_user: Mapped[str] = mapped_column(String(320))
    folders: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["INBOX"])
    smtp_host: Mapped[str] = mapped_column(String(255))
    smtp_port: Mapped[int] = mapped_column(Integer)
    smtp_security: Mapped[str] = mapped_column(String(20), default=MailSecurity.STARTTLS.value)
    smtp_user: Mapped[str] = mapped_column(String(320), default="")  # empty: the server needs no login
    signature: Mapped[str] = mapped_column(Text, default="")
    attachment_limit: Mapped[int] = mapped_column(BigInteger, default=10_000_000)  # bytes kept per file
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class MailFolderState(Base):
    """How far a folder of a mailbox has been read: a UID is only meaningful with its UIDVALIDITY
    (RFC 3501 2.3.1.1), so both are kept; a changed UIDVALIDITY means reading the folder again
    (the Message-ID check keeps that from making duplicates)."""

    __tablename__ = "mail_folder_state"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_account.id"), primary_key=True)
    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now, onupdate=_now)


class MailOutbox(Base):
    """A reply on its way out over SMTP; see ``agentdesk.mail.send`` for the states and why a reply
    is never sent twice. The row stays after sending as the record of the attempts."""

    __tablename__ = "mail_outbox"
    __table_args__ = (
        CheckConstraint(_in("state", OutboxState.values()), name="state"),
        Index("ix_mail_outbox_due", "state", "next_attempt_at"),
    )

    message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("message.id"), primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_account.id"))
    state: Mapped[str] = mapped_column(String(20), default=OutboxState.QUEUED.value)
    rfc_message_id: Mapped[str] = mapped_column(String(998))
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    claimed_by: Mapped[str | None] = mapped_column(String(200), default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


class MailLease(Base):
    """Who fetches a mailbox now: with a shared database exactly one desktop or ``mail watch``
    holds the lease of an account at a time, until ``expires_at`` unless renewed."""

    __tablename__ = "mail_lease"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_account.id"), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SyncOutbox(Base):
    """Local-only: one change made on this device that the server has not acknowledged yet
    (DESIGN.md §5). Written in the same transaction as the change itself (``agentdesk.sync.outbox``)
    and deleted only once the server has acknowledged it; ``seq`` is the order of writing.

    ``fields`` holds ``{column: {"value": new, "base": old}}`` in wire form (ids and times as
    strings, bytes as base64); ``base`` is missing when the old value was not known. ``base_rev`` is
    the row's server revision when the change was made (None: never synced)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        CheckConstraint(_in("op", ("insert", "update", "delete")), name="op"),
        Index("ix_sync_outbox_row", "table_name", "row_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(10))
    base_rev: Mapped[int | None] = mapped_column(BigInteger, default=None)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    # The schema revision the change was written under (``SCHEMA_REVISION`` then).
    schema_revision: Mapped[str | None] = mapped_column(String(32), default=None)


class SyncState(Base):
    """Local-only, one row: this device's id, its hybrid logical clock (``hlc``: milliseconds
    shifted left 16 bits plus a counter) and which server the replica follows."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    server_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    last_push_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    last_pull_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


class SyncCursor(Base):
    """Local-only: how far each synced table has been pulled, as the server's (transaction id,
    revision) of the last row stored; written in the same transaction as the rows of a page.
    ``scanned_rowid``: the local rows up to this rowid were checked for rows the outbox never
    recorded (written by a bulk path)."""

    __tablename__ = "sync_cursor"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    txid: Mapped[int] = mapped_column(BigInteger, default=0)
    rev: Mapped[int] = mapped_column(BigInteger, default=0)
    scanned_rowid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now, onupdate=_now)


class SyncConflict(SyncColumns, Base):
    """A change that lost a merge on the server (DESIGN.md §5), kept so that nothing a user did is
    silently dropped; written by the server, synced to the desktops, shown to supervisors.

    ``kind``: ``field`` (a concurrent change of the same field lost on clock and device id),
    ``assignment`` (a lost compare-and-set: ``kept_value`` is who has it), ``rejected`` (the server
    refused the change, e.g. a constraint; ``lost_value`` holds every field of it). Values are in
    wire form (see ``SyncOutbox``)."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        CheckConstraint(_in("kind", ("field", "assignment", "rejected")), name="kind"),
        Index("ix_sync_conflict_row", "table_name", "row_id"),
    )

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(20), default="field")
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    lost_value: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    kept_hlc: Mapped[int | None] = mapped_column(BigInteger, default=None)
    lost_hlc: Mapped[int | None] = mapped_column(BigInteger, default=None)
    kept_device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    lost_device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    lost_mutation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    lost_by: Mapped[str] = mapped_column(String(200), default="")  # the server login that pushed it
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


__all__ = [
    "ACTIVE_STATUSES",
    "Agent",
    "Attachment",
    "AttachmentChunk",
    "Base",
    "BusinessCalendar",
    "CannedReply",
    "CannedReplyUsage",
    "CannedReplyVariant",
    "Channel",
    "Conversation",
    "ConversationEvent",
    "Customer",
    "DeliveryState",
    "Draft",
    "DraftFile",
    "DraftFileChunk",
    "Direction",
    "EventKind",
    "LANGUAGES",
    "MailAccount",
    "MailFolderState",
    "MailLease",
    "MailOutbox",
    "MailSecurity",
    "Message",
    "Mood",
    "OutboxState",
    "PRIORITY_RANK",
    "Plan",
    "Priority",
    "Role",
    "Setting",
    "SlaPolicy",
    "Status",
    "SurveyKind",
    "SurveyResponse",
    "SyncConflict",
    "SyncCursor",
    "SyncOutbox",
    "SyncState",
    "Team",
    "UtcDateTime",
    "parse_sql_time",
    "sql_time",
]
