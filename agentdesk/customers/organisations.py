# SPDX-License-Identifier: GPL-3.0-or-later
"""Organisations: the companies customers belong to.

An organisation has a name, its mail domains, a plan and notes. A domain belongs to one
organisation (a second one claiming it is refused), and a customer first heard of by mail from one
of its domains joins it (``join_by_domain``, called by the mail intake). Public mail providers are
never an organisation's domain. The customer panel lists the organisation's other open
conversations (``open_conversations``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session, undefer

from agentdesk.clock import Clock, SystemClock
from agentdesk.customers import fields
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import ACTIVE_STATUSES, Conversation, Customer, CustomerEvent, Organisation

CTX = fields.CTX
# Addresses at these belong to people, not to a company.
PUBLIC_DOMAINS: Final = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.de", "live.com", "live.dk",
        "yahoo.com", "yahoo.de", "yahoo.dk", "icloud.com", "me.com", "gmx.de", "gmx.net", "gmx.at",
        "web.de", "t-online.de", "freenet.de", "posteo.de", "mailbox.org", "jubii.dk", "mail.dk",
        "protonmail.com", "proton.me", "aol.com", "msn.com", "outlook.de", "outlook.dk",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    id: uuid.UUID
    name: str
    domains: tuple[str, ...]
    plan: str
    notes: str
    customers: int


@dataclass(frozen=True, slots=True)
class OpenConversation:
    id: uuid.UUID
    number: int | None
    subject: str
    status: str
    customer_name: str
    last_activity_at: dt.datetime | None
    channel: str
    created_at: dt.datetime


def parse_organisation(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "name":
            out[key] = fields.name(str(value), what="organisation")
        elif key == "domains":
            out[key] = fields.domains([value] if isinstance(value, str) else list(value))
            public = [d for d in out[key] if d in PUBLIC_DOMAINS]
            if public:
                raise ValidationError(
                    translatable(
                        "CustomerErrors", "{domain} is a public mail service, not an organisation's domain."
                    ),
                    domain=public[0],
                )
        elif key == "plan":
            out[key] = fields.plan(str(value))
        elif key == "notes":
            out[key] = fields.notes(value or "")
        else:
            raise ValueError(f"not an organisation field: {key}")
    return out


def organisation_by_domain(session: Session, domain: str) -> Organisation | None:
    return session.scalars(
        select(Organisation)
        .where(
            Organisation.deleted_at.is_(None),
            cast(Organisation.domains, String).contains(f'"{domain}"', autoescape=True),
        )
        .order_by(Organisation.created_at)
        .limit(1)
    ).first()


class OrganisationService:
    def __init__(self, store: Store, clock: Clock | None = None, actor_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()
        self.actor_id = actor_id

    def all(self) -> list[OrganisationRecord]:
        with self.store.read() as session:
            counts: dict[uuid.UUID | None, int] = dict(
                session.execute(  # type: ignore[arg-type]
                    select(Customer.organisation_id, func.count())
                    .where(Customer.deleted_at.is_(None), Customer.organisation_id.is_not(None))
                    .group_by(Customer.organisation_id)
                ).all()
            )
            orgs = session.scalars(
                select(Organisation).where(Organisation.deleted_at.is_(None)).order_by(Organisation.name)
            ).all()
            return [self._record(o, counts.get(o.id, 0)) for o in orgs]

    def get(self, organisation_id: uuid.UUID) -> OrganisationRecord:
        with self.store.read() as session:
            org = self._load(session, organisation_id)
            count = session.scalar(
                select(func.count())
                .select_from(Customer)
                .where(Customer.organisation_id == org.id, Customer.deleted_at.is_(None))
            )
            return self._record(org, int(count or 0))

    def create(self, values: Mapping[str, Any]) -> uuid.UUID:
        wanted = parse_organisation({"plan": "standard", "notes": "", "domains": [], **values})
        if "name" not in wanted:
            raise ValidationError(translatable("CustomerErrors", "An organisation needs a name."))
        now = self.clock.now()
        with self.store.write() as session:
            self._check_domains(session, wanted["domains"], None)
            org = Organisation(id=uuid7(), created_at=now, updated_at=now, **wanted)
            session.add(org)
            return org.id

    def update(self, organisation_id: uuid.UUID, values: Mapping[str, Any]) -> list[str]:
        wanted = parse_organisation(values)
        with self.store.write() as session:
            org = self._load(session, organisation_id)
            changed = [k for k, v in wanted.items() if getattr(org, k) != v]
            if not changed:
                return []
            if "domains" in changed:
                self._check_domains(session, wanted["domains"], org.id)
            for key in changed:
                setattr(org, key, wanted[key])
            org.updated_at = self.clock.now()
            return changed

    def delete(self, organisation_id: uuid.UUID) -> None:
        """Remove the organisation; its customers stay, belonging to none."""
        now = self.clock.now()
        with self.store.write() as session:
            org = self._load(session, organisation_id)
            members = session.scalars(
                select(Customer)
                .options(undefer(Customer.organisation_id))
                .where(Customer.organisation_id == org.id, Customer.deleted_at.is_(None))
            ).all()
            for customer in members:
                customer.organisation_id = None
                customer.updated_at = now
            org.deleted_at = now
            org.updated_at = now

    def open_conversations(
        self, organisation_id: uuid.UUID, *, besides_customer: uuid.UUID | None = None, limit: int = 50
    ) -> list[OpenConversation]:
        """The organisation's active conversations (those of ``besides_customer`` left out), the
        latest activity first."""
        with self.store.read() as session:
            query = (
                select(
                    Conversation.id,
                    Conversation.number,
                    Conversation.subject,
                    Conversation.status,
                    Customer.name,
                    Conversation.last_activity_at,
                    Conversation.channel,
                    Conversation.created_at,
                )
                .join(Customer, Customer.id == Conversation.customer_id)
                .where(
                    Customer.organisation_id == organisation_id,
                    Conversation.status.in_(ACTIVE_STATUSES),
                    Conversation.deleted_at.is_(None),
                )
                .order_by(Conversation.last_activity_at.desc())
                .limit(limit)
            )
            if besides_customer is not None:
                query = query.where(Conversation.customer_id != besides_customer)
            return [OpenConversation(*row) for row in session.execute(query).all()]

    def join_by_domain(self, customer_id: uuid.UUID, address: str | None) -> uuid.UUID | None:
        """Put a customer who belongs to no organisation into the one whose domain ``address``
        is at; returns that organisation's id (``None``: none matched, or already in one)."""
        domain = fields.email_domain(address or "")
        if domain is None or domain in PUBLIC_DOMAINS:
            return None
        with self.store.read() as session:  # most mail is from no organisation: no write then
            if organisation_by_domain(session, domain) is None:
                return None
        with self.store.write() as session:
            org = organisation_by_domain(session, domain)
            if org is None:
                return None
            customer = session.get(Customer, customer_id, options=[undefer(Customer.organisation_id)])
            if customer is None or customer.organisation_id is not None:
                return None
            now = self.clock.now()
            customer.organisation_id = org.id
            if not customer.company:
                customer.company = org.name
            customer.updated_at = now
            session.add(
                CustomerEvent(
                    id=uuid7(),
                    customer_id=customer.id,
                    kind="edit",
                    data={
                        "changes": {"organisation_id": {"from": None, "to": str(org.id)}},
                        "domain": domain,
                    },
                    actor_agent_id=None,
                    created_at=now,
                    updated_at=now,
                )
            )
            return org.id

    def _check_domains(self, session: Session, domains: Iterable[str], own: uuid.UUID | None) -> None:
        for domain in domains:
            holder = organisation_by_domain(session, domain)
            if holder is not None and holder.id != own:
                raise ValidationError(
                    translatable("CustomerErrors", "{domain} is the domain of {name} already."),
                    domain=domain,
                    name=holder.name,
                )

    def _load(self, session: Session, organisation_id: uuid.UUID) -> Organisation:
        org = session.get(Organisation, organisation_id)
        if org is None or org.deleted_at is not None:
            raise NotFoundError(translatable("CustomerErrors", "That organisation no longer exists."))
        return org

    @staticmethod
    def _record(org: Organisation, customers: int) -> OrganisationRecord:
        return OrganisationRecord(
            org.id, org.name, tuple(org.domains or ()), org.plan, org.notes or "", customers
        )
