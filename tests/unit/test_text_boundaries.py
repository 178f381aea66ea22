# SPDX-License-Identifier: GPL-3.0-or-later
"""Text from outside at every boundary (agentdesk.text): search boxes, canned-reply templates and
files, calendar JSON. Property tests feed each boundary arbitrary text — quotes, parentheses,
``*``, ``-``, NUL, lone surrogates, very long strings, deep nesting, huge numbers — and check that
it never raises anything but the documented error, never takes a second, and never lets through
text that a file could not hold."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.errors import SearchSyntaxError, ValidationError
from agentdesk.inbox.search import SearchService, parse_query
from agentdesk.inbox.service import InboxService
from agentdesk.replies.exchange import ReplyFileError, parse_library
from agentdesk.replies.templates import MAX_TEMPLATE_CHARS, RenderContext, placeholders, render
from agentdesk.sla.calendar import BusinessCalendar
from agentdesk.store.database import Store
from agentdesk.text import MAX_JSON_DEPTH, JsonProblem, clean_json, clean_text, is_clean, json_problem, loads

from ..conftest import within_cpu_seconds

T = TypeVar("T")
EXAMPLES = settings(
    max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Characters of every category, surrogates included, and the ones that mean something somewhere.
ANY_CHAR = st.characters(exclude_categories=())
SPECIAL = st.sampled_from(
    ['"', "'", "(", ")", "*", "-", "#", ":", "^", "{{", "}}", "|", "\x00", "\ud800", "\udfff", "\ud83d",
     " OR ", " AND ", " NOT ", "NEAR", "\\", "\n", "\u200b", "\ufeff", "😀", "ß", "İ"]
)  # fmt: skip
HOSTILE = st.one_of(
    st.lists(st.one_of(ANY_CHAR, SPECIAL), max_size=80).map("".join),
    st.text(max_size=30),
    st.tuples(st.sampled_from(["a", "(", '"', "*", "-", "\ud800", "x "]), st.integers(0, 20_000)).map(
        lambda pair: pair[0] * pair[1]
    ),
)


def timed(call: Callable[[], T]) -> T:
    with within_cpu_seconds(1.0):
        return call()


def utf8(text: str) -> bool:
    """Whether ``text`` can be written to a file or a terminal."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def encodable(text: str) -> bool:
    """Whether ``text`` can be stored anywhere (also in PostgreSQL, which holds no NUL)."""
    return utf8(text) and "\x00" not in text


# -- the guard itself ---------------------------------------------------------------------------


def test_clean_text_replaces_one_for_one() -> None:
    assert clean_text("a\ud800b\x00c") == "a\ufffdb\ufffdc"
    assert clean_text("Søren 😀") == "Søren 😀"
    assert clean_json({"k\udc00": ["x\ud800", 1, None]}) == {"k\ufffd": ["x\ufffd", 1, None]}


@given(HOSTILE)
@settings(max_examples=2000, deadline=None)
def test_clean_text_always_gives_storable_text_of_the_same_length(text: str) -> None:
    cleaned = timed(lambda: clean_text(text))
    assert len(cleaned) == len(text)
    assert encodable(cleaned) and is_clean(cleaned)
    if encodable(text):
        assert cleaned == text


def test_loads_names_what_cannot_be_stored() -> None:
    with pytest.raises(JsonProblem, match="nested more than"):
        loads("[" * 100_000 + "]" * 100_000)
    with pytest.raises(JsonProblem, match="nested more than"):
        loads("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))
    assert loads("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH) is not None
    with pytest.raises(JsonProblem, match="too large"):
        loads('{"a": 1e400}')
    with pytest.raises(JsonProblem, match="NaN"):
        loads("[NaN]")
    with pytest.raises(JsonProblem, match="64 bits"):
        loads(str(2**64))
    with pytest.raises(JsonProblem, match="too many digits"):
        loads("1" * 5000)
    with pytest.raises(JsonProblem, match=r"a\.b\[1\] holds a lone UTF-16 surrogate"):
        loads('{"a": {"b": ["ok", "\\ud800"]}}')
    assert json_problem({"a": [1, 2.5, "Søren", None, True]}) is None


# -- search ----------------------------------------------------------------------------------------


@given(HOSTILE)
@settings(max_examples=3000, deadline=None)
def test_parse_query_raises_only_the_hint_and_quotes_every_term(query: str) -> None:
    try:
        parsed = timed(lambda: parse_query(query))
    except SearchSyntaxError as exc:
        assert exc.message and "\n" not in exc.message and utf8(exc.message)
        return
    for expression in (parsed.fts, parsed.exclude):
        if expression is not None:
            assert encodable(expression)


@pytest.fixture
def search_store(store: Store, clock: FixedClock) -> Store:
    inbox = InboxService(store, clock)
    names = ["Jürgen Müller", "Søren Østergaard", "李雷", "O'Brien (Support)", 'Anna "AM" Berg']
    for i, name in enumerate(names):
        customer = inbox.create_customer(name, email=f"c{i}@example.com")
        inbox.create_conversation(
            customer,
            "email",
            f"Payment failed #{i} — Rechnung *{i}* (wichtig)",
            f'Hello, the refund-{i} for order {1000 + i} did not arrive. NEAR AND OR NOT "quoted" text',
            when=clock.now() + dt.timedelta(minutes=i),
        )
    return store


@given(query=HOSTILE)
@EXAMPLES
def test_search_on_a_real_workspace_never_fails_beyond_the_hint(search_store: Store, query: str) -> None:
    service = SearchService(search_store)
    try:
        hits = timed(lambda: service.search(query))
    except SearchSyntaxError:
        return
    assert all(isinstance(h.conversation_id, uuid.UUID) for h in hits)
    try:
        timed(lambda: service.find_customers(query))
    except SearchSyntaxError:
        pass


def test_search_with_a_surrogate_still_finds_the_words(search_store: Store) -> None:
    hits = SearchService(search_store).search("refund\ud800 order")
    assert hits


# -- templates -----------------------------------------------------------------------------------

CONTEXTS = st.builds(
    RenderContext,
    customer_name=HOSTILE,
    agent_name=HOSTILE,
    conversation_number=st.none() | st.integers(-(2**70), 2**70),
    conversation_subject=HOSTILE,
    first_response_due=st.none()
    | st.datetimes(
        timezones=st.just(dt.UTC), min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)
    ),
    language=st.sampled_from(["en", "de", "da", "xx", ""]),
)
TEMPLATES = st.lists(
    st.one_of(
        HOSTILE,
        st.sampled_from(
            ["{{customer.first_name}}", '{{customer.name | "there"}}', "{{cursor}}",
             "{{sla.first_response_due}}", "{{agent.first_name|'x'}}", "{{conversation.number}}",
             "{{__class__}}", "{{ a.b.c }}", "{{", "}}", "{{{customer.name}}}",
             "{{customer.name | \"\ud800\"}}"]
        ),
    ),
    max_size=12,
).map("".join)  # fmt: skip


@given(TEMPLATES, CONTEXTS)
@settings(max_examples=2000, deadline=None)
def test_render_gives_storable_text_with_valid_spans(template: str, context: RenderContext) -> None:
    try:
        result = timed(lambda: render(template, context))
    except ValidationError:
        assert len(template) > MAX_TEMPLATE_CHARS
        return
    assert encodable(result.text)
    assert 0 <= result.cursor <= len(result.text)
    for mark in (*result.unknown, *result.missing):
        assert 0 <= mark.start < mark.end <= len(result.text)
        assert result.text[mark.start : mark.end] == clean_text(template[mark.source_start : mark.source_end])
    for found in timed(lambda: placeholders(template)):
        assert 0 <= found.start < found.end <= len(template)


def test_render_leaves_a_due_time_at_the_end_of_the_calendar_unfilled() -> None:
    context = RenderContext(
        first_response_due=dt.datetime.max.replace(tzinfo=dt.UTC), timezone=dt.timezone(dt.timedelta(hours=5))
    )
    result = render("by {{sla.first_response_due}}", context)
    assert [m.name for m in result.missing] == ["sla.first_response_due"]


# -- canned-reply files --------------------------------------------------------------------------

JSON_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), HOSTILE
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE, inner, max_size=4),
    max_leaves=12,
)


def reply_file(entry: dict[str, Any]) -> str:
    return json.dumps({"format": "agentdesk-canned-replies", "version": 1, "replies": [entry]})


ENTRIES = st.fixed_dictionaries(
    {
        "title": HOSTILE,
        "variants": st.dictionaries(st.sampled_from(["en", "de", "da", "fr"]), HOSTILE, max_size=3),
    },
    optional={
        "shortcut": HOSTILE | JSON_VALUES,
        "category": st.sampled_from(["apology", "closing", "x"]) | JSON_VALUES,
        "scope": st.sampled_from(["everyone", "team", "personal"]) | JSON_VALUES,
        "team": HOSTILE | JSON_VALUES,
        "id": st.uuids().map(str) | JSON_VALUES,
        "extra": JSON_VALUES,
    },
)  # fmt: skip


@given(st.one_of(ENTRIES.map(reply_file), HOSTILE, JSON_VALUES.map(json.dumps)))
@settings(max_examples=2000, deadline=None)
def test_a_canned_reply_file_is_read_as_written_or_refused_in_one_sentence(text: str) -> None:
    try:
        entries = timed(lambda: parse_library(text))
    except ReplyFileError as exc:
        assert exc.message.endswith("Nothing was imported.") and utf8(exc.message)
        return
    for entry in entries:  # a file is taken as written: NUL stays, a lone surrogate never passes
        assert utf8(entry.title) and all(utf8(v) for v in entry.variants.values())


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000,
     '{"format": "agentdesk-canned-replies", "replies": ' + "[" * 5000 + "]" * 5000 + "}",
     "1" * 5000, '{"format": "agentdesk-canned-replies", "version": 1e400}'],
)  # fmt: skip
def test_a_canned_reply_file_nested_deeply_or_with_huge_numbers_is_refused(text: str) -> None:
    with pytest.raises(ReplyFileError, match="Nothing was imported"):
        parse_library(text)


# -- calendar JSON -------------------------------------------------------------------------------

TIMES = st.sampled_from(["08:00", "24:00", "00:00", "٠٨:٠٠", "25:00", "7:5"]) | JSON_VALUES
DATES = st.sampled_from(["2026-12-24", "0001-01-01", "9999-12-31", "2026-02-30"]) | JSON_VALUES
CALENDAR_PARTS = st.fixed_dictionaries(
    {},
    optional={
        "timezone": st.sampled_from(["Europe/Berlin", "UTC", "Mars/Base", "../etc", "\ud800"]) | JSON_VALUES,
        "week": st.dictionaries(
            st.sampled_from(["mon", "tue", "sun", "xyz", "\ud800"]),
            st.lists(st.lists(TIMES, max_size=3), max_size=3) | JSON_VALUES,
            max_size=4,
        )
        | JSON_VALUES,
        "holidays": st.fixed_dictionaries(
            {"country": st.sampled_from(["DE", "DK", "XX"]) | JSON_VALUES},
            optional={"subdivision": st.sampled_from(["BY", "ZZ"]) | JSON_VALUES},
        ),
        "closed": st.lists(DATES, max_size=3),
        "extra": JSON_VALUES,
    },
)
DEEP = st.integers(1, 200_000).map(lambda n: "[" * n + "]" * n) | st.integers(1, 100_000).map(
    lambda n: '{"a":' * n + "1" + "}" * n
)


@given(st.one_of(CALENDAR_PARTS.map(json.dumps), HOSTILE, DEEP, JSON_VALUES.map(json.dumps)))
@settings(max_examples=2000, deadline=None)
def test_calendar_json_raises_nothing_but_validation_error(text: str) -> None:
    try:
        calendar = timed(lambda: BusinessCalendar.from_json(text))
    except ValidationError as exc:
        assert exc.message and utf8(exc.message)
        return
    again = BusinessCalendar.from_json(calendar.to_json())
    assert again == calendar
    assert encodable(calendar.to_json())
