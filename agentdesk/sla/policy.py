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

Automatic escalation (``AutoEscalation``, optional): when chosen targets reach their warning or
their breach, move the conversation one tier up and/or alert supervisors. It is stored as
``{"on": "warning" | "breach", "targets": [...], "escalate": bool, "notify": bool}``.
"""

from __future__ import annotations

import enum
import logging
import math
import uuid
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Row, inspect, select
from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.messages import translatable
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
                translatable(
                    "SlaErrors",
                    'match: must be an object like {"channel": ["email"], "priority": ["urgent"]}.',
                )
            )
        values: dict[str, frozenset[Any]] = {}
        for key, given in data.items():
            allowed = MATCH_KEYS.get(key)
            if allowed is None:
                raise ValidationError(
                    translatable("SlaErrors", "match.{key}: unknown key (use {join})."),
                    key=key,
                    join=", ".join(MATCH_KEYS),
                )
            if given is None:
                given = []
            if not isinstance(given, list):
                raise ValidationError(
                    translatable("SlaErrors", "match.{key}: must be a list (empty for any)."), key=key
                )
            for item in given:
                if isinstance(item, bool) or item not in allowed:
                    raise ValidationError(
                        translatable("SlaErrors", "match.{key}: {item!r} is not one of {join}."),
                        key=key,
                        item=item,
                        join=", ".join(str(a) for a in allowed),
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


class Trigger(enum.StrEnum):
    """What sets off an automatic escalation."""

    WARNING = "warning"
    BREACH = "breach"


_AUTO_KEYS = ("on", "targets", "escalate", "notify")


@dataclass(frozen=True, slots=True)
class AutoEscalation:
    """What happens on its own when a target of the policy is at risk.

    ``on``: the warning or the breach of one of ``targets`` sets it off; ``escalate``: the
    conversation moves one tier up (from tier 3 it cannot); ``notify``: supervisors and admins at
    their desks are alerted. At least one of the two is chosen, and at least one target.
    """

    on: Trigger = Trigger.BREACH
    targets: frozenset[Target] = frozenset({Target.FIRST_RESPONSE})
    escalate: bool = True
    notify: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.on, Trigger):
            raise ValidationError(
                translatable("SlaErrors", "auto_escalation.on: {on!r} is not 'warning' or 'breach'."),
                on=self.on,
            )
        if not self.targets:
            raise ValidationError(
                translatable("SlaErrors", "auto_escalation.targets: choose at least one target.")
            )
        if not self.escalate and not self.notify:
            raise ValidationError(
                translatable(
                    "SlaErrors",
                    ("auto_escalation: choose to escalate, to notify supervisors, or both (or turn it off)."),
                )
            )

    @classmethod
    def from_dict(cls, data: Any) -> AutoEscalation | None:
        """From the ``sla_policy.auto_escalation`` JSON; ``null`` means off. Every problem raises
        ``ValidationError`` naming the field."""
        if data is None:
            return None
        example = '{"on": "breach", "targets": ["first_response"], "escalate": true, "notify": true}'
        if not isinstance(data, Mapping):
            raise ValidationError(
                translatable("SlaErrors", "auto_escalation: must be null (off) or an object like {example}."),
                example=example,
            )
        unknown = [str(k) for k in data if k not in _AUTO_KEYS]
        if unknown:
            raise ValidationError(
                translatable("SlaErrors", "auto_escalation.{unknown}: unknown key (use {join})."),
                unknown=unknown[0],
                join=", ".join(_AUTO_KEYS),
            )
        on = data.get("on", Trigger.BREACH.value)
        if not isinstance(on, str) or on not in {t.value for t in Trigger}:
            raise ValidationError(
                translatable("SlaErrors", "auto_escalation.on: {on!r} is not 'warning' or 'breach'."), on=on
            )
        targets = data.get("targets")
        if not isinstance(targets, list) or not targets:
            raise ValidationError(
                translatable(
                    "SlaErrors", "auto_escalation.targets: must be a list of one or more of {join}."
                ),
                join=", ".join(t.value for t in Target),
            )
        chosen: set[Target] = set()
        for item in targets:
            if not isinstance(item, str) or item not in {t.value for t in Target}:
                raise ValidationError(
                    translatable("SlaErrors", "auto_escalation.targets: {item!r} is not one of {join}."),
                    item=item,
                    join=", ".join(t.value for t in Target),
                )
            chosen.add(Target(item))
        flags: dict[str, bool] = {}
        for key in ("escalate", "notify"):
            value = data.get(key, False)
            if not isinstance(value, bool):
                raise ValidationError(
                    translatable("SlaErrors", "auto_escalation.{key}: {value!r} is not true or false."),
                    key=key,
                    value=value,
                )
            flags[key] = value
        return cls(on=Trigger(on), targets=frozenset(chosen), **flags)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, targets in their canonical order."""
        return {
            "on": self.on.value,
            "targets": [t.value for t in Target if t in self.targets],
            "escalate": self.escalate,
            "notify": self.notify,
        }


def _minutes(value: Any, what: str, *, allow_zero: bool = False) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            translatable("SlaErrors", "{what}: {value!r} is not a whole number of minutes."),
            what=what,
            value=value,
        )
    low = 0 if allow_zero else 1
    if not low <= value <= MAX_TARGET_MINUTES:
        raise ValidationError(
            translatable(
                "SlaErrors", "{what}: {value} minutes is out of range ({low} to {MAX_TARGET_MINUTES:,})."
            ),
            what=what,
            value=value,
            low=low,
            MAX_TARGET_MINUTES=MAX_TARGET_MINUTES,
        )
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
    auto_escalation: AutoEscalation | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError(translatable("SlaErrors", "A policy needs a name."))
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
            raise ValidationError(
                translatable(
                    "SlaErrors", "warning_share: {share!r} must be a share between 0 and 1, such as 0.25."
                ),
                share=share,
            )
        rule = self.auto_escalation
        if rule is not None:
            if not isinstance(rule, AutoEscalation):
                raise ValidationError(
                    translatable("SlaErrors", "auto_escalation: not a valid automatic escalation.")
                )
            missing = [t for t in Target if t in rule.targets and self.minutes_for(t) is None]
            if missing:
                raise ValidationError(
                    translatable(
                        "SlaErrors",
                        (
                            "auto_escalation.targets: the policy has no {value} target; set its minutes or "
                            "leave it out of automatic escalation."
                        ),
                    ),
                    value=missing[0].value,
                )

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
    def from_row(cls, row: models.SlaPolicy | Row[Any], *, auto_escalation: bool = True) -> Policy:
        """From an ``sla_policy`` ORM row or a result row with the same column names; without
        ``auto_escalation`` the stored automatic escalation is left out (off)."""
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
            auto_escalation=AutoEscalation.from_dict(row.auto_escalation) if auto_escalation else None,
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
        columns = _POLICY_COLUMNS if _has_auto_escalation(session) else _POLICY_COLUMNS[:-1]
        policy_rows = session.execute(
            select(*columns).where(models.SlaPolicy.deleted_at.is_(None)).order_by(models.SlaPolicy.id)
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
                policies.append(Policy.from_row(row, auto_escalation=len(columns) == len(_POLICY_COLUMNS)))
            except ValidationError as exc:
                try:
                    policies.append(Policy.from_row(row, auto_escalation=False))
                except ValidationError:
                    problems.append(f"Policy {row.name!r} is not valid ({exc}); it is ignored.")
                else:
                    problems.append(
                        f"Policy {row.name!r}: its automatic escalation is not valid ({exc}); it is off."
                    )
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

    @property
    def escalating(self) -> bool:
        """Whether any policy escalates or notifies on its own (else the bulk passes skip that work)."""
        return any(p.auto_escalation is not None for p in self.policies)

    def notifying_policy_ids(self) -> frozenset[uuid.UUID]:
        """The policies whose automatic escalation alerts supervisors."""
        return frozenset(
            p.id for p in self.policies if p.id is not None and p.auto_escalation and p.auto_escalation.notify
        )

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
    models.SlaPolicy.auto_escalation,
)
_books: dict[str, SlaBook] = {}
_auto_column: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def _has_auto_escalation(session: Session) -> bool:
    """Whether the database has ``sla_policy.auto_escalation`` (schema revision 0004); asked once
    per engine, so that a database not upgraded yet still loads its policies (without it)."""
    engine = session.get_bind()
    if not isinstance(engine, Engine):
        engine = engine.engine
    found = _auto_column.get(engine)
    if found is None:
        names = {c["name"] for c in inspect(session.connection()).get_columns("sla_policy")}
        found = _auto_column[engine] = "auto_escalation" in names
    return found


__all__ = [
    "AutoEscalation",
    "MATCH_KEYS",
    "MAX_TARGET_MINUTES",
    "Policy",
    "PolicyMatch",
    "SlaBook",
    "Target",
    "Trigger",
    "ordered",
    "pick_policy",
]
