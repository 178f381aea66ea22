# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail failures in plain words.

Everything the network, the server or the settings can do wrong ends as a ``MailError`` with one
sentence an agent can act on ("The server refused the user name or password."), never a
traceback. ``permanent`` says whether trying again unchanged can help: a refused recipient will
be refused again, a server that is down may be back in a minute.
"""

from __future__ import annotations

import imaplib
import smtplib
import socket
import ssl

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable


class MailError(AgentDeskError):
    """A mail server could not be used; ``message`` says why in plain words."""

    def __init__(self, message: str, /, *, permanent: bool = False, **params: object) -> None:
        super().__init__(message, **params)
        self.permanent = permanent


class CredentialsError(MailError):
    """No password, or no keyring to keep it in."""


WRONG_PASSWORD = "The server refused the user name or password."

# What imaplib and smtplib say when a server offers no STARTTLS (the client stops there).
_NO_STARTTLS = ("tls not supported by server", "starttls extension not supported")
_AUTH_MARKERS = ("authenticationfailed", "authentication failed", "invalid credentials", "login failed")


def explain(exc: BaseException, host: str = "", port: int = 0) -> MailError:
    """The ``MailError`` for a failure while talking to ``host:port``."""
    if isinstance(exc, MailError):
        return exc
    where = f"{host}:{port}" if host else "The mail server"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(WRONG_PASSWORD, permanent=True)
    if isinstance(exc, imaplib.IMAP4.error | smtplib.SMTPNotSupportedError) and any(
        marker in str(exc).lower() for marker in _NO_STARTTLS
    ):
        return MailError(
            translatable(
                "MailErrors",
                "{where}: the server did not offer encryption (STARTTLS), so nothing was sent, not even "
                "the password. Ask whoever runs it to turn on TLS, or choose SSL/TLS and its port.",
            ),
            where=where,
            permanent=True,
        )
    if isinstance(exc, imaplib.IMAP4.error):
        text = str(exc)
        if any(marker in text.lower() for marker in _AUTH_MARKERS):
            return MailError(WRONG_PASSWORD, permanent=True)
        return MailError(
            translatable("MailErrors", "The IMAP server at {where} answered with an error: {clip}"),
            where=where,
            clip=_clip(text),
        )
    if isinstance(exc, UnicodeEncodeError):
        return MailError(
            translatable(
                "MailErrors",
                ("The server accepts only plain ASCII letters in the user name and password at login."),
            ),
            permanent=True,
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = getattr(exc, "verify_message", None) or getattr(exc, "reason", None) or "not trusted"
        owner = _certificate_owner(host, port)
        if owner is not None:
            return MailError(
                translatable(
                    "MailErrors",
                    "{where}: the certificate is not trusted: {owner} ({reason}). Check the host name, "
                    "or ask whoever runs the server.",
                ),
                where=where,
                owner=owner,
                reason=reason,
                permanent=True,
            )
        return MailError(
            translatable(
                "MailErrors",
                (
                    "The certificate of {where} could not be verified ({reason}); check the host "
                    "name, or ask whoever runs the server."
                ),
            ),
            where=where,
            reason=reason,
            permanent=True,
        )
    if isinstance(exc, ssl.SSLError):
        return MailError(
            translatable(
                "MailErrors",
                (
                    "The secure (TLS) connection to {where} failed ({value}); check the port and "
                    "whether the server expects TLS or STARTTLS."
                ),
            ),
            where=where,
            value=exc.reason or exc,
            permanent=True,
        )
    if isinstance(exc, socket.gaierror):
        name = f"The mail server {host}" if host else "The mail server"
        return MailError(
            translatable("MailErrors", "{name} could not be found; check the host name."), name=name
        )
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            translatable(
                "MailErrors", "{where} refused the connection: the server is down or the port is wrong."
            ),
            where=where,
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError(translatable("MailErrors", "{where} did not answer in time."), where=where)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(sorted(exc.recipients))
        permanent = all(code >= 500 for code, _ in exc.recipients.values())
        return MailError(
            translatable("MailErrors", "The mail server refused the recipient {refused}."),
            refused=refused,
            permanent=permanent,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return MailError(
            translatable("MailErrors", "The mail server refused the sender address {sender}: {smtp_text}"),
            sender=exc.sender,
            smtp_text=_smtp_text(exc.smtp_error),
            permanent=exc.smtp_code >= 500,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError(
            translatable("MailErrors", "{where} does not support this: {exc}"),
            where=where,
            exc=exc,
            permanent=True,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError(
            translatable("MailErrors", "{where} closed the connection unexpectedly."), where=where
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return MailError(
            translatable("MailErrors", "The mail server answered {smtp_code}: {smtp_text}"),
            smtp_code=exc.smtp_code,
            smtp_text=_smtp_text(exc.smtp_error),
            permanent=exc.smtp_code >= 500,
        )
    if isinstance(exc, smtplib.SMTPException):
        return MailError(translatable("MailErrors", "Sending failed: {clip}"), clip=_clip(str(exc)))
    if isinstance(exc, OSError):
        return MailError(
            translatable("MailErrors", "{where} cannot be reached: {value}."),
            where=where,
            value=exc.strerror or exc,
        )
    return MailError(
        translatable("MailErrors", "The mail server could not be used ({name__})."), name__=type(exc).__name__
    )


def _certificate_owner(host: str, port: int, timeout: float = 5.0) -> str | None:
    """Whom the certificate ``host:port`` presents names (its common name, else its subject), read
    without trusting it, only to say whose it is; ``None`` when it cannot be read (STARTTLS)."""
    if not host or not port:
        return None
    try:
        pem = ssl.get_server_certificate((host, port), timeout=timeout)
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        subject = x509.load_pem_x509_certificate(pem.encode("ascii")).subject
    except (OSError, ValueError):
        return None
    common = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(common[0].value) if common else subject.rfc4514_string()


def _smtp_text(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return _clip(text)


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
