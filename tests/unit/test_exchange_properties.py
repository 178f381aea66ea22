# SPDX-License-Identifier: GPL-3.0-or-later
"""The exchange import against generated files: any import is all-or-nothing, a refused file is
refused with a line number in one sentence, and whatever is imported exports and imports again to
the very same file. Values are drawn to hurt: lone surrogates, NUL, numbers beyond 64 bits or
beyond a float, floats where whole numbers belong, scores outside their scale, deep nesting."""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
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

T = "2026-11-23T09:00:00.000000Z"
TABLES = (
    "attachment", "message", "conversation_event", "survey_response", "conversation", "customer",
    "sla_policy", "agent", "business_calendar", "team",
)  # fmt: skip
RAW = "\x1bRAW\x1b"  # a string replaced by raw JSON text once the line is written

TRICKY = ["", " ", "\x00", "\ud800", "a\udfffb", "😀", '"', "\\", "Søren", "\u2028", "x" * 600, "\ufeff"]
TEXT = st.sampled_from(TRICKY) | st.text(max_size=10)
RAW_NUMBERS = ["1e400", "-1e400", "1" * 30, "-" + "9" * 25, "1.0", "-0", "0.5", "2.5e-400", "1" * 5000]
RAW_NUMBERS += ["NaN", "Infinity", "-Infinity", "1E+2", "9223372036854775808", "-9223372036854775809"]
NUMBERS = st.one_of(
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(RAW_NUMBERS).map(lambda n: raw(n)),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | NUMBERS | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=5,
)
DEEP = st.integers(10, 50_000).map(lambda n: raw("[" * n + "]" * n))


def raw(value: str) -> str:
    """A placeholder for raw JSON text (a number Python cannot write, deep nesting)."""
    return RAW + value + RAW


# Where a drawn value goes: (part, index or None, field) → what to draw.
TEXT_FIELDS = [
    ("conversation", None, "subject"), ("conversation", None, "snippet"), ("customer", None, "name"),
    ("customer", None, "notes"), ("customer", None, "company"), ("messages", 0, "body_text"),
    ("messages", 0, "body_html"), ("messages", 0, "author_name"), ("messages", 0, "external_id"),
    ("survey_responses", 0, "comment"), ("conversation", None, "language"),
]  # fmt: skip
NUMBER_FIELDS = [
    ("conversation", None, "number"), ("conversation", None, "tier"), ("conversation", None, "message_count"),
    ("conversation", None, "rev"), ("survey_responses", 0, "score"), ("survey_responses", 0, "scale_min"),
    ("survey_responses", 0, "scale_max"), ("survey_responses", 0, "scale_best"), ("messages", 0, "rev"),
]  # fmt: skip
OBJECT_FIELDS = [("messages", 0, "meta"), ("conversation", None, "tags"), ("customer", None, "other_emails")]
CHANGES = st.one_of(
    st.tuples(st.sampled_from(TEXT_FIELDS), TEXT),
    st.tuples(st.sampled_from(NUMBER_FIELDS), NUMBERS | st.integers(-3, 120)),
    st.tuples(st.sampled_from(OBJECT_FIELDS), st.dictionaries(TEXT, JSON_VALUES, max_size=3) | DEEP),
    st.tuples(st.sampled_from(OBJECT_FIELDS[1:]), st.lists(TEXT, max_size=3)),
)
SURVEYS = st.sampled_from(
    [None, ("csat", 1, 5, 4), ("csat", 0, 100, 73.5), ("nps", 0, 10, 10), ("ces", 1, 7, 1)]
)


@st.composite
def conversation_lines(draw: st.DrawFn, number: int) -> dict[str, Any]:
    line = _plain_line(number, survey=draw(SURVEYS))
    for (part, index, name), value in draw(st.lists(CHANGES, max_size=4)):
        target = line[part] if index is None else (line[part][index] if line[part] else None)
        if target is not None:
            target[name] = value
    return line


def dump(line: dict[str, Any]) -> bytes:
    """The line as the file holds it (``\\u`` escapes for what UTF-8 cannot carry), with every
    placeholder replaced by its raw JSON text."""
    marker = json.dumps(RAW)[1:-1]
    text = json.dumps(line, ensure_ascii=True, separators=(",", ":"))
    return text.replace('"' + marker, "").replace(marker + '"', "").encode("ascii")


FILES = st.integers(1, 3).flatmap(lambda n: st.tuples(*(conversation_lines(i + 1) for i in range(n))))


def _reset(store: Store) -> None:
    conn = store.raw()
    try:
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")
    finally:
        conn.close()


def _counts(store: Store) -> tuple[int, ...]:
    conn = store.raw()
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    finally:
        conn.close()


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    # Thousands of small imports: in memory-backed /tmp where there is one, the test's folder else.
    folder = Path(tempfile.mkdtemp(dir="/dev/shm")) if Path("/dev/shm").is_dir() else tmp_path
    first, second = open_store(folder / "one.sqlite"), open_store(folder / "two.sqlite")
    yield first, second
    first.close()
    second.close()
    shutil.rmtree(folder, ignore_errors=True)


_warmed: list[bool] = []


def timed_import(store: Store, path: Path) -> None:
    """Import ``path``; each call within a second of CPU time (a hang, not a busy shared machine).
    The first call of the run is not timed: it loads the modules an import needs (SLA presets,
    holiday calendars), which takes about a second once per process."""
    if not _warmed:
        _warmed.append(True)
        import_jsonl(store, path)
        return
    with within_cpu_seconds(1.0):
        import_jsonl(store, path)


@given(FILES)
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_import_is_all_or_nothing_and_its_export_round_trips(
    stores: tuple[Store, Store], tmp_path: Path, lines: tuple[dict[str, Any], ...]
) -> None:
    first, second = stores
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(dump(line) + b"\n" for line in lines))
    empty = (0,) * len(TABLES)  # both databases are emptied after each import that went in
    try:
        timed_import(first, source)
    except ImportFormatError as exc:
        event("refused")
        assert 1 <= exc.line <= len(lines)
        assert "\n" not in exc.message
        exc.message.encode("utf-8")  # printable
        assert _counts(first) == empty, "a refused file left rows behind"
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


@pytest.mark.parametrize(
    ("meta", "problem"),
    [
        ('{"x":1e400}', "too large"),
        ('{"x":' + "1" * 30 + "}", "64 bits"),
        ('{"x":' + "1" * 5000 + "}", "too many digits"),
        ('{"x":"\\ud800"}', "surrogate"),
        ('{"\\udfff":1}', "surrogate"),
        ('{"x":' + "[" * 100 + "]" * 100 + "}", "nested"),
        ('{"x":' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"x":NaN}', "NaN"),
    ],
)
def test_what_cannot_round_trip_is_refused_naming_the_line(
    stores: tuple[Store, Store], tmp_path: Path, meta: str, problem: str
) -> None:
    first, _ = stores
    line = _plain_line()
    text = json.dumps(line, separators=(",", ":")).replace('"meta":{}', f'"meta":{meta}')
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(_plain_line(2), separators=(",", ":")) + "\n" + text + "\n")
    with pytest.raises(ImportFormatError, match=problem) as caught:
        import_jsonl(first, source)
    assert caught.value.line == 2
    assert _counts(first) == (0,) * len(TABLES)


def _plain_line(number: int = 1, survey: tuple[str, int, int, float] | None = None) -> dict[str, Any]:
    """A valid conversation line; ids follow from ``number``, so lines of one file never clash."""
    cid, cu, mid, sid = (str(uuid.UUID(int=number * 16 + k)) for k in range(1, 5))
    surveys = []
    if survey is not None:
        kind, low, high, score = survey
        surveys.append(
            {
                "id": sid, "conversation_id": cid, "customer_id": cu, "kind": kind, "score": score,
                "scale_min": low, "scale_max": high, "comment": "", "created_at": T, "rev": None,
                "updated_at": T, "deleted_at": None,
            }
        )  # fmt: skip
    return {
        "format": "agentdesk-exchange", "version": 1, "type": "conversation",
        "conversation": {
            "id": cid, "number": number, "customer_id": cu, "channel": "email", "subject": "s",
            "status": "open", "priority": "normal", "tier": 1, "team_id": None, "assignee_id": None,
            "tags": [], "language": "en", "mood": None, "created_at": T, "first_response_at": None,
            "solved_at": None, "follow_up_at": None, "last_activity_at": T, "waiting_since": None,
            "snippet": "", "message_count": 1,
            "sla_policy_id": None, "first_response_due_at": None, "next_response_due_at": None,
            "resolution_due_at": None, "due_at": None, "merged_into_id": None, "rev": None,
            "updated_at": T, "deleted_at": None,
        },
        "customer": {
            "id": cu, "name": "n", "email": None, "other_emails": [], "phone": None, "company": None,
            "plan": "standard", "language": "en", "notes": "", "created_at": T, "rev": None, "updated_at": T,
            "deleted_at": None,
        },
        "messages": [
            {
                "id": mid, "conversation_id": cid, "direction": "inbound", "channel": "email",
                "author_agent_id": None, "author_customer_id": cu, "author_name": "n", "body_text": "b",
                "body_html": None, "meta": {}, "external_id": None, "delivery_state": "none", "created_at": T,
                "rev": None, "updated_at": T, "deleted_at": None, "attachments": [],
            }
        ],
        "events": [], "survey_responses": surveys,
    }  # fmt: skip


def test_a_survey_score_outside_its_scale_is_refused(stores: tuple[Store, Store], tmp_path: Path) -> None:
    line = _plain_line()
    cid, cu = line["conversation"]["id"], line["customer"]["id"]
    line["survey_responses"] = [
        {
            "id": str(uuid.uuid4()), "conversation_id": cid, "customer_id": cu, "kind": "nps", "score": 11,
            "scale_min": 0, "scale_max": 10, "comment": "", "created_at": T, "rev": None, "updated_at": T,
            "deleted_at": None,
        }
    ]  # fmt: skip
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(line) + "\n")
    with pytest.raises(ImportFormatError, match=r"survey_responses\[0\]\.score' must be from 0 to 10"):
        import_jsonl(stores[0], source)
