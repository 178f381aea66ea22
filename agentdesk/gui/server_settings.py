# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Server connection: connect this desktop to the team's PostgreSQL server.

A Designer form (``forms/server.ui``): server, port, database, encryption (the TLS mode), the
agent's own server login and password. The password goes to the OS keyring, never to a file or a
log; where there is no keyring the dialog says so plainly and keeps it for this session (it is asked
for again at the next start). "Test connection" logs in, checks that the server speaks this
AgentDesk's protocol and answers in plain words — wrong password, server unreachable, not an
AgentDesk server, a server newer than this AgentDesk, a certificate this computer does not trust.

Encryption: a new connection is checked (``verify-full``) against this computer's trusted
authorities, or against a CA file the shop's admin hands out; the certificate's owner and SHA-256
fingerprint are shown after a test. An unchecked or plain connection needs the explicit "trusted
network" tick, and the dialog then says what that gives away. A connection saved before with
"when the server offers it" (``prefer``) opens with the tick set and that warning, and keeps
working as it did until it is changed.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

import psycopg
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.gui.designer import child, load_form
from agentdesk.gui.sync_desk import SyncDesk
from agentdesk.gui.tasks import TaskRunner
from agentdesk.messages import Message, translatable
from agentdesk.sync.connection import Credentials, connect, redacted
from agentdesk.sync.server import check_compatible, server_info
from agentdesk.sync.tls import (
    PIN_PARAMETER,
    SYSTEM_CA,
    VERIFIED_MODES,
    Certificate,
    CertificateChanged,
    fetch_certificate,
)

CHECKED = "verify-full"
TLS_MODES = (
    (CHECKED, translatable("ServerSettingsDialog", "Verified: encrypted, certificate checked (recommended)")),
    ("require", translatable("ServerSettingsDialog", "Encrypted, certificate not checked")),
    ("prefer", translatable("ServerSettingsDialog", "Encrypted when the server offers it")),
    ("disable", translatable("ServerSettingsDialog", "Off: not encrypted")),
)


def build_url(host: str, port: int, database: str, tls: str, ca_file: str = "", pin: str = "") -> str:
    url = f"postgresql://{quote(host, safe='.-:[]')}:{port}/{quote(database, safe='')}?sslmode={tls}"
    if tls in VERIFIED_MODES and ca_file.strip():
        url += f"&sslrootcert={quote(ca_file.strip(), safe='/')}"
    if pin:
        url += f"&{PIN_PARAMETER}={quote(pin, safe=':')}"
    return url


def parse_pin(url: str) -> str:
    """The certificate fingerprint a saved address pins; empty when it pins none."""
    return parse_qs(urlsplit(url).query).get(PIN_PARAMETER, [""])[0]


def _unpinned(url: str) -> str:
    pin = parse_pin(url)
    return url.replace(f"&{PIN_PARAMETER}={quote(pin, safe=':')}", "") if pin else url


def test_or_changed(url: str, credentials: Credentials) -> tuple[str, Certificate | None, bool]:
    """``check_server``, with a pinned certificate that changed as an answer, not a failure:
    (the sentence, the certificate presented, whether it differs from the pinned one)."""
    try:
        text, certificate = check_server(url, credentials)
    except CertificateChanged as changed:
        return changed.message, changed.certificate, True
    return text, certificate, False


def parse_ca_file(url: str) -> str:
    """The CA file a saved address names; empty for this computer's trusted authorities."""
    ca_file = parse_qs(urlsplit(url).query).get("sslrootcert", [""])[0]
    return "" if ca_file == SYSTEM_CA else ca_file


def parse_url(url: str) -> tuple[str, int, str, str]:
    parts = urlsplit(url)
    tls = parse_qs(parts.query).get("sslmode", ["prefer"])[0]
    return parts.hostname or "", parts.port or 5432, unquote(parts.path.lstrip("/")) or "agentdesk", tls


_REFUSED = translatable("ServerSettingsDialog", "The server did not accept the user name or password.")


def check_server(url: str, credentials: Credentials) -> tuple[str, Certificate | None]:
    """Log in and check the protocol; a sentence saying it works and the certificate the server
    presented (``None`` without TLS), or an ``AgentDeskError`` saying why not. Blocking: run it
    off the GUI thread."""
    try:
        with connect(url, credentials) as conn:
            info = server_info(conn)
    except psycopg.errors.InvalidPassword as exc:
        raise AgentDeskError(_REFUSED) from exc
    except psycopg.OperationalError as exc:
        text = str(exc)
        if "password authentication failed" in text:
            raise AgentDeskError(_REFUSED) from exc
        if "role" in text and "does not exist" in text:
            raise AgentDeskError(
                translatable(
                    "ServerSettingsDialog",
                    "The server has no login “{user}”; ask its admin to add you "
                    "(agentdesk server add-agent).",
                ),
                user=credentials.user,
            ) from exc
        if "SSL" in text or "certificate" in text:
            raise AgentDeskError(
                translatable(
                    "ServerSettingsDialog",
                    "The encrypted connection to {server} failed; check the encryption setting.",
                ),
                server=redacted(url),
            ) from exc
        raise AgentDeskError(
            translatable(
                "ServerSettingsDialog", "Server unreachable ({server}): check the address and the network."
            ),
            server=redacted(url),
        ) from exc
    check_compatible(info)
    host, port, _database, _tls = parse_url(url)
    certificate = fetch_certificate(host, port) if host else None
    connected = translatable(
        "ServerSettingsDialog", "Connected to {server}: an AgentDesk server this version can sync with."
    )
    return Message(connected, server=redacted(url)).render(), certificate


def _two_lines(fingerprint: str) -> str:
    """A SHA-256 fingerprint (32 pairs) as two lines of 16, to read out and compare by phone."""
    pairs = fingerprint.split(":")
    half = (len(pairs) + 1) // 2
    return ":".join(pairs[:half]) + "\n" + ":".join(pairs[half:])


class ServerSettingsDialog(QDialog):
    """Edit this desktop's server connection; on Save the desk syncs with the new settings."""

    def __init__(self, desk: SyncDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("serverSettingsDialog")
        self.setWindowTitle(self.tr("Server connection"))
        form = load_form("server.ui", self)
        self.host = child(form, QLineEdit, "hostEdit")
        self.port = child(form, QSpinBox, "portSpin")
        self.database = child(form, QLineEdit, "databaseEdit")
        self.tls = child(form, QComboBox, "tlsCombo")
        self.ca_file = child(form, QLineEdit, "caEdit")
        self.ca_browse = child(form, QPushButton, "caBrowseButton")
        self.trusted = child(form, QCheckBox, "trustedCheck")
        self.tls_warning = child(form, QLabel, "tlsWarning")
        self.certificate = child(form, QLabel, "certificateLabel")
        self.user = child(form, QLineEdit, "userEdit")
        self.password = child(form, QLineEdit, "passwordEdit")
        self.remember = child(form, QCheckBox, "rememberCheck")
        self.keyring_note = child(form, QLabel, "keyringNote")
        self.test_button = child(form, QPushButton, "testButton")
        self.test_result = child(form, QLabel, "testResult")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(form, 1)
        # Pinning: the certificate the admin looked at is the only one this desk accepts.
        self.pin_check = QCheckBox(self.tr("Pin this certificate: refuse to connect if it ever changes"))
        self.pin_check.setObjectName("pinCheck")
        self.accept_button = QPushButton(self.tr("Accept the new certificate"))
        self.accept_button.setObjectName("acceptCertificateButton")
        self.accept_button.hide()
        self.accept_button.clicked.connect(self._accept_certificate)
        layout.addWidget(self.pin_check)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.buttons)
        self._pinned = ""  # the fingerprint the saved address pins
        self._seen: Certificate | None = None  # the certificate of the last successful test
        self._offered: Certificate | None = None  # a changed certificate, until accepted
        for value, text in TLS_MODES:
            self.tls.addItem(self.tr(text), value)
        self.tls_warning.setStyleSheet(f"color: {theme.DANGER};")
        self.certificate.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.keyring_note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        if not desk.keyring_available():
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                self.tr(
                    "No system keyring is available here: the password is kept until AgentDesk "
                    "closes and asked for again at the next start."
                )
            )
        else:
            self.keyring_note.setText(self.tr("Never kept in a file or a log."))
        config = desk.config()
        if config is not None:
            host, port, database, tls = parse_url(config[0])
            self.host.setText(host)
            self.port.setValue(port)
            self.database.setText(database)
            self.trusted.setChecked(tls not in VERIFIED_MODES)
            self.tls.setCurrentIndex(max(0, self.tls.findData(tls)))
            self.ca_file.setText(parse_ca_file(config[0]))
            self._pinned = parse_pin(config[0])
            self.user.setText(config[1])
            self.password.setPlaceholderText(self.tr("unchanged (type to replace)"))
        else:
            self.tls.setCurrentIndex(0)
        self.pin_check.setChecked(bool(self._pinned))
        self._gate_pin()
        self._gate_modes()
        self.trusted.toggled.connect(self._gate_modes)
        self.tls.currentIndexChanged.connect(self._explain_mode)
        self.ca_browse.clicked.connect(self._choose_ca_file)
        self.tasks = TaskRunner(self, threads=1)
        self.test_button.clicked.connect(self.test)
        self.outcome: str | None = None
        self.resize(640, 580)

    def mode(self) -> str:
        """The TLS mode in force: anything but the checked one only with "trusted network" ticked."""
        return str(self.tls.currentData()) if self.trusted.isChecked() else CHECKED

    def url(self) -> str:
        return build_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip() or "agentdesk",
            self.mode(),
            self.ca_file.text() if self.mode() in VERIFIED_MODES else "",
            self._pin(),
        )

    def _pin(self) -> str:
        """The fingerprint to pin: the certificate tested last, else the one pinned before."""
        if not self.pin_check.isChecked():
            return ""
        return self._seen.fingerprint if self._seen is not None else self._pinned

    def _gate_pin(self) -> None:
        """Pinning needs a certificate the admin has seen: a test's, or the one pinned before."""
        self.pin_check.setEnabled(self._seen is not None or bool(self._pinned))
        if not self.pin_check.isEnabled():
            self.pin_check.setChecked(False)
        self.pin_check.setToolTip(
            self.tr("Test the connection first: the certificate it shows is the one pinned.")
            if not self.pin_check.isEnabled()
            else self.tr(
                "This computer will connect only to a server presenting this certificate, even if an "
                "authority vouches for another; renewing it needs your acceptance here."
            )
        )

    def _accept_certificate(self) -> None:
        """The admin has compared the new fingerprint: pin it, and test again."""
        if self._offered is None:
            return
        self._seen, self._offered = self._offered, None
        self._pinned = self._seen.fingerprint
        self.accept_button.hide()
        self._gate_pin()
        self.test()

    def _gate_modes(self) -> None:
        model = self.tls.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(self.tls.count()):
            item = model.item(row)
            if item is not None and self.tls.itemData(row) != CHECKED:
                item.setEnabled(self.trusted.isChecked())
        if not self.trusted.isChecked():
            self.tls.setCurrentIndex(self.tls.findData(CHECKED))
        self._explain_mode()

    def _explain_mode(self) -> None:
        checked = self.mode() in VERIFIED_MODES
        self.ca_file.setEnabled(checked)
        self.ca_browse.setEnabled(checked)
        self.tls_warning.setVisible(not checked)
        if self.mode() == "disable":
            self.tls_warning.setText(
                self.tr(
                    "Not encrypted: anyone on the network between this computer and the server can read "
                    "and change what is synced, your password included. Only on the office's own network."
                )
            )
        elif not checked:
            self.tls_warning.setText(
                self.tr(
                    "The certificate is not checked: someone on the network between this computer and the "
                    "server could pose as the server and read your password and the customers' data. "
                    "Only on the office's own network."
                )
            )
        self.certificate.clear()

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority from the shop's admin"),
            self.ca_file.text(),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def _credentials(self) -> Credentials | None:
        password = self.password.text()
        if not password:
            known = self.desk.credentials()
            config = self.desk.config()
            same = config is not None and _unpinned(config[0]) == _unpinned(self.url())
            if known is not None and same and config is not None and config[1] == self.user.text().strip():
                return known  # the same server and login (a newly accepted certificate is no reason to ask)
            return None
        return Credentials(self.user.text().strip(), password)

    def _problem(self) -> str | None:
        if not self.host.text().strip():
            return self.tr("Enter the server's address.")
        if not self.user.text().strip():
            return self.tr("Enter your server login (the shop's admin gives you one).")
        ca_file = self.ca_file.text().strip()
        if self.mode() in VERIFIED_MODES and ca_file and not Path(ca_file).is_file():
            return self.tr("The certificate authority file %1 cannot be read.").replace("%1", ca_file)
        return None

    def test(self) -> None:
        problem = self._problem()
        credentials = self._credentials()
        if problem is None and credentials is None:
            problem = self.tr("Enter the password.")
        if problem is not None:
            self._show(problem, ok=False)
            return
        assert credentials is not None
        url = self.url()
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), ok=True)
        self.accept_button.hide()
        self.tasks.run("test", lambda: test_or_changed(url, credentials), self._tested, self._failed)

    def busy(self) -> bool:
        return self.tasks.busy("test")

    def _tested(self, result: tuple[str, Certificate | None, bool]) -> None:
        text, certificate, changed = result
        self.test_button.setEnabled(True)
        if changed:
            self.outcome = None
            self._show(f"⚠ {text}", ok=False)
            self._offered = certificate
            self.accept_button.setVisible(certificate is not None)
            self._show_certificate(certificate)
            return
        self.outcome = text
        self._seen = certificate
        self._gate_pin()
        self._show(f"✓ {text}", ok=True)
        self._show_certificate(certificate)

    def _show_certificate(self, certificate: Certificate | None) -> None:
        if certificate is None:
            self.certificate.setText(self.tr("The connection is not encrypted."))
        else:
            self.certificate.setText(
                self.tr("Certificate of %1, issued by %2. SHA-256 fingerprint: %3")
                .replace("%1", certificate.owner)
                .replace("%2", certificate.issuer)
                .replace("%3", "\n" + _two_lines(certificate.fingerprint))
            )

    def _failed(self, reason: str) -> None:
        self.outcome = None
        self.test_button.setEnabled(True)
        self._show(f"✗ {reason}", ok=False)

    def _show(self, text: str, *, ok: bool) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet(f"color: {theme.TEXT if ok else theme.DANGER};")

    def save(self) -> bool:
        problem = self._problem()
        if problem is not None:
            self._show(problem, ok=False)
            return False
        password = self.password.text() or None
        if password is None and self.desk.credentials() is None:
            self._show(self.tr("Enter the password."), ok=False)
            return False
        try:
            self.desk.save_config(
                self.url(), self.user.text().strip(), password, remember=self.remember.isChecked()
            )
        except AgentDeskError as exc:
            self._show(exc.message, ok=False)
            return False
        self.tasks.close()
        self.accept()
        self.desk.start()
        return True

    def reject(self) -> None:
        self.tasks.close()
        super().reject()
