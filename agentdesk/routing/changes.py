# SPDX-License-Identifier: GPL-3.0-or-later
"""What an agent changed on a conversation, and the rule conditions that look at it.

A rule with the ``update`` trigger runs when an agent changes a conversation (status, priority,
tier, team, assignee, tags), like Zendesk's and Zammad's triggers on "updated". Its ``changes``
condition names the changes it reacts to; any one of them is enough::

    "changes": [{"field": "status", "to": "solved"},          # status changed to solved
                {"field": "priority", "from": "low"},         # priority changed from low
                {"field": "tag_added", "to": "refund"},       # the tag refund was added
                {"field": "assignee", "to": "nobody"},        # unassigned
                {"field": "tier"}]                            # the tier changed, to anything

``field`` is one of ``CHANGE_FIELDS``; ``to`` and ``from`` are optional (any value). Values are
text: a status or priority name, a tier ``"1"``..``"3"``, a team's or an agent's id, or ``"nobody"``
for no team / no assignee; for ``tag_added`` and ``tag_removed`` the tag (``from`` is not used).
The changes themselves are read from the events the action wrote (``changes_of``), so whatever path
made them (the conversation's menus, a bulk action, a macro, an escalation) counts the same.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from agentdesk.errors import ValidationError
from agentdesk.macros.actions import clean_tag
from agentdesk.messages import translatable
from agentdesk.store.models import EventKind, Priority, Status

CHANGE_FIELDS = ("status", "priority", "tier", "team", "assignee", "tag_added", "tag_removed")
NOBODY = "nobody"
MAX_CHANGES = 20
# The events that say an agent changed one of CHANGE_FIELDS.
CHANGE_KINDS = frozenset(
    {
        EventKind.STATUS.value,
        EventKind.PRIORITY.value,
        EventKind.ESCALATION.value,
        EventKind.TRANSFER.value,
        EventKind.ASSIGNMENT.value,
        EventKind.TAG.value,
    }
)
_TIERS = ("1", "2", "3")


@dataclass(frozen=True)
class FieldChange:
    """One change an action made: ``before`` and ``after`` as text (None: none / not set)."""

    field: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class ChangeCondition:
    field: str
    to: str | None = None
    from_: str | None = None

    def to_json(self) -> dict[str, str]:
        out = {"field": self.field}
        if self.to is not None:
            out["to"] = self.to
        if self.from_ is not None:
            out["from"] = self.from_
        return out

    def hit(self, change: FieldChange) -> bool:
        if change.field != self.field:
            return False
        if self.field == "tag_added":
            return self.to is None or change.after == self.to
        if self.field == "tag_removed":
            return self.to is None or change.before == self.to
        if self.to is not None and (change.after or NOBODY) != self.to:
            return False
        return self.from_ is None or (change.before or NOBODY) == self.from_


def _value(field: str, raw: object, which: str) -> str | None:
    if raw is None:
        return None
    if field == "tier" and isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not raw.strip():
        raise ValidationError(
            translatable("RoutingErrors", "A change's “{which}” must be a value as text."), which=which
        )
    value = raw.strip()
    allowed: tuple[str, ...] | None = {
        "status": Status.values(),
        "priority": Priority.values(),
        "tier": _TIERS,
    }.get(field)
    if allowed is not None:
        if value not in allowed:
            raise ValidationError(
                translatable("RoutingErrors", "A {field} change can be to or from {join} only."),
                field=field,
                join=", ".join(allowed),
            )
        return value
    if field in ("tag_added", "tag_removed"):
        return clean_tag(value)
    if value == NOBODY:
        return value
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValidationError(
            translatable("RoutingErrors", "A {field} change names an id that is not valid."), field=field
        ) from None


def read_changes(raw: object) -> tuple[ChangeCondition, ...]:
    """The ``changes`` condition from stored or imported JSON; a plain sentence for anything wrong."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or len(raw) > MAX_CHANGES:
        raise ValidationError(
            translatable("RoutingErrors", "{key} must be a list of at most {n} entries."),
            key="changes",
            n=MAX_CHANGES,
        )
    found: list[ChangeCondition] = []
    for entry in raw:
        if not isinstance(entry, Mapping) or not set(entry) <= {"field", "to", "from"}:
            raise ValidationError(
                translatable("RoutingErrors", "A change has a field and, if wanted, “to” and “from”.")
            )
        field = entry.get("field")
        if field not in CHANGE_FIELDS:
            raise ValidationError(
                translatable("RoutingErrors", "A change's field is one of {join}."),
                join=", ".join(CHANGE_FIELDS),
            )
        assert isinstance(field, str)
        before = entry.get("from")
        if field in ("tag_added", "tag_removed") and before is not None:
            raise ValidationError(translatable("RoutingErrors", "A tag change names its tag with “to” only."))
        condition = ChangeCondition(
            field, _value(field, entry.get("to"), "to"), _value(field, before, "from")
        )
        if condition not in found:
            found.append(condition)
    return tuple(found)


def any_hit(conditions: Iterable[ChangeCondition], changes: Iterable[FieldChange]) -> bool:
    changes = tuple(changes)
    return any(c.hit(change) for c in conditions for change in changes)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def changes_of(kind: str, data: Mapping[str, Any]) -> list[FieldChange]:
    """The field changes one stored event records (none for other kinds)."""
    if kind in (EventKind.STATUS.value, EventKind.PRIORITY.value):
        return [FieldChange(kind, _text(data.get("from")), _text(data.get("to")))]
    if kind == EventKind.ASSIGNMENT.value:
        return [FieldChange("assignee", _text(data.get("from")), _text(data.get("to")))]
    if kind == EventKind.TRANSFER.value:
        return [FieldChange("team", _text(data.get("from_team")), _text(data.get("to_team")))]
    if kind == EventKind.ESCALATION.value:
        return [FieldChange("tier", _text(data.get("from_tier")), _text(data.get("to_tier")))]
    if kind == EventKind.TAG.value:
        added = [FieldChange("tag_added", None, str(t)) for t in data.get("added") or []]
        return added + [FieldChange("tag_removed", str(t), None) for t in data.get("removed") or []]
    return []


__all__ = [
    "CHANGE_FIELDS",
    "CHANGE_KINDS",
    "ChangeCondition",
    "FieldChange",
    "NOBODY",
    "any_hit",
    "changes_of",
    "read_changes",
]
