# SPDX-License-Identifier: GPL-3.0-or-later
"""Automatic escalation by the SLA policy, with a clock the test moves.

A policy around the clock (no calendar) with first response 60 minutes, resolution 240 minutes
and a warning at 25%: the first response warns at 45 minutes and breaches after 60.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.escalation.service import EscalationService, ownership, tier_path
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.sla.auto_escalation import escalation_event_id
from agentdesk.sla.cache import catch_up, record_sla_events, refresh_all, refresh_conversation_sla
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import AutoEscalation, Policy, Target, Trigger
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Conversation, ConversationEvent, EventKind, Message


def rule(
    on: str = "breach",
    targets: tuple[str, ...] = ("first_response",),
    *,
    escalate: bool = True,
    notify: bool = True,
) -> AutoEscalation | None:
    return AutoEscalation.from_dict(
        {"on": on, "targets": list(targets), "escalate": escalate, "notify": notify}
    )


@dataclass
class Desk:
    store: Store
    db_path: Path
    clock: FixedClock
    inbox: InboxService
    lea: EscalationService  # works tier 1
    lea_id: uuid.UUID
    customer: uuid.UUID

    def policy(self, auto: AutoEscalation | None, **targets: int | None) -> uuid.UUID:
        minutes = {"first_response_minutes": 60, "resolution_minutes": 240, **targets}
        return save_policy(
            self.store,
            Policy(name="Everything", warning_share=0.25, auto_escalation=auto, **minutes),  # type: ignore[arg-type]
            self.clock.now(),
        )

    def conversation(self, subject: str = "Payment failed at checkout") -> uuid.UUID:
        return self.inbox.create_conversation(
            self.customer, "email", subject, "My card was charged twice."
        ).id

    def conv(self, cid: uuid.UUID) -> Conversation:
        with self.store.read() as s:
            conv = s.get(Conversation, cid)
            assert conv is not None
            return conv

    def escalations(self, cid: uuid.UUID) -> list[ConversationEvent]:
        with self.store.read() as s:
            return list(
                s.scalars(
                    select(ConversationEvent)
                    .where(
                        ConversationEvent.conversation_id == cid,
                        ConversationEvent.kind == EventKind.ESCALATION.value,
                    )
                    .order_by(ConversationEvent.created_at, ConversationEvent.id)
                )
            )

    def notes(self, cid: uuid.UUID) -> list[Message]:
        with self.store.read() as s:
            return list(
                s.scalars(
                    select(Message)
                    .where(Message.conversation_id == cid, Message.direction == "note")
                    .order_by(Message.created_at, Message.id)
                )
            )

    def every_path(self, cid: uuid.UUID) -> None:
        """Run every path that records SLA events, twice, including after a restart."""
        now = self.clock.now()
        for _ in range(2):
            with self.store.write() as s:
                refresh_conversation_sla(s, cid, now)
            with self.store.write() as s:
                record_sla_events(s, cid, now)
            catch_up(self.store, now)
            refresh_all(self.store, now, record_events=True)
        restarted = open_store(self.db_path)
        try:
            catch_up(restarted, now)
            with restarted.write() as s:
                refresh_conversation_sla(s, cid, now)
        finally:
            restarted.close()


@pytest.fixture
def desk(store: Store, db_path: Path, clock: FixedClock) -> Desk:
    directory = DirectoryService(store, clock)
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1])
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", plan="premium")
    return Desk(store, db_path, clock, inbox, EscalationService(store, clock, actor_id=lea), lea, customer)


def test_a_breach_escalates_once_to_the_next_tier_with_a_note_and_no_actor(desk: Desk) -> None:
    desk.policy(rule())
    cid = desk.conversation()
    desk.lea.take(cid)
    desk.clock.advance(minutes=50)  # warning, not yet breached: nothing moves on a breach rule
    desk.every_path(cid)
    assert desk.escalations(cid) == [] and desk.conv(cid).tier == 1

    desk.clock.advance(minutes=11)  # 61 minutes without an answer
    catch_up(desk.store, desk.clock.now())  # the morning start-up pass finds it
    conv = desk.conv(cid)
    assert conv.tier == 2
    assert conv.assignee_id is None  # into the tier 2 queue
    assert conv.status == "new"  # nobody worked on it
    [event] = desk.escalations(cid)
    assert event.actor_agent_id is None
    breached_at = dt.datetime.fromisoformat(event.data["at"])
    assert breached_at == desk.conv(cid).created_at + dt.timedelta(minutes=60)
    assert event.id == escalation_event_id(cid, Target.FIRST_RESPONSE, breached_at)
    assert event.data["reason"] == "sla"
    assert (event.data["from_tier"], event.data["to_tier"]) == (1, 2)
    assert (event.data["target"], event.data["trigger"]) == ("first_response", "breach")
    [note] = desk.notes(cid)
    assert str(note.id) == event.data["note_id"]
    assert note.author_agent_id is None
    # The note keeps what happened, not an English sentence: each reader words it (record_text).
    assert note.body_text == ""
    assert note.meta["generated"] == {
        "kind": "sla_escalation",
        "target": "first_response",
        "trigger": "breach",
        "at": breached_at.astimezone(dt.UTC).isoformat(),
        "from_tier": 1,
        "to_tier": 2,
    }
    assert tier_path_of(desk, cid) == [1, 2]

    desk.every_path(cid)  # every path again, twice, and after a restart: nothing more
    desk.clock.advance(minutes=30)
    desk.every_path(cid)
    assert len(desk.escalations(cid)) == 1 and len(desk.notes(cid)) == 1
    assert desk.conv(cid).tier == 2


def tier_path_of(desk: Desk, cid: uuid.UUID) -> list[int]:
    with desk.store.read() as s:
        return tier_path(s, cid)


def test_a_second_target_escalates_once_more_and_tier_3_goes_no_higher(desk: Desk) -> None:
    desk.policy(rule(targets=("first_response", "resolution")))
    cid = desk.conversation()
    desk.clock.advance(minutes=61)
    desk.every_path(cid)
    assert desk.conv(cid).tier == 2
    desk.inbox.reply(cid, "We are looking into it.")  # first response met (late); resolution runs on
    desk.clock.advance(minutes=240)  # resolution breached
    desk.every_path(cid)
    assert tier_path_of(desk, cid) == [1, 2, 3]
    targets = [e.data["target"] for e in desk.escalations(cid)]
    assert targets == ["first_response", "resolution"]
    desk.clock.advance(days=1)
    desk.every_path(cid)
    assert desk.conv(cid).tier == 3 and len(desk.escalations(cid)) == 2


def test_at_tier_3_a_breach_only_notifies(desk: Desk) -> None:
    desk.policy(rule())
    cid = desk.conversation()
    with desk.store.write() as s:  # a specialist case from the start
        conv = s.get(Conversation, cid)
        assert conv is not None
        conv.tier = 3
    desk.clock.advance(minutes=61)
    desk.every_path(cid)
    assert desk.escalations(cid) == [] and desk.notes(cid) == []
    assert desk.conv(cid).tier == 3


def test_both_targets_breached_while_closed_move_one_tier_each(desk: Desk) -> None:
    desk.policy(rule(targets=("first_response", "resolution")))
    cid = desk.conversation()
    desk.clock.advance(hours=12)  # a night with the app closed
    summary = catch_up(desk.store, desk.clock.now())
    assert summary.escalations == 2
    assert tier_path_of(desk, cid) == [1, 2, 3]
    assert catch_up(desk.store, desk.clock.now()).escalations == 0


def test_on_warning_escalates_at_the_warning_and_not_again_at_the_breach(desk: Desk) -> None:
    desk.policy(rule(on="warning"))
    cid = desk.conversation()
    desk.clock.advance(minutes=44)
    desk.every_path(cid)
    assert desk.escalations(cid) == []
    desk.clock.advance(minutes=1)  # 15 of 60 minutes left: warning
    with desk.store.write() as s:  # the window's timer
        record_sla_events(s, cid, desk.clock.now())
    [event] = desk.escalations(cid)
    assert event.data["trigger"] == Trigger.WARNING.value
    assert desk.notes(cid)[0].meta["generated"]["trigger"] == "warning"
    desk.clock.advance(minutes=30)  # now breached too
    desk.every_path(cid)
    assert len(desk.escalations(cid)) == 1


def test_on_warning_without_a_warning_threshold_escalates_at_the_breach(desk: Desk) -> None:
    save_policy(
        desk.store,
        Policy(
            name="No warning", first_response_minutes=60, warning_share=None, auto_escalation=rule("warning")
        ),
        desk.clock.now(),
    )
    cid = desk.conversation()
    desk.clock.advance(minutes=59)
    desk.every_path(cid)
    assert desk.escalations(cid) == []
    desk.clock.advance(minutes=2)
    desk.every_path(cid)
    [event] = desk.escalations(cid)
    assert event.data["trigger"] == "breach"


def test_next_response_escalates_once_per_conversation_not_per_message(desk: Desk) -> None:
    desk.policy(rule(targets=("next_response",)), next_response_minutes=30, resolution_minutes=None)
    cid = desk.conversation()
    desk.inbox.reply(cid, "Which order is it?")
    for _ in range(2):  # the customer writes twice, each time waiting too long for an answer
        desk.clock.advance(minutes=5)
        desk.inbox.add_inbound_message(cid, "Order 4711. Hello?")
        desk.clock.advance(minutes=31)
        desk.every_path(cid)
        desk.inbox.reply(cid, "Sorry for the wait.")
    with desk.store.read() as s:
        breaches = s.scalars(
            select(ConversationEvent.id).where(
                ConversationEvent.conversation_id == cid, ConversationEvent.kind == "sla_breach"
            )
        ).all()
    assert len(breaches) == 2  # both waits breached and are in the history
    assert [e.data["target"] for e in desk.escalations(cid)] == ["next_response"]
    assert desk.conv(cid).tier == 2


def test_an_action_escalates_inside_its_own_transaction(desk: Desk) -> None:
    desk.policy(rule())
    cid = desk.conversation()
    desk.clock.advance(minutes=61)
    desk.inbox.add_note(cid, "Checked the payment provider.")  # notes do not refresh SLA
    assert desk.conv(cid).tier == 1
    desk.inbox.set_priority(cid, "high")  # an action that refreshes
    assert desk.conv(cid).tier == 2
    desk.inbox.set_priority(cid, "urgent")
    assert len(desk.escalations(cid)) == 1


def test_a_wait_answered_in_time_or_a_solved_conversation_never_escalates(desk: Desk) -> None:
    desk.policy(rule())
    answered = desk.conversation("Answered")
    desk.clock.advance(minutes=30)
    desk.inbox.reply(answered, "Refund is on its way.")
    solved = desk.conversation("Solved")
    desk.inbox.set_status(solved, "solved")
    desk.clock.advance(hours=5)
    desk.every_path(answered)
    desk.every_path(solved)
    assert desk.escalations(answered) == [] and desk.escalations(solved) == []


def test_a_policy_without_auto_escalation_or_that_only_notifies_moves_nothing(desk: Desk) -> None:
    policy_id = desk.policy(None)
    cid = desk.conversation()
    desk.clock.advance(hours=5)
    desk.every_path(cid)
    assert desk.escalations(cid) == [] and desk.conv(cid).tier == 1
    with desk.store.read() as s:  # the breach itself is recorded as before
        kinds = set(s.scalars(select(ConversationEvent.kind).where(ConversationEvent.conversation_id == cid)))
    assert "sla_breach" in kinds
    save_policy(
        desk.store,
        Policy(
            id=policy_id,
            name="Everything",
            first_response_minutes=60,
            resolution_minutes=240,
            auto_escalation=rule(escalate=False, notify=True),
        ),
        desk.clock.now(),
    )
    desk.every_path(cid)
    assert desk.escalations(cid) == [] and desk.conv(cid).tier == 1


def test_a_manual_return_does_not_bring_the_same_target_back(desk: Desk) -> None:
    desk.policy(rule())
    cid = desk.conversation()
    desk.clock.advance(minutes=61)
    desk.every_path(cid)
    boss = DirectoryService(desk.store, desk.clock).create_agent(
        "Pia Boss", "pia@shop.test", role="supervisor", tiers=[1, 2, 3]
    )
    desk.clock.advance(minutes=5)
    EscalationService(desk.store, desk.clock, actor_id=boss).return_to(cid, 1, "Tier 1 can answer this.")
    desk.clock.advance(minutes=10)
    desk.every_path(cid)
    assert tier_path_of(desk, cid) == [1, 2, 1]
    with desk.store.read() as s:
        spans = ownership(s, cid, desk.clock.now())
    assert [s.tier for s in spans] == [1, 2, 1]


def test_an_agent_who_escalated_after_the_breach_is_not_doubled(desk: Desk) -> None:
    desk.policy(rule())
    cid = desk.conversation()
    desk.clock.advance(minutes=61)  # breached, but no pass has noticed yet
    desk.lea.escalate(cid, 2, "technical", "Needs the payments team.")
    desk.every_path(cid)
    assert tier_path_of(desk, cid) == [1, 2]
    assert [e.data["reason"] for e in desk.escalations(cid)] == ["technical"]


def test_two_processes_at_once_escalate_once(desk: Desk) -> None:
    desk.policy(rule())
    ids = [desk.conversation(f"Case {i}") for i in range(5)]
    desk.clock.advance(minutes=61)
    now = desk.clock.now()
    stores = [open_store(desk.db_path) for _ in range(2)]
    errors: list[BaseException] = []

    def run(store: Store) -> None:
        try:
            catch_up(store, now)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert errors == []
    for cid in ids:
        assert len(desk.escalations(cid)) == 1 and desk.conv(cid).tier == 2


def test_a_second_insert_of_the_same_escalation_is_refused_by_its_id(desk: Desk) -> None:
    desk.policy(rule())
    cid = desk.conversation()
    desk.clock.advance(minutes=61)
    catch_up(desk.store, desk.clock.now())
    [event] = desk.escalations(cid)
    derived = escalation_event_id(cid, Target.FIRST_RESPONSE, dt.datetime.fromisoformat(event.data["at"]))
    with desk.store.raw_connection() as conn:
        inserted = conn.execute(
            "INSERT OR IGNORE INTO conversation_event "
            "(id, conversation_id, kind, data, created_at, updated_at) "
            "VALUES (?, ?, 'escalation', '{}', ?, ?)",
            (derived.hex, cid.hex, "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000"),
        ).rowcount
    assert inserted == 0 and event.id == derived


def test_invalid_shapes_are_refused_with_a_readable_message() -> None:
    with pytest.raises(Exception, match=r"auto_escalation\.on: 'soon' is not 'warning' or 'breach'"):
        AutoEscalation.from_dict({"on": "soon", "targets": ["first_response"], "escalate": True})
    with pytest.raises(Exception, match="choose to escalate, to notify supervisors, or both"):
        AutoEscalation.from_dict({"on": "breach", "targets": ["first_response"]})
    with pytest.raises(Exception, match="the policy has no resolution target"):
        Policy(name="Chat", first_response_minutes=5, auto_escalation=rule(targets=("resolution",)))
