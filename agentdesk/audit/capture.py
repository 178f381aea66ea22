# SPDX-License-Identifier: GPL-3.0-or-later
"""One capture point for the audit log: every administrative change made through a store's write
sessions becomes an audit entry, in the same transaction.

``install(store, clock, actor)`` hooks the store's *write* sessions (``Store.write``), as the sync
outbox does. ``after_flush`` notes each object of an audited table the flush inserted, changed or
deleted, with the value each changed field had before (the session's attribute history still
holds it then); ``before_commit`` flushes what is left and writes one entry per object the
transaction changed: every field for a creation or a deletion, the changed fields (old and new)
for an update, however many flushes the action took. Setting a row's ``deleted_at`` is its
deletion. Bookkeeping fields (the server's revision, ``updated_at``, usage counters, failed-try
counters) are not changes anyone made: an update that only touches them leaves no entry. Secrets
are redacted by ``agentdesk.audit.record``.

The entries are written by the flush that commits the transaction, so they commit or roll back
with the change and sync like any new row. Sessions that
apply pulled rows (``sync.outbox.NO_CAPTURE``) record nothing: the desk that made the change has
recorded it already. Rows written with plain ``sqlite3`` (``Store.raw``: the demo builder, bulk
imports) are not seen.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction, object_mapper
from sqlalchemy.orm.attributes import NO_VALUE, instance_state

from agentdesk import audit
from agentdesk.clock import Clock
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Setting

# The tables whose changes are administrative, and the field that names a row in the log.
AUDITED: dict[str, str] = {
    "agent": "name",
    "agent_secret": "kind",
    "team": "name",
    "sla_policy": "name",
    "business_calendar": "name",
    "mail_account": "name",
    "canned_reply": "title",
    "canned_reply_variant": "language",
    "macro": "name",
    "routing_rule": "name",
    "survey_policy": "name",
    "customer_erasure": "reason",
    "setting": "key",
}
# Local settings that are administrative (the others are an agent's own preferences).
AUDITED_SETTINGS = ("tier_names", "privacy.", "survey", "sync.server")
# Fields that change without anyone changing the thing.
IGNORED = frozenset(
    {"rev", "updated_at", "sync_txid", "usage_count", "failures", "failed_at", "last_assigned_at"}
)
CURRENT_AGENT = "current_agent_id"  # the workspace setting that names the agent at the desk
NO_CAPTURE = "agentdesk.sync.no_capture"
PENDING = "agentdesk.audit.pending"  # ``session.info``: what the open transaction changed so far
INSTALLED_KEY = audit.INSTALLED  # the sync's flag: a session applying pulled rows
_LISTENER = "_agentdesk_audit_listener"


def install(store: Store, clock: Clock, actor: Callable[[], uuid.UUID | None] | None = None) -> None:
    """Record every administrative change made through ``store.write()`` from now on, timed by
    ``clock`` and made by ``actor()`` (the agent working at the desk; by default the one the
    workspace names). Installing again replaces the clock and the actor."""
    installation = audit.Installation(clock, actor if actor is not None else _workspace_agent(store))
    factory = store._write
    factory.kw.setdefault("info", {})
    factory.kw["info"] = {**factory.kw["info"], audit.INSTALLED: installation}
    if not getattr(factory, _LISTENER, False):
        for name, listener in _LISTENERS:
            event.listen(factory, name, listener)
        setattr(factory, _LISTENER, True)


def uninstall(store: Store) -> None:
    factory = store._write
    if getattr(factory, _LISTENER, False):
        for name, listener in _LISTENERS:
            event.remove(factory, name, listener)
        setattr(factory, _LISTENER, False)
    info = dict(factory.kw.get("info") or {})
    info.pop(audit.INSTALLED, None)
    factory.kw["info"] = info


def _workspace_agent(store: Store) -> Callable[[], uuid.UUID | None]:
    """The agent the workspace names as working at this desk (its ``current_agent_id`` setting)."""

    def current() -> uuid.UUID | None:
        with store.read() as session:
            row = session.get(Setting, CURRENT_AGENT)
            if row is None or not row.value:
                return None
            try:
                agent = session.get(Agent, uuid.UUID(str(row.value)))
            except ValueError:
                return None
            return agent.id if agent is not None else None

    return current


_TABLE_OF_CLASS: dict[type, str | None] = {}


def _table_of(obj: object) -> str | None:
    """The audited table ``obj`` is a row of, or None (looked up once per class: every flush of
    every action passes here)."""
    kind = type(obj)
    if kind not in _TABLE_OF_CLASS:
        name = getattr(object_mapper(obj).local_table, "name", None)
        _TABLE_OF_CLASS[kind] = name if isinstance(name, str) and name in AUDITED else None
    name = _TABLE_OF_CLASS[kind]
    if name is None:
        return None
    if isinstance(obj, Setting) and not str(obj.key).startswith(AUDITED_SETTINGS):
        return None
    return name


def plain(value: Any) -> Any:
    """A field's value as JSON: ids and times as text, bytes by their size only."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(bytes(value))} bytes>"
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _fields(obj: Any) -> dict[str, Any]:
    state = instance_state(obj)
    values: dict[str, Any] = {}
    for prop in object_mapper(obj).column_attrs:
        if prop.key in IGNORED or any(c.primary_key for c in prop.columns):
            continue  # the key is the entry's row id or label
        value = state.dict.get(prop.key, NO_VALUE)
        if value is NO_VALUE:
            value = getattr(obj, prop.key)
        values[prop.key] = plain(value)
    return values


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = instance_state(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for prop in object_mapper(obj).column_attrs:
        if prop.key in IGNORED:
            continue
        history = state.attrs[prop.key].history
        if not history.added:
            continue
        old = plain(history.deleted[0]) if history.deleted else None
        new = plain(history.added[0])
        if old != new:
            before[prop.key], after[prop.key] = old, new
    return before, after


def _row_id(obj: Any) -> uuid.UUID | None:
    for attr in ("id", "agent_id"):
        value = getattr(obj, attr, None)
        if isinstance(value, uuid.UUID):
            return value
    return None


def _label(obj: Any, name: str) -> str:
    value = getattr(obj, AUDITED[name], "")
    return "" if value is None else str(value)


@dataclass
class _Pending:
    """The changes one transaction made to one object so far: the value each field had before
    the first change, and its latest."""

    table: str
    obj: Any
    created: bool = False
    removed: bool = False
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


def _pending(session: Session) -> dict[int, _Pending]:
    found = session.info.get(PENDING)
    if not isinstance(found, dict):
        found = session.info[PENDING] = {}
    return found


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    """Note what this flush changed; the entries are written once, when the transaction commits,
    so an action that flushes several times is one entry per thing it changed."""
    new = [(obj, name) for obj in session.new if (name := _table_of(obj))]
    dirty = [(obj, name) for obj in session.dirty if (name := _table_of(obj))]
    deleted = [(obj, name) for obj in session.deleted if (name := _table_of(obj))]
    if not (new or dirty or deleted) or session.info.get(NO_CAPTURE):
        return
    pending = _pending(session)
    for obj, name in new:
        pending[id(obj)] = _Pending(name, obj, created=True)
    for obj, name in dirty:
        before, after = _changes(obj)
        if not after:
            continue
        seen = pending.setdefault(id(obj), _Pending(name, obj))
        for key, value in after.items():
            seen.before.setdefault(key, before[key])
            seen.after[key] = value
    for obj, name in deleted:
        seen = pending.setdefault(id(obj), _Pending(name, obj))
        seen.removed = True
        seen.before = {**_fields(obj), **seen.before}


def _before_commit(session: Session) -> None:
    """Write one entry per thing the transaction changed (after flushing what is left)."""
    if session.info.get(NO_CAPTURE) or not session.info.get(INSTALLED_KEY):
        session.info.pop(PENDING, None)
        return
    if any(_table_of(obj) for obj in (*session.new, *session.dirty, *session.deleted)):
        session.flush()  # what is left of the action is noted before the entries are written
    pending = session.info.pop(PENDING, None) or {}
    for seen in pending.values():
        obj, name = seen.obj, seen.table
        if seen.created and seen.removed:
            continue  # made and removed in one go: nothing changed
        if seen.created:
            action, old, new = "create", None, _fields(obj)
        elif seen.removed:
            action, old, new = "delete", seen.before, None
        else:
            changed = [k for k in seen.after if seen.before.get(k) != seen.after[k]]
            if not changed:
                continue
            old = {k: seen.before.get(k) for k in changed}
            new = {k: seen.after[k] for k in changed}
            action = "update"
            if new.get("deleted_at") is not None and old.get("deleted_at") is None:
                action = "delete"
            elif "deleted_at" in new and new["deleted_at"] is None:
                action = "restore"
        audit.record(
            session, action, table=name, row_id=_row_id(obj), before=old, after=new, label=_label(obj, name)
        )


def _after_rollback(session: Session) -> None:
    session.info.pop(PENDING, None)


_LISTENERS = (
    ("after_flush", _after_flush),
    ("before_commit", _before_commit),
    ("after_soft_rollback", lambda session, _previous: _after_rollback(session)),
)
