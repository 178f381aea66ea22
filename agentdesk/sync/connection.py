# SPDX-License-Identifier: GPL-3.0-or-later
"""Server addresses and credentials, and opening a connection to the server.

The URL names the server and database (``postgresql://host:5432/agentdesk``); the user name and
password come separately (from the OS keyring in the window, from arguments in tests), so that the
password is never written into a URL that could end up in a file or a log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import dict_row
from sqlalchemy.engine import URL, make_url

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable
from agentdesk.sync import tls

CONNECT_TIMEOUT_S = 10
# Bounds on every server connection of a desk, so that nothing waits for ever: a lock another
# client holds (a vanished client's row lock), a statement, a transaction left open, and a half-open
# connection (TCP keepalives and a user timeout notice a peer that went away without a word).
LOCK_TIMEOUT_MS = 10_000
STATEMENT_TIMEOUT_MS = 120_000
IDLE_IN_TRANSACTION_MS = 60_000
TCP_USER_TIMEOUT_MS = 30_000
SESSION_OPTIONS = (
    f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS}"
    f" -c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
)


class SyncError(AgentDeskError):
    """A sync step failed for a reason the user can act on (unreachable, refused, old client)."""


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)


def server_url(url: str, credentials: Credentials | None = None, *, driver: str = "psycopg") -> URL:
    """``url`` as a SQLAlchemy URL for ``driver``, with ``credentials`` when given."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise SyncError(
            translatable(
                "SyncErrors", "{url!r} is not a server address (expected postgresql://host/database)."
            ),
            url=url,
        ) from exc
    if not parsed.drivername.startswith("postgresql"):
        raise SyncError(
            translatable(
                "SyncErrors", "{url!r} is not a PostgreSQL address (expected postgresql://host/database)."
            ),
            url=url,
        )
    parsed = parsed.set(drivername=f"postgresql+{driver}" if driver else "postgresql")
    if tls.PIN_PARAMETER in parsed.query:  # ours, not libpq's (``connect`` checks it)
        parsed = parsed.difference_update_query([tls.PIN_PARAMETER])
    # Another machine is reached over a checked certificate unless the address says otherwise.
    query = {key: str(value) for key, value in parsed.query.items()}
    extra = tls.tls_parameters(parsed.host, query)
    if extra:
        parsed = parsed.update_query_dict(extra)
    if credentials is not None:
        # An empty password leaves libpq to its own ways (.pgpass, PGPASSWORD, peer).
        parsed = parsed.set(username=credentials.user, password=credentials.password or None)
    return parsed


def redacted(url: str) -> str:
    """``url`` without its password, for messages and logs."""
    try:
        return make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)
    except Exception:
        return "(unreadable address)"


def connect(
    url: str, credentials: Credentials | None = None, *, bounded: bool = True
) -> psycopg.Connection[dict[str, Any]]:
    """An autocommit connection (transactions are explicit, ``conn.transaction()``) with rows as
    dicts; ``bounded`` (a desk's sync) sets the session's lock, statement and idle timeouts, which
    an admin's set-up of a large server may need to exceed."""
    address = server_url(url, credentials, driver="")
    conninfo = address.render_as_string(hide_password=False)
    pin = pinned_fingerprint(url)
    if pin is not None:  # before any password is sent
        tls.check_pin(address.host or "localhost", address.port or 5432, pin)
    try:
        return _open(conninfo, bounded)
    except psycopg.OperationalError as exc:
        refused = tls.explain(
            str(exc),
            address.host or "localhost",
            address.port or 5432,
            _text(address.query.get("sslrootcert")),
        )
        if refused is not None:
            raise refused from exc
        raise


def pinned_fingerprint(url: str) -> str | None:
    """The certificate fingerprint ``url`` pins (``agentdesk_pin``), if any."""
    try:
        value = make_url(url).query.get(tls.PIN_PARAMETER)
    except Exception:
        return None
    if isinstance(value, tuple):
        value = value[-1] if value else None
    return value or None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _open(conninfo: str, bounded: bool) -> psycopg.Connection[dict[str, Any]]:
    return psycopg.connect(
        conninfo,
        autocommit=True,
        row_factory=dict_row,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="agentdesk",
        options=SESSION_OPTIONS if bounded else "",
        keepalives=1,
        keepalives_idle=15,
        keepalives_interval=5,
        keepalives_count=3,
        tcp_user_timeout=TCP_USER_TIMEOUT_MS,
    )
