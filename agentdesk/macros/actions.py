# SPDX-License-Identifier: GPL-3.0-or-later
"""The actions a macro or a routing rule applies to a conversation, checked, previewed and applied.

Stored as JSON (``Macro.actions``, ``RoutingRule.actions``)::

    {"reply": canned_reply_id,          # macros: the canned reply put into the composer
     "status": "open" | "pending" | "on_hold" | "solved",
     "priority": "low" | "normal" | "high" | "urgent",
     "add_tags": [tag, ...], "remove_tags": [tag, ...],
     "tier": 1 | 2 | 3,
     "team": team_id,
     "assignee": agent_id | "me" | "nobody" | "least_loaded" | "round_robin",
     "follow_up_hours": hours (0 clears the follow-up)}

Every key is optional. ``plan`` says what would change (the preview) without writing; ``apply``
writes the same changes with the events an agent's own action writes, each event marked with the
macro's or the rule's name (``{"macro": name}`` / ``{"rule": name}``), in the caller's
transaction. Automatic assignment (``least_loaded``, ``round_robin``) is ``agentdesk.macros.assign``.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.ids import uuid7
from agentdesk.macros.assign import candidates, choose_agent, note_assigned
from agentdesk.messages import translatable
from agentdesk.sla.cache import refresh_conversation_sla
from agentdesk.store.models import (
    Agent,
    CannedReply,
    Conversation,
    ConversationEvent,
    EventKind,
    Priority,
    Status,
    Team,
)

STATUSES = (Status.OPEN.value, Status.PENDING.value, Status.ON_HOLD.value, Status.SOLVED.value)
AUTO_ASSIGN = ("least_loaded", "round_robin")
ASSIGNEE_WORDS = ("me", "nobody", *AUTO_ASSIGN)
MAX_TAGS = 20
MAX_FOLLOW_UP_HOURS = 24 * 365
_TAG = re.compile(r"^[\w][\w\-.:/]{0,49}$", re.UNICODE)
KNOWN_KEYS = frozenset(
    {"reply", "status", "priority", "add_tags", "remove_tags", "tier", "team", "assignee", "follow_up_hours"}
)
CTX = "MacroErrors"


def clean_tag(tag: object) -> str:
    """A tag as stored (lower case, spaces as dashes); the inbox's own rule for tags."""
    text = str(tag).strip().lower().replace(" ", "-")
    if not _TAG.match(text):
        raise ValidationError(
            translatable(
                "MacroErrors",
                "{tag!r} is not a valid tag: use up to 50 letters, digits, '-', '_', '.', ':' or '/'.",
            ),
            tag=str(tag)[:60],
        )
    return text


def _uuid(value: object, what: str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except (ValueError, AttributeError, TypeError):
        raise ValidationError(translatable("MacroErrors", "{what} is not a valid id."), what=what) from None


@dataclass(frozen=True)
class Actions:
    """A checked bundle of actions (see the module's docstring for each field)."""

    reply_id: uuid.UUID | None = None
    status: str | None = None
    priority: str | None = None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    tier: int | None = None
    team_id: uuid.UUID | None = None
    assignee: str | None = None  # an agent id as text, or one of ASSIGNEE_WORDS
    follow_up_hours: int | None = None

    @classmethod
    def from_json(cls, data: object) -> Actions:
        """Check and read stored or imported actions; raises ``ValidationError`` with a plain
        sentence for anything a user could have typed wrong. Unknown keys are refused."""
        if not isinstance(data, Mapping):
            raise ValidationError(translatable("MacroErrors", "The actions must be a JSON object."))
        unknown = sorted(str(k) for k in data if k not in KNOWN_KEYS)
        if unknown:
            raise ValidationError(
                translatable("MacroErrors", "Unknown action: {name!r}."), name=unknown[0][:60]
            )
        status = data.get("status")
        if status is not None and status not in STATUSES:
            raise ValidationError(
                translatable("MacroErrors", "The status must be one of {join}."), join=", ".join(STATUSES)
            )
        priority = data.get("priority")
        if priority is not None and priority not in Priority.values():
            raise ValidationError(
                translatable("MacroErrors", "The priority must be one of {join}."),
                join=", ".join(Priority.values()),
            )
        tier = data.get("tier")
        if tier is not None and (isinstance(tier, bool) or not isinstance(tier, int) or not 1 <= tier <= 3):
            raise ValidationError(translatable("MacroErrors", "The tier must be 1, 2 or 3."))
        tags: dict[str, tuple[str, ...]] = {}
        for key in ("add_tags", "remove_tags"):
            raw = data.get(key) or []
            if not isinstance(raw, list) or len(raw) > MAX_TAGS:
                raise ValidationError(
                    translatable("MacroErrors", "Tags must be a list of at most {n} tags."), n=MAX_TAGS
                )
            tags[key] = tuple(sorted({clean_tag(t) for t in raw}))
        if set(tags["add_tags"]) & set(tags["remove_tags"]):
            raise ValidationError(translatable("MacroErrors", "A tag cannot be added and removed at once."))
        assignee = data.get("assignee")
        if assignee is not None:
            if not isinstance(assignee, str):
                raise ValidationError(translatable("MacroErrors", "The assignee is not a valid agent."))
            if assignee not in ASSIGNEE_WORDS:
                assignee = str(_uuid(assignee, "The assignee"))
        hours = data.get("follow_up_hours")
        if hours is not None and (
            isinstance(hours, bool) or not isinstance(hours, int) or not 0 <= hours <= MAX_FOLLOW_UP_HOURS
        ):
            raise ValidationError(
                translatable("MacroErrors", "The follow-up must be 0 to {n} hours ahead."),
                n=MAX_FOLLOW_UP_HOURS,
            )
        reply = data.get("reply")
        team = data.get("team")
        return cls(
            reply_id=_uuid(reply, "The canned reply") if reply is not None else None,
            status=status,
            priority=priority,
            add_tags=tags["add_tags"],
            remove_tags=tags["remove_tags"],
            tier=tier,
            team_id=_uuid(team, "The team") if team is not None else None,
            assignee=assignee,
            follow_up_hours=hours,
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.reply_id is not None:
            out["reply"] = str(self.reply_id)
        for key in ("status", "priority", "tier", "assignee", "follow_up_hours"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.add_tags:
            out["add_tags"] = list(self.add_tags)
        if self.remove_tags:
            out["remove_tags"] = list(self.remove_tags)
        if self.team_id is not None:
            out["team"] = str(self.team_id)
        return out

    @property
    def empty(self) -> bool:
        return not self.to_json()

    def check_references(self, session: Session) -> None:
        """The canned reply, team and agent it names exist (an import or a dialog may name
        a deleted one)."""
        if self.reply_id is not None:
            reply = session.get(CannedReply, self.reply_id)
            if reply is None or reply.deleted_at is not None:
                raise ValidationError(
                    translatable("MacroErrors", "The canned reply of this macro no longer exists.")
                )
        if self.team_id is not None:
            team = session.get(Team, self.team_id)
            if team is None or team.deleted_at is not None:
                raise ValidationError(translatable("MacroErrors", "The team of this macro no longer exists."))
        if self.assignee is not None and self.assignee not in ASSIGNEE_WORDS:
            agent = session.get(Agent, uuid.UUID(self.assignee))
            if agent is None or agent.deleted_at is not None:
                raise ValidationError(
                    translatable("MacroErrors", "The agent of this macro no longer exists.")
                )


@dataclass(frozen=True)
class Change:
    """One field that changes: ``before`` and ``after`` as the GUI names them (ids as text)."""

    field: str  # status, priority, tags_added, tags_removed, tier, team, assignee, follow_up
    before: Any
    after: Any


@dataclass
class Outcome:
    """What applying did to one conversation (or would do: ``plan``)."""

    conversation_id: uuid.UUID
    changes: list[Change] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # plain reasons, e.g. no agent available


def _target_assignee(
    session: Session,
    actions: Actions,
    actor_id: uuid.UUID | None,
    team_id: uuid.UUID | None,
    tier: int,
    current: uuid.UUID | None,
) -> tuple[bool, uuid.UUID | None, str | None]:
    """(whether the assignee is set, to whom, why not when automatic assignment found nobody).

    Automatic assignment keeps a conversation with its agent while they can take it (available,
    in the team, at the tier): a customer who writes again stays with the agent they know."""
    word = actions.assignee
    if word is None:
        return False, None, None
    if word == "me":
        return (True, actor_id, None) if actor_id is not None else (False, None, "no_agent")
    if word == "nobody":
        return True, None, None
    if word in AUTO_ASSIGN:
        if team_id is None:
            return False, None, "no_team"
        if current is not None and current in {a.id for a in candidates(session, team_id, tier)}:
            return True, current, None
        chosen = choose_agent(session, team_id, tier, word)
        if chosen is None:
            return False, None, "nobody_available"
        return True, chosen, None
    agent = session.get(Agent, uuid.UUID(word))
    if agent is None or agent.deleted_at is not None or not agent.active:
        return False, None, "agent_gone"
    return True, agent.id, None


def plan(
    session: Session, conv: Conversation, actions: Actions, actor_id: uuid.UUID | None, now: dt.datetime
) -> Outcome:
    """What ``apply`` would change on ``conv`` now, without writing anything."""
    return _run(session, conv, actions, actor_id, now, {}, dry_run=True)


def apply(
    session: Session,
    conv: Conversation,
    actions: Actions,
    actor_id: uuid.UUID | None,
    now: dt.datetime,
    origin: Mapping[str, str],
    *,
    refresh_sla: bool = True,
) -> Outcome:
    """Apply ``actions`` to ``conv`` in ``session`` (no commit). ``origin`` (``{"macro": name}`` or
    ``{"rule": name, "trigger": ...}``) goes into every event written. A closed or merged
    conversation is left as it is (``skipped``)."""
    return _run(session, conv, actions, actor_id, now, dict(origin), dry_run=False, refresh_sla=refresh_sla)


def _run(
    session: Session,
    conv: Conversation,
    actions: Actions,
    actor_id: uuid.UUID | None,
    now: dt.datetime,
    origin: dict[str, str],
    *,
    dry_run: bool,
    refresh_sla: bool = True,
) -> Outcome:
    outcome = Outcome(conv.id)
    if conv.status == Status.CLOSED.value or conv.merged_into_id is not None:
        outcome.skipped.append("closed")
        return outcome

    def event(kind: EventKind, data: dict[str, Any]) -> None:
        if dry_run:
            return
        session.add(
            ConversationEvent(
                id=uuid7(),
                conversation_id=conv.id,
                kind=kind.value,
                actor_agent_id=actor_id,
                data={**data, **origin},
                created_at=now,
                updated_at=now,
            )
        )

    def change(name: str, before: Any, after: Any) -> None:
        outcome.changes.append(Change(name, before, after))

    def set_status(status: str) -> None:
        change("status", conv.status, status)
        event(EventKind.STATUS, {"from": conv.status, "to": status})
        if dry_run:
            return
        conv.status = status
        if status == Status.SOLVED.value:
            conv.solved_at = conv.solved_at or now
            conv.waiting_since = None
        else:
            conv.solved_at = None

    # Team and tier first: automatic assignment picks among the agents of the new team and tier.
    team_id = conv.team_id
    if actions.team_id is not None and actions.team_id != conv.team_id:
        change("team", str(conv.team_id) if conv.team_id else None, str(actions.team_id))
        event(
            EventKind.TRANSFER,
            {"from_team": str(conv.team_id) if conv.team_id else None, "to_team": str(actions.team_id)},
        )
        team_id = actions.team_id
        if not dry_run:
            conv.team_id = actions.team_id
    tier = conv.tier
    if actions.tier is not None and actions.tier != conv.tier:
        change("tier", conv.tier, actions.tier)
        event(
            EventKind.ESCALATION,
            {"from_tier": conv.tier, "to_tier": actions.tier, "reason": None, "note_id": None},
        )
        tier = actions.tier
        if not dry_run:
            conv.tier = actions.tier
    if actions.priority is not None and actions.priority != conv.priority:
        change("priority", conv.priority, actions.priority)
        event(EventKind.PRIORITY, {"from": conv.priority, "to": actions.priority})
        if not dry_run:
            conv.priority = actions.priority
    current = set(conv.tags or [])
    added = sorted(set(actions.add_tags) - current)
    removed = sorted(set(actions.remove_tags) & current)
    if added or removed:
        if added:
            change("tags_added", None, added)
        if removed:
            change("tags_removed", removed, None)
        event(EventKind.TAG, {"added": added, "removed": removed})
        if not dry_run:
            conv.tags = sorted((current | set(added)) - set(removed))
    assign, assignee, why_not = _target_assignee(session, actions, actor_id, team_id, tier, conv.assignee_id)
    if why_not is not None:
        outcome.skipped.append(why_not)
    if assign and assignee != conv.assignee_id:
        change(
            "assignee",
            str(conv.assignee_id) if conv.assignee_id else None,
            str(assignee) if assignee else None,
        )
        data = {
            "from": str(conv.assignee_id) if conv.assignee_id else None,
            "to": str(assignee) if assignee else None,
        }
        if actions.assignee in AUTO_ASSIGN:
            data["strategy"] = actions.assignee
        event(EventKind.ASSIGNMENT, data)
        if not dry_run:
            conv.assignee_id = assignee
            if assignee is not None and actions.assignee in AUTO_ASSIGN:
                note_assigned(session, assignee, now)
    if actions.status is not None and actions.status != conv.status:
        set_status(actions.status)
    if actions.follow_up_hours is not None:
        at = now + dt.timedelta(hours=actions.follow_up_hours) if actions.follow_up_hours else None
        if at != conv.follow_up_at:
            change(
                "follow_up",
                conv.follow_up_at.isoformat() if conv.follow_up_at else None,
                at.isoformat() if at else None,
            )
            event(EventKind.FOLLOW_UP, {"at": at.isoformat() if at else None})
            if not dry_run:
                conv.follow_up_at = at
    if not dry_run and outcome.changes:
        conv.updated_at = now
        if refresh_sla:
            session.flush()
            refresh_conversation_sla(session, conv.id, now)
    return outcome


__all__ = [
    "ASSIGNEE_WORDS",
    "AUTO_ASSIGN",
    "Actions",
    "Change",
    "Outcome",
    "STATUSES",
    "apply",
    "clean_tag",
    "plan",
]
