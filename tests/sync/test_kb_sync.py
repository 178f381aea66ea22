# SPDX-License-Identifier: GPL-3.0-or-later
"""Knowledge-base articles between desktops: an article written on one desktop is found by the
other's search, its edits and deletion follow, and each agent's use of it adds up."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.kb.articles import ArticleDraft, KnowledgeBase, Variant
from agentdesk.store.database import Store, integrity_problems
from agentdesk.store.models import Agent
from agentdesk.sync.connection import Credentials, connect
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

MAJA = Credentials("kb_maja", "maja-pw")
OLE = Credentials("kb_ole", "ole-pw")


@pytest.fixture
def pair(server_url: str, desktop: Callable[[str], Store]) -> tuple[Store, Store]:
    add_agent(server_url, MAJA.user, MAJA.password, name="Maja", email="maja@example.com", tiers=[1])
    add_agent(server_url, OLE.user, OLE.password, name="Ole", email="ole@example.com", tiers=[1])
    return desktop("a"), desktop("b")


def settle(a: Store, b: Store, url: str) -> None:
    for store, who in ((a, MAJA), (b, OLE), (a, MAJA)):
        summary = sync_once(store, url, who)
        assert summary.ok, summary.error


def agent_id(store: Store, email: str) -> uuid.UUID:
    with store.read() as session:
        return session.scalars(select(Agent.id).where(Agent.email == email)).one()


def test_an_article_travels_with_its_edits_uses_and_deletion(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    settle(a, b, server_url)
    kb_a = KnowledgeBase(a, clock, agent_id(a, "maja@example.com"))
    kb_b = KnowledgeBase(b, clock, agent_id(b, "ole@example.com"))
    article = kb_a.create(
        ArticleDraft(
            {"de": Variant("Wo ist mein Paket?", "Die Sendungsnummer steht in der Versandmail.")},
            tags=("versand",),
            visibility="public",
        )
    )
    settle(a, b, server_url)

    found = kb_b.search("paket", "de")
    assert [h.article_id for h in found] == [article.id]  # the pulled rows reached b's search index
    assert kb_b.get(article.id).author_name == "Maja"

    kb_b.update(
        article.id,
        ArticleDraft(
            {
                "de": Variant("Wo ist mein Paket?", "Die Sendungsnummer steht in der Versandmail."),
                "da": Variant("Hvor er min pakke?", "Sporingsnummeret står i forsendelsesmailen."),
            },
            tags=("versand", "pakke"),
            visibility="public",
        ),
    )
    kb_a.record_use(article.id)
    kb_b.record_use(article.id)
    kb_b.record_use(article.id)
    settle(a, b, server_url)
    for kb in (kb_a, kb_b):
        row = kb.get(article.id)
        assert row.languages == ("de", "da") and row.tags == ("versand", "pakke")
        assert row.uses == 3
        assert [h.title for h in kb.search("sporingsnummer", "da")] == ["Hvor er min pakke?"]

    with connect(server_url, OLE) as conn:  # every login reads the articles on the server
        rows = conn.execute(
            "SELECT count(*) AS n FROM kb_article_variant WHERE deleted_at IS NULL"
        ).fetchone()
    assert rows is not None and rows["n"] == 2

    kb_a.delete(article.id)
    settle(a, b, server_url)
    assert kb_b.list_articles() == [] and kb_b.search("paket", "de") == []
    assert integrity_problems(a) == [] and integrity_problems(b) == []


def test_a_new_desktop_copies_the_articles_with_its_first_sync_and_finds_them(
    pair: tuple[Store, Store], server_url: str, clock: FixedClock
) -> None:
    a, b = pair
    assert sync_once(a, server_url, MAJA).ok
    kb_a = KnowledgeBase(a, clock, agent_id(a, "maja@example.com"))
    article = kb_a.create(
        ArticleDraft({"da": Variant("Hvor er min pakke?", "Sporingsnummeret står i forsendelsesmailen.")})
    )
    kb_a.record_use(article.id)
    assert sync_once(a, server_url, MAJA).ok
    first = sync_once(b, server_url, OLE)  # b's first sync: the bulk copy, search index rebuilt once
    assert first.ok, first.error
    kb_b = KnowledgeBase(b, clock)
    assert [h.article_id for h in kb_b.search("sporingsnummer", "da")] == [article.id]
    assert kb_b.get(article.id).uses == 1
    assert integrity_problems(b) == []
