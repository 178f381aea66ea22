# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk mail add|list|test|fetch|watch|send``: the email channel from the command line.

The password comes from the OS keyring, or from the first line of standard input for one run
(``--password-stdin``); never from the command line, where process lists and shell history show it.
A database that syncs with a team server shares each mailbox's fetch lease there, and what was
fetched goes on to the server after each round.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentdesk.errors import AgentDeskError, StoreError

if TYPE_CHECKING:
    from agentdesk.mail.accounts import Passwords
    from agentdesk.store.database import Store

Actions = Any  # argparse's sub-parser action (its class is private)


def _db_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, metavar="PATH", help="the SQLite database file")


def _open(path: Path, *, must_exist: bool) -> Store:
    """The database at ``path``; one that syncs records what the command changes."""
    from agentdesk.audit import capture
    from agentdesk.clock import SystemClock
    from agentdesk.store.database import open_store
    from agentdesk.sync.outbox import install_if_configured

    path = path.expanduser()
    if must_exist and not path.exists():
        raise StoreError(f"{path} does not exist.")
    store = open_store(path)
    install_if_configured(store)
    capture.install(store, SystemClock())  # administrative changes are logged
    return store


def register(commands: Actions, at_most: Callable[[int], Callable[[str], int]]) -> None:
    """Add ``mail`` to the ``agentdesk`` command (``at_most``: the command line's bounded number)."""
    mail = commands.add_parser("mail", help="the email channel: support mailboxes, fetching, sending")
    actions = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    stdin_help = "read the password from the first line of standard input (instead of the keyring)"

    add = actions.add_parser("add", help="connect a support mailbox")
    _db_option(add, required=True)
    add.add_argument("--imap", required=True, metavar="URL", help="imaps://USER@HOST:PORT/INBOX")
    add.add_argument("--smtp", required=True, metavar="URL", help="smtp+starttls://USER@HOST:PORT")
    add.add_argument("--from", dest="address", required=True, metavar="ADDRESS")
    add.add_argument("--name", default="", metavar="NAME", help="display name on replies")
    add.add_argument("--signature", default="", metavar="TEXT")
    add.add_argument("--attachment-limit", type=at_most(100_000), default=10, metavar="MB")
    add.add_argument("--password-stdin", action="store_true", help=stdin_help + "; kept in the keyring")

    listing = actions.add_parser("list", help="list the mailboxes")
    _db_option(listing, required=True)

    for name, text in (
        ("test", "test the connection to each mailbox's servers"),
        ("fetch", "fetch new mail once, then send waiting replies"),
        ("watch", "fetch and send until stopped (for running as a service)"),
        ("send", "send the replies waiting in the outbox once"),
    ):
        action = actions.add_parser(name, help=text)
        _db_option(action, required=True)
        action.add_argument("--password-stdin", action="store_true", help=stdin_help)
        if name == "watch":
            action.add_argument("--interval", type=at_most(86_400), default=60, metavar="SECONDS")


def _read_password() -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise AgentDeskError("No password on standard input.")
    return password


def _mail_passwords(password_stdin: bool) -> Passwords:
    from agentdesk.mail.accounts import KeyringPasswords, StaticPasswords

    return StaticPasswords(_read_password()) if password_stdin else KeyringPasswords()


def run(args: argparse.Namespace) -> int:
    """``agentdesk mail …``: the password comes from the keyring, or from stdin for this run."""
    from agentdesk.mail.accounts import MailAccounts

    store = _open(args.db, must_exist=args.mail_command != "add")
    try:
        if args.mail_command == "add":
            return _mail_add(store, args)
        accounts = MailAccounts(store)
        if args.mail_command == "list":
            for info in accounts.list():
                s = info.settings
                state = "" if s.active else " (inactive)"
                print(
                    f"{s.address}{state}: IMAP {s.imap_security} {s.imap_host}:{s.imap_port} "
                    f"{','.join(s.folders)}; SMTP {s.smtp_security} {s.smtp_host}:{s.smtp_port}"
                )
            return 0
        if not accounts.list(active_only=True):
            raise AgentDeskError(f"{store.path} has no mail account; add one with 'agentdesk mail add'.")
        if args.mail_command == "test":
            return _mail_test(store, args.password_stdin)
        if args.mail_command == "watch":
            return _mail_watch(store, args.password_stdin, args.interval)
        from agentdesk.mail.service import MailService

        service = MailService(store, _mail_passwords(args.password_stdin))
        if args.mail_command == "send":
            result = service.sender.flush()
            print("Outbox: " + result.describe())
            return 1 if result.failed else 0
        if args.mail_command == "fetch":
            team = _team_server(store)
            if team is not None:  # the lock on the team's server, and the mail on to it
                from agentdesk.sync.lease import ServerFetchLease

                service.lease = ServerFetchLease(*team)
            round_result = service.run_once()
            for line in round_result.lines():
                print(line)
            if team is not None:
                from agentdesk.sync.engine import sync_once

                print(sync_once(store, *team).text())
            errors = [f"{r.address}: {r.error}" for r in round_result.fetched if r.error]
            for line in errors:
                print(f"agentdesk: {line}", file=sys.stderr)
            return 1 if errors else 0
        raise AgentDeskError(f"Unknown mail action {args.mail_command!r}.")
    finally:
        store.close()


def _mail_add(store: Store, args: argparse.Namespace) -> int:
    from agentdesk.mail.accounts import AccountSettings, MailAccounts, parse_server_url
    from agentdesk.mail.errors import CredentialsError

    imap_security, imap_host, imap_port, imap_user, folders = parse_server_url(args.imap, "imap")
    smtp_security, smtp_host, smtp_port, smtp_user, _ = parse_server_url(args.smtp, "smtp")
    if not imap_user:
        raise AgentDeskError("The IMAP address names no user: imaps://USER@HOST:PORT/INBOX")
    settings = AccountSettings(
        address=args.address,
        name=args.name or args.address,
        display_name=args.name,
        imap_host=imap_host,
        imap_port=imap_port,
        imap_security=imap_security,
        imap_user=imap_user,
        folders=folders,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
        smtp_security=smtp_security,
        smtp_user=smtp_user,
        signature=args.signature,
        attachment_limit=args.attachment_limit * 1_000_000,
    )
    password = _read_password() if args.password_stdin else None
    accounts = MailAccounts(store)
    try:
        accounts.add(settings, password)
    except CredentialsError as exc:
        accounts.add(settings)
        print(f"agentdesk: the password was not saved: {exc.message}", file=sys.stderr)
    else:
        if password is None:
            print(
                "agentdesk: no password given; store it with the settings page, or give it to "
                "fetch, watch and send with --password-stdin.",
                file=sys.stderr,
            )
    print(f"Added {settings.address} (IMAP {imap_host}:{imap_port}, SMTP {smtp_host}:{smtp_port}).")
    return 0


def _mail_test(store: Store, password_stdin: bool) -> int:
    from agentdesk.mail.accounts import MailAccounts, test_connection

    passwords = _mail_passwords(password_stdin)
    failed = False
    for info in MailAccounts(store).list(active_only=True):
        report = test_connection(info.settings, passwords, info.id)
        print(f"{info.settings.address}: IMAP: {report.imap_message} SMTP: {report.smtp_message}")
        failed = failed or not report.ok
    return 1 if failed else 0


def _team_server(store: Store) -> tuple[str, Any] | None:
    """The server and login of a database that syncs with a team server (None: it does not);
    the sync password must be in the keyring (``agentdesk sync --save-password``)."""
    from agentdesk.sync.passwords import saved_server_login

    login = saved_server_login(store)
    if login is None:
        return None
    url, credentials = login
    if credentials is None:
        raise AgentDeskError(
            f"{store.path} syncs with a server: keep its password in the keyring first "
            "('agentdesk sync --save-password'), so mail watch can share the mailbox lease there."
        )
    return url, credentials


def _mail_watch(store: Store, password_stdin: bool, interval: int) -> int:
    """Until SIGTERM or Ctrl+C: both end the current round's wait and release the leases."""
    import signal

    from agentdesk.mail.service import MailService, RoundResult

    service = MailService(store, _mail_passwords(password_stdin))
    team = _team_server(store)
    if team is not None:  # one fetcher per mailbox across the team, and the mail goes to the server
        from agentdesk.sync.lease import ServerFetchLease

        service.lease = ServerFetchLease(*team)
    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}

    def report(result: RoundResult) -> None:
        for line in result.lines():
            print(line, flush=True)
        if team is not None:
            from agentdesk.sync.engine import sync_once

            print(sync_once(store, *team).text(), flush=True)

    count = len(service.accounts.list(active_only=True))
    print(f"Watching {count} mailbox(es); stop with Ctrl+C.", flush=True)
    try:
        service.watch(stop, float(interval), report)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("Stopped.", flush=True)
    return 0
