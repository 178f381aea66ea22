# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSONL exchange format: ``agentdesk export`` and ``agentdesk import``.

The format is documented for people in ``docs/exchange-format.md``; this module is its only
implementation, and the field tables below (``TEAM``, ``CONVERSATION``, …) are the single place that
says which fields exist, what they hold and how they map to columns.

Why it is built the way it is:

- Export must be byte-for-byte reproducible (export → import into an empty database → export gives the
  same file), so every value has one canonical spelling (UUIDs with dashes, times as
  ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, compact JSON, fixed key order) and every list has a fixed order.
- A workspace of hundreds of thousands of conversations must go through in a minute or two, so both
  directions use plain ``sqlite3`` on the stored representation (32-hex UUIDs, ``sql_time`` text,
  JSON text) instead of ORM objects, stream line by line and insert with ``executemany``.
- A broken file must import nothing. Import therefore works in two passes: the first validates every
  line without touching the database, keeps ids and the few shared rows (teams, agents, calendars,
  SLA policies) in memory and spools the validated rows of the other lines to an anonymous
  temporary file; the second writes the spooled rows inside one ``BEGIN IMMEDIATE`` transaction, so
  an error, a crash or a SIGKILL leaves the database exactly as it was.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import marshal
import math
import operator
import os
import re
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from agentdesk.errors import AgentDeskError, ImportFormatError
from agentdesk.messages import translatable
from agentdesk.metrics.surveys import ALLOWED_SCALES as SURVEY_SCALES
from agentdesk.sla.policy import MAX_TARGET_MINUTES
from agentdesk.store.database import Store, translate_sqlite_error
from agentdesk.store.models import (
    LANGUAGES,
    Channel,
    DeliveryState,
    Direction,
    EventKind,
    Mood,
    Plan,
    Priority,
    Role,
    Status,
    SurveyKind,
    parse_sql_time,
    sql_time,
)
from agentdesk.text import MAX_JSON_DEPTH, clean_text, json_problem, text_problem

FORMAT_NAME = "agentdesk-exchange"
FORMAT_VERSION = 1

# A line is parsed in memory as a whole; the limit keeps a runaway file from exhausting memory while
# leaving room for conversations with large attachments (base64 grows them by a third).
MAX_LINE_BYTES = 256 * 1024 * 1024

# Conversations exported per round of child queries, and lines written per import batch: large
# enough that per-query overhead vanishes, small enough that memory stays flat.
EXPORT_CHUNK = 500
IMPORT_BATCH = 1000
_SQL_IN_CHUNK = 500
IMPORT_CACHE_KIB = 256 * 1024

_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)


# --------------------------------------------------------------------------------------------------
# Summaries


@dataclass
class ExportSummary:
    """What ``export_jsonl`` wrote."""

    path: Path
    lines: int = 0
    bytes: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def conversations(self) -> int:
        return self.counts.get("conversation", 0)

    @property
    def customers(self) -> int:
        return self.counts.get("customer", 0)

    @property
    def messages(self) -> int:
        return self.counts.get("message", 0)

    def describe(self) -> str:
        """A plain sentence for the command line."""
        if self.lines == 0:
            return f"The workspace is empty; wrote an empty file {self.path}."
        parts = ", ".join(f"{n:,} {_plural(table, n)}" for table, n in self.counts.items() if n)
        return f"Exported {parts} to {self.path} ({self.lines:,} lines, {_size(self.bytes)})."


@dataclass
class TableCounts:
    """Per table: rows written, rows left alone because their id was already there, rows merged.

    ``matched`` counts teams, agents, calendars and SLA policies whose id was new but whose unique
    name (an agent's e-mail) already existed: the existing row is used in their place.
    """

    inserted: int = 0
    skipped: int = 0
    matched: int = 0


@dataclass(frozen=True)
class Renumbering:
    """An imported conversation whose number was taken and that got the next free one."""

    conversation_id: uuid.UUID
    old_number: int
    new_number: int


@dataclass
class ImportSummary:
    """What ``import_jsonl`` did; ``records == 0`` means the file held nothing to import."""

    path: Path
    records: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    renumbered: list[Renumbering] = field(default_factory=list)
    cleared_external_ids: int = 0

    def count(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())

    @property
    def inserted(self) -> int:
        return sum(c.inserted for c in self.tables.values())

    @property
    def conversations(self) -> int:
        """Conversations written by this import."""
        return self.count("conversation").inserted

    @property
    def skipped(self) -> int:
        return sum(c.skipped for c in self.tables.values())

    def describe(self) -> str:
        """Plain sentences for the command line, one per line."""
        return "\n".join(self.sentences())

    def sentences(self) -> list[str]:
        if self.records == 0:
            return [f"Nothing to import: {self.path} holds no records."]
        out = []
        done = [(t, c.inserted) for t, c in self.tables.items() if c.inserted]
        if done:
            out.append("Imported " + ", ".join(f"{n:,} {_plural(t, n)}" for t, n in done) + ".")
        else:
            out.append("Nothing new to import.")
        skipped = [(t, c.skipped) for t, c in self.tables.items() if c.skipped]
        if skipped:
            listed = ", ".join(f"{n:,} {_plural(t, n)}" for t, n in skipped)
            out.append(f"Skipped {listed} already in the database.")
        matched = [(t, c.matched) for t, c in self.tables.items() if c.matched]
        if matched:
            listed = ", ".join(f"{n:,} {_plural(t, n)}" for t, n in matched)
            out.append(f"Used the existing {listed} of the same name instead of importing duplicates.")
        for r in self.renumbered:
            out.append(
                f"Conversation #{r.old_number} was imported as #{r.new_number} "
                f"because #{r.old_number} is already used."
            )
        if self.cleared_external_ids:
            out.append(
                f"{self.cleared_external_ids} imported {_plural('message', self.cleared_external_ids)} "
                "had a channel message id that another message already has; it was dropped from them."
            )
        return out


_NAMES = {
    "team": ("team", "teams"),
    "business_calendar": ("business calendar", "business calendars"),
    "sla_policy": ("SLA policy", "SLA policies"),
    "agent": ("agent", "agents"),
    "customer": ("customer", "customers"),
    "conversation": ("conversation", "conversations"),
    "message": ("message", "messages"),
    "attachment": ("attachment", "attachments"),
    "conversation_event": ("event", "events"),
    "survey_response": ("survey response", "survey responses"),
}


def _plural(table: str, n: int) -> str:
    one, many = _NAMES.get(table, (table, table + "s"))
    return one if n == 1 else many


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


# --------------------------------------------------------------------------------------------------
# Field kinds: how one value looks in the file (``dump``) and in the database (``load``)


class _Bad(Exception):
    """A problem with a line, in plain words; becomes ``ImportFormatError`` with the line number."""


class _BadValue(Exception):
    """A problem with one value, worded to follow "field 'name' "; the caller adds the name."""


def _show(value: Any) -> str:
    try:
        text = clean_text(json.dumps(value, ensure_ascii=False))
    except (TypeError, ValueError):
        text = "a value that is not JSON"
    return text if len(text) <= 40 else text[:37] + "…"


class _Kind:
    """A field type. ``load`` turns a (non-null) file value into the stored value or raises
    ``_BadValue``; ``dump`` turns a stored value into the file's."""

    doc = ""

    def load(self, value: Any) -> Any:
        raise NotImplementedError

    def dump(self, value: Any) -> Any:
        return value


_UUID_EXAMPLE = "0192f1d2-7c4e-7a10-8b3e-5f1a2b3c4d5e"
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class _Uuid(_Kind):
    doc = "UUID"

    def load(self, value: Any) -> Any:
        if not isinstance(value, str) or not _UUID_RE.fullmatch(value):
            raise _BadValue(f"must be a UUID like {_UUID_EXAMPLE} (got {_show(value)})")
        return value.replace("-", "").lower()

    def dump(self, value: Any) -> Any:
        h = str(value)
        if len(h) == 32:
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return str(uuid.UUID(h))


def _uuid_hex(value: str) -> str:
    return value.replace("-", "").lower()


def _uuid_text(hex32: str) -> str:
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


_CANONICAL_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


class _Time(_Kind):
    doc = "time"

    def load(self, value: Any) -> Any:
        try:
            parsed = dt.datetime.fromisoformat(value)
            if parsed.tzinfo is not None:
                if _CANONICAL_TIME.fullmatch(value):
                    return f"{value[:10]} {value[11:26]}"
                return sql_time(parsed)
        except (TypeError, ValueError, OverflowError):
            pass
        raise _BadValue(
            f"must be an ISO 8601 time with a time zone, "
            f"like 2026-11-23T09:00:00.000000Z (got {_show(value)})"
        )

    def dump(self, value: Any) -> Any:
        text = str(value)
        if len(text) == 26 and text[10] == " ":
            return f"{text[:10]}T{text[11:]}Z"
        parsed = parse_sql_time(text)
        assert parsed is not None
        return parsed.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Text(_Kind):
    def __init__(self, max_length: int | None = None) -> None:
        self.max_length = max_length
        self.doc = f"string (at most {max_length} characters)" if max_length else "string"

    def load(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise _BadValue(f"must be a string (got {_show(value)})")
        if self.max_length is not None and len(value) > self.max_length:
            raise _BadValue(f"is longer than {self.max_length} characters")
        if not value.isascii():
            problem = text_problem(value)
            if problem:
                raise _BadValue(problem)
        return value


class _Enum(_Kind):
    def __init__(self, values: Sequence[str]) -> None:
        self.values = tuple(values)
        self.allowed = frozenset(values)
        self.doc = "one of " + ", ".join(self.values)

    def load(self, value: Any) -> Any:
        if not isinstance(value, str) or value not in self.allowed:
            raise _BadValue(f"must be one of {', '.join(self.values)} (got {_show(value)})")
        return value


class _Int(_Kind):
    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high
        if (low, high) in (_INT32, _INT64):
            self.doc = "whole number"
        elif high in (_INT32[1], _INT64[1]):
            self.doc = f"whole number ≥ {low}"
        else:
            self.doc = f"whole number {low}–{high}"

    def load(self, value: Any) -> Any:
        if type(value) is not int:
            raise _BadValue(f"must be a whole number (got {_show(value)})")
        if not self.low <= value <= self.high:
            if self.high in (_INT32[1], _INT64[1]):
                raise _BadValue(f"must be at least {self.low} (got {value})")
            raise _BadValue(f"must be a whole number from {self.low} to {self.high} (got {value})")
        return value


class _Float(_Kind):
    doc = "number"

    def load(self, value: Any) -> Any:
        try:
            if type(value) not in (int, float) or not math.isfinite(value):
                raise ValueError
            return float(value)
        except (ValueError, OverflowError):
            raise _BadValue(f"must be a number (got {_show(value)})") from None

    def dump(self, value: Any) -> Any:
        return float(value)


class _Bool(_Kind):
    doc = "true or false"

    def load(self, value: Any) -> Any:
        if type(value) is not bool:
            raise _BadValue(f"must be true or false (got {_show(value)})")
        return 1 if value else 0

    def dump(self, value: Any) -> Any:
        return bool(value)


class _JsonObject(_Kind):
    """A JSON column holding an object; stored as SQLAlchemy's ``JSON`` type writes it."""

    doc = "JSON object"

    def load(self, value: Any) -> Any:
        if not isinstance(value, dict):
            raise _BadValue(f"must be a JSON object (got {_show(value)})")
        text = json.dumps(value)
        # The full check walks the value; the written text says cheaply whether it may be needed.
        if (
            ("\\ud" in text and _LONE_SURROGATE.search(text))
            or "NaN" in text
            or "Infinity" in text
            or _LONG_NUMBER.search(text)
            or text.count("{") + text.count("[") > MAX_JSON_DEPTH
        ):
            _check_json(value)
        return text

    def dump(self, value: Any) -> Any:
        return json.loads(value)


class _JsonList(_Kind):
    """A JSON column holding a list of strings or of tier numbers."""

    def __init__(self, item: str) -> None:
        self.item = item
        self.doc = "list of strings" if item == "str" else "list of whole numbers 1–3"

    def load(self, value: Any) -> Any:
        if not isinstance(value, list):
            raise _BadValue(f"must be a {self.doc} (got {_show(value)})")
        for item in value:
            ok = isinstance(item, str) if self.item == "str" else type(item) is int and 1 <= item <= 3
            if not ok:
                raise _BadValue(f"must be a {self.doc} (found {_show(item)})")
            if self.item == "str" and not item.isascii():
                problem = text_problem(item)
                if problem:
                    raise _BadValue(f"has an item that {problem}")
        return json.dumps(value)

    def dump(self, value: Any) -> Any:
        return json.loads(value)


# In ``json.dumps`` output (ASCII, lower-case escapes): a lone surrogate escape, or a whole number
# of 19 digits or more.
_LONE_SURROGATE = re.compile(r"\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f]")
_LONG_NUMBER = re.compile(r"\d{19}")


def _check_json(value: Any) -> None:
    """Refuse what could not be exported and imported again: lone surrogates, numbers beyond
    64 bits or not finite, nesting deeper than ``text.MAX_JSON_DEPTH``."""
    found = json_problem(value)
    if found is not None:
        path, phrase = found
        raise _BadValue(f"{phrase} (at {path})" if path else phrase)


class _Base64(_Kind):
    doc = "base64 (RFC 4648, with padding)"

    def load(self, value: Any) -> Any:
        if not isinstance(value, str):
            raise _BadValue(f"must be base64 text (got {_show(value)})")
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            raise _BadValue("is not valid base64") from None

    def dump(self, value: Any) -> Any:
        return base64.b64encode(value).decode("ascii")


UUID = _Uuid()
TIME = _Time()
TEXT = _Text()
BOOL = _Bool()
FLOAT = _Float()
OBJECT = _JsonObject()
LANGUAGE = _Enum(LANGUAGES)


@dataclass(frozen=True)
class Field:
    """One field of an entity: its name (also its column), kind, whether null is allowed, and for
    references the entity it points at (resolved against the file and the database)."""

    name: str
    kind: _Kind
    nullable: bool = False
    ref: str | None = None
    # Fields added after version 1 of the format may be absent from older files; the value then
    # is ``absent()``. None: the field is required.
    absent: Callable[[], Any] | None = None


@dataclass(frozen=True)
class Entity:
    """An entity as it appears in the file: a JSON object whose fields are ``fields`` plus, for some,
    nested lists of child entities (``children``: file key → entity)."""

    table: str
    fields: tuple[Field, ...]
    children: tuple[tuple[str, Entity], ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @functools.cached_property
    def loaders(
        self,
    ) -> tuple[tuple[str, Callable[[Any], Any], bool, str | None, Callable[[], Any] | None], ...]:
        """Per field: name, loader, nullable, referenced entity, value when absent; the import's
        inner loop."""
        return tuple((f.name, f.kind.load, f.nullable, f.ref, f.absent) for f in self.fields)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(self.columns) | {k for k, _ in self.children}


def _sync(*fields: Field) -> tuple[Field, ...]:
    """``id`` first, then the entity's own fields, then the sync columns (DESIGN.md §3)."""
    return (
        Field("id", UUID),
        *fields,
        Field("rev", _Int(0, _INT64[1]), nullable=True),
        Field("updated_at", TIME),
        Field("deleted_at", TIME, nullable=True),
    )


TEAM = Entity("team", _sync(Field("name", _Text(100)), Field("description", TEXT)))

BUSINESS_CALENDAR = Entity("business_calendar", _sync(Field("name", _Text(100)), Field("definition", OBJECT)))

SLA_POLICY = Entity(
    "sla_policy",
    _sync(
        Field("name", _Text(100)),
        Field("position", _Int(*_INT32)),
        Field("match", OBJECT),
        Field("first_response_minutes", _Int(0, _INT32[1]), nullable=True),
        Field("next_response_minutes", _Int(0, _INT32[1]), nullable=True),
        Field("resolution_minutes", _Int(0, _INT32[1]), nullable=True),
        Field("calendar_id", UUID, nullable=True, ref="business_calendar"),
        Field("warning_share", FLOAT, nullable=True),
        Field("warning_minutes", _Int(0, _INT32[1]), nullable=True),
        Field("active", BOOL),
        Field("auto_escalation", OBJECT, nullable=True, absent=lambda: None),
    ),
)

AGENT = Entity(
    "agent",
    _sync(
        Field("name", _Text(200)),
        Field("email", _Text(320)),
        Field("role", _Enum(Role.values())),
        Field("tiers", _JsonList("tier")),
        Field("team_id", UUID, nullable=True, ref="team"),
        Field("team_ids", _JsonList("str"), absent=list),
        Field("language", LANGUAGE),
        Field("active", BOOL),
    ),
)

CUSTOMER = Entity(
    "customer",
    _sync(
        Field("name", _Text(200)),
        Field("email", _Text(320), nullable=True),
        Field("other_emails", _JsonList("str")),
        Field("phone", _Text(50), nullable=True),
        Field("company", _Text(200), nullable=True),
        Field("plan", _Enum(Plan.values())),
        Field("language", LANGUAGE),
        Field("notes", TEXT),
        Field("created_at", TIME),
    ),
)

ATTACHMENT = Entity(
    "attachment",
    _sync(
        Field("message_id", UUID),
        Field("filename", _Text(255)),
        Field("content_type", _Text(255)),
        Field("size", _Int(0, _INT64[1])),
        Field("content_id", _Text(255), nullable=True),
        Field("content", _Base64(), nullable=True),
    ),
)

CHANNEL = _Enum(Channel.values())

MESSAGE = Entity(
    "message",
    _sync(
        Field("conversation_id", UUID),
        Field("direction", _Enum(Direction.values())),
        Field("channel", CHANNEL),
        Field("author_agent_id", UUID, nullable=True, ref="agent"),
        Field("author_customer_id", UUID, nullable=True, ref="customer"),
        Field("author_name", _Text(200)),
        Field("body_text", TEXT),
        Field("body_html", TEXT, nullable=True),
        Field("meta", OBJECT),
        Field("external_id", _Text(998), nullable=True),
        Field("delivery_state", _Enum(DeliveryState.values())),
        Field("created_at", TIME),
    ),
    children=(("attachments", ATTACHMENT),),
)

CONVERSATION_EVENT = Entity(
    "conversation_event",
    _sync(
        Field("conversation_id", UUID),
        Field("kind", _Enum(EventKind.values())),
        Field("actor_agent_id", UUID, nullable=True, ref="agent"),
        Field("data", OBJECT),
        Field("created_at", TIME),
    ),
)

SURVEY_RESPONSE = Entity(
    "survey_response",
    _sync(
        Field("conversation_id", UUID, nullable=True, ref="conversation"),
        Field("customer_id", UUID, nullable=True, ref="customer"),
        Field("kind", _Enum(SurveyKind.values())),
        Field("score", FLOAT),
        Field("scale_min", _Int(*_INT32)),
        Field("scale_max", _Int(*_INT32)),
        Field("comment", TEXT),
        Field("created_at", TIME),
    ),
)

CONVERSATION = Entity(
    "conversation",
    _sync(
        Field("number", _Int(1, _INT32[1]), nullable=True),
        Field("customer_id", UUID),
        Field("channel", CHANNEL),
        Field("subject", _Text(500)),
        Field("status", _Enum(Status.values())),
        Field("priority", _Enum(Priority.values())),
        Field("tier", _Int(1, 3)),
        Field("team_id", UUID, nullable=True, ref="team"),
        Field("assignee_id", UUID, nullable=True, ref="agent"),
        Field("tags", _JsonList("str")),
        Field("language", _Text(8)),
        Field("mood", _Enum(Mood.values()), nullable=True),
        Field("created_at", TIME),
        Field("first_response_at", TIME, nullable=True),
        Field("solved_at", TIME, nullable=True),
        Field("follow_up_at", TIME, nullable=True),
        Field("last_activity_at", TIME),
        Field("waiting_since", TIME, nullable=True),
        Field("snippet", _Text(300)),
        Field("message_count", _Int(0, _INT32[1])),
        Field("sla_policy_id", UUID, nullable=True, ref="sla_policy"),
        Field("first_response_due_at", TIME, nullable=True),
        Field("next_response_due_at", TIME, nullable=True),
        Field("resolution_due_at", TIME, nullable=True),
        Field("due_at", TIME, nullable=True),
        Field("merged_into_id", UUID, nullable=True, ref="conversation"),
    ),
)

# Line types in the order export writes them; the shared rows come first so that a reader meets a
# team before the agents in it, but import accepts the types in any order.
HEADER_TYPES: dict[str, Entity] = {
    "team": TEAM,
    "business_calendar": BUSINESS_CALENDAR,
    "sla_policy": SLA_POLICY,
    "agent": AGENT,
}
LINE_TYPES = (*HEADER_TYPES, "customer", "conversation", "survey_response")

# The parts of a conversation line besides the "conversation" object itself.
CONVERSATION_PARTS = ("customer", "messages", "events", "survey_responses")

# Columns that must be unique besides the id; an imported row that clashes is matched to the
# existing one (same team name, same agent e-mail) instead of being refused.
UNIQUE_KEYS = {"team": "name", "business_calendar": "name", "sla_policy": "name", "agent": "email"}

# Import writes parents before children so that most foreign keys hold immediately.
WRITE_ORDER = (
    "customer",
    "conversation",
    "message",
    "attachment",
    "conversation_event",
    "survey_response",
)
ENTITIES: dict[str, Entity] = {
    e.table: e
    for e in (
        TEAM,
        BUSINESS_CALENDAR,
        SLA_POLICY,
        AGENT,
        CUSTOMER,
        CONVERSATION,
        MESSAGE,
        ATTACHMENT,
        CONVERSATION_EVENT,
        SURVEY_RESPONSE,
    )
}


# --------------------------------------------------------------------------------------------------
# Export


def _dumper(entity: Entity) -> Callable[[Sequence[Any]], dict[str, Any]]:
    """A function turning a row (columns in ``entity.columns`` order) into the file's object."""
    fields = [(f.name, f.kind.dump) for f in entity.fields]

    def dump(row: Sequence[Any]) -> dict[str, Any]:
        return {name: None if v is None else conv(v) for (name, conv), v in zip(fields, row, strict=True)}

    return dump


def _select(entity: Entity, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + c for c in entity.columns)


def _line(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "type": kind, **body}


def export_jsonl(store: Store, out: Path) -> ExportSummary:
    """Write the whole workspace to ``out`` in the exchange format and return what was written.

    The file is written beside ``out`` under a temporary name and renamed at the end, so ``out`` is
    never left half-written. All reads happen in one read transaction: a consistent snapshot even
    while the app keeps writing.
    """
    out = Path(out)
    summary = ExportSummary(path=out, counts={table: 0 for table in ENTITIES})
    part = out.with_name(f".{out.name}.part")
    conn: sqlite3.Connection | None = None
    try:
        conn = store.raw()
        conn.execute("BEGIN")
        with part.open("w", encoding="utf-8", newline="\n") as fh:
            for line in _export_lines(conn, summary):
                text = json.dumps(line, ensure_ascii=False, separators=(",", ":"))
                data_len = len(text.encode("utf-8")) if len(text) * 4 > MAX_LINE_BYTES else len(text)
                if data_len + 1 > MAX_LINE_BYTES:
                    raise AgentDeskError(
                        translatable(
                            "ExchangeErrors",
                            (
                                "A {line} is too large for the exchange format (more than {value} MB on one "
                                "line); nothing was exported."
                            ),
                        ),
                        line=line["type"],
                        value=MAX_LINE_BYTES // (1024 * 1024),
                    )
                fh.write(text)
                fh.write("\n")
                summary.lines += 1
        conn.execute("COMMIT")
        summary.bytes = part.stat().st_size
        os.replace(part, out)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        translated = translate_sqlite_error(exc, store.path)
        if translated is not None:
            raise translated from exc
        raise
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise AgentDeskError(
            translatable("ExchangeErrors", "Cannot write {out}: {value}."), out=out, value=exc.strerror or exc
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        if conn is not None:
            conn.close()
    return summary


def _export_lines(conn: sqlite3.Connection, summary: ExportSummary) -> Iterator[dict[str, Any]]:
    counts = summary.counts
    for kind, entity in HEADER_TYPES.items():
        dump = _dumper(entity)
        for row in conn.execute(f"SELECT {_select(entity)} FROM {entity.table} ORDER BY id"):
            counts[entity.table] += 1
            yield _line(kind, {kind: dump(row)})

    dump_customer = _dumper(CUSTOMER)
    lonely = conn.execute(
        f"SELECT {_select(CUSTOMER)} FROM customer "
        "WHERE id NOT IN (SELECT customer_id FROM conversation) ORDER BY id"
    )
    for row in lonely:
        counts["customer"] += 1
        yield _line("customer", {"customer": dump_customer(row)})

    yield from _export_conversations(conn, counts)
    counts["customer"] = conn.execute("SELECT count(*) FROM customer").fetchone()[0]

    dump_survey = _dumper(SURVEY_RESPONSE)
    orphans = conn.execute(
        f"SELECT {_select(SURVEY_RESPONSE)} FROM survey_response "
        "WHERE conversation_id IS NULL ORDER BY created_at, id"
    )
    for row in orphans:
        counts["survey_response"] += 1
        yield _line("survey_response", {"survey_response": dump_survey(row)})


def _grouped(
    conn: sqlite3.Connection, sql: str, ids: list[str], dump: Callable[[Sequence[Any]], dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """Rows of ``sql`` (whose last column is the grouping key) for ``ids``, dumped and grouped."""
    groups: dict[str, list[dict[str, Any]]] = {}
    marks = ",".join("?" * len(ids))
    for row in conn.execute(sql.format(marks=marks), ids):
        groups.setdefault(row[-1], []).append(dump(row[:-1]))
    return groups


def _export_conversations(conn: sqlite3.Connection, counts: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Conversation lines, by number (unnumbered last) then id, children fetched per chunk."""
    dump_conversation = _dumper(CONVERSATION)
    dump_customer = _dumper(CUSTOMER)
    dump_message = _dumper(MESSAGE)
    dump_attachment = _dumper(ATTACHMENT)
    dump_event = _dumper(CONVERSATION_EVENT)
    dump_survey = _dumper(SURVEY_RESPONSE)
    customer_idx = CONVERSATION.columns.index("customer_id")

    sql_customers = f"SELECT {_select(CUSTOMER)}, id FROM customer WHERE id IN ({{marks}})"
    sql_messages = (
        f"SELECT {_select(MESSAGE)}, conversation_id FROM message "
        "WHERE conversation_id IN ({marks}) ORDER BY conversation_id, created_at, id"
    )
    sql_attachments = (
        f"SELECT {_select(ATTACHMENT, 'a')}, a.message_id FROM attachment a "
        "JOIN message m ON m.id = a.message_id WHERE m.conversation_id IN ({marks}) ORDER BY a.id"
    )
    sql_events = (
        f"SELECT {_select(CONVERSATION_EVENT)}, conversation_id FROM conversation_event "
        "WHERE conversation_id IN ({marks}) ORDER BY conversation_id, created_at, id"
    )
    sql_surveys = (
        f"SELECT {_select(SURVEY_RESPONSE)}, conversation_id FROM survey_response "
        "WHERE conversation_id IN ({marks}) ORDER BY conversation_id, created_at, id"
    )

    # A second connection-level cursor keeps the outer query streaming while the chunk queries run.
    outer = conn.execute(
        f"SELECT {_select(CONVERSATION)} FROM conversation ORDER BY number IS NULL, number, id"
    )
    while chunk := outer.fetchmany(EXPORT_CHUNK):
        ids = [row[0] for row in chunk]
        customer_ids = list({row[customer_idx] for row in chunk})
        customers = _grouped(conn, sql_customers, customer_ids, dump_customer)
        messages = _grouped(conn, sql_messages, ids, dump_message)
        attachments = _grouped(conn, sql_attachments, ids, dump_attachment)
        events = _grouped(conn, sql_events, ids, dump_event)
        surveys = _grouped(conn, sql_surveys, ids, dump_survey)
        for row in chunk:
            cid = row[0]
            msgs = messages.get(cid, [])
            for m in msgs:
                m["attachments"] = atts = attachments.get(_uuid_hex(m["id"]), [])
                counts["attachment"] += len(atts)
            evs = events.get(cid, [])
            svs = surveys.get(cid, [])
            counts["conversation"] += 1
            counts["message"] += len(msgs)
            counts["conversation_event"] += len(evs)
            counts["survey_response"] += len(svs)
            yield _line(
                "conversation",
                {
                    "conversation": dump_conversation(row),
                    "customer": customers[row[customer_idx]][0],
                    "messages": msgs,
                    "events": evs,
                    "survey_responses": svs,
                },
            )


# --------------------------------------------------------------------------------------------------
# Import: parsing and validating one line


@dataclass
class _Record:
    """One parsed, validated line: rows ready for the database (stored representation), the ids it
    defines and the references it makes to rows that must exist in the file or the database."""

    line: int
    type: str
    rows: dict[str, list[dict[str, Any]]]
    defines: list[tuple[str, str]]
    refs: list[tuple[str, str, str]]


def _load_entity(entity: Entity, obj: Any, where: str, refs: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Validate one object against ``entity`` and return its stored row (children not included)."""
    if not isinstance(obj, dict):
        raise _Bad(f"'{where.rstrip('.') or entity.table}' must be a JSON object (got {_show(obj)})")
    row: dict[str, Any] = {}
    name = ""
    try:
        for name, load, nullable, ref, absent in entity.loaders:
            if absent is not None and name not in obj:
                row[name] = absent()
                continue
            value = obj[name]
            if value is None:
                if not nullable:
                    raise _BadValue("must not be null")
                row[name] = None
                continue
            stored = row[name] = load(value)
            if ref is not None:
                refs.append((ref, stored, where + name))
    except KeyError:
        raise _Bad(f"field '{where}{name}' is missing") from None
    except _BadValue as bad:
        raise _Bad(f"field '{where}{name}' {bad}") from None
    if len(obj) > len(entity.fields) + len(entity.children):
        unknown = sorted(set(obj) - entity.keys)
        if unknown:
            raise _Bad(f"unknown field '{where}{clean_text(unknown[0])}'")
    check = _ROW_CHECKS.get(entity.table)
    if check is not None:
        check(row, where)
    return row


def _check_survey(row: dict[str, Any], where: str) -> None:
    """A score on one of the scales AgentDesk records (metrics.surveys), inside its scale."""
    scale = (row["scale_min"], row["scale_max"])
    allowed = SURVEY_SCALES[row["kind"]]
    if scale not in allowed:
        listed = " or ".join(f"{a}-{b}" for a, b in allowed)
        raise _Bad(
            f"fields '{where}scale_min' and '{where}scale_max' must give a {row['kind']} scale of "
            f"{listed} (got {scale[0]}-{scale[1]})"
        )
    if not scale[0] <= row["score"] <= scale[1]:
        raise _Bad(f"field '{where}score' must be from {scale[0]} to {scale[1]} (got {row['score']:g})")


def _check_policy(row: dict[str, Any], where: str) -> None:
    """The invariants of ``sla.policy.Policy``, so an imported policy is never dropped later."""
    for name in ("first_response_minutes", "next_response_minutes", "resolution_minutes"):
        value = row[name]
        if value is not None and not 1 <= value <= MAX_TARGET_MINUTES:
            raise _Bad(f"field '{where}{name}' must be from 1 to {MAX_TARGET_MINUTES} (got {value})")
    warning = row["warning_minutes"]
    if warning is not None and warning > MAX_TARGET_MINUTES:
        raise _Bad(f"field '{where}warning_minutes' must be at most {MAX_TARGET_MINUTES} (got {warning})")
    share = row["warning_share"]
    if share is not None and not 0 < share <= 1:
        raise _Bad(f"field '{where}warning_share' must be above 0 and at most 1 (got {share:g})")


_ROW_CHECKS: dict[str, Callable[[dict[str, Any], str], None]] = {
    "survey_response": _check_survey,
    "sla_policy": _check_policy,
}


def _load_list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(f"field '{name}' must be a list (got {_show(value)})")
    return value


def _same(row: dict[str, Any], column: str, expected: str, where: str, what: str) -> None:
    if row[column] != expected:
        raise _Bad(
            f"field '{where}{column}' is {_uuid_text(row[column]) if row[column] else 'null'}, "
            f"but {what} is {_uuid_text(expected)}"
        )


def _reject_constant(name: str) -> Any:
    raise _Bad(f"not valid JSON ({name} is not allowed)")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Bad(f"the number {_show(text)} is too large to store")
    return value


_decoder = json.JSONDecoder(parse_float=_finite_float, parse_constant=_reject_constant)


def _parse(raw: bytes, line: int) -> _Record | None:
    """Parse one line of the file; ``None`` for a blank line. Raises ``ImportFormatError``."""
    try:
        return _parse_line(raw, line)
    except _Bad as bad:
        raise ImportFormatError(line, clean_text(str(bad))) from None
    except RecursionError:
        raise ImportFormatError(line, "not valid JSON (nested too deeply)") from None


def _parse_line(raw: bytes, line: int) -> _Record | None:
    if len(raw) > MAX_LINE_BYTES:
        raise _Bad(f"the line is longer than {MAX_LINE_BYTES // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Bad(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the line); "
            "exchange files are UTF-8 text"
        ) from None
    if line == 1 and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None
    try:
        obj = _decoder.decode(text)
    except json.JSONDecodeError as exc:
        problem = exc.msg.removesuffix(" at").removesuffix(" starting").lower()
        raise _Bad(f"not valid JSON at column {exc.colno} ({problem})") from None
    except ValueError:  # Python's limit on the digits of a whole number
        raise _Bad("a whole number has too many digits to store") from None
    if not isinstance(obj, dict):
        raise _Bad("a line must be a JSON object")
    if obj.get("format") != FORMAT_NAME:
        raise _Bad(f"not an AgentDesk exchange line (field 'format' must be \"{FORMAT_NAME}\")")
    version = obj.get("version")
    if type(version) is not int:
        raise _Bad("field 'version' must be a whole number")
    if version > FORMAT_VERSION:
        raise _Bad(
            f"written by a newer AgentDesk (exchange format version {version}; "
            f"this version reads version {FORMAT_VERSION})"
        )
    if version < 1:
        raise _Bad(f"unknown exchange format version {version}")
    kind = obj.get("type")
    if kind not in LINE_TYPES:
        raise _Bad(f"field 'type' must be one of {', '.join(LINE_TYPES)} (got {_show(kind)})")

    refs: list[tuple[str, str, str]] = []
    if kind == "conversation":
        expected = {"format", "version", "type", "conversation", *CONVERSATION_PARTS}
    else:
        expected = {"format", "version", "type", kind}
    unknown = sorted(set(obj) - expected)
    if unknown:
        raise _Bad(f"unknown field '{unknown[0]}'")
    missing = sorted(expected - set(obj))
    if missing:
        raise _Bad(f"field '{missing[0]}' is missing")

    if kind != "conversation":
        entity = HEADER_TYPES.get(kind) or ENTITIES[kind]
        row = _load_entity(entity, obj[kind], f"{kind}.", refs)
        return _Record(line, kind, {entity.table: [row]}, [(entity.table, row["id"])], refs)
    return _parse_conversation(obj, line, refs)


def _parse_conversation(obj: dict[str, Any], line: int, refs: list[tuple[str, str, str]]) -> _Record:
    conv = _load_entity(CONVERSATION, obj["conversation"], "conversation.", refs)
    cid = conv["id"]
    if conv["merged_into_id"] == cid:
        raise _Bad("field 'conversation.merged_into_id' names the conversation itself")
    customer = _load_entity(CUSTOMER, obj["customer"], "customer.", refs)
    _same(conv, "customer_id", customer["id"], "conversation.", "'customer.id'")

    messages: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    for i, m in enumerate(_load_list(obj["messages"], "messages")):
        where = f"messages[{i}]."
        msg = _load_entity(MESSAGE, m, where, refs)
        _same(msg, "conversation_id", cid, where, "the line's conversation")
        if "attachments" not in m:
            raise _Bad(f"field '{where}attachments' is missing")
        for j, a in enumerate(_load_list(m["attachments"], where + "attachments")):
            awhere = f"{where}attachments[{j}]."
            att = _load_entity(ATTACHMENT, a, awhere, refs)
            _same(att, "message_id", msg["id"], awhere, "its message")
            attachments.append(att)
        messages.append(msg)

    events: list[dict[str, Any]] = []
    for i, e in enumerate(_load_list(obj["events"], "events")):
        where = f"events[{i}]."
        ev = _load_entity(CONVERSATION_EVENT, e, where, refs)
        _same(ev, "conversation_id", cid, where, "the line's conversation")
        events.append(ev)

    surveys: list[dict[str, Any]] = []
    for i, s in enumerate(_load_list(obj["survey_responses"], "survey_responses")):
        where = f"survey_responses[{i}]."
        sv = _load_entity(SURVEY_RESPONSE, s, where, refs)
        _same(sv, "conversation_id", cid, where, "the line's conversation")
        surveys.append(sv)

    # The line itself defines its conversation and customer; references to them need no lookup.
    own = {("conversation", cid), ("customer", customer["id"])}
    refs[:] = [r for r in refs if (r[0], r[1]) not in own]
    return _Record(
        line,
        "conversation",
        {
            "customer": [customer],
            "conversation": [conv],
            "message": messages,
            "attachment": attachments,
            "conversation_event": events,
            "survey_response": surveys,
        },
        [("conversation", cid), ("customer", customer["id"])],
        refs,
    )


# --------------------------------------------------------------------------------------------------
# Import: reading the file


def _open(source: Path) -> IO[bytes]:
    try:
        return source.open("rb")
    except FileNotFoundError:
        raise AgentDeskError(
            translatable("ExchangeErrors", "{source} does not exist."), source=source
        ) from None
    except IsADirectoryError:
        raise AgentDeskError(
            translatable("ExchangeErrors", "{source} is a folder, not an exchange file."), source=source
        ) from None
    except OSError as exc:
        raise AgentDeskError(
            translatable("ExchangeErrors", "Cannot read {source}: {value}."),
            source=source,
            value=exc.strerror or exc,
        ) from None


def _raw_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """Numbered raw lines without their line break; a line over the limit is not read whole."""
    number = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 2)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES + 1 and not raw.endswith(b"\n"):
            raise ImportFormatError(number, f"the line is longer than {MAX_LINE_BYTES // (1024 * 1024)} MB")
        if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ImportFormatError(1, "the file is UTF-16 text; exchange files are UTF-8")
        if raw.endswith(b"\n"):
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        yield number, raw


def _records(source: Path) -> Iterator[_Record]:
    with _open(source) as fh:
        try:
            for number, raw in _raw_lines(fh):
                record = _parse(raw, number)
                if record is not None:
                    yield record
        except OSError as exc:
            raise AgentDeskError(
                translatable("ExchangeErrors", "Cannot read {source}: {value}."),
                source=source,
                value=exc.strerror or exc,
            ) from None


# --------------------------------------------------------------------------------------------------
# Import: first pass (validation, no database access)


@dataclass
class _Plan:
    """What the first pass learnt: enough to check references and numbers without a second look."""

    records: int = 0
    spooled: int = 0
    headers: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    # references to rows the file does not define: kind -> id -> (line, field)
    outside: dict[str, dict[str, tuple[int, str]]] = field(default_factory=dict)
    max_number: int = 0


def _first_pass(source: Path, spool: IO[bytes]) -> _Plan:
    """Validate every line; keep the shared rows in memory and spool the others' rows.

    The spool holds the validated rows in ``marshal`` form, so the second pass writes exactly what
    was checked (even if the file changes meanwhile) without parsing and validating it again.
    """
    plan = _Plan()
    pending: list[tuple[str, str, int, str]] = []
    defined: dict[str, set[str]] = {t: set() for t in ENTITIES}
    for record in _records(source):
        plan.records += 1
        for table, id_ in record.defines:
            defined[table].add(id_)
        if record.type in HEADER_TYPES:
            plan.headers.append((record.line, record.type, record.rows[record.type][0]))
        else:
            if record.type == "conversation":
                number = record.rows["conversation"][0]["number"]
                if number is not None and number > plan.max_number:
                    plan.max_number = number
            blob = marshal.dumps(record.rows)
            spool.write(len(blob).to_bytes(8, "little"))
            spool.write(blob)
            plan.spooled += 1
        for kind, id_, name in record.refs:
            if id_ not in defined[kind]:
                pending.append((kind, id_, record.line, name))
    for kind, id_, line, name in pending:
        if id_ not in defined[kind]:
            plan.outside.setdefault(kind, {}).setdefault(id_, (line, name))
    return plan


def _spool_file(store: Store) -> IO[bytes]:
    """An anonymous temporary file beside the database: that disk has room for the data anyway,
    whereas the system temporary folder may be a small RAM disk."""
    try:
        return tempfile.TemporaryFile(dir=store.path.parent, prefix=".agentdesk-import-")
    except OSError:
        return tempfile.TemporaryFile(prefix="agentdesk-import-")


# --------------------------------------------------------------------------------------------------
# Import: second pass (writing, inside one transaction)


def _chunks(items: Sequence[Any], size: int = _SQL_IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _existing(conn: sqlite3.Connection, table: str, column: str, values: Iterable[Any]) -> set[Any]:
    """Which of ``values`` occur in ``table.column``."""
    found: set[Any] = set()
    unique = list(set(values))
    for part in _chunks(unique):
        marks = ",".join("?" * len(part))
        found.update(
            r[0] for r in conn.execute(f"SELECT {column} FROM {table} WHERE {column} IN ({marks})", part)
        )
    return found


class _Writer:
    """Writes validated records; every decision that depends on the database is taken here."""

    def __init__(self, conn: sqlite3.Connection, plan: _Plan, summary: ImportSummary) -> None:
        self.conn = conn
        self.plan = plan
        self.summary = summary
        self.remap: dict[str, str] = {}
        self.customers_seen: set[str] = set()
        self.numbers: dict[int, str] = {}
        self.next_number = 0
        self.inserts = {
            table: (
                f"INSERT INTO {table} ({', '.join(e.columns)}) VALUES ({', '.join('?' * len(e.columns))})",
                operator.itemgetter(*e.columns),
            )
            for table, e in ENTITIES.items()
        }
        self.ref_columns = {
            table: [f.name for f in e.fields if f.ref in UNIQUE_KEYS] for table, e in ENTITIES.items()
        }

    def check_outside_references(self) -> None:
        """References the file does not satisfy itself must point at rows of the database."""
        problems: list[tuple[int, str, str, str]] = []
        for kind, ids in self.plan.outside.items():
            present = _existing(self.conn, kind, "id", ids)
            for id_, (line, name) in ids.items():
                if id_ not in present:
                    problems.append((line, name, kind, id_))
        if problems:
            line, name, kind, id_ = min(problems)
            raise ImportFormatError(
                line,
                f"field '{name}' refers to {_plural(kind, 1)} {_uuid_text(id_)}, "
                "which is neither in this file nor in the database",
            )

    def write_headers(self) -> None:
        """Teams, calendars, SLA policies and agents, in dependency order, matched by unique name."""
        for kind in HEADER_TYPES:
            rows = [row for _line, k, row in self.plan.headers if k == kind]
            if not rows:
                continue
            counts = self.summary.count(kind)
            key = UNIQUE_KEYS[kind]
            present_ids = _existing(self.conn, kind, "id", (r["id"] for r in rows))
            by_key: dict[str, str] = {}
            for part in _chunks(list({r[key] for r in rows})):
                marks = ",".join("?" * len(part))
                for value, id_ in self.conn.execute(
                    f"SELECT {key}, id FROM {kind} WHERE {key} IN ({marks})", list(part)
                ):
                    by_key[value] = id_
            new: list[dict[str, Any]] = []
            done: set[str] = set()
            for row in rows:
                id_ = row["id"]
                if id_ in present_ids or id_ in done or id_ in self.remap:
                    counts.skipped += 1
                    continue
                other = by_key.get(row[key])
                if other is not None:
                    self.remap[id_] = other
                    counts.matched += 1
                    continue
                self._remap_row(kind, row)
                by_key[row[key]] = id_
                done.add(id_)
                new.append(row)
            self._insert(kind, new)

    def prepare_numbers(self) -> None:
        for number, id_ in self.conn.execute("SELECT number, id FROM conversation WHERE number IS NOT NULL"):
            self.numbers[number] = id_
        self.next_number = max(self.plan.max_number, max(self.numbers, default=0)) + 1

    def write(self, records: list[dict[str, list[dict[str, Any]]]]) -> None:
        """Write one batch of spooled records (table → rows each)."""
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in WRITE_ORDER}
        for record in records:
            for table, items in record.items():
                rows[table].extend(items)
        self._write_customers(rows["customer"])
        self._write_conversations(rows["conversation"])
        self._write_messages(rows["message"])
        for table in ("attachment", "conversation_event", "survey_response"):
            self._insert(table, self._new_rows(table, rows[table]))

    def _new_rows(self, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows whose id is neither in the database nor earlier in this batch; counts the rest."""
        if not rows:
            return []
        present = _existing(self.conn, table, "id", (r["id"] for r in rows))
        new = []
        seen: set[str] = set()
        for row in rows:
            id_ = row["id"]
            if id_ in present or id_ in seen:
                self.summary.count(table).skipped += 1
                continue
            seen.add(id_)
            if self.remap:
                self._remap_row(table, row)
            new.append(row)
        return new

    def _write_customers(self, rows: list[dict[str, Any]]) -> None:
        # Customers repeat on every line of theirs; only the first copy of each counts.
        fresh: list[dict[str, Any]] = []
        for row in rows:
            if row["id"] not in self.customers_seen:
                self.customers_seen.add(row["id"])
                fresh.append(row)
        self._insert("customer", self._new_rows("customer", fresh))

    def _write_conversations(self, rows: list[dict[str, Any]]) -> None:
        new = self._new_rows("conversation", rows)
        for row in new:
            number = row["number"]
            if number is None:
                continue
            if number in self.numbers:
                row["number"] = self.next_number
                self.summary.renumbered.append(
                    Renumbering(uuid.UUID(hex=row["id"]), number, self.next_number)
                )
                self.next_number += 1
            self.numbers[row["number"]] = row["id"]
        self._insert("conversation", new)

    def _write_messages(self, rows: list[dict[str, Any]]) -> None:
        new = self._new_rows("message", rows)
        wanted = [r["external_id"] for r in new if r["external_id"] is not None]
        if wanted:
            taken = _existing(self.conn, "message", "external_id", wanted)
            for row in new:
                ext = row["external_id"]
                if ext is None:
                    continue
                if ext in taken:
                    row["external_id"] = None
                    self.summary.cleared_external_ids += 1
                else:
                    taken.add(ext)
        self._insert("message", new)

    def _remap_row(self, table: str, row: dict[str, Any]) -> None:
        """Point references at the existing rows that imported teams, agents, … were matched to."""
        for column in self.ref_columns[table]:
            value = row[column]
            if value is not None and value in self.remap:
                row[column] = self.remap[value]
        if table == "conversation_event" and row["kind"] in ("assignment", "transfer"):
            data = json.loads(row["data"])
            changed = False
            for key in ("from", "to", "from_team", "to_team"):
                value = data.get(key)
                if isinstance(value, str) and _UUID_RE.fullmatch(value):
                    target = self.remap.get(_uuid_hex(value))
                    if target is not None:
                        data[key] = _uuid_text(target)
                        changed = True
            if changed:
                row["data"] = json.dumps(data)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        sql, getter = self.inserts[table]
        self.conn.executemany(sql, (getter(r) for r in rows))
        self.summary.count(table).inserted += len(rows)


def import_jsonl(store: Store, source: Path) -> ImportSummary:
    """Import an exchange file into ``store``; all of it or, on any problem, nothing.

    Raises ``ImportFormatError`` (with the line number) for a malformed line or a reference to a row
    that exists neither in the file nor in the database. Rows whose id is already present are kept
    as they are and counted as skipped; see docs/exchange-format.md for the other rules.
    """
    source = Path(source)
    summary = ImportSummary(path=source, tables={t: TableCounts() for t in ENTITIES})
    with _spool_file(store) as spool:
        plan = _first_pass(source, spool)
        summary.records = plan.records
        if plan.records == 0:
            return summary
        spool.seek(0)
        _write_all(store, plan, spool, summary)
    return summary


def _write_all(store: Store, plan: _Plan, spool: IO[bytes], summary: ImportSummary) -> None:
    """The second pass: one ``BEGIN IMMEDIATE`` transaction that commits everything or nothing."""
    conn: sqlite3.Connection | None = None
    try:
        conn = store.raw()
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Forward references (a merge into a conversation further down the file) are fine as
            # long as they hold when the transaction commits.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            # Index and search-index upkeep of a big import runs mostly in the page cache.
            conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
            writer = _Writer(conn, plan, summary)
            writer.check_outside_references()
            writer.write_headers()
            writer.prepare_numbers()
            batch: list[dict[str, list[dict[str, Any]]]] = []
            for _ in range(plan.spooled):
                size = int.from_bytes(spool.read(8), "little")
                batch.append(marshal.loads(spool.read(size)))
                if len(batch) >= IMPORT_BATCH:
                    writer.write(batch)
                    batch = []
            writer.write(batch)
            conn.execute("COMMIT")
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise
    except sqlite3.Error as exc:
        translated = translate_sqlite_error(exc, store.path)
        if translated is not None:
            raise translated from exc
        raise
    finally:
        if conn is not None:
            conn.close()


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_LINE_BYTES",
    "ExportSummary",
    "ImportSummary",
    "Renumbering",
    "TableCounts",
    "export_jsonl",
    "import_jsonl",
]
