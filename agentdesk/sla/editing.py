# SPDX-License-Identifier: GPL-3.0-or-later
"""Editing SLA policies and business calendars: what the supervisor's SLA editor saves through.

Every value is validated by the SLA classes themselves (``Policy``, ``PolicyMatch``,
``BusinessCalendar.from_dict``), so the editor can never store something the SLA maths would later
refuse; a problem raises ``ValidationError`` with a message that names it, and nothing is written.
Rows are never hard-deleted (sync may still need them): deleting sets ``deleted_at``.

After every change the cached due times of all conversations are recomputed (``refresh_all``):
a changed target or calendar moves due times that were cached under the old rules.

No Qt here; the dialog in ``agentdesk.gui.sla_editor`` is a thin layer over ``apply_edits``.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.sla.cache import RefreshSummary, refresh_all
from agentdesk.sla.calendar import HORIZON_YEARS, BusinessCalendar
from agentdesk.sla.policy import Policy, ordered
from agentdesk.store import models
from agentdesk.store.database import Store

POSITION_STEP = 10
"""Positions are written as 10, 20, 30…, leaving room for a policy added by hand in between."""


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A stored calendar as the editor shows it.

    ``calendar`` is None when the stored definition does not validate (an old or hand-edited row);
    ``problem`` then says why, and ``definition`` still holds what is stored so nothing is lost.
    """

    id: uuid.UUID
    name: str
    definition: dict[str, Any]
    calendar: BusinessCalendar | None = None
    problem: str | None = None


@dataclass(slots=True)
class SlaEdits:
    """A batch of changes saved in one transaction (the editor's Save button)."""

    calendars: list[CalendarEntry] = field(default_factory=list)
    """Calendars to create or update, matched by id."""
    policies: list[Policy] = field(default_factory=list)
    """Policies to create (id None or unknown) or update; positions are taken from their order."""
    deleted_calendars: set[uuid.UUID] = field(default_factory=set)
    deleted_policies: set[uuid.UUID] = field(default_factory=set)


EDITOR_ROLES = (models.Role.SUPERVISOR.value, models.Role.ADMIN.value)


def may_edit(store: Store, actor_id: uuid.UUID | None) -> bool:
    """Whether the agent at the desk may change SLA policies and calendars: supervisors and
    admins. A desk where nobody is chosen yet is a shop being set up: whoever sits there may."""
    if actor_id is None:
        return True
    with store.read() as session:
        agent = session.get(models.Agent, actor_id)
        return agent is not None and agent.role in EDITOR_ROLES


# -- reading ------------------------------------------------------------------------------------


def list_policies(store: Store) -> list[Policy]:
    """Every live policy in the order they are tried (first match wins).

    A stored row that no longer validates raises: the editor cannot show what it cannot represent,
    and the message names the policy so it can be fixed.
    """
    with store.read() as session:
        rows = session.scalars(select(models.SlaPolicy).where(models.SlaPolicy.deleted_at.is_(None))).all()
        result = []
        for row in rows:
            try:
                result.append(Policy.from_row(row))
            except ValidationError as exc:
                raise ValidationError(
                    translatable("SlaErrors", "Policy {name!r}: {exc}"), name=row.name, exc=exc
                ) from None
    return ordered(result)


def list_calendars(store: Store) -> list[CalendarEntry]:
    """Every live calendar, by name; invalid stored definitions are reported, not raised."""
    with store.read() as session:
        rows = session.scalars(
            select(models.BusinessCalendar)
            .where(models.BusinessCalendar.deleted_at.is_(None))
            .order_by(models.BusinessCalendar.name)
        ).all()
        entries = []
        for row in rows:
            definition = dict(row.definition) if isinstance(row.definition, dict) else {}
            try:
                entries.append(
                    CalendarEntry(row.id, row.name, definition, BusinessCalendar.from_dict(definition))
                )
            except ValidationError as exc:
                entries.append(CalendarEntry(row.id, row.name, definition, None, str(exc)))
    return entries


# -- validation ---------------------------------------------------------------------------------


def validate_calendar(name: str, definition: Any) -> BusinessCalendar:
    """The calendar ``definition`` describes; ``ValidationError`` names the calendar and the problem."""
    if not name.strip():
        raise ValidationError(translatable("SlaErrors", "A calendar needs a name."))
    try:
        return BusinessCalendar.from_dict(definition)
    except ValidationError as exc:
        raise ValidationError(
            translatable("SlaErrors", "Calendar {strip!r}: {exc}"), strip=name.strip(), exc=exc
        ) from None


def _unique_names(kind: str, names: Iterable[str]) -> None:
    seen: set[str] = set()
    for name in names:
        key = name.strip().casefold()
        if key in seen:
            raise ValidationError(
                translatable("SlaErrors", "Two {kind} are called {strip!r}; give each its own name."),
                kind=kind,
                strip=name.strip(),
            )
        seen.add(key)


# -- writing --------------------------------------------------------------------------------------


def save_calendar_in(session: Session, entry: CalendarEntry, now: dt.datetime) -> uuid.UUID:
    """Create or update one calendar (matched by ``entry.id``); validates first. Does not commit."""
    cal = validate_calendar(entry.name, entry.definition)
    name = entry.name.strip()
    _name_free(session, models.BusinessCalendar, name, entry.id, "calendar")
    row = session.get(models.BusinessCalendar, entry.id)
    if row is None:
        row = models.BusinessCalendar(id=entry.id, name=name, definition=cal.to_dict(), updated_at=now)
        session.add(row)
    elif row.deleted_at is not None:
        raise NotFoundError(
            translatable("SlaErrors", "The calendar {name!r} was deleted meanwhile."), name=row.name
        )
    else:
        if row.name != name or row.definition != cal.to_dict():
            row.name = name
            row.definition = cal.to_dict()
            row.updated_at = now
    session.flush()
    return row.id


def save_policy_in(session: Session, policy: Policy, now: dt.datetime) -> uuid.UUID:
    """Create (``policy.id`` None or unknown) or update one policy. Does not commit.

    ``Policy`` validated targets and warning values on construction; here the calendar must exist
    and the name must be free.
    """
    name = policy.name.strip()
    if policy.calendar_id is not None:
        cal = session.get(models.BusinessCalendar, policy.calendar_id)
        if cal is None or cal.deleted_at is not None:
            raise ValidationError(
                translatable("SlaErrors", "Policy {name!r}: its calendar does not exist (any more)."),
                name=name,
            )
        _check_reachable(name, _targets(policy), cal, now)
    policy_id = policy.id or uuid7()
    _name_free(session, models.SlaPolicy, name, policy_id, "policy")
    values = {
        "name": name,
        "position": policy.position,
        "match": policy.match.to_dict(),
        "first_response_minutes": policy.first_response_minutes,
        "next_response_minutes": policy.next_response_minutes,
        "resolution_minutes": policy.resolution_minutes,
        "calendar_id": policy.calendar_id,
        "warning_share": policy.warning_share,
        "warning_minutes": policy.warning_minutes,
        "active": policy.active,
        "auto_escalation": policy.auto_escalation.to_dict() if policy.auto_escalation else None,
    }
    row = session.get(models.SlaPolicy, policy_id)
    if row is None:
        # null(): a None left as is would let a column default (warning_share 0.25) fill it in
        session.add(
            models.SlaPolicy(
                id=policy_id, updated_at=now, **{k: null() if v is None else v for k, v in values.items()}
            )
        )
    elif row.deleted_at is not None:
        raise NotFoundError(
            translatable("SlaErrors", "The policy {name!r} was deleted meanwhile."), name=row.name
        )
    elif any(getattr(row, key) != value for key, value in values.items()):
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = now
    session.flush()
    return policy_id


def _targets(policy: Policy | models.SlaPolicy) -> dict[str, int | None]:
    return {
        "first response": policy.first_response_minutes,
        "next response": policy.next_response_minutes,
        "resolution": policy.resolution_minutes,
    }


def _check_reachable(
    name: str, targets: dict[str, int | None], row: models.BusinessCalendar, now: dt.datetime
) -> None:
    """Refuse targets the calendar cannot provide within its search horizon from ``now`` (a
    calendar open a few minutes a week and a target of months): their due time would never come.
    Walks at most the horizon's years once per target (well under a second)."""
    try:
        calendar = BusinessCalendar.from_dict(row.definition)
    except ValidationError:
        return  # a broken stored calendar is reported where calendars are listed
    start = now.timestamp()
    for what, minutes in targets.items():
        if minutes is not None and calendar.add_seconds(start, minutes * 60.0) == math.inf:
            raise ValidationError(
                translatable(
                    "SlaErrors",
                    (
                        "Policy {name!r}: its {what} target of {minutes:,} business minutes cannot be "
                        "reached within {HORIZON_YEARS} years on the calendar {name2!r}, which is open "
                        "{weekly_minutes:g} min a week; choose a smaller target or more opening hours."
                    ),
                ),
                name=name,
                what=what,
                minutes=minutes,
                HORIZON_YEARS=HORIZON_YEARS,
                name2=row.name,
                weekly_minutes=calendar.weekly_minutes,
            )


def _check_policies_of(session: Session, now: dt.datetime, calendar_id: uuid.UUID | None = None) -> None:
    """``_check_reachable`` for every live policy (of ``calendar_id``) as stored now."""
    query = select(models.SlaPolicy).where(
        models.SlaPolicy.deleted_at.is_(None), models.SlaPolicy.calendar_id.is_not(None)
    )
    if calendar_id is not None:
        query = query.where(models.SlaPolicy.calendar_id == calendar_id)
    for row in session.scalars(query):
        cal = session.get(models.BusinessCalendar, row.calendar_id)
        if cal is not None and cal.deleted_at is None:
            _check_reachable(row.name, _targets(row), cal, now)


def _name_free(
    session: Session,
    table: type[models.SlaPolicy] | type[models.BusinessCalendar],
    name: str,
    own_id: uuid.UUID,
    kind: str,
) -> None:
    """Names are unique over every row, tombstones included (a deleted row keeps its name so that
    presets never come back under it); say so plainly instead of failing on the constraint."""
    other = session.execute(select(table.deleted_at).where(table.name == name, table.id != own_id)).first()
    if other is None:
        return
    if other[0] is not None:
        raise ValidationError(
            translatable("SlaErrors", "The name {name!r} belongs to a deleted {kind}; choose another name."),
            name=name,
            kind=kind,
        )
    raise ValidationError(
        translatable("SlaErrors", "Another {kind} is already called {name!r}."), kind=kind, name=name
    )


def delete_policy_in(session: Session, policy_id: uuid.UUID, now: dt.datetime) -> None:
    """Tombstone a policy; conversations under it get another policy on the next refresh."""
    row = session.get(models.SlaPolicy, policy_id)
    if row is None:
        raise NotFoundError(translatable("SlaErrors", "The policy does not exist."))
    if row.deleted_at is None:
        row.deleted_at = now
        row.updated_at = now
        session.flush()


def delete_calendar_in(session: Session, calendar_id: uuid.UUID, now: dt.datetime) -> None:
    """Tombstone a calendar; refused while a live policy counts in it (its due times would silently
    change to around the clock)."""
    row = session.get(models.BusinessCalendar, calendar_id)
    if row is None:
        raise NotFoundError(translatable("SlaErrors", "The calendar does not exist."))
    users = session.scalars(
        select(models.SlaPolicy.name)
        .where(models.SlaPolicy.calendar_id == calendar_id, models.SlaPolicy.deleted_at.is_(None))
        .order_by(models.SlaPolicy.name)
    ).all()
    if users:
        shown = ", ".join(repr(n) for n in users[:3]) + (" …" if len(users) > 3 else "")
        raise ValidationError(
            translatable(
                "SlaErrors",
                (
                    "The calendar {name!r} is used by {len} policies ({shown}); choose another "
                    "calendar for them first."
                ),
            ),
            name=row.name,
            len=len(users),
            shown=shown,
        )
    if row.deleted_at is None:
        row.deleted_at = now
        row.updated_at = now
        session.flush()


def renumbered(policies: Sequence[Policy]) -> list[Policy]:
    """The policies with positions 10, 20, 30… in the given order."""
    return [replace(p, position=(i + 1) * POSITION_STEP) for i, p in enumerate(policies)]


def apply_edits(store: Store, edits: SlaEdits, now: dt.datetime) -> RefreshSummary:
    """Save a batch of edits in one transaction, then refresh every conversation's cached due
    times. Policies are stored in the order given (positions renumbered). All or nothing: the first
    problem raises ``ValidationError`` and nothing is written."""
    _unique_names("calendars", (c.name for c in edits.calendars if c.id not in edits.deleted_calendars))
    _unique_names("policies", (p.name for p in edits.policies if p.id not in edits.deleted_policies))
    with store.write() as session:
        for policy_id in edits.deleted_policies:
            delete_policy_in(session, policy_id, now)
        for entry in edits.calendars:
            if entry.id not in edits.deleted_calendars:
                save_calendar_in(session, entry, now)
        live = [p for p in edits.policies if p.id is None or p.id not in edits.deleted_policies]
        # Free every name first so that swapping two names in one batch does not trip the unique
        # constraint halfway through.
        for policy in live:
            row = session.get(models.SlaPolicy, policy.id) if policy.id is not None else None
            if row is not None and row.name != policy.name.strip():
                row.name = f"~{row.id.hex}"
        session.flush()
        for policy in renumbered(live):
            save_policy_in(session, policy, now)
        for calendar_id in edits.deleted_calendars:
            delete_calendar_in(session, calendar_id, now)
        _check_policies_of(session, now)
    return refresh_all(store, now)


# -- one change at a time (scripts, tests, the CLI) ---------------------------------------------


def save_policy(store: Store, policy: Policy, now: dt.datetime) -> uuid.UUID:
    """Create or update one policy and refresh cached due times."""
    with store.write() as session:
        policy_id = save_policy_in(session, policy, now)
    refresh_all(store, now)
    return policy_id


def delete_policy(store: Store, policy_id: uuid.UUID, now: dt.datetime) -> None:
    with store.write() as session:
        delete_policy_in(session, policy_id, now)
    refresh_all(store, now)


def reorder_policies(store: Store, policy_ids: Sequence[uuid.UUID], now: dt.datetime) -> None:
    """Put the given policies first, in this order; the others keep their relative order after them."""
    current = list_policies(store)
    by_id = {p.id: p for p in current}
    unknown = [pid for pid in policy_ids if pid not in by_id]
    if unknown:
        raise NotFoundError(translatable("SlaErrors", "A policy to reorder does not exist (any more)."))
    wanted = [by_id[pid] for pid in policy_ids] + [p for p in current if p.id not in set(policy_ids)]
    with store.write() as session:
        for policy in renumbered(wanted):
            row = session.get(models.SlaPolicy, policy.id)
            if row is not None and row.position != policy.position:
                row.position = policy.position
                row.updated_at = now
    refresh_all(store, now)


def move_policy(store: Store, policy_id: uuid.UUID, delta: int, now: dt.datetime) -> None:
    """Move a policy ``delta`` places earlier (negative) or later (positive) in the order."""
    ids = [p.id for p in list_policies(store) if p.id is not None]
    if policy_id not in ids:
        raise NotFoundError(translatable("SlaErrors", "The policy does not exist (any more)."))
    index = ids.index(policy_id)
    ids.insert(max(0, min(len(ids) - 1, index + delta)), ids.pop(index))
    reorder_policies(store, ids, now)


def save_calendar(
    store: Store, name: str, definition: Any, now: dt.datetime, calendar_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Create (without ``calendar_id``) or update one calendar and refresh cached due times."""
    entry = CalendarEntry(calendar_id or uuid7(), name, definition if isinstance(definition, dict) else {})
    if not isinstance(definition, dict):
        validate_calendar(name, definition)
    with store.write() as session:
        saved = save_calendar_in(session, entry, now)
        _check_policies_of(session, now, saved)
    refresh_all(store, now)
    return saved


def delete_calendar(store: Store, calendar_id: uuid.UUID, now: dt.datetime) -> None:
    with store.write() as session:
        delete_calendar_in(session, calendar_id, now)
    refresh_all(store, now)


__all__ = [
    "CalendarEntry",
    "POSITION_STEP",
    "SlaEdits",
    "apply_edits",
    "delete_calendar",
    "delete_calendar_in",
    "delete_policy",
    "delete_policy_in",
    "list_calendars",
    "list_policies",
    "move_policy",
    "renumbered",
    "reorder_policies",
    "save_calendar",
    "save_calendar_in",
    "save_policy",
    "save_policy_in",
    "validate_calendar",
]
