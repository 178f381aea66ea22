# SPDX-License-Identifier: GPL-3.0-or-later
"""Customer records, organisations and imported customers travel between desktops; a customer
edited on two desktops at once merges per field, and the losing value is recorded."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.customers import csv_import
from agentdesk.customers.organisations import OrganisationService
from agentdesk.customers.records import CustomerService
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import SyncConflict
from agentdesk.sync.server import add_agent
from tests.sync.test_two_desktops import ANNA, OLE, assert_identical, local_rows, settle, synced

pytestmark = pytest.mark.server


@pytest.fixture
def pair(server_url: str, desktop: Callable[[str], Store]) -> tuple[Store, Store]:
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@example.com", tiers=[1, 2, 3])
    add_agent(
        server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", role="supervisor", tiers=[1]
    )
    return desktop("a"), desktop("b")


def test_a_customer_edited_on_two_offline_desktops_merges_per_field_and_records_the_conflict(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    customer = InboxService(a, clock).create_customer("Jens Hansen", email="jens@example.dk", language="da")
    org = OrganisationService(a, clock).create({"name": "Nordlys A/S", "domains": "nordlys.dk"})
    settle(a, b, server_url)
    # Both desktops now work offline: A corrects the name and the phone, B the phone, notes and VIP.
    CustomerService(a, clock).update(customer, {"name": "Jens Ole Hansen", "phone": "+45 11 11 11 11"})
    clock.advance(seconds=1)
    CustomerService(b, clock).update(
        customer,
        {"phone": "+45 22 22 22 22", "notes": "Ringer efter 16", "vip": True, "organisation_id": org},
    )
    settle(a, b, server_url)
    assert_identical(a, b, server_url, a_is_an_agent=True)  # Anna
    for store in (a, b):
        record = CustomerService(store, clock).get(customer)
        assert (record.name, record.phone, record.notes, record.vip, record.organisation_name) == (
            "Jens Ole Hansen",  # only A changed it
            "+45 22 22 22 22",  # both did: the later clock wins
            "Ringer efter 16",
            True,
            "Nordlys A/S",
        )
    with b.read() as session:
        conflicts = session.scalars(select(SyncConflict).where(SyncConflict.table_name == "customer")).all()
    assert [(c.field, c.kind, c.kept_value, c.lost_value) for c in conflicts] == [
        ("phone", "field", "+45 22 22 22 22", "+45 11 11 11 11")
    ]
    # Both edits stay in the history every desktop shows.
    history = CustomerService(a, clock).history(customer)
    assert sorted(tuple(sorted(h.data["changes"])) for h in history) == [
        ("name", "phone"),
        ("notes", "organisation_id", "phone", "vip"),
    ]


def test_imported_customers_and_a_merge_reach_the_other_desktop(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    data = "Navn;E-mail;Organisation\r\nMette Lund;mette@example.dk;Lund ApS\r\nM. Lund;ml@example.dk;\r\n"
    plan = csv_import.plan_import(a, data.encode("cp1252"), file_name="kunder.csv")
    csv_import.commit(a, plan, clock=clock)
    settle(a, b, server_url)
    ids = {row["email"]: row["id"] for row in local_rows(b, "customer").values()}
    assert set(ids) == {"mette@example.dk", "ml@example.dk"}
    conversation = InboxService(b, clock).create_conversation(ids["ml@example.dk"], "email", "Faktura", "Hej")
    synced(b, server_url, OLE)
    synced(a, server_url, ANNA)
    CustomerService(a, clock).merge(ids["mette@example.dk"], ids["ml@example.dk"])
    settle(a, b, server_url)
    assert_identical(a, b, server_url, a_is_an_agent=True)  # Anna
    conv = local_rows(b, "conversation")[str(conversation.id)]
    assert conv["customer_id"] == ids["mette@example.dk"]
    assert CustomerService(b, clock).get(ids["mette@example.dk"]).other_emails == ("ml@example.dk",)
