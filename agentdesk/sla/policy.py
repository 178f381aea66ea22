# SPDX-License-Identifier: GPL-3.0-or-later
"""SLA policies: which targets apply to a conversation, in which calendar, and when to warn.

A policy has up to three targets in business minutes (first response, next response, resolution;
any may be absent), a business calendar (none means around the clock) and a warning threshold.
It matches on the conversation's channel, priority, customer plan and tier; each match list may be
empty, meaning "any". Policies are tried in ``position`` order (then name, so the order is total)
and the first match wins.

Warning rule: a target is in warning when the business minutes left are at most the larger of
``warning_share × target`` and ``warning_minutes``; either part may be absent, and with both absent
the target never warns.
"""

from __future__ import annotations

import enum
import logging
import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.sla.calendar import ALWAYS_OPEN, BusinessCalendar, compile_definition
from agentdesk.store import models

log = logging.getLogger("agentdesk.sla")

MAX_TARGET_MINUTES = 60 * 24 * 366  # a year of minutes; anything longer is a typo


class Target(enum.StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_RESPONSE = "next_response"
    RESOLUTION = "resolution"


MATCH_KEYS: dict[str, tuple[Any, ...]] = {
    "channel": models.Channel.values(),
    "priority": models.Priority.values(),
    "plan": models.Plan.values(),
    "tier": (1, 2, 3),
}


@dataclass(frozen=True, slots=True)
class PolicyMatch:
    """What a policy applies to; an empty set means any value."""

    channels: frozenset[str] = frozenset()
    priorities: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    tiers: frozenset[int] = frozenset()

    def matches(self, channel: str, priority: str, plan: str, tier: int) -> bool:
        return (
            (not self.channels or channel in self.channels)
            and (not self.priorities or priority in self.priorities)
            and (not self.plans or plan in self.plans)
            and (not self.tiers or tier in self.tiers)
        )

    @classmethod
    def from_dict(cls, data: Any) -> PolicyMatch:
        """From the ``sla_policy.match`` JSON: ``{"channel": [...], "priority": [...], "plan": [...],
        "tier": [...]}``; missing keys, ``null`` and empty lists mean any."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ValidationError(
                'match: must be an object like {"channel": ["email"], "priority": ["urgent"]}.'
            )
        values: dict[str, frozenset[Any]] = {}
        for key, given in data.items():
            allowed = MATCH_KEYS.get(key)
            if allowed is None:
                raise ValidationError(f"match.{key}: unknown key (use {', '.join(MATCH_KEYS)}).")
            if given is None:
                given = []
            if not isinstance(given, list):
                raise ValidationError(f"match.{key}: must be a list (empty for any).")
            for item in given:
                if isinstance(item, bool) or item not in allowed:
                    raise ValidationError(
                        f"match.{key}: {item!r} is not one of {', '.join(str(a) for a in allowed)}."
                    )
            values[key] = frozenset(given)
        return cls(
            channels=values.get("channel", frozenset()),
            priorities=values.get("priority", frozenset()),
            plans=values.get("plan", frozenset()),
            tiers=values.get("tier", frozenset()),
        )

    def to_dict(self) -> dict[str, list[Any]]:
        """The JSON form with values in their canonical order; keys meaning "any" are left out."""
        result: dict[str, list[Any]] = {}
        for key, chosen in (
            ("channel", self.channels),
            ("priority", self.priorities),
            ("plan", self.plans),
            ("tier", self.tiers),
        ):
            if chosen:
                result[key] = [v for v in MATCH_KEYS[key] if v in chosen]
        return result


def _minutes(value: Any, what: str, *, allow_zero: bool = False) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what}: {value!r} is not a whole number of minutes.")
    low = 0 if allow_zero else 1
    if not low <= value <= MAX_TARGET_MINUTES:
        raise ValidationError(f"{what}: {value} minutes is out of range ({low} to {MAX_TARGET_MINUTES:,}).")
    return value


@dataclass(frozen=True, slots=True)
class Policy:
    """One SLA policy as plain data (built from an ``sla_policy`` row or a preset).

    Invariants (checked on construction): targets are ``None`` or 1..``MAX_TARGET_MINUTES``;
    ``warning_share`` is ``None`` or in (0, 1]; ``warning_minutes`` is ``None`` or ``>= 0``.
    """

    name: str
    first_response_minutes: int | None = None
    next_response_minutes: int | None = None
    resolution_minutes: int | None = None
    match: PolicyMatch = field(default_factory=PolicyMatch)
    position: int = 0
    calendar_id: uuid.UUID | None = None
    warning_share: float | None = 0.25
    warning_minutes: int | None = None
    active: bool = True
    id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError("A policy needs a name.")
        _minutes(self.first_response_minutes, "first_response_minutes")
        _minutes(self.next_response_minutes, "next_response_minutes")
        _minutes(self.resolution_minutes, "resolution_minutes")
        _minutes(self.warning_minutes, "warning_minutes", allow_zero=True)
        share = self.warning_share
        if share is not None and (
            isinstance(share, bool)
            or not isinstance(share, int | float)
            or math.isnan(share)
            or not 0 < share <= 1
        ):
            raise ValidationError(f"warning_share: {share!r} must be a share between 0 and 1, such as 0.25.")

    def minutes_for(self, target: Target) -> int | None:
        if target is Target.FIRST_RESPONSE:
            return self.first_response_minutes
        if target is Target.NEXT_RESPONSE:
            return self.next_response_minutes
        return self.resolution_minutes

    def warning_threshold(self, target_minutes: float) -> float:
        """Minutes left at or below which a target of ``target_minutes`` is in warning (0: never)."""
        by_share = self.warning_share * target_minutes if self.warning_share else 0.0
        return max(by_share, float(self.warning_minutes or 0))

    def matches(self, channel: str, priority: str, plan: str, tier: int) -> bool:
        return self.active and self.match.matches(channel, priority, plan, tier)

    @classmethod
    def from_row(cls, row: models.SlaPolicy | Row[Any]) -> Policy:
        """From an ``sla_policy`` ORM row or a result row with the same column names."""
        return cls(
            id=row.id,
            name=row.name,
            position=row.position,
            match=PolicyMatch.from_dict(row.match),
            first_response_minutes=row.first_response_minutes,
            next_response_minutes=row.next_response_minutes,
            resolution_minutes=row.resolution_minutes,
            calendar_id=row.calendar_id,
            warning_share=row.warning_share,
            warning_minutes=row.warning_minutes,
            active=row.active,
        )


def ordered(policies: Iterable[Policy]) -> list[Policy]:
    """Policies in the order they are tried."""
    return sorted(policies, key=lambda p: (p.position, p.name))


def pick_policy(
    policies: Iterable[Policy], channel: str, priority: str, plan: str, tier: int
) -> Policy | None:
    """The first active policy (by ``position``, then name) matching the conversation, or None."""
    for policy in ordered(policies):
        if policy.matches(channel, priority, plan, tier):
            return policy
    return None


class SlaBook:
    """The policies and calendars of one workspace, ready for the SLA maths.

    Load it once (``SlaBook.load``) and reuse it while policies and calendars do not change: the
    GUI tick and bulk passes look policies up here instead of in the database. A stored calendar
    that fails validation does not stop the others: its policies count around the clock and
    ``problems`` says why, for the GUI to show.
    """

    def __init__(
        self,
        policies: Sequence[Policy],
        calendars: Mapping[uuid.UUID, BusinessCalendar] | None = None,
        problems: Sequence[str] = (),
    ) -> None:
        self.policies = tuple(ordered(policies))
        self.calendars = dict(calendars or {})
        self.problems = tuple(problems)
        self._by_id = {p.id: p for p in self.policies if p.id is not None}
        self._picked: dict[tuple[str, str, str, int], Policy | None] = {}

    @classmethod
    def load(cls, session: Session) -> SlaBook:
        """Every live policy and calendar of the database behind ``session``.

        Reads plain columns (no ORM objects) and reuses the book built last time when the rows are
        the same, so that calling this in every action costs two small queries; the reused book
        keeps its memoized policy picks and its calendars keep their per-year tables.
        """
        cal_rows = session.execute(
            select(
                models.BusinessCalendar.id, models.BusinessCalendar.name, models.BusinessCalendar.definition
            )
            .where(models.BusinessCalendar.deleted_at.is_(None))
            .order_by(models.BusinessCalendar.id)
        ).all()
        policy_rows = session.execute(
            select(*_POLICY_COLUMNS)
            .where(models.SlaPolicy.deleted_at.is_(None))
            .order_by(models.SlaPolicy.id)
        ).all()
        key = repr(([tuple(r) for r in cal_rows], [tuple(r) for r in policy_rows]))
        found = _books.get(key)
        if found is not None:
            return found
        calendars: dict[uuid.UUID, BusinessCalendar] = {}
        problems: list[str] = []
        for cal_id, name, definition in cal_rows:
            try:
                calendars[cal_id] = compile_definition(definition)
            except ValidationError as exc:
                problems.append(f"Calendar {name!r} is not valid ({exc}); it counts around the clock.")
        policies: list[Policy] = []
        for row in policy_rows:
            try:
                policies.append(Policy.from_row(row))
            except ValidationError as exc:
                problems.append(f"Policy {row.name!r} is not valid ({exc}); it is ignored.")
        for problem in problems:
            log.warning("%s", problem)
        book = cls(policies, calendars, problems)
        if len(_books) >= 8:
            _books.clear()
        _books[key] = book
        return book

    def pick(self, channel: str, priority: str, plan: str, tier: int) -> Policy | None:
        """``pick_policy`` over this book, memoized per combination (there are only a few hundred)."""
        key = (channel, priority, plan, tier)
        try:
            return self._picked[key]
        except KeyError:
            found = self._picked[key] = pick_policy(self.policies, channel, priority, plan, tier)
            return found

    def policy(self, policy_id: uuid.UUID | None) -> Policy | None:
        return self._by_id.get(policy_id) if policy_id is not None else None

    def calendar_for(self, policy: Policy) -> BusinessCalendar:
        """The policy's calendar; around the clock when it has none (or its calendar is gone)."""
        if policy.calendar_id is None:
            return ALWAYS_OPEN
        return self.calendars.get(policy.calendar_id, ALWAYS_OPEN)


_POLICY_COLUMNS = (
    models.SlaPolicy.id,
    models.SlaPolicy.name,
    models.SlaPolicy.position,
    models.SlaPolicy.match,
    models.SlaPolicy.first_response_minutes,
    models.SlaPolicy.next_response_minutes,
    models.SlaPolicy.resolution_minutes,
    models.SlaPolicy.calendar_id,
    models.SlaPolicy.warning_share,
    models.SlaPolicy.warning_minutes,
    models.SlaPolicy.active,
)
_books: dict[str, SlaBook] = {}


__all__ = [
    "MATCH_KEYS",
    "MAX_TARGET_MINUTES",
    "Policy",
    "PolicyMatch",
    "SlaBook",
    "Target",
    "ordered",
    "pick_policy",
]
