# SPDX-License-Identifier: GPL-3.0-or-later
"""Snooze: put a conversation away until a time, or until the customer writes.

A snoozed conversation has ``snoozed_until`` set; the working views (My open, Unassigned, the
tiers, Due soon, Breached, Pending) leave it out and the Snoozed view lists it. It comes back —
``snoozed_until`` cleared, a ``snooze`` event with ``until: None`` — when

- the agent unsnoozes it (``reason: "agent"``),
- its time has come (``reason: "time"``, ``wake_due``), or
- the customer wrote after it was snoozed (``reason: "customer"``, ``wake_due`` as well).

``wake_due`` runs on every desk (after a sync, after mail arrived and on a timer); two desks that
wake the same snooze write the same event id (derived from the conversation and the snooze's
start) and the same field values, so the sync sees one event and no conflict.

Snooze pauses nothing in the SLA by itself: the clocks stop only while the status is pending
(waiting on the customer) or on hold, as always.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.sla.calendar.business import BusinessCalendar
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Conversation,
    ConversationEvent,
    Direction,
    EventKind,
    Message,
    Status,
)

WAKE_NAMESPACE = uuid.UUID("6a0c2f4e-5d7b-4c1a-9e3f-2b8d1c0a7e55")
LATER_TODAY = dt.timedelta(hours=3)
MORNING = dt.time(8, 0)  # tomorrow morning without a business calendar
MAX_SNOOZE = dt.timedelta(days=366)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class Reason:
    AGENT = "agent"
    TIME = "time"
    CUSTOMER = "customer"


@dataclass(frozen=True, slots=True)
class SnoozeChoice:
    """One ready-made time of the Snooze dialog: ``key`` is later_today, tomorrow or next_week."""

    key: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class Woken:
    """A conversation that came back from snooze on its own."""

    conversation_id: uuid.UUID
    reason: str  # Reason.TIME or Reason.CUSTOMER
    snoozed_by: uuid.UUID | None
    assignee_id: uuid.UUID | None


def wake_event_id(conversation_id: uuid.UUID, snoozed_at: dt.datetime) -> uuid.UUID:
    """The one id of the event that ends the snooze that began at ``snoozed_at``, whichever desk
    writes it."""
    return uuid.uuid5(WAKE_NAMESPACE, f"{conversation_id}:{snoozed_at.astimezone(dt.UTC).isoformat()}")


def _round_up(at: dt.datetime, minutes: int = 15) -> dt.datetime:
    at = at.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    extra = (-at.minute) % minutes
    return at + dt.timedelta(minutes=extra)


def choices(
    now: dt.datetime, zone: str | dt.tzinfo, calendar: BusinessCalendar | None = None
) -> list[SnoozeChoice]:
    """The ready-made snooze times at ``now`` for an agent in ``zone``: later today (three hours on,
    on the quarter hour, while that is still today), tomorrow morning and next week (Monday), both
    at the calendar's next opening when there is a calendar, else at 08:00 in the agent's zone."""
    tz = zoneinfo.ZoneInfo(zone) if isinstance(zone, str) else zone
    local = now.astimezone(tz)
    result: list[SnoozeChoice] = []
    later = _round_up(now + LATER_TODAY).astimezone(tz)
    if later.date() == local.date():
        result.append(SnoozeChoice("later_today", later.astimezone(dt.UTC)))

    def morning(day: dt.date) -> dt.datetime:
        start = dt.datetime.combine(day, MORNING if calendar is None else dt.time(0, 0), tzinfo=tz)
        if calendar is None or calendar.always_open:
            return dt.datetime.combine(day, MORNING, tzinfo=tz).astimezone(dt.UTC)
        return calendar.next_opening(start).astimezone(dt.UTC)

    result.append(SnoozeChoice("tomorrow", morning(local.date() + dt.timedelta(days=1))))
    monday = local.date() + dt.timedelta(days=7 - local.weekday())
    result.append(SnoozeChoice("next_week", morning(monday)))
    return result


@dataclass(frozen=True, slots=True)
class SnoozeFacts:
    """What the Snooze dialog says about a conversation."""

    number: int | None
    status: str
    snoozed_until: dt.datetime | None
    calendar: BusinessCalendar | None  # the calendar of its SLA policy, if it has one


def snooze_facts(store: Store, conversation_id: uuid.UUID) -> SnoozeFacts:
    from agentdesk.sla.policy import SlaBook  # the SLA maths are only needed here

    with store.read() as session:
        conv = session.get(Conversation, conversation_id)
        if conv is None or conv.deleted_at is not None:
            raise NotFoundError(
                translatable("SnoozeErrors", "That conversation does not exist (it may have been deleted).")
            )
        calendar = None
        if conv.sla_policy_id is not None:
            book = SlaBook.load(session)
            policy = book.policy(conv.sla_policy_id)
            if policy is not None and policy.calendar_id is not None:
                calendar = book.calendar_for(policy)
        return SnoozeFacts(conv.number, conv.status, conv.snoozed_until, calendar)


def check_until(until: dt.datetime, now: dt.datetime) -> dt.datetime:
    """``until`` in UTC, or a ``ValidationError`` a person can read."""
    if until.tzinfo is None:
        raise ValidationError(translatable("SnoozeErrors", "A snooze time needs a time zone."))
    until = until.astimezone(dt.UTC)
    if until <= now:
        raise ValidationError(translatable("SnoozeErrors", "Snooze until a time in the future."))
    if until > now + MAX_SNOOZE:
        raise ValidationError(translatable("SnoozeErrors", "A snooze can last a year at most."))
    return until


class SnoozeService:
    """Snooze and unsnooze for one acting agent; ``wake_due`` for the desk."""

    def __init__(self, store: Store, clock: Clock, actor_id: uuid.UUID | None) -> None:
        self.store = store
        self.clock = clock
        self.actor_id = actor_id

    @staticmethod
    def _conversation(session: Session, conversation_id: uuid.UUID) -> Conversation:
        conv = session.get(Conversation, conversation_id)
        if conv is None or conv.deleted_at is not None:
            raise NotFoundError(
                translatable("SnoozeErrors", "That conversation does not exist (it may have been deleted).")
            )
        return conv

    def _event(
        self, session: Session, conv: Conversation, data: dict[str, object], now: dt.datetime, **kw: object
    ) -> None:
        session.add(
            ConversationEvent(
                id=kw.get("event_id") or uuid7(),
                conversation_id=conv.id,
                kind=EventKind.SNOOZE.value,
                actor_agent_id=kw.get("actor", self.actor_id),
                data=data,
                created_at=now,
                updated_at=now,
            )
        )

    def snooze(self, conversation_id: uuid.UUID, until: dt.datetime) -> dt.datetime:
        """Put the conversation away until ``until`` (or until the customer writes); returns the
        time in UTC. A solved, closed or merged conversation cannot be snoozed."""
        now = self.clock.now()
        until = check_until(until, now)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            if conv.status in (Status.SOLVED.value, Status.CLOSED.value) or conv.merged_into_id is not None:
                raise ValidationError(
                    translatable("SnoozeErrors", "Only an active conversation can be snoozed.")
                )
            self._event(session, conv, {"until": until.isoformat(), "reason": Reason.AGENT}, now)
            conv.snoozed_until = until
            conv.snoozed_at = now
            conv.snoozed_by = self.actor_id
            conv.updated_at = now
        return until

    def unsnooze(self, conversation_id: uuid.UUID) -> bool:
        """Bring a snoozed conversation back now; False when it was not snoozed."""
        now = self.clock.now()
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            if conv.snoozed_until is None:
                return False
            self._end(session, conv, Reason.AGENT, now)
        return True

    def _end(self, session: Session, conv: Conversation, reason: str, now: dt.datetime) -> None:
        by = str(conv.snoozed_by) if conv.snoozed_by is not None else None
        data: dict[str, object] = {"until": None, "reason": reason, "snoozed_by": by}
        if reason == Reason.AGENT or conv.snoozed_at is None:
            self._event(session, conv, data, now)
        else:  # the same event, whichever desk wakes it
            event_id = wake_event_id(conv.id, conv.snoozed_at)
            if session.get(ConversationEvent, event_id) is None:
                self._event(
                    session, conv, {"until": None, "reason": reason}, now, event_id=event_id, actor=None
                )
        conv.snoozed_until = None
        conv.snoozed_at = None
        conv.snoozed_by = None
        conv.updated_at = now

    def wake_due(self) -> list[Woken]:
        """Bring back every snoozed conversation whose time has come or whose customer wrote after
        it was snoozed (or that was solved or closed meanwhile); returns those that came back."""
        now = self.clock.now()
        customer_wrote = exists().where(
            Message.conversation_id == Conversation.id,
            Message.direction == Direction.INBOUND.value,
            Message.deleted_at.is_(None),
            Message.created_at > Conversation.snoozed_at,
        )
        due = select(Conversation.id).where(
            Conversation.snoozed_until >= EPOCH,  # a range: read through ix_conversation_snoozed
            Conversation.deleted_at.is_(None),
            or_(
                Conversation.snoozed_until <= now,
                and_(Conversation.snoozed_at.is_not(None), customer_wrote),
                Conversation.status.in_((Status.SOLVED.value, Status.CLOSED.value)),
            ),
        )
        with self.store.read() as session:  # mostly nothing: no write lock taken for it
            if not session.scalars(due.limit(1)).first():
                return []
        woken: list[Woken] = []
        with self.store.write() as session:
            ids = list(session.scalars(due))
            rows = [c for c in (session.get(Conversation, i) for i in ids) if c is not None]
            for conv in rows:
                until = conv.snoozed_until
                reason = Reason.TIME if until is not None and until <= now else Reason.CUSTOMER
                if conv.status in (Status.SOLVED.value, Status.CLOSED.value) and reason != Reason.TIME:
                    reason = Reason.AGENT  # solved meanwhile: nothing to come back to, no notice
                woken.append(Woken(conv.id, reason, conv.snoozed_by, conv.assignee_id))
                self._end(session, conv, reason, now)
        return [w for w in woken if w.reason != Reason.AGENT]


__all__ = [
    "Reason",
    "SnoozeChoice",
    "SnoozeFacts",
    "SnoozeService",
    "Woken",
    "check_until",
    "choices",
    "snooze_facts",
    "wake_event_id",
]
