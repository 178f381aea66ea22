# SPDX-License-Identifier: GPL-3.0-or-later
"""Tier escalation: escalate, return, transfer and take, with permissions kept here.

Support works in three tiers (1st level answers the common questions, 2nd level has more depth or
authority, 3rd level is specialists and engineering). A hand-over carries a reason and a required
hand-off note, so the customer never has to explain everything twice: the note lands in the
timeline as an internal note and the ``escalation`` event points at it.

Permissions live here, not only in hidden buttons: an agent acts on a conversation only in a tier
they work; supervisors and admins may do everything. A refusal is a ``PermissionDenied`` whose
sentence says why.

A return to a lower tier is recorded as an ``escalation`` event whose ``to_tier`` is lower (see
the ``ConversationEvent`` docstring), so one replay of the events gives the tier path and how long
each tier held the conversation (``ownership``).

Automatic escalation by the SLA policy (reason ``"sla"``, no acting agent) lives in
``agentdesk.sla.auto_escalation``, below this service (the SLA refresh that every action runs makes
it), and writes the same rows as ``_hand_over``: keep the two in step.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.errors import NotFoundError, PermissionDenied, ValidationError
from agentdesk.inbox.service import InboxService, ensure_text
from agentdesk.messages import translatable
from agentdesk.sla.calendar import BusinessCalendar
from agentdesk.sla.policy import SlaBook
from agentdesk.store.models import (
    Agent,
    Conversation,
    ConversationEvent,
    Customer,
    Direction,
    EventKind,
    Role,
    Status,
    Team,
)

# Why a conversation goes up a tier; "sla" is used by automatic escalation only.
REASONS = {
    "technical": "Needs technical expertise",
    "authority": "Needs authority or permissions",
    "defect": "Suspected defect",
    "specialist_requested": "Customer asked for a specialist",
    "sla_risk": "SLA at risk",
    "other": "Other",
    "sla": "SLA (automatic)",
    "returned": "Returned to a lower tier",
}
MANUAL_REASONS = tuple(r for r in REASONS if r not in ("sla", "returned"))


@dataclass(frozen=True)
class TierSpan:
    """One stretch of time a tier held the conversation."""

    tier: int
    start: dt.datetime
    end: dt.datetime
    calendar_minutes: float
    business_minutes: float


class EscalationService(InboxService):
    """Escalation actions for one acting agent (``actor_id``)."""

    # -- permissions ---------------------------------------------------------------------------

    def _actor(self, session: Session) -> Agent:
        if self.actor_id is None:
            raise PermissionDenied(
                translatable(
                    "EscalationErrors", "Choose who works at this desk before escalating (Settings)."
                )
            )
        agent = session.get(Agent, self.actor_id)
        if agent is None or agent.deleted_at is not None or not agent.active:
            raise PermissionDenied(
                translatable("EscalationErrors", "The agent at this desk is not an active agent.")
            )
        return agent

    @staticmethod
    def _is_supervisor(agent: Agent) -> bool:
        return agent.role in (Role.SUPERVISOR, Role.ADMIN)

    def _require_tier(self, agent: Agent, tier: int, doing: str) -> None:
        if self._is_supervisor(agent) or tier in (agent.tiers or []):
            return
        works = ", ".join(f"L{t}" for t in sorted(agent.tiers or [])) or "no tier"
        raise PermissionDenied(
            translatable(
                "EscalationErrors",
                (
                    "{name} works {works}, so cannot {doing} a tier {tier} conversation; ask a "
                    "supervisor or an agent of that tier."
                ),
            ),
            name=agent.name,
            works=works,
            doing=doing,
            tier=tier,
        )

    def _target_agent(self, session: Session, agent_id: uuid.UUID, tier: int) -> Agent:
        agent = self._active_agent(session, agent_id)
        if tier not in (agent.tiers or []) and agent.role not in (Role.SUPERVISOR, Role.ADMIN):
            raise PermissionDenied(
                translatable("EscalationErrors", "{name} does not work tier {tier}."),
                name=agent.name,
                tier=tier,
            )
        return agent

    @staticmethod
    def _team(session: Session, team_id: uuid.UUID) -> Team:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise NotFoundError(translatable("EscalationErrors", "That team does not exist."))
        return team

    def _move_to_team(self, session: Session, conv: Conversation, team: Team, now: dt.datetime) -> None:
        self._event(
            session,
            conv,
            EventKind.TRANSFER,
            {"from_team": str(conv.team_id) if conv.team_id else None, "to_team": str(team.id)},
            now,
        )
        conv.team_id = team.id

    # -- actions -------------------------------------------------------------------------------

    def _hand_over(
        self,
        session: Session,
        conv: Conversation,
        to_tier: int,
        reason: str,
        note: str,
        now: dt.datetime,
        *,
        team_id: uuid.UUID | None,
        assignee_id: uuid.UUID | None,
    ) -> uuid.UUID:
        """Move ``conv`` to ``to_tier`` with the hand-off note; the tier's queue gets it unless an
        agent is named. Returns the note's id. (The SLA policy's automatic escalation writes the
        same rows acting as nobody: ``agentdesk.sla.auto_escalation``.)"""
        handoff: dict[str, object] = {"from_tier": conv.tier, "to_tier": to_tier, "reason": reason}
        note_message = self._agent_message(
            session, conv, Direction.NOTE, note, now, meta={"handoff": handoff}
        )
        self._event(
            session,
            conv,
            EventKind.ESCALATION,
            {"from_tier": conv.tier, "to_tier": to_tier, "reason": reason, "note_id": str(note_message.id)},
            now,
        )
        conv.tier = to_tier
        if team_id is not None and team_id != conv.team_id:
            self._move_to_team(session, conv, self._team(session, team_id), now)
        if assignee_id is not None:
            self._target_agent(session, assignee_id, to_tier)
        self._reassign(session, conv, assignee_id, now)
        if conv.status == Status.NEW:
            self._change_status(session, conv, Status.OPEN.value, now)
        self._touch(conv, now)
        self._refresh_sla(session, conv, now)  # the tier is part of which policy matches
        return note_message.id

    def escalate(
        self,
        conversation_id: uuid.UUID,
        to_tier: int,
        reason: str,
        note: str,
        *,
        team_id: uuid.UUID | None = None,
        assignee_id: uuid.UUID | None = None,
        when: dt.datetime | None = None,
    ) -> uuid.UUID:
        """Hand the conversation to a higher tier; returns the id of the hand-off note."""
        if reason not in MANUAL_REASONS:
            raise ValidationError(
                translatable("EscalationErrors", "Reason must be one of {join} (got {reason!r})."),
                join=", ".join(MANUAL_REASONS),
                reason=reason,
            )
        note = ensure_text(note, "The hand-off note")
        now = self._now(when)
        with self.store.write() as session:
            actor = self._actor(session)
            conv = self._conversation(session, conversation_id)
            self._writable(conv)
            if conv.status in (Status.SOLVED, Status.CLOSED):
                raise ValidationError(
                    translatable("EscalationErrors", "Conversation #{number} is {status}; reopen it first."),
                    number=conv.number,
                    status=conv.status,
                )
            if not conv.tier < to_tier <= 3:
                raise ValidationError(
                    translatable(
                        "EscalationErrors",
                        "Conversation #{number} is at tier {tier}; escalate to a higher tier (up to 3).",
                    ),
                    number=conv.number,
                    tier=conv.tier,
                )
            self._require_tier(actor, conv.tier, "escalate")
            return self._hand_over(
                session, conv, to_tier, reason, note, now, team_id=team_id, assignee_id=assignee_id
            )

    def return_to(
        self,
        conversation_id: uuid.UUID,
        to_tier: int,
        note: str,
        *,
        assignee_id: uuid.UUID | None = None,
        when: dt.datetime | None = None,
    ) -> uuid.UUID:
        """Give the conversation back to a lower tier with a note (what was found, what to tell
        the customer); returns the note's id."""
        note = ensure_text(note, "The note")
        now = self._now(when)
        with self.store.write() as session:
            actor = self._actor(session)
            conv = self._conversation(session, conversation_id)
            self._writable(conv)
            if not 1 <= to_tier < conv.tier:
                raise ValidationError(
                    translatable(
                        "EscalationErrors",
                        "Conversation #{number} is at tier {tier}; return it to a lower tier.",
                    ),
                    number=conv.number,
                    tier=conv.tier,
                )
            self._require_tier(actor, conv.tier, "return")
            return self._hand_over(
                session, conv, to_tier, "returned", note, now, team_id=None, assignee_id=assignee_id
            )

    def transfer(
        self,
        conversation_id: uuid.UUID,
        team_id: uuid.UUID,
        note: str | None = None,
        *,
        when: dt.datetime | None = None,
    ) -> None:
        """Route the conversation to another team within its tier; it goes to that team's queue."""
        now = self._now(when)
        with self.store.write() as session:
            actor = self._actor(session)
            conv = self._conversation(session, conversation_id)
            self._writable(conv)
            self._require_tier(actor, conv.tier, "transfer")
            team = self._team(session, team_id)
            if conv.team_id == team.id:
                raise ValidationError(
                    translatable("EscalationErrors", "Conversation #{number} is already with {name}."),
                    number=conv.number,
                    name=team.name,
                )
            self._move_to_team(session, conv, team, now)
            self._reassign(session, conv, None, now)  # into the team's queue
            if note and note.strip():
                self._agent_message(
                    session, conv, Direction.NOTE, note, now, meta={"transfer": {"to_team": str(team.id)}}
                )
            self._touch(conv, now)

    def take(self, conversation_id: uuid.UUID, *, when: dt.datetime | None = None) -> None:
        """Take a conversation from a queue: it becomes the acting agent's."""
        now = self._now(when)
        with self.store.write() as session:
            actor = self._actor(session)
            conv = self._conversation(session, conversation_id)
            self._writable(conv)
            self._require_tier(actor, conv.tier, "take")
            self._reassign(session, conv, actor.id, now)


# -- reading the path back -----------------------------------------------------------------------


def tier_changes(session: Session, conversation_id: uuid.UUID) -> list[tuple[dt.datetime, int, int]]:
    """(time, from tier, to tier) of every escalation and return, oldest first."""
    rows = session.execute(
        select(ConversationEvent.created_at, ConversationEvent.data)
        .where(
            ConversationEvent.conversation_id == conversation_id,
            ConversationEvent.kind == EventKind.ESCALATION.value,
            ConversationEvent.deleted_at.is_(None),
        )
        .order_by(ConversationEvent.created_at, ConversationEvent.id)
    ).all()
    return [(at, int(data["from_tier"]), int(data["to_tier"])) for at, data in rows]


def tier_path(session: Session, conversation_id: uuid.UUID) -> list[int]:
    """The tiers the conversation went through, e.g. ``[1, 2, 3, 2]`` (shown as L1 → L2 → L3 → L2)."""
    path = [1]
    for _at, _from, to in tier_changes(session, conversation_id):
        path.append(to)
    return path


def ownership(
    session: Session,
    conversation_id: uuid.UUID,
    now: dt.datetime,
    calendar: BusinessCalendar | None = None,
) -> list[TierSpan]:
    """How long each tier held the conversation: from creation (tier 1) through each escalation and
    return until it was solved (or ``now``), in calendar minutes and in business minutes of
    ``calendar`` (by default the calendar of the conversation's SLA policy; around the clock when
    it has none)."""
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        raise NotFoundError(translatable("EscalationErrors", "That conversation does not exist."))
    if calendar is None:
        calendar = _calendar_of(session, conv)
    end = conv.solved_at if conv.status in (Status.SOLVED, Status.CLOSED) and conv.solved_at else now
    changes = [(at, to) for at, _from, to in tier_changes(session, conversation_id)]
    return tier_spans(conv.created_at, changes, end, calendar)


def tier_spans(
    created_at: dt.datetime,
    changes: Sequence[tuple[dt.datetime, int]],
    end: dt.datetime,
    calendar: BusinessCalendar,
) -> list[TierSpan]:
    """The spans of ``ownership`` from what is already at hand: the creation time, the tier changes
    (time, new tier) oldest first, and when the count stops (solved, or now). Pure."""
    spans: list[TierSpan] = []
    start, tier = created_at, 1
    for at, to in changes:
        spans.append(_span(tier, start, min(at, end), calendar))
        start, tier = at, to
    spans.append(_span(tier, start, max(start, end), calendar))
    return [s for s in spans if s.end > s.start or len(spans) == 1]


def ownership_by_tier(spans: Sequence[TierSpan]) -> dict[int, tuple[float, float]]:
    """Calendar and business minutes per tier, summed over the spans (a tier may hold it twice)."""
    totals: dict[int, tuple[float, float]] = {}
    for span in spans:
        cal, biz = totals.get(span.tier, (0.0, 0.0))
        totals[span.tier] = (cal + span.calendar_minutes, biz + span.business_minutes)
    return totals


def _span(tier: int, start: dt.datetime, end: dt.datetime, calendar: BusinessCalendar) -> TierSpan:
    return TierSpan(
        tier=tier,
        start=start,
        end=end,
        calendar_minutes=(end - start).total_seconds() / 60,
        business_minutes=calendar.business_minutes_between(start, end),
    )


def _calendar_of(session: Session, conv: Conversation) -> BusinessCalendar:
    from agentdesk.sla.calendar import ALWAYS_OPEN

    book = SlaBook.load(session)
    policy = book.policy(conv.sla_policy_id) if conv.sla_policy_id else None
    if policy is None:
        customer = session.get(Customer, conv.customer_id)
        policy = book.pick(conv.channel, conv.priority, customer.plan if customer else "standard", conv.tier)
    return book.calendar_for(policy) if policy is not None else ALWAYS_OPEN


def escalation_rate(session: Session, start: dt.datetime, end: dt.datetime) -> tuple[int, int, float]:
    """Of the conversations created in [start, end): how many, how many were escalated at least
    once (a return does not count), and the share (0.0 when there were none)."""
    created = select(Conversation.id).where(
        Conversation.created_at >= start,
        Conversation.created_at < end,
        Conversation.deleted_at.is_(None),
        Conversation.merged_into_id.is_(None),
    )
    total = session.scalar(select(func.count()).select_from(created.subquery())) or 0
    escalated = {
        cid
        for cid, data in session.execute(
            select(ConversationEvent.conversation_id, ConversationEvent.data).where(
                ConversationEvent.kind == EventKind.ESCALATION.value,
                ConversationEvent.conversation_id.in_(created),
                ConversationEvent.deleted_at.is_(None),
            )
        )
        if int(data["to_tier"]) > int(data["from_tier"])
    }
    return total, len(escalated), (len(escalated) / total if total else 0.0)
