# SPDX-License-Identifier: GPL-3.0-or-later
"""SIGKILL of the client after the server committed a push but before the client recorded it:
the next sync applies nothing twice (a real process, killed for real)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Message
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from agentdesk.store.database import open_store
    from agentdesk.sync import outbox
    from agentdesk.sync.connection import Credentials, connect
    from agentdesk.sync.push import push

    store = open_store(Path(sys.argv[1]))
    outbox.install(store)

    def die(mutation):
        if mutation.table_name == "message":  # the server has it; the outbox still does too
            os.kill(os.getpid(), signal.SIGKILL)

    with connect(sys.argv[2], Credentials(sys.argv[3], sys.argv[4])) as conn:
        push(store, conn, after_commit=die)
    """
)


def test_a_client_killed_between_the_servers_commit_and_its_own_applies_nothing_twice(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    add_agent(server_url, "kill_ada", "pw", name="Ada", email="ada@shop.test", role="admin")
    ada = Credentials("kill_ada", "pw")
    a = desktop("a")
    inbox = InboxService(a, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    conv = inbox.create_conversation(customer, "email", "Payment failed", "Declined twice.").id
    inbox.reply(conv, "We are on it.")
    waiting = outbox.pending_count(a)
    path = a.path

    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), server_url, ada.user, ada.password],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    assert outbox.pending_count(a) == waiting  # this copy never recorded what the server took
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with connect(plain, ada) as conn:
        taken = conn.execute("SELECT count(*) AS n FROM sync_applied").fetchone()
    assert taken is not None and 0 < taken["n"] <= waiting  # … up to and including the message

    summary = sync_once(a, server_url, ada)
    assert summary.ok, summary.error
    assert outbox.pending_count(a) == 0
    with connect(plain, ada) as conn:
        messages = conn.execute("SELECT count(*) AS n FROM message").fetchone()
        replays = conn.execute("SELECT count(*) AS n FROM sync_applied").fetchone()
    with a.read() as session:
        local = session.scalar(select(func.count()).select_from(Message))
    assert messages is not None and messages["n"] == local == 2  # no message lost or doubled
    assert replays is not None and replays["n"] == waiting  # every change applied exactly once
