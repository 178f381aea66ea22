# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging conversations, and undoing a merge.

A merge folds one or more *source* conversations into a *target*: the sources' messages move to
the target (its thread then holds the whole story, in time order), each source is closed and
points at the target, the sources' tags join the target's, and both sides record a ``merge``
event. The event keeps what the merge changed (the moved messages, the source's status, the tags
it added) so that ``unmerge`` can put it back.

Conversations of different customers merge only when asked explicitly (the window asks the agent
first): the target keeps its customer, the moved messages keep their author, and the other
customer stays a contact of their own — nothing about the contact is changed or removed.

All of a merge is one transaction; a refusal changes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.inbox.bulk import check_may_change
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import CLOSED_ERROR, InboxService
from agentdesk.messages import translatable
from agentdesk.store.models import (
    Conversation,
    ConversationEvent,
    Customer,
    EventKind,
    Message,
    Status,
    SurveyResponse,
)

MAX_SOURCES = 50
CANDIDATE_LIMIT = 30


@dataclass(frozen=True, slots=True)
class MergeCandidate:
    """A conversation the merge picker offers."""

    id: uuid.UUID
    number: int | None
    subject: str
    customer_id: uuid.UUID
    customer_name: str
    status: str
    message_count: int
    last_activity_at: dt.datetime


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What a merge would do, for the confirmation: the target, the sources, and the sources whose
    customer is another than the target's (their contact stays as it is)."""

    target: MergeCandidate
    sources: tuple[MergeCandidate, ...]
    other_customers: tuple[MergeCandidate, ...]

    @property
    def messages(self) -> int:
        return sum(s.message_count for s in self.sources)


def _candidate(conv: Conversation, customer_name: str) -> MergeCandidate:
    return MergeCandidate(
        conv.id,
        conv.number,
        conv.subject,
        conv.customer_id,
        customer_name,
        conv.status,
        conv.message_count,
        conv.last_activity_at,
    )


class MergeService(InboxService):
    """Merge and unmerge for one acting agent."""

    # -- reading -------------------------------------------------------------------------------

    def candidates(
        self, query: str, *, target_id: uuid.UUID | None = None, limit: int = CANDIDATE_LIMIT
    ) -> list[MergeCandidate]:
        """Conversations the picker offers to merge with (or link to) ``target_id``.

        With words, the window's own search finds them (``agentdesk.inbox.search``: by number,
        subject, message or customer, accents folded, field terms such as ``status:open``), in its
        order; without, the newest. Either way the target customer's own conversations come
        first, and merged-away conversations are left out. A query the search cannot read raises
        its ``SearchSyntaxError`` (one sentence for the picker to show)."""
        limit = max(1, min(limit, 200))
        with self.store.read() as session:
            target = session.get(Conversation, target_id) if target_id is not None else None
            own = target.customer_id if target is not None else None
            if not query.strip():
                stmt = (
                    select(Conversation, Customer.name)
                    .join(Customer, Customer.id == Conversation.customer_id)
                    .where(Conversation.deleted_at.is_(None), Conversation.merged_into_id.is_(None))
                )
                if target_id is not None:
                    stmt = stmt.where(Conversation.id != target_id)
                order = [Conversation.last_activity_at.desc(), Conversation.id]
                if own is not None:
                    order.insert(0, Conversation.customer_id != own)
                rows = session.execute(stmt.order_by(*order).limit(limit)).all()
                return [_candidate(conv, name) for conv, name in rows]
        hits = SearchService(self.store).search(
            query, limit=limit + 1, agent_id=self.actor_id, now=self.clock.now()
        )
        found = self.describe(
            [h.conversation_id for h in hits if h.conversation_id != target_id], merged=False
        )
        found.sort(key=lambda c: c.customer_id != own)  # stable: the search's order within each
        return found[:limit]

    def describe(self, ids: Sequence[uuid.UUID], *, merged: bool = True) -> list[MergeCandidate]:
        """The conversations ``ids`` as the picker shows them, in that order (unknown ones, and
        without ``merged`` the merged-away ones, left out)."""
        with self.store.read() as session:
            stmt = (
                select(Conversation, Customer.name)
                .join(Customer, Customer.id == Conversation.customer_id)
                .where(Conversation.id.in_(list(ids)), Conversation.deleted_at.is_(None))
            )
            if not merged:
                stmt = stmt.where(Conversation.merged_into_id.is_(None))
            found = {conv.id: _candidate(conv, name) for conv, name in session.execute(stmt).all()}
        return [found[i] for i in ids if i in found]

    def plan(self, target_id: uuid.UUID, source_ids: Sequence[uuid.UUID]) -> MergePlan:
        """What merging ``source_ids`` into ``target_id`` would do; refuses as ``merge_into`` would."""
        with self.store.read() as session:
            target, sources = self._check(session, target_id, source_ids)
            names = self._names(session, [target, *sources])
            target_c = _candidate(target, names[target.customer_id])
            source_cs = tuple(_candidate(s, names[s.customer_id]) for s in sources)
            other = tuple(s for s in source_cs if s.customer_id != target.customer_id)
            return MergePlan(target_c, source_cs, other)

    @staticmethod
    def _names(session: Session, convs: Sequence[Conversation]) -> dict[uuid.UUID, str]:
        ids = {c.customer_id for c in convs}
        rows = session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all()
        return {r.id: r.name for r in rows}

    # -- merge ---------------------------------------------------------------------------------

    def _check(
        self, session: Session, target_id: uuid.UUID, source_ids: Sequence[uuid.UUID]
    ) -> tuple[Conversation, list[Conversation]]:
        ids = list(dict.fromkeys(source_ids))
        if not ids:
            raise ValidationError(translatable("InboxErrors", "Choose at least one conversation to merge."))
        if target_id in ids:
            raise ValidationError(translatable("InboxErrors", "A conversation cannot be merged into itself."))
        if len(ids) > MAX_SOURCES:
            raise ValidationError(
                translatable("InboxErrors", "Merge at most {MAX_SOURCES} conversations at a time."),
                MAX_SOURCES=MAX_SOURCES,
            )
        target = self._conversation(session, target_id)
        sources = [self._conversation(session, cid) for cid in ids]
        for conv in (target, *sources):
            check_may_change(session, self.actor_id, conv)
        for conv in (*sources, target):
            if conv.merged_into_id is not None:
                raise ValidationError(
                    translatable("InboxErrors", "Conversation #{number} was already merged."),
                    number=conv.number,
                )
        if target.status == Status.CLOSED:
            raise ValidationError(CLOSED_ERROR.format(number=target.number))
        return target, sources

    def merge_into(
        self,
        target_id: uuid.UUID,
        source_ids: Sequence[uuid.UUID],
        *,
        across_customers: bool = False,
        when: dt.datetime | None = None,
    ) -> None:
        """Merge every source into the target in one transaction. Sources of another customer
        than the target's are refused unless ``across_customers`` (the agent confirmed it)."""
        now = self._now(when)
        with self.store.write() as session:
            target, sources = self._check(session, target_id, source_ids)
            if not across_customers and any(s.customer_id != target.customer_id for s in sources):
                raise ValidationError(
                    translatable("InboxErrors", "Only conversations of the same customer can be merged.")
                )
            reopen = False
            for source in sources:
                reopen |= self._merge_one(session, source, target, now)
            session.flush()
            self.refresh_summary(session, target)
            if reopen or (target.status == Status.SOLVED and target.waiting_since is not None):
                self._change_status(session, target, Status.OPEN.value, now)
            target.updated_at = now
            for conv in (*sources, target):
                self._refresh_sla(session, conv, now)

    def _merge_one(
        self, session: Session, source: Conversation, target: Conversation, now: dt.datetime
    ) -> bool:
        """Fold ``source`` into ``target``; True when the source awaited an answer."""
        moved = [
            str(mid)
            for mid in session.scalars(
                select(Message.id).where(Message.conversation_id == source.id).order_by(Message.created_at)
            )
        ]
        awaited = source.waiting_since is not None and source.status not in (Status.SOLVED, Status.CLOSED)
        session.execute(
            update(Message)
            .where(Message.conversation_id == source.id)
            .values(conversation_id=target.id, updated_at=now)
        )
        surveys = _move_surveys(session, source.id, target.id, None, now)  # the answers go with them
        tags_added = sorted(set(source.tags or []) - set(target.tags or []))
        data = {
            "source": str(source.id),
            "target": str(target.id),
            "source_number": source.number,
            "target_number": target.number,
            "messages": moved,
            "surveys": surveys,
            "source_status": source.status,
            "tags_added": tags_added,
            "customer": str(source.customer_id) if source.customer_id != target.customer_id else None,
        }
        self._event(session, source, EventKind.MERGE, data, now)
        self._event(session, target, EventKind.MERGE, data, now)
        if source.status != Status.CLOSED:
            if source.status != Status.SOLVED:
                self._change_status(session, source, Status.SOLVED.value, now)
            self._change_status(session, source, Status.CLOSED.value, now)
        source.merged_into_id = target.id
        source.message_count = 0
        source.waiting_since = None
        source.updated_at = now
        if tags_added:
            target.tags = sorted(set(target.tags or []) | set(tags_added))
        return awaited

    # -- unmerge -------------------------------------------------------------------------------

    def merge_event(self, source_id: uuid.UUID) -> uuid.UUID | None:
        """The merge event (on the source) that ``unmerge`` would undo; None when it was not
        merged."""
        with self.store.read() as session:
            source = self._conversation(session, source_id)
            if source.merged_into_id is None:
                return None
            event = self._last_merge(session, source)
            return event.id if event is not None else None

    @staticmethod
    def _last_merge(session: Session, source: Conversation) -> ConversationEvent | None:
        events = session.scalars(
            select(ConversationEvent)
            .where(
                ConversationEvent.conversation_id == source.id,
                ConversationEvent.kind == EventKind.MERGE.value,
                ConversationEvent.deleted_at.is_(None),
            )
            .order_by(ConversationEvent.created_at.desc(), ConversationEvent.id.desc())
        )
        for event in events:
            if (event.data or {}).get("source") == str(source.id):
                return event
        return None

    def unmerge(self, source_id: uuid.UUID, *, when: dt.datetime | None = None) -> None:
        """Undo the merge of ``source_id``: its messages go back, it gets its status and tags
        back (tags the merge added to the target leave it again), and both record an ``unmerge``
        event. Replies and notes written in the target since stay there.

        Refused when the target has since been merged elsewhere or closed, or when the merge was
        recorded before merges kept what they moved."""
        now = self._now(when)
        with self.store.write() as session:
            source = self._conversation(session, source_id)
            if source.merged_into_id is None:
                raise ValidationError(
                    translatable("InboxErrors", "Conversation #{number} is not merged."), number=source.number
                )
            target = self._conversation(session, source.merged_into_id)
            for conv in (source, target):
                check_may_change(session, self.actor_id, conv)
            event = self._last_merge(session, source)
            data = event.data if event is not None else {}
            if event is None or "messages" not in data:
                raise ValidationError(
                    translatable(
                        "InboxErrors",
                        "The merge of #{number} cannot be undone: it was recorded without what it moved.",
                    ),
                    number=source.number,
                )
            if target.merged_into_id is not None:
                raise ValidationError(
                    translatable(
                        "InboxErrors", "Conversation #{number} was merged again since; undo that merge first."
                    ),
                    number=target.number,
                )
            if target.status == Status.CLOSED:
                raise ValidationError(CLOSED_ERROR.format(number=target.number))
            ids = [uuid.UUID(m) for m in data.get("messages", [])]
            count = 0
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                result = session.execute(
                    update(Message)
                    .where(Message.id.in_(chunk), Message.conversation_id == target.id)
                    .values(conversation_id=source.id, updated_at=now)
                )
                count += int(getattr(result, "rowcount", 0) or 0)
            _move_surveys(session, target.id, source.id, [str(x) for x in data.get("surveys") or []], now)
            back = {
                "source": str(source.id),
                "target": str(target.id),
                "source_number": source.number,
                "target_number": target.number,
                "messages": count,
            }
            self._event(session, source, EventKind.UNMERGE, back, now)
            self._event(session, target, EventKind.UNMERGE, back, now)
            source.merged_into_id = None
            removed = set(data.get("tags_added") or []) & set(target.tags or [])
            if removed:
                target.tags = sorted(set(target.tags or []) - removed)
            previous = str(data.get("source_status") or Status.OPEN.value)
            if previous != Status.CLOSED:
                self._change_status(session, source, previous, now)
            session.flush()
            for conv in (source, target):
                self.refresh_summary(session, conv)
                conv.updated_at = now
                self._refresh_sla(session, conv, now)

    def merged_sources(self, target_id: uuid.UUID) -> list[tuple[uuid.UUID, int | None]]:
        """The conversations merged into ``target_id`` (id, number), oldest number first."""
        with self.store.read() as session:
            rows = session.execute(
                select(Conversation.id, Conversation.number)
                .where(Conversation.merged_into_id == target_id, Conversation.deleted_at.is_(None))
                .order_by(func.coalesce(Conversation.number, 0), Conversation.id)
            ).all()
            return [(r.id, r.number) for r in rows]


def _move_surveys(
    session: Session, from_id: uuid.UUID, to_id: uuid.UUID, only: list[str] | None, now: dt.datetime
) -> list[str]:
    """Move the survey answers of ``from_id`` (those in ``only``, when given) to ``to_id``; their ids."""
    stmt = select(SurveyResponse).where(SurveyResponse.conversation_id == from_id)
    moved: list[str] = []
    for answer in session.scalars(stmt):
        if only is None or str(answer.id) in only:
            answer.conversation_id = to_id
            answer.updated_at = now
            moved.append(str(answer.id))
    return moved
