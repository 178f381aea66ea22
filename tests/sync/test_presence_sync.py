# SPDX-License-Identifier: GPL-3.0-or-later
"""Presence between two desktops through a throwaway server: desk A is a process of its own
(``presence_desk.py``), desk B listens here and judges expiry on the test's clock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.gui import presence_view
from agentdesk.gui.presence_view import PresenceDesk
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.presence import CHANNEL, EXPIRY_S, VIEWING, WRITING, PresenceBoard, PresenceLink
from agentdesk.sync.server import add_agent
from agentdesk.sync.tables import table

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
DESK = Path(__file__).with_name("presence_desk.py")
X = uuid.UUID("0190f3a0-0000-7000-8000-000000000042")
WITHIN_S = 1.0  # B sees what A said within this much time


class DeskA:
    def __init__(self, url: str, login: str, agent: uuid.UUID) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(DESK), url, login, "pw", str(agent), "Anna"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.readline() == "ready"

    def readline(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def say(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        assert self.readline() == "ok"

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)


@pytest.fixture
def logins(server_url: str) -> tuple[uuid.UUID, Credentials]:
    anna = add_agent(server_url, "pres_anna", "pw", name="Anna", email="anna@shop.test")
    add_agent(server_url, "pres_ben", "pw", name="Ben", email="ben@shop.test")
    return anna, Credentials("pres_ben", "pw")


@pytest.fixture
def desk_a(server_url: str, logins: tuple[uuid.UUID, Credentials]) -> Iterator[Callable[[], DeskA]]:
    started: list[DeskA] = []

    def start() -> DeskA:
        desk = DeskA(server_url, "pres_anna", logins[0])
        started.append(desk)
        return desk

    yield start
    for desk in started:
        if desk.process.poll() is None:
            desk.process.kill()
            desk.process.wait(timeout=10)


def listen_until(
    link: PresenceLink, board: PresenceBoard, clock: FixedClock, wanted: Callable[[], bool]
) -> float:
    """Take in what arrives until ``wanted``; returns the seconds it took (fails after 10 s)."""
    start = time.monotonic()
    while not wanted():
        assert time.monotonic() - start < 10, "nothing arrived"
        for word in link.exchange([], 0.05):
            board.apply(word, clock.now())
    return time.monotonic() - start


def states(board: PresenceBoard, clock: FixedClock) -> list[tuple[str, str]]:
    return [(p.name, p.state) for p in board.on(X, clock.now())]


def test_b_sees_a_view_write_and_close_and_forgets_a_killed_desk_within_the_expiry(
    server_url: str,
    logins: tuple[uuid.UUID, Credentials],
    desk_a: Callable[[], DeskA],
    desktop: Callable[[str], Store],
    clock: FixedClock,
) -> None:
    b_store = desktop("b")
    link = PresenceLink(server_url, logins[1])
    board = PresenceBoard("desk-b")
    try:
        link.exchange([], 0)  # B is listening
        a = desk_a()
        a.say(f"view {X}")
        took = listen_until(link, board, clock, lambda: states(board, clock) == [("Anna", VIEWING)])
        assert took < WITHIN_S
        assert board.marks(clock.now()) == {X: VIEWING}

        a.say(f"write {X}")
        took = listen_until(link, board, clock, lambda: states(board, clock) == [("Anna", WRITING)])
        assert took < WITHIN_S

        a.say("close")
        took = listen_until(link, board, clock, lambda: states(board, clock) == [])
        assert took < WITHIN_S  # a desk that closes says so: gone at once, not after the expiry

        a.say(f"view {X}")
        listen_until(link, board, clock, lambda: states(board, clock) == [("Anna", VIEWING)])
        a.kill()
        # Killed, A says nothing more: still shown until the expiry on B's clock, then gone.
        clock.advance(seconds=EXPIRY_S - 1)
        deadline = time.monotonic() + 1.0  # the heartbeats A sent before it died have arrived
        while time.monotonic() < deadline:
            for word in link.exchange([], 0.05):
                board.apply(word, clock.now())
        assert board.expire(clock.now()) == []
        clock.advance(seconds=1)
        assert states(board, clock) == []
        assert len(board.expire(clock.now())) == 1
        assert board.marks(clock.now()) == {}

        # Presence never became a row: nothing in B's outbox, nothing stored on the server.
        with b_store.read() as session:
            assert session.scalar(select(func.count()).select_from(table("sync_outbox"))) == 0
    finally:
        link.close()


def test_a_lost_connection_raises_once_and_the_next_exchange_listens_again(
    server_url: str, logins: tuple[uuid.UUID, Credentials], desk_a: Callable[[], DeskA], clock: FixedClock
) -> None:
    link = PresenceLink(server_url, logins[1])
    board = PresenceBoard("desk-b")
    try:
        link.exchange([], 0)
        with connect(server_url, Credentials("postgres", "")) as admin:  # the server drops B
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'pres_ben'")
        with pytest.raises(Exception):  # noqa: B017 (psycopg's OperationalError)
            for _ in range(20):
                link.exchange([], 0.05)
        assert not link.connected
        link.exchange([], 0)  # connected again, and listening
        a = desk_a()
        a.say(f"write {X}")
        listen_until(link, board, clock, lambda: states(board, clock) == [("Anna", WRITING)])
    finally:
        link.close()


def test_what_others_put_on_the_channel_is_ignored(
    server_url: str, logins: tuple[uuid.UUID, Credentials], desk_a: Callable[[], DeskA], clock: FixedClock
) -> None:
    link = PresenceLink(server_url, logins[1])
    board = PresenceBoard("desk-b")
    try:
        link.exchange([], 0)
        with connect(server_url, Credentials("postgres", "")) as admin:
            admin.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "not a presence"))
        a = desk_a()
        a.say(f"view {X}")
        listen_until(link, board, clock, lambda: states(board, clock) == [("Anna", VIEWING)])
    finally:
        link.close()


# -- the window's side: PresenceDesk on its worker thread -------------------------------------------


def presence_desk(qtbot: QtBot, store: Store, clock: FixedClock, agent: uuid.UUID, name: str) -> PresenceDesk:
    with store.write() as session:
        session.add(Agent(id=agent, name=name, email=f"{name.lower()}@shop.test"))
    desk = PresenceDesk(build_services(store, clock, agent))
    return desk


def names(desk: PresenceDesk) -> list[tuple[str, str]]:
    return [(p.name, p.state) for p in desk.others(X)]


def test_window_desks_find_each_other_late_joiners_and_after_a_lost_connection(
    qtbot: QtBot,
    server_url: str,
    logins: tuple[uuid.UUID, Credentials],
    desktop: Callable[[str], Store],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(presence_view, "RECONNECT_S", 0.2)
    ben_id = add_agent(server_url, "pres_ben", "pw", name="Ben", email="ben@shop.test")
    anna = presence_desk(qtbot, desktop("a"), clock, logins[0], "Anna")
    ben = presence_desk(qtbot, desktop("b"), clock, ben_id, "Ben")
    try:
        anna.start(server_url, Credentials("pres_anna", "pw"))
        anna.viewing(X)  # before Ben is there
        qtbot.waitUntil(lambda: anna._worker is not None and anna._worker.link.connected)
        ben.start(server_url, logins[1])
        qtbot.waitUntil(lambda: names(ben) == [("Anna", VIEWING)], timeout=int(WITHIN_S * 1000) + 2000)
        start = time.monotonic()
        anna.typing(X)
        qtbot.waitUntil(lambda: names(ben) == [("Anna", WRITING)], timeout=5000)
        assert time.monotonic() - start < WITHIN_S
        assert ben.marks() == {X: (WRITING, "Anna is writing a reply")}

        # The server drops Ben's presence connection: nothing is claimed until it is back, and
        # then Anna answers his question at once (not at her next heartbeat).
        with connect(server_url, Credentials("postgres", "")) as admin:
            ended = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) AS n"
                " FROM pg_stat_activity WHERE usename = 'pres_ben'"
            ).fetchone()
            assert ended is not None and ended["n"] == 1  # (Ben's only connection: no sync here)
        qtbot.waitUntil(lambda: names(ben) == [], timeout=5000)
        qtbot.waitUntil(lambda: names(ben) == [("Anna", WRITING)], timeout=5000)

        anna.viewing(None)  # she closed it
        qtbot.waitUntil(lambda: names(ben) == [], timeout=int(WITHIN_S * 1000))
        anna.viewing(X)
        qtbot.waitUntil(lambda: names(ben) == [("Anna", VIEWING)], timeout=5000)
        ben.stop()  # working offline: nothing from the server is claimed
        assert names(ben) == [] and ben.marks() == {}
    finally:
        anna.close()
        ben.close()
