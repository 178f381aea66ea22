# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSONL exchange format: ``agentdesk export`` and ``agentdesk import``.

The format is documented for people in ``docs/exchange-format.md``; this package is its only
implementation, and the entity declarations in ``entities.py`` (``TEAM``, ``CONVERSATION``, …) are
the single place that says which fields exist, what they hold and how they map to columns.

Its parts:

- ``kinds.py``: field kinds, how one value looks in the file and in the database (UUID, time,
  text, one-of, whole number, JSON, base64, …);
- ``schema.py``: the building blocks, ``Field``, ``Entity``, ``LineType``, ``sync_fields`` and the
  line envelope (format name, version, line size limit);
- ``entities.py``: the built-in entities and ``LINES``, the registry of line types;
- ``summary.py``: what an export wrote and an import did, in plain sentences;
- ``export.py``: ``export_jsonl``;
- ``parse.py``: one line checked and turned into rows;
- ``read.py``: the import's first pass over the file (no database access);
- ``write.py``: ``import_jsonl`` and its second pass, one transaction.

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

Adding an entity (a table with ``SyncColumns``) as a line type of its own, e.g. macros:

1. Declare it in a new module of this package, named for what it holds (``macros.py``)::

       MACRO = Entity(
           "macro",
           sync_fields(Field("name", Text(100)), Field("team_id", UUID, nullable=True, ref="team"), …),
           names=("macro", "macros"),
       )
       MACRO_LINE = LineType(MACRO, match_by="name")

   Fields are the table's columns, ``id`` first and the sync columns last (``sync_fields``); a
   field that references another entity names it in ``ref`` (import checks it against the file and
   the database, and points it at the existing row when a shared row was matched by name); a check
   across fields goes in ``Entity(check=…)`` and raises ``BadLine``. ``match_by`` makes the rows
   shared ones, matched by that unique column; leave it out for rows that are only skipped when
   their id exists. ``export_where``/``export_order`` choose and order the exported rows.
2. Register it: import the module in ``entities.py`` and add the line type to ``LINES`` (shared
   rows after ``AGENT``, others after the line types they refer to: export writes a row's
   dependencies first). Export, import, the summaries' counts and the list of line types in error
   messages follow from that one entry.
3. Document the line type and its fields in ``docs/exchange-format.md`` and extend the round-trip
   tests (tests/unit/test_exchange.py: the workspace fixture and ``content_hash``'s tables).

A new column of an existing entity is a ``Field`` with ``absent=…`` (files written before it lack
it). A new part of the conversation line (a list beside ``messages`` and ``events``) is not a line
type: it needs its place in ``parse.py`` (``_parse_conversation``), ``export.py``
(``_export_conversations``), ``CONVERSATION_PARTS``/``CONVERSATION_LINE_ENTITIES`` in
``entities.py``, and it must be optional on import, since older files do not have it.
"""

from __future__ import annotations

from agentdesk.exchange.export import export_jsonl
from agentdesk.exchange.schema import FORMAT_NAME, FORMAT_VERSION, MAX_LINE_BYTES
from agentdesk.exchange.summary import ExportSummary, ImportSummary, Renumbering, TableCounts
from agentdesk.exchange.write import import_jsonl

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
