# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros and routing rules in and out of a workspace, in one JSON file::

    {"format": "agentdesk-macros", "version": 1,
     "macros": [{"id", "name", "description", "scope", "team", "active", "position",
                 "usage_count", "actions"}],
     "rules": [{"id", "name", "position", "triggers", "conditions", "actions", "active"}]}

``team`` and the ids inside ``actions`` (team, agent, canned reply) are the workspace's ids: a
file moves macros between desks of one team server, or back into the workspace it came from.
Import is all-or-nothing: every entry is checked (its shape, then the same rules as the dialogs,
in one transaction) and the first broken one is named — "Macro 3 (“Refund issued”): …" — with
nothing imported. An entry updates the macro or rule with its ``id``, else it is added; importing
the same file twice changes nothing the second time.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import SCOPES, MacroDraft, MacroService, require_staff
from agentdesk.messages import Message, translatable
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.rules import Conditions, join_actions, split_actions
from agentdesk.store.database import Store
from agentdesk.store.models import Agent
from agentdesk.store.workflow_models import Macro, RoutingRule
from agentdesk.text import JsonProblem, loads

FORMAT = "agentdesk-macros"
VERSION = 1
MAX_FILE_BYTES = 10 * 1024 * 1024
MACRO_KEYS = frozenset(
    {"id", "name", "description", "scope", "team", "active", "position", "usage_count", "actions"}
)
RULE_KEYS = frozenset({"id", "name", "position", "triggers", "conditions", "actions", "active"})
CTX = "MacroErrors"


class MacroFileError(ValidationError):
    """A file that cannot be imported; nothing of it was."""


@dataclass(frozen=True)
class ImportSummary:
    macros_added: int = 0
    macros_updated: int = 0
    rules_added: int = 0
    rules_updated: int = 0


def export_data(store: Store) -> dict[str, Any]:
    """Every shared macro (for everyone or a team; personal ones stay with their owner) and every
    rule of the workspace (not deleted), in their order."""
    with store.read() as session:
        macros = [
            {
                "id": str(m.id),
                "name": m.name,
                "description": m.description or "",
                "scope": m.scope,
                "team": str(m.team_id) if m.team_id else None,
                "active": bool(m.active),
                "position": m.position or 0,
                "usage_count": m.usage_count or 0,
                "actions": dict(m.actions or {}),
            }
            for m in session.execute(
                select(Macro)
                .where(Macro.deleted_at.is_(None), Macro.scope != "personal")
                .order_by(Macro.position, Macro.name, Macro.id)
            ).scalars()
        ]
        rules = [
            {
                "id": str(r.id),
                "name": r.name,
                "position": r.position or 0,
                "triggers": list(r.triggers or []),
                "conditions": dict(r.conditions or {}),
                "actions": dict(r.actions or {}),
                "active": bool(r.active),
            }
            for r in session.execute(
                select(RoutingRule)
                .where(RoutingRule.deleted_at.is_(None))
                .order_by(RoutingRule.position, RoutingRule.name, RoutingRule.id)
            ).scalars()
        ]
    return {"format": FORMAT, "version": VERSION, "macros": macros, "rules": rules}


def export_file(store: Store, path: Path) -> int:
    """Write the file; returns how many macros and rules it holds."""
    data = export_data(store)
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ValidationError(
            translatable("MacroErrors", "{path} cannot be written: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    return len(data["macros"]) + len(data["rules"])


def _refuse(kind: str, number: int, name: str, problem: Message | str) -> MacroFileError:
    if kind == "macro":
        return MacroFileError(
            translatable("MacroErrors", "Macro {number} (“{name}”): {problem} Nothing was imported."),
            number=number,
            name=name[:80],
            problem=problem,
        )
    return MacroFileError(
        translatable("MacroErrors", "Rule {number} (“{name}”): {problem} Nothing was imported."),
        number=number,
        name=name[:80],
        problem=problem,
    )


def _uuid(value: object) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ValidationError(translatable("MacroErrors", "The id is not valid.")) from None


def _int(value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(translatable("MacroErrors", "A number is out of range."))
    return value


def import_data(store: Store, data: object, service: MacroService) -> ImportSummary:
    """Import a parsed file (see the module's docstring)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise MacroFileError(
            translatable("MacroErrors", "This is not a macros file of AgentDesk. Nothing was imported.")
        )
    if data.get("version") != VERSION:
        raise MacroFileError(
            translatable(
                "MacroErrors", "This macros file is of another version ({version}). Nothing was imported."
            ),
            version=str(data.get("version"))[:20],
        )
    macros, rules = data.get("macros", []), data.get("rules", [])
    if not isinstance(macros, list) or not isinstance(rules, list):
        raise MacroFileError(
            translatable("MacroErrors", "The file's macros and rules must be lists. Nothing was imported.")
        )
    counts = {"macros_added": 0, "macros_updated": 0, "rules_added": 0, "rules_updated": 0}
    now = service.clock.now()
    routing = RoutingService(store, service.clock, service.actor_id)
    with store.write() as session:
        if rules:
            require_staff(session.get(Agent, service.actor_id) if service.actor_id else None)
        for number, entry in enumerate(macros, start=1):
            name = str(entry.get("name", "")) if isinstance(entry, dict) else ""
            try:
                if not isinstance(entry, dict) or set(entry) - MACRO_KEYS:
                    raise ValidationError(
                        translatable("MacroErrors", "The entry has fields a macro does not have.")
                    )
                macro_id = _uuid(entry.get("id"))
                team = entry.get("team")
                scope = entry.get("scope", "everyone")
                if scope not in SCOPES:
                    raise ValidationError(
                        translatable("MacroErrors", "A macro is for everyone, a team or yourself.")
                    )
                description = entry.get("description", "")
                if not isinstance(name, str) or not isinstance(description, str):
                    raise ValidationError(
                        translatable("MacroErrors", "The name and description must be text.")
                    )
                draft = service.validate(
                    session,
                    MacroDraft(
                        name,
                        Actions.from_json(entry.get("actions", {})),
                        description,
                        str(scope),
                        _uuid(team) if team is not None else None,
                        bool(entry.get("active", True)),
                    ),
                )
                position = _int(entry.get("position", 0), 0, 1_000_000)
                usage = _int(entry.get("usage_count", 0), 0, 2**31 - 1)
            except AgentDeskError as exc:
                raise _refuse("macro", number, name, exc.sentence) from None
            _store_macro(session, macro_id, draft, position, usage, service, now, counts)
        for number, entry in enumerate(rules, start=1):
            name = str(entry.get("name", "")) if isinstance(entry, dict) else ""
            try:
                if not isinstance(entry, dict) or set(entry) - RULE_KEYS:
                    raise ValidationError(
                        translatable("MacroErrors", "The entry has fields a rule does not have.")
                    )
                rule_id = _uuid(entry.get("id"))
                triggers = entry.get("triggers", ["arrival"])
                actions, sla_policy = split_actions(entry.get("actions", {}))
                rule = routing.validate(
                    session,
                    RuleDraft(
                        name,
                        Conditions.from_json(entry.get("conditions", {})),
                        actions,
                        tuple(triggers) if isinstance(triggers, list) else (),
                        bool(entry.get("active", True)),
                        sla_policy,
                    ),
                )
                position = _int(entry.get("position", 0), 0, 1_000_000)
            except AgentDeskError as exc:
                raise _refuse("rule", number, name, exc.sentence) from None
            existing = session.get(RoutingRule, rule_id)
            values = {
                "name": rule.name,
                "position": position,
                "triggers": list(rule.triggers),
                "conditions": rule.conditions.to_json(),
                "actions": join_actions(rule.actions, rule.sla_policy),
                "active": rule.active,
            }
            if existing is None:
                session.add(RoutingRule(id=rule_id, created_at=now, updated_at=now, **values))
                counts["rules_added"] += 1
            elif existing.deleted_at is not None or any(getattr(existing, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(existing, key, value)
                existing.deleted_at = None
                existing.updated_at = now
                counts["rules_updated"] += 1
    return ImportSummary(**counts)


def _store_macro(
    session: Session,
    macro_id: uuid.UUID,
    draft: MacroDraft,
    position: int,
    usage: int,
    service: MacroService,
    now: Any,
    counts: dict[str, int],
) -> None:
    values = {
        "name": draft.name,
        "description": draft.description,
        "scope": draft.scope,
        "team_id": draft.team_id,
        "actions": draft.actions.to_json(),
        "active": draft.active,
        "position": position,
        "usage_count": usage,
    }
    existing = session.get(Macro, macro_id)
    if existing is None:
        owner = service.actor_id if draft.scope == "personal" else None
        session.add(Macro(id=macro_id, owner_agent_id=owner, created_at=now, updated_at=now, **values))
        counts["macros_added"] += 1
    elif existing.deleted_at is not None or any(getattr(existing, k) != v for k, v in values.items()):
        for key, value in values.items():
            setattr(existing, key, value)
        existing.deleted_at = None
        existing.updated_at = now
        counts["macros_updated"] += 1


def import_file(store: Store, path: Path, service: MacroService) -> ImportSummary:
    try:
        raw = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise MacroFileError(
            translatable("MacroErrors", "{path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    return import_bytes(store, raw, service)


def import_bytes(store: Store, raw: bytes, service: MacroService) -> ImportSummary:
    if len(raw) > MAX_FILE_BYTES:
        raise MacroFileError(
            translatable("MacroErrors", "The file is larger than 10 MB. Nothing was imported.")
        )
    try:
        data = loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, JsonProblem):
        raise MacroFileError(
            translatable("MacroErrors", "The file is not readable JSON. Nothing was imported.")
        ) from None
    return import_data(store, data, service)


__all__ = [
    "FORMAT",
    "ImportSummary",
    "MacroFileError",
    "export_data",
    "export_file",
    "import_bytes",
    "import_file",
]
