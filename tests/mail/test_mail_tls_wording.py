# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail's TLS failures are worded as what they are, in English, German and Danish: a server that
offers no encryption, and a certificate that is not trusted, naming whose it is."""

from __future__ import annotations

import imaplib
import shutil
import smtplib
import socket
import ssl
import subprocess
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from agentdesk import catalogues
from agentdesk.ids import uuid7
from agentdesk.mail.accounts import AccountSettings, StaticPasswords, test_connection
from agentdesk.mail.errors import MailError, explain

OWNER = "Mail Shop ApS"


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    [ts] = [p for p in catalogues.catalogues() if p.name == f"agentdesk_{language}.ts"]
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def in_language(error: MailError, language: str) -> str:
    table = catalogue(language)
    return error.sentence.render(lambda context, text: table.get((context, text), ""))


@pytest.fixture
def untrusted_tls_port(tmp_path: Path) -> Iterator[int]:
    """A TLS server on loopback whose self-signed certificate names OWNER; it answers every
    connection (the client's attempt and the look at whose certificate it is)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={OWNER}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return  # closed: the test is over
            try:
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


def test_an_untrusted_certificate_names_its_owner_in_every_language(untrusted_tls_port: int) -> None:
    settings = AccountSettings(
        address="support@shop.test",
        imap_host="127.0.0.1",
        imap_user="support",
        smtp_host="127.0.0.1",
        imap_port=untrusted_tls_port,
    )
    report = test_connection(settings, StaticPasswords("x"), uuid7(), timeout=5)
    assert not report.imap_ok
    where = f"127.0.0.1:{untrusted_tls_port}"
    assert report.imap_message.startswith(f"{where}: the certificate is not trusted: {OWNER} (")
    refused = ssl.SSLCertVerificationError("certificate verify failed")
    refused.verify_message = "self-signed certificate"
    error = explain(refused, "127.0.0.1", untrusted_tls_port)
    assert error.permanent
    german, danish = in_language(error, "de"), in_language(error, "da")
    assert german.startswith(f"{where}: Dem Zertifikat wird nicht vertraut: {OWNER}"), german
    assert danish.startswith(f"{where}: Certifikatet er ikke troværdigt: {OWNER}"), danish


def test_a_server_without_encryption_is_said_so_in_every_language() -> None:
    for exc in (
        smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."),
        imaplib.IMAP4.error("TLS not supported by server"),
    ):
        error = explain(exc, "mail.shop.test", 143)
        assert error.permanent
        assert str(error).startswith("mail.shop.test:143: the server did not offer encryption")
        assert in_language(error, "de").startswith(
            "mail.shop.test:143: Der Server bietet keine Verschlüsselung an"
        )
        assert in_language(error, "da").startswith("mail.shop.test:143: Serveren tilbød ikke kryptering")


def test_a_certificate_whose_owner_cannot_be_read_is_still_named_untrusted() -> None:
    # No address to look at (or a STARTTLS port, where a plain TLS look fails): no owner, the same plainness.
    error = explain(ssl.SSLCertVerificationError("unable to get local issuer certificate"), "", 0)
    assert str(error).startswith("The certificate of The mail server could not be verified")
