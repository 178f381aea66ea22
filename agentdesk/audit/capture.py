# SPDX-License-Identifier: GPL-3.0-or-later
"""One capture point for the audit log: every administrative change made through a store's write
sessions becomes an audit entry, in the same transaction.

``install(store, clock, actor)`` hooks ``after_flush`` on ``Store.write`` sessions (as the sync
outbox does): each object of an audited table that the flush inserted, changed or deleted becomes
one entry, with every field for a creation or a deletion and the changed fields (old and new) for
an update. Setting a row's ``deleted_at`` is its deletion. Bookkeeping fields (the server's
revision, ``updated_at``, usage counters, failed-try counters) are not changes anyone made; an
update that only touches them leaves no entry. Secrets are redacted by ``agentdesk.audit.record``.

The entries are added to the session while it flushes and written by the flush that commits the
transaction, so they commit or roll back with the change and sync like any new row. Sessions that
apply pulled rows (``sync.outbox.NO_CAPTURE``) record nothing: the desk that made the change has
recorded it already. Rows written with plain ``sqlite3`` (``Store.raw``: the demo builder, bulk
imports) are not seen.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
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
NO_CAPTURE = "agentdesk.sync.no_capture"  # the sync's flag: a session applying pulled rows
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
        event.listen(factory, "after_flush", _after_flush)
        setattr(factory, _LISTENER, True)


def uninstall(store: Store) -> None:
    factory = store._write
    if getattr(factory, _LISTENER, False):
        event.remove(factory, "after_flush", _after_flush)
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


def _table_of(obj: object) -> str | None:
    name = getattr(object_mapper(obj).local_table, "name", None)
    if not isinstance(name, str) or name not in AUDITED:
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
        if prop.key in IGNORED or prop.key == "id":
            continue
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


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get(NO_CAPTURE):
        return
    found: list[tuple[str, str, Any, dict[str, Any] | None, dict[str, Any] | None]] = []
    for obj in session.new:
        if name := _table_of(obj):
            found.append(("create", name, obj, None, _fields(obj)))
    for obj in session.dirty:
        if not (name := _table_of(obj)) or not session.is_modified(obj, include_collections=False):
            continue
        before, after = _changes(obj)
        if not after:
            continue
        action = "update"
        if after.get("deleted_at") is not None and before.get("deleted_at") is None:
            action = "delete"
        elif "deleted_at" in after and after["deleted_at"] is None:
            action = "restore"
        found.append((action, name, obj, before, after))
    for obj in session.deleted:
        if name := _table_of(obj):
            found.append(("delete", name, obj, _fields(obj), None))
    for action, name, obj, old, new in found:
        audit.record(
            session,
            action,
            table=name,
            row_id=_row_id(obj),
            before=old,
            after=new,
            label=_label(obj, name),
        )
