# SPDX-License-Identifier: GPL-3.0-or-later
"""Running the routing rules, and managing them.

``route`` runs inside the transaction of the action that triggered it (the inbox service calls it
when a conversation is created and when the customer writes again, ``agentdesk.routing.updates``
when an agent changed it), on the desk or mail service that receives the conversation or where the
agent works; what it changes syncs like any other change of that transaction.

One pass: the active rules for the trigger are looked at once each, in order; each sees the
conversation as the rules before it left it, and fires at most once. What the rules change does
not start another pass, so two rules that undo each other (Billing → Shipping, Shipping →
Billing) stop after one pass instead of looping. Every event a rule writes carries the rule's name
and the trigger (``{"rule": name, "trigger": "arrival"}``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.macros.actions import Actions, Outcome, apply
from agentdesk.macros.service import require_staff
from agentdesk.messages import translatable
from agentdesk.routing import sla_action
from agentdesk.routing.changes import FieldChange
from agentdesk.routing.rules import (
    Conditions,
    Facts,
    check_rule_actions,
    check_triggers,
    join_actions,
    matches,
    split_actions,
)
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, Customer
from agentdesk.store.workflow_models import RoutingRule

log = logging.getLogger("agentdesk.routing")
CTX = "RoutingErrors"
MAX_NAME = 200
_RUNNING = "agentdesk.routing.running"


@dataclass(frozen=True)
class RuleDraft:
    name: str
    conditions: Conditions
    actions: Actions
    triggers: tuple[str, ...] = ("arrival",)
    active: bool = True
    sla_policy: str | None = None  # a policy id, sla_action.AUTOMATIC, or None (no such action)


@dataclass(frozen=True)
class RuleRow:
    id: uuid.UUID
    name: str
    position: int
    triggers: tuple[str, ...]
    conditions: Conditions
    actions: Actions
    active: bool
    sla_policy: str | None = None

    def draft(self) -> RuleDraft:
        return RuleDraft(
            self.name, self.conditions, self.actions, self.triggers, self.active, self.sla_policy
        )


@dataclass(frozen=True)
class Fired:
    rule: str
    outcome: Outcome


def _read(rule: RoutingRule) -> RuleRow | None:
    """A stored rule, or None when this version cannot read it (written by a newer one)."""
    try:
        actions, sla_policy = split_actions(rule.actions or {})
        return RuleRow(
            rule.id,
            rule.name,
            rule.position or 0,
            check_triggers(list(rule.triggers or [])),
            Conditions.from_json(rule.conditions or {}),
            actions,
            bool(rule.active),
            sla_policy,
        )
    except ValidationError:
        return None


def active_rules(session: Session, trigger: str) -> list[RuleRow]:
    """The active rules that run on ``trigger``, in the order they run."""
    return [
        row
        for row in map(
            _read,
            session.execute(
                select(RoutingRule)
                .where(RoutingRule.deleted_at.is_(None), RoutingRule.active.is_(True))
                .order_by(RoutingRule.position, RoutingRule.name, RoutingRule.id)
            ).scalars(),
        )
        if row is not None and trigger in row.triggers
    ]


def route(
    session: Session,
    conv: Conversation,
    trigger: str,
    message: str,
    meta: Mapping[str, Any] | None,
    now: Any,
    changes: tuple[FieldChange, ...] = (),
    *,
    mailbox: str | None = None,
    rules: list[RuleRow] | None = None,
) -> list[Fired]:
    """Run the rules for ``trigger`` on ``conv`` once (see the module's docstring); flushes, never
    commits. ``message``: the customer's message that triggered it; ``meta``: its metadata (the
    mailbox of an email is ``meta["mail"]["account_id"]``, else ``mailbox``); ``changes``: what
    the agent changed (the ``update`` trigger); ``rules``: the active rules for ``trigger`` in
    order, when the caller has read them already (``active_rules``)."""
    if session.info.get(_RUNNING):
        return []  # a change made by a rule never starts another pass
    if rules is None:
        rules = active_rules(session, trigger)
    if not rules:
        return []
    customer = session.get(Customer, conv.customer_id)
    mail = (meta or {}).get("mail")
    if isinstance(mail, Mapping) and mail.get("account_id"):
        mailbox = str(mail.get("account_id"))
    session.info[_RUNNING] = True
    try:
        with session.no_autoflush:  # one flush at the end, not one before every query of the pass
            fired = _pass(session, conv, trigger, message, mailbox, customer, rules, now, changes)
        if fired and conv.updated_at is not None:
            # The triggering action may have written this very updated_at already: naming it keeps
            # the column's onupdate default (the wall clock) from firing.
            flag_modified(conv, "updated_at")
        session.flush()
    finally:
        session.info.pop(_RUNNING, None)
    return fired


def _pass(
    session: Session,
    conv: Conversation,
    trigger: str,
    message: str,
    mailbox: str | None,
    customer: Customer | None,
    rules: list[RuleRow],
    now: Any,
    changes: tuple[FieldChange, ...] = (),
) -> list[Fired]:
    fired: list[Fired] = []
    for rule in rules:
        facts = Facts(
            channel=conv.channel,
            mailbox=mailbox,
            language=conv.language,
            plan=customer.plan if customer else "",
            company=(customer.company or "") if customer else "",
            subject=conv.subject,
            message=message,
            tags=frozenset(conv.tags or []),
            priority=conv.priority,
            changes=changes,
        )
        if not matches(rule.conditions, facts):
            continue
        origin = {"rule": rule.name, "trigger": trigger}
        outcome = apply(session, conv, rule.actions, None, now, origin, refresh_sla=False)
        if rule.sla_policy is not None and "closed" not in outcome.skipped:
            change = sla_action.apply(session, conv, rule.sla_policy, now, origin)
            if change is not None:
                outcome.changes.append(change)
        if outcome.changes:
            fired.append(Fired(rule.name, outcome))
        if outcome.skipped:
            log.info("rule %r on #%s: %s", rule.name, conv.number, ", ".join(outcome.skipped))
    return fired


class RoutingService:
    """The ordered rule list: read by everyone, changed by supervisors and admins."""

    def __init__(self, store: Store, clock: Clock, actor_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock = clock
        self.actor_id = actor_id

    def _require_staff(self, session: Session) -> None:
        require_staff(session.get(Agent, self.actor_id) if self.actor_id else None)

    def list_rules(self) -> list[RuleRow]:
        """Every rule in order; a rule this version cannot read is left out."""
        with self.store.read() as session:
            rows = session.execute(
                select(RoutingRule)
                .where(RoutingRule.deleted_at.is_(None))
                .order_by(RoutingRule.position, RoutingRule.name, RoutingRule.id)
            ).scalars()
            return [row for row in map(_read, rows) if row is not None]

    def _rule(self, session: Session, rule_id: uuid.UUID) -> RoutingRule:
        rule = session.get(RoutingRule, rule_id)
        if rule is None or rule.deleted_at is not None:
            raise NotFoundError(
                translatable("RoutingErrors", "That rule does not exist (it may have been deleted).")
            )
        return rule

    @staticmethod
    def validate(session: Session, draft: RuleDraft) -> RuleDraft:
        name = " ".join(draft.name.split())
        if not name:
            raise ValidationError(translatable("RoutingErrors", "A rule needs a name."))
        if len(name) > MAX_NAME:
            raise ValidationError(
                translatable("RoutingErrors", "The name is too long (at most {n} characters)."), n=MAX_NAME
            )
        sla_policy = sla_action.read(draft.sla_policy)
        actions = check_rule_actions(draft.actions, sla_policy)
        actions.check_references(session)
        sla_action.check_reference(session, sla_policy)
        return RuleDraft(
            name, draft.conditions, actions, check_triggers(list(draft.triggers)), draft.active, sla_policy
        )

    def create(self, draft: RuleDraft, *, rule_id: uuid.UUID | None = None) -> RuleRow:
        now = self.clock.now()
        with self.store.write() as session:
            self._require_staff(session)
            draft = self.validate(session, draft)
            last = session.scalar(
                select(RoutingRule.position)
                .where(RoutingRule.deleted_at.is_(None))
                .order_by(RoutingRule.position.desc())
                .limit(1)
            )
            rule = RoutingRule(
                id=rule_id or uuid7(),
                name=draft.name,
                position=(last or 0) + 1,
                triggers=list(draft.triggers),
                conditions=draft.conditions.to_json(),
                actions=join_actions(draft.actions, draft.sla_policy),
                active=draft.active,
                created_at=now,
                updated_at=now,
            )
            session.add(rule)
            session.flush()
            row = _read(rule)
            assert row is not None  # just validated
            return row

    def update(self, rule_id: uuid.UUID, draft: RuleDraft) -> RuleRow:
        now = self.clock.now()
        with self.store.write() as session:
            self._require_staff(session)
            rule = self._rule(session, rule_id)
            draft = self.validate(session, draft)
            rule.name = draft.name
            rule.triggers = list(draft.triggers)
            rule.conditions = draft.conditions.to_json()
            rule.actions = join_actions(draft.actions, draft.sla_policy)
            rule.active = draft.active
            rule.updated_at = now
            row = _read(rule)
            assert row is not None
            return row

    def delete(self, rule_id: uuid.UUID) -> None:
        now = self.clock.now()
        with self.store.write() as session:
            self._require_staff(session)
            rule = self._rule(session, rule_id)
            rule.deleted_at = now
            rule.updated_at = now

    def move(self, rule_id: uuid.UUID, offset: int) -> None:
        """Move a rule up (``-1``) or down (``+1``): the order in which rules run."""
        now = self.clock.now()
        with self.store.write() as session:
            self._require_staff(session)
            rows = list(
                session.execute(
                    select(RoutingRule)
                    .where(RoutingRule.deleted_at.is_(None))
                    .order_by(RoutingRule.position, RoutingRule.name, RoutingRule.id)
                ).scalars()
            )
            index = next((i for i, r in enumerate(rows) if r.id == rule_id), None)
            if index is None:
                raise NotFoundError(
                    translatable("RoutingErrors", "That rule does not exist (it may have been deleted).")
                )
            other = index + offset
            if not 0 <= other < len(rows):
                return
            rows[index], rows[other] = rows[other], rows[index]
            for position, rule in enumerate(rows, start=1):
                if rule.position != position:
                    rule.position = position
                    rule.updated_at = now


__all__ = ["Fired", "RoutingService", "RuleDraft", "RuleRow", "active_rules", "route"]
