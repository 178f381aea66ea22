# SPDX-License-Identifier: GPL-3.0-or-later
"""Knowledge-base articles inside the composer: ``?`` plus words lists the matching articles.

Typing ``?paket`` (or ``?paket versand``) at the start of a line or after a space lists the
articles in the conversation's language whose title, text or tags hold those words, the way the
``/`` list offers canned replies (``reply_completer``: the same keys, the same popup). Enter
inserts the article: a public one as its title and its address in the published help centre (when
the workspace has one, ``agentdesk.kb.help_centre``), an internal one, or a public one with no help
centre address, as its text. Each insertion counts as a use of the article.
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QCoreApplication

from agentdesk.errors import AgentDeskError
from agentdesk.gui.reply_completer import Insertion, ReplyCompleter, Suggestion
from agentdesk.kb.articles import ArticleHit, KnowledgeBase
from agentdesk.kb.help_centre import article_link, help_centre_url
from agentdesk.kb.markdown import to_text
from agentdesk.services import Services

TRIGGER = re.compile(r"(?:^|(?<=\s))\?(\w[^?\n]{0,60})$")
PREVIEW_CHARS = 160
LIST_LIMIT = 20


class ArticleCompleter(ReplyCompleter):
    """Watches the text box for ``?words`` and offers the matching articles."""

    def _text_changed(self) -> None:
        if self._inserting or self.source is None:
            return
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            self.hide()
            return
        block_text = cursor.block().text()[: cursor.positionInBlock()]
        match = TRIGGER.search(block_text)
        if match is None:
            if self.popup_visible or self._trigger is not None:
                self.hide()
            return
        start = cursor.block().position() + match.start()
        self._trigger = (start, cursor.position())
        self.show_for(match.group(1))


class ConversationArticles:
    """A ``ReplySource`` of articles for one conversation: its language picks the texts."""

    def __init__(self, services: Services, language: str) -> None:
        self.services = services
        self.language = language
        self._hits: dict[uuid.UUID, ArticleHit] = {}

    @property
    def kb(self) -> KnowledgeBase:
        return KnowledgeBase(self.services.store, self.services.clock, self.services.agent_id)

    def suggestions(self, query: str, limit: int = LIST_LIMIT) -> list[Suggestion]:
        try:
            hits = self.kb.search(query, self.language, limit=limit)
        except AgentDeskError:
            return []
        self._hits = {hit.article_id: hit for hit in hits}
        return [
            Suggestion(
                reply_id=hit.article_id,
                title=hit.title,
                shortcut="",
                category=(
                    QCoreApplication.translate("ArticleCompleter", "Public article")
                    if hit.public
                    else QCoreApplication.translate("ArticleCompleter", "Internal article")
                ),
                language=hit.language,
                fallback=False,
                preview=" ".join(to_text(hit.body).split())[:PREVIEW_CHARS],
            )
            for hit in hits
        ]

    def insertion(self, suggestion: Suggestion) -> Insertion:
        hit = self._hits.get(suggestion.reply_id)
        if hit is None:
            return Insertion("", 0)
        base = help_centre_url(self.services.workspace) if hit.public else ""
        if base:
            text = f"{hit.title}: {article_link(base, hit.language, hit.article_id)}"
        else:
            text = to_text(hit.body)
        try:
            self.kb.record_use(hit.article_id)
        except AgentDeskError:
            pass  # counting is a nicety; the text is inserted all the same
        return Insertion(text, len(text))
