# SPDX-License-Identifier: GPL-3.0-or-later
"""Every conversation action: what it changes, the event it records, and what it refuses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, Message


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    inbox: InboxService
    agent_id: uuid.UUID
    other_agent_id: uuid.UUID
    customer_id: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    directory = DirectoryService(store, clock)
    team = directory.create_team("Billing")
    agent = directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1, 2], team_id=team)
    other = directory.create_agent("Lukas Becker", "lukas@shop.test")
    inbox = InboxService(store, clock, actor_id=agent)
    customer = inbox.create_customer("Jens Hansen", email="Jens@Example.dk", plan="premium", language="da")
    return Desk(store, clock, inbox, agent, other, customer)


def conversation(desk: Desk, cid: uuid.UUID) -> Conversation:
    with desk.store.read() as s:
        conv = s.get(Conversation, cid)
        assert conv is not None
        return conv


def events(desk: Desk, cid: uuid.UUID) -> list[tuple[str, dict[str, object]]]:
    with desk.store.read() as s:
        rows = s.execute(
            select(ConversationEvent.kind, ConversationEvent.data)
            .where(ConversationEvent.conversation_id == cid)
            .order_by(ConversationEvent.created_at, ConversationEvent.id)
        ).all()
    return [(k, d) for k, d in rows]


def messages(desk: Desk, cid: uuid.UUID) -> list[tuple[str, str]]:
    with desk.store.read() as s:
        rows = s.execute(
            select(Message.direction, Message.body_text)
            .where(Message.conversation_id == cid)
            .order_by(Message.created_at, Message.id)
        ).all()
    return [(d, b) for d, b in rows]


def new_conversation(desk: Desk, subject: str = "Payment failed at checkout", **kw: object) -> uuid.UUID:
    ref = desk.inbox.create_conversation(
        desk.customer_id, kw.pop("channel", "email"), subject, "My card was declined twice.", **kw
    )  # type: ignore[arg-type]
    return ref.id


def test_create_conversation_numbers_and_records_it(desk: Desk) -> None:
    first = desk.inbox.create_conversation(desk.customer_id, "email", "Payment failed", "Declined.")
    second = desk.inbox.create_conversation(desk.customer_id, "chat", "Where is my parcel?", "Hej!")
    assert (first.number, second.number) == (1, 2)
    conv = conversation(desk, second.id)
    assert conv.status == "new" and conv.channel == "chat" and conv.language == "da"
    assert conv.waiting_since == desk.clock.now() and conv.message_count == 1
    assert conv.snippet == "Hej!"
    assert events(desk, second.id) == [("created", {"channel": "chat", "by": "customer"})]
    assert messages(desk, second.id) == [("inbound", "Hej!")]


@pytest.mark.parametrize("channel", ["phone", "letter", "walk_in"])
def test_agent_logs_a_contact_by_hand(desk: Desk, channel: str) -> None:
    ref = desk.inbox.create_conversation(
        desk.customer_id, channel, "Invoice question", "Caller asks about invoice 2231.", logged_by_agent=True
    )
    assert events(desk, ref.id)[0] == ("created", {"channel": channel, "by": "agent"})
    with desk.store.read() as s:
        msg = s.scalars(select(Message).where(Message.conversation_id == ref.id)).one()
    assert msg.meta["logged_by"] == str(desk.agent_id)
    assert msg.channel == channel


def test_create_rejects_bad_requests_and_writes_nothing(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="Channel must be one of"):
        desk.inbox.create_conversation(desk.customer_id, "fax", "Hi", "Body")
    with pytest.raises(ValidationError, match="needs a subject"):
        desk.inbox.create_conversation(desk.customer_id, "email", "   ", "Body")
    with pytest.raises(ValidationError, match="empty"):
        desk.inbox.create_conversation(desk.customer_id, "email", "Hi", " \n ")
    with pytest.raises(NotFoundError, match="customer does not exist"):
        desk.inbox.create_conversation(uuid.uuid4(), "email", "Hi", "Body")
    with pytest.raises(ValidationError, match="not a valid tag"):
        desk.inbox.create_conversation(desk.customer_id, "email", "Hi", "Body", tags=["bad tag!"])
    with desk.store.read() as s:
        assert s.scalars(select(Conversation)).all() == []


def test_inbound_message_reopens_and_keeps_waiting_since(desk: Desk) -> None:
    cid = new_conversation(desk)
    created = desk.clock.now()
    desk.clock.advance(minutes=5)
    desk.inbox.add_inbound_message(cid, "Any news?")
    conv = conversation(desk, cid)
    assert conv.waiting_since == created  # still waiting since the first unanswered message
    assert conv.message_count == 2 and conv.snippet == "Any news?"
    desk.inbox.reply(cid, "Looking into it.", status_after="pending")
    desk.clock.advance(hours=1)
    desk.inbox.add_inbound_message(cid, "Here is the screenshot.")
    conv = conversation(desk, cid)
    assert conv.status == "open"
    assert conv.waiting_since == desk.clock.now()
    assert ("status", {"from": "pending", "to": "open"}) in events(desk, cid)


def test_inbound_message_with_known_external_id_is_not_stored_twice(desk: Desk) -> None:
    cid = new_conversation(desk)
    first = desk.inbox.add_inbound_message(cid, "Hello", external_id="<abc@mail.test>")
    again = desk.inbox.add_inbound_message(cid, "Hello", external_id="<abc@mail.test>")
    assert first == again
    assert len(messages(desk, cid)) == 2


def test_reply_answers_and_can_set_status(desk: Desk) -> None:
    cid = new_conversation(desk)
    desk.clock.advance(minutes=7)
    desk.inbox.reply(cid, "Sorry about that, Jens — I have retried the payment.", status_after="solved")
    conv = conversation(desk, cid)
    assert conv.first_response_at == desk.clock.now()
    assert conv.waiting_since is None and conv.status == "solved" and conv.solved_at == desk.clock.now()
    kinds = events(desk, cid)
    assert ("status", {"from": "new", "to": "open"}) in kinds
    assert ("status", {"from": "open", "to": "solved"}) in kinds
    with desk.store.read() as s:
        msg = s.scalars(select(Message).where(Message.direction == "outbound")).one()
    assert msg.author_agent_id == desk.agent_id and msg.author_name == "Maja Jensen"


def test_internal_note_does_not_answer_the_customer(desk: Desk) -> None:
    cid = new_conversation(desk)
    desk.clock.advance(minutes=3)
    desk.inbox.add_note(cid, "Card issuer outage, see status page.")
    conv = conversation(desk, cid)
    assert conv.first_response_at is None
    assert conv.waiting_since is not None
    assert conv.snippet == "My card was declined twice."  # notes never show in the customer's snippet
    assert conv.message_count == 2
    assert messages(desk, cid)[-1] == ("note", "Card issuer outage, see status page.")


def test_status_rules(desk: Desk) -> None:
    cid = new_conversation(desk)
    desk.inbox.set_status(cid, "on_hold")
    desk.inbox.set_status(cid, "on_hold")  # no change, no event
    with pytest.raises(ValidationError, match="must be solved before"):
        desk.inbox.set_status(cid, "closed")
    with pytest.raises(ValidationError, match="Status must be one of"):
        desk.inbox.set_status(cid, "archived")
    desk.inbox.set_status(cid, "solved")
    desk.inbox.set_status(cid, "open")
    assert conversation(desk, cid).solved_at is None
    desk.inbox.set_status(cid, "solved")
    desk.inbox.set_status(cid, "closed")
    with pytest.raises(ValidationError, match="is closed"):
        desk.inbox.set_status(cid, "open")
    with pytest.raises(ValidationError, match="is closed"):
        desk.inbox.reply(cid, "Too late")
    statuses = [(d["from"], d["to"]) for k, d in events(desk, cid) if k == "status"]
    assert statuses == [
        ("new", "on_hold"),
        ("on_hold", "solved"),
        ("solved", "open"),
        ("open", "solved"),
        ("solved", "closed"),
    ]


def test_priority(desk: Desk) -> None:
    cid = new_conversation(desk)
    desk.inbox.set_priority(cid, "urgent")
    assert conversation(desk, cid).priority == "urgent"
    assert events(desk, cid)[-1] == ("priority", {"from": "normal", "to": "urgent"})
    with pytest.raises(ValidationError, match="Priority must be one of"):
        desk.inbox.set_priority(cid, "asap")


def test_assign_and_unassign(desk: Desk) -> None:
    cid = new_conversation(desk)
    desk.inbox.assign(cid, desk.other_agent_id)
    assert conversation(desk, cid).assignee_id == desk.other_agent_id
    desk.inbox.assign(cid, None)
    assert conversation(desk, cid).assignee_id is None
    assignments = [d for k, d in events(desk, cid) if k == "assignment"]
    assert assignments == [
        {"from": None, "to": str(desk.other_agent_id)},
        {"from": str(desk.other_agent_id), "to": None},
    ]
    with pytest.raises(NotFoundError, match="agent does not exist"):
        desk.inbox.assign(cid, uuid.uuid4())


def test_tags_add_remove_only_real_changes(desk: Desk) -> None:
    cid = new_conversation(desk, tags=["Payment"])
    assert desk.inbox.tag(cid, add=["VIP", "payment"], remove=[]) == ["payment", "vip"]
    assert desk.inbox.tag(cid, remove=["payment", "unknown"]) == ["vip"]
    assert desk.inbox.tag(cid, add=["vip"]) == ["vip"]  # nothing changed: no event
    tag_events = [d for k, d in events(desk, cid) if k == "tag"]
    assert tag_events == [
        {"added": ["payment"], "removed": []},
        {"added": ["vip"], "removed": []},
        {"added": [], "removed": ["payment"]},
    ]


def test_merge_moves_the_thread_and_closes_the_source(desk: Desk) -> None:
    target = new_conversation(desk, "Payment failed")
    desk.clock.advance(minutes=1)
    desk.inbox.reply(target, "We are on it.")
    desk.clock.advance(minutes=1)
    source = new_conversation(desk, "Payment failed again", tags=["duplicate"])
    desk.inbox.merge(source, target)
    src, tgt = conversation(desk, source), conversation(desk, target)
    assert src.status == "closed" and src.merged_into_id == target and src.message_count == 0
    assert [b for _, b in messages(desk, target)] == [
        "My card was declined twice.",
        "We are on it.",
        "My card was declined twice.",
    ]
    assert tgt.message_count == 3 and tgt.waiting_since == desk.clock.now()
    assert "duplicate" in tgt.tags
    assert [k for k, _ in events(desk, source)][-3:] == ["merge", "status", "status"]
    assert events(desk, source)[-1] == ("status", {"from": "solved", "to": "closed"})
    assert any(k == "merge" and d["source_number"] == src.number for k, d in events(desk, target))
    with pytest.raises(ValidationError, match="already merged"):
        desk.inbox.merge(source, target)
    with pytest.raises(ValidationError, match="into itself"):
        desk.inbox.merge(target, target)


def test_merge_refuses_conversations_of_different_customers(desk: Desk) -> None:
    other = desk.inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    mine = new_conversation(desk)
    theirs = desk.inbox.create_conversation(other, "email", "Lieferung fehlt", "Wo ist mein Paket?").id
    with pytest.raises(ValidationError, match="same customer"):
        desk.inbox.merge(mine, theirs)
    assert conversation(desk, mine).merged_into_id is None


def test_unknown_conversation_is_a_readable_error(desk: Desk) -> None:
    with pytest.raises(NotFoundError, match="conversation does not exist"):
        desk.inbox.reply(uuid.uuid4(), "Hello")


def test_a_failing_action_writes_nothing(desk: Desk) -> None:
    cid = new_conversation(desk)
    before = events(desk, cid)
    with pytest.raises(ValidationError):
        desk.inbox.reply(cid, "Done", status_after="closed")
    assert events(desk, cid) == before
    assert len(messages(desk, cid)) == 1


def test_directory_refuses_duplicates(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    directory.create_team("Shipping")
    with pytest.raises(ValidationError, match="already exists"):
        directory.create_team("shipping")
    directory.create_agent("Ole Nielsen", "ole@shop.test", tiers=[1])
    with pytest.raises(ValidationError, match="already exists"):
        directory.create_agent("Ole N.", "OLE@shop.test")
    with pytest.raises(ValidationError, match="tiers 1, 2 and 3"):
        directory.create_agent("Eve", "eve@shop.test", tiers=[4])


def test_ids_made_in_one_action_sort_in_order() -> None:
    from agentdesk.ids import uuid7

    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == 2000
    assert all(u.version == 7 for u in ids)
