# SPDX-License-Identifier: GPL-3.0-or-later
"""On a database that syncs, an erasure is refused here, before anything is deleted, when the
configured server login is not a supervisor's or an admin's: the server would refuse the erasure
record and keep the customer, while this desktop would have lost them. The command line refuses
before it asks for a confirmation."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agentdesk.cli import main
from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied
from agentdesk.inbox.service import InboxService
from agentdesk.privacy.erase import erase_customer, server_allows_erasure
from agentdesk.store.database import Store
from agentdesk.store.models import Customer, CustomerErasure, Setting
from agentdesk.sync.login_role import LOGIN_SETTING, server_login
from agentdesk.sync.outbox import SERVER_SETTING

URL = "postgresql://desk.shop.test:5432/agentdesk"


def syncs_as(store: Store, login: str, seen: tuple[str, str | None] | None) -> None:
    """Set the database's server login and what the last sync learnt about a login's role."""
    with store.write() as session:
        session.merge(Setting(key=SERVER_SETTING, value={"url": URL, "user": login}))
        if seen is not None:
            session.merge(Setting(key=LOGIN_SETTING, value={"login": seen[0], "role": seen[1]}))


def customer(store: Store, clock: FixedClock) -> uuid.UUID:
    inbox = InboxService(store, clock)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    inbox.create_conversation(jens, "email", "Faktura 4711", "Hej, hvor er min faktura?")
    return jens


def untouched(store: Store, customer_id: uuid.UUID) -> bool:
    with store.read() as session:
        found = session.get(Customer, customer_id)
        erasures = session.scalar(select(func.count()).select_from(CustomerErasure))
        return found is not None and found.name == "Jens Hansen" and erasures == 0


@pytest.mark.parametrize(
    ("login", "seen", "says"),
    [
        ("lise", ("lise", "agent"), "Your server login lise is an agent's"),
        ("lise", None, "does not know yet whether your server login may erase"),
        ("lise", ("ole", "supervisor"), "does not know yet"),  # seen for another login
        ("lise", ("lise", None), "does not know yet"),  # the server knows no AgentDesk role for it
    ],
)
def test_a_login_the_server_would_refuse_erases_nothing(
    store: Store, clock: FixedClock, login: str, seen: tuple[str, str | None] | None, says: str
) -> None:
    jens = customer(store, clock)
    syncs_as(store, login, seen)
    with pytest.raises(PermissionDenied) as caught:
        erase_customer(store, jens, "request", clock)
    assert says in caught.value.message and "Nothing was erased." in caught.value.message
    assert "\n" not in caught.value.message
    assert untouched(store, jens)


@pytest.mark.parametrize("role", ["supervisor", "admin"])
def test_a_supervisor_or_admin_login_erases(store: Store, clock: FixedClock, role: str) -> None:
    jens = customer(store, clock)
    syncs_as(store, "ole", ("ole", role))
    assert server_login(store).role == role
    server_allows_erasure(store)
    erase_customer(store, jens, "request", clock)
    assert not untouched(store, jens)


def test_a_database_without_a_server_erases_as_its_owner(store: Store, clock: FixedClock) -> None:
    jens = customer(store, clock)
    assert server_login(store).login is None
    erase_customer(store, jens, "request", clock)
    assert not untouched(store, jens)


def test_the_command_line_refuses_before_asking(
    store: Store, clock: FixedClock, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    jens = customer(store, clock)
    syncs_as(store, "lise", ("lise", "agent"))
    path = Path(store.path)
    monkeypatch.setattr("sys.stdin", io.StringIO("erase\n"))  # would confirm, were it asked
    code = main(["customer", "erase", "--db", str(path), "--email", "jens@example.dk", "--reason", "request"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Type erase to confirm" not in out
    assert "Your server login lise is an agent's" in err and "Traceback" not in err
    assert untouched(store, jens)
    # the same desktop once a sync has seen the login as a supervisor's
    syncs_as(store, "lise", ("lise", "supervisor"))
    code = main(
        ["customer", "erase", "--db", str(path), "--email", "jens@example.dk", "--reason", "request", "--yes"]
    )
    assert code == 0, capsys.readouterr().err
    assert not untouched(store, jens)
