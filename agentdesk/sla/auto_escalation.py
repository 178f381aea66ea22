# SPDX-License-Identifier: GPL-3.0-or-later
"""Automatic escalation by the SLA policy.

A policy's ``auto_escalation`` (``agentdesk.sla.policy.AutoEscalation``) says which targets set it
off, on their warning or their breach, and whether the conversation then moves one tier up and/or
supervisors are alerted. Wherever the SLA cache records warnings and breaches
(``agentdesk.sla.cache``: inside every inbox action, on the window's timer, at start-up) it finds
the due targets (``auto_triggers``, pure) and calls ``escalate_in`` here, inside the same
transaction.

An automatic escalation is the hand-over an agent makes (``EscalationService._hand_over`` in
``agentdesk.escalation.service``) made by nobody, and writes the same rows: a generated hand-off
note (author "AgentDesk") that stores what happened, not a sentence (``agentdesk.record_text``:
``meta["generated"]`` holds the target, the trigger, its time and the tiers, and each reader sees
"First response SLA breached at 14:05: moved from L1 to L2 automatically." in their own
language), and an ``escalation`` event without an actor whose data adds the target, the trigger and
its time to the usual fields::

    {"from_tier": 1, "to_tier": 2, "reason": "sla", "note_id": "…", "target": "first_response",
     "trigger": "breach", "at": "2026-11-23T13:05:00+00:00"}

and the conversation goes to the new tier's queue (unassigned, with an ``assignment`` event). A new
conversation stays new: nobody worked on it. Solved, closed, merged and deleted conversations never
escalate, and tier 3 cannot go higher (then only the notification is left). A target set off
before an agent escalated the conversation by hand does not escalate it again: somebody already
reacted.

It lives in the SLA package, below the inbox and escalation services, because the SLA refresh that
every inbox action runs is what makes it: the escalation service builds on the inbox service, which
builds on the SLA cache, so the cache must not reach back up to the escalation service.

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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.ids import uuid7
from agentdesk.record_text import sla_escalation_facts
from agentdesk.sla.policy import Policy, SlaBook, Target, Trigger
from agentdesk.sla.state import SlaState
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


_ACTIVE = frozenset(str(s) for s in ACTIVE_STATUSES)


@dataclass(frozen=True, slots=True)
class AutoTrigger:
    """A target whose warning or breach sets off the policy's automatic escalation."""

    target: Target
    trigger: Trigger
    """What happened: the warning, or the breach (also for ``on: warning`` when the target never
    warned, e.g. without a warning threshold)."""
    at: dt.datetime


def auto_triggers(policy: Policy | None, state: SlaState | None, status: str) -> list[AutoTrigger]:
    """The targets of ``policy.auto_escalation`` that have reached its trigger by ``state.now``
    while their wait is still open (not answered or solved), earliest first; one per target (for
    next response, the current wait). Only active conversations (``status``) have any. Pure; it
    does not know which of them already escalated.
    """
    rule = policy.auto_escalation if policy is not None else None
    if rule is None or state is None or status not in _ACTIVE:
        return []
    now = state.now
    found: dict[Target, AutoTrigger] = {}
    for wait in state.every_wait():
        if wait.target not in rule.targets or wait.met_at is not None or wait.target in found:
            continue
        warning, breach = wait.warning_at, wait.breached_at
        if rule.on is Trigger.WARNING and warning is not None and warning <= now:
            found[wait.target] = AutoTrigger(wait.target, Trigger.WARNING, warning)
        elif breach is not None and breach < now:
            found[wait.target] = AutoTrigger(wait.target, Trigger.BREACH, breach)
    return sorted(found.values(), key=lambda t: (t.at, list(Target).index(t.target)))


def escalation_candidate(policy: Policy | None, tier: int) -> bool:
    """Whether ``policy`` may move a conversation at ``tier`` up on its own (cheap pre-check)."""
    rule = policy.auto_escalation if policy is not None else None
    return rule is not None and rule.escalate and tier < 3


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


def handoff_facts(trigger: AutoTrigger, from_tier: int, to_tier: int) -> dict[str, Any]:
    """What the generated hand-off note stores (``meta["generated"]``): the facts, no sentence."""
    return sla_escalation_facts(trigger.target.value, trigger.trigger.value, trigger.at, from_tier, to_tier)


def _hand_over(session: Session, conv: Conversation, trigger: AutoTrigger, now: dt.datetime) -> uuid.UUID:
    """Move ``conv`` one tier up into that tier's queue with the generated hand-off note, acting as
    nobody; the rows of ``EscalationService._hand_over`` with ids derived from what they are
    about. Returns the note's id. The note's text is empty: its facts are the record."""
    from_tier, to_tier = conv.tier, conv.tier + 1
    target, order = trigger.target, _target_order(trigger.target)
    handoff: dict[str, object] = {
        "from_tier": from_tier,
        "to_tier": to_tier,
        "reason": REASON,
        "automatic": True,
    }
    note_message = Message(
        # Dated at the trigger like the event, so two notes made at one moment keep their order.
        id=_derived_id(conv.id, _unix_ms(trigger.at), order, "note", target.value),
        conversation_id=conv.id,
        direction=Direction.NOTE.value,
        channel=conv.channel,
        author_agent_id=None,
        author_name=AUTHOR_NAME,
        body_text="",
        body_html=None,
        meta={"handoff": handoff, "generated": handoff_facts(trigger, from_tier, to_tier)},
        created_at=now,
        updated_at=now,
    )
    session.add(note_message)
    conv.message_count += 1
    _add_event(
        session,
        conv,
        escalation_event_id(conv.id, target, trigger.at),
        EventKind.ESCALATION,
        {
            "from_tier": from_tier,
            "to_tier": to_tier,
            "reason": REASON,
            "note_id": str(note_message.id),
            "target": target.value,
            "trigger": trigger.trigger.value,
            "at": trigger.at.astimezone(dt.UTC).isoformat(),
        },
        now,
    )
    conv.tier = to_tier
    if conv.assignee_id is not None:  # into the new tier's queue
        _add_event(
            session,
            conv,
            _derived_id(conv.id, _unix_ms(now), order, target.value, EventKind.ASSIGNMENT.value, "1"),
            EventKind.ASSIGNMENT,
            {"from": str(conv.assignee_id), "to": None},
            now,
        )
        conv.assignee_id = None
    conv.updated_at = now
    if conv.last_activity_at is None or now > conv.last_activity_at:
        conv.last_activity_at = now
    return note_message.id


def _add_event(
    session: Session,
    conv: Conversation,
    event_id: uuid.UUID,
    kind: EventKind,
    data: dict[str, Any],
    when: dt.datetime,
) -> None:
    session.add(
        ConversationEvent(
            id=event_id,
            conversation_id=conv.id,
            kind=kind.value,
            actor_agent_id=None,
            data=data,
            created_at=when,
            updated_at=when,
        )
    )


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
    ``book`` is accepted for the callers' convenience; the note needs no policy (its time is shown
    in the reader's zone and language).
    """
    del book
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
    note_id = _hand_over(session, conv, trigger, now)
    session.flush()
    return note_id


__all__ = [
    "AUTHOR_NAME",
    "REASON",
    "AutoTrigger",
    "auto_triggers",
    "escalate_in",
    "escalated_targets",
    "escalation_candidate",
    "escalation_event_id",
    "handoff_facts",
]
