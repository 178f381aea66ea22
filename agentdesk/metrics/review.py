# SPDX-License-Identifier: GPL-3.0-or-later
"""Queue review tools for supervisors: bulk reassign, bulk change of tier or team, coaching notes.

Each bulk action is one transaction over all the chosen conversations, run by the same bulk service
as the window's selection (``agentdesk.inbox.bulk``, all or nothing here), built from the same steps
as the single actions of the inbox and escalation services (``_reassign``, ``_hand_over``,
``_move_to_team``), so every conversation gets its own events, hand-off notes and SLA refresh.
It is all or nothing: when one conversation cannot be changed (closed, merged, deleted, an agent
who does not work its tier), nothing is changed and the message names that conversation.

Only supervisors and admins may use these tools; anyone else gets ``PermissionDenied``.

A coaching note is an internal note with ``{"coaching": true}`` in its metadata (and the coached
agent, when named); it answers nobody and stops no SLA clock, like any internal note.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.escalation.service import MANUAL_REASONS, EscalationService, PermissionDenied
from agentdesk.inbox.bulk import BulkService
from agentdesk.inbox.service import ensure_text
from agentdesk.messages import translatable
from agentdesk.store.models import Agent, Conversation, Direction, Status

MAX_BULK = 5000


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What a bulk action did: the conversations it changed and those already as asked."""

    changed: tuple[int | None, ...]  # conversation numbers
    unchanged: tuple[int | None, ...]

    @property
    def message(self) -> str:
        text = f"{len(self.changed)} conversation{'s' if len(self.changed) != 1 else ''} changed"
        if self.unchanged:
            text += f"; {len(self.unchanged)} already as asked"
        return text + "."


class ReviewService(EscalationService):
    """Review actions for one acting supervisor (``actor_id``)."""

    def _supervisor(self, session: Session, doing: str) -> Agent:
        actor = self._actor(session)
        if not self._is_supervisor(actor):
            raise PermissionDenied(
                translatable("MetricsErrors", "Only supervisors can {doing}; {name} is an agent."),
                doing=doing,
                name=actor.name,
            )
        return actor

    def _bulk(
        self,
        conversation_ids: Iterable[uuid.UUID],
        doing: str,
        step: Callable[[Session, Conversation, dt.datetime], bool],
        when: dt.datetime | None,
    ) -> BulkResult:
        """Through the window's bulk runner (``agentdesk.inbox.bulk``), all or nothing."""
        outcome = BulkService(self).run(
            conversation_ids,
            step,
            when=when,
            all_or_nothing=True,
            check=lambda session: self._supervisor(session, doing),
        )
        return BulkResult(
            tuple(ref.number for ref in outcome.changed), tuple(ref.number for ref in outcome.unchanged)
        )

    def bulk_reassign(
        self,
        conversation_ids: Iterable[uuid.UUID],
        agent_id: uuid.UUID | None,
        *,
        when: dt.datetime | None = None,
    ) -> BulkResult:
        """Give every chosen conversation to ``agent_id`` (None: back to the queue)."""

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            if conv.assignee_id == agent_id:
                return False
            self._writable(conv)
            if agent_id is not None:
                self._target_agent(session, agent_id, conv.tier)
            self._reassign(session, conv, agent_id, now)
            return True

        return self._bulk(conversation_ids, "reassign conversations in bulk", step, when)

    def bulk_set_tier(
        self,
        conversation_ids: Iterable[uuid.UUID],
        tier: int,
        note: str,
        *,
        reason: str = "other",
        when: dt.datetime | None = None,
    ) -> BulkResult:
        """Move every chosen conversation to ``tier`` with the hand-off ``note``: an escalation
        (with ``reason``) where the tier is higher, a return where it is lower. Each goes to the
        new tier's queue."""
        if tier not in (1, 2, 3):
            raise ValidationError(
                translatable("MetricsErrors", "The tier must be 1, 2 or 3 (got {tier!r})."), tier=tier
            )
        if reason not in MANUAL_REASONS:
            raise ValidationError(
                translatable("MetricsErrors", "Reason must be one of {join} (got {reason!r})."),
                join=", ".join(MANUAL_REASONS),
                reason=reason,
            )
        note = ensure_text(note, "The hand-off note")

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            if conv.tier == tier:
                return False
            self._writable(conv)
            if tier > conv.tier and conv.status in (Status.SOLVED, Status.CLOSED):
                raise ValidationError(
                    translatable("MetricsErrors", "it is {status}; reopen it first."), status=conv.status
                )
            why = reason if tier > conv.tier else "returned"
            self._hand_over(session, conv, tier, why, note, now, team_id=None, assignee_id=None)
            return True

        return self._bulk(conversation_ids, "change tiers in bulk", step, when)

    def bulk_set_team(
        self,
        conversation_ids: Iterable[uuid.UUID],
        team_id: uuid.UUID,
        note: str | None = None,
        *,
        when: dt.datetime | None = None,
    ) -> BulkResult:
        """Route every chosen conversation to ``team_id``'s queue (as a transfer does)."""

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            team = self._team(session, team_id)
            if conv.team_id == team.id:
                return False
            self._writable(conv)
            self._move_to_team(session, conv, team, now)
            self._reassign(session, conv, None, now)
            if note and note.strip():
                self._agent_message(
                    session, conv, Direction.NOTE, note, now, meta={"transfer": {"to_team": str(team.id)}}
                )
            self._touch(conv, now)
            return True

        return self._bulk(conversation_ids, "change teams in bulk", step, when)

    def add_coaching_note(
        self,
        conversation_id: uuid.UUID,
        body: str,
        *,
        agent_id: uuid.UUID | None = None,
        when: dt.datetime | None = None,
    ) -> uuid.UUID:
        """An internal coaching note on the conversation, for the agent who handled it (by default
        its assignee); returns the note's id."""
        body = ensure_text(body, "The coaching note")
        now = self._now(when)
        with self.store.write() as session:
            self._supervisor(session, "write coaching notes")
            conv = self._conversation(session, conversation_id)
            if conv.merged_into_id is not None:
                self._writable(conv)
            if agent_id is not None and session.get(Agent, agent_id) is None:
                raise NotFoundError(translatable("MetricsErrors", "That agent does not exist."))
            coached = agent_id or conv.assignee_id
            meta: dict[str, object] = {"coaching": True}
            if coached is not None:
                meta["agent"] = str(coached)
            message = self._agent_message(session, conv, Direction.NOTE, body, now, meta=meta)
            self._touch(conv, now)
            return message.id


__all__ = ["BulkResult", "MAX_BULK", "ReviewService"]
