# SPDX-License-Identifier: GPL-3.0-or-later
"""A page's rows built a column at a time (``views._inbox_rows``) equal the rows built one by
one with the plain constructor, for any mix of empty and filled columns."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.inbox.views import InboxRow, _inbox_row, _inbox_rows

_TIMES = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31), timezones=st.none()
)
_AGENTS = [uuid.UUID(int=n << 64 | 0x7000) for n in range(1, 4)]


def _stored(when: dt.datetime | None) -> str | None:
    return None if when is None else when.strftime("%Y-%m-%d %H:%M:%S.%f")


@st.composite
def raw_rows(draw: st.DrawFn) -> tuple[tuple[object, ...], ...]:
    count = draw(st.integers(0, 30))
    rows = []
    for _ in range(count):
        agent = draw(st.sampled_from([None, *_AGENTS]))
        rows.append(
            (
                uuid.UUID(int=draw(st.integers(0, 2**128 - 1))).hex,
                draw(st.none() | st.integers(1, 10**6)),
                draw(st.sampled_from(["email", "chat", "phone"])),
                draw(st.text(max_size=20)),
                draw(st.text(max_size=20)),
                draw(st.text(max_size=20)),
                draw(st.sampled_from(["new", "open", "solved"])),
                draw(st.sampled_from(["low", "normal", "urgent"])),
                draw(st.integers(1, 3)),
                None if agent is None else "Agent",
                draw(st.sampled_from([None, "happy", "angry"])),
                _stored(draw(st.none() | _TIMES)),
                _stored(draw(_TIMES)),
                draw(st.integers(0, 500)),
                _stored(draw(st.none() | _TIMES)),
                _stored(draw(st.none() | _TIMES)),
                None if agent is None else agent.hex,
                _stored(draw(st.none() | _TIMES)),
            )
        )
    return tuple(rows)


@settings(max_examples=100, deadline=None)
@given(raw_rows())
def test_column_rows_equal_the_rows_one_by_one(raw: tuple[tuple[object, ...], ...]) -> None:
    built = _inbox_rows(list(raw))
    one_by_one = [_inbox_row(r) for r in raw]
    assert built == one_by_one
    assert [hash(r) for r in built] == [hash(r) for r in one_by_one]
    for row in built:
        assert isinstance(row, InboxRow)
        assert row.last_activity_at.tzinfo is dt.UTC
        assert row.excerpt == "" and row.matched == ""
        assert row.id.is_safe == uuid.SafeUUID.unknown


def test_rows_without_the_snooze_column_are_awake() -> None:
    raw = (uuid.uuid4().hex, 1, "chat", "s", "t", "c", "open", "normal", 1, None, None, None,
           "2026-11-23 09:00:00.000000", 1, None, None, None)  # fmt: skip
    (row,) = _inbox_rows([raw])
    assert row.snoozed_until is None and row == _inbox_row(raw)
