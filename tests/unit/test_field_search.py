# SPDX-License-Identifier: GPL-3.0-or-later
"""Search with fields, as Zendesk and Zammad users type it: field filters, words across fields,
accents, and a clear message (with where) for what cannot be read."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import SearchSyntaxError
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.query_language import Condition, Filters, parse_fields, to_text
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import sql_time
from tests.conftest import within_cpu_seconds


@dataclass
class Desk:
    search: SearchService
    ole: uuid.UUID
    mia: uuid.UUID
    billing: uuid.UUID
    now: dt.datetime


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    directory = DirectoryService(store, clock)
    billing = directory.create_team("Billing")
    technik = directory.create_team("Technik")
    ole = directory.create_agent("Ole Nielsen", "ole@shop.example", team_id=billing, tiers=(1, 2))
    mia = directory.create_agent("Mia Schäfer", "mia@shop.example", team_id=technik)
    inbox = InboxService(store, clock)
    hannah = inbox.create_customer("Hannah Müller", email="hannah@beispiel.de", language="de")
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    paket = inbox.create_conversation(hannah, "email", "Wo bleibt mein Paket?", "Seit zwei Wochen nichts.")
    clock.advance(days=2)
    refund = inbox.create_conversation(
        jens, "chat", "Refund for order 77", "Please refund the second payment.", tags=["refund", "vip"]
    )
    clock.advance(days=2)
    invoice = inbox.create_conversation(
        hannah, "email", "Rechnung doppelt", "Die Rechnung kam zweimal.", priority="high", tags=["refund"]
    )
    inbox.assign(refund.id, ole)
    inbox.assign(invoice.id, mia)
    inbox.set_status(refund.id, "pending")
    with contextlib.closing(store.raw()) as conn:
        conn.execute(
            "UPDATE conversation SET team_id = ? WHERE id IN (?, ?)",
            (billing.hex, refund.id.hex, invoice.id.hex),
        )
        conn.execute("UPDATE conversation SET tier = 2 WHERE id = ?", (invoice.id.hex,))
    del paket
    return Desk(SearchService(store), ole, mia, billing, clock.now())


def found(desk: Desk, query: str, me: uuid.UUID | None = None) -> list[str]:
    return sorted(h.subject for h in desk.search.search(query, agent_id=me, now=desk.now))


def test_words_match_across_fields_and_accents(desk: Desk) -> None:
    # The customer's name and a subject word: not in one field, still found.
    assert found(desk, "muller paket") == ["Wo bleibt mein Paket?"]
    assert found(desk, "MÜLLER Rechnung") == ["Rechnung doppelt"]
    assert found(desk, "hansen paket") == []
    hits = desk.search.search("muller paket")
    assert hits[0].matched == "fields"


def test_one_field_matches_come_before_cross_field_ones(desk: Desk) -> None:
    hits = desk.search.search("refund payment")  # both words in the first message
    assert [h.matched for h in hits] == ["message"]


def test_field_filters_narrow_words(desk: Desk) -> None:
    assert found(desk, "status:open refund") == []  # pending, not open: and it says nothing's wrong
    assert found(desk, "status:pending refund") == ["Refund for order 77"]
    assert found(desk, "status:open,pending refund") == ["Refund for order 77"]
    assert found(desk, "rechnung priority:high") == ["Rechnung doppelt"]
    assert found(desk, "muller -status:new") == []


def test_fields_alone_list_conversations(desk: Desk) -> None:
    assert found(desk, "tag:refund") == ["Rechnung doppelt", "Refund for order 77"]
    assert found(desk, "tag:refund tag:vip") == ["Refund for order 77"]
    assert found(desk, "-tag:refund") == ["Wo bleibt mein Paket?"]
    assert found(desk, "channel:chat") == ["Refund for order 77"]
    assert found(desk, "lang:de") == ["Rechnung doppelt", "Wo bleibt mein Paket?"]
    assert found(desk, "tier:2") == ["Rechnung doppelt"]
    assert found(desk, "team:billing") == ["Rechnung doppelt", "Refund for order 77"]
    assert found(desk, "team:none") == ["Wo bleibt mein Paket?"]
    assert found(desk, "assignee:none") == ["Wo bleibt mein Paket?"]
    assert found(desk, "assignee:ole") == ["Refund for order 77"]
    assert found(desk, 'assignee:"mia schafer"') == ["Rechnung doppelt"]
    assert found(desk, "assignee:me", me=desk.ole) == ["Refund for order 77"]
    assert found(desk, "assignee:me") == []  # nobody at this desk
    assert found(desk, "team:me", me=desk.ole) == ["Rechnung doppelt", "Refund for order 77"]
    hits = desk.search.search("tag:refund")
    assert [h.subject for h in hits] == ["Rechnung doppelt", "Refund for order 77"]  # newest first


def test_dates(desk: Desk) -> None:
    start = (desk.now - dt.timedelta(days=4)).date()
    assert found(desk, f"created:{start}") == ["Wo bleibt mein Paket?"]
    assert found(desk, f"created>{start}") == ["Rechnung doppelt", "Refund for order 77"]
    assert found(desk, f"created<={start}") == ["Wo bleibt mein Paket?"]
    assert found(desk, f"created>={start + dt.timedelta(days=4)}") == ["Rechnung doppelt"]
    assert found(desk, f"updated<{start}") == []


def test_sla_states(desk: Desk, store: Store) -> None:
    soon = desk.now + dt.timedelta(minutes=30)
    with contextlib.closing(store.raw()) as conn:
        policy = conn.execute("SELECT id FROM sla_policy LIMIT 1").fetchone()
        conn.execute(
            "UPDATE conversation SET due_at = ? WHERE subject LIKE 'Wo%'",
            (sql_time(desk.now - dt.timedelta(hours=1)),),
        )
        conn.execute("UPDATE conversation SET due_at = ? WHERE subject LIKE 'Rech%'", (sql_time(soon),))
        if policy is not None:
            conn.execute("UPDATE conversation SET sla_policy_id = ? WHERE subject LIKE 'Ref%'", (policy[0],))
    assert found(desk, "sla:breached") == ["Wo bleibt mein Paket?"]
    assert found(desk, "sla:soon") == ["Rechnung doppelt"]
    assert found(desk, "sla:breached,due_soon") == ["Rechnung doppelt", "Wo bleibt mein Paket?"]
    assert found(desk, "sla:paused") == (["Refund for order 77"] if policy is not None else [])


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("stat:open", "There is no field “stat” (at character 1)"),
        ("refund foo:bar", "There is no field “foo” (at character 8)"),
        ("status:opne", "“opne” is not a status (at character 8)"),
        ("tier:7", "“7” is not a tier"),
        ("created>yesterday", "“yesterday” is not a date like 2026-11-01 (at character 9)"),
        ("created>2026-02-30", "is not a date"),
        ("tag>refund", "tag takes “:” and a value, not “>”"),
        ("lang:deutsch!", "is not a language code"),
        ("team:nowhere", "No team is called “nowhere”."),
        ("assignee:zed", "No agent is called “zed”."),
    ],
)
def test_bad_fields_say_what_and_where(desk: Desk, query: str, words: str) -> None:
    with pytest.raises(SearchSyntaxError) as info:
        desk.search.search(query)
    assert words in info.value.message


def test_things_that_look_like_fields_but_are_words(desk: Desk) -> None:
    assert (
        parse_fields("Re: 10:30 http://x.example checkout:").words == "Re: 10:30 http://x.example checkout:"
    )
    assert not parse_fields('"status:open"').filters


def test_filters_print_as_a_query_and_read_back() -> None:
    query = (
        'status:open,pending -tag:spam tag:refund team:"first line" lang:de created>=2026-11-01 sla:breached'
    )
    parsed = parse_fields(query)
    assert parse_fields(to_text(parsed.filters)).filters == parsed.filters
    assert Filters.from_json(parsed.filters.to_json()) == parsed.filters
    assert parsed.filters.of("status") == (Condition("status", ("open", "pending")),)


_FIELDISH = st.sampled_from(
    [
        "status:",
        "tag:",
        "team:",
        "tier:",
        "lang:",
        "created>",
        "updated<=",
        "-",
        '"',
        ",",
        " ",
        "x:",
        "sla:",
        "me",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.one_of(_FIELDISH, st.text(max_size=12)), max_size=12).map("".join))
def test_any_text_gives_filters_or_a_clear_error(query: str) -> None:
    with within_cpu_seconds(1.0):
        try:
            parsed = parse_fields(query)
        except SearchSyntaxError as exc:
            assert exc.message and "\n" not in exc.message
            return
    assert parse_fields(to_text(parsed.filters)).filters == parsed.filters
