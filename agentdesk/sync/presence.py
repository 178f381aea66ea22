# SPDX-License-Identifier: GPL-3.0-or-later
"""Who is on a conversation: short-lived presence through the team server and between windows.

A desk (one window) says which conversation it has open and whether its agent is writing there:
``Presence(desk, agent, name, conversation, state, beat, ttl)``. It says so again every
``HEARTBEAT_S`` (the "beat" counts up) and ``LEFT`` when it closes the conversation or the window.

Presence is never a synced row and never enters the outbox: it travels as the payload of
``NOTIFY agentdesk_presence`` on the team server (nothing is stored there; whoever is not listening
at that moment simply missed a heartbeat and catches the next one), and between windows on one
machine as one small file per window beside the SQLite file (``LocalPresence``).

Whoever receives it judges the expiry on their own clock, from when each new beat arrived: a desk
whose process was killed stops beating and is forgotten ``ttl`` seconds after its last beat, and
clocks that disagree between computers do not matter. Nothing here touches Qt; ``PresenceLink``
blocks and runs on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable

if TYPE_CHECKING:  # the connection (psycopg) loads when a desk goes online, not with the window
    from agentdesk.sync.connection import Credentials
    from agentdesk.sync.push import ServerConnection

log = logging.getLogger("agentdesk.sync.presence")

CHANNEL = "agentdesk_presence"
HEARTBEAT_S = 10.0  # a desk says again where it is this often
EXPIRY_S = 30.0  # and is forgotten this long after its last word (three heartbeats missed)
VIEWING, WRITING, LEFT = "viewing", "writing", "left"
STATES = (VIEWING, WRITING, LEFT)
NAME_MAX = 120
PAYLOAD_MAX = 1000  # far below PostgreSQL's 8000 bytes; anything longer is not ours
TTL_MAX = 600.0
BURST_S = 0.01  # what arrives this soon after a message is taken in with it


class PresenceError(AgentDeskError):
    """A presence message that cannot be read (another program on the channel, a newer client)."""


@dataclass(frozen=True)
class Presence:
    desk: str  # one window: a random id for as long as it is open
    agent_id: uuid.UUID
    name: str  # the agent's name as their desk knows it (shown when this desk does not know them)
    conversation_id: uuid.UUID | None  # None: the desk has no conversation open
    state: str  # VIEWING, WRITING or LEFT
    beat: int = 0  # counts up with every message of the desk
    ttl_s: float = EXPIRY_S
    ask: bool = False  # "where are you all?": sent on (re)connecting, every desk answers at once


def new_desk_id() -> str:
    return uuid.uuid4().hex


def encode(presence: Presence) -> str:
    return json.dumps(
        {
            "v": 1,
            "desk": presence.desk,
            "agent": str(presence.agent_id),
            "name": presence.name[:NAME_MAX],
            "conv": str(presence.conversation_id) if presence.conversation_id else None,
            "state": presence.state,
            "beat": presence.beat,
            "ttl": presence.ttl_s,
            **({"ask": True} if presence.ask else {}),
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )


def _bad() -> PresenceError:
    return PresenceError(translatable("Presence", "A presence message from the server could not be read."))


def decode(text: str) -> Presence:
    """The presence in ``text``; ``PresenceError`` for anything that is not one."""
    if len(text) > PAYLOAD_MAX:
        raise _bad()
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _bad() from exc
    if not isinstance(data, dict) or data.get("v") != 1:
        raise _bad()
    desk, name, state, beat, ttl = (data.get(k) for k in ("desk", "name", "state", "beat", "ttl"))
    ask = data.get("ask", False)
    if not isinstance(ask, bool):
        raise _bad()
    if not isinstance(desk, str) or not 0 < len(desk) <= 64 or not isinstance(name, str):
        raise _bad()
    if state not in STATES or isinstance(beat, bool) or not isinstance(beat, int):
        raise _bad()
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or not 0 < ttl <= TTL_MAX:
        raise _bad()
    try:
        agent = uuid.UUID(str(data.get("agent")))
        conv_text = data.get("conv")
        conversation = uuid.UUID(conv_text) if isinstance(conv_text, str) else None
    except ValueError as exc:
        raise _bad() from exc
    if conv_text is not None and conversation is None:
        raise _bad()
    if conversation is None and state != LEFT:
        raise _bad()
    return Presence(desk, agent, name[:NAME_MAX], conversation, state, beat, float(ttl), ask)


@dataclass(frozen=True)
class _Seen:
    presence: Presence
    expires_at: dt.datetime
    route: str  # SERVER or LOCAL: how it came (a lost server connection forgets what it said)


SERVER, LOCAL = "server", "local"


class PresenceBoard:
    """What the other desks said, each until its expiry on this desk's clock."""

    def __init__(self, own_desk: str) -> None:
        self.own_desk = own_desk
        self._desks: dict[str, _Seen] = {}

    def apply(self, presence: Presence, now: dt.datetime, route: str = SERVER) -> bool:
        """Take in a message; True when what the board shows changed."""
        if presence.desk == self.own_desk:
            return False
        before = self._desks.get(presence.desk)
        if before is not None and presence.beat < before.presence.beat:
            return False  # late: an older word of the same desk (two routes, out of order)
        if presence.state == LEFT:
            return self._desks.pop(presence.desk, None) is not None
        self._desks[presence.desk] = _Seen(presence, now + dt.timedelta(seconds=presence.ttl_s), route)
        old = before.presence if before is not None else None
        return old is None or (old.conversation_id, old.state) != (
            presence.conversation_id,
            presence.state,
        )

    def knows(self, desk: str) -> bool:
        return desk in self._desks

    def expire(self, now: dt.datetime) -> list[str]:
        """Forget the desks that fell silent; returns them."""
        gone = [desk for desk, seen in self._desks.items() if seen.expires_at <= now]
        for desk in gone:
            del self._desks[desk]
        return gone

    def forget_route(self, route: str) -> bool:
        """Forget what came by ``route`` (its connection is lost: nothing is claimed from it)."""
        gone = [desk for desk, seen in self._desks.items() if seen.route == route]
        for desk in gone:
            del self._desks[desk]
        return bool(gone)

    def on(self, conversation_id: uuid.UUID, now: dt.datetime) -> list[Presence]:
        """Who else is on the conversation: writers first, then by name; one entry per agent
        (the strongest of their windows)."""
        best: dict[uuid.UUID, Presence] = {}
        for seen in self._desks.values():
            p = seen.presence
            if p.conversation_id != conversation_id or seen.expires_at <= now:
                continue
            known = best.get(p.agent_id)
            if known is None or (p.state == WRITING and known.state != WRITING):
                best[p.agent_id] = p
        return sorted(best.values(), key=lambda p: (p.state != WRITING, p.name.casefold()))

    def marks(self, now: dt.datetime) -> dict[uuid.UUID, str]:
        """For the list: each conversation someone else is on, WRITING over VIEWING."""
        marks: dict[uuid.UUID, str] = {}
        for seen in self._desks.values():
            p = seen.presence
            if p.conversation_id is None or seen.expires_at <= now:
                continue
            if marks.get(p.conversation_id) != WRITING:
                marks[p.conversation_id] = p.state
        return marks


class PresenceLink:
    """The desk's presence connection to the team server (blocking: a worker thread's).

    ``exchange`` sends this desk's messages and returns what the others said within ``timeout``.
    A lost connection raises ``psycopg.OperationalError`` once; the next call connects again."""

    def __init__(self, url: str, credentials: Credentials | None) -> None:
        self.url = url
        self.credentials = credentials
        self._conn: ServerConnection | None = None

    def _ensure(self) -> ServerConnection:
        from agentdesk.sync.connection import connect

        if self._conn is None or self._conn.closed:
            self._conn = connect(self.url, self.credentials)
            self._conn.execute(f"LISTEN {CHANNEL}")
        return self._conn

    def exchange(self, outgoing: Iterable[Presence], timeout: float) -> list[Presence]:
        import psycopg

        try:
            conn = self._ensure()
            for presence in outgoing:
                conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, encode(presence)))
            notes = list(conn.notifies(timeout=timeout, stop_after=1))
            if notes:  # back at once with what arrived together, not at the end of ``timeout``
                notes += conn.notifies(timeout=BURST_S)
            received: list[Presence] = []
            for note in notes:
                try:
                    received.append(decode(note.payload))
                except PresenceError:
                    log.debug("presence message not read")
            return received
        except psycopg.OperationalError:
            self.close()
            raise

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None


class LocalPresence:
    """Windows on one SQLite file tell each other through a folder beside it: one file per
    window holding its latest message, written whole (a rename) and removed when it closes.
    A file whose beat stopped moving expires like a silent desk on the server; its file is then
    removed by whoever notices."""

    def __init__(self, database: Path, own_desk: str) -> None:
        self.folder = database.with_name(database.name + ".presence")
        self.own_desk = own_desk
        self._seen: dict[str, int] = {}  # desk: the beat last taken in

    def _file(self, desk: str) -> Path:
        return self.folder / f"{desk}.json"

    def say(self, presence: Presence) -> None:
        try:
            if presence.state == LEFT:
                self._file(presence.desk).unlink(missing_ok=True)
                return
            self.folder.mkdir(exist_ok=True)
            part = self.folder / f".{presence.desk}.part"
            part.write_text(encode(presence), encoding="utf-8")
            os.replace(part, self._file(presence.desk))
        except OSError as exc:  # a read-only folder: the other windows just do not hear of it
            log.debug("local presence not written: %s", exc)

    def read(self) -> list[Presence]:
        """What changed since the last read: new beats, and LEFT for files that are gone."""
        found: list[Presence] = []
        present: set[str] = set()
        try:
            paths = list(self.folder.glob("*.json"))
        except OSError:
            paths = []
        for path in paths:
            desk = path.stem
            if desk == self.own_desk:
                continue
            try:
                presence = decode(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, PresenceError):
                continue
            present.add(presence.desk)
            if self._seen.get(presence.desk) != presence.beat:
                self._seen[presence.desk] = presence.beat
                found.append(presence)
        for desk in list(self._seen):
            if desk not in present:
                beat = self._seen.pop(desk)
                found.append(Presence(desk, uuid.UUID(int=0), "", None, LEFT, beat + 1))
        return found

    def forget(self, desk: str) -> None:
        """A desk expired here: its file is a leftover of a window that was killed."""
        self._seen.pop(desk, None)
        try:
            self._file(desk).unlink(missing_ok=True)
        except OSError:
            pass


def next_beat(presence: Presence) -> Presence:
    return replace(presence, beat=presence.beat + 1)
