# SPDX-License-Identifier: GPL-3.0-or-later
"""Presence without a server: the messages, the board that judges expiry on its own clock, and the
files through which windows on one SQLite file hear each other."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.sync.presence import (
    LEFT,
    LOCAL,
    SERVER,
    VIEWING,
    WRITING,
    LocalPresence,
    Presence,
    PresenceBoard,
    PresenceError,
    decode,
    encode,
)

from ..conftest import within_cpu_seconds

ANNA, BEN = uuid.UUID(int=1), uuid.UUID(int=2)
X, Y = uuid.UUID(int=100), uuid.UUID(int=200)


def word(desk: str, agent: uuid.UUID, name: str, conv: uuid.UUID | None, state: str, beat: int) -> Presence:
    return Presence(desk, agent, name, conv, state, beat, 30.0)


def test_a_message_reads_back_as_it_was_said() -> None:
    said = word("a1", ANNA, "Anna Østergaard", X, WRITING, 7)
    assert decode(encode(said)) == said
    left = word("a1", ANNA, "Anna", None, LEFT, 8)
    assert decode(encode(left)) == left
    asking = Presence("a1", ANNA, "Anna", None, LEFT, 9, 30.0, ask=True)
    assert decode(encode(asking)) == asking
    assert '"ask"' not in encode(left)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "null",
        "[]",
        '{"v": 2}',
        '{"v":1,"desk":"a","agent":"x","name":"A","conv":null,"state":"viewing","beat":1,"ttl":30}',
        '{"v":1,"desk":"a","agent":"00000000-0000-0000-0000-000000000001","name":"A","conv":null,'
        '"state":"viewing","beat":1,"ttl":30}',  # viewing nothing
        '{"v":1,"desk":"a","agent":"00000000-0000-0000-0000-000000000001","name":"A",'
        '"conv":"00000000-0000-0000-0000-000000000064","state":"viewing","beat":true,"ttl":30}',
        '{"v":1,"desk":"a","agent":"00000000-0000-0000-0000-000000000001","name":"A",'
        '"conv":"00000000-0000-0000-0000-000000000064","state":"viewing","beat":1,"ttl":1e9}',
        "x" * 5000,
    ],
)
def test_what_is_not_a_presence_message_is_refused_in_a_sentence(text: str) -> None:
    with pytest.raises(PresenceError) as error:
        decode(text)
    assert error.value.message == "A presence message from the server could not be read."


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(max_size=300), st.builds(encode, st.builds(
    Presence,
    st.text(min_size=1, max_size=64),
    st.uuids(),
    st.text(max_size=200),
    st.uuids(),
    st.sampled_from([VIEWING, WRITING, LEFT]),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(min_value=0.001, max_value=600),
    st.booleans(),
))))  # fmt: skip
def test_any_payload_is_a_presence_or_a_plain_refusal(text: str) -> None:
    with within_cpu_seconds(0.5):
        try:
            presence = decode(text)
        except PresenceError as exc:
            assert exc.message
            return
    assert presence.state in (VIEWING, WRITING, LEFT)
    assert len(presence.name) <= 120
    assert decode(encode(presence)) == presence


def test_the_board_forgets_a_desk_that_falls_silent_on_its_own_clock(clock: FixedClock) -> None:
    board = PresenceBoard("mine")
    assert board.apply(word("a1", ANNA, "Anna", X, VIEWING, 1), clock.now())
    assert [p.name for p in board.on(X, clock.now())] == ["Anna"]
    assert board.marks(clock.now()) == {X: VIEWING}
    clock.advance(seconds=29)
    assert not board.apply(word("a1", ANNA, "Anna", X, VIEWING, 2), clock.now())  # a heartbeat
    clock.advance(seconds=29)  # 58 s after the first word, 29 after the heartbeat: still there
    assert board.expire(clock.now()) == []
    assert board.on(X, clock.now())
    clock.advance(seconds=1)
    assert board.on(X, clock.now()) == []  # not shown once expired, even before ``expire``
    assert board.expire(clock.now()) == ["a1"]
    assert board.marks(clock.now()) == {}


def test_the_board_orders_writers_first_and_ignores_itself_and_late_words(clock: FixedClock) -> None:
    board = PresenceBoard("mine")
    now = clock.now()
    assert not board.apply(word("mine", ANNA, "Me", X, WRITING, 1), now)
    board.apply(word("b1", BEN, "Ben", X, VIEWING, 1), now)
    board.apply(word("a1", ANNA, "anna", X, VIEWING, 1), now)
    assert [p.name for p in board.on(X, now)] == ["anna", "Ben"]
    assert board.apply(word("b1", BEN, "Ben", X, WRITING, 2), now)
    assert [(p.name, p.state) for p in board.on(X, now)] == [("Ben", WRITING), ("anna", VIEWING)]
    assert not board.apply(word("b1", BEN, "Ben", X, VIEWING, 1), now)  # older than what it said
    assert board.marks(now) == {X: WRITING}
    # Two windows of one agent count once, as the stronger of the two.
    board.apply(word("b2", BEN, "Ben", X, VIEWING, 1), now)
    assert [(p.name, p.state) for p in board.on(X, now)] == [("Ben", WRITING), ("anna", VIEWING)]
    assert board.apply(word("b1", BEN, "Ben", None, LEFT, 3), now)
    assert [(p.name, p.state) for p in board.on(X, now)] == [("anna", VIEWING), ("Ben", VIEWING)]
    board.apply(word("a1", ANNA, "anna", Y, VIEWING, 2), now)  # Anna moved on
    assert board.marks(now) == {X: VIEWING, Y: VIEWING}


def test_a_lost_route_claims_nothing_of_what_came_by_it(clock: FixedClock) -> None:
    board = PresenceBoard("mine")
    board.apply(word("a1", ANNA, "Anna", X, VIEWING, 1), clock.now(), SERVER)
    board.apply(word("b1", BEN, "Ben", X, VIEWING, 1), clock.now(), LOCAL)
    assert board.forget_route(SERVER)
    assert [p.name for p in board.on(X, clock.now())] == ["Ben"]
    assert not board.forget_route(SERVER)


def test_windows_on_one_file_hear_each_other_through_files(tmp_path: Path, clock: FixedClock) -> None:
    database = tmp_path / "shop.sqlite"
    a, b = LocalPresence(database, "deska"), LocalPresence(database, "deskb")
    board = PresenceBoard("deskb")
    a.say(word("deska", ANNA, "Anna", X, VIEWING, 1))
    assert b.read() == [word("deska", ANNA, "Anna", X, VIEWING, 1)]
    assert b.read() == []  # nothing new: the same beat is not taken in twice
    a.say(word("deska", ANNA, "Anna", X, WRITING, 2))
    for heard in b.read():
        board.apply(heard, clock.now(), LOCAL)
    assert board.marks(clock.now()) == {X: WRITING}
    a.say(word("deska", ANNA, "Anna", None, LEFT, 3))  # the window closed: its file is gone
    assert not (database.parent / "shop.sqlite.presence" / "deska.json").exists()
    for heard in b.read():
        board.apply(heard, clock.now(), LOCAL)
    assert board.marks(clock.now()) == {}


def test_the_file_of_a_killed_window_expires_and_is_removed(tmp_path: Path, clock: FixedClock) -> None:
    database = tmp_path / "shop.sqlite"
    a, b = LocalPresence(database, "deska"), LocalPresence(database, "deskb")
    board = PresenceBoard("deskb")
    a.say(word("deska", ANNA, "Anna", X, VIEWING, 1))  # and then nothing: the process was killed
    for heard in b.read():
        board.apply(heard, clock.now(), LOCAL)
    clock.advance(seconds=29)
    assert b.read() == [] and board.expire(clock.now()) == []
    clock.advance(seconds=1)
    for desk in board.expire(clock.now()):
        b.forget(desk)
    assert board.marks(clock.now()) == {}
    assert list((tmp_path / "shop.sqlite.presence").glob("*.json")) == []


def test_an_unwritable_folder_only_keeps_other_windows_from_hearing(tmp_path: Path) -> None:
    blocker = tmp_path / "shop.sqlite.presence"
    blocker.write_text("a file where the folder would be")
    local = LocalPresence(tmp_path / "shop.sqlite", "deska")
    local.say(word("deska", ANNA, "Anna", X, VIEWING, 1))  # no error
    assert local.read() == []
