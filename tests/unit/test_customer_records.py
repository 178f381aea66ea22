# SPDX-License-Identifier: GPL-3.0-or-later
"""Editing customers, their history, merging duplicates, organisations and their mail domains."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.customers import fields
from agentdesk.customers.organisations import PUBLIC_DOMAINS, OrganisationService, parse_organisation
from agentdesk.customers.records import CustomerService, parse_edit
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.inbox.service import InboxService
from agentdesk.mail.fetch import MailIntake
from agentdesk.mail.parse import parse_mail
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, Customer, Message
from tests.conftest import within_cpu_seconds


def test_an_edit_changes_the_fields_and_writes_what_changed_into_the_history(
    store: Store, clock: FixedClock
) -> None:
    inbox = InboxService(store, clock)
    cid = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    service = CustomerService(store, clock)
    changed = service.update(
        cid,
        {"name": "  Jens  Ole Hansen ", "phone": "+45 12 34 56 78", "vip": "ja", "notes": "Ringer efter 16"},
    )
    assert sorted(changed) == ["name", "notes", "phone", "vip"]
    record = service.get(cid)
    assert (record.name, record.phone, record.vip, record.notes) == (
        "Jens Ole Hansen",
        "+45 12 34 56 78",
        True,
        "Ringer efter 16",
    )
    assert service.update(cid, {"name": "Jens Ole Hansen", "vip": True}) == []  # nothing new: no event
    history = service.history(cid)
    assert [h.kind for h in history] == ["edit"]
    assert history[0].data["changes"]["name"] == {"from": "Jens Hansen", "to": "Jens Ole Hansen"}
    assert history[0].data["changes"]["vip"] == {"from": False, "to": True}


@pytest.mark.parametrize(
    ("values", "sentence"),
    [
        ({"name": "   "}, "A customer needs a name."),
        ({"email": "not an address"}, "is not an email address"),
        ({"phone": "call me"}, "is not a phone number"),
        ({"plan": "gold"}, "is not a plan"),
        ({"language": "fr"}, "is not a language"),
        ({"vip": "maybe"}, "neither yes nor no"),
    ],
)
def test_a_wrong_field_is_refused_with_a_sentence_and_nothing_changes(
    store: Store, clock: FixedClock, values: dict[str, str], sentence: str
) -> None:
    cid = InboxService(store, clock).create_customer("Anna", email="anna@example.de")
    service = CustomerService(store, clock)
    with pytest.raises(ValidationError, match=sentence):
        service.update(cid, values)
    assert service.get(cid).name == "Anna" and service.history(cid) == []


def test_an_address_of_another_customer_is_refused_naming_them(store: Store, clock: FixedClock) -> None:
    inbox = InboxService(store, clock)
    inbox.create_customer("Lars Jensen", email="lars@example.dk")
    other = inbox.create_customer("L. Jensen", email="l.jensen@example.dk")
    with pytest.raises(ValidationError, match="belongs to Lars Jensen already; merge"):
        CustomerService(store, clock).update(other, {"other_emails": "LARS@example.dk"})


def test_merge_moves_the_conversations_and_addresses_and_leaves_a_tombstone(
    store: Store, clock: FixedClock
) -> None:
    inbox = InboxService(store, clock)
    keep = inbox.create_customer("Marie Schmidt", email="marie@example.de")
    other = inbox.create_customer("Marie S.", email="m.schmidt@example.de", phone="+49 40 123456")
    first = inbox.create_conversation(keep, "email", "Rechnung", "Hallo")
    second = inbox.create_conversation(other, "chat", "Lieferung", "Wo ist mein Paket?")
    service = CustomerService(store, clock)
    assert service.merge(keep, other) == 1
    with store.read() as session:
        owners = {r[0]: r[1] for r in session.execute(select(Conversation.id, Conversation.customer_id))}
        authors = set(
            session.scalars(select(Message.author_customer_id).where(Message.author_customer_id.is_not(None)))
        )
        tomb = session.get(Customer, other)
    assert owners == {first.id: keep, second.id: keep}
    assert authors == {keep}
    assert tomb is not None and tomb.deleted_at == clock.now() and tomb.email is None
    record = service.get(keep)
    assert record.other_emails == ("m.schmidt@example.de",) and record.phone == "+49 40 123456"
    assert service.history(keep)[0].kind == "merge"
    with pytest.raises(NotFoundError):
        service.get(other)
    with pytest.raises(ValidationError):
        service.merge(keep, keep)


def test_mail_from_an_organisations_domain_joins_the_new_customer_to_it(
    store: Store, clock: FixedClock
) -> None:
    orgs = OrganisationService(store, clock)
    org = orgs.create({"name": "Bäckerei Groß GmbH", "domains": "baeckerei-gross.de, @www.Gross-Brot.de"})
    assert orgs.get(org).domains == ("baeckerei-gross.de", "gross-brot.de")
    with pytest.raises(ValidationError, match="domain of Bäckerei Groß GmbH already"):
        orgs.create({"name": "Andere", "domains": "gross-brot.de"})
    with pytest.raises(ValidationError, match="public mail service"):
        orgs.create({"name": "Privat", "domains": "gmail.com"})
    raw = (
        b"From: Klaus Gross <klaus@gross-brot.de>\r\nTo: support@shop.de\r\nSubject: Bestellung\r\n"
        b"Message-ID: <1@gross-brot.de>\r\nDate: Mon, 23 Nov 2026 08:00:00 +0000\r\n\r\nHallo!\r\n"
    )
    MailIntake(store, clock).deliver(parse_mail(raw))
    with store.read() as session:
        customer = session.scalars(select(Customer).where(Customer.email == "klaus@gross-brot.de")).one()
        cid = customer.id
    record = CustomerService(store, clock).get(cid)
    assert record.organisation_id == org and record.company == "Bäckerei Groß GmbH"
    # A colleague's open conversation shows on the panel of another customer of the organisation.
    other = InboxService(store, clock).create_customer("Eva Gross", email="eva@baeckerei-gross.de")
    orgs.join_by_domain(other, "eva@baeckerei-gross.de")
    clock.advance(minutes=5)
    conv = InboxService(store, clock).create_conversation(other, "email", "Lieferschein", "Bitte")
    assert [c.id for c in orgs.open_conversations(org, besides_customer=cid)] == [conv.id]
    orgs.delete(org)
    assert CustomerService(store, clock).get(cid).organisation_id is None


TEXT_FIELDS = ["name", "email", "phone", "company", "notes", "plan", "language", "vip", "other_emails"]


@settings(max_examples=2000, deadline=None)
@given(st.dictionaries(st.sampled_from(TEXT_FIELDS), st.text(max_size=60), max_size=4))
def test_any_typed_text_is_either_kept_or_refused_with_a_sentence(values: dict[str, str]) -> None:
    with within_cpu_seconds(0.5):
        try:
            parsed = parse_edit(values)
        except ValidationError as exc:
            assert exc.message and "\n" not in exc.message
            return
    for value in parsed.values():
        if isinstance(value, str):
            assert value == value.strip() and "\x00" not in value
    if parsed.get("email"):
        assert fields.email(parsed["email"]) == parsed["email"]  # stable: checking again keeps it


@settings(max_examples=2000, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["name", "domains", "plan", "notes"]),
        st.text(max_size=40)
        | st.lists(
            st.sampled_from(["nordlys.dk", "@www.Gross-Brot.de", "gmail.com", "x", "ü.de"]), max_size=3
        ).map(", ".join),
        max_size=4,
    )
)
def test_any_organisation_form_is_either_kept_or_refused_with_a_sentence(values: dict[str, str]) -> None:
    with within_cpu_seconds(0.5):
        try:
            parsed = parse_organisation(values)
        except ValidationError as exc:
            assert exc.message and "\n" not in exc.message
            return
    for domain in parsed.get("domains", []):
        assert domain == domain.lower() and "@" not in domain and domain not in PUBLIC_DOMAINS
        assert fields.domain(domain) == domain  # stable: checking again keeps it


def test_an_erased_customer_cannot_be_edited_or_merged(store: Store, clock: FixedClock) -> None:
    from agentdesk.privacy.erase import erase_customer

    inbox = InboxService(store, clock)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    other = inbox.create_customer("Jens H.", email="jh@example.dk")
    erase_customer(store, jens, "request", clock)
    records = CustomerService(store, clock)
    with pytest.raises(ValidationError, match="was erased"):
        records.update(jens, {"name": "Jens Hansen", "phone": "+45 11 22 33 44"})
    for keep, gone in ((jens, other), (other, jens)):
        with pytest.raises(ValidationError, match="was erased"):
            records.merge(keep, gone)
    record = records.get(jens)
    assert (record.name, record.phone, record.email) == ("", None, None)
    assert records.update(other, {"phone": "+45 11 22 33 44"}) == ["phone"]
