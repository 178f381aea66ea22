# SPDX-License-Identifier: GPL-3.0-or-later
"""Knowledge-base articles: written in several languages, found by the search engine (accents
optional, every word, titles first), counted when used, stale when not reviewed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.kb.articles import ArticleDraft, KnowledgeBase, Variant, months_before, parse_tags
from agentdesk.store.database import Store, integrity_problems

from ..conftest import within_cpu_seconds


def parcel_draft() -> ArticleDraft:
    return ArticleDraft(
        variants={
            "de": Variant(
                "Wo ist mein Paket?", "Die **Sendungsnummer** steht in der Versandmail von Herrn Müller."
            ),
            "en": Variant("Where is my parcel?", "The tracking number is in the shipping email."),
        },
        tags=("Versand", " shipping ", "versand"),
        visibility="public",
    )


def test_an_article_is_written_in_two_languages_and_found_in_each(store: Store, clock: FixedClock) -> None:
    kb = KnowledgeBase(store, clock)
    article = kb.create(parcel_draft())
    assert article.languages == ("en", "de")
    assert article.tags == ("versand", "shipping")
    assert article.public and article.reviewed_at == clock.now()

    german = kb.search("paket", "de")
    assert [(h.article_id, h.title) for h in german] == [(article.id, "Wo ist mein Paket?")]
    assert german[0].public
    assert kb.search("paket", "en") == []  # the English text has no such word
    assert [h.title for h in kb.search("parcel", "en")] == ["Where is my parcel?"]
    # accents optional, word starts, tags, every word must match
    assert [h.article_id for h in kb.search("muller sendung", "de")] == [article.id]
    assert [h.article_id for h in kb.search("shipping", "de")] == [article.id]
    assert kb.search("paket zahlung", "de") == []
    assert integrity_problems(store) == []


def test_titles_rank_above_bodies_and_an_empty_query_lists_the_most_used(
    store: Store, clock: FixedClock
) -> None:
    kb = KnowledgeBase(store, clock)
    in_body = kb.create(ArticleDraft({"en": Variant("Returns", "Send the refund form with the parcel.")}))
    in_title = kb.create(ArticleDraft({"en": Variant("Refund times", "Money is back in five days.")}))
    assert [h.article_id for h in kb.search("refund", "en")] == [in_title.id, in_body.id]
    kb.record_use(in_body.id)
    kb.record_use(in_body.id)
    assert [h.article_id for h in kb.search("", "en")] == [in_body.id, in_title.id]
    assert kb.search("", "en")[0].uses == 2


def test_query_syntax_cannot_reach_the_search_engine(store: Store, clock: FixedClock) -> None:
    kb = KnowledgeBase(store, clock)
    kb.create(parcel_draft())
    for query in ('"', "NEAR(", "a OR", "*", "-", "title:x", "^paket", "(((", "\x00"):
        kb.search(query, "de")  # never raises


def test_edit_removes_a_language_and_delete_hides_the_article(store: Store, clock: FixedClock) -> None:
    kb = KnowledgeBase(store, clock)
    article = kb.create(parcel_draft())
    clock.advance(days=3)
    edited = kb.update(article.id, ArticleDraft({"de": Variant("Paketverfolgung", "Neu.")}, tags=("post",)))
    assert edited.languages == ("de",) and edited.reviewed_at == clock.now()
    assert kb.search("parcel", "en") == []
    assert [h.title for h in kb.search("paketverfolgung", "de")] == ["Paketverfolgung"]
    assert kb.search("sendungsnummer", "de") == []  # the old body left the index
    kb.delete(article.id)
    assert kb.search("paket", "de") == [] and kb.list_articles() == []
    with pytest.raises(NotFoundError):
        kb.get(article.id)
    assert integrity_problems(store) == []


def test_most_used_and_stale(store: Store, clock: FixedClock) -> None:
    kb = KnowledgeBase(store, clock)
    old = kb.create(ArticleDraft({"en": Variant("Old", "x")}))
    clock.advance(days=200)
    fresh = kb.create(ArticleDraft({"en": Variant("Fresh", "y")}))
    kb.record_use(fresh.id)
    assert [a.id for a in kb.stale(6)] == [old.id]
    assert [a.id for a in kb.most_used()] == [fresh.id]
    kb.mark_reviewed(old.id)
    assert kb.stale(6) == []


@pytest.mark.parametrize(
    "draft",
    [
        ArticleDraft({}),
        ArticleDraft({"en": Variant("", "body without title")}),
        ArticleDraft({"fr": Variant("Titre", "x")}),
        ArticleDraft({"en": Variant("x" * 201, "x")}),
        ArticleDraft({"en": Variant("T", "x")}, visibility="secret"),
        ArticleDraft({"en": Variant("T", "x")}, tags=tuple(f"t{n}" for n in range(21))),
    ],
)
def test_bad_drafts_are_refused_in_one_sentence(store: Store, clock: FixedClock, draft: ArticleDraft) -> None:
    with pytest.raises(ValidationError):
        KnowledgeBase(store, clock).create(draft)


def test_helpers() -> None:
    assert parse_tags("A, b ,, a") == ("a", "b")
    assert months_before(dt.datetime(2026, 8, 31, tzinfo=dt.UTC), 6) == dt.datetime(
        2026, 2, 28, tzinfo=dt.UTC
    )
    assert months_before(dt.datetime(2026, 3, 15, tzinfo=dt.UTC), 6) == dt.datetime(
        2025, 9, 15, tzinfo=dt.UTC
    )


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60))
def test_any_search_text_is_answered(store: Store, clock: FixedClock, query: str) -> None:
    kb = KnowledgeBase(store, clock)
    if not kb.list_articles():
        kb.create(parcel_draft())
    with within_cpu_seconds():
        hits = kb.search(query, "de")
    assert all(h.language == "de" for h in hits)
