# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``server`` and ``sync`` commands, through the parser they register."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import AgentDeskError
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import open_store
from agentdesk.sync import commands, outbox
from agentdesk.sync.connection import connect


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="agentdesk")
    commands.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def run(argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return commands.run(parse(argv))


@pytest.mark.server
def test_init_add_agent_and_sync_from_the_command_line(
    postgres_url: str,
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["server", "init", "--url", postgres_url]) == 0
    assert run(["server", "init", "--url", postgres_url]) == 0
    assert "is ready" in capsys.readouterr().out
    argv = ["server", "add-agent", "--url", postgres_url, "--login", "cli_kim", "--name", "Kim"]
    argv += [
        "--email",
        "kim@example.com",
        "--tier",
        "1",
        "--tier",
        "2",
        "--team",
        "billing",
        "--password-stdin",
    ]
    assert run(argv, "kim-secret\n", monkeypatch) == 0
    with connect(postgres_url) as conn:
        row = conn.execute("SELECT tiers, role FROM agent WHERE email = 'kim@example.com'").fetchone()
    assert row == {"tiers": [1, 2], "role": "agent"}

    db = tmp_path / "desk.sqlite"
    store = open_store(db)
    outbox.install(store)
    InboxService(store, clock).create_customer("From the CLI")
    store.close()
    sync = ["sync", "--db", str(db), "--url", postgres_url, "--user", "cli_kim", "--password-stdin"]
    assert run(sync, "kim-secret\n", monkeypatch) == 0
    assert "Synced: sent 1 change" in capsys.readouterr().out
    # The server and login are remembered; only the password is asked again.
    assert run(["sync", "--db", str(db), "--password-stdin"], "kim-secret\n", monkeypatch) == 0
    with connect(postgres_url) as conn:
        names = [r["name"] for r in conn.execute("SELECT name FROM customer").fetchall()]
    assert names == ["From the CLI"]


def test_sync_without_a_server_says_what_to_give(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    open_store(db).close()
    with pytest.raises(AgentDeskError, match="--url and --user"):
        run(["sync", "--db", str(db), "--password-stdin"])


def test_an_unreachable_server_ends_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(AgentDeskError, match="Cannot work on the server postgresql://127.0.0.1:1/x"):
        run(["server", "init", "--url", "postgresql://127.0.0.1:1/x"])


def test_a_bad_login_name_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["server", "add-agent", "--url", "postgresql://127.0.0.1:1/x", "--login", "Robert'); DROP"]
    argv += ["--name", "R", "--email", "r@example.com", "--password-stdin"]
    with pytest.raises(AgentDeskError, match="cannot be a login"):
        run(argv, "pw\n", monkeypatch)
