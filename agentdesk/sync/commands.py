# SPDX-License-Identifier: GPL-3.0-or-later
"""Headless commands: ``agentdesk server init``, ``agentdesk server add-agent``, ``agentdesk sync``.

Passwords never come from the command line (it shows in process lists and shell history): the new
agent's password and the sync login's password are read from standard input (``--password-stdin``,
the first line) or asked for on a terminal; ``agentdesk sync`` also finds the password in the OS
keyring, where ``--save-password`` keeps it. The server's admin login uses PostgreSQL's own ways
(``.pgpass``, ``PGPASSWORD``, peer authentication) for ``server`` commands.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable
from agentdesk.paths import default_db_path
from agentdesk.sync.passwords import keyring_password, save_keyring_password

# The database driver and the sync modules load only when a sync command runs, not for every
# ``agentdesk`` start: they are imported inside the functions below.
if TYPE_CHECKING:
    from agentdesk.sync.connection import Credentials


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``server`` and ``sync`` to the ``agentdesk`` command."""
    server = subparsers.add_parser("server", help="set up a shared PostgreSQL server (for its admin)")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the server's schema, roles and policies")
    init.add_argument("--url", required=True, metavar="URL", help="postgresql://host:5432/database")
    init.add_argument("--admin-user", metavar="NAME", help="the owner login (default: libpq's default)")
    add = actions.add_parser("add-agent", help="give an agent their own server login")
    add.add_argument("--url", required=True, metavar="URL")
    add.add_argument("--admin-user", metavar="NAME")
    add.add_argument("--login", required=True, metavar="NAME", help="the agent's server login")
    add.add_argument("--name", required=True, help="the agent's full name")
    add.add_argument("--email", required=True)
    add.add_argument("--role", choices=("agent", "supervisor", "admin"), default="agent")
    add.add_argument("--tier", type=int, choices=(1, 2, 3), action="append", metavar="N", help="repeatable")
    add.add_argument("--team", action="append", default=[], metavar="NAME", help="repeatable")
    add.add_argument("--password-stdin", action="store_true", help="read the new login's password from stdin")

    sync = subparsers.add_parser("sync", help="push local changes to the server and pull the others' once")
    sync.add_argument("--db", type=Path, metavar="PATH", help="the SQLite database file")
    sync.add_argument("--url", metavar="URL", help="the server (remembered in the database)")
    sync.add_argument("--user", metavar="NAME", help="your server login (remembered in the database)")
    sync.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    sync.add_argument("--save-password", action="store_true", help="keep the password in the OS keyring")


def _admin(args: argparse.Namespace) -> Credentials | None:
    from agentdesk.sync.connection import Credentials

    return Credentials(args.admin_user, "") if args.admin_user else None


def _read_password(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(prompt)
    else:
        raise AgentDeskError(translatable("SyncErrors", "No password: give it with --password-stdin."))
    if not password:
        raise AgentDeskError(translatable("SyncErrors", "The password is empty."))
    return password


def _sync_password(args: argparse.Namespace, url: str, user: str) -> str:
    from agentdesk.sync.connection import redacted

    if not args.password_stdin:
        found = keyring_password(url, user)
        if found:
            return found
    password = _read_password(args.password_stdin, f"Password for {user} on {redacted(url)}: ")
    if args.save_password:
        save_keyring_password(url, user, password)
    return password


def _run_sync(args: argparse.Namespace) -> int:
    from agentdesk.store.database import open_store
    from agentdesk.store.models import Setting
    from agentdesk.sync.connection import Credentials
    from agentdesk.sync.engine import sync_once
    from agentdesk.sync.outbox import SERVER_SETTING

    path = (args.db or default_db_path()).expanduser()
    if not path.exists():
        raise AgentDeskError(translatable("SyncErrors", "{path} does not exist."), path=path)
    store = open_store(path)
    try:
        with store.read() as session:
            row = session.get(Setting, SERVER_SETTING)
            saved: dict[str, Any] = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
        url = args.url or saved.get("url")
        user = args.user or saved.get("user")
        if not url or not user:
            raise AgentDeskError(
                translatable(
                    "SyncErrors", "No server is set up for this database: give --url and --user once."
                )
            )
        summary = sync_once(store, url, Credentials(user, _sync_password(args, url, user)), check=True)
        if summary.ok and (url, user) != (saved.get("url"), saved.get("user")):
            with store.write() as session:
                session.merge(Setting(key=SERVER_SETTING, value={"url": url, "user": user}))
    finally:
        store.close()
    if not summary.ok:
        print(f"agentdesk: {summary.text()}", file=sys.stderr)
        return 1
    print(summary.text())
    return 0


def run(args: argparse.Namespace) -> int:
    """Run ``server …`` or ``sync``; errors the user can act on are raised as ``AgentDeskError``."""
    if args.command == "sync":
        return _run_sync(args)
    import psycopg
    import sqlalchemy.exc

    from agentdesk.sync.connection import SyncError, redacted

    try:
        return _run_server(args)
    except (psycopg.OperationalError, sqlalchemy.exc.OperationalError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SyncError(
            translatable("SyncErrors", "Cannot work on the server {redacted}: {first}"),
            redacted=redacted(args.url),
            first=first,
        ) from exc


def _run_server(args: argparse.Namespace) -> int:
    from agentdesk.sync.connection import SyncError, redacted
    from agentdesk.sync.server import add_agent, init_server

    if args.server_command == "init":
        from agentdesk.sync.hardening import harden

        info = init_server(args.url, _admin(args))
        print(
            f"Server {redacted(args.url)} is ready: schema {info.schema_revision}, "
            f"sync protocol {info.protocol_version}."
        )
        for sentence in harden(args.url, _admin(args)):
            print(sentence.render())
        return 0
    if args.server_command == "add-agent":
        password = _read_password(args.password_stdin, f"Password for the new login {args.login}: ")
        add_agent(
            args.url,
            args.login,
            password,
            name=args.name,
            email=args.email,
            role=args.role,
            tiers=args.tier or [1],
            teams=args.team,
            credentials=_admin(args),
        )
        print(f"{args.login} can now sync as {args.role} ({args.name}).")
        return 0
    raise SyncError(
        translatable("SyncErrors", "Unknown server action {server_command!r}."),
        server_command=args.server_command,
    )
