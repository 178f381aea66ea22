# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log: who changed what in the workspace's administration, and when.

``record`` adds one entry in the caller's transaction (it commits or rolls back with the change it
describes). ``agentdesk.audit.capture.install`` records every administrative change made through
the store's write sessions on its own, so services need not call ``record`` themselves; a service
calls it for what is not a row change (a refused sign-in). Secrets never reach an entry: fields
named like passwords, PINs, tokens or keys are replaced by ``REDACTED``.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock, SystemClock
from agentdesk.store.audit_models import AuditEntry
from agentdesk.store.models import Agent

REDACTED = "•••"
# A field is a secret when its name contains one of these ...
SECRET_PARTS = ("password", "passwd", "secret", "token", "credential")
# ... or has one of these as a word ("pin_hash", "api_key"; not "pinned" or a setting's "key").
SECRET_WORDS = frozenset({"pin", "pwd", "hash", "salt", "key"})
# ``session.info`` key: the agent to record as the actor of this session's changes.
ACTOR = "agentdesk.audit.actor"
# ``session.info`` key of the desk's audit settings (set by ``capture.install``).
INSTALLED = "agentdesk.audit.installed"
LABEL_LIMIT = 200


@dataclass(frozen=True)
class Installation:
    """What a desk's audit records with: its clock and who works at it now."""

    clock: Clock
    actor: Callable[[], uuid.UUID | None]


def is_secret(name: str) -> bool:
    lowered = name.lower()
    if any(part in lowered for part in SECRET_PARTS):
        return True
    words = re.split(r"[^a-z0-9]+", lowered)
    return len(words) > 1 and any(word in SECRET_WORDS for word in words) or lowered in SECRET_WORDS - {"key"}


def redact(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """``values`` with every secret replaced by ``REDACTED`` (also inside nested objects)."""
    if values is None:
        return None
    return {
        key: REDACTED if is_secret(key) and value is not None else _clean(value)
        for key, value in values.items()
    }


# A password written into an address: ``postgresql://ada:secret@db.shop.test/agentdesk``.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^/:@\s]*:)[^@/\s]*@")


def _clean(value: Any) -> Any:
    if isinstance(value, Mapping):
        return redact(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, str) and "://" in value:
        return _URL_PASSWORD.sub(lambda m: f"{m['head']}{REDACTED}@", value)
    return value


def _installation(session: Session) -> Installation | None:
    found = session.info.get(INSTALLED)
    return found if isinstance(found, Installation) else None


def _actor(session: Session) -> uuid.UUID | None:
    given = session.info.get(ACTOR)
    if isinstance(given, uuid.UUID):
        return given
    installed = _installation(session)
    return installed.actor() if installed is not None else None


def record(
    session: Session,
    action: str,
    *,
    table: str,
    row_id: uuid.UUID | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    actor_id: uuid.UUID | None = None,
    label: str = "",
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Add one audit entry to ``session`` (written with the caller's transaction).

    ``action``: what happened (``create``, ``update``, ``delete``, ``sign_in_failed``, ...);
    ``table``: the kind of thing (a table name); ``before``/``after``: the values that changed
    (``None`` for a creation's before and a deletion's after), secrets are redacted here.
    ``actor_id`` defaults to the agent working at the desk; ``at`` to the desk's clock."""
    installed = _installation(session)
    if at is None:
        at = (installed.clock if installed is not None else SystemClock()).now()
    actor = actor_id if actor_id is not None else _actor(session)
    entry = AuditEntry(
        at=at,
        actor_id=actor,
        actor_name=_agent_name(session, actor),
        action=action[:40],
        table_name=table[:60],
        row_id=row_id,
        label=label[:LABEL_LIMIT],
        before=redact(before),
        after=redact(after),
    )
    session.add(entry)
    return entry


def _agent_name(session: Session, agent_id: uuid.UUID | None) -> str:
    if agent_id is None:
        return ""
    with session.no_autoflush:
        name = session.scalar(select(Agent.name).where(Agent.id == agent_id))
    return name or ""


__all__ = ["ACTOR", "REDACTED", "Installation", "is_secret", "record", "redact"]
