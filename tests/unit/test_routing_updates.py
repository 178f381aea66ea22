# SPDX-License-Identifier: GPL-3.0-or-later
"""Routing rules that set the SLA policy (a choice that sticks) and rules that run when an agent
changes a conversation ("status changed to solved", "tag added"), in the agent's transaction, once,
never looping, with events that name the rule."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.escalation.service import EscalationService
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.inbox.bulk import BulkService
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroService
from agentdesk.routing import exchange as macro_file
from agentdesk.routing.changes import FieldChange, changes_of, read_changes
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.rules import Conditions, check_rule_actions, join_actions, split_actions
from agentdesk.routing.sla_action import AUTOMATIC
from agentdesk.sla.cache import refresh_all
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import Policy, PolicyMatch
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import Agent, Conversation, ConversationEvent, Customer, Team
from tests.conftest import within_cpu_seconds


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    system: InboxService  # the mail service: no agent at the keyboard
    inbox: InboxService  # Lea's desk
    rules: RoutingService
    billing: uuid.UUID
    lea: uuid.UUID
    customer: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    lea = directory.create_agent("Lea Wolf", "lea@shop.test", role="supervisor", tiers=[1, 2, 3])
    system = InboxService(store, clock)
    customer = system.create_customer("Hannah Müller", language="de")
    return Desk(
        store, clock, system, InboxService(store, clock, actor_id=lea), RoutingService(store, clock, lea),
        billing, lea, customer,
    )  # fmt: skip


def conv(store: Store, conversation_id: uuid.UUID) -> Conversation:
    with store.read() as session:
        row = session.get(Conversation, conversation_id)
        assert row is not None
        session.expunge(row)
        return row


def events(store: Store, conversation_id: uuid.UUID, kind: str | None = None) -> list[ConversationEvent]:
    with store.read() as session:
        query = select(ConversationEvent).where(ConversationEvent.conversation_id == conversation_id)
        if kind is not None:
            query = query.where(ConversationEvent.kind == kind)
        rows = list(
            session.execute(query.order_by(ConversationEvent.created_at, ConversationEvent.id)).scalars()
        )
        session.expunge_all()
        return rows


def update_rule(desk: Desk, name: str, changes: list[dict[str, object]], actions: dict[str, object]) -> None:
    desk.rules.create(
        RuleDraft(name, Conditions.from_json({"changes": changes}), Actions.from_json(actions), ("update",))
    )


# -- set SLA policy --------------------------------------------------------------------------------


def policies(desk: Desk) -> tuple[uuid.UUID, uuid.UUID]:
    """Standard (any conversation, first response in 8 hours) and Priority support (matches
    urgent conversations only, first response in 1 hour), both around the clock."""
    now = desk.clock.now()
    standard = save_policy(desk.store, Policy("Standard", 480, None, 2880, position=20), now)
    fast = save_policy(
        desk.store,
        Policy(
            "Priority support",
            60,
            None,
            960,
            match=PolicyMatch(priorities=frozenset({"urgent"})),
            position=10,
        ),
        now,
    )
    return standard, fast


def test_a_rule_sets_the_sla_policy_and_the_choice_sticks(desk: Desk) -> None:
    standard, fast = policies(desk)
    desk.rules.create(
        RuleDraft(
            "Outage reports get priority support",
            Conditions.from_json({"words": ["outage"]}),
            Actions(add_tags=("outage",)),
            ("arrival",),
            sla_policy=str(fast),
        )
    )
    start = desk.clock.now()
    ref = desk.system.create_conversation(
        desk.customer, "email", "Outage since this morning", "Nothing works"
    )
    row = conv(desk.store, ref.id)
    assert row.sla_policy_override_id == fast and row.sla_policy_id == fast  # although it is not urgent
    assert row.first_response_due_at == start + dt.timedelta(hours=1)
    (event,) = events(desk.store, ref.id, "sla_policy")
    assert event.data == {
        "from": None,
        "to": str(fast),
        "name": "Priority support",
        "rule": "Outage reports get priority support",
        "trigger": "arrival",
    }
    # An agent's change of priority or tier re-picks the policy: the rule's choice still wins.
    desk.clock.advance(minutes=5)
    desk.inbox.set_priority(ref.id, "low")
    EscalationService(desk.store, desk.clock, actor_id=desk.lea).escalate(
        ref.id, 2, "technical", "Over to L2"
    )
    assert conv(desk.store, ref.id).sla_policy_id == fast
    refresh_all(desk.store, desk.clock.now())  # a policy edit refreshes the whole workspace
    assert conv(desk.store, ref.id).sla_policy_id == fast
    # A plain conversation still gets the policy its conditions pick.
    other = desk.system.create_conversation(desk.customer, "email", "A question", "Hello")
    assert conv(desk.store, other.id).sla_policy_id == standard
    assert conv(desk.store, other.id).sla_policy_override_id is None


def test_a_rule_can_hand_the_choice_back_to_the_policies(desk: Desk) -> None:
    standard, fast = policies(desk)
    desk.rules.create(
        RuleDraft(
            "VIP", Conditions.from_json({"words": ["vip"]}), Actions(), ("arrival",), sla_policy=str(fast)
        )
    )
    desk.rules.create(
        RuleDraft(
            "Solved: back to normal",
            Conditions.from_json({"changes": [{"field": "status", "to": "solved"}]}),
            Actions(),
            ("update",),
            sla_policy=AUTOMATIC,
        )
    )
    ref = desk.system.create_conversation(desk.customer, "email", "VIP order", "Hello")
    assert conv(desk.store, ref.id).sla_policy_id == fast
    desk.inbox.set_status(ref.id, "solved")
    row = conv(desk.store, ref.id)
    assert row.sla_policy_override_id is None and row.sla_policy_id == standard
    last = events(desk.store, ref.id, "sla_policy")[-1]
    assert last.data["to"] is None and last.data["rule"] == "Solved: back to normal"


def test_a_deleted_or_unknown_policy_is_refused_in_the_rule(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="no longer exists"):
        desk.rules.create(RuleDraft("Gone", Conditions(), Actions(), sla_policy=str(uuid.uuid4())))
    with pytest.raises(ValidationError, match="not a valid id"):
        desk.rules.create(RuleDraft("Bad", Conditions(), Actions(), sla_policy="fast please"))
    with pytest.raises(ValidationError, match="at least one action"):
        desk.rules.create(RuleDraft("Nothing", Conditions(), Actions()))


def test_the_chosen_policy_travels_in_the_exchange_format_and_the_macros_file(
    desk: Desk, tmp_path: Path
) -> None:
    _, fast = policies(desk)
    desk.rules.create(RuleDraft("All fast", Conditions(), Actions(), ("arrival",), sla_policy=str(fast)))
    update_rule(
        desk, "Refunds to Billing", [{"field": "tag_added", "to": "refund"}], {"team": str(desk.billing)}
    )
    ref = desk.system.create_conversation(desk.customer, "email", "Hello", "Hi")
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    export_jsonl(desk.store, first)
    target = open_store(tmp_path / "target.sqlite")
    try:
        import_jsonl(target, first)
        export_jsonl(target, second)
        assert first.read_bytes() == second.read_bytes()
        assert conv(target, ref.id).sla_policy_override_id == fast
        rules = RoutingService(target, desk.clock).list_rules()
        assert [r.sla_policy for r in rules] == [str(fast), None]
        assert rules[1].triggers == ("update",) and rules[1].conditions.changes[0].to == "refund"
    finally:
        target.close()
    path = tmp_path / "macros.json"
    macro_file.export_file(desk.store, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["rules"][0]["actions"] == {"sla_policy": str(fast)}
    assert data["rules"][1]["conditions"] == {"changes": [{"field": "tag_added", "to": "refund"}]}
    assert macro_file.import_file(desk.store, path, _macros(desk)) == macro_file.ImportSummary()


def _macros(desk: Desk) -> MacroService:
    return MacroService(desk.store, desk.clock, actor_id=desk.lea)


# -- the update trigger ----------------------------------------------------------------------------


def test_status_changed_to_solved_fires_in_the_agents_transaction(desk: Desk) -> None:
    update_rule(
        desk, "Solved gets a survey tag", [{"field": "status", "to": "solved"}], {"add_tags": ["survey"]}
    )
    ref = desk.system.create_conversation(desk.customer, "email", "Paket", "Wo bleibt mein Paket?")
    desk.inbox.set_status(ref.id, "pending")
    assert conv(desk.store, ref.id).tags == []  # changed, but not to solved
    desk.clock.advance(minutes=3)
    desk.inbox.set_status(ref.id, "solved")
    row = conv(desk.store, ref.id)
    assert row.tags == ["survey"]
    (tagged,) = events(desk.store, ref.id, "tag")
    assert tagged.data == {
        "added": ["survey"],
        "removed": [],
        "rule": "Solved gets a survey tag",
        "trigger": "update",
    }
    assert tagged.actor_agent_id is None and tagged.created_at == desk.clock.now()
    assert row.updated_at == desk.clock.now()


def test_tag_added_and_changes_from_every_path(desk: Desk) -> None:
    update_rule(
        desk, "Refunds to Billing", [{"field": "tag_added", "to": "refund"}], {"team": str(desk.billing)}
    )
    update_rule(desk, "Unassigned goes up", [{"field": "assignee", "to": "nobody"}], {"priority": "high"})
    one = desk.system.create_conversation(desk.customer, "email", "Geld zurück", "Bitte erstatten")
    two = desk.system.create_conversation(desk.customer, "email", "Noch eine Frage", "Hallo")
    desk.inbox.tag(one.id, add=["urgent-ish"])
    assert conv(desk.store, one.id).team_id is None
    desk.inbox.tag(one.id, add=["refund"])
    assert conv(desk.store, one.id).team_id == desk.billing
    # A bulk action is one transaction: each changed conversation gets its pass.
    bulk = BulkService(EscalationService(desk.store, desk.clock, actor_id=desk.lea))
    bulk.run([two.id], bulk.tags_step(add=["refund"]))
    assert conv(desk.store, two.id).team_id == desk.billing
    desk.inbox.assign(two.id, desk.lea)
    assert conv(desk.store, two.id).priority == "normal"
    desk.inbox.assign(two.id, None)
    assert conv(desk.store, two.id).priority == "high"
    (transfer,) = events(desk.store, two.id, "transfer")
    assert transfer.data["rule"] == "Refunds to Billing" and transfer.data["trigger"] == "update"


def test_a_new_conversation_is_left_to_the_arrival_rules(desk: Desk) -> None:
    update_rule(desk, "Refund tag", [{"field": "tag_added", "to": "refund"}], {"priority": "urgent"})
    ref = desk.inbox.create_conversation(
        desk.customer, "phone", "Called about money", "Refund", tags=["refund"]
    )
    assert conv(desk.store, ref.id).priority == "normal"


def test_changes_nobody_made_by_hand_start_nothing(desk: Desk) -> None:
    update_rule(desk, "Reopened", [{"field": "status", "to": "open"}], {"add_tags": ["reopened"]})
    ref = desk.system.create_conversation(desk.customer, "email", "Frage", "Hallo")
    desk.inbox.set_status(ref.id, "solved")
    desk.system.add_inbound_message(ref.id, "Doch noch eine Frage")  # the customer reopens it
    assert conv(desk.store, ref.id).status == "open" and conv(desk.store, ref.id).tags == []
    desk.inbox.set_status(ref.id, "pending")
    desk.inbox.set_status(ref.id, "open")  # an agent does
    assert conv(desk.store, ref.id).tags == ["reopened"]


def test_rules_that_undo_each_other_on_update_stop_after_one_pass(desk: Desk) -> None:
    update_rule(desk, "Solved → open", [{"field": "status", "to": "solved"}], {"status": "open"})
    update_rule(desk, "Open → solved", [{"field": "status", "to": "open"}], {"status": "solved"})
    update_rule(desk, "Any status: urgent", [{"field": "status"}], {"priority": "urgent"})
    ref = desk.system.create_conversation(desk.customer, "email", "Frage", "Hallo")
    desk.inbox.set_status(ref.id, "solved")
    statuses = [(e.data["to"], e.data.get("rule")) for e in events(desk.store, ref.id, "status")]
    assert statuses == [("solved", None), ("open", "Solved → open")]
    assert conv(desk.store, ref.id).priority == "urgent"
    assert len(events(desk.store, ref.id, "priority")) == 1


def test_a_refused_change_in_a_bulk_action_starts_nothing(desk: Desk) -> None:
    update_rule(desk, "Closed gets a tag", [{"field": "status", "to": "closed"}], {"add_tags": ["archived"]})
    update_rule(desk, "Solved gets a tag", [{"field": "status", "to": "solved"}], {"add_tags": ["done"]})
    solved = desk.system.create_conversation(desk.customer, "email", "Eins", "Hallo")
    open_ = desk.system.create_conversation(desk.customer, "email", "Zwei", "Hallo")
    desk.inbox.set_status(solved.id, "solved")
    bulk = BulkService(EscalationService(desk.store, desk.clock, actor_id=desk.lea))
    outcome = bulk.set_status([solved.id, open_.id], "closed")  # the open one is refused
    assert outcome.total == 2
    assert conv(desk.store, solved.id).tags == ["done"]  # closed conversations are left as they are
    assert conv(desk.store, open_.id).tags == [] and conv(desk.store, open_.id).status == "new"


def test_a_rolled_back_change_is_forgotten(desk: Desk) -> None:
    update_rule(desk, "Urgent on priority", [{"field": "priority", "to": "high"}], {"add_tags": ["hot"]})
    ref = desk.system.create_conversation(desk.customer, "email", "Frage", "Hallo")
    now = desk.clock.now()
    with pytest.raises(RuntimeError):
        with desk.store.write() as session:
            row = session.get(Conversation, ref.id)
            assert row is not None
            session.add(
                ConversationEvent(
                    id=uuid.uuid4(), conversation_id=ref.id, kind="priority", actor_agent_id=desk.lea,
                    data={"from": "normal", "to": "high"}, created_at=now, updated_at=now,
                )
            )  # fmt: skip
            session.flush()
            raise RuntimeError("the action failed")
    desk.inbox.tag(ref.id, add=["other"])
    assert conv(desk.store, ref.id).tags == ["other"]


def test_change_conditions_read_events_of_every_kind() -> None:
    assert changes_of("escalation", {"from_tier": 1, "to_tier": 2}) == [FieldChange("tier", "1", "2")]
    assert changes_of("tag", {"added": ["a"], "removed": ["b"]}) == [
        FieldChange("tag_added", None, "a"),
        FieldChange("tag_removed", "b", None),
    ]
    (tier,) = read_changes([{"field": "tier", "to": 2, "from": "1"}])
    assert tier.hit(FieldChange("tier", "1", "2")) and not tier.hit(FieldChange("tier", "3", "2"))
    (removed,) = read_changes([{"field": "tag_removed", "to": "VIP"}])
    assert removed.hit(FieldChange("tag_removed", "vip", None))
    with pytest.raises(ValidationError, match="tag change"):
        read_changes([{"field": "tag_added", "to": "x", "from": "y"}])
    with pytest.raises(ValidationError, match="solved"):
        read_changes([{"field": "status", "to": "done"}])


change_value = (
    st.none()
    | st.integers(-1, 4)
    | st.text(max_size=12)
    | st.sampled_from(["solved", "urgent", "2", "nobody", str(uuid.UUID(int=7)), "refund"])
)
change_entry = st.dictionaries(
    st.sampled_from(["field", "to", "from", "x"]),
    change_value
    | st.sampled_from(["status", "priority", "tier", "team", "assignee", "tag_added", "tag_removed"]),
    max_size=3,
)


@settings(max_examples=2000, deadline=None)
@given(raw=st.none() | change_value | st.lists(change_entry | change_value, max_size=3))
def test_any_change_condition_is_read_or_refused_plainly(raw: object) -> None:
    with within_cpu_seconds(1.0):
        try:
            found = Conditions.from_json({"changes": raw})
        except ValidationError as exc:
            assert exc.english() and "\n" not in exc.english()
        else:
            assert Conditions.from_json(found.to_json()) == found


def test_the_demo_workspace_has_update_rules_that_work(store: Store, clock: FixedClock) -> None:
    from agentdesk.demo.build import build_demo

    build_demo(store, 20, anchor=clock.now())
    rules = {r.name: r for r in RoutingService(store, clock).list_rules()}
    assert rules["Refund tag: to Billing"].triggers == ("update",)
    assert rules["Outage reports: fastest SLA"].sla_policy is not None
    with store.read() as session:
        lead = session.scalar(
            select(Agent.id).where(Agent.role == "supervisor").order_by(Agent.name).limit(1)
        )
        billing = session.scalar(select(Team.id).where(Team.name == "Billing"))
        customer = session.scalar(select(Customer.id).order_by(Customer.name).limit(1))
    assert lead is not None and customer is not None
    target = InboxService(store, clock).create_conversation(customer, "chat", "A question", "Hello").id
    assert conv(store, target).team_id != billing
    clock.advance(minutes=1)
    InboxService(store, clock, actor_id=lead).tag(target, add=["refund"])
    assert conv(store, target).team_id == billing


action_values = st.none() | st.booleans() | st.integers(-1, 4) | st.text(max_size=40)
rule_actions = st.dictionaries(
    st.sampled_from(["sla_policy", "priority", "add_tags", "status", "x"]),
    action_values | st.sampled_from([AUTOMATIC, str(uuid.UUID(int=9)), "urgent", ["refund"]]),
    max_size=3,
)


@settings(max_examples=2000, deadline=None)
@given(raw=rule_actions | action_values)
def test_any_rule_actions_with_an_sla_policy_are_read_or_refused_plainly(raw: object) -> None:
    with within_cpu_seconds(1.0):
        try:
            actions, sla_policy = split_actions(raw)
            check_rule_actions(actions, sla_policy)
        except ValidationError as exc:
            assert exc.english() and "\n" not in exc.english()
        else:
            assert split_actions(join_actions(actions, sla_policy)) == (actions, sla_policy)
