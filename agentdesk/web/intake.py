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

from agentdesk.clock import Clock
from agentdesk.customers.organisations import OrganisationService
from agentdesk.customers.records import customer_id_by_address
from agentdesk.inbox.service import ConversationRef, InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Channel
from agentdesk.web.form import ContactForm


def customer_by_email(store: Store, address: str) -> uuid.UUID | None:
    """The oldest customer (not erased) with ``address`` as their main or another address."""
    with store.read() as session:
        return customer_id_by_address(session, address)


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
