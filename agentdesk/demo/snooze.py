# SPDX-License-Identifier: GPL-3.0-or-later
"""Snoozed conversations in the demo workspace: a few conversations that wait on the customer were
put away by their agent a few hours before the anchor, until the next morning or the next week,
so the Snoozed view has something in it and My open shows what is left to do.

Written as the snooze service writes them (the conversation's three snooze columns and a
``snooze`` event), with ids and times derived from the anchor, so the same seed and anchor give
the same workspace. The notifications themselves are not demo data: they are each desk's own,
derived from what happens from the first start on.
"""

from __future__ import annotations

import datetime as dt
import json

from agentdesk.ids import uuid7
from agentdesk.store.database import Store
from agentdesk.store.models import sql_time

SNOOZED = 2
SNOOZED_BEFORE = dt.timedelta(hours=3)  # they were put away this long before the anchor
UNTIL = (dt.timedelta(days=1), dt.timedelta(days=7))


def add_demo_snoozes(store: Store, anchor: dt.datetime) -> int:
    """Snooze the first few pending, assigned conversations (by number); returns how many."""
    anchor = anchor.astimezone(dt.UTC)
    at = anchor - SNOOZED_BEFORE
    morning = anchor.replace(hour=8, minute=0, second=0, microsecond=0)
    ms = int(anchor.timestamp() * 1000)
    with store.raw_connection() as conn:
        rows = conn.execute(
            "SELECT id, assignee_id FROM conversation WHERE status = 'pending' AND assignee_id IS NOT NULL "
            "AND deleted_at IS NULL AND merged_into_id IS NULL AND number IS NOT NULL "
            "ORDER BY number LIMIT ?",
            (SNOOZED,),
        ).fetchall()
        conn.execute("BEGIN")
        for index, (cid, assignee) in enumerate(rows):
            until = morning + UNTIL[index % len(UNTIL)]
            conn.execute(
                "UPDATE conversation SET snoozed_until = ?, snoozed_at = ?, snoozed_by = ? WHERE id = ?",
                (sql_time(until), sql_time(at), assignee, cid),
            )
            data = {"until": until.isoformat(), "reason": "agent"}
            conn.execute(
                "INSERT INTO conversation_event (id, conversation_id, kind, actor_agent_id, data, "
                "created_at, rev, updated_at, deleted_at) VALUES (?, ?, 'snooze', ?, ?, ?, NULL, ?, NULL)",
                (
                    uuid7(ms, (1 << 72) + index).hex,
                    cid,
                    assignee,
                    json.dumps(data),
                    sql_time(at),
                    sql_time(at),
                ),
            )
        conn.execute("COMMIT")
    return len(rows)


__all__ = ["add_demo_snoozes"]
