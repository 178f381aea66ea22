# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo workspace's knowledge base: at least 30 articles, each in English, German and Danish,
public and internal, some used a lot and some stale; the help centre publishes from it."""

from __future__ import annotations

from pathlib import Path

from agentdesk.clock import FixedClock
from agentdesk.demo.build import build_demo
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.kb.articles import KnowledgeBase
from agentdesk.kb.help_centre import read_settings
from agentdesk.kb.publish import publish
from agentdesk.store.database import Store, integrity_problems


def test_the_demo_has_a_knowledge_base_in_three_languages(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    build_demo(store, 40, anchor=clock.now())
    kb = KnowledgeBase(store, clock)
    articles = kb.list_articles()
    assert len(articles) >= 30
    assert all(a.languages == ("en", "de", "da") for a in articles)
    assert {a.visibility for a in articles} == {"internal", "public"}
    assert all(a.author_name for a in articles)
    assert kb.most_used(1)[0].title("en") == "Where is my parcel?"
    assert 5 <= len(kb.stale()) < len(articles)
    assert [h.title for h in kb.search("paket", "de")][0] == "Wo bleibt mein Paket?"
    assert [h.title for h in kb.search("pakke", "da")][0] == "Hvor er min pakke?"
    result = publish(kb, tmp_path / "site", read_settings(WorkspaceSettings(store)))
    public = sum(a.public for a in articles)
    assert (result.articles, result.pages) == (public, public * 3)
    assert integrity_problems(store) == []
