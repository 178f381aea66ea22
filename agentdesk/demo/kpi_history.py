# SPDX-License-Identifier: GPL-3.0-or-later
"""History in the demo workspace that exercises every key figure (docs/kpis.md).

On top of the built workspace (the conversations we started come from ``demo.outreach``):

- **reopened** conversations: a customer writes again a day after the solve ("it happened again"),
  the conversation opens, an agent answers and solves it again;
- **deleted** conversations: a few solved ones deleted later as duplicates, some with a survey
  answer (the figures leave those out);
- **calls with durations**: every logged reply on a phone conversation carries the call's length,
  so average handling time counts measured calls;
- **survey answers of each scale**: some CSAT answers on the 1-10 scale, some CES answers to the
  1-5 effort question (1: very low effort), beside the 1-5 CSAT, 0-10 NPS and 1-7 CES of the build.

Every choice is drawn from ``random.Random(seed)`` over rows read in id order, and every id is a
``uuid5`` of the seed, so the same seed and anchor give the same rows. Nothing happens after the
anchor.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid

from agentdesk.store.database import Store
from agentdesk.store.models import sql_time

NAMESPACE = uuid.UUID("0b6f3f1e-5d0a-4a57-9d43-7c1e2f9a8b24")
REOPEN_SHARE = 0.35  # of those still solved (not yet closed): a reopen rate of a few percent
DELETE_SHARE = 0.01
CSAT_TEN_SHARE = 0.25
CES_EFFORT_SHARE = 0.4
CES_EASY_IS_ONE_EVERY = 3  # of the CES answers left on 1-7: every third asked with 1 = very easy
AGAIN = {
    "en": "It happened again, I'm afraid.",
    "de": "Leider ist es wieder passiert.",
    "da": "Det er desværre sket igen.",
}
ANSWER = {
    "en": "Sorry about that. I have fixed it for good now.",
    "de": "Das tut uns leid. Wir haben es jetzt dauerhaft behoben.",
    "da": "Det beklager vi. Nu har vi løst det for godt.",
}


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def add_demo_kpi_history(store: Store, anchor: dt.datetime, seed: int) -> int:
    """Reopens, deletions, call lengths and survey scales; returns the number of messages added."""
    rnd = random.Random(f"kpi-history-{seed}")
    counter = iter(range(1, 1 << 30))

    def uid() -> str:
        return uuid.uuid5(NAMESPACE, f"{seed}-{next(counter)}").hex

    added = 0
    with store.raw_connection() as conn:
        solved = conn.execute(
            "SELECT c.id, c.customer_id, c.assignee_id, c.channel, c.language, c.solved_at, cu.name "
            "FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
            "WHERE c.status = 'solved' AND c.solved_at IS NOT NULL AND c.deleted_at IS NULL "
            "AND c.merged_into_id IS NULL AND c.assignee_id IS NOT NULL ORDER BY c.id"
        ).fetchall()
        for cid, customer, agent, channel, language, solved_at, name in solved:
            solved_time = _time(solved_at)
            again = solved_time + dt.timedelta(hours=20 + rnd.randrange(30))
            answered = again + dt.timedelta(minutes=15 + rnd.randrange(120))
            done = answered + dt.timedelta(minutes=5)
            if rnd.random() >= REOPEN_SHARE or done > anchor:
                continue
            lang = language if language in AGAIN else "en"
            rows = (
                (again, "inbound", None, customer, name, AGAIN[lang], "none"),
                (answered, "outbound", agent, None, "", ANSWER[lang], "sent"),
            )
            for when, direction, by_agent, by_customer, author, body, state in rows:
                meta = (
                    {"delivery": {"route": "logged"}}
                    if channel == "phone" and direction == "outbound"
                    else {}
                )
                state = "none" if channel in ("phone", "walk_in") else state
                conn.execute(
                    "INSERT INTO message (id, conversation_id, direction, channel, author_agent_id, "
                    "author_customer_id, author_name, body_text, meta, delivery_state, created_at, "
                    "updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (uid(), cid, direction, channel, by_agent, by_customer, author, body, json.dumps(meta),
                     state, sql_time(when), sql_time(when)),
                )  # fmt: skip
                added += 1
            for when, old, new, actor in ((again, "solved", "open", None), (done, "open", "solved", agent)):
                conn.execute(
                    "INSERT INTO conversation_event (id, conversation_id, kind, actor_agent_id, data, "
                    "created_at, updated_at) VALUES (?, ?, 'status', ?, ?, ?, ?)",
                    (uid(), cid, actor, json.dumps({"from": old, "to": new}), sql_time(when), sql_time(when)),
                )
            conn.execute(
                "UPDATE conversation SET solved_at = ?, last_activity_at = ?, updated_at = ?, "
                "message_count = message_count + 2, snippet = ?, "
                "first_response_at = coalesce(first_response_at, ?) WHERE id = ?",
                (sql_time(done), sql_time(answered), sql_time(done), ANSWER[lang], sql_time(answered), cid),
            )
        # Duplicates deleted a few days after their solve (survey answers and all).
        finished = conn.execute(
            "SELECT id, solved_at FROM conversation WHERE status IN ('solved', 'closed') "
            "AND solved_at IS NOT NULL AND deleted_at IS NULL AND merged_into_id IS NULL ORDER BY id"
        ).fetchall()
        for cid, solved_at in finished:
            deleted = _time(solved_at) + dt.timedelta(days=3)
            if rnd.random() < DELETE_SHARE and deleted <= anchor:
                conn.execute(
                    "UPDATE conversation SET deleted_at = ?, updated_at = ? WHERE id = ?",
                    (sql_time(deleted), sql_time(deleted), cid),
                )
        # The length of every logged call: 2 to 15 minutes.
        calls = conn.execute(
            "SELECT m.id FROM message m JOIN conversation c ON c.id = m.conversation_id "
            "WHERE c.channel = 'phone' AND m.direction = 'outbound' AND m.deleted_at IS NULL ORDER BY m.id"
        ).fetchall()
        conn.executemany(
            "UPDATE message SET meta = json_set(coalesce(meta, '{}'), '$.call', json(?)) WHERE id = ?",
            [(json.dumps({"seconds": 120 + rnd.randrange(780)}), mid) for (mid,) in calls],
        )
        # Survey scales: some CSAT on 1-10, some CES on the 1-5 effort question, and some CES on 1-7
        # asked the other way round (1 = very easy): each answer stores its scale and good end.
        left_on_seven = 0
        answers = conn.execute(
            "SELECT id, kind, score FROM survey_response WHERE (kind = 'csat' AND scale_max = 5) "
            "OR (kind = 'ces' AND scale_max = 7) ORDER BY id"
        ).fetchall()
        for sid, kind, score in answers:
            if kind == "csat" and rnd.random() < CSAT_TEN_SHARE:
                ten = min(10, max(1, round(score * 2 - rnd.random())))  # 5 -> 9 or 10, 1 -> 1 or 2
                conn.execute(
                    "UPDATE survey_response SET score = ?, scale_min = 1, scale_max = 10, scale_best = 10 "
                    "WHERE id = ?",
                    (float(ten), sid),
                )
            elif kind == "ces" and rnd.random() < CES_EFFORT_SHARE:
                effort = round(1 + (7 - score) * 4 / 6)  # "it was easy" 7 -> effort 1
                conn.execute(
                    "UPDATE survey_response SET score = ?, scale_min = 1, scale_max = 5, scale_best = 1 "
                    "WHERE id = ?",
                    (float(effort), sid),
                )
            elif kind == "ces":
                left_on_seven += 1
                if left_on_seven % CES_EASY_IS_ONE_EVERY == 0:  # the same experience, asked 1 = very easy
                    conn.execute(
                        "UPDATE survey_response SET score = 8 - score, scale_best = 1 WHERE id = ?", (sid,)
                    )
        conn.commit()
    return added


__all__ = ["add_demo_kpi_history"]
