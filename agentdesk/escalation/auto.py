# SPDX-License-Identifier: GPL-3.0-or-later
"""Automatic escalation by the SLA policy.

A policy's ``auto_escalation`` (``agentdesk.sla.policy.AutoEscalation``) says which targets set it
off, on their warning or their breach, and whether the conversation then moves one tier up and/or
supervisors are alerted. The SLA cache finds the due targets wherever it records warnings and
breaches (``agentdesk.sla.cache.auto_triggers``) and calls ``escalate_in`` here, inside the same
transaction.

An automatic escalation is an ordinary hand-over (``EscalationService._hand_over``) made by nobody:
a generated hand-off note such as "First response SLA breached at 2026-11-23 14:05 CET — moved from
tier 1 to tier 2 automatically.", an ``escalation`` event without an actor whose data adds the
target, the trigger and its time to the usual fields::

    {"from_tier": 1, "to_tier": 2, "reason": "sla", "note_id": "…", "target": "first_response",
     "trigger": "breach", "at": "2026-11-23T13:05:00+00:00"}

and the conversation goes to the new tier's queue (unassigned). Solved, closed, merged and deleted
conversations never escalate, and tier 3 cannot go higher (then only the notification is left).
A target set off before an agent escalated the conversation by hand does not escalate it again:
somebody already reacted.

At most once per conversation and target, whatever the path, however often it runs, on however
many devices: before escalating, the conversation's escalation events with reason ``"sla"`` are
read (deleted ones too) and a target that has one is done; and the event's id is derived from the
conversation, the target and the moment it was set off (``escalation_event_id``), so a second
row for the same target cannot be inserted, nor merged in twice by sync from a device that saw the
same history. Writes run in ``BEGIN IMMEDIATE``
transactions, so two processes on one database take turns and the second sees the first's event.
Every row written gets an id derived the same way, so the same history gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
import zoneinfo
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.clock import FixedClock
from agentdesk.escalation.service import EscalationService
from agentdesk.ids import uuid7
from agentdesk.sla.cache import AutoTrigger
from agentdesk.sla.calendar import ALWAYS_OPEN
from agentdesk.sla.policy import SlaBook, Target, Trigger
from agentdesk.store.database import Store
from agentdesk.store.models import (
    ACTIVE_STATUSES,
    Conversation,
    ConversationEvent,
    Direction,
    EventKind,
    Message,
)

REASON = "sla"
AUTHOR_NAME = "AgentDesk"
"""Shown as the author of an automatic hand-off note (it has no agent)."""

TARGET_NAMES = {
    Target.FIRST_RESPONSE: "First response",
    Target.NEXT_RESPONSE: "Next response",
    Target.RESOLUTION: "Resolution",
}
_TRIGGER_WORDS = {Trigger.WARNING: "at risk (warning)", Trigger.BREACH: "breached"}


def _derived_id(conversation_id: uuid.UUID, unix_ms: int, order: int, *parts: str) -> uuid.UUID:
    """A UUIDv7 at ``unix_ms`` whose random part starts with ``order`` (so rows made at the same
    moment sort in the order they were made) and goes on with a hash of what the row is about."""
    digest = hashlib.sha256("|".join((str(conversation_id), "auto-escalation", *parts)).encode()).digest()
    return uuid7(unix_ms, (order << 62) | (int.from_bytes(digest[:8], "big") >> 2))


def _target_order(target: Target) -> int:
    return list(Target).index(target)


def escalation_event_id(conversation_id: uuid.UUID, target: Target, at: dt.datetime) -> uuid.UUID:
    """The id of the one automatic escalation a target may cause: derived from the conversation,
    the target and the moment it was set off (``at``, computed from the history), so every device
    that sees the same history makes the same id. Dated at ``at``, it also sorts two escalations
    made at the same moment in the order they were made (earliest trigger first)."""
    return _derived_id(conversation_id, _unix_ms(at), _target_order(target), target.value)


def _unix_ms(when: dt.datetime) -> int:
    return int(when.timestamp() * 1000)


def escalated_targets(session: Session, conversation_id: uuid.UUID) -> set[Target]:
    """The targets that already escalated ``conversation_id`` automatically (deleted events too:
    an escalation someone removed must not come back)."""
    return _history(session, conversation_id)[0]


def _history(session: Session, conversation_id: uuid.UUID) -> tuple[set[Target], dt.datetime | None]:
    """The targets done (see ``escalated_targets``) and when an agent last moved the conversation
    up by hand (None if never)."""
    done: set[Target] = set()
    raised: dt.datetime | None = None
    for data, created_at, deleted_at in session.execute(
        select(ConversationEvent.data, ConversationEvent.created_at, ConversationEvent.deleted_at).where(
            ConversationEvent.conversation_id == conversation_id,
            ConversationEvent.kind == EventKind.ESCALATION.value,
        )
    ):
        if not isinstance(data, dict):
            continue
        if data.get("reason") == REASON:
            target = data.get("target")
            if target in {t.value for t in Target}:
                done.add(Target(target))
        elif deleted_at is None and _raises(data) and (raised is None or created_at > raised):
            raised = created_at
    return done, raised


def _raises(data: dict[str, Any]) -> bool:
    try:
        return int(data["to_tier"]) > int(data["from_tier"])
    except (KeyError, TypeError, ValueError):
        return False


def handoff_note(trigger: AutoTrigger, from_tier: int, to_tier: int, zone_name: str = "UTC") -> str:
    """The generated hand-off note, with the trigger's time in the policy calendar's zone."""
    try:
        zone: dt.tzinfo = zoneinfo.ZoneInfo(zone_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    local = trigger.at.astimezone(zone)
    return (
        f"{TARGET_NAMES[trigger.target]} SLA {_TRIGGER_WORDS[trigger.trigger]} at "
        f"{local:%Y-%m-%d %H:%M} {local.tzname()} — moved from tier {from_tier} to tier {to_tier} "
        "automatically."
    )


class _Automatic(EscalationService):
    """The hand-over acting as nobody, for one target, with ids derived from what it is about.

    Only the session-level helpers of the services are used; the store is never opened here
    (the caller's session is).
    """

    def __init__(self, now: dt.datetime, conv_id: uuid.UUID, trigger: AutoTrigger) -> None:
        no_store: Store | None = None
        super().__init__(no_store, FixedClock(now), actor_id=None)  # type: ignore[arg-type]
        self._conv_id = conv_id
        self._trigger = trigger
        self._unix_ms = _unix_ms(now)
        self._made = 0

    def _next_id(self, kind: str) -> uuid.UUID:
        self._made += 1
        target = self._trigger.target
        return _derived_id(
            self._conv_id, self._unix_ms, _target_order(target), target.value, kind, str(self._made)
        )

    def _event(
        self,
        session: Session,
        conv: Conversation,
        kind: EventKind,
        data: dict[str, Any],
        when: dt.datetime,
    ) -> ConversationEvent:
        if kind is EventKind.ESCALATION:
            data = {
                **data,
                "target": self._trigger.target.value,
                "trigger": self._trigger.trigger.value,
                "at": self._trigger.at.astimezone(dt.UTC).isoformat(),
            }
        event = super()._event(session, conv, kind, data, when)
        event.id = (
            escalation_event_id(conv.id, self._trigger.target, self._trigger.at)
            if kind is EventKind.ESCALATION
            else self._next_id(kind.value)
        )
        return event

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
        message = super()._agent_message(session, conv, direction, body, now, body_html=body_html, meta=meta)
        # Dated at the trigger like the event, so two notes made at one moment keep their order.
        message.id = _derived_id(
            conv.id,
            _unix_ms(self._trigger.at),
            _target_order(self._trigger.target),
            "note",
            self._trigger.target.value,
        )
        message.author_name = AUTHOR_NAME
        return message


def escalate_in(
    session: Session,
    conv: Conversation,
    triggers: Sequence[AutoTrigger],
    now: dt.datetime,
    *,
    book: SlaBook | None = None,
) -> uuid.UUID | None:
    """Escalate ``conv`` one tier for the earliest of ``triggers`` that has not escalated it yet;
    returns the hand-off note's id, or None when nothing was due (every target done, tier 3, not
    active). Inside the caller's transaction; flushes, does not commit, does not refresh the SLA
    columns (the caller does, and may find the next target due under the new tier's policy).
    """
    if conv.deleted_at is not None or conv.merged_into_id is not None or conv.status not in ACTIVE_STATUSES:
        return None
    if conv.tier >= 3 or not triggers:
        return None
    done, raised = _history(session, conv.id)
    # A target already escalated is done; so is one an agent reacted to by escalating by hand after
    # it was set off (the automatic escalation is for when nobody does).
    due = [t for t in triggers if t.target not in done and (raised is None or raised < t.at)]
    if not due:
        return None
    trigger = due[0]
    if session.get(ConversationEvent, escalation_event_id(conv.id, trigger.target, trigger.at)) is not None:
        return None  # defensive: the derived id is taken even though its data says otherwise
    zone = "UTC"
    if book is not None and conv.sla_policy_id is not None:
        policy = book.policy(conv.sla_policy_id)
        zone = (book.calendar_for(policy) if policy is not None else ALWAYS_OPEN).timezone
    from_tier, to_tier = conv.tier, conv.tier + 1
    service = _Automatic(now, conv.id, trigger)
    note_id = service._hand_over(
        session,
        conv,
        to_tier,
        REASON,
        handoff_note(trigger, from_tier, to_tier, zone),
        now,
        team_id=None,
        assignee_id=None,
        automatic=True,
    )
    session.flush()
    return note_id


__all__ = [
    "AUTHOR_NAME",
    "REASON",
    "escalate_in",
    "escalated_targets",
    "escalation_event_id",
    "handoff_note",
]
