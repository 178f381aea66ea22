# SPDX-License-Identifier: GPL-3.0-or-later
"""A merge takes the source's survey answers to the target, and undoing it brings them back, so the
answers keep counting (under the conversation they now belong to) and are never lost with a
merged-away conversation."""

from __future__ import annotations

import datetime as dt

from agentdesk.clock import FixedClock
from agentdesk.inbox.merging import MergeService
from agentdesk.metrics.kpis import compute_kpis
from agentdesk.store.database import Store
from agentdesk.store.models import SurveyResponse

UTC = dt.UTC


def test_merge_moves_survey_answers_and_unmerge_brings_them_back(store: Store, clock: FixedClock) -> None:
    clock.set(dt.datetime(2026, 11, 23, 9, tzinfo=UTC))
    desk = MergeService(store, clock)
    anna = desk.create_customer("Anna", email="anna@example.com")
    target = desk.create_conversation(anna, "email", "Refund", "Please refund.").id
    source = desk.create_conversation(anna, "email", "Refund again", "Still waiting.").id
    other = desk.create_conversation(anna, "email", "Login", "Cannot log in.").id
    with store.write() as s:
        for conv, score in ((source, 5), (source, 4), (other, 1)):
            s.add(
                SurveyResponse(
                    conversation_id=conv,
                    kind="csat",
                    score=score,
                    scale_min=1,
                    scale_max=5,
                    created_at=clock.now(),
                )
            )
    desk.merge_into(target, [source])

    def where() -> list[tuple[str, float]]:
        with store.raw_connection() as conn:
            return sorted(conn.execute("SELECT conversation_id, score FROM survey_response").fetchall())

    assert where() == sorted([(target.hex, 5.0), (target.hex, 4.0), (other.hex, 1.0)])
    week = compute_kpis(
        store, dt.datetime(2026, 11, 23, tzinfo=UTC), dt.datetime(2026, 11, 30, tzinfo=UTC), now=clock.now()
    )
    # All three answers count: 5 and 4 are satisfied, 1 is not.
    assert week.overall.values["csat"].sample == 3
    assert week.overall.value("csat") == 2 / 3
    desk.unmerge(source)
    assert where() == sorted([(source.hex, 5.0), (source.hex, 4.0), (other.hex, 1.0)])
