# SPDX-License-Identifier: GPL-3.0-or-later
"""Key figures after a GDPR erasure synced from one desktop to another: the erased customer's
survey scores stay (comment erased, link to the customer cut), so every figure is the same before
and after on both desktops, and the server holds the same anonymous answers."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.kpis import KpiReport, compute_kpis
from agentdesk.metrics.surveys import SurveyService
from agentdesk.privacy.erase import erase_customer
from agentdesk.store.database import Store
from agentdesk.store.models import SurveyResponse
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once

pytestmark = pytest.mark.server

OLE = Credentials("kpi_ole", "ole-pw")  # supervisor: erases
ANNA = Credentials("kpi_anna", "anna-pw")  # agent: the other desktop
START = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)


def synced(store: Store, url: str, who: Credentials) -> None:
    summary = sync_once(store, url, who)
    assert summary.ok, summary.error


def figures(store: Store, dimension: str = "none") -> KpiReport:
    return compute_kpis(
        store, START, START + dt.timedelta(days=2), dimension, now=START + dt.timedelta(days=3)
    )


def answers(store: Store) -> list[tuple[str, float, int, int, int, uuid.UUID | None, uuid.UUID | None, str]]:
    with store.read() as session:
        rows = session.scalars(select(SurveyResponse).order_by(SurveyResponse.kind, SurveyResponse.score))
        return [
            (
                r.kind,
                r.score,
                r.scale_min,
                r.scale_max,
                r.scale_best,
                r.conversation_id,
                r.customer_id,
                r.comment,
            )
            for r in rows
        ]


def test_survey_figures_are_the_same_after_an_erasure_on_both_desktops(
    server_url: str, desktop: Callable[[str], Store], clock: FixedClock
) -> None:
    from agentdesk.sync.server import add_agent

    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@shop.test", role="supervisor")
    add_agent(server_url, ANNA.user, ANNA.password, name="Anna", email="anna@shop.test")
    a, b = desktop("a"), desktop("b")
    clock.set(START + dt.timedelta(hours=1))
    inbox = InboxService(a, clock)
    her = inbox.create_customer("Birgitte Kjærsgaard", email="birgitte.k@example.dk", language="da")
    hers = inbox.create_conversation(her, "email", "Pakke mangler", "Hej, min pakke er ikke kommet.").id
    him = inbox.create_customer("Hans Jensen", email="hans@example.dk")
    his = inbox.create_conversation(him, "email", "Invoice copy", "Please send the invoice again.").id
    clock.advance(minutes=30)
    inbox.reply(hers, "Kære Birgitte, den er sendt igen.", status_after="solved")
    inbox.reply(his, "Attached.", status_after="solved")
    surveys = SurveyService(a, clock)
    surveys.record(hers, "csat", 4, comment="Birgitte var glad, ring på 4711")
    surveys.record(hers, "ces", 2, scale=(1, 7, 1), comment="Nemt, tak")
    surveys.record(his, "csat", 2, comment="Too slow")
    surveys.record(his, "nps", 9)
    with a.write() as session:  # an answer of hers on no conversation (as an exchange file brings it)
        session.add(
            SurveyResponse(
                customer_id=her,
                kind="nps",
                score=3,
                scale_min=0,
                scale_max=10,
                scale_best=10,
                comment="Birgitte: aldrig igen",
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )
    synced(a, server_url, OLE)
    synced(b, server_url, ANNA)
    before = figures(a)
    by_agent = figures(a, "agent")
    assert figures(b).overall.values == before.overall.values
    # Worked out by hand: CSAT 4 and 2 on 1-5 (one of two satisfied); NPS 9 and 3 (one promoter,
    # one detractor: 0); CES 2 asked with 1 = very easy is 6 on the 1-7 easy scale.
    assert before.overall.values["csat"].value == pytest.approx(0.5)
    assert before.overall.values["nps"].value == pytest.approx(0.0)
    assert before.overall.values["nps"].sample == 2
    assert before.overall.values["ces"].value == pytest.approx(6.0)

    clock.advance(minutes=10)
    erase_customer(a, her, "request", clock)
    # Her scores stay, on her (emptied) conversation, without comment and without a link to her:
    # on the erasing desktop at once, before any sync.
    expected = [
        ("ces", 2.0, 1, 7, 1, hers, None, ""),
        ("csat", 2.0, 1, 5, 5, his, him, "Too slow"),
        ("csat", 4.0, 1, 5, 5, hers, None, ""),
        ("nps", 3.0, 0, 10, 10, None, None, ""),
        ("nps", 9.0, 0, 10, 10, his, him, ""),
    ]
    assert answers(a) == expected
    assert figures(a).overall.values == before.overall.values
    synced(a, server_url, OLE)
    synced(b, server_url, ANNA)
    synced(a, server_url, OLE)
    for store in (a, b):
        assert answers(store) == expected, store.path
        after = figures(store)
        assert after.overall.values == before.overall.values, store.path
        assert figures(store, "agent").groups == by_agent.groups
    with connect(server_url) as conn:
        rows = conn.execute(
            "SELECT kind, score, scale_best, conversation_id, customer_id, comment FROM survey_response "
            "ORDER BY kind, score"
        ).fetchall()
    assert [
        (r["kind"], r["score"], r["scale_best"], r["conversation_id"], r["customer_id"], r["comment"])
        for r in rows
    ] == [(k, s, best, conv, cust, comment) for k, s, _lo, _hi, best, conv, cust, comment in expected]
