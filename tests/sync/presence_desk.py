# SPDX-License-Identifier: GPL-3.0-or-later
"""Desk A of the presence test (``test_presence_sync.py``), a process of its own.

``python presence_desk.py URL LOGIN PASSWORD AGENT_ID NAME``, then one command a line on stdin:
``view CONVERSATION``, ``write CONVERSATION``, ``close`` (no conversation open), ``quit``. Each
command is sent to the server before "ok" is printed. Meanwhile the desk repeats its latest word
every ``HEARTBEAT_S`` of monotonic time, as a window does; a SIGKILL stops that for good.
"""

from __future__ import annotations

import queue
import sys
import threading
import time
import uuid

from agentdesk.sync.connection import Credentials
from agentdesk.sync.presence import LEFT, VIEWING, WRITING, Presence, PresenceLink, new_desk_id

HEARTBEAT_S = 0.5


def main() -> None:
    url, login, password, agent, name = sys.argv[1:6]
    link = PresenceLink(url, Credentials(login, password))
    desk = new_desk_id()
    commands: queue.SimpleQueue[str] = queue.SimpleQueue()

    def read_commands() -> None:
        for line in sys.stdin:
            commands.put(line.strip())

    threading.Thread(target=read_commands, daemon=True).start()
    beat = 0
    latest: Presence | None = None
    said = time.monotonic()
    link.exchange([], 0)  # connected (and listening) before the test goes on
    print("ready", flush=True)
    while True:
        outgoing: list[Presence] = []
        try:
            command = commands.get(timeout=0.05)
        except queue.Empty:
            command = ""
        if command == "quit":
            return
        if command:
            verb, _, conversation = command.partition(" ")
            beat += 1
            state = {"view": VIEWING, "write": WRITING}.get(verb, LEFT)
            conv = uuid.UUID(conversation) if state != LEFT else None
            word = Presence(desk, uuid.UUID(agent), name, conv, state, beat)
            latest = word if state != LEFT else None
            outgoing.append(word)
        elif latest is not None and time.monotonic() - said >= HEARTBEAT_S:
            beat += 1
            latest = Presence(desk, latest.agent_id, name, latest.conversation_id, latest.state, beat)
            outgoing.append(latest)
        if outgoing:
            link.exchange(outgoing, 0)
            said = time.monotonic()
        if command:
            print("ok", flush=True)


if __name__ == "__main__":
    main()
