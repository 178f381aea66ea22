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

CONNECT_TIMEOUT_S = 10


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
        raise SyncError(f"{url!r} is not a server address (expected postgresql://host/database).") from exc
    if not parsed.drivername.startswith("postgresql"):
        raise SyncError(f"{url!r} is not a PostgreSQL address (expected postgresql://host/database).")
    parsed = parsed.set(drivername=f"postgresql+{driver}" if driver else "postgresql")
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


def connect(url: str, credentials: Credentials | None = None) -> psycopg.Connection[dict[str, Any]]:
    """An autocommit connection (transactions are explicit, ``conn.transaction()``) with rows as dicts."""
    conninfo = server_url(url, credentials, driver="").render_as_string(hide_password=False)
    return psycopg.connect(
        conninfo,
        autocommit=True,
        row_factory=dict_row,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="agentdesk",
    )
