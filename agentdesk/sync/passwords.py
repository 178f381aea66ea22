# SPDX-License-Identifier: GPL-3.0-or-later
"""The sync login's password in the OS keyring, for ``agentdesk sync`` and the window alike.

One entry per login and server: service ``AgentDesk sync``, user ``login@server`` (the server's
address without a password in it), so ``agentdesk sync --save-password`` and the window's server
settings find the same password. Without a keyring (a server with no desktop session) or with a
locked one, nothing is found and nothing is kept: the caller asks for the password instead.

(Mail passwords have their own entries: ``agentdesk.mail.accounts.KeyringPasswords``.)
"""

from __future__ import annotations

from typing import Any

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable

KEYRING_SERVICE = "AgentDesk sync"


class KeyringUnavailable(AgentDeskError):
    """The password cannot be kept: there is no keyring, or it refused."""


def keyring_key(url: str, user: str) -> str:
    """The keyring's user name for ``user`` on ``url`` (the address without any password)."""
    from agentdesk.sync.connection import redacted

    return f"{user}@{redacted(url)}"


def keyring_backend() -> Any | None:
    """The OS keyring ``keyring`` chose, or None when there is none to use."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, fail.Keyring | null.Keyring) else backend


def keyring_password(url: str, user: str) -> str | None:
    """The sync password kept in the OS keyring for ``user`` on ``url`` (None: none kept, no
    keyring, or a locked one)."""
    backend = keyring_backend()
    if backend is None:
        return None
    try:
        found = backend.get_password(KEYRING_SERVICE, keyring_key(url, user))
    except Exception:  # a locked or refusing keyring: the caller asks instead
        return None
    return str(found) if found else None


def save_keyring_password(url: str, user: str, password: str) -> None:
    """Keep the sync password of ``user`` on ``url`` in the OS keyring; ``KeyringUnavailable``
    says why it could not be kept."""
    backend = keyring_backend()
    if backend is None:
        raise KeyringUnavailable(
            translatable(
                "SyncErrors", "No system keyring is available to keep the password; give it each time."
            )
        )
    try:
        backend.set_password(KEYRING_SERVICE, keyring_key(url, user), password)
    except Exception as exc:  # keyring backends raise their own kinds (locked, denied)
        raise KeyringUnavailable(
            translatable("SyncErrors", "The keyring refused to keep the password ({name__})."),
            name__=type(exc).__name__,
        ) from exc


__all__ = [
    "KEYRING_SERVICE",
    "KeyringUnavailable",
    "keyring_backend",
    "keyring_key",
    "keyring_password",
    "save_keyring_password",
]


def saved_server_login(store: Any) -> tuple[str, Any] | tuple[str, None] | None:
    """The team server and login a database syncs with, as ``(url, Credentials)``, from its
    settings and the keyring: ``(url, None)`` when the password is not in the keyring, None when
    the database syncs with no server. (For headless commands: mail watch, the web service.)"""
    from agentdesk.inbox.workspace import WorkspaceSettings
    from agentdesk.sync.connection import Credentials
    from agentdesk.sync.outbox import SERVER_SETTING

    saved = WorkspaceSettings(store).get(SERVER_SETTING) or {}
    url, user = saved.get("url"), saved.get("user")
    if not url or not user:
        return None
    password = keyring_password(str(url), str(user))
    if not password:
        return str(url), None
    return str(url), Credentials(str(user), str(password))
