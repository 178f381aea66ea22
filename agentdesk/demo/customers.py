# SPDX-License-Identifier: GPL-3.0-or-later
"""Organisations and VIPs in the demo workspace.

The demo's business customers write from their company's domain (``company.example``): each
company with at least two customers becomes an organisation with that domain, its customers
belong to it, and its plan is the one most of them have. The customers with the most
conversations on an enterprise plan are VIPs, with a note saying why. Ids and times derive from
the anchor, so the same seed and anchor give the same workspace.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

from agentdesk.ids import uuid7
from agentdesk.store.database import Store
from agentdesk.store.models import sql_time

MAX_ORGANISATIONS = 40
VIPS = 6
VIP_NOTE = {
    "en": "VIP: framework contract; call back within the hour.",
    "de": "VIP: Rahmenvertrag; Rückruf innerhalb einer Stunde.",
    "da": "VIP: rammeaftale; ring tilbage inden for en time.",
}


def add_demo_organisations(store: Store, anchor: dt.datetime) -> int:
    """Make organisations of the companies and mark the VIPs; returns how many organisations."""
    anchor = anchor.astimezone(dt.UTC)
    created = anchor - dt.timedelta(days=400)
    ms = int(anchor.timestamp() * 1000)
    with store.raw_connection() as conn:
        rows = conn.execute(
            "SELECT id, company, email, plan FROM customer WHERE company IS NOT NULL AND email IS NOT NULL "
            "AND deleted_at IS NULL ORDER BY company, id"
        ).fetchall()
        members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for cid, company, email, plan in rows:
            domain = email.rpartition("@")[2].lower()
            if domain.endswith(".example"):
                members[(company, domain)].append((cid, plan))
        chosen = [key for key, people in members.items() if len(people) >= 2][:MAX_ORGANISATIONS]
        conn.execute("BEGIN")
        for index, (company, domain) in enumerate(chosen):
            people = members[(company, domain)]
            plan = Counter(p for _, p in people).most_common(1)[0][0]
            org_id = uuid7(ms, (2 << 72) + index).hex
            conn.execute(
                "INSERT INTO organisation (id, name, domains, plan, notes, created_at, rev, updated_at, "
                "deleted_at) VALUES (?, ?, ?, ?, '', ?, NULL, ?, NULL)",
                (org_id, company, json.dumps([domain]), plan, sql_time(created), sql_time(created)),
            )
            conn.executemany(
                "UPDATE customer SET organisation_id = ? WHERE id = ?", [(org_id, cid) for cid, _ in people]
            )
        vips = conn.execute(
            "SELECT c.id, c.language, c.notes FROM customer c JOIN conversation v ON v.customer_id = c.id "
            "WHERE c.plan = 'enterprise' AND c.deleted_at IS NULL GROUP BY c.id ORDER BY count(*) DESC, c.id "
            "LIMIT ?",
            (VIPS,),
        ).fetchall()
        for cid, language, notes in vips:
            note = VIP_NOTE.get(language, VIP_NOTE["en"])
            conn.execute(
                "UPDATE customer SET vip = 1, notes = ? WHERE id = ?",
                (f"{notes}\n{note}".strip() if notes else note, cid),
            )
        conn.execute("COMMIT")
    return len(chosen)
