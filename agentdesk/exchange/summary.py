# SPDX-License-Identifier: GPL-3.0-or-later
"""What an export wrote and what an import did, and how the command line says it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from agentdesk.exchange.entities import plural


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
        parts = ", ".join(f"{n:,} {plural(table, n)}" for table, n in self.counts.items() if n)
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
            out.append("Imported " + ", ".join(f"{n:,} {plural(t, n)}" for t, n in done) + ".")
        else:
            out.append("Nothing new to import.")
        skipped = [(t, c.skipped) for t, c in self.tables.items() if c.skipped]
        if skipped:
            listed = ", ".join(f"{n:,} {plural(t, n)}" for t, n in skipped)
            out.append(f"Skipped {listed} already in the database.")
        matched = [(t, c.matched) for t, c in self.tables.items() if c.matched]
        if matched:
            listed = ", ".join(f"{n:,} {plural(t, n)}" for t, n in matched)
            out.append(f"Used the existing {listed} of the same name instead of importing duplicates.")
        for r in self.renumbered:
            out.append(
                f"Conversation #{r.old_number} was imported as #{r.new_number} "
                f"because #{r.old_number} is already used."
            )
        if self.cleared_external_ids:
            out.append(
                f"{self.cleared_external_ids} imported {plural('message', self.cleared_external_ids)} "
                "had a channel message id that another message already has; it was dropped from them."
            )
        return out


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"
