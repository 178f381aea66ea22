# SPDX-License-Identifier: GPL-3.0-or-later
"""The service layer's sentences: marked without Qt, rendered in whichever language is installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentdesk import messages
from agentdesk.errors import AgentDeskError, ImportFormatError, ValidationError
from agentdesk.messages import Message, Text, translatable


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    messages.use_translator(None)


GERMAN = {
    ("Errors", "Conversation {number} is closed."): "Anfrage {number} ist geschlossen.",
    ("Channel", "Email"): "E-Mail",
    ("Errors", "Sent by {channel}."): "Per {channel} gesendet.",
}


def german(context: str, text: str) -> str:
    return GERMAN.get((context, text), text)


def test_a_marked_text_is_the_english_text_and_knows_its_context() -> None:
    text = translatable("Errors", "Conversation {number} is closed.")
    assert text == "Conversation {number} is closed."
    assert isinstance(text, Text) and text.context == "Errors"


def test_an_error_reads_in_english_without_a_translator() -> None:
    error = ValidationError(translatable("Errors", "Conversation {number} is closed."), number=1042)
    assert str(error) == error.message == "Conversation 1042 is closed."


def test_an_error_reads_in_the_installed_language_and_in_english_for_logs() -> None:
    error = ValidationError(translatable("Errors", "Conversation {number} is closed."), number=1042)
    messages.use_translator(german)
    assert str(error) == "Anfrage 1042 ist geschlossen."
    assert error.english() == "Conversation 1042 is closed."


def test_a_parameter_that_is_a_marked_text_is_translated_too() -> None:
    sentence = Message(translatable("Errors", "Sent by {channel}."), channel=translatable("Channel", "Email"))
    assert sentence.render(german) == "Per E-Mail gesendet."
    assert sentence.english() == "Sent by Email."


def test_a_nested_message_renders_in_the_same_language() -> None:
    inner = Message(translatable("Errors", "Conversation {number} is closed."), number=7)
    outer = Message(translatable("Errors", "line {line}: {problem}"), line=3, problem=inner)
    assert outer.render(german) == "line 3: Anfrage 7 ist geschlossen."


def test_a_translation_with_a_wrong_field_falls_back_to_english() -> None:
    broken = Message(translatable("Errors", "Conversation {number} is closed."), number=5)
    assert broken.render(lambda _c, _t: "Anfrage {nummer} ist zu.") == "Conversation 5 is closed."


def test_plain_strings_still_work_braces_and_all() -> None:
    assert str(AgentDeskError("A {literal} brace stays.")) == "A {literal} brace stays."


def test_format_specs_and_conversions_behave_as_in_an_f_string() -> None:
    sentence = Message(translatable("Errors", "{name!r} has {count:,} rows."), name="x", count=12345)
    assert str(sentence) == f"{'x'!r} has {12345:,} rows."


def test_import_errors_keep_their_line_and_problem() -> None:
    error = ImportFormatError(4, "bad\nvalue")
    assert error.line == 4 and str(error) == "line 4: bad\\nvalue"
