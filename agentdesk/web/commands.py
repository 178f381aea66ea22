# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk web``: the contact form as a small web service beside the shop's site.

It is a headless AgentDesk desktop: it writes accepted forms to its own database (the local one
for a one-machine shop), and when that database syncs with a team server it syncs after each
accepted form, as ``agentdesk mail watch`` does after each round. The form's signing secret is
made once and kept in the workspace settings, so a restart keeps the forms already handed out
valid. Run it behind a TLS proxy (docs/web.md).
"""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from agentdesk.errors import AgentDeskError
from agentdesk.messages import translatable

if TYPE_CHECKING:
    from agentdesk.inbox.service import ConversationRef
    from agentdesk.store.database import Store

Actions = Any  # argparse's sub-parser action (its class is private)
SECRET_SETTING = "web_form_secret"
log = logging.getLogger(__name__)


def origin(value: str) -> str:
    """``--origin``: a site as the browser names it, ``https://shop.example`` (a port allowed)."""
    parts = urlsplit(value.strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
        or parts.password
    ):
        raise argparse.ArgumentTypeError(f"{value!r} is not a site's origin such as https://shop.example")
    try:
        port = parts.port
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} has no valid port") from None
    host = parts.hostname.lower()
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def _port(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 1 <= number <= 65_535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port (1 to 65535)")
    return number


def register(commands: Actions) -> None:
    """Add ``web`` to the ``agentdesk`` command."""
    web = commands.add_parser(
        "web",
        help="serve the contact form for the shop's website (web-form channel)",
        description="Serve the embeddable contact form at /form; each accepted form becomes a "
        "web-form conversation. Put a TLS proxy in front (docs/web.md).",
    )
    web.add_argument("--db", type=Path, required=True, metavar="PATH", help="the SQLite database file")
    web.add_argument("--host", default="127.0.0.1", metavar="ADDRESS", help="listen address (127.0.0.1)")
    web.add_argument("--port", type=_port, default=8080, metavar="PORT", help="listen port (8080)")
    web.add_argument(
        "--origin",
        dest="origins",
        action="append",
        type=origin,
        default=[],
        metavar="URL",
        help="a site that may embed and post the form, e.g. https://shop.example (repeatable)",
    )
    web.add_argument(
        "--behind-proxy",
        action="store_true",
        help="take the visitor's address from X-Forwarded-For (only behind your own proxy)",
    )


def form_secret(store: Store) -> bytes:
    """The workspace's form-signing secret, made on first use."""
    from agentdesk.inbox.workspace import WorkspaceSettings

    settings = WorkspaceSettings(store)
    saved = settings.get(SECRET_SETTING)
    if isinstance(saved, str) and len(saved) >= 32:
        return bytes.fromhex(saved)
    fresh = secrets.token_hex(32)
    settings.set(SECRET_SETTING, fresh)
    return bytes.fromhex(fresh)


def team_server(store: Store) -> tuple[str, Any] | None:
    """The server and login of a database that syncs with a team server (None: it does not)."""
    from agentdesk.sync.passwords import saved_server_login

    login = saved_server_login(store)
    if login is None:
        return None
    url, credentials = login
    if credentials is None:
        raise AgentDeskError(
            translatable(
                "WebCommand",
                "{path} syncs with a server: keep its password in the keyring first "
                "('agentdesk sync --save-password'), so the web forms reach the team.",
            ),
            path=store.path,
        )
    return url, credentials


def sync_after_accept(store: Store, team: tuple[str, Any]) -> Any:
    """After each accepted form: a sync with the team server (on the database thread). A failed
    sync is logged; the form is stored, and the next sync takes it along."""
    lock = threading.Lock()

    def after(ref: ConversationRef) -> None:
        from agentdesk.sync.engine import sync_once

        with lock:
            try:
                log.info("web form %s: %s", ref.number, sync_once(store, *team).text())
            except Exception as exc:  # the server away: the form stays stored, and goes next time
                log.warning("web form %s stored; the sync failed: %s", ref.number, exc)

    return after


def run(args: argparse.Namespace) -> int:
    """``agentdesk web``: serve until SIGTERM or Ctrl+C."""
    from aiohttp import web

    from agentdesk.clock import SystemClock
    from agentdesk.errors import StoreError
    from agentdesk.store.database import open_store
    from agentdesk.sync.outbox import install_if_configured
    from agentdesk.web.app import WebSettings, make_app

    path = args.db.expanduser()
    if not path.exists():
        raise StoreError(translatable("WebCommand", "{path} does not exist."), path=path)
    # A service's journal: one line per accepted form (AGENTDESK_LOG=WARNING keeps it quieter).
    web_log = logging.getLogger("agentdesk.web")
    if web_log.getEffectiveLevel() > logging.INFO and "AGENTDESK_LOG" not in os.environ:
        web_log.setLevel(logging.INFO)
    store = open_store(path)
    try:
        install_if_configured(store)  # what the forms write is sent on by the next sync
        team = team_server(store)
        after = sync_after_accept(store, team) if team is not None else None
        settings = WebSettings(origins=tuple(args.origins), behind_proxy=args.behind_proxy)
        app = make_app(store, SystemClock(), form_secret(store), settings, after)
        where = "the team server" if team is not None else str(path)
        ready = f"Serving the contact form at http://{args.host}:{args.port}/form (forms go to {where})."

        def announce(_framework_line: str) -> None:  # called once the socket listens
            print(ready, flush=True)

        try:
            web.run_app(app, host=args.host, port=args.port, print=announce, access_log=None)
        except OSError as exc:
            raise AgentDeskError(
                translatable("WebCommand", "Cannot listen on {host}:{port}: {reason}"),
                host=args.host,
                port=args.port,
                reason=exc.strerror or str(exc),
            ) from None
        print("Stopped.")
        return 0
    finally:
        store.close()
