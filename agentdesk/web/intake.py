# SPDX-License-Identifier: GPL-3.0-or-later
"""A contact form becomes a conversation on the web-form channel, as a mail becomes one.

The customer is found by the email address (their main or another address); an unknown one
becomes a new customer in the language of the form page they wrote on, and joins the organisation
whose domain the address has. The conversation runs the routing rules and SLA clock like any
other arrival (agentdesk.inbox.service). The visitor's address and browser are kept in the first
message's metadata for the agent (docs/web.md says what is stored and why).
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, cast, select

from agentdesk.clock import Clock
from agentdesk.customers.organisations import OrganisationService
from agentdesk.inbox.service import ConversationRef, InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Channel, Customer
from agentdesk.web.form import ContactForm


def customer_by_email(store: Store, address: str) -> uuid.UUID | None:
    """The oldest customer (not erased) with ``address`` as their main or another address."""
    address = address.strip().lower()
    with store.read() as session:
        found = session.scalar(
            select(Customer.id)
            .where(Customer.email == address, Customer.deleted_at.is_(None))
            .order_by(Customer.created_at)
            .limit(1)
        )
        if found is None:
            found = session.scalar(
                select(Customer.id)
                .where(
                    cast(Customer.other_emails, String).contains(f'"{address}"', autoescape=True),
                    Customer.deleted_at.is_(None),
                )
                .order_by(Customer.created_at)
                .limit(1)
            )
        return found


class FormIntake:
    """Stores accepted forms; blocking (the web service runs it on its database thread)."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self.inbox = InboxService(store, clock)

    def _customer(self, form: ContactForm, language: str) -> uuid.UUID:
        found = customer_by_email(self.store, form.email)
        if found is not None:
            return found
        customer_id = self.inbox.create_customer(form.name, email=form.email, language=language)
        OrganisationService(self.store, self.clock).join_by_domain(customer_id, form.email)
        return customer_id

    def accept(self, form: ContactForm, language: str, *, ip: str, user_agent: str) -> ConversationRef:
        customer_id = self._customer(form, language)
        meta = {"web_form": {"ip": ip, "user_agent": user_agent[:300], "language": language}}
        if form.name:
            meta["web_form"]["name"] = form.name  # as written on the form (the record may differ)
        return self.inbox.create_conversation(
            customer_id, Channel.WEB_FORM.value, form.subject, form.message, language=language, meta=meta
        )
