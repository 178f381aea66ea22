# SPDX-License-Identifier: GPL-3.0-or-later
"""Routing rules and automatic assignment: a German invoice mail lands in Billing at tier 1 with the
least-loaded available Billing agent; away agents get nothing; rules that undo each other stop after
one pass; every change a rule makes is an event with the rule's name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied, ValidationError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.service import InboxService
from agentdesk.macros.actions import Actions
from agentdesk.macros.assign import AvailabilityService, choose_agent
from agentdesk.mail.fetch import MailIntake
from agentdesk.mail.parse import parse_mail
from agentdesk.routing.engine import RoutingService, RuleDraft
from agentdesk.routing.language import guess_language
from agentdesk.routing.rules import Conditions, Facts, matches
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation, ConversationEvent
from tests.conftest import within_cpu_seconds


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    inbox: InboxService
    rules: RoutingService
    availability: AvailabilityService
    billing: uuid.UUID
    shipping: uuid.UUID
    anna: uuid.UUID  # Billing, tier 1
    ben: uuid.UUID  # Billing, tier 1
    carla: uuid.UUID  # Billing, tiers 1 and 2
    dirk: uuid.UUID  # Shipping, tier 1


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    shipping = directory.create_team("Shipping")
    anna = directory.create_agent("Anna Keller", "anna@shop.test", tiers=[1], team_id=billing)
    ben = directory.create_agent("Ben Vogel", "ben@shop.test", tiers=[1], team_id=billing)
    carla = directory.create_agent("Carla Lund", "carla@shop.test", tiers=[1, 2], team_id=billing)
    dirk = directory.create_agent("Dirk Sand", "dirk@shop.test", tiers=[1], team_id=shipping)
    availability = AvailabilityService(store, clock)
    for agent in (anna, ben, carla, dirk):
        availability.set_status(agent, "available")
    return Desk(
        store,
        clock,
        InboxService(store, clock),
        RoutingService(store, clock),
        availability,
        billing,
        shipping,
        anna,
        ben,
        carla,
        dirk,
    )


def billing_rule(desk: Desk, strategy: str = "least_loaded") -> None:
    desk.rules.create(
        RuleDraft(
            "German invoices to Billing",
            Conditions.from_json({"languages": ["de"], "words": ["rechnung*", "invoice"]}),
            Actions.from_json({"team": str(desk.billing), "tier": 1, "assignee": strategy}),
            ("arrival",),
        )
    )


def give(desk: Desk, agent: uuid.UUID, count: int) -> None:
    """``count`` open conversations already on ``agent``'s desk."""
    customer = desk.inbox.create_customer("Someone Else", language="en")
    for n in range(count):
        ref = desk.inbox.create_conversation(customer, "chat", f"Old question {n}", "Hi")
        desk.inbox.assign(ref.id, agent)


def german_invoice_mail(sender: str = "hannah@example.de") -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Hannah Müller <{sender}>"
    mail["To"] = "support@shop.test"
    mail["Subject"] = "Frage zu meiner Rechnung"
    mail["Message-ID"] = f"<{uuid.uuid4()}@example.de>"
    mail.set_content(
        "Guten Tag,\n\nich habe eine Frage zu der Rechnung Nr. 4711: der Betrag ist doppelt abgebucht "
        "worden. Bitte prüfen Sie das.\n\nMit freundlichen Grüßen\nHannah Müller"
    )
    return mail.as_bytes()


def conversation(store: Store, conversation_id: uuid.UUID) -> Conversation:
    with store.read() as session:
        conv = session.get(Conversation, conversation_id)
        assert conv is not None
        session.expunge(conv)
        return conv


def events(store: Store, conversation_id: uuid.UUID) -> list[ConversationEvent]:
    with store.read() as session:
        rows = list(
            session.execute(
                select(ConversationEvent)
                .where(ConversationEvent.conversation_id == conversation_id)
                .order_by(ConversationEvent.created_at, ConversationEvent.id)
            ).scalars()
        )
        for row in rows:
            session.expunge(row)
        return rows


def test_german_invoice_mail_lands_in_billing_with_the_least_loaded_available_agent(desk: Desk) -> None:
    billing_rule(desk)
    give(desk, desk.anna, 3)
    give(desk, desk.ben, 1)
    give(desk, desk.carla, 2)
    give(desk, desk.dirk, 0)  # Shipping: never chosen for Billing
    delivered = MailIntake(desk.store, desk.clock).deliver(parse_mail(german_invoice_mail()))
    conv = conversation(desk.store, delivered.conversation_id)
    assert conv.language == "de"  # guessed from the first mail of a customer never seen
    assert (conv.team_id, conv.tier, conv.assignee_id) == (desk.billing, 1, desk.ben)
    logged = [e for e in events(desk.store, conv.id) if e.data.get("rule")]
    assert {e.kind for e in logged} == {"transfer", "assignment"}
    assert all(
        e.data["rule"] == "German invoices to Billing" and e.data["trigger"] == "arrival" for e in logged
    )
    assignment = next(e for e in logged if e.kind == "assignment")
    assert assignment.data["to"] == str(desk.ben) and assignment.data["strategy"] == "least_loaded"
    assert assignment.actor_agent_id is None


def test_an_away_agent_gets_nothing(desk: Desk) -> None:
    billing_rule(desk)
    give(desk, desk.anna, 2)
    give(desk, desk.carla, 2)
    desk.availability.set_status(desk.ben, "away")  # the least loaded, but away
    customer = desk.inbox.create_customer("Jonas Weber", email="jonas@example.de", language="de")
    first = desk.inbox.create_conversation(customer, "email", "Rechnung falsch", "Die Rechnung stimmt nicht.")
    assert conversation(desk.store, first.id).assignee_id == desk.anna  # 2 and 2: Anna's name first
    for agent in (desk.anna, desk.carla):
        desk.availability.set_status(agent, "busy")
    second = desk.inbox.create_conversation(customer, "email", "Noch eine Rechnung", "Bitte prüfen.")
    conv = conversation(desk.store, second.id)
    assert conv.team_id == desk.billing and conv.assignee_id is None  # in the team's queue
    with desk.store.read() as session:
        assert choose_agent(session, desk.billing, 1, "least_loaded") is None


def test_an_agent_who_never_said_available_counts_as_away(
    desk: Desk, store: Store, clock: FixedClock
) -> None:
    newcomer = DirectoryService(store, clock).create_agent("Nina Neu", "nina@shop.test", team_id=desk.billing)
    assert desk.availability.status_of(newcomer).status == "away"
    for agent in (desk.anna, desk.ben, desk.carla):
        desk.availability.set_status(agent, "away")
    with store.read() as session:
        assert choose_agent(session, desk.billing, 1, "least_loaded") is None


def test_only_agents_who_work_the_tier_are_chosen(desk: Desk) -> None:
    with desk.store.read() as session:
        assert choose_agent(session, desk.billing, 2, "least_loaded") == desk.carla
        assert choose_agent(session, desk.billing, 3, "least_loaded") is None


def test_round_robin_takes_turns(desk: Desk) -> None:
    billing_rule(desk, "round_robin")
    customer = desk.inbox.create_customer("Jonas Weber", language="de")
    got = []
    for n in range(6):
        desk.clock.advance(minutes=1)
        ref = desk.inbox.create_conversation(customer, "email", f"Rechnung {n}", "Bitte prüfen.")
        got.append(conversation(desk.store, ref.id).assignee_id)
    assert got == [desk.anna, desk.ben, desk.carla] * 2


def test_rules_that_undo_each_other_stop_after_one_pass(desk: Desk) -> None:
    desk.rules.create(
        RuleDraft(
            "Billing to Shipping",
            Conditions.from_json({"tags": ["ping"]}),
            Actions.from_json({"team": str(desk.shipping), "add_tags": ["pong"], "remove_tags": ["ping"]}),
            ("arrival", "customer_message"),
        )
    )
    desk.rules.create(
        RuleDraft(
            "Shipping back to Billing",
            Conditions.from_json({"tags": ["pong"]}),
            Actions.from_json({"team": str(desk.billing), "add_tags": ["ping"], "remove_tags": ["pong"]}),
            ("arrival", "customer_message"),
        )
    )
    customer = desk.inbox.create_customer("Loop Tester")
    ref = desk.inbox.create_conversation(customer, "chat", "Ping", "Hello", tags=["ping"])
    conv = conversation(desk.store, ref.id)
    assert conv.team_id == desk.billing and conv.tags == ["ping"]
    by_rule = [e.data["rule"] for e in events(desk.store, ref.id) if e.data.get("rule")]
    # One pass: each rule fired once (a transfer and a tag change each), nothing more.
    assert by_rule == ["Billing to Shipping"] * 2 + ["Shipping back to Billing"] * 2
    desk.clock.advance(minutes=5)
    desk.inbox.add_inbound_message(ref.id, "Still there?")
    again = [e for e in events(desk.store, ref.id) if e.data.get("trigger") == "customer_message"]
    assert len(again) == 4  # the customer's message is a new trigger: one pass again, no more


def test_rule_conditions_on_channel_mailbox_plan_company_and_priority(desk: Desk) -> None:
    mailbox = str(uuid.uuid4())
    conditions = Conditions.from_json(
        {
            "channels": ["email"],
            "mailboxes": [mailbox],
            "plans": ["premium"],
            "companies": ["Nordlicht GmbH"],
            "priorities": ["high", "urgent"],
            "words": ["refund"],
            "words_in": "subject",
        }
    )
    facts = Facts(
        "email", mailbox, "de", "premium", " nordlicht gmbh", "Refund please", "", frozenset(), "high"
    )
    assert matches(conditions, facts)
    for change in (
        {"channel": "chat"},
        {"mailbox": None},
        {"plan": "basic"},
        {"company": "Other AG"},
        {"priority": "normal"},
        {"subject": "Hello", "message": "refund"},
    ):
        assert not matches(conditions, Facts(**{**facts.__dict__, **change}))


def test_words_match_whole_words_without_case_or_accents(desk: Desk) -> None:
    conditions = Conditions.from_json({"words": ["muller", "rechnung*"]})

    def hit(text: str) -> bool:
        return matches(conditions, Facts("email", None, "de", "", "", text, "", frozenset(), "normal"))

    assert hit("Frau MÜLLER schreibt") and hit("Rechnungsnummer 5") and hit("RECHNUNG")
    assert not hit("Mullerstraße") and not hit("Abrechnung")


def test_only_supervisors_change_rules(desk: Desk, store: Store, clock: FixedClock) -> None:
    draft = RuleDraft("Anything", Conditions(), Actions(priority="high"))
    with pytest.raises(PermissionDenied):
        RoutingService(store, clock, actor_id=desk.anna).create(draft)
    boss = DirectoryService(store, clock).create_agent("Pia Boss", "pia@shop.test", role="supervisor")
    rule = RoutingService(store, clock, actor_id=boss).create(draft)
    assert [r.name for r in RoutingService(store, clock, actor_id=desk.anna).list_rules()] == [rule.name]


def test_rules_refuse_what_needs_an_agent_at_the_keyboard(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        desk.rules.create(RuleDraft("Me", Conditions(), Actions(assignee="me")))
    with pytest.raises(ValidationError):
        desk.rules.create(RuleDraft("Reply", Conditions(), Actions(reply_id=uuid.uuid4())))
    with pytest.raises(ValidationError):
        desk.rules.create(RuleDraft("Nothing", Conditions(), Actions()))
    with pytest.raises(ValidationError):
        desk.rules.create(RuleDraft("Gone team", Conditions(), Actions(team_id=uuid.uuid4())))


def test_rule_order_can_be_changed(desk: Desk) -> None:
    first = desk.rules.create(
        RuleDraft("Urgent words", Conditions.from_json({"words": ["urgent"]}), Actions(priority="urgent"))
    )
    desk.rules.create(RuleDraft("Everything low", Conditions(), Actions(priority="low")))
    customer = desk.inbox.create_customer("Order Tester")
    ref = desk.inbox.create_conversation(customer, "chat", "urgent", "urgent please")
    assert conversation(desk.store, ref.id).priority == "low"  # the later rule has the last word
    desk.rules.move(first.id, +1)
    assert [r.name for r in desk.rules.list_rules()] == ["Everything low", "Urgent words"]
    ref = desk.inbox.create_conversation(customer, "chat", "urgent again", "urgent please")
    assert conversation(desk.store, ref.id).priority == "urgent"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Guten Tag, wo bleibt meine Bestellung? Ich habe sie vor einer Woche bezahlt.", "de"),
        ("Hej, jeg har ikke fået min ordre endnu. Venlig hilsen Ole", "da"),
        ("Hello, I have not received my order yet. Thanks", "en"),
        ("4711", None),
    ],
)
def test_language_guess(text: str, language: str | None) -> None:
    assert guess_language(text) == language


scalars = st.none() | st.booleans() | st.integers(-3, 5) | st.text(max_size=12)
json_values = (
    scalars
    | st.lists(
        scalars | st.sampled_from(["email", "de", "premium", "high", "rechnung*", "x y", "billing"]),
        max_size=4,
    )
    | st.dictionaries(st.text(max_size=5), scalars, max_size=2)
)
condition_like = st.dictionaries(
    st.sampled_from(
        [
            "channels",
            "mailboxes",
            "languages",
            "plans",
            "companies",
            "words",
            "words_in",
            "tags",
            "priorities",
            "x",
        ]
    ),
    json_values,
    max_size=5,
)


@settings(max_examples=2000, deadline=None)
@given(data=condition_like | json_values, text=st.text(max_size=80))
def test_any_conditions_json_is_read_or_refused_plainly(data: object, text: str) -> None:
    with within_cpu_seconds():
        try:
            conditions = Conditions.from_json(data)
        except ValidationError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
        assert Conditions.from_json(conditions.to_json()) == conditions
        matches(conditions, Facts("email", None, "en", "basic", "", text, text, frozenset(), "normal"))
        guess_language(text)


def test_a_customer_who_writes_again_stays_with_the_agent_who_can_take_it(desk: Desk) -> None:
    desk.rules.create(
        RuleDraft(
            "Billing words, every message",
            Conditions.from_json({"words": ["rechnung*"]}),
            Actions.from_json({"team": str(desk.billing), "assignee": "least_loaded"}),
            ("arrival", "customer_message"),
        )
    )
    customer = desk.inbox.create_customer("Jonas Weber", language="de")
    ref = desk.inbox.create_conversation(customer, "email", "Rechnung", "Die Rechnung stimmt nicht.")
    first = conversation(desk.store, ref.id).assignee_id
    assert first == desk.anna
    give(desk, desk.ben, 0)
    give(desk, desk.anna, 3)  # Anna is now the busiest, but keeps her customer
    desk.inbox.add_inbound_message(ref.id, "Noch eine Frage zur Rechnung.")
    assert conversation(desk.store, ref.id).assignee_id == desk.anna
    desk.availability.set_status(desk.anna, "away")  # away: the next message goes to someone available
    desk.inbox.add_inbound_message(ref.id, "Hallo? Die Rechnung!")
    assert conversation(desk.store, ref.id).assignee_id in (desk.ben, desk.carla)
