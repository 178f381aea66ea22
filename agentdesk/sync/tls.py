# SPDX-License-Identifier: GPL-3.0-or-later
"""TLS for the team server: which ``sslmode`` a connection uses, the server's certificate in
words (owner, SHA-256 fingerprint), and libpq's TLS failures as plain sentences naming it.

A connection to another machine checks the certificate (``verify-full``) against the system's
trusted authorities (``sslrootcert=system``) or a CA file the shop's admin hands out; only a
loopback address or a Unix socket, where no network lies in between, is left to libpq's default.
An unchecked or plain connection is only ever the user's explicit choice ("trusted network").

Pinning: an address may name the SHA-256 fingerprint of the certificate the admin accepted
(``agentdesk_pin=...``, kept with the saved address, never handed to libpq). Every connection then
first looks at the certificate the server presents and refuses one with another fingerprint
(``CertificateChanged``), even one a trusted authority vouches for, until the admin accepts it.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
import struct
from dataclasses import dataclass

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable

VERIFIED_MODES = ("verify-full", "verify-ca")
TRUSTED_NETWORK_MODES = ("require", "prefer", "allow", "disable")
SYSTEM_CA = "system"
PIN_PARAMETER = "agentdesk_pin"
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)


class CertificateError(AgentDeskError):
    """The server's certificate was refused, or the server offers no encryption at all."""


class CertificateChanged(CertificateError):
    """The server presents another certificate than the one pinned; ``certificate`` is the new one
    (``None``: it presented none), for the admin to compare and accept."""

    def __init__(self, message: str, /, *, certificate: Certificate | None, **params: object) -> None:
        super().__init__(message, **params)
        self.certificate = certificate


@dataclass(frozen=True)
class Certificate:
    owner: str
    issuer: str
    fingerprint: str
    names: tuple[str, ...]

    @property
    def self_signed(self) -> bool:
        return self.owner == self.issuer


def is_local(host: str | None) -> bool:
    """A Unix socket, ``localhost`` or a loopback address: no network between desk and server."""
    if not host or host.startswith("/") or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def default_mode(host: str | None) -> str | None:
    """The ``sslmode`` for an address that names none: checked for any other machine."""
    return None if is_local(host) else "verify-full"


def tls_parameters(host: str | None, query: dict[str, str]) -> dict[str, str]:
    """The ``sslmode``/``sslrootcert`` to add to a connection's ``query`` (nothing it sets)."""
    extra: dict[str, str] = {}
    mode = query.get("sslmode") or default_mode(host)
    if mode is not None and "sslmode" not in query:
        extra["sslmode"] = mode
    if mode in VERIFIED_MODES and not query.get("sslrootcert"):
        extra["sslrootcert"] = SYSTEM_CA
    return extra


def normal_fingerprint(text: str) -> str:
    """A fingerprint as written anywhere (any case, with or without colons or spaces) as
    ``describe`` writes it; "" when it is not 32 hex pairs."""
    digits = "".join(ch for ch in text.upper() if ch not in ": \t\n")
    if len(digits) != 64 or any(ch not in "0123456789ABCDEF" for ch in digits):
        return ""
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def check_pin(host: str, port: int, pin: str) -> Certificate:
    """The certificate ``host:port`` presents, when its fingerprint is ``pin``; otherwise a
    ``CertificateChanged`` saying plainly what changed."""
    wanted = normal_fingerprint(pin)
    cert = fetch_certificate(host, port)
    if cert is None:
        raise CertificateChanged(
            translatable(
                "SyncErrors",
                "The server {host} presented no certificate, though this computer accepted one before"
                " (SHA-256 {pinned}). Someone may be in between: do not connect until the shop's admin"
                " has looked at the server.",
            ),
            certificate=None,
            host=host,
            pinned=wanted or pin,
        )
    if cert.fingerprint != wanted:
        raise CertificateChanged(
            translatable(
                "SyncErrors",
                "The certificate of {host} has changed: it is now {owner}'s, issued by {issuer} (SHA-256"
                " {fingerprint}), not the one this computer accepted (SHA-256 {pinned}). Someone may be in"
                " between: do not connect until the shop's admin confirms the new fingerprint, then"
                " accept it in the server connection.",
            ),
            certificate=cert,
            host=host,
            owner=cert.owner,
            issuer=cert.issuer,
            fingerprint=cert.fingerprint,
            pinned=wanted or pin,
        )
    return cert


def describe(der: bytes) -> Certificate:
    """A DER certificate's owner (its common name, else the whole subject), issuer, DNS names
    and IP addresses, and SHA-256 fingerprint as colon-separated hex pairs."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(der)

    def name(value: x509.Name) -> str:
        common = value.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(common[0].value) if common else value.rfc4514_string()

    names: list[str] = []
    try:
        alt = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = [*alt.get_values_for_type(x509.DNSName)]
        names += [str(ip) for ip in alt.get_values_for_type(x509.IPAddress)]
    except x509.ExtensionNotFound:
        pass
    digest = hashlib.sha256(der).hexdigest().upper()
    return Certificate(
        owner=name(cert.subject),
        issuer=name(cert.issuer),
        fingerprint=":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
        names=tuple(names),
    )


def fetch_certificate(host: str, port: int, timeout: float = 10.0) -> Certificate | None:
    """The certificate the PostgreSQL server at ``host:port`` presents, unchecked (to show it to
    the user); ``None`` when it offers no TLS or cannot be reached."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(_SSL_REQUEST)
            if raw.recv(1) != b"S":
                return None
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(raw) as wrapped:
                der = wrapped.getpeercert(binary_form=True)
    except (OSError, ValueError):
        return None
    return describe(der) if der else None


def explain(error: str, host: str, port: int, ca_file: str | None) -> CertificateError | None:
    """libpq's TLS failure ``error`` as a sentence naming the certificate; ``None`` when the
    failure is not about TLS."""
    text = error.lower()
    if "does not support ssl" in text:
        return CertificateError(
            translatable(
                "SyncErrors",
                "The server {host} does not offer an encrypted connection; ask its admin to turn on TLS"
                " (only on the office's own network may you choose 'trusted network' instead).",
            ),
            host=host,
        )
    if ca_file and ca_file != SYSTEM_CA and ("root certificate file" in text or "could not read" in text):
        return CertificateError(
            translatable("SyncErrors", "The certificate authority file {path} cannot be read."), path=ca_file
        )
    if "does not match host name" in text:
        cert = fetch_certificate(host, port)
        return CertificateError(
            translatable(
                "SyncErrors",
                "The certificate of {host} belongs to {owner} (SHA-256 {fingerprint}), not to this address:"
                " someone may be in between. Do not connect until the admin confirms the address and"
                " fingerprint.",
            ),
            host=host,
            owner=cert.owner if cert else "?",
            fingerprint=cert.fingerprint if cert else "?",
        )
    if "certificate" in text or ("ssl error" in text and "syscall" not in text):
        cert = fetch_certificate(host, port)
        if cert is None:
            return CertificateError(
                translatable("SyncErrors", "The encrypted connection to {host} failed: {reason}"),
                host=host,
                reason=error.strip().splitlines()[0] if error.strip() else "TLS",
            )
        return CertificateError(
            translatable(
                "SyncErrors",
                "The server {host} presented a certificate of {owner} (issued by {issuer}, SHA-256"
                " {fingerprint}) that this computer does not trust. If the shop's admin gave you a CA file,"
                " choose it in the server connection; otherwise do not connect.",
            ),
            host=host,
            owner=cert.owner,
            issuer=cert.issuer,
            fingerprint=cert.fingerprint,
        )
    return None
