# SPDX-License-Identifier: GPL-3.0-or-later
"""Placeholders in canned replies: values, fallbacks, the cursor, and templates that try tricks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from typing import Any

import pytest

from agentdesk.clock import FixedClock
from agentdesk.errors import ValidationError
from agentdesk.replies.exchange import starter_entries
from agentdesk.replies.templates import (
    MAX_TEMPLATE_CHARS,
    RenderContext,
    first_name,
    format_due,
    load_render_context,
    render,
    sample_context,
    unknown_placeholders,
)
from agentdesk.store import models
from agentdesk.store.database import Store

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # a Monday, 10:00 in Berlin


BASE = RenderContext(
    customer_name="Anna Müller",
    agent_name="Lukas Becker",
    conversation_number=1042,
    conversation_subject="Lieferung fehlt noch",
    first_response_due=NOW + dt.timedelta(hours=4),
    language="de",
    timezone=BERLIN,
    now=NOW,
)


def _context(**overrides: Any) -> RenderContext:
    return dataclasses.replace(BASE, **overrides)


def test_placeholders_are_filled_and_the_cursor_lands_where_the_template_says() -> None:
    template = (
        "Guten Tag {{customer.name}},\n\nIhr Vorgang #{{conversation.number}} „{{conversation.subject}}“: "
        "{{cursor}}\n\nViele Grüße\n{{ agent.first_name }}"
    )
    result = render(template, _context())
    assert result.text == (
        "Guten Tag Anna Müller,\n\nIhr Vorgang #1042 „Lieferung fehlt noch“: \n\nViele Grüße\nLukas"
    )
    assert result.text[: result.cursor].endswith("„Lieferung fehlt noch“: ")
    assert result.complete


def test_without_a_cursor_mark_the_cursor_goes_to_the_end() -> None:
    result = render("Hi {{customer.first_name}}!", _context())
    assert result.text == "Hi Anna!" and result.cursor == len("Hi Anna!")


def test_a_fallback_is_used_only_when_the_value_is_missing() -> None:
    template = 'Hi {{customer.first_name | "there"}},'
    assert render(template, _context()).text == "Hi Anna,"
    nameless = render(template, _context(customer_name="kunde@example.com"))
    assert nameless.text == "Hi there," and nameless.complete
    assert nameless.fallbacks_used == ("customer.first_name",)


def test_a_missing_value_without_fallback_stays_visible_and_is_reported() -> None:
    result = render("Case #{{conversation.number}} is ready.", _context(conversation_number=None))
    assert result.text == "Case #{{conversation.number}} is ready."
    assert [(m.name, result.text[m.start : m.end]) for m in result.missing] == [
        ("conversation.number", "{{conversation.number}}")
    ]
    assert not result.complete


def test_unknown_placeholders_stay_literally_with_their_span_in_the_output() -> None:
    result = render("Hi {{customer.first_name}}, order {{order.number}} ok", _context())
    assert result.text == "Hi Anna, order {{order.number}} ok"
    [unknown] = result.unknown
    assert unknown.name == "order.number"
    assert result.text[unknown.start : unknown.end] == "{{order.number}}"
    assert [p.name for p in unknown_placeholders("x {{order.number}} {{customer.name}}")] == ["order.number"]


@pytest.mark.parametrize(
    "template",
    [
        "{{__class__}}",
        "{{customer.__dict__}}",
        "{{customer.name.__class__.__mro__}}",
        "{{customer.name.upper()}}",
        "{{ ''.__class__.__subclasses__() }}",
        "{{customer.first_name | __import__('os').system('true')}}",
        "{{config}} {{self}} {{0}}",
        "{customer.name} {0} %(name)s ${customer.name}",
    ],
)
def test_hostile_templates_render_literally_and_nothing_is_evaluated(template: str) -> None:
    result = render(template, _context())
    assert result.text == template
    assert "Anna" not in result.text


def test_stray_braces_are_plain_text_and_neighbouring_marks_still_work() -> None:
    template = "{{ {{customer.first_name}} }} }}{{ {{{cursor}}}"
    result = render(template, _context())
    assert result.text == "{{ Anna }} }}{{ {}"
    assert result.cursor == len("{{ Anna }} }}{{ {")


def test_values_are_never_read_as_templates_again() -> None:
    result = render("Hi {{customer.name}}", _context(customer_name="{{agent.first_name}} {{cursor}}"))
    assert result.text == "Hi {{agent.first_name}} {{cursor}}"


def test_a_huge_template_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValidationError, match="at most 20,000"):
        render("x" * 100_000, _context())
    assert render("y" * MAX_TEMPLATE_CHARS, _context()).text == "y" * MAX_TEMPLATE_CHARS


def test_first_name_skips_titles_and_ignores_email_addresses() -> None:
    assert first_name("Dr. Anna Berg") == "Anna"
    assert first_name("Frau Dr. Ute Lange") == "Ute"
    assert first_name("Jens") == "Jens"
    assert first_name("") == ""
    assert first_name("info@example.com") == ""


def test_due_times_read_naturally_in_each_language() -> None:
    tue = dt.datetime(2026, 11, 24, 13, 0, tzinfo=dt.UTC)  # 14:00 in Berlin
    assert format_due(tue, "en", BERLIN) == "Tuesday, 24 November at 14:00"
    assert format_due(tue, "de", BERLIN) == "Dienstag, 24. November, um 14:00 Uhr"
    assert format_due(tue, "da", BERLIN) == "tirsdag den 24. november kl. 14.00"
    assert format_due(tue, "de", BERLIN, now=NOW) == "morgen um 14:00 Uhr"
    assert format_due(NOW + dt.timedelta(hours=4), "da", BERLIN, now=NOW) == "i dag kl. 14.00"
    assert format_due(tue, "en", zoneinfo.ZoneInfo("America/New_York")) == "Tuesday, 24 November at 08:00"
    result = render("by {{sla.first_response_due}}", _context(language="en"))
    assert result.text == "by today at 14:00"


def test_every_shipped_reply_renders_completely_in_all_three_languages() -> None:
    entries = starter_entries()
    assert len(entries) >= 40
    for entry in entries:
        assert set(entry.variants) == {"en", "de", "da"}, entry.title
        for language, body in entry.variants.items():
            result = render(body, sample_context(language))
            where = f"{entry.shortcut} ({language})"
            assert result.complete, f"{where}: {result.unknown or result.missing}"
            assert "{{" not in result.text and "}}" not in result.text, where
            assert "{{cursor}}" in body, f"{where} has no cursor mark"
            assert sample_context(language).customer_name.split()[0] in result.text or entry.category in (
                "closing",
            ), where


def test_context_is_loaded_from_a_conversation(store: Store, clock: FixedClock) -> None:
    with store.write() as session:
        agent = models.Agent(name="Mette Nielsen", email="mette@example.com", language="da")
        session.add(agent)
        session.flush()
        agent_id = agent.id
        customer = models.Customer(name="Anna Müller", email="anna@example.de", language="de")
        session.add(customer)
        session.flush()
        conv = models.Conversation(
            number=1042,
            customer_id=customer.id,
            channel="email",
            subject="Lieferung fehlt noch",
            language="de",
            first_response_due_at=clock.now() + dt.timedelta(hours=5),
        )
        session.add(conv)
    ctx = load_render_context(store, conv.id, agent_id, now=clock.now(), tz=BERLIN)
    assert (ctx.customer_name, ctx.agent_name, ctx.language, ctx.agent_language) == (
        "Anna Müller",
        "Mette Nielsen",
        "de",
        "da",
    )
    result = render(
        "Hallo {{customer.first_name}}, {{agent.first_name}} hier zu #{{conversation.number}} "
        "({{conversation.subject}}), Antwort spätestens {{sla.first_response_due}}.",
        ctx,
    )
    assert result.text == (
        "Hallo Anna, Mette hier zu #1042 (Lieferung fehlt noch), Antwort spätestens heute um 15:00 Uhr."
    )


def test_due_times_are_shown_in_the_zone_of_the_conversations_business_calendar(
    store: Store, clock: FixedClock
) -> None:
    with store.write() as session:
        calendar = models.BusinessCalendar(
            name="Copenhagen office", definition={"timezone": "Europe/Copenhagen", "week": {}}
        )
        session.add(calendar)
        session.flush()
        policy = models.SlaPolicy(name="Email", position=10, match={}, calendar_id=calendar.id)
        customer = models.Customer(name="Jens Hansen", language="da")
        session.add_all([policy, customer])
        session.flush()
        conv = models.Conversation(
            customer_id=customer.id,
            channel="email",
            language="da",
            sla_policy_id=policy.id,
            first_response_due_at=dt.datetime(2026, 11, 24, 13, 0, tzinfo=dt.UTC),
        )
        session.add(conv)
    ctx = load_render_context(store, conv.id, None)
    result = render("Du hører fra os senest {{sla.first_response_due}}.", ctx)
    assert result.text == "Du hører fra os senest tirsdag den 24. november kl. 14.00."
    assert result.missing == () and ctx.agent_name == ""
