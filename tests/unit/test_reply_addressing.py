# SPDX-License-Identifier: GPL-3.0-or-later
"""The rules behind a reply by email, without a window: address fields (any text a person can
type ends as a list of addresses or one plain sentence), the copies a reply keeps, and the one
signature rule (the agent's, then the mailbox's footer, each once, placeholders filled)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.errors import ValidationError
from agentdesk.mail.addresses import is_address, parse_addresses, reply_copies
from agentdesk.replies.signature import SignatureValues, render_signature, signature_block, signed_text

from ..conftest import within_cpu_seconds

VALUES = SignatureValues(
    agent_name="Dr. Maja Jensen",
    agent_email="maja@shop.test",
    team="Billing",
    mailbox="support@shop.test",
    mailbox_name="Shop Support",
)


def test_an_address_field_takes_what_people_type() -> None:
    assert parse_addresses("") == []
    assert parse_addresses(' a@x.dk ,Anna Berg <B@Y.de>; c@z.com\n"Berg, Anna" <d@e.org>, a@x.dk') == [
        "a@x.dk",
        "b@y.de",
        "c@z.com",
        "d@e.org",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "anna",
        "anna@localhost",
        "anna@x.dk bob@y.dk",
        "Anna <a@x.dk> more",
        "<>",
        "a@@x.dk",
        "a@x..dk",
        "a b@x.dk",
    ],
)
def test_an_entry_that_is_not_an_address_is_named(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_addresses(text)
    assert "is not an email address" in raised.value.message


def test_too_many_addresses_are_refused() -> None:
    with pytest.raises(ValidationError, match="too many"):
        parse_addresses(", ".join(f"p{i}@x.dk" for i in range(51)))


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=300))
def test_any_typed_text_gives_addresses_or_a_sentence(text: str) -> None:
    with within_cpu_seconds():
        try:
            found = parse_addresses(text)
        except ValidationError as exc:
            assert exc.message and "\n" not in exc.message.strip()
            return
    assert all(is_address(a) and a == a.lower() for a in found)
    assert len(found) == len(set(found))
    assert parse_addresses(", ".join(found)) == found  # what it gives back reads the same again


def test_a_reply_keeps_the_copies_but_never_our_mailbox_or_the_customer() -> None:
    to = ["support@shop.test", "lars@kunde.example"]
    cc = ["Einkauf@kunde.example", "SUPPORT@shop.test", "anna@kunde.example", "broken"]
    own = ["support@shop.test", "sales@shop.test"]
    assert reply_copies(to, cc, own=own, customer="anna@kunde.example", reply_all=False) == [
        "einkauf@kunde.example"
    ]
    assert reply_copies(to, cc, own=own, customer="anna@kunde.example", reply_all=True) == [
        "lars@kunde.example",
        "einkauf@kunde.example",
    ]


def test_signature_placeholders_are_filled_once_and_unknown_ones_stay() -> None:
    template = "{{agent.first_name}} · {{ team }}\n{{mailbox.name}} <{{mailbox}}>  \n{{agent.email}} {{nope}}"
    assert (
        render_signature(template, VALUES)
        == "Maja · Billing\nShop Support <support@shop.test>\nmaja@shop.test {{nope}}"
    )
    # A value that looks like a placeholder is text, not a template.
    tricky = SignatureValues(agent_name="{{team}}", team="Billing")
    assert render_signature("{{agent.name}}", tricky) == "{{team}}"


def test_one_signature_block_the_agents_then_the_footer_each_once() -> None:
    agent, footer = "Best regards\n{{agent.name}}", "Shop ApS · Aarhus"
    assert signature_block(agent, footer, VALUES) == "Best regards\nDr. Maja Jensen\n\nShop ApS · Aarhus"
    assert signature_block("", footer, VALUES) == "Shop ApS · Aarhus"
    assert signature_block(agent, "", VALUES) == "Best regards\nDr. Maja Jensen"
    assert signature_block("", "  \n", VALUES) == ""
    # The same text as agent signature and footer: once.
    assert signature_block(footer, footer, VALUES) == "Shop ApS · Aarhus"
    # Already in the reply (typed, or brought by a canned reply; spacing may differ): not again.
    body = "Thanks!\n\nBest regards\n   Dr. Maja  Jensen\n"
    assert signature_block(agent, footer, VALUES, body=body) == "Shop ApS · Aarhus"
    assert signed_text("Thanks!\n", "Shop ApS") == "Thanks!\n\n-- \nShop ApS\n"
    assert signed_text("Thanks!", "") == "Thanks!"


@settings(max_examples=2000, deadline=None)
@given(
    st.text(max_size=200),
    st.text(max_size=120),
    st.sampled_from(["", "Maja", "{{team}}", "Ærø Øster-Ålborg"]),
    st.text(max_size=200),
)
def test_any_signature_text_gives_one_block_each_part_once(
    agent: str, footer: str, name: str, body: str
) -> None:
    values = SignatureValues(agent_name=name, team="Billing", mailbox="support@shop.test")
    with within_cpu_seconds():
        block = signature_block(agent, footer, values, body=body)
        text = signed_text(body, block)
    # The same text as signature and footer comes once; nothing at all when both are blank.
    assert signature_block(agent, agent, values, body=body) == signature_block(agent, "", values, body=body)
    if not agent.strip() and not footer.strip():
        assert block == ""
    if block.strip():  # the reply's text, then one "-- " line, then the block
        assert text.startswith(body.rstrip()) and text.endswith("\n\n-- \n" + block + "\n")
    else:
        assert text == body
    assert "{{agent.name}}" not in render_signature("{{agent.name}}", values) or name == ""
