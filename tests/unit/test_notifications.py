# SPDX-License-Identifier: GPL-3.0-or-later
"""Notifications: each kind, none for one's own action, a burst summarised, read and unread,
per-agent kinds; snooze leaves the working views and comes back (at its time, when the customer
writes, by hand)."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.ids import uuid7
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.snooze import SnoozeService, choices, wake_event_id
from agentdesk.inbox.views import View, ViewFilter, count_views, inbox_page
from agentdesk.notifications.feed import BURST, NotificationFeed
from agentdesk.notifications.kinds import CHOOSABLE, Kind
from agentdesk.notifications.mentions import Mentionable, mentioned
from agentdesk.notifications.settings import NotificationSettings, load_settings, save_settings
from agentdesk.sla.calendar.business import BusinessCalendar
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, EventKind
from tests.conftest import within_cpu_seconds


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    me: uuid.UUID
    colleague: uuid.UUID
    customer: uuid.UUID
    feed: NotificationFeed

    def as_(self, agent: uuid.UUID | None) -> InboxService:
        return InboxService(self.store, self.clock, agent, routing=False)

    def conversation(self, subject: str = "Broken kettle", assignee: uuid.UUID | None = None) -> uuid.UUID:
        cid = self.as_(None).create_conversation(self.customer, "email", subject, "It does not heat.").id
        if assignee is not None:
            self.as_(assignee).assign(cid, assignee)
        return cid

    def kinds(self) -> list[Kind]:
        return [i.kind for i in self.feed.collect().new]


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    directory = DirectoryService(store, clock)
    me = directory.create_agent("Anna Berg", "anna@shop.test")
    colleague = directory.create_agent("Ole Nielsen", "ole@shop.test")
    customer = InboxService(store, clock, routing=False).create_customer("Kim Larsen", email="kim@example.dk")
    feed = NotificationFeed(store, clock, me)
    assert feed.collect().new == []  # the first pass only sets where the feed starts
    return Desk(store, clock, me, colleague, customer, feed)


def test_nothing_before_the_first_pass_notifies(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    me = directory.create_agent("Anna Berg", "anna@shop.test")
    inbox = InboxService(store, clock, None, routing=False)
    customer = inbox.create_customer("Kim Larsen", email="kim@example.dk")
    cid = inbox.create_conversation(customer, "email", "Old", "From before").id
    inbox.assign(cid, me)
    feed = NotificationFeed(store, clock, me)
    assert feed.collect().new == []
    assert feed.collect().new == []
    assert feed.unread_count() == 0


def test_assigned_by_a_colleague_and_by_a_rule_but_not_by_myself(desk: Desk) -> None:
    a = desk.conversation("First")
    desk.as_(desk.colleague).assign(a, desk.me)
    b = desk.conversation("Second")
    desk.as_(None).assign(b, desk.me)  # a routing rule or the system
    c = desk.conversation("Third")
    desk.as_(desk.me).assign(c, desk.me)  # I took it myself
    found = desk.feed.collect().new
    assert sorted((i.conversation_id, i.kind, i.actor_name, i.data["rule"]) for i in found) == sorted(
        [(a, Kind.ASSIGNED, "Ole Nielsen", False), (b, Kind.ASSIGNED, None, True)]
    )
    assert {i.subject for i in found} == {"First", "Second"}
    assert desk.feed.collect().new == []  # each fact once


def test_customer_replied_on_a_conversation_I_own_only(desk: Desk) -> None:
    mine = desk.conversation("Mine", assignee=desk.me)
    theirs = desk.conversation("Theirs", assignee=desk.colleague)
    desk.feed.collect()
    desk.clock.advance(minutes=5)
    desk.as_(None).add_inbound_message(mine, "Any news?")
    desk.as_(None).add_inbound_message(theirs, "Any news?")
    found = desk.feed.collect().new
    assert [(i.kind, i.conversation_id) for i in found] == [(Kind.CUSTOMER_REPLIED, mine)]


def test_follow_up_due_at_its_time(desk: Desk) -> None:
    cid = desk.conversation(assignee=desk.me)
    desk.as_(desk.me).set_follow_up(cid, desk.clock.now() + dt.timedelta(hours=2))
    assert desk.kinds() == []
    desk.clock.advance(hours=1, minutes=59)
    assert desk.kinds() == []
    desk.clock.advance(minutes=2)
    assert desk.kinds() == [Kind.FOLLOW_UP_DUE]
    desk.clock.advance(hours=1)
    assert desk.kinds() == []


def test_mentioned_in_a_colleagues_note_not_in_my_own(desk: Desk) -> None:
    cid = desk.conversation(assignee=desk.colleague)
    desk.feed.collect()
    desk.as_(desk.colleague).add_note(cid, "@Anna Berg can you check the invoice?")
    desk.as_(desk.colleague).add_note(cid, "@Annabel is someone else")
    desk.as_(desk.me).add_note(cid, "Note to self, @anna")
    found = desk.feed.collect().new
    assert [(i.kind, i.actor_name) for i in found] == [(Kind.MENTIONED, "Ole Nielsen")]


def test_sla_warning_and_breach_of_my_conversations(desk: Desk) -> None:
    mine = desk.conversation(assignee=desk.me)
    other = desk.conversation(assignee=desk.colleague)
    desk.feed.collect()
    now = desk.clock.now()
    with desk.store.write() as s:  # as the SLA check records them
        for cid, kind in (
            (mine, EventKind.SLA_WARNING),
            (mine, EventKind.SLA_BREACH),
            (other, EventKind.SLA_BREACH),
        ):
            s.add(
                ConversationEvent(
                    id=uuid7(), conversation_id=cid, kind=kind.value, data={"target": "first_response"},
                    created_at=now, updated_at=now,
                )
            )  # fmt: skip
    found = desk.feed.collect().new
    assert sorted(i.kind for i in found) == [Kind.SLA_BREACH, Kind.SLA_WARNING]
    assert {i.data["target"] for i in found} == {"first_response"}


def test_a_burst_is_one_summary(desk: Desk) -> None:
    ids = [desk.conversation(f"Order {n}", assignee=desk.colleague) for n in range(50)]
    desk.feed.collect()
    for cid in ids:
        desk.as_(desk.colleague).assign(cid, desk.me)
    result = desk.feed.collect()
    assert len(result.announce) == 1
    summary = result.announce[0]
    assert summary.kind == Kind.SUMMARY and summary.count == 50
    assert desk.feed.unread_count() == 1
    assert [i.kind for i in desk.feed.latest()] == [Kind.SUMMARY]
    members = desk.feed.members(summary.id)
    assert len(members) == 50 and {m.conversation_id for m in members} == set(ids)
    desk.feed.mark_read([summary.id])
    assert desk.feed.unread_count() == 0
    assert all(m.read for m in desk.feed.members(summary.id))


def test_just_over_and_under_the_burst_limit(desk: Desk) -> None:
    ids = [desk.conversation(f"Order {n}", assignee=desk.colleague) for n in range(BURST + 1)]
    desk.feed.collect()
    for cid in ids[:BURST]:
        desk.as_(desk.colleague).assign(cid, desk.me)
    assert len(desk.feed.collect().announce) == BURST
    desk.as_(desk.colleague).assign(ids[BURST], desk.me)
    assert len(desk.feed.collect().announce) == 1
    assert desk.feed.unread_count() == BURST + 1
    desk.feed.mark_all_read()
    assert desk.feed.unread_count() == 0


def test_kinds_an_agent_turned_off_are_not_kept(desk: Desk) -> None:
    save_settings(
        desk.store, desk.me, NotificationSettings(frozenset(CHOOSABLE) - {Kind.ASSIGNED}, desktop=False)
    )
    assert load_settings(desk.store, desk.me).desktop is False
    assert load_settings(desk.store, desk.colleague) == NotificationSettings()  # per agent
    cid = desk.conversation()
    desk.as_(desk.colleague).assign(cid, desk.me)
    desk.clock.advance(minutes=1)
    desk.as_(None).add_inbound_message(cid, "Hello?")
    assert desk.kinds() == [Kind.CUSTOMER_REPLIED]


def test_a_snoozed_conversation_leaves_my_open_and_returns_at_its_time(desk: Desk) -> None:
    cid = desk.conversation(assignee=desk.me)
    snooze = SnoozeService(desk.store, desk.clock, desk.me)
    my_open = ViewFilter(View.MY_OPEN, desk.me)
    desk.feed.collect()
    snooze.snooze(cid, desk.clock.now() + dt.timedelta(days=1))
    assert [r.id for r in inbox_page(desk.store, my_open)] == []
    assert [r.id for r in inbox_page(desk.store, ViewFilter(View.SNOOZED, desk.me))] == [cid]
    counts = count_views(desk.store, desk.me, frozenset(), desk.clock.now())
    assert (counts[View.MY_OPEN], counts[View.SNOOZED]) == (0, 1)
    assert desk.feed.tick().new == []  # my own snooze: nothing
    desk.clock.advance(hours=23, minutes=59)
    assert desk.feed.tick().new == []
    desk.clock.advance(minutes=1)
    found = desk.feed.tick().new
    assert [(i.kind, i.data["reason"]) for i in found] == [(Kind.SNOOZE_ENDED, "time")]
    assert [r.id for r in inbox_page(desk.store, my_open)] == [cid]


def test_a_snoozed_conversation_returns_at_once_when_the_customer_writes(desk: Desk) -> None:
    cid = desk.conversation(assignee=desk.me)
    SnoozeService(desk.store, desk.clock, desk.me).snooze(cid, desk.clock.now() + dt.timedelta(days=7))
    desk.feed.tick()
    desk.clock.advance(minutes=10)
    desk.as_(None).add_inbound_message(cid, "Actually, one more thing")
    found = desk.feed.tick().new
    assert sorted(i.kind for i in found) == [Kind.CUSTOMER_REPLIED, Kind.SNOOZE_ENDED]
    assert [r.id for r in inbox_page(desk.store, ViewFilter(View.MY_OPEN, desk.me))] == [cid]
    with desk.store.read() as s:
        conv = s.get(Conversation, cid)
        assert conv is not None and conv.snoozed_until is None and conv.snoozed_at is None
        events = [e.data for e in s.query(ConversationEvent).filter_by(conversation_id=cid, kind="snooze")]
    assert [e["reason"] for e in events] == ["agent", "customer"]


def test_two_desks_waking_the_same_snooze_write_one_event(desk: Desk) -> None:
    cid = desk.conversation(assignee=desk.me)
    snooze = SnoozeService(desk.store, desk.clock, desk.me)
    snooze.snooze(cid, desk.clock.now() + dt.timedelta(hours=1))
    with desk.store.read() as s:
        conv = s.get(Conversation, cid)
        assert conv is not None and conv.snoozed_at is not None
        expected = wake_event_id(cid, conv.snoozed_at)
    desk.clock.advance(hours=2)
    assert [w.reason for w in SnoozeService(desk.store, desk.clock, None).wake_due()] == ["time"]
    assert SnoozeService(desk.store, desk.clock, None).wake_due() == []
    with desk.store.read() as s:
        assert s.get(ConversationEvent, expected) is not None


def test_unsnooze_by_hand_and_what_cannot_be_snoozed(desk: Desk) -> None:
    cid = desk.conversation(assignee=desk.me)
    snooze = SnoozeService(desk.store, desk.clock, desk.me)
    with pytest.raises(ValidationError):
        snooze.snooze(cid, desk.clock.now() - dt.timedelta(minutes=1))
    with pytest.raises(ValidationError):
        snooze.snooze(cid, dt.datetime(2030, 1, 1))  # no time zone
    snooze.snooze(cid, desk.clock.now() + dt.timedelta(hours=3))
    assert snooze.unsnooze(cid) is True
    assert snooze.unsnooze(cid) is False
    desk.as_(desk.me).set_status(cid, "solved")
    with pytest.raises(ValidationError):
        snooze.snooze(cid, desk.clock.now() + dt.timedelta(hours=3))


def test_ready_made_times_follow_the_business_calendar() -> None:
    calendar = BusinessCalendar.from_dict(
        {
            "timezone": "Europe/Copenhagen",
            "week": {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
        }
    )
    friday = dt.datetime(2026, 11, 27, 14, 10, tzinfo=dt.UTC)  # 15:10 in Copenhagen
    by_key = {c.key: c.at for c in choices(friday, "Europe/Copenhagen", calendar)}
    assert by_key["later_today"] == dt.datetime(2026, 11, 27, 17, 15, tzinfo=dt.UTC)
    assert by_key["tomorrow"] == dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)  # Monday 09:00 local
    assert by_key["next_week"] == dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)
    late = dt.datetime(2026, 11, 24, 21, 30, tzinfo=dt.UTC)  # 22:30: "later today" is tomorrow
    without = {c.key: c.at for c in choices(late, "Europe/Copenhagen")}
    assert "later_today" not in without
    assert without["tomorrow"] == dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)  # 08:00 local


def test_mentions_match_whole_names_and_handles() -> None:
    anna = Mentionable(uuid.UUID(int=1), "Anna  Berg", "anna.berg@shop.test")
    ole = Mentionable(uuid.UUID(int=2), "Ole Nielsen", "on@shop.test")
    assert mentioned("Hi @anna berg, see above", [anna, ole]) == {anna.id}
    assert mentioned("@ANNA.BERG and @Ole Nielsen.", [anna, ole]) == {anna.id, ole.id}
    assert mentioned("mail anna.berg@shop.test", [anna, ole]) == set()  # an address is no mention
    assert mentioned("@Ole Nielsens idea", [ole]) == set()
    assert mentioned("no at sign", [anna]) == set()


@settings(max_examples=2000, deadline=None)
@given(text=st.text(max_size=200), name=st.text(max_size=30), email=st.text(max_size=30))
def test_mentions_never_fail_and_find_only_whole_handles(text: str, name: str, email: str) -> None:
    agent = Mentionable(uuid.UUID(int=3), name, email)
    with within_cpu_seconds(1.0):
        found = mentioned(text, [agent])
    assert found <= {agent.id}
    if found:
        assert "@" in text


def test_the_demo_workspace_has_snoozed_conversations(tmp_path: Path) -> None:
    from agentdesk.demo.build import build_demo
    from agentdesk.store.database import open_store

    anchor = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
    store = open_store(tmp_path / "demo.sqlite")
    try:
        build_demo(store, 300, 7, anchor=anchor)
        counts = count_views(store, None, frozenset(), anchor)
        assert counts[View.SNOOZED] == 2
        snoozed = inbox_page(store, ViewFilter(View.SNOOZED))
        assert {r.status for r in snoozed} == {"pending"}
        pending = {r.id for r in inbox_page(store, ViewFilter(View.WAITING_ON_CUSTOMER))}
        assert not pending & {r.id for r in snoozed}
        woken = SnoozeService(store, FixedClock(anchor + dt.timedelta(days=1, minutes=1)), None).wake_due()
        assert len(woken) == 1  # the one until tomorrow morning; the other waits a week
    finally:
        store.close()


ZONES = st.sampled_from(
    [
        dt.UTC,
        dt.timezone(dt.timedelta(hours=-11)),
        dt.timezone(dt.timedelta(hours=14)),
        zoneinfo.ZoneInfo("Europe/Copenhagen"),
        zoneinfo.ZoneInfo("America/New_York"),
    ]
)


@settings(max_examples=2000, deadline=None)
@given(
    until=st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=ZONES)
    | st.datetimes(min_value=dt.datetime(2026, 11, 1), max_value=dt.datetime(2028, 1, 1), timezones=ZONES)
    | st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1))
)
def test_any_snooze_time_is_taken_or_refused_in_a_sentence(until: dt.datetime) -> None:
    from agentdesk.inbox.snooze import MAX_SNOOZE, check_until

    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    with within_cpu_seconds(1.0):
        try:
            taken = check_until(until, now)
        except ValidationError as exc:
            assert exc.message and "\n" not in exc.message
            return
    # the same instant (compared as timestamps: a wall time in a daylight-saving gap compares
    # unequal to every other zone's time in Python, though it names an instant all the same)
    assert taken.tzinfo == dt.UTC and now < taken <= now + MAX_SNOOZE
    assert taken.timestamp() == until.timestamp()
