# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros and routing rules in the exchange format (an identical round trip, refusals in plain
words), and in the macros file of the macros dialog (all-or-nothing import, twice changes nothing)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.inbox.directory import DirectoryService
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroDraft, MacroService
from agentdesk.routing import exchange as macro_file
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.rules import Conditions
from agentdesk.store.database import Store, open_store
from tests.conftest import within_cpu_seconds


def fill(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1, 2], team_id=billing)
    macros = MacroService(store, clock, actor_id=lea)
    macros.create(
        MacroDraft(
            "Refund issued",
            Actions.from_json({"status": "pending", "add_tags": ["refund"], "follow_up_hours": 48}),
            "Tell them and wait.",
            "team",
            billing,
        )
    )
    macros.create(MacroDraft("Mine", Actions(priority="urgent", assignee="me"), scope="personal"))
    rules = RoutingService(store, clock)
    rules.create(
        RuleDraft(
            "Invoices to Billing",
            Conditions.from_json({"languages": ["de"], "words": ["rechnung*"]}),
            Actions.from_json({"team": str(billing), "assignee": "least_loaded"}),
            ("arrival", "customer_message"),
        )
    )
    off = rules.create(RuleDraft("Old rule", Conditions(), Actions(priority="low"), active=False))
    rules.delete(off.id)


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[list[Store]]:
    opened: list[Store] = []
    yield opened
    for s in opened:
        s.close()


def table_hash(store: Store) -> str:
    digest = hashlib.sha256()
    conn = store.raw()
    try:
        for table in ("macro", "routing_rule"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def test_exchange_round_trip_is_identical(
    store: Store, clock: FixedClock, tmp_path: Path, stores: list[Store]
) -> None:
    fill(store, clock)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    summary = export_jsonl(store, first)
    assert summary.counts["macro"] == 2 and summary.counts["routing_rule"] == 2  # the deleted one too
    target = open_store(tmp_path / "target.sqlite")
    stores.append(target)
    result = import_jsonl(target, first)
    assert result.tables["macro"].inserted == 2 and result.tables["routing_rule"].inserted == 2
    export_jsonl(target, second)
    assert first.read_bytes() == second.read_bytes()
    assert table_hash(target) == table_hash(store)
    again = import_jsonl(target, first)  # a second import skips what is there
    assert again.tables["macro"].skipped == 2 and table_hash(target) == table_hash(store)


def test_a_broken_macro_line_imports_nothing(
    store: Store, clock: FixedClock, tmp_path: Path, stores: list[Store]
) -> None:
    fill(store, clock)
    good = tmp_path / "good.jsonl"
    export_jsonl(store, good)
    lines = good.read_text(encoding="utf-8").splitlines()
    broken = []
    for line in lines:
        record = json.loads(line)
        if record.get("type") == "macro" and record["macro"]["name"] == "Mine":
            record["macro"]["actions"] = {"status": "exploded"}
        broken.append(json.dumps(record, ensure_ascii=False))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(broken) + "\n", encoding="utf-8")
    target = open_store(tmp_path / "target.sqlite")
    stores.append(target)
    with pytest.raises(AgentDeskError, match="actions"):
        import_jsonl(target, bad)
    assert table_hash(target) == table_hash(open_store(tmp_path / "empty.sqlite"))


def test_macros_file_round_trip_and_twice_changes_nothing(
    store: Store, clock: FixedClock, tmp_path: Path, stores: list[Store]
) -> None:
    fill(store, clock)
    path = tmp_path / "macros.json"
    assert macro_file.export_file(store, path) == 2  # the deleted rule and the personal macro stay out
    target = open_store(tmp_path / "target.sqlite")
    stores.append(target)
    # The ids inside the actions name the team: the file goes to a desk of the same team server.
    DirectoryService(target, clock)  # an empty workspace refuses the unknown team
    with pytest.raises(macro_file.MacroFileError, match="Macro 1"):
        macro_file.import_file(target, path, MacroService(target, clock))
    summary = macro_file.import_file(store, path, MacroService(store, clock))
    assert summary == macro_file.ImportSummary()  # everything is there already
    data = json.loads(path.read_text(encoding="utf-8"))
    data["macros"][0]["name"] = "Refund sent"
    path.write_text(json.dumps(data), encoding="utf-8")
    summary = macro_file.import_file(store, path, MacroService(store, clock))
    assert summary.macros_updated == 1 and summary.macros_added == 0


file_scalars = st.none() | st.booleans() | st.integers(-2, 3) | st.text(max_size=10)
file_entry = st.dictionaries(
    st.sampled_from(["id", "name", "actions", "scope", "team", "triggers", "conditions", "position", "x"]),
    file_scalars
    | st.sampled_from([str(uuid.UUID(int=5)), "team", ["arrival"]])
    | st.dictionaries(st.sampled_from(["status", "priority", "words", "x"]), file_scalars, max_size=2),
    max_size=5,
)
file_doc = st.fixed_dictionaries(
    {"format": st.sampled_from(["agentdesk-macros", "other"]), "version": st.sampled_from([1, 2])},
    optional={
        "macros": st.lists(file_entry, max_size=2) | file_scalars,
        "rules": st.lists(file_entry, max_size=2),
    },
)


@settings(max_examples=2000, deadline=None)
@given(raw=st.binary(max_size=100) | st.builds(lambda v: json.dumps(v).encode(), file_doc | file_scalars))
def test_any_macros_file_is_imported_or_refused_plainly(
    raw: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    store = _shared_store(tmp_path_factory)
    with within_cpu_seconds():
        try:
            macro_file.import_bytes(store, raw, MacroService(store, FixedClock(_T)))
        except ValidationError as exc:
            assert str(exc) and "\n" not in str(exc)


_T = __import__("datetime").datetime(2026, 11, 23, 9, tzinfo=__import__("datetime").UTC)
_STORE: dict[str, Store] = {}


def _shared_store(factory: pytest.TempPathFactory) -> Store:
    if "s" not in _STORE:
        _STORE["s"] = open_store(factory.mktemp("macrofile") / "s.sqlite")
    return _STORE["s"]
