# SPDX-License-Identifier: GPL-3.0-or-later
"""Snooze in the exchange format: export → import → export is identical, the snoozed conversation
stays out of the working views on the imported copy, and a file without the snooze fields (written
before them) imports as not snoozed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from agentdesk.clock import FixedClock
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.snooze import SnoozeService
from agentdesk.inbox.views import View, ViewFilter, inbox_page
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Conversation

TABLES = ("conversation", "conversation_event")


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    conn = store.raw()
    try:
        return {t: list(conn.execute(f"SELECT * FROM {t} ORDER BY id")) for t in TABLES}
    finally:
        conn.close()


def test_a_snooze_round_trips_and_old_files_read_as_not_snoozed(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    anna = DirectoryService(store, clock).create_agent("Anna Berg", "anna@shop.test")
    inbox = InboxService(store, clock, anna, routing=False)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    kept = inbox.create_conversation(customer, "email", "Refund", "Please refund.").id
    woken = inbox.create_conversation(customer, "email", "Invoice", "Wrong VAT.").id
    for cid in (kept, woken):
        inbox.assign(cid, anna)
    snooze = SnoozeService(store, clock, anna)
    snooze.snooze(kept, clock.now() + dt.timedelta(days=2))
    snooze.snooze(woken, clock.now() + dt.timedelta(days=1))
    snooze.unsnooze(woken)
    first = tmp_path / "first.jsonl"
    export_jsonl(store, first)
    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        import_jsonl(fresh, first)
        second = tmp_path / "second.jsonl"
        export_jsonl(fresh, second)
        assert second.read_bytes() == first.read_bytes()
        assert dump(fresh) == dump(store)
        assert [r.id for r in inbox_page(fresh, ViewFilter(View.MY_OPEN, anna))] == [woken]
        assert [r.id for r in inbox_page(fresh, ViewFilter(View.SNOOZED, anna))] == [kept]
    finally:
        fresh.close()
    # the same file as written before the snooze fields: nothing is snoozed
    old = tmp_path / "old.jsonl"
    lines = []
    for text in first.read_text(encoding="utf-8").splitlines():
        line = json.loads(text)
        if line["type"] == "conversation":
            for field in ("snoozed_until", "snoozed_at", "snoozed_by"):
                del line["conversation"][field]
        lines.append(json.dumps(line))
    old.write_text("\n".join(lines) + "\n", encoding="utf-8")
    older = open_store(tmp_path / "older.sqlite")
    try:
        import_jsonl(older, old)
        with older.read() as session:
            conv = session.get(Conversation, kept)
            assert conv is not None and conv.snoozed_until is None and conv.snoozed_by is None
    finally:
        older.close()
