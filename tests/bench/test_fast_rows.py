# SPDX-License-Identifier: GPL-3.0-or-later
"""The fast row builders of the inbox and search read paths make exactly what the plain
constructors make."""

from __future__ import annotations

import datetime as dt
import uuid

from agentdesk.inbox.search import SearchHit, _hit
from agentdesk.inbox.views import InboxRow, _inbox_row, uuid_from_hex

ID = uuid.UUID("019e6069-bae4-7cfa-9621-08c727b69046")
AGENT = uuid.UUID("0199fb7b-8400-7d8e-91b7-584a2265b206")


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def test_uuid_from_hex_is_the_uuid() -> None:
    made = uuid_from_hex(ID.hex)
    assert made == ID
    assert hash(made) == hash(ID)
    assert str(made) == str(ID)
    assert made.version == 7
    assert made.is_safe == ID.is_safe


def test_inbox_row_equals_the_plain_constructor() -> None:
    raw = (ID.hex, 808, "chat", "Subject", "Snippet", "Jonas Larsen", "open", "normal", 1, "Daniel Hughes",
           "unhappy", "2026-05-25 18:39:15.894937", "2026-05-25 18:39:22.084824", 10,
           "2026-05-26 06:02:00.000000", None, AGENT.hex)  # fmt: skip
    expected = InboxRow(
        ID, 808, "chat", "Subject", "Snippet", "Jonas Larsen", "open", "normal", 1, "Daniel Hughes",
        "unhappy",
        _utc("2026-05-25 18:39:15.894937"), _utc("2026-05-25 18:39:22.084824"), 10,
        _utc("2026-05-26 06:02:00"), None, assignee_id=AGENT,
    )  # fmt: skip
    row = _inbox_row(raw)
    assert row == expected
    assert hash(row) == hash(expected)
    assert row.last_activity_at.tzinfo is dt.UTC
    unassigned = _inbox_row((*raw[:9], None, None, None, raw[12], 1, None, None, None))
    assert unassigned.assignee_id is None and unassigned.waiting_since is None and unassigned.due_at is None
    assert unassigned.excerpt == "" and unassigned.matched == ""


def test_search_hit_equals_the_plain_constructor() -> None:
    raw = (
        ID.hex,
        12,
        "Subject",
        "Jonas Larsen",
        "open",
        "email",
        "2026-05-25 18:39:22.084824",
        "a \x02b\x03",
    )
    last = _utc("2026-05-25 18:39:22.084824")
    expected = SearchHit(ID, 12, "Subject", "Jonas Larsen", "open", "email", last, "message", "a \x02b\x03")
    assert _hit(raw, "message") == expected
    assert _hit((*raw[:7], None), "customer").excerpt == ""
