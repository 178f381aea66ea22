# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail accounts: settings checked, the password only in the keyring, and "test connection" in
plain words; the fetch lease; subject and machine-mail recognition."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.ids import uuid7
from agentdesk.mail.accounts import (
    KEYRING_SERVICE,
    AccountSettings,
    KeyringPasswords,
    MailAccounts,
    StaticPasswords,
    parse_server_url,
    test_connection,
)
from agentdesk.mail.errors import WRONG_PASSWORD, CredentialsError
from agentdesk.mail.lease import FetchLease
from agentdesk.mail.parse import AUTO_REPLY, BOUNCE, parse_mail, thread_subject
from agentdesk.store.database import Store

from .conftest import PASSWORD, Dovecot, MailSetup, MemoryKeyring, SmtpSink, free_port

SETTINGS = AccountSettings(
    address="Support@Shop.test",
    imap_host="imap.shop.test",
    imap_user="support@shop.test",
    smtp_host="smtp.shop.test",
)


def test_url_forms_of_the_command_line() -> None:
    assert parse_server_url("imaps://support@shop.test@mail.shop.test:993/INBOX", "imap") == (
        "tls",
        "mail.shop.test",
        993,
        "support@shop.test",
        ("INBOX",),
    )
    assert parse_server_url("imap+starttls://u@h/INBOX,Support", "imap") == (
        "starttls",
        "h",
        143,
        "u",
        ("INBOX", "Support"),
    )
    assert parse_server_url("smtp+starttls://u%40x.dk@smtp.x.dk:587", "smtp") == (
        "starttls",
        "smtp.x.dk",
        587,
        "u@x.dk",
        ("INBOX",),
    )
    assert parse_server_url("smtps://smtp.x.dk", "smtp")[:3] == ("tls", "smtp.x.dk", 465)
    with pytest.raises(ValidationError, match="must start with"):
        parse_server_url("http://x", "imap")
    with pytest.raises(ValidationError, match="keyring"):
        parse_server_url("imaps://u:secret@h", "imap")


def test_settings_are_checked(store: Store, memory_keyring: MemoryKeyring) -> None:
    accounts = MailAccounts(store, KeyringPasswords(memory_keyring))
    with pytest.raises(ValidationError, match="not an email address"):
        accounts.add(dataclasses.replace(SETTINGS, address="nope"))
    with pytest.raises(ValidationError, match="only allowed to this computer"):
        accounts.add(dataclasses.replace(SETTINGS, imap_security="plain"))
    with pytest.raises(ValidationError, match="port"):
        accounts.add(dataclasses.replace(SETTINGS, smtp_port=70000))
    account_id = accounts.add(SETTINGS, password="geheim")
    assert accounts.get(account_id).address == "support@shop.test"
    with pytest.raises(ValidationError, match="already exists"):
        accounts.add(SETTINGS)
    accounts.update(account_id, dataclasses.replace(SETTINGS, display_name="Shop Support"))
    assert [a.settings.display_name for a in accounts.list()] == ["Shop Support"]
    accounts.remove(account_id)
    assert accounts.list() == []
    assert memory_keyring.items == {}  # the password went with it


def test_the_password_is_only_in_the_keyring(store: Store, memory_keyring: MemoryKeyring) -> None:
    account_id = MailAccounts(store, KeyringPasswords(memory_keyring)).add(SETTINGS, password="geheim-ÆØÅ")
    assert memory_keyring.items[(KEYRING_SERVICE, f"{account_id}:imap")] == "geheim-ÆØÅ"
    assert KeyringPasswords(memory_keyring).get(account_id, "smtp") == "geheim-ÆØÅ"
    store.close()
    for path in Path(store.path).parent.glob("*"):
        assert b"geheim" not in path.read_bytes()
    conn = sqlite3.connect(store.path)
    assert "geheim" not in "\n".join(conn.iterdump())
    conn.close()
    assert "geheim" not in repr(StaticPasswords("geheim"))


def test_without_a_keyring_it_says_so(store: Store) -> None:
    passwords = KeyringPasswords(fail.Keyring())
    with pytest.raises(CredentialsError, match="No system keyring.*--password-stdin"):
        MailAccounts(store, passwords).add(SETTINGS, password="x")
    assert MailAccounts(store, passwords).list() == []  # nothing half-saved
    account_id = MailAccounts(store, passwords).add(SETTINGS)
    with pytest.raises(CredentialsError, match="No system keyring"):
        passwords.get(account_id, "imap")


@pytest.mark.server
def test_connection_reports_in_plain_words(
    mail_setup: MailSetup, dovecot: Dovecot, smtp_sink: SmtpSink
) -> None:
    settings = MailAccounts(mail_setup.store).get(mail_setup.account_id)
    good = test_connection(settings, StaticPasswords(PASSWORD), mail_setup.account_id)
    assert good.ok, good

    wrong = test_connection(settings, StaticPasswords("wrong"), mail_setup.account_id)
    assert not wrong.imap_ok and wrong.imap_message == WRONG_PASSWORD
    assert wrong.smtp_ok  # the loopback SMTP server needs no login

    closed = free_port()
    down = dataclasses.replace(settings, imap_port=closed, smtp_port=closed)
    report = test_connection(down, StaticPasswords(PASSWORD), mail_setup.account_id, timeout=5)
    assert (
        report.imap_message
        == f"127.0.0.1:{closed} refused the connection: the server is down or the port is wrong."
    )
    assert not report.smtp_ok and "refused the connection" in report.smtp_message

    tls = dataclasses.replace(settings, imap_security="tls")
    report = test_connection(tls, StaticPasswords(PASSWORD), mail_setup.account_id, timeout=5)
    assert not report.imap_ok and "secure (TLS) connection" in report.imap_message

    missing = dataclasses.replace(settings, folders=("INBOX", "Nope"))
    report = test_connection(missing, StaticPasswords(PASSWORD), mail_setup.account_id)
    assert report.imap_message == "Logged in, but the folder Nope does not exist."

    unknown = dataclasses.replace(settings, imap_host="no-such-host.invalid", imap_security="tls")
    report = test_connection(unknown, StaticPasswords(PASSWORD), mail_setup.account_id, timeout=5)
    assert "could not be found" in report.imap_message


def test_one_fetcher_holds_the_lease(store: Store, memory_keyring: MemoryKeyring, clock: FixedClock) -> None:
    import datetime as dt

    account_id = MailAccounts(store, KeyringPasswords(memory_keyring)).add(SETTINGS)
    desk = FetchLease(store, "desk-1", clock, ttl=dt.timedelta(minutes=5))
    service = FetchLease(store, "mail-watch", clock, ttl=dt.timedelta(minutes=5))
    assert desk.acquire(account_id)
    assert not service.acquire(account_id)
    clock.advance(minutes=4)
    assert desk.acquire(account_id)  # renewed
    clock.advance(minutes=4)
    assert not service.acquire(account_id)
    assert service.holder_of(account_id) == "desk-1"
    clock.advance(minutes=2)  # the desk stopped renewing: the lease ran out
    assert service.acquire(account_id)
    assert not desk.acquire(account_id)
    service.release(account_id)
    assert desk.holder_of(account_id) is None
    assert desk.acquire(account_id)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: Lieferung", "lieferung"),
        ("AW: WG: Lieferung", "lieferung"),
        ("SV: Sv: Reklamation", "reklamation"),
        ("Fwd: RE[2]: Invoice", "invoice"),
        ("Antw: Vs: tr: x", "x"),
        ("  Re:   two  spaces ", "two spaces"),
        ("[Shop] Re: Lieferung", "lieferung"),
        ("Regarding the order", "regarding the order"),
    ],
)
def test_subjects_match_without_reply_prefixes(subject: str, expected: str) -> None:
    assert thread_subject(subject) == expected


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        ("From: a@x.dk\r\nAuto-Submitted: auto-replied\r\n", AUTO_REPLY),
        ("From: a@x.dk\r\nAuto-Submitted: no\r\n", None),
        ("From: a@x.dk\r\nX-Autoreply: yes\r\n", AUTO_REPLY),
        ("From: a@x.dk\r\nPrecedence: bulk\r\n", AUTO_REPLY),
        ("From: a@x.dk\r\nPrecedence: auto_reply\r\n", AUTO_REPLY),
        ("From: a@x.dk\r\nReturn-Path: <>\r\n", BOUNCE),
        ("From: a@x.dk\r\nReturn-Path: <a@x.dk>\r\n", None),
        ("From: MAILER-DAEMON@mx.x.dk\r\n", BOUNCE),
        ("From: postmaster@x.dk\r\n", BOUNCE),
        ("From: a@x.dk\r\n", None),
    ],
)
def test_machine_mail_is_recognised(headers: str, kind: str | None) -> None:
    raw = (headers + "Subject: s\r\nMessage-ID: <m@x>\r\n\r\nbody\r\n").encode()
    assert parse_mail(raw).automatic == kind


def test_parsing_never_raises_on_garbage() -> None:
    for raw in (b"", b"\x00\xff\xfe", b"Subject: =?utf-8?b?!!!?=\r\n\r\n", b"From: <<<@>>>\r\n\r\nx" * 3):
        mail = parse_mail(raw)
        assert mail.body_text
        assert mail.message_id.endswith("@agentdesk.invalid")


@pytest.fixture
def untrusted_tls_port(tmp_path: Path) -> Iterator[int]:
    """A TLS server on loopback with a self-signed certificate (greets like IMAP after the
    handshake, which a careful client never gets to)."""
    import shutil
    import socket
    import ssl
    import subprocess
    import threading

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)
    port = listener.getsockname()[1]

    def serve() -> None:
        try:
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"* OK ready\r\n")
        except (OSError, ssl.SSLError):
            pass  # the client rejected the certificate, as it should

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        listener.close()
        thread.join(timeout=10)


def test_an_untrusted_certificate_is_named_as_such(untrusted_tls_port: int) -> None:
    settings = dataclasses.replace(SETTINGS, imap_host="127.0.0.1", imap_port=untrusted_tls_port)
    report = test_connection(settings, StaticPasswords("x"), uuid7(), timeout=5)
    assert not report.imap_ok
    assert report.imap_message.startswith(
        f"The certificate of 127.0.0.1:{untrusted_tls_port} could not be verified"
    )
