# SPDX-License-Identifier: GPL-3.0-or-later
"""Merges, splits and links in the exchange format: export → import into an empty database →
export gives the same file, the rows come back as they were, and a merge can still be undone."""

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
from agentdesk.inbox.linking import LinkService, link_id
from agentdesk.inbox.merging import MergeService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.splitting import SplitService
from agentdesk.store.database import Store, open_store

TABLES = ("conversation", "message", "conversation_event", "conversation_link")


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    conn = store.raw()
    try:
        return {t: list(conn.execute(f"SELECT * FROM {t} ORDER BY id")) for t in TABLES}
    finally:
        conn.close()


@pytest.fixture
def workspace(store: Store, clock: FixedClock) -> dict[str, uuid.UUID]:
    inbox = InboxService(store, clock)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    anna = inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    a = inbox.create_conversation(jens, "email", "Payment failed", "Declined.").id
    clock.advance(minutes=1)
    b = inbox.create_conversation(anna, "email", "Zahlung", "Abgelehnt.").id
    clock.advance(minutes=1)
    c = inbox.create_conversation(jens, "chat", "Site down", "Nothing loads.").id
    clock.advance(minutes=1)
    later = inbox.add_inbound_message(c, "And the invoice is wrong.")
    d = inbox.create_conversation(anna, "email", "Login", "Cannot log in.").id
    clock.advance(minutes=1)
    MergeService(store, clock).merge_into(a, [b], across_customers=True)
    split = SplitService(store, clock).split(c, later, "Invoice")
    links = LinkService(store, clock)
    links.link(a, c)
    links.link(c, d)
    links.unlink(c, d)  # a tombstone travels too
    return {"a": a, "b": b, "c": c, "d": d, "split": split.id}


def test_round_trip_is_identical(
    store: Store, clock: FixedClock, workspace: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    first = tmp_path / "first.jsonl"
    summary = export_jsonl(store, first)
    assert summary.counts["conversation_link"] == 2
    lines = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert sum(1 for line in lines if line["type"] == "conversation_link") == 2
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        imported = import_jsonl(fresh, first)
        assert imported.tables["conversation_link"].inserted == 2
        second = tmp_path / "second.jsonl"
        export_jsonl(fresh, second)
        assert second.read_bytes() == first.read_bytes()
        assert dump(fresh) == dump(store)
        assert [x.id for x in LinkService(fresh, clock).links(workspace["c"])] == [workspace["a"]]
        MergeService(fresh, clock).unmerge(workspace["b"])  # the merge event kept what it moved
        with fresh.read() as session:
            from agentdesk.store.models import Conversation

            back = session.get(Conversation, workspace["b"])
            assert back is not None and back.merged_into_id is None and back.message_count == 1
    finally:
        fresh.close()


def _line(link: Mapping[str, object]) -> str:
    return json.dumps(
        {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "type": "conversation_link",
            "conversation_link": link,
        }
    )


def test_a_link_line_must_name_a_pair_by_its_id(
    store: Store, clock: FixedClock, workspace: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    low, high = sorted((workspace["a"], workspace["d"]))
    good = {
        "id": str(link_id(low, high)),
        "conversation_id": str(low),
        "other_id": str(high),
        "created_by": None,
        "created_at": "2026-11-23T09:00:00.000000Z",
        "rev": None,
        "updated_at": "2026-11-23T09:00:00.000000Z",
        "deleted_at": None,
    }
    path = tmp_path / "links.jsonl"
    path.write_text(_line(good) + "\n", encoding="utf-8")
    assert import_jsonl(store, path).tables["conversation_link"].inserted == 1
    for bad, problem in (
        ({**good, "conversation_id": str(high), "other_id": str(low)}, "smaller id"),
        ({**good, "id": str(uuid.uuid4())}, "link id"),
        ({**good, "other_id": str(low)}, "two conversations"),
        ({**good, "other_id": str(uuid.uuid4())}, "conversation"),
    ):
        path.write_text(_line(bad) + "\n", encoding="utf-8")
        with pytest.raises(ImportFormatError, match=problem):
            import_jsonl(store, path)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    link=st.dictionaries(
        st.sampled_from(
            [
                "id",
                "conversation_id",
                "other_id",
                "created_by",
                "created_at",
                "rev",
                "updated_at",
                "deleted_at",
                "x",
            ]
        ),
        st.one_of(st.none(), st.text(max_size=40), st.integers(), st.uuids().map(str)),
        max_size=9,
    )
)
def test_any_link_line_is_imported_or_refused_in_words(
    store: Store, tmp_path: Path, link: dict[str, object]
) -> None:
    path = tmp_path / "any.jsonl"
    path.write_text(_line(link) + "\n", encoding="utf-8")
    try:
        import_jsonl(store, path)
    except ImportFormatError as exc:
        assert "\n" not in exc.message
