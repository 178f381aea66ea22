# SPDX-License-Identifier: GPL-3.0-or-later
"""Routing rules that run when an agent changes a conversation (the ``update`` trigger).

``install(store)`` hooks two session events on the store's *write* sessions (every service action
goes through ``Store.write``), the way the sync outbox does:

- ``after_flush`` notes the change events the flush inserted (status, priority, tier, team,
  assignee, tags: ``agentdesk.routing.changes.CHANGE_KINDS``) that an agent made, i.e. with an
  acting agent and not written by a rule;
- ``before_commit`` runs the ``update`` rules once on each conversation so changed, with those
  changes as the facts the ``changes`` condition looks at, and refreshes its SLA columns when a
  rule changed something. The rules' changes are part of the agent's transaction: both commit or
  neither does, and they sync together.

Whatever path made the change counts the same: the conversation's menus, a bulk action, a macro,
an escalation or a transfer. A conversation created in the same transaction is left to the
arrival rules. Loop safety: a rule's own events carry no acting agent and the rule's name, so they
never start a pass; each conversation gets at most one update pass per action, each rule fires at
most once in it, and at most ``MAX_CONVERSATIONS`` conversations are passed per action (a larger
bulk action is logged and the rest left as the agent set them). Changes applied from the server
(sync) are written without these sessions and start nothing on this desk: the rules ran on the
desk where the agent worked.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, UOWTransaction

from agentdesk.routing.changes import CHANGE_KINDS, FieldChange, any_hit, changes_of
from agentdesk.routing.engine import active_rules, route
from agentdesk.sla.cache import refresh_conversation_sla
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, EventKind, Message

log = logging.getLogger("agentdesk.routing")

MAX_CONVERSATIONS = 10_000
TRIGGER = "update"
_SEEN = "agentdesk.routing.updates.seen"  # session.info: the agents' change events of this transaction
_CREATED = "agentdesk.routing.updates.created"
_NO_CAPTURE = "agentdesk.sync.no_capture"  # agentdesk.sync.outbox.NO_CAPTURE: applying pulled rows
_INSTALLED = "_agentdesk_update_rules_installed"


def install(store: Store) -> None:
    """Run the ``update`` rules after agents' changes made through ``store.write()`` (idempotent)."""
    factory = store._write
    if not getattr(factory, _INSTALLED, False):
        event.listen(factory, "after_flush", _after_flush)
        event.listen(factory, "before_commit", _before_commit)
        event.listen(factory, "after_rollback", _forget)
        setattr(factory, _INSTALLED, True)


def uninstall(store: Store) -> None:
    factory = store._write
    if getattr(factory, _INSTALLED, False):
        event.remove(factory, "after_flush", _after_flush)
        event.remove(factory, "before_commit", _before_commit)
        event.remove(factory, "after_rollback", _forget)
        setattr(factory, _INSTALLED, False)


def agent_changes(kind: str, actor: uuid.UUID | None, data: object) -> list[FieldChange]:
    """The changes an event records when an agent made them by hand (not a rule, not the system)."""
    if kind not in CHANGE_KINDS or actor is None or not isinstance(data, Mapping) or data.get("rule"):
        return []
    return changes_of(kind, data)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get(_NO_CAPTURE):
        return
    for obj in session.new:
        if not isinstance(obj, ConversationEvent):
            continue
        if obj.kind == EventKind.CREATED.value:
            session.info.setdefault(_CREATED, set()).add(obj.conversation_id)
            continue
        found = agent_changes(obj.kind, obj.actor_agent_id, obj.data)
        if found:
            seen: list[_Seen] = session.info.setdefault(_SEEN, [])
            seen.append(_Seen(obj, tuple(found)))


@dataclass(frozen=True, slots=True)
class _Seen:
    event: ConversationEvent
    changes: tuple[FieldChange, ...]


def _forget(session: Session, _transaction: Any = None) -> None:
    session.info.pop(_SEEN, None)
    session.info.pop(_CREATED, None)


def _before_commit(session: Session) -> None:
    if session.new or session.dirty:
        session.flush()  # the action's last changes, noted by _after_flush
    seen: list[_Seen] = session.info.pop(_SEEN, [])
    created: set[uuid.UUID] = session.info.pop(_CREATED, set())
    # A bulk action refuses a conversation by rolling back its savepoint: the events written in it
    # are no longer in the session (what was refused was not changed).
    seen = [s for s in seen if s.event.conversation_id not in created and sa_inspect(s.event).persistent]
    if not seen:
        return
    rules = active_rules(session, TRIGGER)
    if not rules:
        return
    by_conversation: dict[uuid.UUID, tuple[list[FieldChange], dt.datetime]] = {}
    for item in seen:
        cid, at = item.event.conversation_id, item.event.created_at
        changes, since = by_conversation.setdefault(cid, ([], at))
        changes.extend(item.changes)
        by_conversation[cid] = (changes, max(at, since))
    todo = list(by_conversation.items())
    if len(todo) > MAX_CONVERSATIONS:
        log.warning("update rules: %d conversations changed at once; the first %d are passed",
                    len(todo), MAX_CONVERSATIONS)  # fmt: skip
        todo = todo[:MAX_CONVERSATIONS]
    for cid, (changes, at) in todo:
        # Only the rules whose change conditions these changes meet (a rule without any: every one).
        hit = [r for r in rules if not r.conditions.changes or any_hit(r.conditions.changes, changes)]
        if not hit:
            continue
        conv = session.get(Conversation, cid)
        if conv is None or conv.deleted_at is not None:
            continue
        mailbox = _mailbox(session, cid) if any(r.conditions.mailboxes for r in hit) else None
        fired = route(session, conv, TRIGGER, "", None, at, tuple(changes), mailbox=mailbox, rules=hit)
        if fired:
            refresh_conversation_sla(session, cid, at)
    # What the rules wrote is flushed by the commit; it is no agent's change and starts nothing.
    session.info.pop(_SEEN, None)


def _mailbox(session: Session, conversation_id: uuid.UUID) -> str | None:
    """The mailbox the conversation's first email came in through (for the mailbox condition)."""
    meta = session.scalar(
        select(Message.meta)
        .where(Message.conversation_id == conversation_id, Message.direction == "inbound")
        .order_by(Message.created_at, Message.id)
        .limit(1)
    )
    mail = meta.get("mail") if isinstance(meta, Mapping) else None
    account = mail.get("account_id") if isinstance(mail, Mapping) else None
    return str(account) if account else None


__all__ = ["MAX_CONVERSATIONS", "TRIGGER", "agent_changes", "install", "uninstall"]
