# SPDX-License-Identifier: GPL-3.0-or-later
"""Certificate pinning: an address that names the fingerprint the admin accepted connects only to
a server presenting that certificate, even when a trusted authority vouches for another."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.server_settings import ServerSettingsDialog, parse_pin
from agentdesk.gui.sync_desk import SyncDesk
from agentdesk.services import build_services
from agentdesk.store.database import open_store
from agentdesk.sync import tls
from agentdesk.sync.connection import connect, pinned_fingerprint, server_url
from agentdesk.sync.tls import CertificateChanged
from tests.conftest import within_cpu_seconds
from tests.sync.test_tls import ADMIN, TlsServer, tls_agentdesk, tls_server

__all__ = ["tls_agentdesk", "tls_server"]  # the TLS cluster and its AgentDesk database, shared

OTHER = ":".join(["AB"] * 32)


def test_the_pinned_certificate_connects_however_its_fingerprint_is_written(tls_server: TlsServer) -> None:
    for written in (tls_server.fingerprint, tls_server.fingerprint.replace(":", "").lower()):
        url = tls_server.url(
            query=f"?sslmode=verify-full&sslrootcert={tls_server.ca_file}&{tls.PIN_PARAMETER}={written}"
        )
        assert pinned_fingerprint(url) == written
        assert tls.PIN_PARAMETER not in server_url(url).render_as_string()  # never handed to libpq
        with connect(url, ADMIN) as conn:
            assert conn.execute("SELECT 1 AS one").fetchone() == {"one": 1}


def test_another_certificate_is_refused_even_when_an_authority_vouches_for_it(tls_server: TlsServer) -> None:
    vouched = tls_server.url(query=f"?sslmode=verify-full&sslrootcert={tls_server.ca_file}")
    with connect(vouched, ADMIN):
        pass  # the authority alone accepts it
    with pytest.raises(CertificateChanged) as changed:
        connect(f"{vouched}&{tls.PIN_PARAMETER}={OTHER}", ADMIN)
    assert changed.value.certificate is not None
    assert changed.value.certificate.fingerprint == tls_server.fingerprint
    sentence = changed.value.message
    assert sentence.startswith("The certificate of 127.0.0.1 has changed: it is now agentdesk.shop.test's")
    assert tls_server.fingerprint in sentence and OTHER in sentence
    assert "do not connect until the shop's admin confirms the new fingerprint" in sentence
    # Unchecked ("trusted network") connections are held to the pin too.
    with pytest.raises(CertificateChanged):
        connect(tls_server.url(query=f"?sslmode=require&{tls.PIN_PARAMETER}={OTHER}"), ADMIN)


def test_a_pinned_server_that_presents_no_certificate_is_refused(pg_cluster: str) -> None:
    port = int(pg_cluster.rsplit(":", 1)[1])
    with pytest.raises(CertificateChanged, match="presented no certificate") as changed:
        connect(f"postgresql://127.0.0.1:{port}/postgres?sslmode=disable&{tls.PIN_PARAMETER}={OTHER}", ADMIN)
    assert changed.value.certificate is None


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=120), st.binary(min_size=1, max_size=64))
def test_any_pin_text_is_a_fingerprint_or_nothing(text: str, der: bytes) -> None:
    with within_cpu_seconds(1.0):
        written = tls.normal_fingerprint(text)
        assert written == "" or (len(written) == 95 and tls.normal_fingerprint(written) == written)
        digest = hashlib.sha256(der).hexdigest()
        canonical = ":".join(digest.upper()[i : i + 2] for i in range(0, 64, 2))
        assert tls.normal_fingerprint(digest) == canonical == tls.normal_fingerprint(canonical.lower())


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_the_dialog_pins_what_it_showed_and_a_changed_certificate_waits_for_the_admin(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, tls_server: TlsServer, tls_agentdesk: str
) -> None:
    store = open_store(tmp_path / "desk.sqlite")
    desk = SyncDesk(build_services(store, clock, None))
    dialog = ServerSettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.pin_check.isEnabled()  # nothing seen yet, nothing to pin
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(tls_server.cluster.port)
    dialog.database.setText(tls_agentdesk)
    dialog.ca_file.setText(str(tls_server.ca_file))
    dialog.user.setText("postgres")
    dialog.password.setText("unused")  # (the cluster trusts loopback logins)
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.test_result.text().startswith("✓ Connected"), dialog.test_result.text()
    assert tls_server.fingerprint in dialog.certificate.text().replace("\n", ":")  # owner and fingerprint
    assert dialog.pin_check.isEnabled()
    dialog.pin_check.setChecked(True)
    assert parse_pin(dialog.url()) == tls_server.fingerprint
    assert dialog.save()
    config = desk.config()
    assert config is not None and parse_pin(config[0]) == tls_server.fingerprint
    desk.stop()

    # Later the saved pin no longer matches (as after a certificate was swapped): a plain warning,
    # no connection, and nothing changes until the admin accepts the new certificate.
    stale = config[0].replace(tls_server.fingerprint, OTHER)
    desk.save_config(stale, "postgres", "unused", remember=False)
    again = ServerSettingsDialog(desk)
    qtbot.addWidget(again)
    again.show()
    assert again.pin_check.isChecked() and parse_pin(again.url()) == OTHER
    again.test()
    qtbot.waitUntil(lambda: not again.busy(), timeout=20_000)
    warning = again.test_result.text()
    assert warning.startswith("⚠ The certificate of 127.0.0.1 has changed"), warning
    assert tls_server.fingerprint in warning and again.outcome is None
    assert again.accept_button.isVisible() and parse_pin(again.url()) == OTHER
    again.accept_button.click()
    qtbot.waitUntil(lambda: not again.busy(), timeout=20_000)
    assert again.test_result.text().startswith("✓ Connected"), again.test_result.text()
    assert parse_pin(again.url()) == tls_server.fingerprint and not again.accept_button.isVisible()
    again.reject()
    store.close()
