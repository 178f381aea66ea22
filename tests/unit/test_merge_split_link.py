# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge (and unmerge), split and link: what each changes, the events, and what is refused."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.inbox.linking import LinkService, link_id
from agentdesk.inbox.merging import MergeService
from agentdesk.inbox.service import InboxService
from agentdesk.inbox.splitting import SplitService, clean_subject
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent, ConversationLink, Message, SyncOutbox
from agentdesk.sync import outbox


def conv(store: Store, cid: uuid.UUID) -> Conversation:
    with store.read() as s:
        row = s.get(Conversation, cid)
        assert row is not None
        return row


def bodies(store: Store, cid: uuid.UUID) -> list[str]:
    with store.read() as s:
        return list(
            s.scalars(
                select(Message.body_text)
                .where(Message.conversation_id == cid)
                .order_by(Message.created_at, Message.id)
            )
        )


def kinds(store: Store, cid: uuid.UUID) -> list[str]:
    with store.read() as s:
        return list(
            s.scalars(
                select(ConversationEvent.kind)
                .where(ConversationEvent.conversation_id == cid)
                .order_by(ConversationEvent.created_at, ConversationEvent.id)
            )
        )


@pytest.fixture
def inbox(store: Store, clock: FixedClock) -> InboxService:
    return InboxService(store, clock)


def test_merge_several_and_unmerge_puts_everything_back(
    store: Store, clock: FixedClock, inbox: InboxService
) -> None:
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    target = inbox.create_conversation(jens, "email", "Payment failed", "Card declined.").id
    clock.advance(minutes=1)
    inbox.reply(target, "We are on it.", status_after="solved")
    clock.advance(minutes=1)
    one = inbox.create_conversation(jens, "email", "Again", "Declined again.", tags=["duplicate"]).id
    clock.advance(minutes=1)
    two = inbox.create_conversation(jens, "chat", "Still", "Still failing.").id
    merging = MergeService(store, clock)
    merging.merge_into(target, [one, two])
    t = conv(store, target)
    assert bodies(store, target) == ["Card declined.", "We are on it.", "Declined again.", "Still failing."]
    assert t.status == "open" and t.message_count == 4 and "duplicate" in t.tags
    assert conv(store, one).merged_into_id == target and conv(store, one).status == "closed"
    assert merging.merged_sources(target) == [(one, conv(store, one).number), (two, conv(store, two).number)]
    with pytest.raises(ValidationError, match="already merged"):
        merging.merge_into(target, [one])

    clock.advance(minutes=5)
    inbox.add_note(target, "Checked the gateway.")
    merging.unmerge(one)
    back = conv(store, one)
    assert back.merged_into_id is None and back.status == "new" and back.message_count == 1
    assert bodies(store, one) == ["Declined again."]
    assert "duplicate" not in conv(store, target).tags
    assert bodies(store, target) == [
        "Card declined.",
        "We are on it.",
        "Still failing.",
        "Checked the gateway.",
    ]
    assert kinds(store, one)[-2:] == ["unmerge", "status"]
    assert "unmerge" in kinds(store, target)
    with pytest.raises(ValidationError, match="not merged"):
        merging.unmerge(one)


def test_merge_across_customers_needs_consent_and_keeps_the_contact(
    store: Store, clock: FixedClock, inbox: InboxService
) -> None:
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    anna = inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    target = inbox.create_conversation(jens, "email", "Order 1042", "Where is it?").id
    other = inbox.create_conversation(anna, "email", "Bestellung 1042", "Wo bleibt mein Paket?").id
    merging = MergeService(store, clock)
    plan = merging.plan(target, [other])
    assert [c.customer_name for c in plan.other_customers] == ["Anna Müller"] and plan.messages == 1
    with pytest.raises(ValidationError, match="same customer"):
        merging.merge_into(target, [other])
    merging.merge_into(target, [other], across_customers=True)
    assert conv(store, target).customer_id == jens and conv(store, other).customer_id == anna
    with store.read() as s:
        author = s.scalar(
            select(Message.author_customer_id).where(Message.body_text == "Wo bleibt mein Paket?")
        )
    assert author == anna
    assert inbox.find_customer_by_email("anna@example.de") == anna


def test_merge_candidates_by_number_subject_and_customer(
    store: Store, clock: FixedClock, inbox: InboxService
) -> None:
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    anna = inbox.create_customer("Anna Müller", email="anna@example.de")
    a = inbox.create_conversation(jens, "email", "Payment failed", "x")
    b = inbox.create_conversation(anna, "email", "Parcel missing", "y")
    c = inbox.create_conversation(jens, "chat", "Parcel late", "z")
    merging = MergeService(store, clock)
    assert [x.id for x in merging.candidates(f"#{b.number}")] == [b.id]
    assert [x.id for x in merging.candidates("parcel", target_id=a.id)] == [c.id, b.id]  # own customer first
    assert [x.id for x in merging.candidates("müller")] == [b.id]
    assert [x.id for x in merging.candidates("50%_")] == []


def test_split_moves_the_message_and_what_follows(
    store: Store, clock: FixedClock, inbox: InboxService
) -> None:
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    first = inbox.create_conversation(jens, "email", "Invoice", "Invoice is wrong.", tags=["billing"]).id
    clock.advance(minutes=1)
    inbox.reply(first, "Fixed it.")
    clock.advance(minutes=1)
    second = inbox.add_inbound_message(first, "Also: my password does not work.")
    clock.advance(minutes=1)
    inbox.add_note(first, "Password reset sent.")
    splitting = SplitService(store, clock)
    new = splitting.split(first, second, "Password problem")
    assert bodies(store, first) == ["Invoice is wrong.", "Fixed it."]
    assert bodies(store, new.id) == ["Also: my password does not work.", "Password reset sent."]
    fresh = conv(store, new.id)
    assert fresh.subject == "Password problem" and fresh.tags == ["billing"] and fresh.customer_id == jens
    assert fresh.waiting_since is not None and conv(store, first).waiting_since is None
    assert new.number == conv(store, first).number + 1  # type: ignore[operator]
    assert kinds(store, first)[-1] == "split" and kinds(store, new.id) == ["created", "split"]
    with store.read() as s:
        first_message = s.scalar(
            select(Message.id).where(Message.conversation_id == first).order_by(Message.created_at)
        )
    assert first_message is not None
    with pytest.raises(ValidationError, match="nothing would be left"):
        splitting.split(first, first_message)
    with pytest.raises(NotFoundError):
        splitting.split(new.id, first_message)


def test_link_shows_in_both_and_unlink_tombstones(
    store: Store, clock: FixedClock, inbox: InboxService
) -> None:
    outbox.install(store)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    a = inbox.create_conversation(jens, "email", "Site down", "x").id
    b = inbox.create_conversation(jens, "chat", "Cannot log in", "y").id
    links = LinkService(store, clock)
    assert links.link(b, a) is True
    assert links.link(a, b) is False
    assert [x.id for x in links.links(a)] == [b] and [x.id for x in links.links(b)] == [a]
    with store.read() as s:
        rows = s.scalars(select(SyncOutbox.table_name)).all()
    assert "conversation_link" in rows
    assert links.unlink(a, b) is True and links.links(a) == [] and links.unlink(a, b) is False
    with store.read() as s:
        row = s.get(ConversationLink, link_id(a, b))
        assert row is not None and row.deleted_at is not None
    assert links.link(a, b) is True and [x.id for x in links.links(b)] == [a]
    assert kinds(store, a)[-3:] == ["link", "unlink", "link"]
    with pytest.raises(ValidationError, match="itself"):
        links.link(a, a)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_picker_query_is_answered(store: Store, clock: FixedClock, query: str) -> None:
    """The merge picker's search field takes whatever is typed: an answer, or the search's own
    one-line sentence for a query it cannot read; never a crash."""
    merging = MergeService(store, clock)
    try:
        assert isinstance(merging.candidates(query), list)
    except ValidationError as exc:
        assert exc.message and "\n" not in exc.message


@settings(max_examples=2000, deadline=None)
@given(subject=st.text(max_size=600))
def test_any_split_subject_is_taken_or_refused_in_words(subject: str) -> None:
    """The split dialog's subject field: whatever is typed, a clean one-line subject or a plain
    refusal, never a crash."""
    try:
        clean = clean_subject(subject)
    except ValidationError as exc:
        assert exc.message and "\n" not in exc.message
    else:
        assert clean and len(clean) <= 500 and "\n" not in clean and clean == clean.strip()


def test_agents_merge_and_split_only_what_they_may_change(
    store: Store, clock: FixedClock, inbox: InboxService
) -> None:
    from agentdesk.errors import PermissionDenied
    from agentdesk.escalation.service import EscalationService
    from agentdesk.inbox.directory import DirectoryService

    directory = DirectoryService(store, clock)
    agent = directory.create_agent("Ben Holm", "ben@shop.test", tiers=[1])
    lead = directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2])
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    mine = inbox.create_conversation(jens, "email", "Payment", "Declined.").id
    theirs = inbox.create_conversation(jens, "email", "Crash", "App crashes.").id
    clock.advance(minutes=1)
    second = inbox.add_inbound_message(theirs, "Still crashing.")
    EscalationService(store, clock, actor_id=lead).escalate(theirs, 2, "technical", "For L2.")
    with pytest.raises(PermissionDenied, match=r"#\d+: It is at tier 2"):
        MergeService(store, clock, actor_id=agent).merge_into(mine, [theirs])
    with pytest.raises(PermissionDenied, match="tier 2"):
        SplitService(store, clock, actor_id=agent).split(theirs, second)
    MergeService(store, clock, actor_id=lead).merge_into(theirs, [mine])
    assert conv(store, mine).merged_into_id == theirs
