# SPDX-License-Identifier: GPL-3.0-or-later
"""A team on a shared server: exactly one desktop fetches a mailbox at a time — the lock is on the
server, since each desktop has a database of its own — and the others get the mail through sync."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.mail.accounts import AccountSettings, KeyringPasswords, MailAccounts
from agentdesk.mail.service import MailService
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Conversation
from agentdesk.sync import outbox
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.lease import ServerFetchLease
from agentdesk.sync.server import add_agent, init_server

from .conftest import PASSWORD, Dovecot, MemoryKeyring
from .test_fetch import TEXT_ONLY_DE

pytestmark = pytest.mark.server

ANNA = Credentials("lease_anna", "anna-pw")
OLE = Credentials("lease_ole", "ole-pw")


def conversations(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Conversation)) or 0)


def test_one_desktop_fetches_and_the_other_gets_the_mail_through_sync(
    postgres_url: str, dovecot: Dovecot, memory_keyring: MemoryKeyring, tmp_path: object, clock: FixedClock
) -> None:
    init_server(postgres_url)
    add_agent(postgres_url, ANNA.user, ANNA.password, name="Anna", email="anna@shop.test", tiers=[1, 2, 3])
    add_agent(postgres_url, OLE.user, OLE.password, name="Ole", email="ole@shop.test", role="admin")
    folder = tmp_path  # type: ignore[assignment]
    a, b = open_store(folder / "a.sqlite"), open_store(folder / "b.sqlite")  # type: ignore[operator]
    for store in (a, b):
        outbox.install(store)
    user = dovecot.add_user()
    # The admin (Ole, on B) connects the mailbox; the settings sync to A.
    account = MailAccounts(b, KeyringPasswords(memory_keyring)).add(
        AccountSettings(
            address="support@shop.test",
            imap_host="127.0.0.1",
            imap_port=dovecot.port,
            imap_security="plain",
            imap_user=user,
            smtp_host="127.0.0.1",
            smtp_port=2525,
            smtp_security="plain",
        ),
        password=PASSWORD,
    )
    for store, who in ((b, OLE), (a, ANNA)):
        summary = sync_once(store, postgres_url, who)
        assert summary.ok and not summary.rejected
    assert [info.id for info in MailAccounts(a).list()] == [account]

    passwords = KeyringPasswords(memory_keyring)
    lease_a = ServerFetchLease(postgres_url, ANNA)
    lease_b = ServerFetchLease(postgres_url, OLE)
    desk_a = MailService(a, passwords, clock, lease=lease_a)
    desk_b = MailService(b, passwords, clock, lease=lease_b)
    dovecot.append(user, TEXT_ONLY_DE)
    first = desk_a.fetch()
    assert [r.stored for r in first.fetched] == [1]
    second = desk_b.fetch()
    assert second.fetched == [] and second.busy == ["support@shop.test"]  # A holds the mailbox
    assert conversations(b) == 0
    assert sync_once(a, postgres_url, ANNA).ok and sync_once(b, postgres_url, OLE).ok
    assert conversations(b) == 1  # B has the mail all the same

    # A desktop that crashes (its session ends) frees the mailbox at once.
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (ANNA.user,)
        )
    assert lease_b.acquire(account)
    assert not lease_a.acquire(account)  # now B fetches; A waits its turn
    lease_b.release_all()
    assert lease_a.acquire(account)
    lease_a.release_all()
    a.close()
    b.close()
