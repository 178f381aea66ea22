# SPDX-License-Identifier: GPL-3.0-or-later
"""Field searches as Zendesk and Zammad users type them: ``status:open tag:refund muller paket``.

A query is words (what ``search.parse_query`` understands: words, "phrases", ``prefix*``,
``-exclusions``, ``OR``, ``#1042``) mixed with field terms:

==================  ============================================================================
``status:open``     new, open, pending, on_hold (also ``on-hold``), solved, closed
``tag:refund``      the conversation carries the tag (several ``tag:`` terms: every one of them)
``assignee:me``     ``me``, ``none`` (nobody), or an agent's name or e-mail (``assignee:"Ole N"``)
``team:billing``    a team's name, or ``none``
``tier:2``          1, 2 or 3
``channel:email``   email, chat, phone, social, web_form (``web``), letter, walk_in
``lang:de``         the conversation's language (``language:`` too)
``priority:high``   low, normal, high, urgent (``prio:`` too)
``mood:angry``      happy, neutral, unhappy, angry
``sla:breached``    breached, due_soon (``soon``), paused
``created>2026-11-01``, ``updated<2026-11-20``: ``>`` ``>=`` ``<`` ``<=`` or ``:`` (that day),
                    whole days in the workspace's zone (``local_days``), years 1900–9998
==================  ============================================================================

Values of one field separated by commas, or the field given twice, mean any of them
(``status:open,pending``); tags are the exception, each must be there. ``-field:value`` leaves out
what matches. A value with spaces is quoted (``team:"first line"``).

The parser never touches the database: names (teams, agents) are resolved by ``filter_sql``.
Anything it cannot read raises ``SearchSyntaxError`` saying what and where (the character
position, counted from 1), so a mistyped field never silently finds nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from agentdesk.errors import SearchSyntaxError
from agentdesk.messages import translatable
from agentdesk.store.models import Channel, Mood, Priority, Status
from agentdesk.text import clean_text

SLA_STATES = ("due_soon", "breached", "paused")
DATE_FIELDS = ("created", "updated")

# field name as typed -> the field it means
FIELD_ALIASES = {
    "status": "status",
    "tag": "tag",
    "tags": "tag",
    "assignee": "assignee",
    "assigned": "assignee",
    "team": "team",
    "group": "team",
    "tier": "tier",
    "level": "tier",
    "channel": "channel",
    "via": "channel",
    "lang": "language",
    "language": "language",
    "priority": "priority",
    "prio": "priority",
    "mood": "mood",
    "sla": "sla",
    "created": "created",
    "updated": "updated",
}
FIELDS = ("status", "tag", "assignee", "team", "tier", "channel", "language", "priority", "mood", "sla")
"""Fields with values from a set (``DATE_FIELDS`` take a date and a comparison)."""

_VALUE_ALIASES: dict[str, dict[str, str]] = {
    "status": {"on-hold": "on_hold", "onhold": "on_hold", "hold": "on_hold", "waiting": "pending"},
    "channel": {"web": "web_form", "web-form": "web_form", "form": "web_form", "walk-in": "walk_in"},
    "sla": {"soon": "due_soon", "due-soon": "due_soon", "overdue": "breached"},
    "assignee": {"nobody": "none", "unassigned": "none"},
    "team": {"nobody": "none"},
}
_CHOICES: dict[str, tuple[str, ...]] = {
    "status": Status.values(),
    "channel": Channel.values(),
    "priority": tuple(p.value for p in Priority),
    "mood": tuple(m.value for m in Mood),
    "sla": SLA_STATES,
    "tier": ("1", "2", "3"),
}

# A field term: optional "-", a name of letters, then ":" ">" "<" ">=" "<=", then a value.
_FIELD_TERM = re.compile(r'(-?)([A-Za-z_]+)(>=|<=|:|>|<)("[^"]*"|[^\s"]+)')
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MAX_VALUES = 50
FIRST_YEAR, LAST_YEAR = 1900, 9998


@dataclass(frozen=True, slots=True)
class Condition:
    """One field term: conversations whose ``field`` is one of ``values`` (every one of them for
    tags); ``negate`` leaves those out instead. Date fields hold one value, an ISO date, and
    ``op`` (``>=``, ``<`` or ``:``) says which side of it."""

    field: str
    values: tuple[str, ...]
    negate: bool = False
    op: str = ":"

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "values": list(self.values)}
        if self.negate:
            out["negate"] = True
        if self.op != ":":
            out["op"] = self.op
        return out


@dataclass(frozen=True, slots=True)
class Filters:
    """Field conditions, all of which a conversation meets. Team and assignee values are names
    as typed until resolved (``filter_sql.resolve``), then ids (32 hex digits), ``me`` or ``none``."""

    conditions: tuple[Condition, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.conditions)

    def of(self, field: str) -> tuple[Condition, ...]:
        return tuple(c for c in self.conditions if c.field == field)

    def to_json(self) -> str:
        return json.dumps([c.as_json() for c in self.conditions], ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> Filters:
        """The filters a saved view stored (``to_json``); raises ``SearchSyntaxError`` for a
        stored value this version does not know."""
        try:
            raw = json.loads(text or "[]")
            conditions = []
            for item in raw:
                field = str(item["field"])
                values = tuple(str(v) for v in item["values"])
                op = str(item.get("op", ":"))
                if field not in FIELDS and field not in DATE_FIELDS or op not in (":", ">=", "<"):
                    raise ValueError(field)
                for value in values:
                    _check_value(field, value, 0)
                conditions.append(Condition(field, values, bool(item.get("negate", False)), op))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SearchSyntaxError(
                translatable("QueryErrors", "The saved view's filters cannot be read.")
            ) from exc
        return Filters(tuple(conditions))

    def merged(self) -> Filters:
        """Same-field, same-sense conditions as one (any of their values); tags and dates stay apart."""
        out: list[Condition] = []
        index: dict[tuple[str, bool], int] = {}
        for cond in self.conditions:
            key = (cond.field, cond.negate)
            if cond.field in ("tag", *DATE_FIELDS) or key not in index:
                index.setdefault(key, len(out))
                out.append(cond)
                continue
            at = index[key]
            values = out[at].values + tuple(v for v in cond.values if v not in out[at].values)
            out[at] = dataclasses.replace(out[at], values=values)
        return Filters(tuple(out))


@dataclass(frozen=True, slots=True)
class FieldQuery:
    """A search split into its words (for full-text search; "" when none) and its field filters."""

    words: str
    filters: Filters


def _error(text: Any, position: int, **params: object) -> SearchSyntaxError:
    return SearchSyntaxError(text, position=position, **params)


def _check_value(field: str, value: str, position: int) -> str:
    """The canonical form of ``value`` for ``field``; raises when the field has no such value."""
    if not value:
        raise _error(
            translatable("QueryErrors", "{field}: needs a value (at character {position})."),
            position,
            field=field,
        )
    value = _VALUE_ALIASES.get(field, {}).get(value, value)
    choices = _CHOICES.get(field)
    if choices is not None and value not in choices:
        raise _error(
            translatable(
                "QueryErrors", "“{value}” is not a {field} (at character {position}); use one of: {choices}."
            ),
            position,
            value=value,
            field=field,
            choices=", ".join(choices),
        )
    if field == "language" and not _LANGUAGE.fullmatch(value):
        raise _error(
            translatable(
                "QueryErrors", "“{value}” is not a language code such as de or da (at character {position})."
            ),
            position,
            value=value,
        )
    if field in DATE_FIELDS:
        match = _DATE.fullmatch(value)
        try:
            if match is None:
                raise ValueError(value)
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if not FIRST_YEAR <= day.year <= LAST_YEAR:  # the day after must be a date too
                raise ValueError(value)
        except ValueError:
            raise _error(
                translatable(
                    "QueryErrors", "“{value}” is not a date like 2026-11-01 (at character {position})."
                ),
                position,
                value=value,
            ) from None
    return value


def _date_condition(field: str, op: str, value: str, negate: bool) -> Condition:
    """``created>2026-11-01`` as a half-open range on whole days: ``>`` is from the next day on,
    ``<=`` up to the end of that day."""
    day = dt.date.fromisoformat(value)
    if op == ">":
        op, day = ">=", day + dt.timedelta(days=1)
    elif op == "<=":
        op, day = "<", day + dt.timedelta(days=1)
    return Condition(field, (day.isoformat(),), negate, op)


def parse_fields(query: str) -> FieldQuery:
    """Split ``query`` into words and field filters; raises ``SearchSyntaxError`` (with the
    character position) for an unknown field, a value the field cannot have, or bad syntax."""
    query = clean_text(query)
    words: list[str] = []
    conditions: list[Condition] = []
    pos = 0
    length = len(query)
    while pos < length:
        if query[pos].isspace():
            pos += 1
            continue
        match = _FIELD_TERM.match(query, pos)
        end_ok = match is not None and (match.end() == length or query[match.end()].isspace())
        if match is None or not end_ok:
            # A word, a "phrase" or an operator: passed on to the full-text parser as typed.
            if query[pos] == '"' or query.startswith('-"', pos):
                close = query.find('"', pos + (2 if query[pos] == "-" else 1))
                end = length if close < 0 else close + 1
            else:
                stop = re.compile(r'[\s"]').search(query, pos + 1)
                end = length if stop is None else stop.start()
            words.append(query[pos:end])
            pos = end
            continue
        negate, name, op, raw = match.group(1) == "-", match.group(2), match.group(3), match.group(4)
        position = match.start(2) + 1
        field = FIELD_ALIASES.get(name.lower())
        if field is None:
            if raw.startswith("//"):  # a web address, not a field
                words.append(match.group(0))
                pos = match.end()
                continue
            raise _error(
                translatable(
                    "QueryErrors", "There is no field “{name}” (at character {position}); fields: {fields}."
                ),
                position,
                name=name,
                fields=", ".join((*FIELDS, *DATE_FIELDS)).replace("language", "lang"),
            )
        value_text = raw[1:-1] if raw.startswith('"') else raw
        value_position = match.start(4) + 1
        if field in DATE_FIELDS:
            value = _check_value(field, value_text.strip(), value_position)
            conditions.append(_date_condition(field, op, value, negate))
        else:
            if op != ":":
                raise _error(
                    translatable(
                        "QueryErrors", "{field} takes “:” and a value, not “{op}” (at character {position})."
                    ),
                    position,
                    field=name,
                    op=op,
                )
            values: list[str] = []
            for part in value_text.split(","):
                part = part.strip()
                if not part and "," in value_text:
                    continue
                if field in ("assignee", "team"):
                    lowered = part.lower()
                    if lowered in ("me", "none", "nobody", "unassigned"):
                        part = _VALUE_ALIASES[field].get(lowered, lowered)
                    if part == "me" and field == "team":
                        part = "me"  # the teams the agent works
                    _check_value(field, part, value_position)
                elif field == "tag":
                    part = _check_value(field, part.lower(), value_position)
                else:
                    part = _check_value(field, part.lower(), value_position)
                if part not in values:
                    values.append(part)
            if not values:
                _check_value(field, "", value_position)
            if field == "tag" and not negate:
                conditions.extend(Condition("tag", (v,)) for v in values)
            else:
                conditions.append(Condition(field, tuple(values), negate))
        if len(conditions) > MAX_VALUES:
            raise _error(
                translatable("QueryErrors", "The search has too many fields (at most {limit})."),
                position,
                limit=MAX_VALUES,
            )
        pos = match.end()
    return FieldQuery(" ".join(words).strip(), Filters(tuple(conditions)).merged())


def _quoted(value: str) -> str:
    return f'"{value}"' if re.search(r'[\s,"]', value) or not value else value


def to_text(filters: Filters, names: dict[str, str] | None = None) -> str:
    """The filters as a query an agent could type (``parse_fields`` reads it back); ids shown
    by their ``names`` where given."""
    names = names or {}
    parts: list[str] = []
    for cond in filters.conditions:
        sign = "-" if cond.negate else ""
        name = "lang" if cond.field == "language" else cond.field
        if cond.field in DATE_FIELDS:
            parts.append(
                f"{sign}{name}{'>=' if cond.op == '>=' else '<' if cond.op == '<' else ':'}{cond.values[0]}"
            )
            continue
        shown = [names.get(v, v) for v in cond.values]
        parts.append(f"{sign}{name}:" + ",".join(_quoted(v.replace('"', "")) for v in shown))
    return " ".join(parts)


def fields_of(conditions: Iterable[Condition]) -> set[str]:
    return {c.field for c in conditions}
