# SPDX-License-Identifier: GPL-3.0-or-later
"""Agents, teams and tier names: every change the directory makes, and every change it refuses."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.escalation.service import EscalationService, PermissionDenied
from agentdesk.inbox.directory import DEFAULT_TIER_NAMES, SETUP, DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, ConversationEvent, Setting, Team


@dataclass
class Shop:
    directory: DirectoryService
    store: Store
    clock: FixedClock
    billing: uuid.UUID
    shipping: uuid.UUID
    admin: uuid.UUID
    boss: uuid.UUID  # supervisor
    maja: uuid.UUID  # agent


@pytest.fixture
def shop(store: Store, clock: FixedClock) -> Shop:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing", "Payments and refunds")
    shipping = directory.create_team("Shipping")
    admin = directory.create_agent("Anders Admin", "anders@shop.test", role="admin", tiers=[1, 2, 3])
    boss = directory.create_agent("Pia Boss", "pia@shop.test", role="supervisor", tiers=[1], team_id=billing)
    maja = directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1], team_id=billing)
    return Shop(directory, store, clock, billing, shipping, admin, boss, maja)


def agent_row(shop: Shop, agent_id: uuid.UUID) -> Agent:
    with shop.store.read() as session:
        agent = session.get(Agent, agent_id)
        assert agent is not None
        return agent


def open_conversation(
    shop: Shop, assignee: uuid.UUID | None = None, team: uuid.UUID | None = None
) -> uuid.UUID:
    inbox = InboxService(shop.store, shop.clock, actor_id=shop.boss)
    customer = inbox.create_customer("Jens Hansen", email=f"jens-{uuid.uuid4().hex[:6]}@example.dk")
    cid = inbox.create_conversation(customer, "email", "Payment failed", "Declined twice.").id
    if assignee is not None:
        inbox.assign(cid, assignee)
    if team is not None:
        EscalationService(shop.store, shop.clock, actor_id=shop.boss).transfer(cid, team)
    return cid


# -- who may change the directory -------------------------------------------------------------


def test_access_says_who_may_manage(shop: Shop) -> None:
    assert shop.directory.access(shop.admin).can_manage
    assert shop.directory.access(shop.admin).can_grant_admin
    assert shop.directory.access(shop.admin).can_manage_agents
    boss = shop.directory.access(shop.boss)
    assert boss.can_manage and not boss.can_grant_admin and not boss.can_manage_agents
    assert boss.reason == "" and boss.agents_reason == (
        "Only an admin adds, changes or deactivates agents; you can change teams and tier names."
    )
    maja = shop.directory.access(shop.maja)
    assert not maja.can_manage and not maja.can_manage_agents
    assert maja.reason == (
        "Maja Jensen is an agent: only admins change agents, and only supervisors and admins "
        "change teams and tier names."
    )
    nobody = shop.directory.access(None)
    assert not nobody.can_manage and "Choose who works at this desk" in nobody.reason


def test_a_workspace_without_supervisors_may_be_set_up_by_anyone(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    first = directory.create_agent("Ole Nielsen", "ole@shop.test")
    access = directory.access(first)
    assert access.can_manage and access.can_grant_admin
    assert "Make someone an admin first" in access.reason
    directory.update_agent(first, first, role="admin")
    assert directory.access(first).reason == ""


def _mutations(shop: Shop) -> dict[str, Callable[[uuid.UUID], object]]:
    d = shop.directory
    return {
        "create_team": lambda actor: d.create_team("Technical", actor_id=actor),
        "update_team": lambda actor: d.update_team(actor, shop.billing, name="Payments"),
        "delete_team": lambda actor: d.delete_team(actor, shop.shipping),
        "create_agent": lambda actor: d.create_agent("Eve", "eve@shop.test", actor_id=actor),
        "update_agent": lambda actor: d.update_agent(actor, shop.boss, tiers=[1, 2]),
        "deactivate_agent": lambda actor: d.deactivate_agent(actor, shop.boss),
        "reactivate_agent": lambda actor: d.reactivate_agent(actor, shop.boss),
        "set_tier_names": lambda actor: d.set_tier_names(actor, ["Front desk", "Experts", "Engineering"]),
    }


@pytest.mark.parametrize(
    "mutation",
    [
        "create_team",
        "update_team",
        "delete_team",
        "create_agent",
        "update_agent",
        "deactivate_agent",
        "reactivate_agent",
        "set_tier_names",
    ],
)
def test_an_agent_may_not_change_the_directory(shop: Shop, mutation: str) -> None:
    with pytest.raises(PermissionDenied, match="only supervisors and admins change teams"):
        _mutations(shop)[mutation](shop.maja)
    assert shop.directory.tier_names() == DEFAULT_TIER_NAMES
    assert [t.name for t in shop.directory.teams()] == ["Billing", "Shipping"]
    assert agent_row(shop, shop.boss).active and agent_row(shop, shop.boss).tiers == [1]


AGENT_MUTATIONS = ["create_agent", "update_agent", "deactivate_agent", "reactivate_agent"]


@pytest.mark.parametrize("mutation", AGENT_MUTATIONS)
def test_a_supervisor_may_not_change_agents(shop: Shop, mutation: str) -> None:
    shop.directory.deactivate_agent(shop.admin, shop.maja)  # something to reactivate
    mutations = _mutations(shop) | {
        "update_agent": lambda actor: shop.directory.update_agent(actor, shop.maja, tiers=[1, 2]),
        "deactivate_agent": lambda actor: shop.directory.deactivate_agent(actor, shop.admin),
        "reactivate_agent": lambda actor: shop.directory.reactivate_agent(actor, shop.maja),
    }
    before = shop.directory.agents()
    with pytest.raises(PermissionDenied, match="^Only an admin adds, changes or deactivates agents"):
        mutations[mutation](shop.boss)
    assert shop.directory.agents() == before
    # their own entry too: a supervisor cannot raise their own tiers or leave their team
    with pytest.raises(PermissionDenied, match="Only an admin"):
        shop.directory.update_agent(shop.boss, shop.boss, tiers=[1, 2, 3], team_ids=[])


@pytest.mark.parametrize("mutation", ["create_team", "update_team", "delete_team", "set_tier_names"])
def test_a_supervisor_still_changes_teams_and_tier_names(shop: Shop, mutation: str) -> None:
    _mutations(shop)[mutation](shop.boss)


def test_supervisors_manage_agents_while_there_is_no_admin(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    boss = directory.create_agent("Pia Boss", "pia@shop.test", role="supervisor")
    maja = directory.create_agent("Maja Jensen", "maja@shop.test")
    assert not directory.access(maja).can_manage_agents  # there is a supervisor to ask
    assert directory.access(boss).can_manage_agents and directory.access(boss).can_grant_admin
    directory.update_agent(boss, maja, role="admin")
    assert not directory.access(boss).can_manage_agents
    with pytest.raises(PermissionDenied, match="Only an admin"):
        directory.update_agent(boss, maja, tiers=[1, 2])


def test_nobody_at_the_desk_may_not_change_the_directory(shop: Shop) -> None:
    with pytest.raises(PermissionDenied, match="Choose who works at this desk"):
        shop.directory.update_team(None, shop.billing, name="Payments")


def test_a_deactivated_supervisor_may_not_change_the_directory(shop: Shop) -> None:
    shop.directory.deactivate_agent(shop.admin, shop.boss)
    with pytest.raises(PermissionDenied, match="Pia Boss is deactivated"):
        shop.directory.update_team(shop.boss, shop.billing, name="Payments")


# -- agents ----------------------------------------------------------------------------------


def test_create_agent_with_teams_keeps_the_home_team_first(shop: Shop) -> None:
    sven = shop.directory.create_agent(
        "  Sven   Berg ",
        "Sven@Shop.test",
        tiers=[3, 2],
        team_id=shop.shipping,
        team_ids=[shop.billing],
        language="da",
        actor_id=shop.admin,
    )
    agent = agent_row(shop, sven)
    assert (agent.name, agent.email, agent.tiers, agent.language) == (
        "Sven Berg",
        "sven@shop.test",
        [2, 3],
        "da",
    )
    assert agent.team_id == shop.shipping
    assert agent.team_ids == [str(shop.shipping), str(shop.billing)]
    row = shop.directory.agent(sven)
    assert row.team_ids == (shop.shipping, shop.billing) and row.home_team_id == shop.shipping


def test_update_agent_changes_every_field(shop: Shop, clock: FixedClock) -> None:
    clock.advance(minutes=5)
    shop.directory.update_agent(
        shop.admin,
        shop.maja,
        name="Maja Holm",
        email="maja.holm@shop.test",
        role="supervisor",
        tiers=[2, 3],
        team_ids=[shop.billing, shop.shipping],
        home_team_id=shop.shipping,
        language="de",
    )
    agent = agent_row(shop, shop.maja)
    assert (agent.name, agent.email, agent.role, agent.tiers, agent.language) == (
        "Maja Holm",
        "maja.holm@shop.test",
        "supervisor",
        [2, 3],
        "de",
    )
    assert agent.team_id == shop.shipping
    assert agent.team_ids == [str(shop.shipping), str(shop.billing)]
    assert agent.updated_at == clock.now()


def test_update_agent_keeps_the_home_team_while_it_is_worked(shop: Shop) -> None:
    shop.directory.update_agent(shop.admin, shop.maja, team_ids=[shop.billing, shop.shipping])
    assert agent_row(shop, shop.maja).team_id == shop.billing
    shop.directory.update_agent(shop.admin, shop.maja, team_ids=[shop.shipping])
    agent = agent_row(shop, shop.maja)
    assert agent.team_id is None and agent.team_ids == [str(shop.shipping)]
    shop.directory.update_agent(shop.admin, shop.maja, home_team_id=shop.billing)
    agent = agent_row(shop, shop.maja)
    assert agent.team_id == shop.billing and agent.team_ids == [str(shop.billing), str(shop.shipping)]
    shop.directory.update_agent(shop.admin, shop.maja, team_ids=[], home_team_id=None)
    agent = agent_row(shop, shop.maja)
    assert agent.team_id is None and agent.team_ids == []


def test_an_agent_keeps_at_least_one_tier(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="works at least one tier"):
        shop.directory.update_agent(shop.admin, shop.maja, tiers=[])
    with pytest.raises(ValidationError, match="works at least one tier"):
        shop.directory.create_agent("Eve", "eve@shop.test", tiers=(), actor_id=shop.admin)
    with pytest.raises(ValidationError, match="tiers 1, 2 and 3"):
        shop.directory.update_agent(shop.admin, shop.maja, tiers=[1, 4])
    assert agent_row(shop, shop.maja).tiers == [1]


def test_email_addresses_are_unique_and_real(shop: Shop) -> None:
    with pytest.raises(ValidationError, match=r"address pia@shop.test already exists \(Pia Boss\)"):
        shop.directory.update_agent(shop.admin, shop.maja, email="PIA@shop.test")
    with pytest.raises(ValidationError, match="already exists"):
        shop.directory.create_agent("Pia Two", "pia@shop.test", actor_id=shop.admin)
    with pytest.raises(ValidationError, match="is not an email address"):
        shop.directory.update_agent(shop.admin, shop.maja, email="maja at shop")
    with pytest.raises(ValidationError, match="needs an email address"):
        shop.directory.update_agent(shop.admin, shop.maja, email="  ")
    with pytest.raises(ValidationError, match="needs a name"):
        shop.directory.update_agent(shop.admin, shop.maja, name=" ")
    shop.directory.update_agent(shop.admin, shop.maja, email="MAJA@shop.test")  # her own address
    assert agent_row(shop, shop.maja).email == "maja@shop.test"


def test_unknown_team_role_language_and_agent(shop: Shop) -> None:
    with pytest.raises(NotFoundError, match="team does not exist"):
        shop.directory.update_agent(shop.admin, shop.maja, team_ids=[uuid.uuid4()])
    with pytest.raises(ValidationError, match="Role must be one of"):
        shop.directory.update_agent(shop.admin, shop.maja, role="boss")
    with pytest.raises(ValidationError, match="Language must be one of"):
        shop.directory.update_agent(shop.admin, shop.maja, language="fr")
    with pytest.raises(NotFoundError, match="agent does not exist"):
        shop.directory.update_agent(shop.admin, uuid.uuid4(), tiers=[1])


def test_only_an_admin_gives_or_takes_the_admin_role(shop: Shop) -> None:
    for change in (
        lambda: shop.directory.update_agent(shop.boss, shop.maja, role="admin"),
        lambda: shop.directory.create_agent("Eve", "eve@shop.test", role="admin", actor_id=shop.boss),
        lambda: shop.directory.deactivate_agent(shop.boss, shop.admin),
    ):
        with pytest.raises(PermissionDenied, match="Only an admin"):
            change()
    shop.directory.update_agent(shop.admin, shop.maja, role="admin")
    assert agent_row(shop, shop.maja).role == "admin"


def test_the_last_admin_stays(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="Anders Admin is the last active admin"):
        shop.directory.update_agent(shop.admin, shop.admin, role="supervisor")
    second = shop.directory.create_agent("Zoe Admin", "zoe@shop.test", role="admin", actor_id=shop.admin)
    with pytest.raises(ValidationError, match="You cannot deactivate yourself"):
        shop.directory.deactivate_agent(shop.admin, shop.admin)
    shop.directory.deactivate_agent(shop.admin, second)
    with pytest.raises(PermissionDenied, match="Zoe Admin is deactivated: only active admins"):
        shop.directory.deactivate_agent(second, shop.admin)
    with pytest.raises(ValidationError, match="last active admin; make someone else an admin"):
        shop.directory.deactivate_agent(SETUP, shop.admin)  # the importer is held to it as well
    shop.directory.reactivate_agent(shop.admin, second)
    shop.directory.update_agent(second, shop.admin, role="supervisor")
    assert agent_row(shop, shop.admin).role == "supervisor"
    with pytest.raises(ValidationError, match="Zoe Admin is the last active admin"):
        shop.directory.update_agent(second, second, role="agent")
    with pytest.raises(PermissionDenied, match="Only an admin adds, changes or deactivates agents"):
        shop.directory.deactivate_agent(shop.admin, second)


def test_deactivate_and_return_conversations_to_the_queue(shop: Shop, clock: FixedClock) -> None:
    kept = open_conversation(shop, assignee=shop.maja)
    returned = open_conversation(shop, assignee=shop.maja)
    solved = open_conversation(shop, assignee=shop.maja)
    InboxService(shop.store, clock, actor_id=shop.maja).set_status(solved, "solved")
    assert shop.directory.open_conversation_count(shop.maja) == 2
    assert shop.directory.agent(shop.maja).open_conversations == 2

    clock.advance(minutes=10)
    assert shop.directory.deactivate_agent(shop.admin, shop.maja, return_to_queue=True) == 2
    agent = agent_row(shop, shop.maja)
    assert not agent.active and agent.updated_at == clock.now()
    assert shop.maja not in {a.id for a in shop.directory.active_agents()}
    assert shop.directory.agents(include_inactive=False) == [
        a for a in shop.directory.agents() if a.id != shop.maja
    ]
    with shop.store.read() as session:
        assignees = {c.id: c.assignee_id for c in session.scalars(select(Conversation))}
        events = session.scalars(
            select(ConversationEvent).where(
                ConversationEvent.kind == "assignment", ConversationEvent.created_at == clock.now()
            )
        ).all()
    assert assignees[kept] is None and assignees[returned] is None and assignees[solved] == shop.maja
    assert sorted(e.conversation_id for e in events) == sorted([kept, returned])
    assert {e.actor_agent_id for e in events} == {shop.admin}
    assert all(e.data == {"from": str(shop.maja), "to": None} for e in events)
    assert shop.directory.deactivate_agent(shop.admin, shop.maja) == 0  # already deactivated

    shop.directory.reactivate_agent(shop.admin, shop.maja)
    assert agent_row(shop, shop.maja).active


def test_deactivate_keeping_conversations_assigned(shop: Shop) -> None:
    cid = open_conversation(shop, assignee=shop.maja)
    assert shop.directory.deactivate_agent(shop.admin, shop.maja) == 0
    with shop.store.read() as session:
        conv = session.get(Conversation, cid)
        assert conv is not None and conv.assignee_id == shop.maja
    assert shop.directory.agent(shop.maja).open_conversations == 1


def test_agents_list_the_teams_and_open_conversations(shop: Shop) -> None:
    open_conversation(shop, assignee=shop.maja)
    rows = {row.name: row for row in shop.directory.agents()}
    assert list(rows) == ["Anders Admin", "Maja Jensen", "Pia Boss"]
    maja = rows["Maja Jensen"]
    assert (maja.role, maja.tiers, maja.team_ids, maja.home_team_id, maja.open_conversations) == (
        "agent",
        (1,),
        (shop.billing,),
        shop.billing,
        1,
    )


# -- teams -----------------------------------------------------------------------------------


def test_rename_and_describe_a_team(shop: Shop) -> None:
    shop.directory.update_team(shop.boss, shop.billing, name="  Payments ", description=" Cards, invoices ")
    team = {t.id: t for t in shop.directory.teams()}[shop.billing]
    assert (team.name, team.description) == ("Payments", "Cards, invoices")
    with pytest.raises(ValidationError, match="A team called 'Shipping' already exists"):
        shop.directory.update_team(shop.boss, shop.billing, name="shipping")
    with pytest.raises(ValidationError, match="A team needs a name"):
        shop.directory.update_team(shop.boss, shop.billing, name=" ")
    shop.directory.update_team(shop.boss, shop.billing, name="payments")  # its own name, other case
    assert {t.id: t.name for t in shop.directory.teams()}[shop.billing] == "payments"


def test_a_team_in_use_cannot_be_deleted(shop: Shop) -> None:
    with pytest.raises(ValidationError) as refused:
        shop.directory.delete_team(shop.boss, shop.billing)
    assert str(refused.value) == (
        "Billing cannot be deleted: 2 agents still work in it (Maja Jensen, Pia Boss). "
        "First take them out of the team."
    )
    cid = open_conversation(shop, team=shop.shipping)
    with pytest.raises(ValidationError) as refused:
        shop.directory.delete_team(shop.boss, shop.shipping)
    assert str(refused.value) == (
        "Shipping cannot be deleted: 1 open conversation is routed to it. "
        "First transfer the conversations to another team."
    )
    shop.directory.update_agent(shop.admin, shop.maja, team_ids=[shop.shipping])
    with pytest.raises(ValidationError) as refused:
        shop.directory.delete_team(shop.boss, shop.shipping)
    assert "Maja Jensen still works in it and 1 open conversation is routed to it" in str(refused.value)
    InboxService(shop.store, shop.clock, actor_id=shop.boss).set_status(cid, "solved")
    shop.directory.update_agent(shop.admin, shop.maja, team_ids=[shop.billing])
    shop.directory.delete_team(shop.boss, shop.shipping)
    assert [t.name for t in shop.directory.teams()] == ["Billing"]
    with shop.store.read() as session:
        team = session.get(Team, shop.shipping)
        assert team is not None and team.deleted_at == shop.clock.now()  # a tombstone: history keeps it


def test_deleting_a_team_takes_deactivated_agents_out_of_it(shop: Shop) -> None:
    shop.directory.update_agent(shop.admin, shop.maja, team_ids=[shop.shipping], home_team_id=shop.shipping)
    shop.directory.deactivate_agent(shop.admin, shop.maja)
    shop.directory.delete_team(shop.boss, shop.shipping)
    agent = agent_row(shop, shop.maja)
    assert agent.team_id is None and agent.team_ids == []


def test_a_deleted_team_comes_back_by_name(shop: Shop) -> None:
    shop.directory.delete_team(shop.boss, shop.shipping)
    with pytest.raises(NotFoundError):
        shop.directory.update_team(shop.boss, shop.shipping, description="gone")
    with pytest.raises(ValidationError, match="A deleted team is called 'Shipping'"):
        shop.directory.update_team(shop.boss, shop.billing, name="Shipping")
    again = shop.directory.create_team("shipping", "Parcels", actor_id=shop.boss)
    assert again == shop.shipping
    assert {t.id: (t.name, t.description) for t in shop.directory.teams()}[again] == ("shipping", "Parcels")


def test_teams_count_agents_and_open_conversations(shop: Shop) -> None:
    open_conversation(shop, team=shop.billing)
    open_conversation(shop, team=shop.billing)
    shop.directory.deactivate_agent(shop.admin, shop.maja)
    rows = {t.name: t for t in shop.directory.teams()}
    assert (rows["Billing"].agents, rows["Billing"].open_conversations) == (1, 2)
    assert (rows["Shipping"].agents, rows["Shipping"].open_conversations) == (0, 0)
    assert rows["Billing"].description == "Payments and refunds"


# -- tier names ------------------------------------------------------------------------------


def test_tier_names_default_and_change(shop: Shop) -> None:
    assert shop.directory.tier_names() == ("1st level", "2nd level", "3rd level")
    saved = shop.directory.set_tier_names(shop.boss, [" Front   desk ", "Experts", "Engineering"])
    assert saved == ("Front desk", "Experts", "Engineering")
    assert shop.directory.tier_names() == saved
    shop.directory.set_tier_names(shop.admin, list(DEFAULT_TIER_NAMES))
    with shop.store.read() as session:
        assert session.get(Setting, "tier_names") is None  # defaults are not stored: translations apply
    assert shop.directory.tier_names() == DEFAULT_TIER_NAMES


def test_tier_names_must_be_given_and_distinct(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="Tier 2 needs a name"):
        shop.directory.set_tier_names(shop.boss, ["Front desk", " ", "Engineering"])
    with pytest.raises(ValidationError, match="two tiers have the same name"):
        shop.directory.set_tier_names(shop.boss, ["Experts", "experts", "Engineering"])
    with pytest.raises(ValidationError, match="too long"):
        shop.directory.set_tier_names(shop.boss, ["x" * 41, "Experts", "Engineering"])
    with pytest.raises(ValidationError, match="each of the three tiers"):
        shop.directory.set_tier_names(shop.boss, ["Front desk", "Experts"])
    assert shop.directory.tier_names() == DEFAULT_TIER_NAMES
