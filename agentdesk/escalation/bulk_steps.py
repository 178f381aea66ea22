# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk steps that change the tier or the team (``agentdesk.inbox.bulk`` runs them).

Built from the escalation service's own pieces, so each conversation gets the hand-off note,
escalation or transfer event and SLA refresh a single escalation, return or transfer gives it; an
agent may only move conversations of a tier they work (as for a single escalation).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.escalation.service import MANUAL_REASONS, EscalationService
from agentdesk.inbox.bulk import BulkStep
from agentdesk.inbox.service import ensure_text
from agentdesk.messages import translatable
from agentdesk.store.models import Conversation, Direction, Status


def tier_step(service: EscalationService, tier: int, note: str, *, reason: str = "other") -> BulkStep:
    """Move each to ``tier`` with the hand-off ``note``: an escalation where the tier is higher,
    a return where it is lower; each goes to the new tier's queue."""
    if tier not in (1, 2, 3):
        raise ValidationError(translatable("BulkErrors", "The tier must be 1, 2 or 3."))
    if reason not in MANUAL_REASONS:
        raise ValidationError(
            translatable("BulkErrors", "Reason must be one of {join}."), join=", ".join(MANUAL_REASONS)
        )
    note = ensure_text(note, "The hand-off note")

    def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
        if conv.tier == tier:
            return False
        service._writable(conv)
        if service.actor_id is not None:
            service._require_tier(
                service._actor(session), conv.tier, "escalate" if tier > conv.tier else "return"
            )
        if tier > conv.tier and conv.status in (Status.SOLVED, Status.CLOSED):
            raise ValidationError(translatable("BulkErrors", "It is solved; reopen it first."))
        why = reason if tier > conv.tier else "returned"
        service._hand_over(session, conv, tier, why, note, now, team_id=None, assignee_id=None)
        return True

    return step


def team_step(service: EscalationService, team_id: uuid.UUID, note: str | None = None) -> BulkStep:
    """Route each to ``team_id``'s queue, as a transfer does."""

    def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
        team = service._team(session, team_id)
        if conv.team_id == team.id:
            return False
        service._writable(conv)
        if service.actor_id is not None:
            service._require_tier(service._actor(session), conv.tier, "transfer")
        service._move_to_team(session, conv, team, now)
        service._reassign(session, conv, None, now)
        if note and note.strip():
            service._agent_message(
                session, conv, Direction.NOTE, note, now, meta={"transfer": {"to_team": str(team.id)}}
            )
        service._touch(conv, now)
        return True

    return step
