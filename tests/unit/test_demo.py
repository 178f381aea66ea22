# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace: reproducible, consistent with its own messages, searchable, crash-safe."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agentdesk.demo import DemoSummary, build_demo, default_anchor
from agentdesk.demo.build import uuid7_hex
from agentdesk.errors import ValidationError
from agentdesk.ids import uuid7
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import (
    Agent,
    Conversation,
    ConversationEvent,
    Customer,
    Message,
    SurveyResponse,
    sql_time,
)

ANCHOR = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
ANCHOR_TEXT = sql_time(ANCHOR)
DATA_TABLES = (
    "team",
    "agent",
    "customer",
    "conversation",
    "message",
    "conversation_event",
    "survey_response",
)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in DATA_TABLES
        }
    finally:
        conn.close()


def _ids(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}
    finally:
        conn.close()


def _build(path: Path, conversations: int, seed: int = 1, batch_size: int = 50) -> DemoSummary:
    store = open_store(path)
    try:
        return build_demo(store, conversations, seed, anchor=ANCHOR, batch_size=batch_size)
    finally:
        store.close()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    """One small workspace (300 conversations) shared by the read-only checks."""
    path = tmp_path_factory.mktemp("demo") / "workspace.sqlite"
    summary = _build(path, 300, seed=7)
    yield path, summary


def _dashed(hex32: str | None) -> str | None:
    return None if hex32 is None else str(uuid.UUID(hex32))


def _check_conversation_consistency(conn: sqlite3.Connection) -> int:
    """Assert every conversation's stored columns and history agree with its messages and events.

    The rules are the inbox service's: all messages (notes included) count; the snippet is the newest
    public message; a conversation waits from its oldest customer message after the last reply.
    Returns the number of conversations checked.
    """
    conversations = conn.execute("SELECT * FROM conversation ORDER BY number").fetchall()
    messages: dict[str, list[sqlite3.Row]] = {}
    for m in conn.execute("SELECT * FROM message ORDER BY created_at, id"):
        messages.setdefault(m["conversation_id"], []).append(m)
    events: dict[str, list[sqlite3.Row]] = {}
    for e in conn.execute("SELECT * FROM conversation_event ORDER BY created_at, id"):
        events.setdefault(e["conversation_id"], []).append(e)
    team_names = dict(conn.execute("SELECT id, name FROM team").fetchall())
    previous_created = ""
    for expected_number, c in enumerate(conversations, start=1):
        where = f"conversation #{c['number']}"
        assert c["number"] == expected_number, where
        assert c["created_at"] >= previous_created, f"{where}: numbers must follow creation order"
        previous_created = c["created_at"]
        thread = messages.get(c["id"], [])
        assert thread, f"{where} has no messages"
        times = [m["created_at"] for m in thread]
        assert times[0] == c["created_at"], f"{where}: the first message opens the conversation"
        assert len(set(times)) == len(times), f"{where}: two messages at the same moment"
        assert times[-1] <= ANCHOR_TEXT, f"{where}: message after the anchor"
        assert c["message_count"] == len(thread), where
        assert c["last_activity_at"] == times[-1], where
        public = [m for m in thread if m["direction"] != "note"]
        assert c["snippet"] == " ".join(public[-1]["body_text"].split())[:200], where
        outbound = [m["created_at"] for m in thread if m["direction"] == "outbound"]
        assert c["first_response_at"] == (outbound[0] if outbound else None), where
        waiting = None
        if c["status"] not in ("solved", "closed") and public[-1]["direction"] == "inbound":
            after = [m for m in public if not outbound or m["created_at"] > outbound[-1]]
            waiting = after[0]["created_at"]
        assert c["waiting_since"] == waiting, where
        assert (c["solved_at"] is not None) == (c["status"] in ("solved", "closed")), where
        for m in thread:
            if m["direction"] == "inbound":
                assert m["author_customer_id"] == c["customer_id"] and m["author_agent_id"] is None, where
            elif json.loads(m["meta"] or "{}").get("handoff", {}).get("automatic"):
                assert m["author_agent_id"] is None and m["direction"] == "note", where  # by the SLA rules
            else:
                assert m["author_agent_id"] is not None and m["author_customer_id"] is None, where
        for column in ("first_response_at", "solved_at", "updated_at", "waiting_since"):
            assert c[column] is None or c["created_at"] <= c[column] <= ANCHOR_TEXT, f"{where}: {column}"

        # The event history replays to the stored state.
        history = events[c["id"]]
        assert history[0]["kind"] == "created" and history[0]["created_at"] == c["created_at"], where
        assert Counter(e["kind"] for e in history)["created"] == 1, where
        status, assignee, tier, team = "new", None, 1, None
        tags: set[str] = set()
        transferred = False
        notes = {_dashed(m["id"]) for m in thread if m["direction"] == "note"}
        for e in history:
            assert c["created_at"] <= e["created_at"] <= ANCHOR_TEXT, f"{where}: event time"
            data = json.loads(e["data"])
            if e["kind"] == "status":
                assert data["from"] == status, f"{where}: status chain"
                status = data["to"]
            elif e["kind"] == "assignment":
                assert data["from"] == assignee, f"{where}: assignment chain"
                assignee = data["to"]
            elif e["kind"] == "escalation":
                assert data["from_tier"] == tier and data["to_tier"] != tier, f"{where}: tier chain"
                assert data["note_id"] in notes and data["reason"], f"{where}: hand-off note"
                tier = data["to_tier"]
            elif e["kind"] == "tag":
                tags = (tags | set(data["added"])) - set(data["removed"])
            elif e["kind"] == "transfer":
                if transferred:
                    assert data["from_team"] == team, f"{where}: transfer chain"
                transferred = True
                team = data["to_team"]
        assert status == c["status"], where
        assert assignee == _dashed(c["assignee_id"]), where
        assert tier == c["tier"], where
        assert tags == set(json.loads(c["tags"])), where
        if transferred:
            assert team == _dashed(c["team_id"]) and c["team_id"] in team_names, where
    return len(conversations)


# -- reproducibility -------------------------------------------------------------------------------


def test_same_seed_and_anchor_give_the_same_workspace_and_another_seed_does_not(tmp_path: Path) -> None:
    first = _build(tmp_path / "a.sqlite", 120, seed=5)
    _build(tmp_path / "b.sqlite", 120, seed=5, batch_size=7)  # batching must not change the content
    _build(tmp_path / "c.sqlite", 120, seed=6)
    a, b, c = (_dump(tmp_path / name) for name in ("a.sqlite", "b.sqlite", "c.sqlite"))
    assert a == b
    assert first.messages == len(a["message"]) > 120
    assert a["conversation"] != c["conversation"]
    assert a["message"] != c["message"]
    ids = [_ids(tmp_path / name, "conversation") for name in ("a.sqlite", "c.sqlite")]
    assert len(ids[0]) == 120 and not ids[0] & ids[1]


def test_default_anchor_is_a_fixed_hour_never_in_the_future() -> None:
    morning = dt.datetime(2026, 3, 10, 6, 30, tzinfo=dt.UTC)
    afternoon = dt.datetime(2026, 3, 10, 15, 45, 12, tzinfo=dt.UTC)
    assert default_anchor(morning) == dt.datetime(2026, 3, 9, 8, tzinfo=dt.UTC)
    assert default_anchor(afternoon) == dt.datetime(2026, 3, 10, 8, tzinfo=dt.UTC)
    assert default_anchor(afternoon) == default_anchor(afternoon.replace(hour=23))


def test_fast_uuid7_matches_the_reference() -> None:
    for unix_ms, rand in [(1_780_000_000_123, 0), (1_780_000_000_123, (1 << 74) - 1), (1, 123456789 << 40)]:
        assert uuid7_hex(unix_ms, rand) == uuid7(unix_ms, rand).hex


# -- what the workspace holds ------------------------------------------------------------------------


def test_denormalized_columns_and_history_agree_with_the_messages(
    workspace: tuple[Path, DemoSummary],
) -> None:
    path, summary = workspace
    conn = _connect(path)
    try:
        assert _check_conversation_consistency(conn) == summary.conversations == 300
    finally:
        conn.close()


def test_workspace_covers_channels_languages_states_and_people(workspace: tuple[Path, DemoSummary]) -> None:
    path, summary = workspace
    conn = _connect(path)
    try:

        def values(sql: str) -> set[object]:
            return {row[0] for row in conn.execute(sql)}

        assert values("SELECT channel FROM conversation") == {
            "email", "chat", "phone", "social", "web_form", "letter", "walk_in"
        }  # fmt: skip
        assert values("SELECT language FROM conversation") == {"en", "de", "da"}
        assert values("SELECT language FROM customer") == {"en", "de", "da"}
        assert values("SELECT direction FROM message") == {"inbound", "outbound", "note"}
        assert {"open", "pending", "solved", "closed"} <= values("SELECT status FROM conversation")
        assert values("SELECT tier FROM conversation") == {1, 2, 3}
        assert values("SELECT role FROM agent") == {"agent", "supervisor", "admin"}
        assert 8 <= summary.agents <= 15 and summary.teams >= 3
        assert 2 <= summary.conversations / summary.customers <= 4
        # a customer writes in their own language and existed before their first conversation
        assert not conn.execute(
            "SELECT 1 FROM conversation c JOIN customer u ON u.id = c.customer_id "
            "WHERE c.language != u.language OR u.created_at > c.created_at"
        ).fetchall()
        assert all("@" in str(e) and str(e).isascii() for e in values("SELECT email FROM customer"))
        assert summary.surveys > 0
        assert not conn.execute(
            "SELECT 1 FROM survey_response WHERE score < scale_min OR score > scale_max OR created_at > ?",
            (ANCHOR_TEXT,),
        ).fetchall()
        # recent work is still open, old work is done
        newest = conn.execute("SELECT status FROM conversation ORDER BY number DESC LIMIT 20").fetchall()
        oldest = conn.execute("SELECT status FROM conversation ORDER BY number LIMIT 100").fetchall()
        assert sum(s in ("solved", "closed") for (s,) in oldest) >= 85
        assert sum(s not in ("solved", "closed") for (s,) in newest) >= 5
        assert conn.execute("SELECT count(*) FROM conversation WHERE waiting_since IS NOT NULL").fetchone()[0]
        # replies that wait on the customer, and customers answering them: the SLA pauses in the history
        assert conn.execute(
            "SELECT count(*) FROM conversation_event WHERE kind = 'status' "
            "AND json_extract(data, '$.from') = 'pending' AND json_extract(data, '$.to') = 'open'"
        ).fetchone()[0]
        # calls, letters and walk-ins are logged by an agent
        by = dict(
            conn.execute(
                "SELECT c.channel, group_concat(DISTINCT json_extract(e.data, '$.by')) FROM conversation c "
                "JOIN conversation_event e ON e.conversation_id = c.id AND e.kind = 'created' "
                "WHERE c.channel IN ('phone', 'letter', 'walk_in', 'chat') GROUP BY c.channel"
            ).fetchall()
        )
        assert by == {"phone": "agent", "letter": "agent", "walk_in": "agent", "chat": "customer"}
        assert 8 <= summary.messages / summary.conversations <= 12
    finally:
        conn.close()


def test_rows_read_back_through_the_orm(workspace: tuple[Path, DemoSummary]) -> None:
    path, summary = workspace
    store = open_store(path)
    try:
        with store.read() as session:
            conv = session.scalars(select(Conversation).where(Conversation.number == 1)).one()
            assert isinstance(conv.id, uuid.UUID) and conv.id.version == 7
            assert conv.created_at.tzinfo is not None and conv.created_at <= ANCHOR
            assert session.get(Conversation, conv.id) is conv
            assert isinstance(conv.tags, list)
            thread = session.scalars(select(Message).where(Message.conversation_id == conv.id)).all()
            assert len(thread) == conv.message_count
            assert session.get(Customer, conv.customer_id) is not None
            assert all(isinstance(m.meta, dict) for m in thread)
            agents = session.scalars(select(Agent)).all()
            assert len(agents) == summary.agents
            assert all(isinstance(a.tiers, list) and a.tiers and a.active for a in agents)
            created = session.scalars(
                select(ConversationEvent).where(
                    ConversationEvent.conversation_id == conv.id, ConversationEvent.kind == "created"
                )
            ).one()
            assert created.data["channel"] == conv.channel
            assert session.scalar(select(func.count()).select_from(SurveyResponse)) == summary.surveys
    finally:
        store.close()


def test_database_is_sound_and_search_finds_subjects_and_bodies(workspace: tuple[Path, DemoSummary]) -> None:
    path, _ = workspace
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("conversation_fts", "message_fts", "customer_fts"):
            # rank 1: also compare the index with the indexed table, so a row the triggers missed fails
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        number, subject = conn.execute(
            "SELECT number, subject FROM conversation WHERE number = 42"
        ).fetchone()
        word = max(subject.replace("-", " ").split(), key=len)
        found = conn.execute(
            "SELECT c.number FROM conversation_fts f JOIN conversation c ON c.rowid = f.rowid "
            "WHERE conversation_fts MATCH ?",
            (f'"{word}"',),
        ).fetchall()
        assert (number,) in found
        rowid, body = conn.execute(
            "SELECT rowid, body_text FROM message ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
        word = max(body.replace("-", " ").split(), key=len).strip(".,!?:()'")
        hits = conn.execute(
            "SELECT rowid FROM message_fts WHERE message_fts MATCH ?", (f'"{word}"',)
        ).fetchall()
        assert (rowid,) in hits
    finally:
        conn.close()


# -- refusing and reporting ----------------------------------------------------------------------------


def test_refuses_a_database_that_already_has_conversations(store: Store, db_path: Path) -> None:
    build_demo(store, 5, anchor=ANCHOR)
    before = _dump(db_path)
    with pytest.raises(ValidationError, match="already holds conversations"):
        build_demo(store, 5, seed=2, anchor=ANCHOR)
    assert _dump(db_path) == before


@pytest.mark.parametrize("count", [0, -3])
def test_refuses_fewer_than_one_conversation(store: Store, count: int) -> None:
    with pytest.raises(ValidationError, match="at least one conversation"):
        build_demo(store, count, anchor=ANCHOR)


def test_refuses_a_naive_anchor(store: Store) -> None:
    with pytest.raises(ValidationError, match="time zone"):
        build_demo(store, 3, anchor=dt.datetime(2026, 1, 1))


def test_progress_reports_each_committed_batch(store: Store, db_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    committed: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        other = sqlite3.connect(db_path)  # another connection sees exactly what was committed
        committed.append(other.execute("SELECT count(*) FROM conversation").fetchone()[0])
        other.close()

    summary = build_demo(store, 25, anchor=ANCHOR, progress=progress, batch_size=10)
    assert seen == [(10, 25), (20, 25), (25, 25)]
    assert committed == [10, 20, 25]
    assert summary.conversations == 25 and summary.elapsed > 0


# -- crash safety --------------------------------------------------------------------------------------


def test_a_failure_mid_batch_rolls_back_that_whole_batch(store: Store, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    # a write that fails once the third batch is half written (after its conversations, during its messages)
    conn.execute(
        "CREATE TRIGGER fail_later AFTER INSERT ON message WHEN new.rowid > 250 "
        "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"
    )
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError, match="simulated write failure"):
        build_demo(store, 100, anchor=ANCHOR, batch_size=10)
    conn.execute("DROP TRIGGER fail_later")
    conn.commit()
    conn.row_factory = sqlite3.Row
    try:
        count = conn.execute("SELECT count(*) FROM conversation").fetchone()[0]
        assert count in (10, 20)
        assert _check_conversation_consistency(conn) == count
    finally:
        conn.close()


_KILLED_RUN = """
import datetime as dt, sys
from pathlib import Path
from agentdesk.demo import build_demo
from agentdesk.store.database import open_store

store = open_store(Path(sys.argv[1]))
build_demo(store, 200_000, seed=3, anchor=dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC),
           progress=lambda done, total: print(done, flush=True), batch_size=int(sys.argv[2]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_run_leaves_only_whole_batches(db_path: Path) -> None:
    batch = 40
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_RUN, str(db_path), str(batch)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip() == str(batch), proc.stderr.read() if proc.stderr else ""
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    store = open_store(db_path)  # opens as the app would, after the crash
    store.close()
    conn = _connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall()[0][0] == "ok"
        count = conn.execute("SELECT count(*) FROM conversation").fetchone()[0]
        assert count >= batch and count % batch == 0 and count < 200_000
        mismatched = conn.execute(
            "SELECT c.number FROM conversation c "
            "WHERE c.message_count != (SELECT count(*) FROM message m WHERE m.conversation_id = c.id)"
        ).fetchall()
        assert mismatched == []
        assert _check_conversation_consistency(conn) == count
        conn.execute("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()
