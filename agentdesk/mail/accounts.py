# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail accounts: settings, their validation, the password in the OS keyring, connections and
"test connection".

The password is never written to the database, a file or a log: it is kept by ``keyring`` under
the service ``KEYRING_SERVICE`` with the account's id and the protocol as the user name
(``<id>:imap``, ``<id>:smtp``). Where no keyring backend exists (a headless server without a
Secret Service) ``KeyringPasswords`` says so plainly, and the password can be given for one run
instead (``StaticPasswords``, ``--password-stdin`` on the command line).

Unencrypted connections are refused except to this computer (loopback), where nothing travels
over a network.
"""

from __future__ import annotations

import base64
import datetime as dt
import imaplib
import ipaddress
import logging
import re
import smtplib
import ssl
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol
from urllib.parse import unquote, urlsplit

from sqlalchemy import select

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.mail.errors import CredentialsError, MailError, explain
from agentdesk.messages import Message, translatable
from agentdesk.store.database import Store
from agentdesk.store.models import MailAccount, MailSecurity

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger("agentdesk.mail")

KEYRING_SERVICE = "AgentDesk mail"
TIMEOUT = 30.0  # seconds for connecting and for each answer
DEFAULT_ATTACHMENT_LIMIT = 10_000_000

_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$|^[^@\s<>,;\"]+@localhost$")
_HOST = re.compile(r"^[A-Za-z0-9.\-:\[\]]{1,255}$")
IMAP_SCHEMES = {
    "imaps": (MailSecurity.TLS, 993),
    "imap+starttls": (MailSecurity.STARTTLS, 143),
    "imap": (MailSecurity.PLAIN, 143),
}
SMTP_SCHEMES = {
    "smtps": (MailSecurity.TLS, 465),
    "smtp+starttls": (MailSecurity.STARTTLS, 587),
    "smtp": (MailSecurity.PLAIN, 25),
}


@dataclass(frozen=True)
class AccountSettings:
    """What the settings page edits; plain values, no password."""

    address: str
    imap_host: str
    imap_user: str
    smtp_host: str
    name: str = ""
    display_name: str = ""
    imap_port: int = 993
    imap_security: str = MailSecurity.TLS.value
    folders: tuple[str, ...] = ("INBOX",)
    smtp_port: int = 587
    smtp_security: str = MailSecurity.STARTTLS.value
    smtp_user: str = ""
    signature: str = ""
    attachment_limit: int = DEFAULT_ATTACHMENT_LIMIT
    active: bool = True


@dataclass(frozen=True)
class AccountInfo:
    """An account as the GUI lists it."""

    id: uuid.UUID
    settings: AccountSettings
    errors: tuple[str, ...] = field(default=())


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate(settings: AccountSettings) -> AccountSettings:
    """The settings cleaned up, or a ``ValidationError`` naming the first problem."""
    address = settings.address.strip().lower()
    if not _ADDRESS.match(address):
        raise ValidationError(
            translatable("MailErrors", "{address!r} is not an email address."), address=settings.address
        )
    clean = replace(
        settings,
        address=address,
        name=settings.name.strip() or address,
        display_name=" ".join(settings.display_name.split()),
        imap_host=settings.imap_host.strip(),
        imap_user=settings.imap_user.strip(),
        smtp_host=settings.smtp_host.strip(),
        smtp_user=settings.smtp_user.strip(),
        folders=tuple(f.strip() for f in settings.folders if f.strip()),
    )
    for what, host, port, security in (
        ("IMAP", clean.imap_host, clean.imap_port, clean.imap_security),
        ("SMTP", clean.smtp_host, clean.smtp_port, clean.smtp_security),
    ):
        if not host or not _HOST.match(host):
            raise ValidationError(
                translatable("MailErrors", "The {what} server {host!r} is not a host name."),
                what=what,
                host=host,
            )
        if not 1 <= port <= 65535:
            raise ValidationError(
                translatable("MailErrors", "The {what} port must be between 1 and 65535 (got {port})."),
                what=what,
                port=port,
            )
        if security not in MailSecurity.values():
            raise ValidationError(
                translatable("MailErrors", "The {what} security must be one of {join}."),
                what=what,
                join=", ".join(MailSecurity.values()),
            )
        if security == MailSecurity.PLAIN and not is_loopback(host):
            raise ValidationError(
                translatable(
                    "MailErrors",
                    (
                        "An unencrypted {what} connection is only allowed to this computer; choose TLS or"
                        " STARTTLS for {host}."
                    ),
                ),
                what=what,
                host=host,
            )
    if not clean.imap_user:
        raise ValidationError(translatable("MailErrors", "The IMAP user name is missing."))
    if not clean.folders:
        raise ValidationError(
            translatable("MailErrors", "Choose at least one folder to watch (usually INBOX).")
        )
    if any(len(f) > 500 or "\r" in f or "\n" in f for f in clean.folders):
        raise ValidationError(
            translatable("MailErrors", "A folder name is too long or contains a line break.")
        )
    if any(ch in clean.display_name for ch in "\r\n"):
        raise ValidationError(translatable("MailErrors", "The display name contains a line break."))
    if clean.attachment_limit < 0:
        raise ValidationError(translatable("MailErrors", "The attachment size limit cannot be negative."))
    return clean


def parse_server_url(url: str, kind: str) -> tuple[str, str, int, str, tuple[str, ...]]:
    """``imaps://USER@HOST:PORT/INBOX`` or ``smtp+starttls://USER@HOST:PORT`` as (security, host,
    port, user, folders). The user may contain ``@`` (``support@shop.test@mail.shop.test``)."""
    schemes = IMAP_SCHEMES if kind == "imap" else SMTP_SCHEMES
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ValidationError(
            translatable("MailErrors", "{url!r} is not a valid {upper} address: {exc}."),
            url=url,
            upper=kind.upper(),
            exc=exc,
        ) from None
    if parts.scheme.lower() not in schemes:
        raise ValidationError(
            translatable("MailErrors", "{url!r}: the {upper} address must start with one of {schemes}."),
            url=url,
            upper=kind.upper(),
            schemes=", ".join(f"{s}://" for s in schemes),
        )
    if parts.password:
        raise ValidationError(
            translatable("MailErrors", "Do not put the password in the address; it goes to the keyring.")
        )
    security, default_port = schemes[parts.scheme.lower()]
    host = parts.hostname or ""
    if not host:
        raise ValidationError(translatable("MailErrors", "{url!r} names no server."), url=url)
    user = unquote(parts.username or "")
    folders = tuple(unquote(f) for f in parts.path.strip("/").split(",") if f) or ("INBOX",)
    return security.value, host, port or default_port, user, folders


# -- passwords ---------------------------------------------------------------------------------


class Passwords(Protocol):
    def get(self, account_id: uuid.UUID, protocol: str) -> str: ...


class KeyringPasswords:
    """Passwords in the OS keyring. ``backend`` defaults to the one ``keyring`` chose."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> KeyringBackend:
        import keyring
        from keyring.backends import fail, null

        backend = self._backend or keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            raise CredentialsError(
                translatable(
                    "MailErrors",
                    (
                        "No system keyring is available to keep the password (on a server without a "
                        "desktop session there may be none); give it with --password-stdin each time "
                        "instead."
                    ),
                )
            )
        return backend

    @staticmethod
    def _key(account_id: uuid.UUID, protocol: str) -> str:
        return f"{account_id}:{protocol}"

    def store(
        self, account_id: uuid.UUID, password: str, protocols: Sequence[str] = ("imap", "smtp")
    ) -> None:
        backend = self._keyring()
        try:
            for protocol in protocols:
                backend.set_password(KEYRING_SERVICE, self._key(account_id, protocol), password)
        except Exception as exc:  # keyring backends raise their own kinds (locked, denied)
            reason = type(exc).__name__
            raise CredentialsError(
                translatable("MailErrors", "The keyring refused to keep the password ({reason})."),
                reason=reason,
            ) from exc

    def get(self, account_id: uuid.UUID, protocol: str) -> str:
        backend = self._keyring()
        try:
            value = backend.get_password(KEYRING_SERVICE, self._key(account_id, protocol))
        except Exception as exc:
            reason = type(exc).__name__
            raise CredentialsError(
                translatable("MailErrors", "The keyring could not be read ({reason}); is it locked?"),
                reason=reason,
            ) from exc
        if value is None:
            raise CredentialsError(
                translatable(
                    "MailErrors",
                    (
                        "No password is stored for this mail account; enter it in the account settings "
                        "(or give it with --password-stdin)."
                    ),
                )
            )
        return str(value)

    def forget(self, account_id: uuid.UUID) -> None:
        try:
            backend = self._keyring()
        except CredentialsError:
            return
        for protocol in ("imap", "smtp"):
            try:
                backend.delete_password(KEYRING_SERVICE, self._key(account_id, protocol))
            except Exception:
                pass  # nothing stored, or the backend cannot delete: nothing to keep secret then


class StaticPasswords:
    """One password for every account and protocol, held in memory for this run only."""

    def __init__(self, password: str) -> None:
        self._password = password

    def get(self, account_id: uuid.UUID, protocol: str) -> str:
        return self._password

    def __repr__(self) -> str:  # never shows the password
        return "StaticPasswords(***)"


# -- accounts ----------------------------------------------------------------------------------


def _settings(row: MailAccount) -> AccountSettings:
    return AccountSettings(
        address=row.address,
        name=row.name,
        display_name=row.display_name,
        imap_host=row.imap_host,
        imap_port=row.imap_port,
        imap_security=row.imap_security,
        imap_user=row.imap_user,
        folders=tuple(row.folders or ()),
        smtp_host=row.smtp_host,
        smtp_port=row.smtp_port,
        smtp_security=row.smtp_security,
        smtp_user=row.smtp_user,
        signature=row.signature,
        attachment_limit=row.attachment_limit,
        active=row.active,
    )


def _apply(row: MailAccount, s: AccountSettings) -> None:
    row.address = s.address
    row.name = s.name
    row.display_name = s.display_name
    row.imap_host = s.imap_host
    row.imap_port = s.imap_port
    row.imap_security = s.imap_security
    row.imap_user = s.imap_user
    row.folders = list(s.folders)
    row.smtp_host = s.smtp_host
    row.smtp_port = s.smtp_port
    row.smtp_security = s.smtp_security
    row.smtp_user = s.smtp_user
    row.signature = s.signature
    row.attachment_limit = s.attachment_limit
    row.active = s.active


class MailAccounts:
    """Create, read, change and remove mail accounts; one transaction per call."""

    def __init__(self, store: Store, keyring: KeyringPasswords | None = None) -> None:
        self.store = store
        self.keyring = keyring or KeyringPasswords()

    def add(self, settings: AccountSettings, password: str | None = None) -> uuid.UUID:
        """A new account. With ``password`` it goes to the keyring first: if the keyring cannot
        keep it, nothing is saved (``CredentialsError``)."""
        clean = validate(settings)
        account_id = uuid7()
        with self.store.read() as session:
            if session.scalar(select(MailAccount.id).where(MailAccount.address == clean.address)) is not None:
                raise ValidationError(
                    translatable("MailErrors", "A mail account for {address} already exists."),
                    address=clean.address,
                )
        if password is not None:
            self.keyring.store(account_id, password)
        with self.store.write() as session:
            if session.scalar(select(MailAccount.id).where(MailAccount.address == clean.address)) is not None:
                raise ValidationError(
                    translatable("MailErrors", "A mail account for {address} already exists."),
                    address=clean.address,
                )
            row = MailAccount(id=account_id)
            _apply(row, clean)
            session.add(row)
        log.info("mail account %s added", clean.address)
        return account_id

    def update(self, account_id: uuid.UUID, settings: AccountSettings, password: str | None = None) -> None:
        clean = validate(settings)
        if password is not None:
            self.keyring.store(account_id, password)
        with self.store.write() as session:
            row = session.get(MailAccount, account_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(translatable("MailErrors", "That mail account does not exist."))
            other = session.scalar(
                select(MailAccount.id).where(
                    MailAccount.address == clean.address, MailAccount.id != account_id
                )
            )
            if other is not None:
                raise ValidationError(
                    translatable("MailErrors", "A mail account for {address} already exists."),
                    address=clean.address,
                )
            _apply(row, clean)

    def set_password(self, account_id: uuid.UUID, password: str) -> None:
        self.keyring.store(account_id, password)

    def remove(self, account_id: uuid.UUID) -> None:
        """Stop using the account (a tombstone: sent replies keep referring to it) and forget its
        password."""
        with self.store.write() as session:
            row = session.get(MailAccount, account_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(translatable("MailErrors", "That mail account does not exist."))
            row.deleted_at = dt.datetime.now(dt.UTC)
            row.active = False
            # A tombstoned account frees its address for a new one.
            row.address = f"{row.address}#removed-{account_id.hex[:8]}"
        self.keyring.forget(account_id)

    def get(self, account_id: uuid.UUID) -> AccountSettings:
        with self.store.read() as session:
            row = session.get(MailAccount, account_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError(translatable("MailErrors", "That mail account does not exist."))
            return _settings(row)

    def list(self, *, active_only: bool = False) -> list[AccountInfo]:
        with self.store.read() as session:
            query = select(MailAccount).where(MailAccount.deleted_at.is_(None)).order_by(MailAccount.name)
            if active_only:
                query = query.where(MailAccount.active.is_(True))
            return [AccountInfo(row.id, _settings(row)) for row in session.scalars(query)]


# -- connections -------------------------------------------------------------------------------


def tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def open_imap(settings: AccountSettings, password: str, timeout: float = TIMEOUT) -> imaplib.IMAP4:
    """A logged-in IMAP connection; a ``MailError`` in plain words otherwise."""
    host, port = settings.imap_host, settings.imap_port
    conn: imaplib.IMAP4 | None = None
    try:
        if settings.imap_security == MailSecurity.TLS:
            conn = imaplib.IMAP4_SSL(host, port, ssl_context=tls_context(), timeout=timeout)
        else:
            conn = imaplib.IMAP4(host, port, timeout=timeout)
            if settings.imap_security == MailSecurity.STARTTLS:
                conn.starttls(tls_context())
        _imap_login(conn, settings.imap_user, password)
        return conn
    except Exception as exc:
        if conn is not None:
            _quietly(conn.shutdown)
        raise explain(exc, host, port) from exc


def _imap_login(conn: imaplib.IMAP4, user: str, password: str) -> None:
    """LOGIN takes ASCII only (imaplib, RFC 3501); AUTHENTICATE PLAIN carries UTF-8 (RFC 4616),
    so a password with "ä" or "ø" works wherever the server offers it."""
    if (user + password).isascii() or "AUTH=PLAIN" not in conn.capabilities:
        conn.login(user, password)
        return
    secret = f"\0{user}\0{password}".encode()
    conn.authenticate("PLAIN", lambda _challenge: secret)


def open_smtp(settings: AccountSettings, password: str | None, timeout: float = TIMEOUT) -> smtplib.SMTP:
    """A ready SMTP connection (logged in when the account has an SMTP user)."""
    host, port = settings.smtp_host, settings.smtp_port
    conn: smtplib.SMTP | None = None
    try:
        if settings.smtp_security == MailSecurity.TLS:
            conn = smtplib.SMTP_SSL(host, port, timeout=timeout, context=tls_context())
        else:
            conn = smtplib.SMTP(host, port, timeout=timeout)
            if settings.smtp_security == MailSecurity.STARTTLS:
                conn.starttls(context=tls_context())
        conn.ehlo_or_helo_if_needed()
        if settings.smtp_user:
            conn.login(settings.smtp_user, password or "")
        return conn
    except Exception as exc:
        if conn is not None:
            _quietly(conn.close)
        raise explain(exc, host, port) from exc


def _quietly(action: object) -> None:
    try:
        action()  # type: ignore[operator]
    except Exception:
        pass


@dataclass(frozen=True)
class ConnectionReport:
    """The result of "Test connection": ``ok`` and one plain sentence per protocol."""

    imap_ok: bool
    imap_message: str
    smtp_ok: bool
    smtp_message: str

    @property
    def ok(self) -> bool:
        return self.imap_ok and self.smtp_ok


def test_connection(
    settings: AccountSettings, passwords: Passwords, account_id: uuid.UUID, timeout: float = 15.0
) -> ConnectionReport:
    """Log in to both servers and check the folders exist; blocking (run it off the GUI thread)."""
    try:
        settings = validate(settings)
    except ValidationError as exc:
        return ConnectionReport(False, exc.message, False, exc.message)
    imap_ok, imap_message = False, ""
    try:
        conn = open_imap(settings, passwords.get(account_id, "imap"), timeout)
        try:
            missing = []
            for folder in settings.folders:
                typ, _ = conn.select(_quote(folder), readonly=True)
                if typ != "OK":
                    missing.append(folder)
            if missing:
                imap_message = Message(
                    translatable("MailErrors", "Logged in, but the folder {folders} does not exist."),
                    folders=", ".join(missing),
                ).render()
            else:
                imap_ok = True
                imap_message = Message(
                    translatable("MailErrors", "Connected to {host}; the folders can be read."),
                    host=settings.imap_host,
                ).render()
        finally:
            _quietly(conn.logout)
    except MailError as exc:
        imap_message = exc.message
    except Exception as exc:
        imap_message = explain(exc, settings.imap_host, settings.imap_port).message
    smtp_ok, smtp_message = False, ""
    try:
        password = passwords.get(account_id, "smtp") if settings.smtp_user else None
        smtp = open_smtp(settings, password, timeout)
        _quietly(smtp.quit)
        smtp_ok = True
        smtp_message = Message(
            translatable("MailErrors", "Connected to {host}; mail can be sent."), host=settings.smtp_host
        ).render()
    except MailError as exc:
        smtp_message = exc.message
    except Exception as exc:
        smtp_message = explain(exc, settings.smtp_host, settings.smtp_port).message
    return ConnectionReport(imap_ok, imap_message, smtp_ok, smtp_message)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def imap_utf7(name: str) -> str:
    """A mailbox name in IMAP's modified UTF-7 (RFC 3501 5.1.3): "Rückfragen" → "R&APw-ckfragen"."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            data = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode("ascii").rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def _quote(folder: str) -> str:
    """An IMAP mailbox name as a quoted string (modified UTF-7; backslash and quote escaped)."""
    encoded = imap_utf7(folder)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'
