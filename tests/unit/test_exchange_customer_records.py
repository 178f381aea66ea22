# SPDX-License-Identifier: GPL-3.0-or-later
"""Organisations, VIPs, customers' organisations, the customer history and erasure records in
the exchange format: a demo workspace with organisations and an erasure goes out and back in
byte for byte, organisations come before their customers, an erasure record erases the customer
in the database it is imported into, and files written before these lines still import."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from agentdesk.clock import FixedClock
from agentdesk.customers.organisations import OrganisationService
from agentdesk.customers.records import CustomerService
from agentdesk.demo.build import build_demo
from agentdesk.errors import ImportFormatError
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.privacy.erase import erase_customer
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Conversation, Customer, CustomerErasure, CustomerEvent, Organisation

# The rows these lines carry, compared as stored. (The demo writes its JSON columns without spaces,
# an import as ``json.dumps`` does: equal values, other text; the files compare those.)
TABLES = ("organisation", "customer", "customer_event", "customer_erasure", "conversation")


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    conn = store.raw()
    try:
        return {t: list(conn.execute(f"SELECT * FROM {t} ORDER BY id")) for t in TABLES}
    finally:
        conn.close()


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_lines(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


def _busiest_member(store: Store) -> Customer:
    """A demo customer of an organisation with a conversation."""
    with store.read() as session:
        found = session.scalars(
            select(Customer)
            .join(Conversation, Conversation.customer_id == Customer.id)
            .where(Customer.organisation_id.is_not(None))
            .group_by(Customer.id)
            .order_by(func.count(Conversation.id).desc(), Customer.id)
        ).first()
        assert found is not None
        session.expunge(found)
        return found


@pytest.fixture
def workspace(store: Store, clock: FixedClock) -> Store:
    """The demo with organisations and VIPs, an edited customer, a customer of an organisation
    without a conversation, and an erased customer."""
    build_demo(store, 120, 5, anchor=clock.now())
    records = CustomerService(store, clock)
    edited = _busiest_member(store)
    records.update(edited.id, {"phone": "+45 33 12 34 56", "vip": True, "notes": "Ring efter kl. 16"})
    orgs = OrganisationService(store, clock)
    org = orgs.create({"name": "Kjærsgaard ApS", "domains": "kjaersgaard.example", "plan": "premium"})
    alone = services_customer(store, clock, "Birgitte Kjærsgaard", "birgitte@kjaersgaard.example")
    records.update(alone, {"organisation_id": org})
    with store.read() as session:
        victim = session.scalars(
            select(Customer.id)
            .join(Conversation, Conversation.customer_id == Customer.id)
            .where(Customer.id != edited.id)
            .order_by(Customer.id)
        ).first()
    assert victim is not None
    clock.advance(minutes=5)
    erase_customer(store, victim, "request", clock)
    return store


def services_customer(store: Store, clock: FixedClock, name: str, email: str) -> Any:
    from agentdesk.inbox.service import InboxService

    return InboxService(store, clock).create_customer(name, email=email, language="da")


def test_a_demo_workspace_with_organisations_and_an_erasure_round_trips_byte_for_byte(
    workspace: Store, tmp_path: Path
) -> None:
    first = tmp_path / "first.jsonl"
    summary = export_jsonl(workspace, first)
    assert summary.counts["organisation"] > 1
    assert summary.counts["customer_event"] >= 2
    assert summary.counts["customer_erasure"] == 1
    lines = read_lines(first)
    types = [line["type"] for line in lines]
    # organisations before every customer (and every conversation line, which carries one)
    assert max(i for i, t in enumerate(types) if t == "organisation") < types.index("customer")
    assert max(i for i, t in enumerate(types) if t == "organisation") < types.index("conversation")
    # history and erasure records after every customer they name
    last_customer = max(i for i, t in enumerate(types) if t in ("customer", "conversation"))
    assert types.index("customer_event") > last_customer
    assert types.index("customer_erasure") > last_customer
    customers = [line["customer"] for line in lines if line["type"] in ("customer", "conversation")]
    assert any(c["vip"] for c in customers)
    assert any(c["organisation_id"] is not None for c in customers)
    erasure = next(line["customer_erasure"] for line in lines if line["type"] == "customer_erasure")
    assert set(erasure) == {
        "id",
        "customer_id",
        "reason",
        "erased_by",
        "erased_at",
        "rev",
        "updated_at",
        "deleted_at",
    }
    erased = next(c for c in customers if c["id"] == erasure["customer_id"])
    assert erased["name"] == "" and erased["email"] is None and erased["organisation_id"] is None

    fresh = open_store(tmp_path / "fresh.sqlite")
    try:
        imported = import_jsonl(fresh, first)
        assert imported.count("organisation").inserted == summary.counts["organisation"]
        assert imported.count("customer_erasure").inserted == 1
        second = tmp_path / "second.jsonl"
        export_jsonl(fresh, second)
        assert second.read_bytes() == first.read_bytes()
        assert dump(fresh) == dump(workspace)
        # the ORM reads the raw rows back as it wrote them
        with fresh.read() as session:
            vip = session.scalars(select(Customer).where(Customer.vip.is_(True))).first()
            assert vip is not None and vip.organisation_id is not None
            assert session.get(Organisation, vip.organisation_id) is not None
            assert (
                session.scalar(select(func.count()).select_from(CustomerEvent))
                == summary.counts["customer_event"]
            )
    finally:
        fresh.close()


def test_an_imported_erasure_record_erases_the_customer_the_database_still_holds(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    from agentdesk.inbox.service import InboxService

    inbox = InboxService(store, clock)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    inbox.create_conversation(jens, "email", "Faktura 4711", "Hej, hvor er min faktura?")
    before = tmp_path / "before.jsonl"
    export_jsonl(store, before)
    other = open_store(tmp_path / "other.sqlite")
    try:
        import_jsonl(other, before)  # a copy made before the erasure
        erase_customer(store, jens, "consent", clock)
        after = tmp_path / "after.jsonl"
        export_jsonl(store, after)
        import_jsonl(other, after)
        with other.read() as session:
            customer = session.get(Customer, jens)
            assert customer is not None and customer.name == "" and customer.email is None
            assert session.scalar(select(CustomerErasure.reason)) == "consent"
            subjects = session.scalars(select(Conversation.subject)).all()
            assert subjects == [""]
        # and the older file does not bring him back
        import_jsonl(other, before)
        again = tmp_path / "again.jsonl"
        export_jsonl(other, again)
        text = again.read_text(encoding="utf-8")
        for needle in ("Jens", "jens@example.dk", "Faktura", "faktura"):
            assert needle not in text
        assert "Faktura" in before.read_text(encoding="utf-8")
    finally:
        other.close()


def test_a_file_written_before_these_lines_and_fields_still_imports(workspace: Store, tmp_path: Path) -> None:
    export = tmp_path / "new.jsonl"
    export_jsonl(workspace, export)
    lines = read_lines(export)
    old: list[dict[str, Any]] = []
    for line in lines:
        if line["type"] in ("organisation", "customer_event", "customer_erasure"):
            continue
        if line["type"] in ("customer", "conversation"):
            del line["customer"]["vip"]
            del line["customer"]["organisation_id"]
        old.append(line)
    older = open_store(tmp_path / "older.sqlite")
    try:
        summary = import_jsonl(older, write_lines(tmp_path / "old.jsonl", old))
        assert summary.count("customer").inserted > 0
        with older.read() as session:
            assert session.scalar(select(func.count()).select_from(Organisation)) == 0
            assert session.scalar(select(func.count()).where(Customer.vip.is_(True))) == 0
            assert session.scalar(select(func.count()).where(Customer.organisation_id.is_not(None))) == 0
    finally:
        older.close()


T = "2026-11-23T09:00:00.000000Z"
ORG_ID = "0190f000-0000-7000-8000-000000000001"
CUSTOMER_ID = "0190f000-0000-7000-8000-000000000002"


def _line(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"format": "agentdesk-exchange", "version": 1, "type": kind, kind: body}


def organisation_line(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": ORG_ID,
        "name": "Müller GmbH",
        "domains": ["mueller.example"],
        "plan": "premium",
        "notes": "",
        "created_at": T,
        "rev": None,
        "updated_at": T,
        "deleted_at": None,
    }
    return _line("organisation", {**body, **changes})


def customer_line(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": CUSTOMER_ID,
        "name": "Jürgen Müller",
        "email": "j@mueller.example",
        "other_emails": [],
        "phone": None,
        "company": None,
        "plan": "premium",
        "language": "de",
        "notes": "",
        "created_at": T,
        "vip": True,
        "organisation_id": ORG_ID,
        "rev": None,
        "updated_at": T,
        "deleted_at": None,
    }
    return _line("customer", {**body, **changes})


def event_line(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "0190f000-0000-7000-8000-000000000003",
        "customer_id": CUSTOMER_ID,
        "kind": "edit",
        "data": {"changes": {"vip": {"from": False, "to": True}}},
        "actor_agent_id": None,
        "created_at": T,
        "rev": None,
        "updated_at": T,
        "deleted_at": None,
    }
    return _line("customer_event", {**body, **changes})


def erasure_line(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "0190f000-0000-7000-8000-000000000004",
        "customer_id": CUSTOMER_ID,
        "reason": "request",
        "erased_by": None,
        "erased_at": T,
        "rev": None,
        "updated_at": T,
        "deleted_at": None,
    }
    return _line("customer_erasure", {**body, **changes})


@pytest.mark.parametrize(
    ("lines", "line", "problem"),
    [
        ([organisation_line(domains=["@Mueller.example"])], 1, "domains"),
        ([organisation_line(domains=["a.example", "a.example"])], 1, "twice"),
        ([organisation_line(name=" ")], 1, "'organisation.name' must not be empty"),
        ([organisation_line(plan="gold")], 1, "organisation.plan"),
        ([customer_line()], 1, "organisation"),  # its organisation is neither in the file nor the db
        ([organisation_line(), customer_line(vip=1)], 2, "'customer.vip' must be true or false"),
        ([organisation_line(), customer_line(), event_line(kind="delete")], 3, "customer_event.kind"),
        ([event_line()], 1, "customer"),
        ([organisation_line(), customer_line(), erasure_line(reason="because")], 3, "reason"),
        ([erasure_line(name="Jürgen")], 1, "unknown field 'customer_erasure.name'"),
    ],
)
def test_broken_lines_are_refused_with_their_number(
    store: Store, tmp_path: Path, lines: list[dict[str, Any]], line: int, problem: str
) -> None:
    with pytest.raises(ImportFormatError) as caught:
        import_jsonl(store, write_lines(tmp_path / "in.jsonl", lines))
    assert caught.value.line == line
    assert problem in caught.value.message
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_lines_in_any_order_import_and_the_erasure_applies(store: Store, tmp_path: Path) -> None:
    lines = [erasure_line(), event_line(), customer_line(), organisation_line()]
    summary = import_jsonl(store, write_lines(tmp_path / "in.jsonl", lines))
    assert summary.count("organisation").inserted == 1
    with store.read() as session:
        customer = session.get(Customer, uuid.UUID(CUSTOMER_ID))
        assert customer is not None
        # the erasure record erased the customer it came with: nothing that names them is left
        assert (customer.name, customer.email, customer.vip, customer.organisation_id) == (
            "",
            None,
            False,
            None,
        )
        assert session.scalar(select(func.count()).select_from(CustomerEvent)) == 0
        assert session.scalar(select(func.count()).select_from(Organisation)) == 1
