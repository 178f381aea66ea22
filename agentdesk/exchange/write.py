# SPDX-License-Identifier: GPL-3.0-or-later
"""Import: ``import_jsonl`` and its second pass, which writes the validated rows inside one
``BEGIN IMMEDIATE`` transaction; every decision that depends on the database is taken here."""

from __future__ import annotations

import json
import marshal
import operator
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from agentdesk.errors import ImportFormatError
from agentdesk.exchange.attachments import chunk_imported
from agentdesk.exchange.entities import ENTITIES, SHARED, UNIQUE_KEYS, WRITE_ORDER, plural
from agentdesk.exchange.kinds import UUID_RE, uuid_hex, uuid_text
from agentdesk.exchange.read import Plan, first_pass, spool_file
from agentdesk.exchange.summary import ImportSummary, Renumbering, TableCounts
from agentdesk.store.database import Store, translate_sqlite_error

# Lines written per import batch: large enough that per-query overhead vanishes, small enough that
# memory stays flat.
IMPORT_BATCH = 1000
_SQL_IN_CHUNK = 500
IMPORT_CACHE_KIB = 256 * 1024


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


class Writer:
    """Writes validated records; every decision that depends on the database is taken here."""

    def __init__(self, conn: sqlite3.Connection, plan: Plan, summary: ImportSummary) -> None:
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
        # Tables with rules beyond "insert the rows whose id is new".
        self.special: dict[str, Callable[[list[dict[str, Any]]], None]] = {
            "customer": self._write_customers,
            "conversation": self._write_conversations,
            "message": self._write_messages,
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
                f"field '{name}' refers to {plural(kind, 1)} {uuid_text(id_)}, "
                "which is neither in this file nor in the database",
            )

    def write_headers(self) -> None:
        """Teams, calendars, SLA policies and agents, in dependency order, matched by unique name."""
        for kind in SHARED:
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
        for table in WRITE_ORDER:
            special = self.special.get(table)
            if special is not None:
                special(rows[table])
            else:
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
                if isinstance(value, str) and UUID_RE.fullmatch(value):
                    target = self.remap.get(uuid_hex(value))
                    if target is not None:
                        data[key] = uuid_text(target)
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
    with spool_file(store) as spool:
        plan = first_pass(source, spool)
        summary.records = plan.records
        if plan.records == 0:
            return summary
        spool.seek(0)
        _write_all(store, plan, spool, summary)
    from agentdesk.privacy.erase import reapply_erasures

    reapply_erasures(store)  # an older file must not bring back a customer erased since (GDPR)
    return summary


def _write_all(store: Store, plan: Plan, spool: IO[bytes], summary: ImportSummary) -> None:
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
            writer = Writer(conn, plan, summary)
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
            chunk_imported(conn)  # attachment content into pieces, in this transaction
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
