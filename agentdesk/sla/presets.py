# SPDX-License-Identifier: GPL-3.0-or-later
"""Preset calendars and policies, shipped as JSON in ``agentdesk/data`` and installed once.

``sla_calendars.json`` lists named calendars in the documented calendar format.
``sla_policies.json`` gives, per channel group, the targets (business minutes) of a normal-priority
conversation of a basic/standard customer, plus factors per priority and per plan group; every
(channel group, priority, plan group) gets its own policy with the targets scaled by both factors
and rounded to tidy values (``tidy_minutes``). A plan group may carry an ``auto_escalation`` (the
stored form) that all of its policies get. The groups are disjoint, so the order of the
policies does not change which one matches; every channel, priority, plan and tier is covered.

The files live inside the package (``importlib.resources``), so they are found the same way from a
source tree and from an installed wheel.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import uuid
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.sla.calendar import BusinessCalendar
from agentdesk.sla.policy import AutoEscalation, Policy, PolicyMatch
from agentdesk.store import models
from agentdesk.store.database import Store

CALENDARS_FILE = "sla_calendars.json"
POLICIES_FILE = "sla_policies.json"
PRIORITY_ORDER = ("urgent", "high", "normal", "low")


def _read(name: str) -> Any:
    return json.loads(resources.files("agentdesk").joinpath("data", name).read_text(encoding="utf-8"))


def tidy_minutes(value: float) -> int:
    """Round a scaled target: whole minutes below 10 (at least 1), fives below two hours, else
    quarter hours."""
    if value < 10:
        return max(1, math.floor(value + 0.5))
    if value < 120:
        return max(5, 5 * math.floor(value / 5 + 0.5))
    return 15 * math.floor(value / 15 + 0.5)


@functools.cache
def preset_calendars() -> tuple[tuple[str, BusinessCalendar], ...]:
    """(name, calendar) of every preset calendar, in the file's order."""
    return tuple(
        (entry["name"], BusinessCalendar.from_dict(entry["definition"]))
        for entry in _read(CALENDARS_FILE)["calendars"]
    )


@dataclass(frozen=True, slots=True)
class PolicyPresets:
    """The expanded preset policies (``calendar_id`` unset) and the preset calendar they use."""

    calendar: str
    policies: tuple[Policy, ...]


@functools.cache
def preset_policies() -> PolicyPresets:
    spec = _read(POLICIES_FILE)
    share = spec.get("warning_share")
    fixed = spec.get("warning_minutes")
    priorities: dict[str, float] = spec["priorities"]
    policies: list[Policy] = []
    position = 0
    auto = {
        plan_group["label"]: AutoEscalation.from_dict(plan_group.get("auto_escalation"))
        for plan_group in spec["plans"]
    }
    for group in spec["channels"]:
        for priority in PRIORITY_ORDER:
            for plan_group in spec["plans"]:
                factor = priorities[priority] * plan_group["factor"]
                position += 10
                policies.append(
                    Policy(
                        name=f"{group['label']} · {priority} · {plan_group['label']}",
                        position=position,
                        match=PolicyMatch(
                            channels=frozenset(group["channels"]),
                            priorities=frozenset({priority}),
                            plans=frozenset(plan_group["plans"]),
                        ),
                        first_response_minutes=_scaled(group.get("first_response"), factor),
                        next_response_minutes=_scaled(group.get("next_response"), factor),
                        resolution_minutes=_scaled(group.get("resolution"), factor),
                        warning_share=share,
                        warning_minutes=fixed,
                        auto_escalation=auto[plan_group["label"]],
                    )
                )
    names = [name for name, _ in preset_calendars()]
    if spec["calendar"] not in names:
        raise ValidationError(
            translatable(
                "SlaErrors", "The preset policies use the calendar {spec!r}, which is not a preset."
            ),
            spec=spec["calendar"],
        )
    return PolicyPresets(spec["calendar"], tuple(policies))


def _scaled(base: int | None, factor: float) -> int | None:
    return None if base is None else tidy_minutes(base * factor)


@dataclass(frozen=True, slots=True)
class InstalledPresets:
    calendars: int
    policies: int


def install_presets(
    store: Store, *, calendar: str | None = None, now: dt.datetime | None = None
) -> InstalledPresets:
    """``install_presets_in`` in a write session of its own."""
    with store.write() as session:
        return install_presets_in(session, calendar=calendar, now=now)


def install_presets_in(
    session: Session, *, calendar: str | None = None, now: dt.datetime | None = None
) -> InstalledPresets:
    """Install the preset calendars into a database that never had a calendar, and the preset
    policies into one that never had a policy. Idempotent: a second call installs nothing.

    "Never had" counts deleted rows too, so presets a user deleted do not come back (and their
    names, which stay taken by the tombstones, never clash). ``calendar`` names the preset calendar
    the policies count in (default: the one ``sla_policies.json`` names); when calendars already
    existed, the policies use a live calendar of that name if there is one, else the preset is
    added under that name if it is free, else they count around the clock.
    Does not commit.
    """
    when = now or dt.datetime.now(dt.UTC)
    presets = preset_policies()
    calendar_name = calendar or presets.calendar
    calendars = dict(preset_calendars())
    if calendar_name not in calendars:
        raise ValidationError(
            translatable("SlaErrors", "{calendar_name!r} is not a preset calendar (presets: {join})."),
            calendar_name=calendar_name,
            join=", ".join(calendars),
        )
    added_calendars = 0
    if not session.scalar(select(exists().where(models.BusinessCalendar.id.is_not(None)))):
        for name, cal in calendars.items():
            session.add(_calendar_row(name, cal, when))
            added_calendars += 1
        session.flush()
    added_policies = 0
    if not session.scalar(select(exists().where(models.SlaPolicy.id.is_not(None)))):
        calendar_id, added = _calendar_id(session, calendar_name, calendars[calendar_name], when)
        added_calendars += added
        for policy in presets.policies:
            session.add(
                models.SlaPolicy(
                    id=_preset_id("policy", policy.name, when),
                    name=policy.name,
                    position=policy.position,
                    match=policy.match.to_dict(),
                    first_response_minutes=policy.first_response_minutes,
                    next_response_minutes=policy.next_response_minutes,
                    resolution_minutes=policy.resolution_minutes,
                    calendar_id=calendar_id,
                    warning_share=policy.warning_share,
                    warning_minutes=policy.warning_minutes,
                    auto_escalation=policy.auto_escalation.to_dict() if policy.auto_escalation else None,
                    active=True,
                    updated_at=when,
                )
            )
            added_policies += 1
        session.flush()
    return InstalledPresets(added_calendars, added_policies)


def _calendar_row(name: str, cal: BusinessCalendar, when: dt.datetime) -> models.BusinessCalendar:
    return models.BusinessCalendar(
        id=_preset_id("calendar", name, when), name=name, definition=cal.to_dict(), updated_at=when
    )


def _preset_id(kind: str, name: str, when: dt.datetime) -> uuid.UUID:
    """A UUIDv7 dated ``when`` whose random part comes from the preset's name, so installing the
    presets at the same moment (a demo workspace built for a given anchor) gives the same ids."""
    digest = hashlib.sha256(f"{kind}:{name}".encode()).digest()
    return uuid7(int(when.timestamp() * 1000), int.from_bytes(digest[:10], "big"))


def _calendar_id(
    session: Session, name: str, cal: BusinessCalendar, when: dt.datetime
) -> tuple[uuid.UUID | None, int]:
    """The id of the live calendar called ``name`` (added from the preset if the name is free),
    and how many calendars were added."""
    row = session.scalar(select(models.BusinessCalendar).where(models.BusinessCalendar.name == name))
    if row is None:
        row = _calendar_row(name, cal, when)
        session.add(row)
        session.flush()
        return row.id, 1
    return (row.id if row.deleted_at is None else None), 0


__all__ = [
    "InstalledPresets",
    "PolicyPresets",
    "install_presets",
    "install_presets_in",
    "preset_calendars",
    "preset_policies",
    "tidy_minutes",
]
