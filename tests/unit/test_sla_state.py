# SPDX-License-Identifier: GPL-3.0-or-later
"""The SLA state of conversations, the cached due-time columns, and once-only warning/breach events."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, update

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.sla.cache import (
    catch_up,
    due_events,
    event_id,
    plan_for,
    refresh_all,
    refresh_conversation_sla,
    state_for,
)
from agentdesk.sla.calendar import BusinessCalendar
from agentdesk.sla.load import load_timeline, load_timelines, load_timelines_sqlite
from agentdesk.sla.policy import Policy, SlaBook, Target
from agentdesk.sla.state import (
    PauseReason,
    Phase,
    SlaPlan,
    SlaState,
    StatusChange,
    TargetState,
    Timeline,
    compute_state,
)
from agentdesk.store import models
from agentdesk.store.database import Store

BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = {
    "timezone": "Europe/Berlin",
    "week": {d: [["08:00", "12:00"], ["13:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
    "holidays": {"country": "DE", "subdivision": "BY"},
}


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def mon(hour: int, minute: int = 0) -> dt.datetime:
    return berlin(2026, 11, 23, hour, minute)


def wed(hour: int, minute: int = 0) -> dt.datetime:
    return berlin(2026, 11, 25, hour, minute)


def thu(hour: int, minute: int = 0) -> dt.datetime:
    return berlin(2026, 11, 26, hour, minute)


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    inbox: InboxService
    customer: uuid.UUID
    policy_id: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    """An office-hours calendar (Bavaria, lunch 12–13) and one email policy: first response 60,
    next response 120, resolution 480 business minutes; warning at a quarter of the target."""
    calendar_id = uuid.uuid4()
    policy_id = uuid.uuid4()
    with store.write() as session:
        session.add(models.BusinessCalendar(id=calendar_id, name="Office", definition=OFFICE))
        session.add(
            models.SlaPolicy(
                id=policy_id,
                name="Email",
                position=1,
                match={"channel": ["email"]},
                first_response_minutes=60,
                next_response_minutes=120,
                resolution_minutes=480,
                calendar_id=calendar_id,
                warning_share=0.25,
                warning_minutes=None,
            )
        )
    clock.set(mon(9))
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Anna Müller", email="anna@example.de", plan="standard", language="de")
    return Desk(store, clock, inbox, customer, policy_id)


def sla(desk: Desk, cid: uuid.UUID) -> SlaState:
    """The state at the clock's now, and the cached columns refreshed as the inbox service will."""
    now = desk.clock.now()
    with desk.store.write() as session:
        refreshed = refresh_conversation_sla(session, cid, now)
    with desk.store.read() as session:
        timeline = load_timeline(session, cid)
        assert timeline is not None
        book = SlaBook.load(session)
        row = session.get(models.Conversation, cid)
        assert row is not None
    policy, state = state_for(book, timeline, now)
    assert policy is not None and state is not None
    assert refreshed == state
    plan = plan_for(book, timeline)
    assert plan is not None and plan.at(now) == state
    assert row.sla_policy_id == desk.policy_id
    assert row.due_at == state.due_at
    assert row.first_response_due_at == (state.first_response.due_at if state.first_response else None)
    assert row.next_response_due_at == (state.next_response.due_at if state.next_response else None)
    assert row.resolution_due_at == (state.resolution.due_at if state.resolution else None)
    return state


def sla_events(store: Store, cid: uuid.UUID) -> list[tuple[str, dict[str, Any], dt.datetime]]:
    with store.read() as session:
        rows = session.execute(
            select(
                models.ConversationEvent.kind,
                models.ConversationEvent.data,
                models.ConversationEvent.created_at,
            )
            .where(
                models.ConversationEvent.conversation_id == cid,
                models.ConversationEvent.kind.in_(("sla_warning", "sla_breach")),
            )
            .order_by(models.ConversationEvent.created_at, models.ConversationEvent.kind)
        ).all()
    return [(k, d, c) for k, d, c in rows]


def check(
    t: TargetState | None,
    phase: Phase,
    remaining: float,
    due: dt.datetime | None,
    pause: PauseReason | None = None,
) -> TargetState:
    assert t is not None
    assert (t.phase, t.pause_reason) == (phase, pause)
    assert t.remaining_minutes == pytest.approx(remaining)
    assert t.due_at == due
    return t


# -- a conversation's life -----------------------------------------------------------------------


def test_a_conversations_life(desk: Desk) -> None:
    clock, inbox = desk.clock, desk.inbox
    cid = inbox.create_conversation(desk.customer, "email", "Lieferung fehlt", "Wo bleibt mein Paket?").id

    # Mon 09:00, created: first response due in an hour, resolution in eight business hours
    s = sla(desk, cid)
    check(s.first_response, Phase.RUNNING, 60, mon(10))
    check(s.resolution, Phase.RUNNING, 480, berlin(2026, 11, 24, 9, 0))
    assert s.next_response is None
    assert s.due_at == mon(10)
    assert [t.target for t in s.targets()] == [Target.FIRST_RESPONSE, Target.RESOLUTION]

    # 09:20: an internal note answers nobody
    clock.set(mon(9, 20))
    inbox.add_note(cid, "Checking with the warehouse.")
    check(sla(desk, cid).first_response, Phase.RUNNING, 40, mon(10))

    # 09:50: ten minutes left, a quarter of the hour is fifteen: warning since 09:45
    clock.set(mon(9, 50))
    s = sla(desk, cid)
    assert check(s.first_response, Phase.WARNING, 10, mon(10)).warning_at == mon(9, 45)

    # 09:55: the first public reply meets the first response target in time
    clock.set(mon(9, 55))
    inbox.reply(cid, "Wir kümmern uns darum.")
    s = sla(desk, cid)
    first = check(s.first_response, Phase.MET, 5, None)
    assert (first.met_at, first.met_in_time, first.elapsed_minutes) == (mon(9, 55), True, 55)
    check(s.resolution, Phase.RUNNING, 425, berlin(2026, 11, 24, 9, 0))
    assert s.next_response is None

    # 11:00: the customer writes again: next response due in two business hours, across lunch
    clock.set(mon(11))
    inbox.add_inbound_message(cid, "Danke, und wann kommt es?")
    s = sla(desk, cid)
    check(s.next_response, Phase.RUNNING, 120, mon(14))
    assert s.next_response is not None and s.next_response.started_at == mon(11)

    # 12:30: lunch, nothing counts
    clock.set(mon(12, 30))
    s = sla(desk, cid)
    check(s.next_response, Phase.PAUSED, 60, mon(14), PauseReason.OUTSIDE_BUSINESS_HOURS)
    check(s.resolution, Phase.PAUSED, 300, berlin(2026, 11, 24, 9, 0), PauseReason.OUTSIDE_BUSINESS_HOURS)

    # 13:00: the agent answers and waits on the customer
    clock.set(mon(13))
    inbox.reply(cid, "Können Sie die Bestellnummer schicken?", status_after="pending")
    s = sla(desk, cid)
    check(s.next_response, Phase.MET, 60, None)
    check(s.resolution, Phase.PAUSED, 300, None, PauseReason.WAITING_ON_CUSTOMER)
    assert s.due_at is None

    # Wed 13:00: two days of waiting on the customer used none of the resolution time
    clock.set(wed(13))
    s = sla(desk, cid)
    check(s.resolution, Phase.PAUSED, 300, None, PauseReason.WAITING_ON_CUSTOMER)
    check(s.first_response, Phase.MET, 5, None)

    # Wed 13:00: the customer's answer reopens the conversation; both clocks run again
    inbox.add_inbound_message(cid, "Bestellnummer 4711.")
    s = sla(desk, cid)
    check(s.next_response, Phase.RUNNING, 120, wed(15))
    check(s.resolution, Phase.RUNNING, 300, thu(9))
    assert len(s.next_response_history) == 2

    # Wed 15:30: nobody answered: next response breached at 15:00
    clock.set(wed(15, 30))
    s = sla(desk, cid)
    assert check(s.next_response, Phase.BREACHED, -30, wed(15)).breached_at == wed(15)
    check(s.resolution, Phase.RUNNING, 150, thu(9))
    assert s.targets()[0].target is Target.NEXT_RESPONSE  # the most urgent first

    # Wed 16:15: resolution is down to 105 minutes, below its 120-minute threshold since 16:00
    clock.set(wed(16, 15))
    s = sla(desk, cid)
    assert check(s.resolution, Phase.WARNING, 105, thu(9)).warning_at == wed(16)

    # Wed 16:45: answer and solve: next response met late, resolution met in time
    clock.set(wed(16, 45))
    inbox.reply(cid, "Das Paket ist unterwegs.", status_after="solved")
    s = sla(desk, cid)
    late = check(s.next_response, Phase.MET, -105, None)
    assert (late.met_at, late.met_in_time) == (wed(16, 45), False)
    assert [c.met_in_time for c in s.next_response_history] == [True, False]
    resolved = check(s.resolution, Phase.MET, 75, None)
    assert (resolved.met_at, resolved.met_in_time) == (wed(16, 45), True)
    assert s.due_at is None

    # Thu 10:00: the customer writes once more; the reopen resumes resolution with 75 minutes left
    clock.set(thu(10))
    inbox.add_inbound_message(cid, "Es ist angekommen, aber beschädigt.")
    s = sla(desk, cid)
    check(s.resolution, Phase.WARNING, 75, thu(11, 15))
    check(s.next_response, Phase.RUNNING, 120, thu(12))

    # Thu 10:30: solved again
    clock.set(thu(10, 30))
    inbox.set_status(cid, "solved")
    s = sla(desk, cid)
    resolved = check(s.resolution, Phase.MET, 45, None)
    assert (resolved.met_at, resolved.met_in_time) == (thu(10, 30), True)
    # solving without a reply ends the wait for the next response too
    assert check(s.next_response, Phase.MET, 90, None).met_at == thu(10, 30)

    utc = dt.UTC
    assert sla_events(desk.store, cid) == [
        ("sla_warning", {"target": "first_response"}, mon(9, 45).astimezone(utc)),
        (
            "sla_warning",
            {"target": "next_response", "since": "2026-11-25T12:00:00+00:00"},
            wed(14, 30).astimezone(utc),
        ),
        (
            "sla_breach",
            {"target": "next_response", "since": "2026-11-25T12:00:00+00:00"},
            wed(15).astimezone(utc),
        ),
        ("sla_warning", {"target": "resolution"}, wed(16).astimezone(utc)),
    ]


# -- pure state on hand-made timelines ----------------------------------------------------------------

POLICY = Policy(
    "P", first_response_minutes=60, next_response_minutes=120, resolution_minutes=480, id=uuid.uuid4()
)
CALENDAR = BusinessCalendar.from_dict(OFFICE)


def timeline(
    created: dt.datetime,
    statuses: list[tuple[dt.datetime, str]] = [],  # noqa: B006 - read only
    inbound: list[dt.datetime] | None = None,
    outbound: list[dt.datetime] = [],  # noqa: B006 - read only
) -> Timeline:
    changes = []
    current = "new"
    for at, new in statuses:
        changes.append(StatusChange(at, current, new))
        current = new
    return Timeline(
        conversation_id=uuid.uuid4(),
        created_at=created,
        status_changes=tuple(changes),
        inbound=tuple(inbound if inbound is not None else [created]),
        outbound=tuple(outbound),
    )


def test_first_response_does_not_pause_while_waiting_on_the_customer() -> None:
    tl = timeline(mon(9), [(mon(9, 10), "pending")])
    s = compute_state(POLICY, CALENDAR, tl, mon(10, 30))
    check(s.first_response, Phase.BREACHED, -30, mon(10))
    check(s.resolution, Phase.PAUSED, 470, None, PauseReason.WAITING_ON_CUSTOMER)


def test_on_hold_pauses_resolution_with_its_reason() -> None:
    tl = timeline(mon(9), [(mon(9, 5), "open"), (mon(9, 30), "on_hold")], outbound=[mon(9, 5)])
    s = compute_state(POLICY, CALENDAR, tl, wed(9))
    check(s.resolution, Phase.PAUSED, 450, None, PauseReason.ON_HOLD)


def test_solving_without_a_reply_fulfils_the_first_response() -> None:
    tl = timeline(mon(9), [(mon(9, 20), "solved"), (mon(9, 30), "closed")])
    s = compute_state(POLICY, CALENDAR, tl, mon(11))
    first = check(s.first_response, Phase.MET, 40, None)
    assert (first.met_at, first.met_in_time) == (mon(9, 20), True)
    assert check(s.resolution, Phase.MET, 460, None).met_at == mon(9, 20)


def test_a_target_due_at_closing_time_is_breached_after_it() -> None:
    tl = timeline(mon(16))  # first response due at 17:00 sharp
    s = compute_state(POLICY, CALENDAR, tl, mon(16, 59))
    check(s.first_response, Phase.WARNING, 1, mon(17))
    s = compute_state(POLICY, CALENDAR, tl, mon(17))
    check(s.first_response, Phase.PAUSED, 0, mon(17), PauseReason.OUTSIDE_BUSINESS_HOURS)
    s = compute_state(POLICY, CALENDAR, tl, mon(17, 30))
    check(s.first_response, Phase.BREACHED, 0, mon(17), PauseReason.OUTSIDE_BUSINESS_HOURS)
    s = compute_state(POLICY, CALENDAR, tl, berlin(2026, 11, 24, 8, 30))
    check(s.first_response, Phase.BREACHED, -30, mon(17))


def test_a_reply_at_the_due_time_is_in_time_and_a_reply_after_it_is_not() -> None:
    on_time = compute_state(POLICY, CALENDAR, timeline(mon(9), outbound=[mon(10)]), mon(11))
    assert check(on_time.first_response, Phase.MET, 0, None).met_in_time is True
    assert on_time.first_response is not None and on_time.first_response.breached_at is None
    # 17:30 after a target used up at 17:00: the business minutes are the same, the due time passed
    evening = compute_state(POLICY, CALENDAR, timeline(mon(16), outbound=[mon(17, 30)]), mon(18))
    late = check(evening.first_response, Phase.MET, 0, None)
    assert (late.met_in_time, late.breached_at) == (False, mon(17))


def test_customer_messages_while_waiting_belong_to_the_same_wait() -> None:
    tl = timeline(
        mon(9),
        [(mon(9, 10), "open")],
        inbound=[mon(9), mon(10), mon(10, 30), mon(11), mon(14)],
        outbound=[mon(9, 10), mon(11), mon(15)],
    )
    s = compute_state(POLICY, CALENDAR, tl, mon(16))
    waits = [(w.started_at, w.met_at) for w in s.next_response_history]
    # the 11:00 message came with the reply at 11:00 and counts as answered by it
    assert waits == [(mon(10), mon(11)), (mon(14), mon(15))]


def test_entries_after_now_are_ignored() -> None:
    tl = timeline(mon(9), [(mon(9, 55), "open"), (mon(13), "pending")], outbound=[mon(9, 55)])
    earlier = compute_state(POLICY, CALENDAR, tl, mon(9, 30))
    assert earlier == compute_state(POLICY, CALENDAR, timeline(mon(9)), mon(9, 30))
    check(earlier.first_response, Phase.RUNNING, 30, mon(10))


def test_a_plan_evaluated_later_equals_the_state() -> None:
    tl = timeline(mon(9), [(mon(9, 55), "open")], inbound=[mon(9), mon(11)], outbound=[mon(9, 55)])
    plan = SlaPlan(POLICY, CALENDAR, tl)
    for now in (mon(11), mon(12, 30), mon(14), wed(9), mon(9, 30)):
        assert plan.at(now) == compute_state(POLICY, CALENDAR, tl, now)


@pytest.mark.parametrize("before", [dt.timedelta(seconds=1), dt.timedelta(days=1)])
def test_an_instant_before_the_creation_counts_as_the_creation(before: dt.timedelta) -> None:
    """A desktop whose clock runs behind the one that created the conversation (or data imported
    with future dates) sees no elapsed time yet, never a crash."""
    tl = timeline(mon(9), [(mon(9, 5), "open")], inbound=[mon(9), mon(10)], outbound=[mon(9, 5)])
    now = mon(9) - before
    for s in (compute_state(POLICY, CALENDAR, tl, now), SlaPlan(POLICY, CALENDAR, tl).at(now)):
        assert s.now == now
        first = check(s.first_response, Phase.RUNNING, 60, mon(10))
        assert first.elapsed_minutes == 0
        check(s.resolution, Phase.RUNNING, 480, berlin(2026, 11, 24, 9))
        assert (s.next_response, s.next_response_history) == (None, ())
    # created outside business hours: paused, still nothing elapsed
    night = timeline(mon(7))
    s = compute_state(POLICY, CALENDAR, night, mon(7) - before)
    first = check(s.first_response, Phase.PAUSED, 60, mon(9), PauseReason.OUTSIDE_BUSINESS_HOURS)
    assert first.elapsed_minutes == 0
    assert SlaPlan(POLICY, CALENDAR, night).at(mon(7) - before) == s


def test_targets_the_policy_lacks_are_none() -> None:
    only_resolution = Policy("R", resolution_minutes=60)
    s = compute_state(
        only_resolution, CALENDAR, timeline(mon(9), outbound=[mon(9, 5)], inbound=[mon(9), mon(10)]), mon(11)
    )
    assert (s.first_response, s.next_response, s.next_response_history) == (None, None, ())
    check(s.resolution, Phase.BREACHED, -60, mon(10))


def test_due_events_are_listed_once() -> None:
    tl = timeline(mon(9), [(mon(9, 5), "open")], inbound=[mon(9), mon(10)], outbound=[mon(9, 5)])
    s = compute_state(POLICY, CALENDAR, tl, mon(15))
    found = due_events(s)
    assert [(e.kind, e.target, e.at, e.since) for e in found] == [
        ("sla_warning", Target.NEXT_RESPONSE, mon(11, 30), mon(10)),
        ("sla_breach", Target.NEXT_RESPONSE, mon(12), mon(10)),
    ]
    assert due_events(s, [e.key() for e in found]) == []
    assert due_events(s, [found[0].key()]) == [found[1]]


# -- cached columns and events in the database ----------------------------------------------------------


def test_a_desktop_whose_clock_runs_behind_caches_the_due_times_of_the_creation(desk: Desk) -> None:
    """Created by a desktop a day ahead: the bulk passes and the tick on this one see nothing
    elapsed yet and cache the same due times, with no breach recorded."""
    desk.clock.set(mon(9))
    cid = desk.inbox.create_conversation(desk.customer, "email", "Hello", "Hi").id
    behind = mon(9) - dt.timedelta(days=1)
    for now in (behind, mon(9) - dt.timedelta(seconds=1)):
        catch_up(desk.store, now)
        refresh_all(desk.store, now, record_events=True)
        with desk.store.write() as session:
            state = refresh_conversation_sla(session, cid, now)
        assert state is not None and state.first_response is not None
        check(state.first_response, Phase.RUNNING, 60, mon(10))
        with desk.store.read() as session:
            row = session.get(models.Conversation, cid)
            assert row is not None and row.first_response_due_at == mon(10)
    assert sla_events(desk.store, cid) == []


def test_refreshing_keeps_updated_at(desk: Desk) -> None:
    cid = desk.inbox.create_conversation(desk.customer, "email", "Hello", "Hi").id
    with desk.store.read() as session:
        row = session.get(models.Conversation, cid)
        assert row is not None
        before = row.updated_at
    with desk.store.write() as session:
        refresh_conversation_sla(session, cid, desk.clock.now())
    with desk.store.read() as session:
        row = session.get(models.Conversation, cid)
        assert row is not None
        assert row.due_at == mon(10)
        assert row.updated_at == before


def test_a_conversation_no_policy_matches_has_no_due_times(desk: Desk) -> None:
    cid = desk.inbox.create_conversation(desk.customer, "chat", "Hello", "Hi").id
    with desk.store.write() as session:
        assert refresh_conversation_sla(session, cid, desk.clock.now()) is None
    with desk.store.read() as session:
        row = session.get(models.Conversation, cid)
        assert row is not None
        assert (row.sla_policy_id, row.due_at) == (None, None)


def workspace(desk: Desk) -> list[uuid.UUID]:
    """Four conversations: open and overdue, waiting on the customer, solved, and a chat."""
    inbox, clock = desk.inbox, desk.clock
    ids = [inbox.create_conversation(desk.customer, "email", f"Case {i}", "Help").id for i in range(3)]
    chat = inbox.create_conversation(desk.customer, "chat", "Chat", "Hi").id
    clock.set(mon(9, 30))
    inbox.reply(ids[1], "Which order?", status_after="pending")
    inbox.reply(ids[2], "Done.", status_after="solved")
    clock.set(mon(11))
    return [*ids, chat]


def cached(store: Store, ids: list[uuid.UUID]) -> list[tuple[Any, ...]]:
    with store.read() as session:
        rows = {
            r[0]: tuple(r[1:])
            for r in session.execute(
                select(
                    models.Conversation.id,
                    models.Conversation.sla_policy_id,
                    models.Conversation.first_response_due_at,
                    models.Conversation.next_response_due_at,
                    models.Conversation.resolution_due_at,
                    models.Conversation.due_at,
                    models.Conversation.updated_at,
                )
            )
        }
    return [rows[i] for i in ids]


def test_refresh_all_agrees_with_refreshing_one_by_one(desk: Desk) -> None:
    ids = workspace(desk)
    # The inbox keeps the columns itself; forget them to see the bulk pass rebuild them.
    with desk.store.write() as session:
        session.execute(
            update(models.Conversation).values(
                sla_policy_id=None,
                first_response_due_at=None,
                next_response_due_at=None,
                resolution_due_at=None,
                due_at=None,
            )
        )
    before = cached(desk.store, ids)
    assert all(row[0] is None for row in before)
    summary = refresh_all(desk.store, desk.clock.now())
    assert (summary.conversations, summary.computed, summary.updated) == (4, 3, 3)
    bulk = cached(desk.store, ids)
    assert [row[-1] for row in bulk] == [row[-1] for row in before]  # updated_at untouched
    assert bulk[0][0] == desk.policy_id and bulk[0][-2] == mon(10)
    assert bulk[1][1:5] == (None, None, None, None)  # waiting on the customer: nothing runs
    assert bulk[2][0] == desk.policy_id and bulk[2][1:5] == (None, None, None, None)  # solved
    assert bulk[3][0] is None  # no policy for chat
    with desk.store.write() as session:
        for cid in ids:
            refresh_conversation_sla(session, cid, desk.clock.now(), record_events=False)
    assert cached(desk.store, ids) == bulk
    assert refresh_all(desk.store, desk.clock.now()).updated == 0


def test_refresh_all_follows_a_policy_edit(desk: Desk) -> None:
    ids = workspace(desk)
    refresh_all(desk.store, desk.clock.now())
    with desk.store.write() as session:
        policy = session.get(models.SlaPolicy, desk.policy_id)
        assert policy is not None
        policy.first_response_minutes = 30
    progress: list[tuple[int, int]] = []
    summary = refresh_all(desk.store, desk.clock.now(), lambda done, total: progress.append((done, total)))
    assert summary.updated == 1
    assert cached(desk.store, ids)[0][-2] == mon(9, 30)
    assert progress[-1] == (4, 4)


def test_catch_up_records_what_happened_while_closed_once(desk: Desk) -> None:
    ids = workspace(desk)
    desk.clock.set(wed(9))  # the app was closed over Monday night and Tuesday
    first = catch_up(desk.store, desk.clock.now())
    assert first.events == 4
    assert sla_events(desk.store, ids[0]) == [
        ("sla_warning", {"target": "first_response"}, mon(9, 45).astimezone(dt.UTC)),
        ("sla_breach", {"target": "first_response"}, mon(10).astimezone(dt.UTC)),
        ("sla_warning", {"target": "resolution"}, mon(16).astimezone(dt.UTC)),
        ("sla_breach", {"target": "resolution"}, berlin(2026, 11, 24, 9).astimezone(dt.UTC)),
    ]
    assert sla_events(desk.store, ids[1]) == []  # waiting on the customer since before any warning
    second = catch_up(desk.store, desk.clock.now())
    assert (second.conversations, second.events) == (3, 0)
    # and the per-conversation path sees the same events as already recorded
    with desk.store.write() as session:
        refresh_conversation_sla(session, ids[0], desk.clock.now())
    assert len(sla_events(desk.store, ids[0])) == 4
    # a deleted (tombstoned) event does not come back either
    with desk.store.write() as session:
        for row in session.scalars(
            select(models.ConversationEvent).where(models.ConversationEvent.kind == "sla_breach")
        ):
            row.deleted_at = desk.clock.now()
    assert catch_up(desk.store, desk.clock.now()).events == 0
    with desk.store.write() as session:
        refresh_conversation_sla(session, ids[0], desk.clock.now())
    assert len(sla_events(desk.store, ids[0])) == 4


def test_event_ids_are_the_same_for_the_same_breach(desk: Desk, tmp_path: Any) -> None:
    ids = workspace(desk)
    desk.clock.set(wed(9))
    catch_up(desk.store, desk.clock.now())
    with desk.store.read() as session:
        made = set(
            session.scalars(
                select(models.ConversationEvent.id).where(models.ConversationEvent.kind == "sla_breach")
            )
        )
        timeline = load_timeline(session, ids[0])
        book = SlaBook.load(session)
    assert timeline is not None
    _, state = state_for(book, timeline, desk.clock.now())
    assert state is not None
    again = {event_id(ids[0], e) for e in due_events(state) if e.kind == "sla_breach"}
    assert again == made


# -- loading -------------------------------------------------------------------------------------------


@pytest.fixture
def statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    yield seen
    event.remove(store.engine, "before_cursor_execute", record)


def test_loading_many_timelines_takes_three_queries(desk: Desk, statements: list[str]) -> None:
    ids = workspace(desk)
    desk.inbox.add_note(ids[0], "note")
    desk.inbox.add_inbound_message(ids[1], "here you go")
    statements.clear()
    with desk.store.read() as session:
        timelines = load_timelines(session, [*ids, uuid.uuid4()])
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3
    assert set(timelines) == set(ids)
    one = timelines[ids[1]]
    assert [c.new for c in one.status_changes] == ["open", "pending", "open"]
    assert len(one.inbound) == 2 and len(one.outbound) == 1
    assert len(timelines[ids[0]].outbound) == 0  # the note is not a reply
    assert one.plan == "standard" and one.channel == "email"


def test_the_raw_loader_gives_the_same_timelines(desk: Desk) -> None:
    ids = workspace(desk)
    desk.clock.set(wed(9))
    catch_up(desk.store, desk.clock.now())
    refresh_all(desk.store, desk.clock.now())
    with desk.store.read() as session:
        expected = load_timelines(session, ids)
    conn = desk.store.raw()
    try:
        raw = load_timelines_sqlite(conn, [i.hex for i in ids])
    finally:
        conn.close()
    assert {uuid.UUID(hex=k): v for k, v in raw.items()} == expected
    assert any(t.recorded for t in expected.values())
