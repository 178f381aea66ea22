# SPDX-License-Identifier: GPL-3.0-or-later
"""Conversation actions: create, message, reply, note, status, priority, assign, tag, merge.

Each public method is one user action and one transaction: it changes the rows and appends the
matching ``ConversationEvent`` together, so the audit trail (and the SLA state rebuilt from it) can
never disagree with the data. Invalid requests raise ``ValidationError`` / ``NotFoundError`` with a
sentence the agent can read; nothing is written then.

The service also keeps the conversation's list columns (``waiting_since``, ``last_activity_at``,
``snippet``, ``message_count``, ``first_response_at``) so inbox pages need no join over messages:

- ``message_count`` counts every message, internal notes included;
- ``snippet`` is the start of the newest public (non-note) message;
- ``waiting_since`` is the time of the oldest customer message after the last public reply.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.attachments import add_attachment
from agentdesk.attachments.drafts import move_to_message
from agentdesk.clock import Clock, SystemClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.replies.tone import Tone, assess
from agentdesk.routing import updates as routing_updates
from agentdesk.routing.engine import route
from agentdesk.sla.cache import refresh_conversation_sla
from agentdesk.store.database import Store
from agentdesk.store.models import (
    LANGUAGES,
    Agent,
    Channel,
    Conversation,
    ConversationEvent,
    Customer,
    Direction,
    EventKind,
    Message,
    Mood,
    Plan,
    Priority,
    Status,
)
from agentdesk.text import clean_json, clean_optional, clean_text

log = logging.getLogger("agentdesk.inbox")

SNIPPET_LENGTH = 200
MAX_SUBJECT = 500
MAX_BODY = 5_000_000  # characters; a 20 MB mail is cut down by the channel before it gets here
TAG_RE = re.compile(r"^[\w][\w\-.:/]{0,49}$", re.UNICODE)
CLOSED_ERROR = "Conversation #{number} is closed; start a new conversation for this customer."

# Statuses an agent may set by hand, and what a change from "closed" allows (nothing).
SETTABLE_STATUSES = Status.values()


@dataclass(frozen=True)
class ConversationRef:
    id: uuid.UUID
    number: int | None


@dataclass(frozen=True)
class NewAttachment:
    """A file that came with a customer's message. ``content`` is None when it was too large to
    keep (``size`` still says how large it was)."""

    filename: str
    content_type: str
    size: int
    content: bytes | None
    content_id: str | None = None


def _add_attachments(
    session: Session, message_id: uuid.UUID, attachments: Sequence[NewAttachment], now: dt.datetime
) -> None:
    for item in attachments:
        add_attachment(
            session,
            message_id,
            item.content,
            filename=item.filename,
            content_type=item.content_type or "application/octet-stream",
            content_id=item.content_id,
            size=item.size,
            now=now,
        )


def mood_of(body: str, before: str | None = None) -> str | None:
    """The customer's mood as their newest message reads (the inbox list marks it): frustrated is
    angry, tense is unhappy; a calm message after an upset one is neutral again."""
    tone = assess(body).tone
    if tone is Tone.FRUSTRATED:
        return Mood.ANGRY.value
    if tone is Tone.TENSE:
        return Mood.UNHAPPY.value
    return Mood.NEUTRAL.value if before in (Mood.ANGRY.value, Mood.UNHAPPY.value) else before


def make_snippet(text: str) -> str:
    return " ".join(text.split())[:SNIPPET_LENGTH]


def _choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise ValidationError(
            translatable("InboxErrors", "{what} must be one of {join} (got {value!r})."),
            what=what,
            join=", ".join(allowed),
            value=value,
        )
    return value


def ensure_text(text: str, what: str = "The message") -> str:
    if not text or not text.strip():
        raise ValidationError(translatable("InboxErrors", "{what} is empty."), what=what)
    if len(text) > MAX_BODY:
        raise ValidationError(
            translatable("InboxErrors", "{what} is too long ({len:,} characters; at most {MAX_BODY:,})."),
            what=what,
            len=len(text),
            MAX_BODY=MAX_BODY,
        )
    return text


def normalize_tag(tag: str) -> str:
    clean = tag.strip().lower().replace(" ", "-")
    if not TAG_RE.match(clean):
        raise ValidationError(
            translatable(
                "InboxErrors",
                ("{tag!r} is not a valid tag: use up to 50 letters, digits, '-', '_', '.', ':' or '/'."),
            ),
            tag=tag,
        )
    return clean


class InboxService:
    """Conversation actions for one acting agent (``actor_id``; None for the system or the customer)."""

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        actor_id: uuid.UUID | None = None,
        *,
        routing: bool = True,
    ) -> None:
        self.store = store
        self.clock = clock or SystemClock()
        self.actor_id = actor_id
        self.routing = routing  # run the routing rules on arrival (off only for a schema without them)
        if routing:  # and after an agent's change, in the same transaction (the rules' update trigger)
            routing_updates.install(store)

    # -- helpers -----------------------------------------------------------------------------

    def _now(self, when: dt.datetime | None = None) -> dt.datetime:
        if when is None:
            return self.clock.now()
        if when.tzinfo is None:
            raise ValidationError(translatable("InboxErrors", "A time without a time zone was given."))
        return when.astimezone(dt.UTC)

    @staticmethod
    def _conversation(session: Session, conversation_id: uuid.UUID) -> Conversation:
        conv = session.get(Conversation, conversation_id, with_for_update=False)
        if conv is None or conv.deleted_at is not None:
            raise NotFoundError(
                translatable("InboxErrors", "That conversation does not exist (it may have been deleted).")
            )
        return conv

    @staticmethod
    def _writable(conv: Conversation) -> None:
        if conv.status == Status.CLOSED:
            raise ValidationError(CLOSED_ERROR.format(number=conv.number))
        if conv.merged_into_id is not None:
            raise ValidationError(
                translatable("InboxErrors", "Conversation #{number} was merged into another conversation."),
                number=conv.number,
            )

    def _event(
        self,
        session: Session,
        conv: Conversation,
        kind: EventKind,
        data: dict[str, Any],
        when: dt.datetime,
    ) -> ConversationEvent:
        event = ConversationEvent(
            id=uuid7(),
            conversation_id=conv.id,
            kind=kind.value,
            actor_agent_id=self.actor_id,
            data=data,
            created_at=when,
            updated_at=when,
        )
        session.add(event)
        return event

    def _agent_name(self, session: Session) -> str:
        if self.actor_id is None:
            return ""
        agent = session.get(Agent, self.actor_id)
        return agent.name if agent else ""

    def _agent_message(
        self,
        session: Session,
        conv: Conversation,
        direction: Direction,
        body: str,
        now: dt.datetime,
        *,
        body_html: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Message:
        """A reply or internal note written by the acting agent, added to ``conv``'s thread."""
        message = Message(
            id=uuid7(),
            conversation_id=conv.id,
            direction=direction.value,
            channel=conv.channel,
            author_agent_id=self.actor_id,
            author_name=self._agent_name(session),
            body_text=body,
            body_html=body_html,
            meta=dict(meta or {}),
            created_at=now,
            updated_at=now,
        )
        session.add(message)
        conv.message_count += 1
        return message

    @staticmethod
    def _active_agent(session: Session, agent_id: uuid.UUID) -> Agent:
        agent = session.get(Agent, agent_id)
        if agent is None or agent.deleted_at is not None:
            raise NotFoundError(translatable("InboxErrors", "That agent does not exist."))
        if not agent.active:
            raise ValidationError(
                translatable("InboxErrors", "{name} is deactivated and cannot take conversations."),
                name=agent.name,
            )
        return agent

    def _reassign(
        self, session: Session, conv: Conversation, agent_id: uuid.UUID | None, now: dt.datetime
    ) -> None:
        """Give ``conv`` to ``agent_id`` (None: back to the queue) and record it; no-op if unchanged."""
        if conv.assignee_id == agent_id:
            return
        self._event(
            session,
            conv,
            EventKind.ASSIGNMENT,
            {
                "from": str(conv.assignee_id) if conv.assignee_id else None,
                "to": str(agent_id) if agent_id else None,
            },
            now,
        )
        conv.assignee_id = agent_id
        conv.updated_at = now

    def _touch(self, conv: Conversation, when: dt.datetime) -> None:
        conv.updated_at = when
        if conv.last_activity_at is None or when > conv.last_activity_at:
            conv.last_activity_at = when

    def _change_status(self, session: Session, conv: Conversation, status: str, when: dt.datetime) -> None:
        if conv.status == status:
            return
        self._event(session, conv, EventKind.STATUS, {"from": conv.status, "to": status}, when)
        conv.status = status
        if status in (Status.SOLVED, Status.CLOSED):
            conv.solved_at = conv.solved_at or when
            conv.waiting_since = None
        else:
            conv.solved_at = None
        conv.updated_at = when

    def _refresh_sla(self, session: Session, conv: Conversation, when: dt.datetime) -> None:
        """Recompute the cached SLA due times (and record a due warning/breach) in this
        transaction; entries after "now" are ignored by the engine, hence the later of the two."""
        session.flush()
        refresh_conversation_sla(session, conv.id, max(self.clock.now(), when))

    @staticmethod
    def _next_number(session: Session) -> int:
        return int(session.scalar(select(func.coalesce(func.max(Conversation.number), 0))) or 0) + 1

    # -- customers ---------------------------------------------------------------------------

    def create_customer(
        self,
        name: str,
        *,
        email: str | None = None,
        phone: str | None = None,
        company: str | None = None,
        plan: str = Plan.STANDARD.value,
        language: str = "en",
    ) -> uuid.UUID:
        name, email = clean_text(name), clean_optional(email)
        phone, company = clean_optional(phone), clean_optional(company)
        if not name.strip():
            raise ValidationError(translatable("InboxErrors", "A customer needs a name."))
        _choice(plan, Plan.values(), "Plan")
        _choice(language, LANGUAGES, "Language")
        email = email.strip().lower() if email else None
        if email is not None and "@" not in email:
            raise ValidationError(
                translatable("InboxErrors", "{email!r} is not an email address."), email=email
            )
        now = self._now()
        with self.store.write() as session:
            customer = Customer(
                id=uuid7(),
                name=name.strip(),
                email=email,
                phone=phone,
                company=company,
                plan=plan,
                language=language,
                created_at=now,
                updated_at=now,
            )
            session.add(customer)
            return customer.id

    def find_customer_by_email(self, email: str) -> uuid.UUID | None:
        with self.store.read() as session:
            return session.scalar(
                select(Customer.id)
                .where(Customer.email == email.strip().lower(), Customer.deleted_at.is_(None))
                .limit(1)
            )

    # -- conversations -----------------------------------------------------------------------

    def create_conversation(
        self,
        customer_id: uuid.UUID,
        channel: str,
        subject: str,
        body: str,
        *,
        body_html: str | None = None,
        priority: str = Priority.NORMAL.value,
        language: str | None = None,
        tags: Iterable[str] = (),
        logged_by_agent: bool = False,
        external_id: str | None = None,
        meta: dict[str, Any] | None = None,
        when: dt.datetime | None = None,
        attachments: Sequence[NewAttachment] = (),
        automatic: bool = False,
    ) -> ConversationRef:
        """A new conversation opened by the customer's first message.

        ``logged_by_agent`` records a contact the agent took down by hand (a phone call, a letter,
        a walk-in): the message is still the customer's, with the logging agent in its metadata.
        ``automatic`` is for a message no person wrote (an auto-reply, a bounce) that belongs to no
        known conversation: it is kept, but the conversation is solved at once, so it waits for
        no answer and runs no SLA clock.
        """
        _choice(channel, Channel.values(), "Channel")
        _choice(priority, Priority.values(), "Priority")
        if language is not None:
            _choice(language, LANGUAGES, "Language")
        # Text from outside (a pasted subject, a mail) is repaired at the door (agentdesk.text).
        subject = " ".join(clean_text(subject).split())
        body, body_html = clean_text(body), clean_optional(body_html)
        external_id, meta = clean_optional(external_id), clean_json(meta)
        if not subject:
            raise ValidationError(translatable("InboxErrors", "A conversation needs a subject."))
        if len(subject) > MAX_SUBJECT:
            raise ValidationError(
                translatable("InboxErrors", "The subject is too long (at most {MAX_SUBJECT} characters)."),
                MAX_SUBJECT=MAX_SUBJECT,
            )
        ensure_text(body)
        clean_tags = sorted({normalize_tag(t) for t in tags})
        now = self._now(when)
        with self.store.write() as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.deleted_at is not None:
                raise NotFoundError(translatable("InboxErrors", "That customer does not exist."))
            conv = Conversation(
                id=uuid7(),
                number=self._next_number(session),
                customer_id=customer.id,
                channel=channel,
                subject=subject,
                status=Status.NEW.value,
                priority=priority,
                tier=1,
                tags=clean_tags,
                language=language or customer.language,
                created_at=now,
                updated_at=now,
                last_activity_at=now,
                waiting_since=now,
                snippet=make_snippet(body),
                message_count=1,
                mood=None if automatic else mood_of(body),
            )
            session.add(conv)
            session.flush()
            message_meta = dict(meta or {})
            if logged_by_agent:
                message_meta["logged_by"] = str(self.actor_id) if self.actor_id else None
            first = Message(
                id=uuid7(),
                conversation_id=conv.id,
                direction=Direction.INBOUND.value,
                channel=channel,
                author_customer_id=customer.id,
                author_name=customer.name,
                body_text=body,
                body_html=body_html,
                meta=message_meta,
                external_id=external_id,
                created_at=now,
                updated_at=now,
            )
            session.add(first)
            self._event(
                session,
                conv,
                EventKind.CREATED,
                {"channel": channel, "by": "agent" if logged_by_agent else "customer"},
                now,
            )
            if clean_tags:
                self._event(session, conv, EventKind.TAG, {"added": clean_tags, "removed": []}, now)
            if attachments:
                session.flush()
                _add_attachments(session, first.id, attachments, now)
            if automatic:
                self._change_status(session, conv, Status.SOLVED.value, now)
            elif self.routing:
                route(session, conv, "arrival", body, message_meta, now)  # routing rules (agentdesk.routing)
            self._refresh_sla(session, conv, now)
            return ConversationRef(conv.id, conv.number)

    def add_inbound_message(
        self,
        conversation_id: uuid.UUID,
        body: str,
        *,
        body_html: str | None = None,
        external_id: str | None = None,
        meta: dict[str, Any] | None = None,
        when: dt.datetime | None = None,
        attachments: Sequence[NewAttachment] = (),
        automatic: bool = False,
    ) -> uuid.UUID:
        """A customer wrote again. Reopens a pending, on-hold or solved conversation.

        A message whose ``external_id`` is already stored is not added twice: its id is returned.

        ``automatic`` is for a message no person wrote (an auto-reply, a bounce): it is kept in the
        thread as a note from the customer's side, so it neither reopens the conversation nor
        starts a response clock, and it awaits no answer.
        """
        body, body_html = clean_text(body), clean_optional(body_html)
        external_id, meta = clean_optional(external_id), clean_json(meta)
        ensure_text(body)
        now = self._now(when)
        with self.store.write() as session:
            if external_id is not None:
                existing = session.scalar(select(Message.id).where(Message.external_id == external_id))
                if existing is not None:
                    return existing
            conv = self._conversation(session, conversation_id)
            self._writable(conv)
            customer = session.get(Customer, conv.customer_id)
            message = Message(
                id=uuid7(),
                conversation_id=conv.id,
                direction=(Direction.NOTE if automatic else Direction.INBOUND).value,
                channel=conv.channel,
                author_customer_id=conv.customer_id,
                author_name=customer.name if customer else "",
                body_text=body,
                body_html=body_html,
                meta=dict(meta or {}),
                external_id=external_id,
                created_at=now,
                updated_at=now,
            )
            session.add(message)
            if attachments:
                session.flush()
                _add_attachments(session, message.id, attachments, now)
            if automatic:
                conv.message_count += 1
                self._touch(conv, now)
                return message.id
            if conv.status in (Status.PENDING, Status.ON_HOLD, Status.SOLVED):
                self._change_status(session, conv, Status.OPEN.value, now)
            if conv.waiting_since is None:
                conv.waiting_since = now
            conv.snippet = make_snippet(body)
            conv.mood = mood_of(body, conv.mood)
            conv.message_count += 1
            self._touch(conv, now)
            if self.routing:
                route(session, conv, "customer_message", body, meta, now)  # routing rules (agentdesk.routing)
            self._refresh_sla(session, conv, now)
            return message.id

    def reply(
        self,
        conversation_id: uuid.UUID,
        body: str,
        *,
        body_html: str | None = None,
        status_after: str | None = None,
        when: dt.datetime | None = None,
        on_message: Callable[[Session, Message], None] | None = None,
        attachments: Sequence[uuid.UUID] = (),
    ) -> uuid.UUID:
        """A public answer to the customer; optionally sets the status in the same step
        ("Send and set waiting", "Send and solve"). ``attachments``: files of the draft
        (``agentdesk.attachments.drafts``) that go with it.

        ``on_message`` runs in the same transaction once the reply's row is flushed: a channel uses
        it to queue the reply for delivery, so a reply can never exist without its way out.
        """
        body, body_html = clean_text(body), clean_optional(body_html)
        ensure_text(body, "The reply")
        if status_after is not None:
            _choice(status_after, (Status.OPEN, Status.PENDING, Status.ON_HOLD, Status.SOLVED), "Status")
        now = self._now(when)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            self._writable(conv)
            message = self._agent_message(session, conv, Direction.OUTBOUND, body, now, body_html=body_html)
            if attachments:
                session.flush()
                move_to_message(session, attachments, message.id, now)
            if conv.first_response_at is None:
                conv.first_response_at = now
            conv.waiting_since = None
            conv.snippet = make_snippet(body)
            if conv.status == Status.NEW:
                self._change_status(session, conv, Status.OPEN.value, now)
            if status_after is not None:
                self._change_status(session, conv, status_after, now)
            self._touch(conv, now)
            self._refresh_sla(session, conv, now)
            if on_message is not None:
                session.flush()
                on_message(session, message)
            return message.id

    def add_note(
        self,
        conversation_id: uuid.UUID,
        body: str,
        *,
        meta: dict[str, Any] | None = None,
        when: dt.datetime | None = None,
        attachments: Sequence[uuid.UUID] = (),
    ) -> uuid.UUID:
        """An internal note: seen by agents only; it answers nobody and stops no SLA clock."""
        body, meta = clean_text(body), clean_json(meta)
        ensure_text(body, "The note")
        now = self._now(when)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            if conv.merged_into_id is not None:
                self._writable(conv)
            message = self._agent_message(session, conv, Direction.NOTE, body, now, meta=meta)
            if attachments:
                session.flush()
                move_to_message(session, attachments, message.id, now)
            self._touch(conv, now)
            return message.id

    def set_status(self, conversation_id: uuid.UUID, status: str, *, when: dt.datetime | None = None) -> None:
        _choice(status, SETTABLE_STATUSES, "Status")
        now = self._now(when)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            if conv.status == status:
                return
            if conv.status == Status.CLOSED:
                raise ValidationError(CLOSED_ERROR.format(number=conv.number))
            if status == Status.CLOSED and conv.status != Status.SOLVED:
                raise ValidationError(
                    translatable(
                        "InboxErrors", "Conversation #{number} must be solved before it can be closed."
                    ),
                    number=conv.number,
                )
            if status == Status.NEW:
                raise ValidationError(
                    translatable("InboxErrors", "A conversation cannot be set back to new.")
                )
            self._change_status(session, conv, status, now)
            self._refresh_sla(session, conv, now)

    def set_priority(
        self, conversation_id: uuid.UUID, priority: str, *, when: dt.datetime | None = None
    ) -> None:
        _choice(priority, Priority.values(), "Priority")
        now = self._now(when)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            if conv.priority == priority:
                return
            self._writable(conv)
            self._event(session, conv, EventKind.PRIORITY, {"from": conv.priority, "to": priority}, now)
            conv.priority = priority
            conv.updated_at = now
            self._refresh_sla(session, conv, now)

    def assign(
        self, conversation_id: uuid.UUID, agent_id: uuid.UUID | None, *, when: dt.datetime | None = None
    ) -> None:
        """Assign to an agent, or unassign with ``None``."""
        now = self._now(when)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            if conv.assignee_id == agent_id:
                return
            self._writable(conv)
            if agent_id is not None:
                self._active_agent(session, agent_id)
            self._reassign(session, conv, agent_id, now)

    def tag(
        self,
        conversation_id: uuid.UUID,
        *,
        add: Iterable[str] = (),
        remove: Iterable[str] = (),
        when: dt.datetime | None = None,
    ) -> list[str]:
        """Add and remove tags; returns the tags afterwards. Records only real changes."""
        to_add = {normalize_tag(t) for t in add}
        to_remove = {normalize_tag(t) for t in remove}
        if to_add & to_remove:
            raise ValidationError(translatable("InboxErrors", "A tag cannot be added and removed at once."))
        now = self._now(when)
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            current = set(conv.tags or [])
            added = sorted(to_add - current)
            removed = sorted(to_remove & current)
            if not added and not removed:
                return sorted(current)
            self._writable(conv)
            new_tags = sorted((current | set(added)) - set(removed))
            conv.tags = new_tags
            conv.updated_at = now
            self._event(session, conv, EventKind.TAG, {"added": added, "removed": removed}, now)
            return new_tags

    def set_follow_up(
        self, conversation_id: uuid.UUID, at: dt.datetime | None, *, when: dt.datetime | None = None
    ) -> None:
        """Ask to see the conversation again at ``at`` (it then shows in the Follow-ups view);
        ``None`` clears the follow-up."""
        now = self._now(when)
        if at is not None:
            if at.tzinfo is None:
                raise ValidationError(translatable("InboxErrors", "A follow-up time needs a time zone."))
            at = at.astimezone(dt.UTC)
            if at <= now:
                raise ValidationError(translatable("InboxErrors", "A follow-up must be in the future."))
        with self.store.write() as session:
            conv = self._conversation(session, conversation_id)
            if conv.follow_up_at == at:
                return
            self._writable(conv)
            self._event(session, conv, EventKind.FOLLOW_UP, {"at": at.isoformat() if at else None}, now)
            conv.follow_up_at = at
            conv.updated_at = now

    def merge(self, source_id: uuid.UUID, target_id: uuid.UUID, *, when: dt.datetime | None = None) -> None:
        """Merge ``source`` into ``target`` (same customer); see ``agentdesk.inbox.merging``."""
        from agentdesk.inbox.merging import MergeService  # merging builds on this class

        merger = MergeService(self.store, self.clock, self.actor_id)
        merger.merge_into(target_id, [source_id], when=when)

    @staticmethod
    def refresh_summary(session: Session, conv: Conversation) -> None:
        """Recompute the list columns of ``conv`` from its messages (after a merge or import)."""
        rows = session.execute(
            select(Message.direction, Message.body_text, Message.created_at)
            .where(Message.conversation_id == conv.id, Message.deleted_at.is_(None))
            .order_by(Message.created_at, Message.id)
        ).all()
        conv.message_count = len(rows)
        public = [r for r in rows if r.direction != Direction.NOTE]
        conv.snippet = make_snippet(public[-1].body_text) if public else ""
        conv.last_activity_at = max([r.created_at for r in rows], default=conv.created_at)
        outbound = [r.created_at for r in public if r.direction == Direction.OUTBOUND]
        conv.first_response_at = outbound[0] if outbound else None
        waiting: dt.datetime | None = None
        for r in public:
            if r.direction == Direction.OUTBOUND:
                waiting = None
            elif waiting is None:
                waiting = r.created_at
        if conv.status in (Status.SOLVED, Status.CLOSED):
            waiting = None
        conv.waiting_since = waiting
