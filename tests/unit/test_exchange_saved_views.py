# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved views in the exchange format: export → import into an empty database → export gives the
same file and the same rows; a view line the desk could not list is refused in words."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import ImportFormatError
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.exchange.schema import FORMAT_NAME, FORMAT_VERSION
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.query_language import parse_fields
from agentdesk.inbox.saved_views import SavedViewService
from agentdesk.inbox.views import Sort
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Role


def rows(store: Store) -> list[tuple[object, ...]]:
    conn = store.raw()
    try:
        return list(conn.execute("SELECT * FROM saved_view ORDER BY id"))
    finally:
        conn.close()


@pytest.fixture
def views(store: Store, clock: FixedClock) -> dict[str, uuid.UUID]:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    lead = directory.create_agent(
        "Lena Lead", "lena@shop.example", role=Role.SUPERVISOR.value, team_id=billing
    )
    ole = directory.create_agent("Ole Nielsen", "ole@shop.example", team_id=billing)
    service = SavedViewService(store, clock)
    shared = service.create(
        lead,
        "Billing · unassigned, German",
        parse_fields(f"team:{billing.hex} assignee:none lang:de -tag:spam created>=2026-11-01").filters,
        shared=True,
        team_id=billing,
        sort=Sort.PRIORITY,
        columns=("priority", "customer"),
    )
    everyone = service.create(lead, "Breached", parse_fields("sla:breached").filters, shared=True)
    own = service.create(ole, "My pending", parse_fields("assignee:me status:pending").filters)
    gone = service.create(ole, "Old", parse_fields("tier:3").filters)
    service.delete(ole, gone)  # a tombstone travels too
    return {"shared": shared, "everyone": everyone, "own": own, "gone": gone}


def test_round_trip_is_identical(store: Store, views: dict[str, uuid.UUID], tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    summary = export_jsonl(store, first)
    assert summary.counts["saved_view"] == 4
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        imported = import_jsonl(fresh, first)
        assert imported.tables["saved_view"].inserted == 4
        second = tmp_path / "second.jsonl"
        export_jsonl(fresh, second)
        assert second.read_bytes() == first.read_bytes()
        assert rows(fresh) == rows(store)
        back = SavedViewService(fresh).view(views["shared"])
        assert back.sort == Sort.PRIORITY and back.columns == ("priority", "customer")
        assert len(back.filters.conditions) == 5
    finally:
        fresh.close()


def _line(view: Mapping[str, object]) -> str:
    return json.dumps(
        {"format": FORMAT_NAME, "version": FORMAT_VERSION, "type": "saved_view", "saved_view": view}
    )


def test_a_view_line_the_desk_could_not_list_is_refused(store: Store, tmp_path: Path) -> None:
    good = {
        "id": "0192f1d2-7c4e-7a10-8b3e-5f1a2b3c4d5e",
        "name": "Breached",
        "owner_agent_id": None,
        "team_id": None,
        "filters": '[{"field": "sla", "values": ["breached"]}]',
        "sort": "",
        "columns": ["status"],
        "position": 0,
        "rev": None,
        "updated_at": "2026-11-23T09:00:00.000000Z",
        "deleted_at": None,
    }
    path = tmp_path / "views.jsonl"
    path.write_text(_line(good) + "\n", encoding="utf-8")
    assert import_jsonl(store, path).tables["saved_view"].inserted == 1
    for bad, problem in (
        ({**good, "filters": '[{"field": "colour", "values": ["red"]}]'}, "list of conditions"),
        ({**good, "filters": '[{"field": "status", "values": ["opne"]}]'}, "list of conditions"),
        ({**good, "filters": "not json"}, "list of conditions"),
        ({**good, "columns": ["price"]}, "columns"),
        ({**good, "sort": "random"}, "sort"),
        ({**good, "team_id": str(uuid.uuid4())}, "team"),
    ):
        path.write_text(_line(bad) + "\n", encoding="utf-8")
        with pytest.raises(ImportFormatError, match=problem):
            import_jsonl(store, path)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    view=st.dictionaries(
        st.sampled_from(
            ["id", "name", "owner_agent_id", "team_id", "filters", "sort", "columns", "position", "rev",
             "updated_at", "deleted_at", "x"]
        ),
        st.one_of(
            st.none(),
            st.text(max_size=40),
            st.integers(),
            st.uuids().map(str),
            st.lists(st.sampled_from(["status", "tier", "price"]), max_size=3),
            st.sampled_from(['[{"field": "tier", "values": ["2"]}]', "[]", '[{"field": "tag"}]']),
        ),
        max_size=12,
    )
)  # fmt: skip
def test_any_view_line_is_imported_or_refused_in_words(
    store: Store, tmp_path: Path, view: dict[str, object]
) -> None:
    path = tmp_path / "any.jsonl"
    path.write_text(_line(view) + "\n", encoding="utf-8")
    try:
        import_jsonl(store, path)
    except ImportFormatError as exc:
        assert "\n" not in exc.message
