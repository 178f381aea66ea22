# SPDX-License-Identifier: GPL-3.0-or-later
"""The standard definitions of the key figures on small hand-built histories, every value worked
out by hand. The week is Monday 2026-11-23 to Sunday 2026-11-29, judged on Wednesday 2 December;
no SLA policy, so business minutes are calendar minutes.

    E1 Anna  email  Mon 09:00; Lea answers and solves 09:30.                          FCR yes, one-touch
    E2 Ben   email  Mon 10:00; Lea answers 10:10 and 10:40, solves.                   FCR no (two replies)
    E3 Carl  email  Mon 11:00 "Thanks!"; solved at 11:05 without a reply.             left out of FCR
    U  Dora  chat   Tue 09:00; a reply not delivered at 09:10, one delivered at 09:40 (chat session of
                    09:00 and 09:40: the gap is 40 minutes, over 30), solved 09:45.   FRT 40, FCR no
    CA Eve   chat   Tue 10:00, reply 10:05, Eve 10:20, reply 10:25, solved.           FCR yes (one session)
    P  Finn  phone  Tue 12:00 call logged by Lea, solved at once without a reply.     FCR yes (one call)
    O  Gus   email  we write Wed 09:00; Gus answers Wed 11:00; Sam answers 11:30.     FRT 30, not 0
    Anna writes again Thu 08:00 (R): a repeat contact of E1 (solved Mon 09:30).
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from agentdesk.clock import FixedClock
from agentdesk.inbox.delivery import NONE, mark_route
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.metrics.definitions import definition
from agentdesk.metrics.kpis import KpiReport, compute_kpi_reports, compute_kpis, first_contact_resolved
from agentdesk.sla.load import load_timelines, load_timelines_sqlite
from agentdesk.store.database import Store
from agentdesk.store.models import SurveyResponse

UTC = dt.UTC
WEEK_START = dt.datetime(2026, 11, 23, tzinfo=UTC)
WEEK_END = dt.datetime(2026, 11, 30, tzinfo=UTC)
JUDGED = dt.datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _answer(store: Store, conv: uuid.UUID, kind: str, score: int, low: int, high: int) -> None:
    with store.write() as s:
        s.add(
            SurveyResponse(
                conversation_id=conv,
                kind=kind,
                score=score,
                scale_min=low,
                scale_max=high,
                created_at=at(27, 9),
            )
        )


@pytest.fixture
def history(store: Store, clock: FixedClock) -> dict[str, uuid.UUID]:
    clock.set(at(16, 8))
    directory = DirectoryService(store, clock)
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    sam = directory.create_agent("Sam Berg", "sam@shop.test", tiers=[1])
    desk = InboxService(store, clock, actor_id=lea)
    sam_desk = InboxService(store, clock, actor_id=sam)
    who = {
        n: desk.create_customer(n, email=f"{n.lower()}@example.com")
        for n in ("Anna", "Ben", "Carl", "Dora", "Eve", "Finn", "Gus")
    }
    c: dict[str, uuid.UUID] = {}

    def new(key: str, name: str, channel: str, when: dt.datetime, **kw: object) -> uuid.UUID:
        c[key] = desk.create_conversation(who[name], channel, key, "Hello", when=when, **kw).id  # type: ignore[arg-type]
        desk.assign(c[key], lea, when=when)
        return c[key]

    e1 = new("E1", "Anna", "email", at(23, 9))
    desk.reply(e1, "Done.", status_after="solved", when=at(23, 9, 30))
    e2 = new("E2", "Ben", "email", at(23, 10))
    desk.reply(e2, "Which order?", when=at(23, 10, 10))
    desk.reply(e2, "Refunded.", status_after="solved", when=at(23, 10, 40))
    e3 = new("E3", "Carl", "email", at(23, 11))
    desk.set_status(e3, "solved", when=at(23, 11, 5))
    u = new("U", "Dora", "chat", at(24, 9))
    desk.reply(u, "Lost.", on_message=mark_route(NONE), when=at(24, 9, 10))
    desk.reply(u, "Hello Dora.", status_after="solved", when=at(24, 9, 40))
    ca = new("CA", "Eve", "chat", at(24, 10))
    desk.reply(ca, "Hi Eve.", when=at(24, 10, 5))
    desk.add_inbound_message(ca, "Thanks, one more thing.", when=at(24, 10, 20))
    desk.reply(ca, "Done.", status_after="solved", when=at(24, 10, 25))
    p = new("P", "Finn", "phone", at(24, 12), logged_by_agent=True)
    desk.set_status(p, "solved", when=at(24, 12, 1))
    # A conversation we started: its first message is ours (as agentdesk.mail.outreach writes it).
    o = new("O", "Gus", "email", at(25, 9))
    with store.raw_connection() as conn:
        conn.execute(
            "UPDATE message SET direction = 'outbound', author_agent_id = ?, author_customer_id = NULL "
            "WHERE conversation_id = ?",
            (lea.hex, o.hex),
        )
        conn.execute(
            "UPDATE conversation_event "
            "SET data = json_set(data, '$.by', 'agent', '$.outreach', json('true')) "
            "WHERE conversation_id = ? AND kind = 'created'",
            (o.hex,),
        )
        conn.commit()
    desk.add_inbound_message(o, "Yes, please call me.", when=at(25, 11))
    sam_desk.reply(o, "Will do.", when=at(25, 11, 30))
    c["R"] = desk.create_conversation(who["Anna"], "email", "Again", "It broke again.", when=at(26, 8)).id
    return c


def _week(store: Store) -> KpiReport:
    return compute_kpis(store, WEEK_START, WEEK_END, now=JUDGED)


def test_first_response_starts_at_the_customers_message_and_needs_a_delivered_reply(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    r = _week(store)
    # Answered: E1 30, E2 10, U 40 (not 10: that reply was not delivered), CA 5, O 30 (from Gus's
    # answer, not 0 from our own first message). Sorted 5, 10, 30, 30, 40.
    assert r.overall.values["frt_median"].sample == 5
    assert r.overall.value("frt_median") == pytest.approx(30)
    assert r.overall.value("frt_p90") == pytest.approx(30 + 0.6 * (40 - 30))


def test_first_contact_resolution_per_channel_leaves_out_what_was_never_answered(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    r = _week(store)
    # Solved and answered: E1 yes, E2 no, U no (two sessions), CA yes, P yes; E3 left out.
    assert r.overall.values["fcr"].sample == 5
    assert r.overall.value("fcr") == pytest.approx(3 / 5)
    # One touch: E1 and U (one delivered reply each); E2 and CA have two, P none.
    assert r.overall.value("one_touch") == pytest.approx(2 / 5)


def test_resolution_from_the_customers_first_message(store: Store, history: dict[str, uuid.UUID]) -> None:
    r = _week(store)
    # E1 30, E2 40, E3 5, U 45, CA 25, P 1 -> sorted 1, 5, 25, 30, 40, 45: median 27.5.
    assert r.overall.values["resolution_median"].sample == 6
    assert r.overall.value("resolution_median") == pytest.approx(27.5)


def test_repeat_contact_counts_a_customer_who_writes_again(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    r = _week(store)
    # Solved in the week: E1, E2, E3, U, CA, P; Anna wrote again three days after E1.
    assert r.overall.values["repeat_contact"].sample == 6
    assert r.overall.value("repeat_contact") == pytest.approx(1 / 6)
    assert not definition("repeat_contact").higher_is_better  # lower is better


def test_first_response_is_credited_to_the_agent_who_wrote_it(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    agents = {
        g.label: g
        for g in compute_kpi_reports(store, WEEK_START, WEEK_END, ("agent",), now=JUDGED)["agent"].groups
    }
    # O is Lea's, but Sam answered it: its 30 minutes are Sam's.
    assert agents["Sam Berg"].values["frt_median"].sample == 1
    assert agents["Sam Berg"].value("frt_median") == pytest.approx(30)
    assert agents["Lea Wolf"].values["frt_median"].sample == 4


def test_surveys_on_deleted_conversations_and_every_scale(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    c = history
    _answer(store, c["E1"], "csat", 9, 1, 10)  # top-two-box: satisfied
    _answer(store, c["E2"], "csat", 8, 1, 10)  # not
    _answer(store, c["CA"], "csat", 4, 1, 5)  # satisfied
    _answer(store, c["U"], "csat", 80, 0, 100)  # satisfied
    _answer(store, c["E1"], "ces", 6, 1, 7)  # 6
    _answer(store, c["E2"], "ces", 2, 1, 5)  # low effort: 7 - 1.5 = 5.5
    _answer(store, c["E3"], "nps", 10, 0, 10)
    _answer(store, c["P"], "nps", 6, 0, 10)
    _answer(store, c["R"], "csat", 1, 1, 5)  # on a conversation deleted below: left out
    with store.raw_connection() as conn:
        conn.execute(
            "UPDATE conversation SET deleted_at = ? WHERE id = ?", ("2026-11-28 00:00:00", c["R"].hex)
        )
        conn.commit()
    r = _week(store)
    assert r.overall.values["csat"].sample == 4
    assert r.overall.value("csat") == pytest.approx(3 / 4)
    assert r.overall.value("ces") == pytest.approx((6 + 5.5) / 2)
    assert r.overall.value("nps") == pytest.approx(0.0)


def test_the_sla_engine_does_not_take_a_reply_not_delivered_for_a_response(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    u = history["U"]
    with store.read() as session:
        timeline = load_timelines(session, [u])[u]
    with store.raw_connection() as conn:
        raw = load_timelines_sqlite(conn, [u.hex])[u.hex]
    # The reply of 09:10 reached nobody; the one of 09:40 is the first response.
    assert timeline.outbound == raw.outbound == (at(24, 9, 40),)
    assert timeline.inbound == raw.inbound == (at(24, 9),)


def test_what_follows_a_solve_is_credited_to_the_agent_who_solved(
    store: Store, clock: FixedClock, history: dict[str, uuid.UUID]
) -> None:
    with store.raw_connection() as conn:
        sam = uuid.UUID(hex=conn.execute("SELECT id FROM agent WHERE name = 'Sam Berg'").fetchone()[0])
    # O stays Lea's, but Sam solves it at noon: 60 minutes after Gus's answer, one reply.
    InboxService(store, clock, actor_id=sam).set_status(history["O"], "solved", when=at(25, 12))
    agents = {
        g.label: g
        for g in compute_kpi_reports(store, WEEK_START, WEEK_END, ("agent",), now=JUDGED)["agent"].groups
    }
    assert agents["Sam Berg"].values["resolution_median"].sample == 1
    assert agents["Sam Berg"].value("resolution_median") == pytest.approx(60)
    assert agents["Sam Berg"].value("fcr") == pytest.approx(1.0)
    assert agents["Lea Wolf"].values["resolution_median"].sample == 6
    # The overall figure counts O once: 1, 5, 25, 30, 40, 45, 60.
    assert compute_kpis(store, WEEK_START, WEEK_END, now=JUDGED).overall.value("resolution_median") == 30


def test_handling_time_takes_a_logged_calls_measured_duration(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    with store.raw_connection() as conn:
        conn.execute(
            "UPDATE message SET meta = json_set(meta, '$.call', json('{\"seconds\": 420}')) "
            "WHERE conversation_id = ?",
            (history["P"].hex,),
        )
        conn.commit()
    r = _week(store)
    # Estimates, at most 10 minutes a reply: E1 10, E2 10 + 10, E3 0, U 10 + 10 (a reply not
    # delivered was still written), CA 5 + 5; P the measured call, 7 minutes.
    assert r.overall.values["aht"].sample == 6
    assert r.overall.value("aht") == pytest.approx((10 + 20 + 0 + 20 + 10 + 7) / 6)


def test_answers_on_a_scale_no_survey_declares_are_not_guessed(
    store: Store, history: dict[str, uuid.UUID]
) -> None:
    c = history
    _answer(store, c["E1"], "nps", 5, 1, 5)  # NPS is 0-10 only
    _answer(store, c["E2"], "ces", 3, 1, 10)  # which end is easy? not declared
    _answer(store, c["CA"], "csat", 6, 1, 7)  # not a CSAT scale
    _answer(store, c["U"], "csat", 10, 1, 10)  # declared: satisfied
    r = _week(store)
    assert r.overall.values["nps"].sample == 0 and r.overall.value("nps") is None
    assert r.overall.values["ces"].sample == 0
    assert r.overall.values["csat"].sample == 1
    assert r.overall.value("csat") == 1.0


def test_the_first_contact_of_each_channel() -> None:
    m = [at(24, 10, x) for x in (0, 5, 20, 35, 50)]
    # Chat: one session while no gap exceeds 30 minutes (exactly 30 is still the same session).
    assert first_contact_resolved("chat", [m[0]], [m[1]], [m[0], m[1], at(24, 10, 35)], logged_call=False)
    assert not first_contact_resolved("chat", [m[0]], [m[1]], [m[0], m[1], at(24, 10, 36)], logged_call=False)
    # Email and the other written channels: one delivered reply.
    assert first_contact_resolved("email", [m[0], m[2]], [m[1]], m[:3], logged_call=False)
    assert not first_contact_resolved("web_form", [m[0]], [m[1], m[3]], m[:4], logged_call=False)
    # Phone: one call (the logged one) and at most one logged reply; a second call is a second contact.
    assert first_contact_resolved("phone", [m[0]], [], [m[0]], logged_call=True)
    assert first_contact_resolved("phone", [m[0]], [m[1]], m[:2], logged_call=True)
    assert not first_contact_resolved("phone", [m[0], m[2]], [m[1]], m[:3], logged_call=True)
