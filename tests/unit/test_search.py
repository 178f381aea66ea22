# SPDX-License-Identifier: GPL-3.0-or-later
"""Search as an agent types it: words, phrases, prefixes, exclusions, numbers, accents, mistakes."""

from __future__ import annotations

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import SearchSyntaxError
from agentdesk.inbox.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchService, parse_query
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store


@pytest.fixture
def search(store: Store, clock: FixedClock) -> SearchService:
    inbox = InboxService(store, clock)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    anna = inbox.create_customer(
        "Anna Müller", email="anna@beispiel.de", company="Bäckerei Müller", language="de"
    )
    inbox.create_conversation(jens, "email", "Payment failed at checkout", "My card was declined.")
    clock.advance(minutes=1)
    c2 = inbox.create_conversation(anna, "chat", "Lieferung fehlt noch", "Mein Paket ist nicht angekommen.")
    clock.advance(minutes=1)
    inbox.add_inbound_message(c2.id, "Ich möchte eine Rückerstattung für die Bestellung 4411.")
    clock.advance(minutes=1)
    inbox.create_conversation(jens, "phone", "Refund question", "Caller wants a refunding timeline.")
    return SearchService(store)


def subjects(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.subject for h in hits]


def test_words_match_subject_and_messages(search: SearchService) -> None:
    hits = search.search("payment")
    assert subjects(hits) == ["Payment failed at checkout"]
    assert hits[0].matched == "subject"
    hits = search.search("Rückerstattung")
    assert subjects(hits) == ["Lieferung fehlt noch"]
    assert hits[0].matched == "message"
    assert f"{HIGHLIGHT_START}Rückerstattung{HIGHLIGHT_END}" in hits[0].excerpt


def test_accents_are_optional(search: SearchService) -> None:
    assert subjects(search.search("ruckerstattung")) == ["Lieferung fehlt noch"]
    assert subjects(search.search("muller")) == ["Lieferung fehlt noch"]


def test_customer_name_finds_their_conversations(search: SearchService) -> None:
    hits = search.search("Hansen")
    assert sorted(subjects(hits)) == ["Payment failed at checkout", "Refund question"]
    assert {h.matched for h in hits} == {"customer"}


def test_prefix_phrase_and_exclusion(search: SearchService) -> None:
    assert sorted(subjects(search.search("refund*"))) == ["Refund question"]
    assert subjects(search.search('"card was declined"')) == ["Payment failed at checkout"]
    assert subjects(search.search('"declined card"')) == []
    assert subjects(search.search("jens -refund")) == ["Payment failed at checkout"]
    assert sorted(subjects(search.search("payment OR lieferung"))) == [
        "Lieferung fehlt noch",
        "Payment failed at checkout",
    ]


def test_number_lookup(search: SearchService) -> None:
    assert subjects(search.search("#2")) == ["Lieferung fehlt noch"]
    hits = search.search("4411")  # a bare number: the conversation number 4411 or the word
    assert subjects(hits) == ["Lieferung fehlt noch"]


def test_operators_typed_by_accident_are_just_words(search: SearchService) -> None:
    # FTS5 would treat these as syntax; the agent means the words.
    assert search.search("payment)") == search.search("payment")
    assert search.search("NEAR(payment") == []  # the phrase "near payment": no error
    assert subjects(search.search("checkout:")) == ["Payment failed at checkout"]
    assert search.search("AND NOT") == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"unclosed phrase', "quotation mark is not closed"),
        ("-refund", "not only what to leave out"),
        ("   ", "Type something"),
        ("OR payment", "OR needs a word before"),
        ("payment OR", "OR needs a word after"),
        ("!!! ???", "no words"),
    ],
)
def test_invalid_syntax_gets_a_clear_message(search: SearchService, query: str, message: str) -> None:
    with pytest.raises(SearchSyntaxError, match=message):
        search.search(query)


def test_parse_quotes_every_term() -> None:
    assert parse_query("payment failed").fts == '"payment" AND "failed"'
    assert parse_query("jens@example.dk").fts == '"jens example dk"'
    parsed = parse_query("a -b -c")
    assert (parsed.fts, parsed.exclude) == ('"a"', '"b" OR "c"')
