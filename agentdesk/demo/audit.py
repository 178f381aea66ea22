# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace's audit log: a few weeks of administrative changes that agree with the rows
as the demo leaves them (a supervisor promoted, an SLA target tightened, a macro added, a rule
switched on, a colleague's tiers widened, a run of wrong PINs).

The builder writes its rows directly, so nothing it does is logged; these entries stand for what
the shop's admin and team leads would have done before the anchor. Ids derive from the entries'
descriptions, so the same anchor gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from agentdesk import audit
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, SlaPolicy
from agentdesk.store.workflow_models import Macro, RoutingRule

NAMESPACE = uuid.UUID("0b7c3f3e-5d41-4c1a-9a8e-3c2f6b1d9e27")
ADMIN, LEAD, OTHER_LEAD = "Anders Kristensen", "Katrin Vogel", "Daniel Hughes"


def add_demo_audit(store: Store, anchor: dt.datetime) -> int:
    """Add the demo's audit entries (none if the demo's people are not there); how many."""
    with store.write() as session:
        agents = {a.name: a for a in session.scalars(select(Agent))}
        if ADMIN not in agents or LEAD not in agents:
            return 0
        admin, lead = agents[ADMIN].id, agents[LEAD].id
        other = agents[OTHER_LEAD].id if OTHER_LEAD in agents else lead
        entries: list[
            tuple[dt.timedelta, str, str, Any, str, dict[str, Any] | None, dict[str, Any] | None, uuid.UUID]
        ] = []

        def add(
            ago: dt.timedelta,
            action: str,
            table: str,
            row: Any,
            label: str,
            before: dict[str, Any] | None,
            after: dict[str, Any] | None,
            actor: uuid.UUID,
        ) -> None:
            entries.append((ago, action, table, row, label, before, after, actor))

        days = dt.timedelta(days=1)
        if agents[LEAD].role == "supervisor":
            add(
                21 * days - dt.timedelta(minutes=48),
                "update",
                "agent",
                lead,
                LEAD,
                {"role": "agent"},
                {"role": "supervisor"},
                admin,
            )
        policy = session.scalars(
            select(SlaPolicy).where(SlaPolicy.first_response_minutes.is_not(None)).order_by(SlaPolicy.name)
        ).first()
        if policy is not None and policy.first_response_minutes:
            add(
                14 * days - dt.timedelta(hours=5, minutes=30),
                "update",
                "sla_policy",
                policy.id,
                policy.name,
                {"first_response_minutes": policy.first_response_minutes * 2},
                {"first_response_minutes": policy.first_response_minutes},
                lead,
            )
        macro = session.scalars(select(Macro).where(Macro.name == "Late parcel")).first()
        if macro is not None:
            add(
                13 * days - dt.timedelta(hours=2),
                "create",
                "macro",
                macro.id,
                macro.name,
                None,
                {
                    "name": macro.name,
                    "description": macro.description,
                    "scope": macro.scope,
                    "actions": macro.actions,
                    "active": macro.active,
                },
                other,
            )
        rule = session.scalars(
            select(RoutingRule).where(RoutingRule.active).order_by(RoutingRule.name)
        ).first()
        if rule is not None:
            add(
                9 * days - dt.timedelta(hours=7, minutes=45),
                "update",
                "routing_rule",
                rule.id,
                rule.name,
                {"active": False},
                {"active": True},
                admin,
            )
        wide = next((a for a in agents.values() if a.role == "agent" and len(a.tiers) > 1), None)
        if wide is not None:
            add(
                5 * days - dt.timedelta(hours=4, minutes=20),
                "update",
                "agent",
                wide.id,
                wide.name,
                {"tiers": wide.tiers[:1]},
                {"tiers": list(wide.tiers)},
                lead,
            )
        guessed = next((a for a in agents.values() if a.role == "agent"), None)
        if guessed is not None:
            for n in range(3):
                add(
                    2 * days - dt.timedelta(minutes=n),
                    "sign_in_failed",
                    "agent",
                    guessed.id,
                    guessed.name,
                    {"failures": n},
                    {"failures": n + 1},
                    guessed.id,
                )
        for ago, action, table, row, label, before, after, actor in entries:
            entry = audit.record(
                session,
                action,
                table=table,
                row_id=row,
                before=before,
                after=after,
                actor_id=actor,
                label=label,
                at=anchor - ago,
            )
            entry.id = uuid.uuid5(NAMESPACE, f"{table}:{row}:{action}:{ago}")
            entry.updated_at = anchor - ago
    return len(entries)
