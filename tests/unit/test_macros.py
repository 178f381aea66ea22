# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros: preview what changes, apply to one conversation or a selection in one transaction with
the reply as each conversation's draft in the customer's language, usage counts, visibility."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.drafts import DraftService
from agentdesk.inbox.service import InboxService
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroDraft, MacroService
from agentdesk.replies.library import CannedReplyService, ReplyDraft
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent
from tests.conftest import within_cpu_seconds


@pytest.fixture
def setup(
    store: Store, clock: FixedClock
) -> tuple[MacroService, InboxService, uuid.UUID, uuid.UUID, uuid.UUID]:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", tiers=[1, 2], team_id=billing)
    reply = CannedReplyService(store, clock).create(
        ReplyDraft(
            "Refund on its way",
            {
                "en": "Hello {{customer.first_name}}, your refund is on its way.",
                "de": "Hallo {{customer.first_name}}, Ihre Erstattung ist unterwegs.",
            },
            shortcut="refund",
        )
    )
    macros = MacroService(store, clock, actor_id=lea)
    macro = macros.create(
        MacroDraft(
            "Refund issued",
            Actions.from_json(
                {
                    "reply": str(reply.id),
                    "status": "pending",
                    "priority": "low",
                    "add_tags": ["refund"],
                    "team": str(billing),
                    "assignee": "me",
                    "follow_up_hours": 48,
                }
            ),
            description="Refund done: tell the customer, wait two days.",
        )
    )
    return macros, InboxService(store, clock, actor_id=lea), macro.id, lea, billing


def test_preview_says_what_changes_and_writes_nothing(setup, store: Store) -> None:  # type: ignore[no-untyped-def]
    macros, inbox, macro_id, lea, billing = setup
    customer = inbox.create_customer("Hannah Müller", language="de")
    ref = inbox.create_conversation(customer, "email", "Erstattung?", "Wo bleibt mein Geld?", tags=["refund"])
    [outcome] = macros.preview(macro_id, [ref.id])
    fields = {c.field: (c.before, c.after) for c in outcome.changes}
    assert fields["status"] == ("new", "pending")
    assert fields["priority"] == ("normal", "low")
    assert fields["team"] == (None, str(billing))
    assert fields["assignee"] == (None, str(lea))
    assert "tags_added" not in fields  # already tagged
    assert "follow_up" in fields
    with store.read() as session:
        conv = session.get(Conversation, ref.id)
        assert conv is not None and (conv.status, conv.priority, conv.assignee_id) == ("new", "normal", None)


def test_apply_to_one_records_events_with_the_macro_name(setup, store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    macros, inbox, macro_id, lea, billing = setup
    customer = inbox.create_customer("Jens Hansen", language="da")
    ref = inbox.create_conversation(customer, "email", "Refund", "Where is my refund?")
    outcome = macros.apply_to(macro_id, ref.id)
    assert {c.field for c in outcome.changes} >= {
        "status",
        "priority",
        "team",
        "assignee",
        "follow_up",
        "tags_added",
    }
    with store.read() as session:
        conv = session.get(Conversation, ref.id)
        assert conv is not None
        assert (conv.status, conv.priority, conv.team_id, conv.assignee_id) == (
            "pending",
            "low",
            billing,
            lea,
        )
        assert conv.tags == ["refund"] and conv.follow_up_at is not None
        kinds = session.execute(
            select(ConversationEvent.kind, ConversationEvent.data, ConversationEvent.actor_agent_id).where(
                ConversationEvent.conversation_id == ref.id, ConversationEvent.kind != "created"
            )
        ).all()
    marked = [k for k, data, actor in kinds if data.get("macro") == "Refund issued" and actor == lea]
    assert sorted(marked) == sorted(["transfer", "priority", "tag", "assignment", "status", "follow_up"])
    assert macros.get(macro_id).usage_count == 1
    assert macros.apply_to(macro_id, ref.id).changes == []  # nothing left to change
    clock.advance(hours=1)
    later = macros.apply_to(macro_id, ref.id)
    assert [c.field for c in later.changes] == ["follow_up"]  # only the follow-up moves on


def test_apply_to_thirty_conversations_in_one_step(setup, store: Store, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    macros, inbox, macro_id, lea, billing = setup
    german = inbox.create_customer("Hannah Müller", language="de")
    english = inbox.create_customer("Tom Baker", language="en")
    ids = [
        inbox.create_conversation(german if n % 2 else english, "email", f"Refund {n}", "Refund please").id
        for n in range(30)
    ]
    inbox.set_status(ids[0], "solved")
    inbox.set_status(ids[0], "closed")
    result = macros.apply_many(macro_id, ids)
    assert result.refused == {ids[0]: "closed"}
    assert len(result.changed) == 29 and result.drafts == 29
    drafts = DraftService(store, clock)
    german_draft, english_draft = drafts.load(ids[1]), drafts.load(ids[2])
    assert german_draft is not None and german_draft.body == "Hallo Hannah, Ihre Erstattung ist unterwegs."
    assert english_draft is not None and english_draft.body == "Hello Tom, your refund is on its way."
    with store.read() as session:
        statuses = set(session.scalars(select(Conversation.status).where(Conversation.id.in_(ids[1:]))))
    assert statuses == {"pending"}
    assert macros.get(macro_id).usage_count == 29


def test_a_tier_the_agent_does_not_work_is_refused(store: Store, clock: FixedClock, setup) -> None:  # type: ignore[no-untyped-def]
    macros, inbox, macro_id, lea, billing = setup
    junior = DirectoryService(store, clock).create_agent("Jo Neu", "jo@shop.test", tiers=[1])
    customer = inbox.create_customer("Tier Tester")
    ref = inbox.create_conversation(customer, "chat", "Deep problem", "Help")
    MacroService(store, clock, actor_id=lea).create(MacroDraft("To tier 2", Actions(tier=2)))
    to_two = next(m for m in macros.list_macros() if m.name == "To tier 2")
    macros.apply_to(to_two.id, ref.id)
    result = MacroService(store, clock, actor_id=junior).apply_many(macro_id, [ref.id])
    assert result.refused == {ref.id: "tier"}


def test_visibility_by_scope(store: Store, clock: FixedClock, setup) -> None:  # type: ignore[no-untyped-def]
    macros, inbox, macro_id, lea, billing = setup
    other = DirectoryService(store, clock).create_agent("Max Other", "max@shop.test")
    macros.create(MacroDraft("Mine", Actions(priority="high"), scope="personal"))
    macros.create(MacroDraft("Billing only", Actions(priority="high"), scope="team", team_id=billing))
    theirs = MacroService(store, clock, actor_id=other)
    assert [m.name for m in theirs.list_macros()] == ["Refund issued"]
    assert {m.name for m in macros.list_macros()} == {"Refund issued", "Mine", "Billing only"}
    mine = next(m for m in macros.list_macros() if m.name == "Mine")
    with pytest.raises(NotFoundError):
        theirs.delete(mine.id)
    assert [m.name for m in macros.search("bill")] == ["Billing only"]


def test_bad_macros_are_refused_plainly(setup) -> None:  # type: ignore[no-untyped-def]
    macros, *_ = setup
    for draft in (
        MacroDraft("  ", Actions(priority="high")),
        MacroDraft("Empty", Actions()),
        MacroDraft("Team?", Actions(priority="high"), scope="team"),
        MacroDraft("Gone reply", Actions(reply_id=uuid.uuid4())),
    ):
        with pytest.raises(ValidationError):
            macros.create(draft)


scalars = st.none() | st.booleans() | st.integers(-5, 10_000) | st.text(max_size=12)
json_values = (
    scalars
    | st.lists(scalars | st.sampled_from(["refund", "Bad Tag!", "x" * 60]), max_size=4)
    | st.dictionaries(st.text(max_size=5), scalars, max_size=2)
)
action_like = st.dictionaries(
    st.sampled_from(
        [
            "reply",
            "status",
            "priority",
            "add_tags",
            "remove_tags",
            "tier",
            "team",
            "assignee",
            "follow_up_hours",
            "x",
        ]
    ),
    json_values | st.sampled_from(["open", "pending", "urgent", "me", "round_robin", str(uuid.UUID(int=7))]),
    max_size=5,
)


@settings(max_examples=2000, deadline=None)
@given(data=action_like | json_values)
def test_any_actions_json_is_read_or_refused_plainly(data: object) -> None:
    with within_cpu_seconds():
        try:
            actions = Actions.from_json(data)
        except ValidationError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
        assert Actions.from_json(actions.to_json()) == actions


def test_a_macro_is_one_step_of_a_bulk_action_on_thirty_conversations(setup, store: Store) -> None:  # type: ignore[no-untyped-def]
    from agentdesk.inbox.bulk import BulkService

    macros, inbox, macro_id, lea, billing = setup
    customer = inbox.create_customer("Hannah Müller", language="de")
    ids = [
        inbox.create_conversation(customer, "email", f"Erstattung {n}", "Wo bleibt mein Geld?").id
        for n in range(30)
    ]
    inbox.set_status(ids[5], "solved")
    inbox.set_status(ids[5], "closed")
    outcome = BulkService(inbox).run(ids, macros.step(macro_id))
    assert len(outcome.changed) == 29
    assert [r.conversation_id for r in outcome.refused] == [ids[5]]
    with store.read() as session:
        rows = session.execute(
            select(Conversation.status, Conversation.assignee_id).where(Conversation.id.in_(ids))
        ).all()
    assert [tuple(r) for r in rows].count(("pending", lea)) == 29
    assert macros.get(macro_id).usage_count == 29
