# SPDX-License-Identifier: GPL-3.0-or-later
"""IMAP IDLE (RFC 2177): the server says when mail arrives, so it is fetched within seconds
instead of at the next poll.

``IdleWatcher`` keeps one connection per mailbox in IDLE on its first folder, in a thread of its
own, and calls ``on_mail`` when the server announces new mail (``* n EXISTS``). It only wakes the
fetcher: fetching itself stays the normal round, with its lease and its UID bookkeeping. A server
without IDLE, a dropped connection or a wrong password end the watch quietly (after a pause it
tries again); the minute-by-minute round goes on regardless, so IDLE can only make mail come
sooner, never make it come later.

``imaplib`` has no IDLE before Python 3.14; the few lines of the protocol are written here. The
wait uses ``select`` on the socket in one-second slices, so a stop is seen within a second and the
socket's own timeout never fires in the middle of a line.
"""

from __future__ import annotations

import imaplib
import logging
import select
import ssl
import threading
import time
import uuid
from collections.abc import Callable

from agentdesk.mail.accounts import AccountSettings, Passwords, _quote, open_imap

log = logging.getLogger("agentdesk.mail.idle")

REFRESH_SECONDS = 25 * 60  # servers may drop an IDLE after 30 minutes (RFC 2177)
SLICE_SECONDS = 1.0
RETRY_SECONDS = 60.0


def supports_idle(conn: imaplib.IMAP4) -> bool:
    return "IDLE" in conn.capabilities


def _readable(conn: imaplib.IMAP4, seconds: float) -> bool:
    sock = conn.sock
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True  # already decrypted, waiting in the TLS layer
    ready, _, _ = select.select([sock], [], [], seconds)
    return bool(ready)


def wait_for_mail(
    conn: imaplib.IMAP4, folder: str, stop: threading.Event, max_seconds: float = REFRESH_SECONDS
) -> bool:
    """IDLE on ``folder`` until the server announces new mail (True), ``max_seconds`` pass or
    ``stop`` is set (False). The connection is back in its normal state afterwards."""
    typ, _ = conn.select(_quote(folder), readonly=True)
    if typ != "OK":
        raise imaplib.IMAP4.error(f"the folder {folder} cannot be selected")
    tag = conn._new_tag().decode()
    conn.send(f"{tag} IDLE\r\n".encode())
    first = conn.readline()
    if not first.startswith(b"+"):
        raise imaplib.IMAP4.error(f"the server refused IDLE: {first.decode(errors='replace').strip()}")
    arrived = False
    deadline = time.monotonic() + max_seconds
    while not stop.is_set() and time.monotonic() < deadline:
        if not _readable(conn, SLICE_SECONDS):
            continue
        line = conn.readline()
        if not line:
            raise imaplib.IMAP4.abort("the server closed the connection")
        if line.startswith(b"*") and line.rstrip().upper().endswith(b"EXISTS"):
            arrived = True
            break
    conn.send(b"DONE\r\n")
    while True:  # the rest of the untagged lines, then the tagged end of IDLE
        line = conn.readline()
        if not line:
            raise imaplib.IMAP4.abort("the server closed the connection")
        if line.startswith(tag.encode()):
            break
    return arrived


class IdleWatcher(threading.Thread):
    """Watch one mailbox with IDLE until ``stop``; ``on_mail(account_id)`` when mail arrives."""

    def __init__(
        self,
        account_id: uuid.UUID,
        settings: AccountSettings,
        passwords: Passwords,
        on_mail: Callable[[uuid.UUID], None],
        *,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        super().__init__(name=f"imap-idle-{settings.address}", daemon=True)
        self.account_id = account_id
        self.settings = settings
        self.passwords = passwords
        self.on_mail = on_mail
        self.retry_seconds = retry_seconds
        self.stop = threading.Event()
        self.idling = threading.Event()  # set while the server supports IDLE and we wait in it
        self.unsupported = False

    def run(self) -> None:
        folder = self.settings.folders[0] if self.settings.folders else "INBOX"
        while not self.stop.is_set():
            conn: imaplib.IMAP4 | None = None
            try:
                conn = open_imap(self.settings, self.passwords.get(self.account_id, "imap"))
                if not supports_idle(conn):
                    self.unsupported = True
                    log.info("%s has no IDLE: polling only", self.settings.imap_host)
                    return
                while not self.stop.is_set():
                    self.idling.set()
                    if wait_for_mail(conn, folder, self.stop):
                        self.on_mail(self.account_id)
            except Exception as exc:  # the network, the server, the password: poll meanwhile
                log.info("IDLE on %s paused: %s", self.settings.address, exc)
            finally:
                self.idling.clear()
                if conn is not None:
                    try:
                        conn.logout()
                    except Exception:
                        pass
            self.stop.wait(self.retry_seconds)
