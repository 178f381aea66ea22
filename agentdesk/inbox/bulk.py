# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk actions over a selection of conversations, within the acting agent's permissions.

``BulkService.run(ids, step)`` applies one *step* to every chosen conversation in **one
transaction**. A step is a plain function ``(session, conversation, now) -> bool`` built from the
same pieces as the single actions (so every conversation gets its own events and SLA refresh):
it returns True when it changed the conversation, False when it was already as asked, and raises
an ``AgentDeskError`` to refuse it. Each conversation runs in its own savepoint, so a refused one
is left exactly as it was while the others go ahead; the outcome lists what changed, what was
already so, and what was refused and why (``BulkOutcome.refusal_groups`` for the summary).

Steps for the everyday fields are made here (``status_step``, ``priority_step``, ``assign_step``,
``tags_step``, ``follow_up_step``); tier and team changes live with the escalation rules
(``agentdesk.escalation.bulk_steps``), and other features add their own steps the same way (a
macro's actions are one step). ``run`` checks who may change what before each step:

- supervisors and admins may change every conversation;
- an agent may change the conversations assigned to them, and those at a tier they work in one of
  their teams (or in no team) — what their login may see on the team server;
- without a known agent at the desk (a one-person shop) nothing is restricted, as for single actions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.errors import AgentDeskError, NotFoundError, PermissionDenied, ValidationError
from agentdesk.inbox.service import (
    SETTABLE_STATUSES,
    ConversationRef,
    InboxService,
    normalize_tag,
)
from agentdesk.messages import translatable
from agentdesk.store.models import Agent, Conversation, EventKind, Priority, Role, Status

MAX_BULK = 5000
PRELOAD = 500
BulkStep = Callable[[Session, Conversation, dt.datetime], bool]
Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True, slots=True)
class Refusal:
    """A conversation a bulk action left unchanged, and why (a sentence in the current language)."""

    conversation_id: uuid.UUID
    number: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class BulkOutcome:
    changed: tuple[ConversationRef, ...]
    unchanged: tuple[ConversationRef, ...]
    refused: tuple[Refusal, ...]

    @property
    def total(self) -> int:
        return len(self.changed) + len(self.unchanged) + len(self.refused)

    def refusal_groups(self) -> list[tuple[str, tuple[int | None, ...]]]:
        """The refusals grouped by reason, the most common reason first: (reason, numbers)."""
        groups: dict[str, list[int | None]] = {}
        for refusal in self.refused:
            groups.setdefault(refusal.reason, []).append(refusal.number)
        ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
        return [(reason, tuple(numbers)) for reason, numbers in ordered]


def split_tags(text: str) -> list[str]:
    """Tags as an agent types them into one field: separated by commas or spaces."""
    return [t for t in text.replace(",", " ").split() if t]


def combine(*steps: BulkStep) -> BulkStep:
    """One step that applies ``steps`` in order to each conversation (several changes chosen at
    once, a macro's actions): changed when any of them changed it; refused as a whole when one
    refuses, so a conversation never ends up half changed."""
    if not steps:
        raise ValidationError(translatable("BulkErrors", "Choose at least one change."))

    def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
        changed = False
        for one in steps:
            changed = one(session, conv, now) or changed
        return changed

    return step


def may_change(actor: Agent | None, conv: Conversation) -> str | None:
    """None when ``actor`` may change ``conv``; otherwise the sentence that says why not."""
    if actor is None or actor.role in (Role.SUPERVISOR, Role.ADMIN):
        return None
    if conv.assignee_id == actor.id:
        return None
    teams = {str(t) for t in (actor.team_ids or [])}
    if actor.team_id is not None:
        teams.add(str(actor.team_id))
    in_team = conv.team_id is None or str(conv.team_id) in teams
    if conv.tier in (actor.tiers or []) and in_team:
        return None
    if conv.tier not in (actor.tiers or []):
        return str(
            PermissionDenied(
                translatable("BulkErrors", "It is at tier {tier}, which you do not work."), tier=conv.tier
            )
        )
    return str(PermissionDenied(translatable("BulkErrors", "It belongs to a team you are not in.")))


def check_may_change(session: Session, actor_id: uuid.UUID | None, conv: Conversation) -> None:
    """Refuse (``PermissionDenied``) when the agent ``actor_id`` may not change ``conv`` (the rule
    of ``may_change``; merge and split use it too)."""
    if actor_id is None:
        return
    why = may_change(session.get(Agent, actor_id), conv)
    if why is not None:
        raise PermissionDenied(
            translatable("BulkErrors", "Conversation #{number}: {reason}"),
            number=conv.number if conv.number is not None else "?",
            reason=why,
        )


class BulkService:
    """Runs bulk steps for the agent ``inbox`` acts for (its ``actor_id`` at call time)."""

    def __init__(self, inbox: InboxService) -> None:
        self.inbox = inbox

    def _actor(self, session: Session) -> Agent | None:
        actor_id = self.inbox.actor_id
        if actor_id is None:
            return None
        agent = session.get(Agent, actor_id)
        if agent is None or agent.deleted_at is not None or not agent.active:
            raise PermissionDenied(
                translatable("BulkErrors", "The agent at this desk is not an active agent.")
            )
        return agent

    def run(
        self,
        conversation_ids: Iterable[uuid.UUID],
        step: BulkStep,
        *,
        progress: Progress | None = None,
        when: dt.datetime | None = None,
        all_or_nothing: bool = False,
        check: Callable[[Session], object] | None = None,
    ) -> BulkOutcome:
        """Apply ``step`` to each conversation (duplicates once), all in one transaction.

        ``check`` runs first in the transaction (a role the action needs: it raises to refuse the
        whole action). With ``all_or_nothing`` the first refusal ends the action and nothing is
        changed; the error names the conversation (the supervisors' review tools work so)."""
        ids = list(dict.fromkeys(conversation_ids))
        if not ids:
            raise ValidationError(translatable("BulkErrors", "Choose at least one conversation."))
        if len(ids) > MAX_BULK:
            raise ValidationError(
                translatable(
                    "BulkErrors", "Choose at most {MAX_BULK:,} conversations at a time (got {len:,})."
                ),
                MAX_BULK=MAX_BULK,
                len=len(ids),
            )
        now = self.inbox._now(when)
        changed: list[ConversationRef] = []
        unchanged: list[ConversationRef] = []
        refused: list[Refusal] = []
        with self.inbox.store.write() as session:
            if check is not None:
                check(session)
            actor = self._actor(session)
            loaded: dict[uuid.UUID, Conversation] = {}  # one query per chunk, held for the loop
            for start in range(0, len(ids), PRELOAD):
                chunk = ids[start : start + PRELOAD]
                loaded.update(
                    (c.id, c) for c in session.scalars(select(Conversation).where(Conversation.id.in_(chunk)))
                )
            for done, cid in enumerate(ids, start=1):
                conv = loaded.get(cid)
                error: AgentDeskError | None = None
                if conv is None or conv.deleted_at is not None:
                    error = NotFoundError(translatable("BulkErrors", "It no longer exists."))
                else:
                    ref = ConversationRef(conv.id, conv.number)
                    why = may_change(actor, conv)
                    if why is not None:
                        error = PermissionDenied(why)
                    else:
                        try:
                            with session.begin_nested():
                                did = step(session, conv, now)
                        except AgentDeskError as exc:
                            error = exc
                        else:
                            (changed if did else unchanged).append(ref)
                if error is not None:
                    number = conv.number if conv is not None else None
                    if all_or_nothing:
                        raise type(error)(
                            translatable(
                                "BulkErrors", "Nothing was changed: conversation #{number}: {reason}"
                            ),
                            number=number if number is not None else "?",
                            reason=error.message,
                        ) from error
                    refused.append(Refusal(cid, number, error.message))
                if progress is not None:
                    progress(done, len(ids))
        return BulkOutcome(tuple(changed), tuple(unchanged), tuple(refused))

    # -- the everyday steps --------------------------------------------------------------------

    def status_step(self, status: str) -> BulkStep:
        if status not in SETTABLE_STATUSES or status == Status.NEW:
            raise ValidationError(translatable("BulkErrors", "That status cannot be set by hand."))
        inbox = self.inbox

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            if conv.status == status:
                return False
            inbox._writable(conv)
            if status == Status.CLOSED and conv.status != Status.SOLVED:
                raise ValidationError(
                    translatable("BulkErrors", "It must be solved before it can be closed.")
                )
            inbox._change_status(session, conv, status, now)
            inbox._refresh_sla(session, conv, now)
            return True

        return step

    def priority_step(self, priority: str) -> BulkStep:
        if priority not in Priority.values():
            raise ValidationError(translatable("BulkErrors", "That priority does not exist."))
        inbox = self.inbox

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            if conv.priority == priority:
                return False
            inbox._writable(conv)
            inbox._event(session, conv, EventKind.PRIORITY, {"from": conv.priority, "to": priority}, now)
            conv.priority = priority
            conv.updated_at = now
            inbox._refresh_sla(session, conv, now)
            return True

        return step

    def assign_step(self, agent_id: uuid.UUID | None) -> BulkStep:
        """Give each to ``agent_id`` (None: back to the queue); the agent must work its tier."""
        inbox = self.inbox

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            if conv.assignee_id == agent_id:
                return False
            inbox._writable(conv)
            if agent_id is not None:
                agent = inbox._active_agent(session, agent_id)
                if conv.tier not in (agent.tiers or []) and agent.role not in (Role.SUPERVISOR, Role.ADMIN):
                    raise PermissionDenied(
                        translatable("BulkErrors", "{name} does not work tier {tier}."),
                        name=agent.name,
                        tier=conv.tier,
                    )
            inbox._reassign(session, conv, agent_id, now)
            return True

        return step

    def tags_step(self, add: Sequence[str] = (), remove: Sequence[str] = ()) -> BulkStep:
        to_add = {normalize_tag(t) for t in add}
        to_remove = {normalize_tag(t) for t in remove}
        if to_add & to_remove:
            raise ValidationError(translatable("BulkErrors", "A tag cannot be added and removed at once."))
        if not to_add and not to_remove:
            raise ValidationError(translatable("BulkErrors", "Name at least one tag to add or remove."))
        inbox = self.inbox

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            current = set(conv.tags or [])
            added, removed = sorted(to_add - current), sorted(to_remove & current)
            if not added and not removed:
                return False
            inbox._writable(conv)
            conv.tags = sorted((current | set(added)) - set(removed))
            conv.updated_at = now
            inbox._event(session, conv, EventKind.TAG, {"added": added, "removed": removed}, now)
            return True

        return step

    def follow_up_step(self, at: dt.datetime | None) -> BulkStep:
        if at is not None:
            if at.tzinfo is None:
                raise ValidationError(translatable("BulkErrors", "A follow-up time needs a time zone."))
            at = at.astimezone(dt.UTC)
            if at <= self.inbox.clock.now():
                raise ValidationError(translatable("BulkErrors", "A follow-up must be in the future."))
        inbox = self.inbox

        def step(session: Session, conv: Conversation, now: dt.datetime) -> bool:
            if conv.follow_up_at == at:
                return False
            inbox._writable(conv)
            inbox._event(session, conv, EventKind.FOLLOW_UP, {"at": at.isoformat() if at else None}, now)
            conv.follow_up_at = at
            conv.updated_at = now
            return True

        return step

    # -- shortcuts -----------------------------------------------------------------------------

    def set_status(
        self,
        ids: Iterable[uuid.UUID],
        status: str,
        *,
        progress: Progress | None = None,
        when: dt.datetime | None = None,
    ) -> BulkOutcome:
        return self.run(ids, self.status_step(status), progress=progress, when=when)

    def set_priority(
        self,
        ids: Iterable[uuid.UUID],
        priority: str,
        *,
        progress: Progress | None = None,
        when: dt.datetime | None = None,
    ) -> BulkOutcome:
        return self.run(ids, self.priority_step(priority), progress=progress, when=when)

    def assign(
        self,
        ids: Iterable[uuid.UUID],
        agent_id: uuid.UUID | None,
        *,
        progress: Progress | None = None,
        when: dt.datetime | None = None,
    ) -> BulkOutcome:
        return self.run(ids, self.assign_step(agent_id), progress=progress, when=when)
