# SPDX-License-Identifier: GPL-3.0-or-later
"""Real mail servers on loopback: Dovecot (IMAP) for the test session, aiosmtpd (SMTP) per test,
and an in-memory keyring so no test touches the user's real one."""

from __future__ import annotations

import imaplib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from agentdesk.mail.accounts import AccountSettings, KeyringPasswords, MailAccounts
from agentdesk.store.database import Store

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "s3cret-Pässword"
USERS = 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@dataclass
class Dovecot:
    folder: Path
    port: int
    users: Path
    used: int = 0

    def add_user(self) -> str:
        """A fresh, empty mailbox (from users made at start: Dovecot notices a changed
        passwd-file only by its modification time, in whole seconds)."""
        self.used += 1
        return f"support-{self.used}@shop.test"

    def connect(self, user: str, password: str = PASSWORD) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        secret = f"\0{user}\0{password}".encode()
        conn.authenticate("PLAIN", lambda _challenge: secret)
        return conn

    def append(self, user: str, *mails: bytes, folder: str = "INBOX") -> None:
        conn = self.connect(user)
        try:
            for raw in mails:
                typ, data = conn.append(folder, None, None, raw)
                assert typ == "OK", data
        finally:
            conn.logout()


def _install_hint() -> str:
    return "dovecot is not installed (apt-get install dovecot-imapd)"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if not Path(DOVECOT).exists():
        if os.environ.get("CI"):
            pytest.fail(_install_hint())
        pytest.skip(_install_hint())
    if os.geteuid() != 0:
        pytest.skip("the Dovecot tests run as root (Dovecot switches to the 'nobody' user)")
    folder = Path(tempfile.mkdtemp(prefix="agentdesk-dovecot-"))
    folder.chmod(0o755)
    (folder / "run").mkdir()
    mail = folder / "mail"
    mail.mkdir()
    shutil.chown(mail, "nobody", "nogroup")
    users = folder / "users"
    users.write_text("".join(f"support-{n}@shop.test:{{PLAIN}}{PASSWORD}\n" for n in range(1, USERS + 1)))
    users.chmod(0o644)
    port = free_port()
    config = folder / "dovecot.conf"
    config.write_text(
        f"""
protocols = imap
listen = 127.0.0.1
base_dir = {folder}/run
state_dir = {folder}/run
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {folder}/dovecot.log
default_internal_user = nobody
default_internal_group = nogroup
default_login_user = nobody
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={mail}/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""
    )
    # Dovecot detaches: its output must not be a pipe that the test would wait on forever.
    subprocess.run(
        [DOVECOT, "-c", str(config)],
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=30,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    try:
        yield Dovecot(folder, port, users)
    finally:
        pid_file = folder / "run" / "master.pid"
        if pid_file.exists():
            subprocess.run(["kill", pid_file.read_text().strip()], check=False)
            for _ in range(100):
                if not pid_file.exists():
                    break
                time.sleep(0.05)
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class SmtpSink:
    """An aiosmtpd server on loopback that keeps what it receives."""

    port: int
    received: list[dict[str, Any]] = field(default_factory=list)
    controller: Any = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                sink.received.append(
                    {
                        "from": envelope.mail_from,
                        "to": list(envelope.rcpt_tos),
                        "data": bytes(envelope.original_content or envelope.content),
                    }
                )
                return "250 Message accepted for delivery"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    pytest.importorskip("aiosmtpd", reason="aiosmtpd is not installed (pip install aiosmtpd)")
    sink = SmtpSink(free_port())
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@dataclass
class MailSetup:
    store: Store
    account_id: uuid.UUID
    user: str
    passwords: KeyringPasswords


@pytest.fixture
def mail_setup(
    store: Store, dovecot: Dovecot, memory_keyring: MemoryKeyring, smtp_sink: SmtpSink
) -> MailSetup:
    user = dovecot.add_user()
    accounts = MailAccounts(store, KeyringPasswords(memory_keyring))
    settings = AccountSettings(
        address="support@shop.test",
        display_name="Shop Support",
        imap_host="127.0.0.1",
        imap_port=dovecot.port,
        imap_security="plain",
        imap_user=user,
        smtp_host="127.0.0.1",
        smtp_port=smtp_sink.port,
        smtp_security="plain",
    )
    account_id = accounts.add(settings, password=PASSWORD)
    return MailSetup(store, account_id, user, KeyringPasswords(memory_keyring))
