# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search over subjects, message bodies and customers (SQLite FTS5).

Agents type what they remember, not FTS5 syntax, so the query is parsed here and rebuilt as a safe
FTS5 expression in which every term is quoted: nothing an agent types can reach FTS5 as an operator
by accident. Understood:

- words, matched in any order (``payment failed``); letters with or without accents match alike;
- ``"exact phrase"``;
- ``refund*`` for words that start with "refund";
- ``-word`` or ``-"a phrase"`` to leave out what contains it;
- ``OR`` between two terms;
- ``#1042`` (or a bare number) for conversation number 1042;
- field terms such as ``status:open``, ``tag:refund``, ``assignee:me``, ``created>2026-11-01``
  (``query_language``), which narrow what the words find, or list by fields alone.

Every word must match, but not all in the same place: ``muller paket`` finds Hannah Müller's
"Wo bleibt mein Paket?" (the customer's name and a word of the subject). Conversations where the
words match together in one field come first.

A query that cannot be understood (an unclosed quote, only exclusions) raises ``SearchSyntaxError``
with a sentence saying what is wrong; nothing else a user can type raises. Characters no file can
hold (a lone surrogate, NUL) are read as U+FFFD, which is no word.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from agentdesk.clock import SystemClock
from agentdesk.errors import SearchSyntaxError
from agentdesk.inbox.filter_sql import agent_teams, resolve, rule_of, rule_sql
from agentdesk.inbox.local_days import zone_for
from agentdesk.inbox.query_language import Filters, parse_fields
from agentdesk.inbox.views import DUE_SOON_WINDOW, uuid_from_hex
from agentdesk.messages import translatable
from agentdesk.record_text import customer_name as shown_name
from agentdesk.store.database import Store, translate_sqlite_error
from agentdesk.store.models import Status, sql_time
from agentdesk.text import clean_text

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
MAX_QUERY = 500
MAX_TERMS = 32

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'\s*(-?)("([^"]*)("?)|[^\s"]+)')


@dataclass(frozen=True)
class ParsedQuery:
    fts: str | None  # the FTS5 expression to find, None when the query is only a number
    number: int | None  # a conversation number asked for with "#N" or a bare number
    exclude: str | None = None  # FTS5 expression of what to leave out (any field of a conversation)
    groups: tuple[str, ...] = ()  # the FTS5 expression of each term that must match (ANDed)


@dataclass(frozen=True)
class SearchHit:
    conversation_id: uuid.UUID
    number: int | None
    subject: str
    customer_name: str
    status: str
    channel: str
    last_activity_at: dt.datetime
    matched: str  # "number", "subject", "message", "customer" or "fields" (several, or fields only)
    excerpt: str  # with HIGHLIGHT_START/END around the matched words


@dataclass(frozen=True)
class CustomerHit:
    id: uuid.UUID
    name: str
    email: str | None
    company: str | None
    plan: str
    language: str


def _quote(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


def parse_query(query: str) -> ParsedQuery:
    """Turn what the agent typed into a safe FTS5 expression (see the module docstring)."""
    query = clean_text(query).strip()
    if not query:
        raise SearchSyntaxError(translatable("InboxErrors", "Type something to search for."))
    if len(query) > MAX_QUERY:
        raise SearchSyntaxError(
            translatable("InboxErrors", "The search is too long (at most {MAX_QUERY} characters)."),
            MAX_QUERY=MAX_QUERY,
        )
    if query.count('"') % 2:
        raise SearchSyntaxError(translatable("InboxErrors", "A quotation mark is not closed."))
    number_match = re.fullmatch(r"#?\s*(\d{1,9})", query)
    if number_match:
        number = int(number_match.group(1))
        return ParsedQuery(fts=None if query.startswith("#") else _quote([str(number)]), number=number)

    positives: list[list[str]] = []  # groups joined by OR inside, AND between groups
    negatives: list[str] = []
    join_next_with_or = False
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if m is None:
            break
        pos = m.end()
        negate, raw, phrase = m.group(1), m.group(2), m.group(3)
        if raw == "OR" and not negate:
            if not positives:
                raise SearchSyntaxError(translatable("InboxErrors", "OR needs a word before it."))
            join_next_with_or = True
            continue
        if phrase is not None:
            words = _WORD.findall(phrase)
            term = _quote(words) if words else ""
        else:
            prefix = raw.endswith("*")
            words = _WORD.findall(raw.rstrip("*"))
            if prefix and len(words) == 1:
                term = _quote(words) + "*"
            else:
                term = _quote(words) if words else ""
        if not term:
            continue
        if negate:
            negatives.append(term)
        elif join_next_with_or:
            positives[-1].append(term)
        else:
            positives.append([term])
        join_next_with_or = False
        if len(positives) + len(negatives) > MAX_TERMS:
            raise SearchSyntaxError(
                translatable("InboxErrors", "The search has too many words (at most {MAX_TERMS})."),
                MAX_TERMS=MAX_TERMS,
            )
    if join_next_with_or:
        raise SearchSyntaxError(translatable("InboxErrors", "OR needs a word after it."))
    if not positives:
        if negatives:
            raise SearchSyntaxError(
                translatable("InboxErrors", "Say what to look for, not only what to leave out.")
            )
        raise SearchSyntaxError(translatable("InboxErrors", "The search holds no words to look for."))
    expression = " AND ".join(
        group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in positives
    )
    return ParsedQuery(
        fts=expression,
        number=None,
        exclude=" OR ".join(negatives) or None,
        groups=tuple(group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in positives),
    )


_HIT_COLUMNS = """
    c.id, c.number, c.subject, cu.name, c.status, c.channel, c.last_activity_at
"""
_BY_NUMBER = (
    f"SELECT {_HIT_COLUMNS}, c.subject FROM conversation c "
    "JOIN customer cu ON cu.id = c.customer_id "
    "WHERE c.number = :n AND c.deleted_at IS NULL{filter}"
)
_BY_SUBJECT = (
    f"SELECT {_HIT_COLUMNS}, highlight(conversation_fts, 0, :a, :b) "
    "FROM conversation_fts JOIN conversation c ON c.rowid = conversation_fts.rowid "
    "JOIN customer cu ON cu.id = c.customer_id "
    "WHERE conversation_fts MATCH :q AND c.deleted_at IS NULL{filter} "
    "ORDER BY conversation_fts.rowid DESC LIMIT :limit"
)
_BY_MESSAGE = (
    "SELECT * FROM ("
    f"SELECT {_HIT_COLUMNS}, snippet(message_fts, 0, :a, :b, '…', 16) "
    "FROM message_fts JOIN message m ON m.rowid = message_fts.rowid "
    "JOIN conversation c ON c.id = m.conversation_id "
    "JOIN customer cu ON cu.id = c.customer_id "
    "WHERE message_fts MATCH :q AND m.deleted_at IS NULL "
    "AND c.deleted_at IS NULL{filter} "
    "ORDER BY message_fts.rowid DESC LIMIT :limit * 4)"
)
_BY_CUSTOMER = (
    f"SELECT {_HIT_COLUMNS}, highlight(customer_fts, 0, :a, :b) "
    "FROM customer_fts JOIN customer cu ON cu.rowid = customer_fts.rowid "
    "JOIN conversation c ON c.customer_id = cu.id "
    "WHERE customer_fts MATCH :q AND c.deleted_at IS NULL{filter} "
    "ORDER BY c.last_activity_at DESC LIMIT :limit"
)
# Conversations whose every term matches somewhere (subject, a message, the customer), not all
# in one place: "muller paket" is the customer's name and a word of the subject.
_ANY_FIELD = (
    "SELECT c.rowid AS r FROM conversation_fts JOIN conversation c ON c.rowid = conversation_fts.rowid "
    "WHERE conversation_fts MATCH :{g} "
    "UNION SELECT c.rowid FROM message_fts JOIN message m ON m.rowid = message_fts.rowid "
    "JOIN conversation c ON c.id = m.conversation_id WHERE message_fts MATCH :{g} AND m.deleted_at IS NULL "
    "UNION SELECT c.rowid FROM customer_fts JOIN customer cu ON cu.rowid = customer_fts.rowid "
    "JOIN conversation c ON c.customer_id = cu.id WHERE customer_fts MATCH :{g}"
)
_ACROSS_FIELDS = (
    f"SELECT {_HIT_COLUMNS}, c.subject FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
    "WHERE c.rowid IN ({groups}) AND c.deleted_at IS NULL{filter} "
    "ORDER BY c.last_activity_at DESC LIMIT :limit"
)
# Fields only, no words: the newest activity first, read backwards on ix_conversation_activity.
_BY_FIELDS = (
    f"SELECT {_HIT_COLUMNS}, c.snippet FROM conversation c JOIN customer cu ON cu.id = c.customer_id "
    "WHERE c.deleted_at IS NULL{filter} ORDER BY c.last_activity_at DESC, c.id DESC LIMIT :limit"
)


def across_fields_sql(group_count: int, filter_sql: str = "") -> str:
    """The statement finding conversations where each of ``group_count`` terms (``:g0``…)
    matches in some field."""
    groups = " INTERSECT ".join(f"SELECT r FROM ({_ANY_FIELD.format(g=f'g{i}')})" for i in range(group_count))
    return _ACROSS_FIELDS.format(groups=groups, filter=filter_sql)


_new = object.__new__
_set_attr = object.__setattr__
_from_iso = dt.datetime.fromisoformat


def _hit(row: tuple[Any, ...], matched: str) -> SearchHit:
    """The ``SearchHit`` of a row of ``_HIT_COLUMNS`` and an excerpt (equal to ``SearchHit(...)``):
    its attributes are given in one dict rather than field by field through the frozen dataclass's
    ``__init__``, because a common word makes hundreds of them while the agent waits."""
    hex_id, number, subject, customer_name, status, channel, last_activity_at, excerpt = row
    hit = _new(SearchHit)
    _set_attr(
        hit,
        "__dict__",
        {
            "conversation_id": uuid_from_hex(hex_id),
            "number": number,
            "subject": subject,
            "customer_name": customer_name or shown_name(customer_name),  # an erased customer
            "status": status,
            "channel": channel,
            "last_activity_at": _from_iso(last_activity_at + "+00:00"),
            "matched": matched,
            "excerpt": excerpt if excerpt is not None else "",
        },
    )
    return hit


class SearchService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        agent_id: uuid.UUID | None = None,
        now: dt.datetime | None = None,
    ) -> list[SearchHit]:
        """Conversations matching ``query``: by number, then subject, message and customer
        matches, then those whose words match in different fields, newest first within each;
        each conversation once. Field terms (``status:open``, see ``query_language``) narrow all of
        them; a query of fields only lists the matching conversations, newest activity first.
        ``agent_id`` is who ``assignee:me`` means, ``now`` what ``sla:`` is measured against.

        The statements run on a plain ``sqlite3`` cursor in one read transaction: this is typed
        into the search field and answered while the agent waits, and SQLAlchemy's statement
        handling would cost more than FTS5 itself (bench/ holds a search to 1.3× the raw FTS5 time).
        """
        fields = parse_fields(query)
        parsed = parse_query(fields.words) if fields.words or not fields.filters else None
        hits: list[SearchHit] = []
        seen: set[str] = set()
        # Exclusions apply to the whole conversation (subject, any message, its customer), so
        # candidates are over-fetched and filtered afterwards.
        fetch = limit * 3 if parsed is not None and parsed.exclude else limit

        def add(rows: list[tuple[Any, ...]], matched: str) -> None:
            room = fetch - len(hits)
            for row in rows:
                if room <= 0:
                    return
                if row[0] in seen:
                    continue
                seen.add(row[0])
                hits.append(_hit(row, matched))
                room -= 1

        marks: dict[str, Any] = {"a": HIGHLIGHT_START, "b": HIGHLIGHT_END, "limit": fetch}
        conn = self.store.engine.raw_connection()
        try:
            cursor = conn.cursor()
            self._rows(cursor, "BEGIN", {})
            try:
                where, filter_params = self._filter(cursor, fields.filters, agent_id, now)
                marks.update(filter_params)
                if parsed is None:
                    add(self._rows(cursor, _BY_FIELDS.format(filter=where), marks), "fields")
                else:
                    if parsed.number is not None:
                        params = {"n": parsed.number, **filter_params}
                        add(self._rows(cursor, _BY_NUMBER.format(filter=where), params), "number")
                    if parsed.fts is not None:
                        params = {"q": parsed.fts, **marks}
                        add(self._rows(cursor, _BY_SUBJECT.format(filter=where), params), "subject")
                        if len(hits) < fetch:
                            add(self._rows(cursor, _BY_MESSAGE.format(filter=where), params), "message")
                        if len(hits) < fetch:
                            add(self._rows(cursor, _BY_CUSTOMER.format(filter=where), params), "customer")
                    if len(parsed.groups) > 1 and len(hits) < fetch:
                        params = {f"g{i}": g for i, g in enumerate(parsed.groups)}
                        params.update(marks)
                        add(
                            self._rows(cursor, across_fields_sql(len(parsed.groups), where), params), "fields"
                        )
            finally:
                self._rows(cursor, "COMMIT", {})
                cursor.close()
        except sqlite3.Error as exc:
            translated = translate_sqlite_error(exc, self.store.path)
            if translated is not None:
                raise translated from exc
            raise
        finally:
            conn.close()
        if parsed is not None and parsed.exclude and hits:
            with self.store.engine.connect() as sa_conn:
                excluded = self._excluded(sa_conn, parsed.exclude, [h.conversation_id for h in hits])
            hits = [h for h in hits if h.conversation_id not in excluded]
        return hits[:limit]

    def _filter(
        self, cursor: Any, filters: Filters, agent_id: uuid.UUID | None, now: dt.datetime | None
    ) -> tuple[str, dict[str, Any]]:
        """The field filters as `` AND ...`` on alias ``c`` and their parameters ("" when none)."""
        if not filters:
            return "", {}
        resolved = resolve(cursor, filters)
        teams: list[uuid.UUID] = []
        if agent_id is not None and resolved.of("team"):
            teams = agent_teams(cursor, agent_id)
        zone = zone_for(cursor, resolved)
        rule = rule_of(resolved, agent_id, teams, default_statuses=Status.values(), zone=zone)
        params = dict(rule.params)
        if rule.needs_now:
            at = now if now is not None else SystemClock().now()
            params.update(now=sql_time(at), soon=sql_time(at + DUE_SOON_WINDOW))
        return " AND " + rule_sql(rule), params

    def _rows(self, cursor: Any, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Run one statement of a search; its rows. (bench/ records the statements here.)"""
        cursor.execute(sql, params)
        return cursor.fetchall()

    def find_customers(self, query: str, limit: int = 20) -> list[CustomerHit]:
        """Customers whose name, email or company match; for picking the customer of a new
        conversation. An exact email address comes first."""
        parsed = parse_query(query)
        found: list[CustomerHit] = []
        with self.store.engine.connect() as conn:
            rows = list(
                conn.execute(
                    text(
                        "SELECT id, name, email, company, plan, language FROM customer "
                        "WHERE email = :email AND deleted_at IS NULL"
                    ),
                    {"email": clean_text(query).strip().lower()},
                ).all()
            )
            if parsed.fts is not None:
                rows += conn.execute(
                    text(
                        "SELECT cu.id, cu.name, cu.email, cu.company, cu.plan, cu.language "
                        "FROM customer_fts JOIN customer cu ON cu.rowid = customer_fts.rowid "
                        "WHERE customer_fts MATCH :q AND cu.deleted_at IS NULL "
                        "ORDER BY rank LIMIT :limit"
                    ),
                    {"q": parsed.fts, "limit": limit},
                ).all()
        seen: set[str] = set()
        for row in rows:
            if row[0] in seen:
                continue
            seen.add(row[0])
            found.append(CustomerHit(uuid.UUID(hex=str(row[0])), row[1], row[2], row[3], row[4], row[5]))
        return found[:limit]

    @staticmethod
    def _excluded(conn: Connection, expression: str, candidates: list[uuid.UUID]) -> set[uuid.UUID]:
        ids = [c.hex for c in candidates]
        marks = ", ".join(f":c{i}" for i in range(len(ids)))
        params: dict[str, object] = {f"c{i}": v for i, v in enumerate(ids)}
        params["q"] = expression
        rows = conn.execute(
            text(
                "SELECT c.id FROM conversation_fts JOIN conversation c "
                "ON c.rowid = conversation_fts.rowid "
                f"WHERE conversation_fts MATCH :q AND c.id IN ({marks}) "
                "UNION SELECT m.conversation_id FROM message_fts JOIN message m "
                "ON m.rowid = message_fts.rowid "
                f"WHERE message_fts MATCH :q AND m.conversation_id IN ({marks}) "
                "UNION SELECT c.id FROM customer_fts JOIN customer cu ON cu.rowid = customer_fts.rowid "
                f"JOIN conversation c ON c.customer_id = cu.id "
                f"WHERE customer_fts MATCH :q AND c.id IN ({marks})"
            ),
            params,
        ).all()
        return {uuid.UUID(hex=str(r[0])) for r in rows}
