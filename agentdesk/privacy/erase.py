# SPDX-License-Identifier: GPL-3.0-or-later
"""Erasing a customer (GDPR Art. 17) on this desktop; the sync carries it everywhere else.

The erasure itself is ``agentdesk.sync.erasure.erase_locally`` (the same one a pull runs when the
record arrives from another desktop); this module checks who may erase and why, writes the
data-free ``customer_erasure`` record (captured for the server like any change), and afterwards
moves the freed pages out of the write-ahead log, so that the erased text is not left in the
database files.

On a database that syncs, only a supervisor's or an admin's server login erases
(``server_allows_erasure``): the server refuses anyone else's erasure record, and this desktop
must not delete what the server keeps.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from agentdesk.clock import Clock
from agentdesk.errors import NotFoundError, PermissionDenied, ValidationError
from agentdesk.messages import translatable
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Customer, CustomerErasure, ErasureReason, Role
from agentdesk.sync import erasure, outbox
from agentdesk.sync.login_role import server_login
from agentdesk.sync.outbox import NO_CAPTURE

REASON_LABELS = {
    ErasureReason.REQUEST.value: translatable("Privacy", "The customer asked to be erased"),
    ErasureReason.CONSENT.value: translatable("Privacy", "The customer withdrew their consent"),
    ErasureReason.OBJECTION.value: translatable("Privacy", "The customer objected to the processing"),
    ErasureReason.UNLAWFUL.value: translatable("Privacy", "The data was processed unlawfully"),
    ErasureReason.RETENTION.value: translatable("Privacy", "The retention period has passed"),
}


@dataclass(frozen=True)
class Erased:
    customer_id: uuid.UUID
    conversations: int
    messages: int
    attachments: int


def parse_reason(text: str) -> str:
    """The reason code ``text`` names (any case, surrounding space ignored)."""
    code = (text or "").strip().lower()
    if code not in REASON_LABELS:
        raise ValidationError(
            translatable("Privacy", "Unknown reason “{reason}”. Use one of: {codes}."),
            reason=" ".join((text or "").split())[:40],
            codes=", ".join(REASON_LABELS),
        )
    return code


def find_customer(session: Session, email: str) -> Customer:
    """The customer whose address (main or other) is ``email``, case ignored."""
    wanted = (email or "").strip().lower()
    if not wanted or "@" not in wanted:
        raise ValidationError(
            translatable("Privacy", "“{email}” is not an email address."),
            email=" ".join((email or "").split())[:80],
        )
    found = session.scalars(
        select(Customer)
        .where(func.lower(Customer.email) == wanted, Customer.deleted_at.is_(None))
        .order_by(Customer.created_at)
    ).first()
    if found is None:
        pattern = f"%{_like(wanted)}%"
        others = cast(Customer.other_emails, String).like(pattern, escape="\\")
        for customer in session.scalars(select(Customer).where(others, Customer.deleted_at.is_(None))):
            if wanted in (e.lower() for e in customer.other_emails or []):
                return customer
        shown = " ".join(wanted.split())[:80]
        raise NotFoundError(translatable("Privacy", "No customer has the address {email}."), email=shown)
    return found


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def is_erased(session: Session, customer_id: uuid.UUID) -> bool:
    found = session.scalar(
        select(CustomerErasure.id).where(
            CustomerErasure.customer_id == customer_id, CustomerErasure.deleted_at.is_(None)
        )
    )
    return found is not None


def may_erase(session: Session, actor_id: uuid.UUID | None) -> None:
    """Only a supervisor or an admin erases (no actor: the database's owner, on the command line)."""
    if actor_id is None:
        return
    actor = session.get(Agent, actor_id)
    if actor is None or actor.role not in (Role.SUPERVISOR.value, Role.ADMIN.value):
        raise PermissionDenied(translatable("Privacy", "Only a supervisor or an admin may erase a customer."))


def server_allows_erasure(store: Store) -> None:
    """On a database that syncs, erase only what the server will erase too: the configured server
    login must be a supervisor's or an admin's (its role as the last sync saw it,
    ``agentdesk.sync.login_role``). Otherwise this desktop would delete the customer's data here
    while the server refuses the erasure record and keeps it. Raises ``PermissionDenied`` before
    anything is changed."""
    if not outbox.is_configured(store):
        return
    who = server_login(store)
    if who.role in (Role.SUPERVISOR.value, Role.ADMIN.value):
        return
    if who.role is None or who.login is None:
        raise PermissionDenied(
            translatable(
                "Privacy",
                "This database syncs with a server, and this desktop does not know yet whether your server "
                "login may erase customers. Sync once, then try again. Nothing was erased.",
            )
        )
    raise PermissionDenied(
        translatable(
            "Privacy",
            "Your server login {login} is an agent's: only a supervisor or an admin may erase a customer, "
            "and the server would refuse it. Nothing was erased.",
        ),
        login=who.login,
    )


def erase_customer(
    store: Store,
    customer_id: uuid.UUID,
    reason: str,
    clock: Clock,
    *,
    actor_id: uuid.UUID | None = None,
    compact: bool = True,
) -> Erased:
    """Erase the customer's personal data here and record the erasure for the server and the
    other desktops, in one transaction. ``compact=False``: the caller compacts the search index
    after a batch (``compact``)."""
    code = parse_reason(reason)
    server_allows_erasure(store)
    with store.write() as session:
        may_erase(session, actor_id)
        if session.get(Customer, customer_id) is None:
            raise NotFoundError(translatable("Privacy", "This customer no longer exists."))
        if is_erased(session, customer_id):
            raise ValidationError(translatable("Privacy", "This customer has already been erased."))
        conn = session.connection()
        rows = erasure.rows_of(conn, customer_id)
        session.info[NO_CAPTURE] = True
        try:
            erasure.erase_locally(conn, customer_id, compact=compact)
        finally:
            session.info[NO_CAPTURE] = False
        session.expire_all()
        now = clock.now()
        session.add(CustomerErasure(customer_id=customer_id, reason=code, erased_by=actor_id, erased_at=now))
    checkpoint(store)
    return Erased(customer_id, len(rows["conversation"]), len(rows["message"]), len(rows["attachment"]))


def reapply_erasures(store: Store) -> int:
    """Erase again every erased customer of whom something came back by a path that bypasses
    the services (an import of an older exchange file re-adding their files or messages); returns
    how many customers were erased again."""
    with store.read() as session:
        erased = sorted(erasure.erased_customers(session.connection()))
    if not erased:
        return 0
    again = 0
    with store.write() as session:
        session.info[NO_CAPTURE] = True
        conn = session.connection()
        for customer_id in erased:
            if erasure.has_personal_data(conn, customer_id):
                erasure.erase_locally(conn, customer_id, compact=False)
                again += 1
        if again:
            erasure.compact_search_index(conn)
    if again:
        checkpoint(store)
    return again


def compact(store: Store) -> None:
    """Compact the search index and the write-ahead log after a batch of erasures."""
    with store.engine.begin() as conn:
        erasure.compact_search_index(conn)
    checkpoint(store)


def checkpoint(store: Store) -> None:
    """Fold the write-ahead log into the database and empty it: the old pages of erased rows are
    in it until then."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def erased_at(session: Session, customer_id: uuid.UUID) -> dt.datetime | None:
    return session.scalar(
        select(CustomerErasure.erased_at).where(
            CustomerErasure.customer_id == customer_id, CustomerErasure.deleted_at.is_(None)
        )
    )
