# SPDX-License-Identifier: GPL-3.0-or-later
"""The building blocks of the format: a line's envelope, fields, entities and line types.

Declarations made of these live in ``entities.py`` (the built-in entities and the registry of line
types) or in a module of their own that ``entities.py`` registers; export, parsing and writing are
driven by them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agentdesk.exchange.kinds import INT64, TIME, UUID, Int, Kind

FORMAT_NAME = "agentdesk-exchange"
FORMAT_VERSION = 1

# A line is parsed in memory as a whole; the limit keeps a runaway file from exhausting memory while
# leaving room for conversations with large attachments (base64 grows them by a third). Read as
# ``schema.MAX_LINE_BYTES`` where it is used, so that a test can lower it in one place.
MAX_LINE_BYTES = 256 * 1024 * 1024


def envelope(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    """A whole line: the format's name and version, the line type and the type's objects."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "type": kind, **body}


@dataclass(frozen=True)
class Field:
    """One field of an entity: its name (also its column), kind, whether null is allowed, and for
    references the entity it points at (resolved against the file and the database)."""

    name: str
    kind: Kind
    nullable: bool = False
    ref: str | None = None
    # Fields added after version 1 of the format may be absent from older files; the value then
    # is ``absent()``. None: the field is required.
    absent: Callable[[], Any] | None = None


RowCheck = Callable[[dict[str, Any], str], None]
"""A check across the fields of one loaded row: ``check(row, where)`` raises ``BadLine`` naming the
fields as ``where + name``."""


@dataclass(frozen=True)
class Entity:
    """An entity as it appears in the file: a JSON object whose fields are ``fields`` plus, for some,
    nested lists of child entities (``children``: file key → entity).

    ``names`` (singular, plural) are the words the import and export summaries use; ``check`` is
    run on every loaded row after its fields have passed their kinds.
    """

    table: str
    fields: tuple[Field, ...]
    children: tuple[tuple[str, Entity], ...] = ()
    names: tuple[str, str] | None = None
    check: RowCheck | None = None

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

    def plural(self, n: int) -> str:
        one, many = self.names or (self.table, self.table + "s")
        return one if n == 1 else many


def sync_fields(*fields: Field) -> tuple[Field, ...]:
    """``id`` first, then the entity's own fields, then the sync columns (DESIGN.md §3)."""
    return (
        Field("id", UUID),
        *fields,
        Field("rev", Int(0, INT64[1]), nullable=True),
        Field("updated_at", TIME),
        Field("deleted_at", TIME, nullable=True),
    )


@dataclass(frozen=True)
class LineType:
    """A type of line that holds one row of ``entity``, under the key of its table name:
    ``{"format": …, "version": 1, "type": "team", "team": {…}}``.

    ``match_by`` makes the rows shared ones (teams, agents, …): the import keeps them in memory,
    writes them before all others, and uses an existing row with the same value in that unique
    column instead of inserting a duplicate (references to the imported row are pointed at it).
    Rows without it are spooled and written in batches, skipped when their id exists already.

    Export writes the rows of ``entity.table`` that match ``export_where`` (all when empty), in
    ``export_order``.
    """

    entity: Entity
    match_by: str | None = None
    export_where: str = ""
    export_order: str = "id"

    @property
    def name(self) -> str:
        return self.entity.table
