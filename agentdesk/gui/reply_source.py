# SPDX-License-Identifier: GPL-3.0-or-later
"""Canned replies for one open conversation: what the composer's ``/`` list offers and what it
inserts, rendered with this conversation's values in the customer's language.

The values (names, number, due time) and the tone of the customer's latest message are read on
first use, not when the conversation opens: most conversations are read without a canned reply.
"""

from __future__ import annotations

import uuid

from agentdesk.errors import AgentDeskError
from agentdesk.gui import labels
from agentdesk.gui.reply_completer import Insertion, Suggestion
from agentdesk.inbox.queries import ConversationDetail, MessageEntry
from agentdesk.replies.library import SearchHit
from agentdesk.replies.templates import RenderContext, load_render_context, render
from agentdesk.replies.tone import CALM, ToneHint, assess
from agentdesk.services import Services

PREVIEW_CHARS = 160
LIST_LIMIT = 30


class ConversationReplies:
    """A ``ReplySource`` bound to one conversation (see ``reply_completer``)."""

    def __init__(self, services: Services, detail: ConversationDetail) -> None:
        self.services = services
        self.detail = detail
        self._context: RenderContext | None = None
        self._tone: ToneHint | None = None
        self._hits: dict[uuid.UUID, SearchHit] = {}

    @property
    def context(self) -> RenderContext:
        if self._context is None:
            self._context = load_render_context(
                self.services.store, self.detail.id, self.services.agent_id, now=self.services.clock.now()
            )
        return self._context

    @property
    def tone(self) -> ToneHint:
        """How the customer's newest message reads (from the conversation as shown)."""
        if self._tone is None:
            inbound = [m for m in self.detail.messages if m.direction == "inbound"]
            self._tone = assess(inbound[-1].body_text) if inbound else CALM
        return self._tone

    def suggestions(self, query: str, limit: int = LIST_LIMIT) -> list[Suggestion]:
        try:
            hits = self.services.replies.search(
                query, self.context.customer_language, frustrated=self.tone.frustrated, limit=limit
            )
            self._hits = {hit.reply_id: hit for hit in hits}
            return [self._suggestion(hit) for hit in hits]
        except AgentDeskError:  # an over-long text in the library: listed nowhere, broken nothing
            return []

    def _suggestion(self, hit: SearchHit) -> Suggestion:
        preview = render(hit.body, self.context, language=hit.language).text.replace("\n", " ")
        return Suggestion(
            reply_id=hit.reply_id,
            title=hit.title,
            shortcut=hit.shortcut,
            category=hit.category_label,
            language=hit.language,
            fallback=hit.fallback,
            preview=preview[:PREVIEW_CHARS],
            soothing=hit.soothing and self.tone.frustrated,
        )

    def hit(self, reply_id: uuid.UUID) -> SearchHit | None:
        return self._hits.get(reply_id)

    def insertion(self, suggestion: Suggestion) -> Insertion:
        hit = self._hits.get(suggestion.reply_id)
        if hit is None:
            return Insertion("", 0)
        rendered = render(hit.body, self.context, language=hit.language)
        notes = []
        if hit.fallback:
            notes.append(
                labels.translate("CannedReplies", "“%1” has no %2 text yet: the %3 one was inserted.")
                .replace("%1", hit.title)
                .replace("%2", labels.language_label(self.context.customer_language))
                .replace("%3", labels.language_label(hit.language))
            )
        left = [u.name for u in (*rendered.unknown, *rendered.missing)]
        if left:
            notes.append(
                labels.translate("CannedReplies", "Fill in the highlighted %1 before sending.").replace(
                    "%1", ", ".join("{{" + name + "}}" for name in dict.fromkeys(left))
                )
            )
        try:
            self.services.replies.record_use(hit.reply_id)
        except AgentDeskError:
            pass  # counting is a nicety; the text is inserted all the same
        return Insertion(rendered.text, rendered.cursor, " ".join(notes))


def latest_inbound(detail: ConversationDetail) -> MessageEntry | None:
    inbound = [m for m in detail.messages if m.direction == "inbound"]
    return inbound[-1] if inbound else None
