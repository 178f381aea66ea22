# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the audit log: filtering by kind, who, period and text, and exporting it as CSV.

Only supervisors and admins read it (``may_read``). Entries are never changed here or anywhere:
this module only selects. Kinds group the tables an entry can be about into what a supervisor
looks for ("SLA policies and calendars", "Sign-in failures"); the text filter looks, without regard
to case, in the item's name, the author's name, the kind and the values before and after.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import json
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select

from agentdesk.errors import PermissionDenied, StoreError, ValidationError
from agentdesk.messages import tr, translatable
from agentdesk.store.audit_models import AuditEntry
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, BusinessCalendar, CannedReply, MailAccount, Role, SlaPolicy, Team

TEXT_LIMIT = 200  # characters of the text filter kept
SHOWN = 2000  # entries the window lists at most (the export has them all)
SIGN_IN_FAILED = "sign_in_failed"


class Kind(enum.StrEnum):
    AGENTS = "agents"
    SIGN_IN = "sign_in"
    TEAMS = "teams"
    TIERS = "tiers"
    SLA = "sla"
    MAILBOXES = "mailboxes"
    REPLIES = "replies"
    ROUTING = "routing"
    SURVEYS = "surveys"
    PRIVACY = "privacy"
    SERVER = "server"


KIND_NAMES = {
    Kind.AGENTS: translatable("AuditLog", "Agents and roles"),
    Kind.SIGN_IN: translatable("AuditLog", "Sign-in failures"),
    Kind.TEAMS: translatable("AuditLog", "Teams"),
    Kind.TIERS: translatable("AuditLog", "Tiers"),
    Kind.SLA: translatable("AuditLog", "SLA policies and calendars"),
    Kind.MAILBOXES: translatable("AuditLog", "Mailboxes"),
    Kind.REPLIES: translatable("AuditLog", "Canned replies and macros"),
    Kind.ROUTING: translatable("AuditLog", "Routing rules"),
    Kind.SURVEYS: translatable("AuditLog", "Survey settings"),
    Kind.PRIVACY: translatable("AuditLog", "Erasures and retention"),
    Kind.SERVER: translatable("AuditLog", "Team server"),
}
ACTION_NAMES = {
    "create": translatable("AuditLog", "Created"),
    "update": translatable("AuditLog", "Changed"),
    "delete": translatable("AuditLog", "Deleted"),
    "restore": translatable("AuditLog", "Restored"),
    SIGN_IN_FAILED: translatable("AuditLog", "Sign-in failed"),
}
# The fields a supervisor meets most, by what the window calls them (others show as stored).
FIELD_NAMES = {
    "name": translatable("AuditLog", "Name"),
    "title": translatable("AuditLog", "Title"),
    "email": translatable("AuditLog", "Email"),
    "role": translatable("AuditLog", "Role"),
    "tiers": translatable("AuditLog", "Tiers"),
    "team_id": translatable("AuditLog", "Team"),
    "team_ids": translatable("AuditLog", "Teams"),
    "language": translatable("AuditLog", "Language"),
    "active": translatable("AuditLog", "Active"),
    "login": translatable("AuditLog", "Server login"),  # agentdesk server add-agent
    "description": translatable("AuditLog", "Description"),
    "deleted_at": translatable("AuditLog", "Deleted at"),
    "position": translatable("AuditLog", "Position"),
    "match": translatable("AuditLog", "Applies to"),
    "first_response_minutes": translatable("AuditLog", "First response (minutes)"),
    "next_response_minutes": translatable("AuditLog", "Next response (minutes)"),
    "resolution_minutes": translatable("AuditLog", "Resolution (minutes)"),
    "calendar_id": translatable("AuditLog", "Business calendar"),
    "definition": translatable("AuditLog", "Business hours"),
    "address": translatable("AuditLog", "Address"),
    "scope": translatable("AuditLog", "Visible to"),
    "owner_agent_id": translatable("AuditLog", "Owner"),
    "shortcut": translatable("AuditLog", "Shortcut"),
    "category": translatable("AuditLog", "Category"),
    "body": translatable("AuditLog", "Text"),
    "actions": translatable("AuditLog", "Actions"),
    "conditions": translatable("AuditLog", "Conditions"),
    "triggers": translatable("AuditLog", "Runs on"),
    "signature": translatable("AuditLog", "Signature"),
    "customer_id": translatable("AuditLog", "Customer"),
    "reason": translatable("AuditLog", "Reason"),
    "erased_by": translatable("AuditLog", "Erased by"),
    "kind": translatable("AuditLog", "Kind"),
    "hash": translatable("AuditLog", "Hash"),
    "set_by": translatable("AuditLog", "Set by"),
    "failures": translatable("AuditLog", "Wrong tries in a row"),
    "value": translatable("AuditLog", "Value"),
}
# Codes a field holds, by their names.
VALUE_NAMES = {
    ("role", "agent"): translatable("AuditLog", "Agent"),
    ("role", "supervisor"): translatable("AuditLog", "Supervisor"),
    ("role", "admin"): translatable("AuditLog", "Admin"),
    ("scope", "everyone"): translatable("AuditLog", "Everyone"),
    ("scope", "team"): translatable("AuditLog", "One team"),
    ("scope", "personal"): translatable("AuditLog", "One agent"),
    ("kind", "pin"): translatable("AuditLog", "PIN"),
    ("kind", "password"): translatable("AuditLog", "Password"),
    ("reason", "request"): translatable("AuditLog", "The customer asked"),
    ("reason", "consent"): translatable("AuditLog", "Consent withdrawn"),
    ("reason", "objection"): translatable("AuditLog", "Objection"),
    ("reason", "unlawful"): translatable("AuditLog", "Processed unlawfully"),
    ("reason", "retention"): translatable("AuditLog", "Retention period over"),
}
YES = translatable("AuditLog", "Yes")
NO = translatable("AuditLog", "No")
# The local settings the log records, by what a supervisor calls them.
SETTING_NAMES = {
    "tier_names": translatable("AuditLog", "Tier names"),
    "privacy.retention_years": translatable("AuditLog", "Retention period (years)"),
    "sync.server": translatable("AuditLog", "Team server connection"),
}
_TABLES = {
    Kind.AGENTS: ("agent", "agent_secret"),
    Kind.TEAMS: ("team",),
    Kind.SLA: ("sla_policy", "business_calendar"),
    Kind.MAILBOXES: ("mail_account",),
    Kind.REPLIES: ("canned_reply", "canned_reply_variant", "macro"),
    Kind.ROUTING: ("routing_rule",),
    Kind.SURVEYS: ("survey_policy",),
    Kind.PRIVACY: ("customer_erasure",),
}
_SETTINGS = {
    Kind.TIERS: "tier_names",
    Kind.SURVEYS: "survey",
    Kind.PRIVACY: "privacy.",
    Kind.SERVER: "sync.server",
}


def kind_of(table_name: str, action: str, label: str) -> Kind | None:
    """The kind an entry belongs to (None: none of the known kinds)."""
    if action == SIGN_IN_FAILED:
        return Kind.SIGN_IN
    if table_name == "setting":
        return next((k for k, prefix in _SETTINGS.items() if label.startswith(prefix)), None)
    return next((k for k, tables in _TABLES.items() if table_name in tables), None)


def _kind_condition(kind: Kind) -> ColumnElement[bool]:
    if kind is Kind.SIGN_IN:
        return AuditEntry.action == SIGN_IN_FAILED
    parts: list[ColumnElement[bool]] = []
    if kind in _TABLES:
        parts.append(and_(AuditEntry.table_name.in_(_TABLES[kind]), AuditEntry.action != SIGN_IN_FAILED))
    if kind in _SETTINGS:
        prefix = _SETTINGS[kind]
        parts.append(
            and_(AuditEntry.table_name == "setting", AuditEntry.label.startswith(prefix, autoescape=True))
        )
    return or_(*parts) if parts else false()


@dataclass(frozen=True)
class AuditFilter:
    """What to show: ``kinds`` (empty: all), one author (``actor_id``), the period
    ``since <= at < until`` (either open) and a text to find."""

    kinds: frozenset[Kind] = frozenset()
    actor_id: uuid.UUID | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    text: str = ""

    def checked(self) -> AuditFilter:
        """The filter as used: the text trimmed and cut to ``TEXT_LIMIT``; raises
        ``ValidationError`` for a period that ends before it starts or a time without a zone."""
        for when in (self.since, self.until):
            if when is not None and when.tzinfo is None:
                raise ValidationError(translatable("AuditLog", "A time of the period has no time zone."))
        if self.since is not None and self.until is not None and self.until < self.since:
            raise ValidationError(translatable("AuditLog", "The period ends before it starts."))
        text = " ".join(self.text.replace("\x00", " ").split())[:TEXT_LIMIT]
        return AuditFilter(self.kinds, self.actor_id, self.since, self.until, text)


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: dt.datetime
    actor_id: uuid.UUID | None
    actor_name: str
    action: str
    table_name: str
    kind: Kind | None
    row_id: uuid.UUID | None
    label: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    sent_by: str | None = None  # the team-server login that sent it (None: not synced yet)

    def fields(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for every field the entry names, in the order it names them."""
        before, after = self.before or {}, self.after or {}
        names = list(dict.fromkeys([*before, *after]))
        return [(name, before.get(name), after.get(name)) for name in names]

    def summary(
        self, limit: int = 160, *, field: Callable[[str], str] = str, names: Mapping[str, str] | None = None
    ) -> str:
        """What changed in one line: ``name: Billing → Billing DE; tiers: [1] → [1, 2]``, each
        field as ``field`` calls it and known ids by ``names``."""
        if self.before is not None and self.after is not None:
            text = "; ".join(
                f"{field(k)}: {value_text(b, names, k)} → {value_text(a, names, k)}"
                for k, b, a in self.fields()
            )
        else:
            shown = self.after if self.after is not None else self.before or {}
            text = "; ".join(
                f"{field(k)}: {value_text(v, names, k)}"
                for k, v in shown.items()
                if v not in (None, "", [], {})
            )
        return text if len(text) <= limit else text[: limit - 1] + "…"


def value_text(value: Any, names: Mapping[str, str] | None = None, field: str = "") -> str:
    """A value as a person reads it: a code of ``field`` (a role, a scope) by its name, text as
    it is, an id by the name it stands for (when ``names`` knows it), anything else as JSON."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return tr(YES if value else NO)
    if isinstance(value, str):
        if (field, value) in VALUE_NAMES:
            return tr(VALUE_NAMES[(field, value)])
        return names.get(value, value) if names else value
    if names and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(names.get(v, v) for v in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_NAMED = (
    (Agent, Agent.name),
    (Team, Team.name),
    (BusinessCalendar, BusinessCalendar.name),
    (SlaPolicy, SlaPolicy.name),
    (CannedReply, CannedReply.title),
    (MailAccount, MailAccount.name),
)


def _ids_in(value: Any) -> Iterator[uuid.UUID]:
    if isinstance(value, str) and len(value) == 36:
        try:
            yield uuid.UUID(value)
        except ValueError:
            return
    elif isinstance(value, list):
        for item in value:
            yield from _ids_in(item)


def names_of(store: Store, rows: Iterable[AuditRow]) -> dict[str, str]:
    """The names of the agents, teams, calendars, policies, replies and mailboxes whose ids the
    entries' fields hold (``team_id``, ``set_by``, ...), by the id as text."""
    wanted: set[uuid.UUID] = set()
    for row in rows:
        for side in (row.before, row.after):
            for key, value in (side or {}).items():
                if key.endswith(("_id", "_ids", "_by")):
                    wanted.update(_ids_in(value))
    found: dict[str, str] = {}
    if not wanted:
        return found
    ids = list(wanted)
    with store.read() as session:
        for model, name in _NAMED:
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                for row_id, text in session.execute(select(model.id, name).where(model.id.in_(part))):
                    found[str(row_id)] = text
    return found


def may_read(store: Store, agent_id: uuid.UUID | None) -> None:
    """Raises ``PermissionDenied`` unless ``agent_id`` is an active supervisor or admin."""
    with store.read() as session:
        agent = session.get(Agent, agent_id) if agent_id is not None else None
    if agent is None or not agent.active or agent.role not in (Role.SUPERVISOR.value, Role.ADMIN.value):
        raise PermissionDenied(translatable("AuditLog", "The audit log is for supervisors and admins."))


_COLUMNS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.actor_id,
    AuditEntry.actor_name,
    AuditEntry.action,
    AuditEntry.table_name,
    AuditEntry.row_id,
    AuditEntry.label,
    AuditEntry.before,
    AuditEntry.after,
    AuditEntry.sent_by,
)


def _query(wanted: AuditFilter) -> Select[Any]:
    """Everything but the text, newest first (the text is matched here, in Python: SQLite's
    ``lower`` knows no umlauts)."""
    query = select(*_COLUMNS)
    if wanted.kinds:
        query = query.where(or_(*(_kind_condition(k) for k in sorted(wanted.kinds))))
    if wanted.actor_id is not None:
        query = query.where(AuditEntry.actor_id == wanted.actor_id)
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= wanted.since)
    if wanted.until is not None:
        query = query.where(AuditEntry.at < wanted.until)
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _words(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _words(item)
    elif isinstance(value, list):
        for item in value:
            yield from _words(item)
    elif value is not None:
        yield value_text(value)


def haystack(row: AuditRow) -> str:
    """What the text filter looks in, folded: names, kind, action, fields and their values."""
    parts = [row.label, row.actor_name, row.table_name, row.action, *_words(row.before), *_words(row.after)]
    return " ".join(" ".join(parts).split()).casefold()


def matches(row: AuditRow, text: str) -> bool:
    return not text or text.casefold() in haystack(row)


def _selected(store: Store, wanted: AuditFilter) -> Generator[AuditRow, None, None]:
    checked = wanted.checked()
    with store.read() as session:
        for e in session.execute(_query(checked).execution_options(yield_per=500)):
            row = AuditRow(
                e.id,
                e.at,
                e.actor_id,
                e.actor_name,
                e.action,
                e.table_name,
                kind_of(e.table_name, e.action, e.label),
                e.row_id,
                e.label,
                e.before,
                e.after,
                e.sent_by,
            )
            if matches(row, checked.text):
                yield row


def entries(store: Store, wanted: AuditFilter, *, limit: int | None = SHOWN) -> list[AuditRow]:
    """The entries ``wanted`` selects, newest first (at most ``limit``)."""
    found: list[AuditRow] = []
    rows = _selected(store, wanted)
    try:
        for row in rows:
            if limit is not None and len(found) >= limit:
                break
            found.append(row)
    finally:
        rows.close()
    return found


def count(store: Store, wanted: AuditFilter) -> int:
    return sum(1 for _row in _selected(store, wanted))


def authors(store: Store) -> list[tuple[uuid.UUID, str]]:
    """Everyone who has an entry, by name (their name of today where they still exist)."""
    with store.read() as session:
        found = session.execute(
            select(AuditEntry.actor_id, func.max(AuditEntry.actor_name), Agent.name)
            .outerjoin(Agent, Agent.id == AuditEntry.actor_id)
            .where(AuditEntry.actor_id.is_not(None))
            .group_by(AuditEntry.actor_id, Agent.name)
        ).all()
    people = {row[0]: row[2] or row[1] or "" for row in found if row[0] is not None}
    return sorted(people.items(), key=lambda item: (item[1].casefold(), str(item[0])))


CSV_HEADER = (
    "time_utc",
    "who",
    "action",
    "kind",
    "table",
    "item",
    "item_id",
    "field",
    "before",
    "after",
    "server_login",
)


def _cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``= + - @`` would start a formula.
    Values other than text are JSON (``true``, ``[1, 2]``), the same in every language."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_lines(rows: Iterable[AuditRow]) -> Iterator[list[str]]:
    """One line per changed field (an entry without fields: one line), header first."""
    yield list(CSV_HEADER)
    for r in rows:
        head = [
            r.at.astimezone(dt.UTC).isoformat(timespec="seconds"),
            r.actor_name,
            r.action,
            r.kind.value if r.kind is not None else "",
            r.table_name,
            r.label,
            str(r.row_id) if r.row_id is not None else "",
        ]
        fields = r.fields() or [("", None, None)]
        for name, before, after in fields:
            yield [_cell(v) for v in head] + [
                _cell(name),
                "" if before is None else _cell(before),
                "" if after is None else _cell(after),
                _cell(r.sent_by or ""),
            ]


def export_csv(store: Store, wanted: AuditFilter, path: Path) -> int:
    """Write every entry ``wanted`` selects to ``path`` (UTF-8 with a byte-order mark, so that
    spreadsheets read the umlauts), oldest first; returns how many entries were written."""
    rows = list(reversed(entries(store, wanted, limit=None)))
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            for line in csv_lines(rows):
                writer.writerow(line)
    except OSError as exc:
        raise StoreError(
            translatable("AuditLog", "The file {path} could not be written: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    return len(rows)


__all__ = [
    "ACTION_NAMES",
    "KIND_NAMES",
    "AuditFilter",
    "AuditRow",
    "Kind",
    "authors",
    "count",
    "entries",
    "export_csv",
    "kind_of",
    "may_read",
]


class Period(enum.StrEnum):
    ALL = "all"
    TODAY = "today"
    WEEK = "week"  # today and the 6 days before
    MONTH = "month"  # today and the 29 days before
    YEAR = "year"  # today and the 364 days before
    CUSTOM = "custom"  # from one day to another, both whole


PERIOD_NAMES = {
    Period.ALL: translatable("AuditLog", "All time"),
    Period.TODAY: translatable("AuditLog", "Today"),
    Period.WEEK: translatable("AuditLog", "Last 7 days"),
    Period.MONTH: translatable("AuditLog", "Last 30 days"),
    Period.YEAR: translatable("AuditLog", "Last 12 months"),
    Period.CUSTOM: translatable("AuditLog", "From … to …"),
}
_DAYS_BACK = {Period.TODAY: 0, Period.WEEK: 6, Period.MONTH: 29, Period.YEAR: 364}
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.UTC)


def period_bounds(
    period: Period,
    now: dt.datetime,
    zone: dt.tzinfo,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """``(since, until)`` in UTC for ``period`` as seen in ``zone`` at ``now``; a custom period
    runs from the start of ``start`` to the end of ``end``. Raises ``ValidationError`` for a
    custom period that ends before it starts or lies outside the years 1900 to 2999."""
    if period is Period.ALL:
        return None, None
    if period is Period.CUSTOM:
        if start is None or end is None:
            raise ValidationError(
                translatable("AuditLog", "Choose the first and the last day of the period.")
            )
        if not (FIRST_YEAR <= start.year <= LAST_YEAR and FIRST_YEAR <= end.year <= LAST_YEAR):
            raise ValidationError(
                translatable("AuditLog", "The period must lie between the years 1900 and 2999.")
            )
        if end < start:
            raise ValidationError(translatable("AuditLog", "The period ends before it starts."))
        return _midnight(start, zone), _midnight(end + dt.timedelta(days=1), zone)
    today = now.astimezone(zone).date()
    return _midnight(today - dt.timedelta(days=_DAYS_BACK[period]), zone), None
