# SPDX-License-Identifier: GPL-3.0-or-later
"""The CSV import of 10,000 customers (Windows-1252, ``;``, as German and Danish spreadsheets
write), whole: reading, checking every cell, duplicates by email against the database, and the
all-or-nothing commit with each customer's history row.

Baseline: the same 10,000 rows decoded with ``csv`` and inserted by one plain ``sqlite3``
``executemany`` into a fresh database of the same schema, with no checks: what is left between
the two is what the import adds. DESIGN.md-style budget: under 10 s (issue 23).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import tempfile
import time
import uuid
from pathlib import Path

from agentdesk.clock import FixedClock
from agentdesk.customers import csv_import
from agentdesk.store.database import open_store
from bench.core import Budget, Figure, Stats

ROWS = 10_000
IMPORT_BUDGET = Budget("absolute", 10.0)
HEADER = "Name;E-Mail;Telefon;Firma;Sprache;Tarif;Notizen;VIP;Organisation\r\n"


def sample_file(rows: int = ROWS) -> bytes:
    lines = [HEADER]
    for i in range(rows):
        lines.append(
            f"Jürgen Müller-Øster {i};jm{i}@beispiel-{i % 300}.de;+49 30 {1_000_000 + i};"
            f'Bäckerei Groß {i % 300};Deutsch;premium;"Ruft nach 16 Uhr an; „bitte“ 5 €";'
            f"{'ja' if i % 10 == 0 else ''};Groß {i % 50}\r\n"
        )
    return "".join(lines).encode("cp1252")


def _import_once(data: bytes, folder: Path) -> float:
    store = open_store(folder / f"{uuid.uuid4().hex}.sqlite")
    try:
        start = time.perf_counter()
        plan = csv_import.plan_import(store, data, file_name="kunden.csv")
        csv_import.commit(store, plan, clock=FixedClock(dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)))
        return time.perf_counter() - start
    finally:
        store.close()


def _raw_once(data: bytes, folder: Path) -> float:
    path = folder / f"{uuid.uuid4().hex}.sqlite"
    open_store(path).close()  # the same schema, indexes and search triggers
    store = open_store(path)
    try:
        with contextlib.closing(store.raw()) as conn:
            start = time.perf_counter()
            reader = csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";")
            next(reader)
            now = "2026-11-23 09:00:00.000000"
            rows = [
                (uuid.uuid4().hex, r[0], r[1], "[]", r[2], r[3], "standard", "de", r[6], now, now)
                for r in reader
            ]
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO customer (id, name, email, other_emails, phone, company, plan, language, notes, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.execute("COMMIT")
            return time.perf_counter() - start
    finally:
        store.close()


def import_figure(repetitions: int, rows: int = ROWS) -> Figure:
    data = sample_file(rows)
    measured: list[float] = []
    baseline: list[float] = []
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-csv-") as tmp:
        folder = Path(tmp)
        for _ in range(repetitions):
            baseline.append(_raw_once(data, folder))
            measured.append(_import_once(data, folder))
    return Figure(
        name="customers.csv_import",
        title=f"CSV import of {rows:,} customers (Windows-1252, ';')",
        unit="s",
        measured=Stats.of(measured),
        baseline=Stats.of(baseline),
        baseline_name="csv.reader + one sqlite3 executemany, no checks",
        budget=IMPORT_BUDGET,
        note="plan (decode, map, check, duplicates by email) and commit (customers, history, organisations)",
    )
