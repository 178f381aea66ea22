# SPDX-License-Identifier: GPL-3.0-or-later
"""What a search lists: the matching conversations as list rows, each with the words that matched."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable

from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.query_language import FieldQuery, parse_fields
from agentdesk.inbox.search import SearchService, parse_query
from agentdesk.inbox.views import InboxRow

SEARCH_LIMIT = 200


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
