# SPDX-License-Identifier: GPL-3.0-or-later
"""Verified TLS to the team server, against a throwaway PostgreSQL 15 with a certificate signed by
the shop's own authority: refused by default with the certificate named, accepted once the CA file
is given, never silently plain."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.server_settings import ServerSettingsDialog, build_url, parse_ca_file, parse_url
from agentdesk.gui.sync_desk import SyncDesk
from agentdesk.services import build_services
from agentdesk.store.database import open_store
from agentdesk.sync import tls
from agentdesk.sync.connection import Credentials, connect, server_url
from agentdesk.sync.server import init_server
from agentdesk.sync.tls import CertificateError
from tests.conftest import PgCluster

# Fixed validity: the certificate must be valid for the server's real clock, not the test's.
NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
NOT_AFTER = dt.datetime(2090, 1, 1, tzinfo=dt.UTC)


@dataclass
class TlsServer:
    cluster: PgCluster
    ca_file: Path
    fingerprint: str

    def url(self, host: str = "127.0.0.1", query: str = "") -> str:
        return f"postgresql://{host}:{self.cluster.port}/postgres{query}"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificates(folder: Path) -> tuple[Path, Path, Path, bytes]:
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Shop Test CA"))
        .issuer_name(_name("Shop Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("agentdesk.shop.test"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("agentdesk.shop.test"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return ca_file, cert_file, key_file, cert.public_bytes(serialization.Encoding.DER)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    """A cluster of its own with ``ssl=on`` and a certificate for 127.0.0.1 and
    agentdesk.shop.test signed by a throwaway authority; the CA file is what the admin hands out."""
    cluster = PgCluster()
    ca_file, cert_file, key_file, der = _certificates(tmp_path_factory.mktemp("tls"))
    for source in (cert_file, key_file):
        target = cluster.data / source.name
        shutil.copy(source, target)
        target.chmod(0o600)
        if os.geteuid() == 0:
            shutil.chown(target, "postgres")
    with (cluster.data / "postgresql.conf").open("a") as conf:
        conf.write("\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
    cluster.start()
    digest = hashlib.sha256(der).hexdigest().upper()
    try:
        yield TlsServer(cluster, ca_file, ":".join(digest[i : i + 2] for i in range(0, len(digest), 2)))
    finally:
        cluster.remove()


ADMIN = Credentials("postgres", "")


def test_a_certificate_signed_by_the_shops_own_authority_is_refused_until_its_ca_is_given(
    tls_server: TlsServer,
) -> None:
    with pytest.raises(CertificateError) as refused:
        connect(tls_server.url(query="?sslmode=verify-full"), ADMIN)
    sentence = refused.value.message
    assert "agentdesk.shop.test" in sentence and "Shop Test CA" in sentence
    assert tls_server.fingerprint in sentence
    assert "does not trust" in sentence
    with connect(
        tls_server.url(query=f"?sslmode=verify-full&sslrootcert={tls_server.ca_file}"), ADMIN
    ) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == {
            "ssl": True
        }


def test_a_certificate_for_another_name_is_named_as_a_possible_interception(tls_server: TlsServer) -> None:
    # The certificate covers 127.0.0.1 and agentdesk.shop.test, not "localhost".
    url = tls_server.url("localhost", f"?sslmode=verify-full&sslrootcert={tls_server.ca_file}")
    with pytest.raises(CertificateError) as refused:
        connect(url, ADMIN)
    assert "belongs to agentdesk.shop.test" in refused.value.message
    assert "someone may be in between" in refused.value.message
    assert tls_server.fingerprint in refused.value.message


def test_a_missing_ca_file_is_named(tls_server: TlsServer, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "ca.crt"
    with pytest.raises(CertificateError, match="cannot be read"):
        connect(tls_server.url(query=f"?sslmode=verify-full&sslrootcert={missing}"), ADMIN)


def test_the_certificate_is_shown_as_the_server_presents_it(tls_server: TlsServer) -> None:
    cert = tls.fetch_certificate("127.0.0.1", tls_server.cluster.port)
    assert cert is not None
    assert (cert.owner, cert.issuer, cert.fingerprint) == (
        "agentdesk.shop.test",
        "Shop Test CA",
        tls_server.fingerprint,
    )
    assert cert.names == ("agentdesk.shop.test", "127.0.0.1") and not cert.self_signed


def test_a_server_without_tls_is_refused_when_encryption_is_required(pg_cluster: str) -> None:
    port = int(pg_cluster.rsplit(":", 1)[1])
    assert tls.fetch_certificate("127.0.0.1", port) is None
    with pytest.raises(CertificateError, match="does not offer an encrypted connection"):
        connect(f"postgresql://127.0.0.1:{port}/postgres?sslmode=verify-full", ADMIN)
    with pytest.raises(CertificateError, match="does not offer an encrypted connection"):
        connect(f"postgresql://127.0.0.1:{port}/postgres?sslmode=require", ADMIN)


def test_another_machine_is_checked_unless_the_address_says_otherwise() -> None:
    def query(url: str) -> dict[str, str]:
        return {k: str(v) for k, v in server_url(url).query.items()}

    assert query("postgresql://db.shop.example/agentdesk") == {
        "sslmode": "verify-full",
        "sslrootcert": "system",
    }
    assert query("postgresql://10.0.0.5:5433/agentdesk") == {
        "sslmode": "verify-full",
        "sslrootcert": "system",
    }
    assert query("postgresql://db.shop.example/agentdesk?sslrootcert=/etc/shop-ca.pem") == {
        "sslmode": "verify-full",
        "sslrootcert": "/etc/shop-ca.pem",
    }
    # An explicit choice is kept as it is; nothing is ever turned into "disable" behind the user's back.
    assert query("postgresql://db.shop.example/agentdesk?sslmode=prefer") == {"sslmode": "prefer"}
    # Loopback and Unix sockets cross no network: libpq's own default.
    assert query("postgresql://127.0.0.1:5432/agentdesk") == {}
    assert query("postgresql://localhost/agentdesk") == {}


@settings(max_examples=2000, deadline=None)
@given(
    host=st.one_of(
        st.builds(
            "{}.{}".format,
            st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20),
            st.sampled_from(["de", "dk", "example", "shop.test"]),
        ),
        st.sampled_from(["localhost", "LocalHost"]),
        st.ip_addresses().map(str),
    ),
    mode=st.sampled_from([None, "disable", "allow", "prefer", "require", "verify-ca", "verify-full"]),
)
def test_no_address_ever_ends_unencrypted_unless_it_asked_to(host: str, mode: str | None) -> None:
    url = f"postgresql://{host if ':' not in host else '[' + host + ']'}/agentdesk"
    if mode is not None:
        url += f"?sslmode={mode}"
    query = {k: str(v) for k, v in server_url(url).query.items()}
    if mode is not None:
        assert query["sslmode"] == mode
    elif tls.is_local(host):
        assert "sslmode" not in query
    else:
        assert query["sslmode"] == "verify-full" and query["sslrootcert"] == "system"


def test_a_connection_error_that_is_not_about_tls_stays_what_it_is(pg_cluster: str) -> None:
    port = int(pg_cluster.rsplit(":", 1)[1])
    with pytest.raises(psycopg.OperationalError):
        connect(f"postgresql://127.0.0.1:{port}/no_such_database", ADMIN)


@pytest.fixture(scope="module")
def tls_agentdesk(tls_server: TlsServer) -> str:
    """An AgentDesk server database on the TLS cluster, set up over a checked connection."""
    with connect(
        tls_server.url(query=f"?sslmode=verify-full&sslrootcert={tls_server.ca_file}"), ADMIN
    ) as conn:
        conn.execute("CREATE DATABASE agentdesk")
    init_server(
        f"postgresql://127.0.0.1:{tls_server.cluster.port}/agentdesk?sslrootcert={tls_server.ca_file}", ADMIN
    )
    return "agentdesk"


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_the_dialog_checks_the_certificate_unless_trusted_network_is_ticked(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, tls_server: TlsServer, tls_agentdesk: str
) -> None:
    store = open_store(tmp_path / "desk.sqlite")
    desk = SyncDesk(build_services(store, clock, None))
    dialog = ServerSettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    # A new connection: checked against this computer's authorities, nothing weaker on offer.
    assert dialog.mode() == "verify-full" and not dialog.trusted.isChecked()
    model = dialog.tls.model()
    assert isinstance(model, QStandardItemModel)
    weaker = [
        dialog.tls.itemData(row) for row in range(dialog.tls.count()) if not model.item(row).isEnabled()
    ]
    assert weaker == ["require", "prefer", "disable"]
    assert dialog.tls_warning.isHidden()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(tls_server.cluster.port)
    dialog.database.setText(tls_agentdesk)
    dialog.user.setText("postgres")
    dialog.password.setText("unused")  # (the cluster trusts loopback logins)
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    refused = dialog.test_result.text()
    assert refused.startswith("✗") and "does not trust" in refused and tls_server.fingerprint in refused
    # Choosing a weaker mode without the tick changes nothing.
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    assert "sslmode=verify-full" in dialog.url()
    # A CA file that is not there is said before anything is tried.
    dialog.ca_file.setText(str(tmp_path / "missing.crt"))
    dialog.test()
    assert "cannot be read" in dialog.test_result.text()
    dialog.ca_file.setText(str(tls_server.ca_file))
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.test_result.text().startswith("✓ Connected"), dialog.test_result.text()
    shown = dialog.certificate.text()
    assert "agentdesk.shop.test" in shown and "Shop Test CA" in shown
    assert tls_server.fingerprint in shown.replace("\n", ":")
    assert dialog.url().endswith(f"?sslmode=verify-full&sslrootcert={tls_server.ca_file}")
    dialog.reject()

    # A connection saved before as "when the server offers it" opens as a trusted network, warned.
    stored = build_url("127.0.0.1", tls_server.cluster.port, tls_agentdesk, "prefer")
    desk.save_config(stored, "postgres", "unused", remember=False)
    again = ServerSettingsDialog(desk)
    qtbot.addWidget(again)
    again.show()
    assert again.trusted.isChecked() and again.mode() == "prefer" and again.url() == stored
    assert again.tls_warning.isVisible() and "Only on the office's own network" in again.tls_warning.text()
    assert not again.ca_file.isEnabled()
    again.trusted.setChecked(False)
    assert again.mode() == "verify-full" and again.tls_warning.isHidden()
    again.reject()
    store.close()


@settings(max_examples=2000, deadline=None)
@given(
    host=st.text("abcdefghijklmnopqrstuvwxyz0123456789.-", min_size=1, max_size=30),
    port=st.integers(1, 65535),
    database=st.text(min_size=1, max_size=20).filter(
        lambda text: text.strip() == text and "\x00" not in text
    ),
    mode=st.sampled_from(["verify-full", "require", "prefer", "disable"]),
    ca_file=st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40).map(str.strip),
)
def test_the_dialogs_address_keeps_every_choice(
    host: str, port: int, database: str, mode: str, ca_file: str
) -> None:
    url = build_url(host, port, database, mode, ca_file)
    assert parse_url(url) == (host, port, database, mode)
    assert parse_ca_file(url) == (ca_file if mode == "verify-full" and ca_file != "system" else "")
