# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk mail …`` as an admin meets it: one line per error, exit 1 for what the user can fix,
2 for usage; ``watch`` ends cleanly on SIGTERM."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from agentdesk.cli import main
from agentdesk.mail.accounts import KEYRING_SERVICE, AccountSettings, KeyringPasswords, MailAccounts
from agentdesk.mail.errors import WRONG_PASSWORD
from agentdesk.store.database import open_store

from .conftest import PASSWORD, Dovecot, MemoryKeyring, SmtpSink
from .test_fetch import TEXT_ONLY_DE

pytestmark = pytest.mark.server


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_add_fetch_and_errors(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = str(tmp_path / "shop.sqlite")
    user = dovecot.add_user()
    dovecot.append(user, TEXT_ONLY_DE)
    imap = f"imap://{user}@127.0.0.1:{dovecot.port}/INBOX"
    smtp = f"smtp://127.0.0.1:{smtp_sink.port}"

    code, out, err = run(
        ["mail", "add", "--db", db, "--imap", imap, "--smtp", smtp, "--from", "support@shop.test",
         "--name", "Shop Support", "--password-stdin"],
        capsys, monkeypatch, PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Added support@shop.test")
    assert PASSWORD in memory_keyring.items.values()
    assert all(service == KEYRING_SERVICE for service, _ in memory_keyring.items)

    code, out, err = run(["mail", "fetch", "--db", db], capsys, monkeypatch)
    assert code == 0, err
    assert "support@shop.test: 1 new message(s), 1 new conversation(s)" in out
    code, out, _ = run(["mail", "fetch", "--db", db], capsys, monkeypatch)
    assert code == 0 and "0 new message(s)" in out

    code, out, err = run(["mail", "fetch", "--db", db, "--password-stdin"], capsys, monkeypatch, "wrong\n")
    assert code == 1
    assert err.strip().splitlines() == [f"agentdesk: support@shop.test: {WRONG_PASSWORD}"]

    code, out, err = run(["mail", "list", "--db", db], capsys, monkeypatch)
    assert code == 0 and out.startswith("support@shop.test: IMAP plain 127.0.0.1")

    code, _, err = run(
        ["mail", "add", "--db", db, "--imap", "pop3://x@h", "--smtp", smtp, "--from", "b@shop.test"],
        capsys, monkeypatch,
    )  # fmt: skip
    assert code == 1 and len(err.strip().splitlines()) == 1 and "must start with" in err

    code, _, err = run(
        ["mail", "add", "--db", db, "--imap", "imap://u@mail.example.com/INBOX", "--smtp", smtp,
         "--from", "c@shop.test"],
        capsys, monkeypatch,
    )  # fmt: skip
    assert code == 1 and "only allowed to this computer" in err

    with pytest.raises(SystemExit) as usage:
        main(["mail", "add", "--db", db])
    assert usage.value.code == 2

    code, _, err = run(["mail", "fetch", "--db", str(tmp_path / "missing.sqlite")], capsys, monkeypatch)
    assert code == 1 and "does not exist" in err


def test_watch_stops_cleanly_on_sigterm(
    tmp_path: Path, dovecot: Dovecot, smtp_sink: SmtpSink, memory_keyring: MemoryKeyring
) -> None:
    db = tmp_path / "shop.sqlite"
    user = dovecot.add_user()
    dovecot.append(user, TEXT_ONLY_DE)
    store = open_store(db)
    MailAccounts(store, KeyringPasswords(memory_keyring)).add(
        AccountSettings(
            address="support@shop.test",
            imap_host="127.0.0.1",
            imap_port=dovecot.port,
            imap_security="plain",
            imap_user=user,
            smtp_host="127.0.0.1",
            smtp_port=smtp_sink.port,
            smtp_security="plain",
        )
    )
    store.close()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "mail",
            "watch",
            "--db",
            str(db),
            "--password-stdin",
            "--interval",
            "3600",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSWORD + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline().startswith("Watching 1 mailbox(es)")
        assert "1 new message(s)" in proc.stdout.readline()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert out.strip().endswith("Stopped.")
    assert "Traceback" not in err
    store = open_store(db)
    try:
        from agentdesk.mail.lease import FetchLease

        accounts = MailAccounts(store, KeyringPasswords(memory_keyring)).list()
        assert FetchLease(store).holder_of(accounts[0].id) is None  # released on the way out
    finally:
        store.close()
