# SPDX-License-Identifier: GPL-3.0-or-later
"""The organisation, customer history and erasure lines against generated files: a file is
imported whole or refused with a line number in one sentence leaving nothing behind, and whatever
is imported exports and imports again to the very same file."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from agentdesk.errors import AgentDeskError, ImportFormatError
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.store.database import Store, open_store

from ..conftest import within_cpu_seconds
from .test_exchange_customer_records import customer_line, erasure_line, event_line, organisation_line

TABLES = ("customer_erasure", "customer_event", "customer", "organisation")
TRICKY = [
    "",
    " ",
    "\x00",
    "\ud800",
    "😀",
    '"',
    "Søren",
    "x" * 260,
    "shop.example",
    "Shop.Example",
    "@a.example",
]
TEXT = st.sampled_from(TRICKY) | st.text(max_size=8)
VALUES = st.one_of(
    TEXT,
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.lists(TEXT, max_size=3),
    st.dictionaries(TEXT, st.none() | TEXT | st.integers(), max_size=3),
    st.sampled_from(["0190f000-0000-7000-8000-000000000001", "0190F000-0000-7000-8000-000000000002"]),
)
FIELDS = {
    "organisation": ("name", "domains", "plan", "notes", "created_at", "rev", "id"),
    "customer": ("name", "vip", "organisation_id", "other_emails", "plan", "email"),
    "customer_event": ("kind", "data", "actor_agent_id", "customer_id", "created_at"),
    "customer_erasure": ("reason", "erased_by", "erased_at", "customer_id"),
}
MAKERS = {
    "organisation": organisation_line,
    "customer": customer_line,
    "customer_event": event_line,
    "customer_erasure": erasure_line,
}


@st.composite
def files(draw: st.DrawFn) -> list[dict[str, Any]]:
    """An organisation and its customer, maybe the customer's history and erasure, a few fields
    changed to drawn values, in any order."""
    kinds = ["organisation", "customer"] + [
        k for k in ("customer_event", "customer_erasure") if draw(st.booleans())
    ]
    lines = [MAKERS[kind]() for kind in kinds]
    for _ in range(draw(st.integers(0, 2))):
        index = draw(st.integers(0, len(lines) - 1))
        kind = kinds[index]
        lines[index][kind][draw(st.sampled_from(FIELDS[kind]))] = draw(VALUES)
    if draw(st.booleans()):
        del lines[1]["customer"][draw(st.sampled_from(("vip", "organisation_id")))]  # an older file's line
    return draw(st.permutations(lines))


def _counts(store: Store) -> tuple[int, ...]:
    conn = store.raw()
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    finally:
        conn.close()


def _reset(store: Store) -> None:
    conn = store.raw()
    try:
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")
    finally:
        conn.close()


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    folder = Path(tempfile.mkdtemp(dir="/dev/shm")) if Path("/dev/shm").is_dir() else tmp_path
    first, second = open_store(folder / "one.sqlite"), open_store(folder / "two.sqlite")
    yield first, second
    first.close()
    second.close()
    shutil.rmtree(folder, ignore_errors=True)


_warmed: list[bool] = []


def timed_import(store: Store, path: Path) -> None:
    if not _warmed:  # the first import of the run loads modules
        _warmed.append(True)
        import_jsonl(store, path)
        return
    with within_cpu_seconds(1.0):
        import_jsonl(store, path)


@given(files())
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_customer_record_lines_import_whole_or_not_at_all_and_round_trip(
    stores: tuple[Store, Store], tmp_path: Path, lines: list[dict[str, Any]]
) -> None:
    first, second = stores
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    try:
        timed_import(first, source)
    except ImportFormatError as exc:
        event("refused")
        assert 1 <= exc.line <= len(lines)
        assert "\n" not in exc.message
        exc.message.encode("utf-8")
        assert _counts(first) == (0,) * len(TABLES), "a refused file left rows behind"
        return
    except AgentDeskError as exc:
        pytest.fail(f"refused without a line number: {exc.message}")
    event("imported")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    try:
        export_jsonl(first, one)
        timed_import(second, one)
        export_jsonl(second, two)
    finally:
        _reset(first)
        _reset(second)
    assert one.read_bytes() == two.read_bytes()
