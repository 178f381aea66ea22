# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace's routing rules that run when an agent changes a conversation, and one that
chooses the SLA policy: a refund tag sends the conversation to Billing, a conversation sent up to
the 3rd level goes to Technical, and outage reports count under the tightest preset policy.

Added last, through the routing service, with ids derived from the names (the same seed and
anchor give the same rows): they act on what happens from now on, not on the history.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.macros.actions import Actions
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.rules import Conditions
from agentdesk.store.database import Store
from agentdesk.store.models import SlaPolicy, Team

NAMESPACE = uuid.UUID("0c4f3b8e-5d2a-4e6b-8f1c-7a9d2e3b4c51")


def add_demo_update_rules(store: Store, anchor: dt.datetime) -> int:
    """Add the rules; returns how many."""
    with store.read() as session:
        teams = {t.name: str(t.id) for t in session.execute(select(Team)).scalars()}
        fastest = session.execute(
            select(SlaPolicy.id)
            .where(SlaPolicy.deleted_at.is_(None), SlaPolicy.first_response_minutes.is_not(None))
            .order_by(SlaPolicy.first_response_minutes, SlaPolicy.position, SlaPolicy.name)
            .limit(1)
        ).scalar()
    rules: list[tuple[str, tuple[str, ...], dict[str, object], dict[str, object], str | None]] = []
    if "Billing" in teams:
        rules.append(
            (
                "Refund tag: to Billing",
                ("update",),
                {"changes": [{"field": "tag_added", "to": "refund"}]},
                {"team": teams["Billing"]},
                None,
            )
        )
    if "Technical" in teams:
        rules.append(
            (
                "3rd level: to Technical",
                ("update",),
                {"changes": [{"field": "tier", "to": "3"}]},
                {"team": teams["Technical"], "assignee": "least_loaded"},
                None,
            )
        )
    rules.append(
        (
            "Reopened by an agent: high priority",
            ("update",),
            {"changes": [{"field": "status", "from": "solved", "to": "open"}]},
            {"priority": "high", "add_tags": ["reopened"]},
            None,
        )
    )
    if fastest is not None:
        rules.append(
            (
                "Outage reports: fastest SLA",
                ("arrival", "customer_message"),
                {"words": ["outage", "down", "ausfall", "störung", "nedbrud"]},
                {"priority": "urgent"},
                str(fastest),
            )
        )
    routing = RoutingService(store, FixedClock(anchor))
    for name, triggers, conditions, actions, sla_policy in rules:
        routing.create(
            RuleDraft(
                name,
                Conditions.from_json(conditions),
                Actions.from_json(actions),
                triggers,
                sla_policy=sla_policy,
            ),
            rule_id=uuid.uuid5(NAMESPACE, name),
        )
    return len(rules)


__all__ = ["add_demo_update_rules"]
