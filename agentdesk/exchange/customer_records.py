# SPDX-License-Identifier: GPL-3.0-or-later
"""Organisations, the history of customer records and GDPR erasure records as line types of the
exchange format (``organisation``, ``customer_event``, ``customer_erasure``).

A customer's own new fields (``vip``, ``organisation_id``) are on the ``customer`` object itself
(``entities.CUSTOMER``); files written before them lack them and import as no VIP and no
organisation. An ``organisation`` line comes before the customers that belong to it.

``customer_event`` is the append-only history of a customer record (``edit``, ``merge``,
``import``; see ``agentdesk.customers.records``), one line per event after the conversation lines,
so that every customer it names is already in the file.

``customer_erasure`` is the data-free record that a customer was erased (GDPR Art. 17): their id,
a reason code, who and when, nothing that names them. The erased customer's rows are in the file
already anonymised (an erasure leaves them so); importing the record into a database that still
holds the customer's data erases them there as well (``agentdesk.privacy.erase.reapply_erasures``
runs after every import), so a workspace moved or restored from a file never brings an erased
customer back.
"""

from __future__ import annotations

import json
from typing import Any

from agentdesk.customers.fields import MAX_DOMAINS, domain
from agentdesk.errors import AgentDeskError
from agentdesk.exchange.kinds import OBJECT, TEXT, TIME, UUID, BadLine, JsonList, OneOf, Text
from agentdesk.exchange.schema import Entity, Field, LineType, sync_fields
from agentdesk.store.models import ErasureReason, Plan

# The kinds of ``customer_event`` AgentDesk writes (agentdesk.customers).
CUSTOMER_EVENT_KINDS = ("edit", "merge", "import")


def _check_organisation(row: dict[str, Any], where: str) -> None:
    """A name and domains as the desk keeps them (lower case, no "@", "www." or spaces), so that
    mail from them joins the organisation after an import too."""
    if not row["name"].strip():
        raise BadLine(f"field '{where}name' must not be empty")
    domains = json.loads(row["domains"]) if isinstance(row["domains"], str) else row["domains"]
    if len(domains) > MAX_DOMAINS:
        raise BadLine(f"field '{where}domains' may hold at most {MAX_DOMAINS} domains")
    if len(set(domains)) != len(domains):
        raise BadLine(f"field '{where}domains' names a domain twice")
    for value in domains:
        try:
            kept = domain(value)
        except AgentDeskError:
            kept = None
        if kept != value:
            raise BadLine(
                f"field '{where}domains' must hold mail domains as AgentDesk keeps them, in lower case "
                f"without '@' (like shop.example; got {value[:40]!r})"
            )


ORGANISATION = Entity(
    "organisation",
    sync_fields(
        Field("name", Text(200)),
        Field("domains", JsonList("str")),
        Field("plan", OneOf(Plan.values())),
        Field("notes", TEXT),
        Field("created_at", TIME),
    ),
    names=("organisation", "organisations"),
    check=_check_organisation,
)

CUSTOMER_EVENT = Entity(
    "customer_event",
    sync_fields(
        Field("customer_id", UUID, ref="customer"),
        Field("kind", OneOf(CUSTOMER_EVENT_KINDS)),
        Field("data", OBJECT),
        Field("actor_agent_id", UUID, nullable=True, ref="agent"),
        Field("created_at", TIME),
    ),
    names=("customer history entry", "customer history entries"),
)

CUSTOMER_ERASURE = Entity(
    "customer_erasure",
    sync_fields(
        Field("customer_id", UUID),  # no reference: the record outlives the customer's row
        Field("reason", OneOf(ErasureReason.values())),
        Field("erased_by", UUID, nullable=True),  # an agent's id, not checked: the agent may be gone
        Field("erased_at", TIME),
    ),
    names=("erasure record", "erasure records"),
)

ORGANISATION_LINE = LineType(ORGANISATION, export_order="name, id")
CUSTOMER_EVENT_LINE = LineType(CUSTOMER_EVENT, export_order="customer_id, created_at, id")
CUSTOMER_ERASURE_LINE = LineType(CUSTOMER_ERASURE, export_order="erased_at, id")

__all__ = [
    "CUSTOMER_ERASURE",
    "CUSTOMER_ERASURE_LINE",
    "CUSTOMER_EVENT",
    "CUSTOMER_EVENT_KINDS",
    "CUSTOMER_EVENT_LINE",
    "ORGANISATION",
    "ORGANISATION_LINE",
]
