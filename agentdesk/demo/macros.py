# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace's macros and routing rules, a few per team, and who is available now.

Written through the macro and routing services, with ids derived from the names, so the same
seed and anchor give the same rows. Rules are added after the history is built: they route the
conversations that arrive from now on, as they would in a shop that just set them up.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.macros.actions import Actions
from agentdesk.macros.assign import AvailabilityService
from agentdesk.macros.service import MacroDraft, MacroService
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.rules import Conditions
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, CannedReply, Team

NAMESPACE = uuid.UUID("6f1d8a52-3c1e-4f7e-9a55-0d1c6e2b7a10")
# Agents who are at their desks at the anchor (the rest are away).
AVAILABLE = (
    "Maria Schneider",
    "James Carter",
    "Mette Jensen",
    "Lukas Weber",
    "Emma Thompson",
    "Hannah Fischer",
)
BUSY = ("Rasmus Nielsen", "Oliver Bennett")


def _id(kind: str, name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{name}")


def add_demo_macros(store: Store, anchor: dt.datetime) -> tuple[int, int]:
    """Add the demo's macros and rules; returns how many of each."""
    clock = FixedClock(anchor)
    with store.read() as session:
        teams = {t.name: str(t.id) for t in session.execute(select(Team)).scalars()}
        replies = {
            r.shortcut: str(r.id) for r in session.execute(select(CannedReply)).scalars() if r.shortcut
        }
        agents = {a.name: a.id for a in session.execute(select(Agent)).scalars()}

    def reply(shortcut: str) -> dict[str, object]:
        return {"reply": replies[shortcut]} if shortcut in replies else {}

    macros: list[tuple[str, str | None, str, dict[str, object]]] = [
        (
            "Refund issued",
            "Billing",
            "The refund is on its way: tell the customer and wait for them.",
            {**reply("refund-sent"), "status": "pending", "add_tags": ["refund"], "follow_up_hours": 72},
        ),
        (
            "Double charge",
            "Billing",
            "A payment was taken twice: apologise, tag it and take it yourself.",
            {**reply("sorry-charge"), "priority": "high", "add_tags": ["double-charge"], "assignee": "me"},
        ),
        (
            "Late parcel",
            "Shipping",
            "A delivery is late: apologise and check again in two days.",
            {
                **reply("sorry-late"),
                "status": "pending",
                "add_tags": ["late-delivery"],
                "follow_up_hours": 48,
            },
        ),
        (
            "Wrong item sent",
            "Shipping",
            "We sent the wrong item: a replacement goes out.",
            {**reply("sorry-wrong-item"), "priority": "high", "add_tags": ["wrong-item", "replacement"]},
        ),
        (
            "Password reset sent",
            "Accounts",
            "The reset link is sent; solve unless they write back.",
            {**reply("reset-link"), "status": "solved", "add_tags": ["login"]},
        ),
        (
            "To technical (tier 2)",
            "Technical",
            "A fault for the specialists: tier 2 in Technical, first in turn.",
            {**reply("handover-tech"), "tier": 2, "team": teams.get("Technical"), "assignee": "round_robin"},
        ),
        (
            "Ask for the order number",
            None,
            "We need the order number before we can look.",
            {**reply("need-order"), "status": "pending", "add_tags": ["needs-info"]},
        ),
        (
            "Urgent: customer waiting",
            None,
            "Raise the priority and keep it on my desk.",
            {"priority": "urgent", "assignee": "me", "follow_up_hours": 4},
        ),
    ]
    service = MacroService(store, clock)
    for name, team, description, actions in macros:
        data = {k: v for k, v in actions.items() if v is not None}
        service.create(
            MacroDraft(
                name,
                Actions.from_json(data),
                description,
                "team" if team else "everyone",
                uuid.UUID(teams[team]) if team and team in teams else None,
            ),
            macro_id=_id("macro", name),
        )
    rules: list[tuple[str, list[str], dict[str, object], dict[str, object]]] = [
        (
            "Invoices and payments to Billing",
            ["arrival"],
            {
                "words": [
                    "invoice",
                    "rechnung*",
                    "faktura*",
                    "refund",
                    "erstattung",
                    "charged",
                    "payment",
                    "zahlung",
                ]
            },
            {"team": teams.get("Billing"), "assignee": "least_loaded"},
        ),
        (
            "Deliveries to Shipping",
            ["arrival"],
            {
                "words": [
                    "parcel",
                    "paket",
                    "pakke",
                    "delivery",
                    "lieferung",
                    "levering",
                    "tracking",
                    "return*",
                ]
            },
            {"team": teams.get("Shipping"), "assignee": "least_loaded"},
        ),
        (
            "Log-in trouble to Accounts",
            ["arrival"],
            {"words": ["password", "passwort", "adgangskode", "login", "locked", "gesperrt"]},
            {"team": teams.get("Accounts"), "assignee": "round_robin"},
        ),
        (
            "Crashes to Technical, tier 2",
            ["arrival"],
            {"words": ["crash*", "absturz", "abstürz*", "error", "fehler", "fejl", "bug"]},
            {"team": teams.get("Technical"), "tier": 2, "assignee": "round_robin", "add_tags": ["technical"]},
        ),
        (
            "Enterprise customers first",
            ["arrival", "customer_message"],
            {"plans": ["enterprise"]},
            {"priority": "high", "add_tags": ["vip"]},
        ),
        (
            "Angry words raise the priority",
            ["customer_message"],
            {"words": ["unacceptable", "inakzeptabel", "uacceptabelt", "lawyer", "anwalt", "advokat"]},
            {"priority": "urgent"},
        ),
    ]
    routing = RoutingService(store, clock)
    for name, triggers, conditions, actions in rules:
        routing.create(
            RuleDraft(
                name,
                Conditions.from_json(conditions),
                Actions.from_json({k: v for k, v in actions.items() if v is not None}),
                tuple(triggers),
            ),
            rule_id=_id("rule", name),
        )
    availability = AvailabilityService(store, clock)
    for name in AVAILABLE:
        if name in agents:
            availability.set_status(agents[name], "available")
    for name in BUSY:
        if name in agents:
            availability.set_status(agents[name], "busy")
    return len(macros), len(rules)


__all__ = ["add_demo_macros"]
