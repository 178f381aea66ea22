# SPDX-License-Identifier: GPL-3.0-or-later
"""Editing customer records: the fields an agent corrects, the history of every change, and
merging two records of the same person.

Every change goes through one write session, so it syncs like any other (the outbox records the
changed columns; the server merges a customer per field, as it does conversations, and a field
changed on two desks at once leaves the losing value in ``sync_conflict``). Each change also writes
a ``customer_event`` naming the fields, their old and new values and the agent, which the customer
dialog lists as the record's history.

An address belongs to one customer: setting another customer's address is refused with a sentence
that says whose it is, so the agent merges the two instead. Merging moves the other record's
conversations, messages and survey answers to the one kept, adds its addresses, fills the kept
record's empty fields from it, and leaves the other as a tombstone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import String, cast, or_, select, update
from sqlalchemy.orm import Session, undefer

from agentdesk.clock import Clock, SystemClock
from agentdesk.customers import fields
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.ids import uuid7
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Conversation,
    Customer,
    CustomerErasure,
    CustomerEvent,
    Message,
    Organisation,
    SurveyResponse,
)

CTX = fields.CTX
EDITABLE: Final = (
    "name",
    "email",
    "other_emails",
    "phone",
    "company",
    "language",
    "plan",
    "notes",
    "vip",
    "organisation_id",
)


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: uuid.UUID
    name: str
    email: str | None
    other_emails: tuple[str, ...]
    phone: str | None
    company: str | None
    language: str
    plan: str
    notes: str
    vip: bool
    organisation_id: uuid.UUID | None
    organisation_name: str | None
    created_at: dt.datetime

    def value(self, field: str) -> Any:
        return getattr(self, field)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime
    kind: str  # edit, merge, import
    actor_name: str | None
    data: dict[str, Any]


def parse_edit(values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``values`` (text as typed, or already typed) checked and in stored form.
    Raises ``ValidationError`` naming the first field that cannot be kept."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise ValueError(f"not an editable customer field: {key}")
        if key == "name":
            out[key] = fields.name(str(value))
        elif key == "email":
            out[key] = fields.email(value or "")
        elif key == "other_emails":
            out[key] = fields.emails([value] if isinstance(value, str) else list(value))
        elif key == "phone":
            out[key] = fields.phone(value or "")
        elif key == "company":
            out[key] = fields.company(value or "")
        elif key == "language":
            out[key] = fields.language(str(value))
        elif key == "plan":
            out[key] = fields.plan(str(value))
        elif key == "notes":
            out[key] = fields.notes(value or "")
        elif key == "vip":
            out[key] = value if isinstance(value, bool) else fields.yes_no(str(value))
        else:
            out[key] = value if value is None or isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if "email" in out and "other_emails" in out and out["email"] is not None:
        out["other_emails"] = [e for e in out["other_emails"] if e != out["email"]]
    return out


def _wire(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def holder_of(session: Session, address: str, *, besides: uuid.UUID | None = None) -> Customer | None:
    """The live customer whose main or further address ``address`` is (lower case), if any."""
    query = select(Customer).where(
        Customer.deleted_at.is_(None),
        or_(
            Customer.email == address,
            cast(Customer.other_emails, String).contains(f'"{address}"', autoescape=True),
        ),
    )
    if besides is not None:
        query = query.where(Customer.id != besides)
    return session.scalars(query.order_by(Customer.created_at).limit(1)).first()


def customer_id_by_address(session: Session, address: str) -> uuid.UUID | None:
    """The customer mail from ``address`` belongs to: the oldest live one with it as their main
    address, else the oldest with it among their further addresses (any case, spaces around)."""
    address = address.strip().lower()
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


class CustomerService:
    def __init__(self, store: Store, clock: Clock | None = None, actor_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()
        self.actor_id = actor_id

    # -- reading ------------------------------------------------------------------------------

    def get(self, customer_id: uuid.UUID) -> CustomerRecord:
        with self.store.read() as session:
            customer = self._load(session, customer_id)
            org = session.get(Organisation, customer.organisation_id) if customer.organisation_id else None
            return CustomerRecord(
                id=customer.id,
                name=customer.name,
                email=customer.email,
                other_emails=tuple(customer.other_emails or ()),
                phone=customer.phone,
                company=customer.company,
                language=customer.language,
                plan=customer.plan,
                notes=customer.notes or "",
                vip=bool(customer.vip),
                organisation_id=customer.organisation_id,
                organisation_name=org.name if org is not None and org.deleted_at is None else None,
                created_at=customer.created_at,
            )

    def history(self, customer_id: uuid.UUID) -> list[HistoryEntry]:
        """The record's changes, newest first."""
        from agentdesk.store.models import Agent

        with self.store.read() as session:
            rows = session.execute(
                select(CustomerEvent, Agent.name)
                .outerjoin(Agent, Agent.id == CustomerEvent.actor_agent_id)
                .where(CustomerEvent.customer_id == customer_id, CustomerEvent.deleted_at.is_(None))
                .order_by(CustomerEvent.created_at.desc(), CustomerEvent.id.desc())
            ).all()
            return [HistoryEntry(e.created_at, e.kind, agent, dict(e.data or {})) for e, agent in rows]

    # -- changing -----------------------------------------------------------------------------

    def update(self, customer_id: uuid.UUID, values: Mapping[str, Any]) -> list[str]:
        """Set the fields in ``values`` (see ``parse_edit``); returns the names of those that
        changed (nothing is written when none did)."""
        wanted = parse_edit(values)
        with self.store.write() as session:
            customer = self._load(session, customer_id)
            self._not_erased(session, customer_id)
            changes: dict[str, dict[str, Any]] = {}
            for key, new in wanted.items():
                old = getattr(customer, key)
                if key == "other_emails":
                    old = list(old or [])
                    if customer.email is not None and "email" not in wanted:
                        new = [e for e in new if e != customer.email]
                if key == "vip":
                    old = bool(old)
                if old != new:
                    changes[key] = {"from": _wire(old), "to": _wire(new)}
            if not changes:
                return []
            for key in ("email", "other_emails"):
                if key not in changes:
                    continue
                addresses = [wanted[key]] if key == "email" else wanted[key]
                for address in addresses:
                    if address is None:
                        continue
                    holder = holder_of(session, address, besides=customer.id)
                    if holder is not None:
                        raise ValidationError(
                            translatable(
                                "CustomerErrors",
                                "{email} belongs to {name} already; merge the two customers instead.",
                            ),
                            email=address,
                            name=holder.name,
                        )
            if "organisation_id" in changes and wanted["organisation_id"] is not None:
                org = session.get(Organisation, wanted["organisation_id"])
                if org is None or org.deleted_at is not None:
                    raise NotFoundError(translatable("CustomerErrors", "That organisation no longer exists."))
            now = self.clock.now()
            for key in changes:
                setattr(customer, key, wanted[key])
            customer.updated_at = now
            session.add(
                CustomerEvent(
                    id=uuid7(),
                    customer_id=customer.id,
                    kind="edit",
                    data={"changes": changes},
                    actor_agent_id=self.actor_id,
                    created_at=now,
                    updated_at=now,
                )
            )
            return list(changes)

    def merge(self, keep_id: uuid.UUID, other_id: uuid.UUID) -> int:
        """Fold customer ``other_id`` into ``keep_id``; returns how many conversations moved."""
        if keep_id == other_id:
            raise ValidationError(translatable("CustomerErrors", "A customer cannot be merged with itself."))
        with self.store.write() as session:
            keep = self._load(session, keep_id)
            other = self._load(session, other_id)
            self._not_erased(session, keep_id)
            self._not_erased(session, other_id)
            now = self.clock.now()
            moved = list(
                session.scalars(
                    select(Conversation.id)
                    .where(Conversation.customer_id == other.id)
                    .order_by(Conversation.id)
                )
            )
            if moved:
                session.execute(
                    update(Conversation)
                    .where(Conversation.customer_id == other.id)
                    .values(customer_id=keep.id, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
            session.execute(
                update(Message)
                .where(Message.author_customer_id == other.id)
                .values(author_customer_id=keep.id, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            session.execute(
                update(SurveyResponse)
                .where(SurveyResponse.customer_id == other.id)
                .values(customer_id=keep.id, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            changes: dict[str, dict[str, Any]] = {}
            addresses = list(keep.other_emails or [])
            for address in [other.email, *(other.other_emails or [])]:
                if address and address != keep.email and address not in addresses:
                    addresses.append(address)
            if keep.email is None and addresses:
                changes["email"] = {"from": None, "to": addresses[0]}
                keep.email = addresses.pop(0)
            if addresses != list(keep.other_emails or []):
                changes["other_emails"] = {"from": list(keep.other_emails or []), "to": addresses}
                keep.other_emails = addresses
            for key in ("phone", "company", "organisation_id"):
                if getattr(keep, key) is None and getattr(other, key) is not None:
                    changes[key] = {"from": None, "to": _wire(getattr(other, key))}
                    setattr(keep, key, getattr(other, key))
            if other.notes and other.notes not in (keep.notes or ""):
                joined = f"{keep.notes}\n\n{other.notes}".strip() if keep.notes else other.notes
                changes["notes"] = {"from": keep.notes, "to": joined}
                keep.notes = joined
            if other.vip and not keep.vip:
                changes["vip"] = {"from": False, "to": True}
                keep.vip = True
            keep.updated_at = now
            other.email = None
            other.other_emails = []
            other.deleted_at = now
            other.updated_at = now
            session.add(
                CustomerEvent(
                    id=uuid7(),
                    customer_id=keep.id,
                    kind="merge",
                    data={
                        "from": str(other.id),
                        "from_name": other.name,
                        "conversations": [str(c) for c in moved],
                        "changes": changes,
                    },
                    actor_agent_id=self.actor_id,
                    created_at=now,
                    updated_at=now,
                )
            )
            return len(moved)

    def duplicates_of(self, customer_id: uuid.UUID, limit: int = 20) -> list[CustomerRecord]:
        """Other live customers who share a name or an address with this one (merge candidates)."""
        with self.store.read() as session:
            me = self._load(session, customer_id)
            conditions = [Customer.name == me.name]
            for address in [me.email, *(me.other_emails or [])]:
                if address:
                    conditions.append(Customer.email == address)
            ids = list(
                session.scalars(
                    select(Customer.id)
                    .where(Customer.id != me.id, Customer.deleted_at.is_(None), or_(*conditions))
                    .limit(limit)
                )
            )
        return [self.get(i) for i in ids]

    def find(self, text: str, limit: int = 50) -> list[tuple[uuid.UUID, str, str | None]]:
        """Live customers whose name or address contains ``text`` (id, name, email), by name."""
        needle = fields.one_line(text)
        with self.store.read() as session:
            query = select(Customer.id, Customer.name, Customer.email).where(Customer.deleted_at.is_(None))
            if needle:
                escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                like = f"%{escaped}%"
                query = query.where(
                    or_(Customer.name.ilike(like, escape="\\"), Customer.email.ilike(like, escape="\\"))
                )
            rows = session.execute(query.order_by(Customer.name).limit(limit)).all()
            return [(r[0], r[1], r[2]) for r in rows]

    @staticmethod
    def _not_erased(session: Session, customer_id: uuid.UUID) -> None:
        """An erased customer's record stays empty (GDPR Art. 17): the server drops any change to
        it, so it is refused here rather than kept on this desktop alone."""
        erased = session.scalar(
            select(CustomerErasure.id).where(
                CustomerErasure.customer_id == customer_id, CustomerErasure.deleted_at.is_(None)
            )
        )
        if erased is not None:
            raise ValidationError(
                translatable("CustomerErrors", "This customer was erased; their record cannot be changed.")
            )

    def _load(self, session: Session, customer_id: uuid.UUID) -> Customer:
        customer = session.get(
            Customer, customer_id, options=[undefer(Customer.vip), undefer(Customer.organisation_id)]
        )
        if customer is None or customer.deleted_at is not None:
            raise NotFoundError(translatable("CustomerErrors", "That customer no longer exists."))
        return customer
