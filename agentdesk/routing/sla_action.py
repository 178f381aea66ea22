# SPDX-License-Identifier: GPL-3.0-or-later
"""The routing rules' "set SLA policy" action.

Stored in a rule's ``actions`` JSON beside the macro actions as ``"sla_policy": policy_id`` (count
this conversation under that policy) or ``"sla_policy": "automatic"`` (clear a policy chosen
earlier: the policies' own conditions pick again). It sets ``conversation.sla_policy_override_id``,
which the SLA engine honours whatever the policies' conditions say (``agentdesk.sla.cache.
policy_for``) until a rule changes or clears it; the choice syncs like the conversation's other
fields. Each change is an ``sla_policy`` event: ``{"from": id | None, "to": id | None, "name":
the policy's name | None, "rule": ..., "trigger": ...}``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.ids import uuid7
from agentdesk.macros.actions import Change
from agentdesk.messages import translatable
from agentdesk.store.models import Conversation, ConversationEvent, EventKind, SlaPolicy, Status

KEY = "sla_policy"
AUTOMATIC = "automatic"


def read(raw: object) -> str | None:
    """The stored value: a policy id as text, ``AUTOMATIC``, or None (no such action)."""
    if raw is None:
        return None
    if raw == AUTOMATIC:
        return AUTOMATIC
    try:
        return str(raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw)))
    except ValueError:
        raise ValidationError(
            translatable("RoutingErrors", "The SLA policy of this rule is not a valid id.")
        ) from None


def check_reference(session: Session, value: str | None) -> None:
    """The policy a rule names exists (an import or a dialog may name a deleted one)."""
    if value is None or value == AUTOMATIC:
        return
    policy = session.get(SlaPolicy, uuid.UUID(value))
    if policy is None or policy.deleted_at is not None:
        raise ValidationError(translatable("RoutingErrors", "The SLA policy of this rule no longer exists."))


def apply(
    session: Session,
    conv: Conversation,
    value: str,
    now: dt.datetime,
    origin: Mapping[str, str],
) -> Change | None:
    """Set (or clear, ``AUTOMATIC``) the conversation's chosen SLA policy and record it; None when
    nothing changes (already so, a closed or merged conversation, or a policy deleted since)."""
    if conv.status == Status.CLOSED.value or conv.merged_into_id is not None:
        return None
    policy: SlaPolicy | None = None
    if value != AUTOMATIC:
        policy = session.get(SlaPolicy, uuid.UUID(value))
        if policy is None or policy.deleted_at is not None:
            return None
    target = policy.id if policy is not None else None
    if conv.sla_policy_override_id == target:
        return None
    before = str(conv.sla_policy_override_id) if conv.sla_policy_override_id else None
    after = str(target) if target else None
    data: dict[str, Any] = {"from": before, "to": after, "name": policy.name if policy else None}
    session.add(
        ConversationEvent(
            id=uuid7(),
            conversation_id=conv.id,
            kind=EventKind.SLA_POLICY.value,
            actor_agent_id=None,
            data={**data, **origin},
            created_at=now,
            updated_at=now,
        )
    )
    conv.sla_policy_override_id = target
    conv.updated_at = now
    return Change("sla_policy", before, after)


__all__ = ["AUTOMATIC", "KEY", "apply", "check_reference", "read"]
