# SPDX-License-Identifier: GPL-3.0-or-later
"""What a search lists: the matching conversations as list rows, each with the words that matched;
and starting one from the window's search field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from agentdesk.errors import SearchSyntaxError
from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.query_language import FieldQuery, parse_fields
from agentdesk.inbox.search import SearchService, parse_query
from agentdesk.inbox.views import InboxRow

if TYPE_CHECKING:
    from agentdesk.gui.main_window import MainWindow

SEARCH_LIMIT = 200


def start_search(window: MainWindow, text: str) -> None:
    """Search in the background and list the matches; a query that cannot be understood (an
    unknown field, a bad value, an unclosed quote) gets its reason inline in the field at once,
    a team or agent name that fits nobody when the search has looked."""
    try:
        check_query(text)  # instant: say what is wrong before anything runs
    except SearchSyntaxError as exc:
        window.search.show_hint(exc.message)
        return
    search, queries = window.services.search, window.queries
    agent_id, now = window.services.agent_id, window.clock.now()
    window.search.clear_hint()
    window.tasks.run(
        "search",
        lambda: find_rows(search, queries, text, agent_id=agent_id, now=now),
        lambda rows: window._search_arrived(text, rows),
        window.search.show_hint,
    )


def check_query(text: str) -> FieldQuery:
    """What ``text`` asks for; raises ``SearchSyntaxError`` at once for what cannot be read (an
    unknown field, an unclosed quote), so the field says so before anything runs."""
    fields = parse_fields(text)
    if fields.words or not fields.filters:
        parse_query(fields.words)
    return fields


def find_rows(
    search: SearchService,
    queries: InboxQueries,
    text: str,
    limit: int = SEARCH_LIMIT,
    *,
    agent_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> list[InboxRow]:
    """The rows of the best ``limit`` matches for ``text``, best first (runs in the background).
    ``agent_id`` is who ``assignee:me`` means, ``now`` the instant ``sla:`` compares with."""
    hits = search.search(text, limit, agent_id=agent_id, now=now)
    rows = queries.rows([h.conversation_id for h in hits])
    return [
        with_match(rows[h.conversation_id], h.excerpt, h.matched) for h in hits if h.conversation_id in rows
    ]


def fresh_rows(queries: InboxQueries, listed: Iterable[InboxRow]) -> list[InboxRow]:
    """``listed`` read again as they are now, keeping what matched; a deleted one drops out."""
    rows = list(listed)
    fresh = queries.rows([r.id for r in rows])
    return [with_match(fresh[r.id], r.excerpt, r.matched) for r in rows if r.id in fresh]


def with_match(row: InboxRow, excerpt: str, matched: str) -> InboxRow:
    return dataclasses.replace(row, excerpt=excerpt, matched=matched)
