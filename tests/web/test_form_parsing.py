# SPDX-License-Identifier: GPL-3.0-or-later
"""The form's boundary on its own: any fields a client can post either become a clean
``ContactForm`` or a ``FormRefused`` with a sentence in every language; tokens, limits, texts."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.web.form import (
    LIMITS,
    MAX_MESSAGE,
    ContactForm,
    FormRefused,
    FormTokens,
    check_email,
    parse_form,
)
from agentdesk.web.limits import RateLimiter
from agentdesk.web.texts import LANGUAGES, TEXTS, choose_language, text

from ..conftest import START, within_cpu_seconds

GOOD = {"name": "Ada", "email": "ada@example.org", "subject": "Hello", "message": "Hi there"}

field_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(["", " ", "\x00", "\ud800", "a\x07b", "\u2028", "<b>x</b>", "é" * 201, "x" * 20_001]),
)


@settings(max_examples=2000, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["name", "email", "subject", "message", "website", "other"]), field_text, max_size=6
    ),
    st.booleans(),
)
def test_any_posted_fields_are_a_clean_form_or_a_sentence(posted: dict[str, str], complete: bool) -> None:
    fields = {**GOOD, **posted} if complete else posted
    with within_cpu_seconds(1.0):
        try:
            form = parse_form(fields)
        except FormRefused as refused:
            for language in LANGUAGES:  # the refusal reads in every language, its values filled in
                sentence = text(refused.key, language, **refused.values)
                assert sentence and "{" not in sentence
            return
    assert isinstance(form, ContactForm)
    assert not fields.get("website")
    for name, value in (("name", form.name), ("email", form.email), ("subject", form.subject)):
        assert value == value.strip() and "\n" not in value and len(value) <= LIMITS[name]
        assert all(unicodedata.category(c) not in ("Cc", "Cs") for c in value)
    assert form.name and form.message and form.subject
    assert len(form.message) <= MAX_MESSAGE and "\r" not in form.message and "\x00" not in form.message
    assert check_email(form.email) and form.email == form.email.lower()


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("ada@example.org", True),
        ("a.b+c@sub.example.co.uk", True),
        ("ada@bücher.de", True),
        ("ada@example", False),
        ("ada@@example.org", False),
        ("ada@-example.org", False),
        (".ada@example.org", False),
        ("ada@example.123", False),
        ("ada example@example.org", False),
        ("a" * 65 + "@example.org", False),
        ("ada@" + "x" * 64 + ".org", False),
    ],
)
def test_email_syntax(address: str, ok: bool) -> None:
    assert check_email(address) is ok


def test_tokens_are_signed_timed_and_bound_to_the_secret() -> None:
    tokens = FormTokens(b"k" * 32)
    token = tokens.issue(START)
    tokens.check(token, START + dt.timedelta(minutes=5))
    with pytest.raises(FormRefused) as hasty:
        tokens.check(token, START + dt.timedelta(seconds=1))
    assert hasty.value.key == "too_fast"
    for when, forged in (
        (START + dt.timedelta(hours=5), token),  # expired
        (START + dt.timedelta(minutes=5), token[:-2] + ("AA" if token[-2:] != "AA" else "BB")),
        (START + dt.timedelta(minutes=5), FormTokens(b"x" * 32).issue(START)),
        (START + dt.timedelta(minutes=5), "%%%"),
    ):
        with pytest.raises(FormRefused) as bad:
            tokens.check(forged, when)
        assert bad.value.key == "bad_token"
    assert tokens.issue(START) != tokens.issue(START)  # a nonce in each


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=80))
def test_any_token_text_is_refused_cleanly(token: str) -> None:
    with pytest.raises(FormRefused):
        FormTokens(b"k" * 32).check(token, START)


def test_the_rate_limiter_slides_and_stays_bounded() -> None:
    limiter = RateLimiter(2, dt.timedelta(minutes=10), max_keys=3)
    limiter.record("a", START)
    limiter.record("a", START + dt.timedelta(minutes=1))
    wait = limiter.retry_after("a", START + dt.timedelta(minutes=2))
    assert wait == dt.timedelta(minutes=8)
    assert limiter.retry_after("a", START + dt.timedelta(minutes=10)) is None  # the first slid out
    for n in range(100):
        limiter.record(f"ip{n}", START)
    assert len(limiter) == 3


def test_every_visitor_sentence_is_in_every_language_with_the_same_fields() -> None:
    import string

    for key, entry in TEXTS.items():
        assert set(entry) == set(LANGUAGES), key
        names = {lang: {f[1] for f in string.Formatter().parse(s) if f[1]} for lang, s in entry.items()}
        assert names["de"] == names["en"] == names["da"], key


@pytest.mark.parametrize(
    ("asked", "header", "expected"),
    [
        ("de", None, "de"),
        ("fr", "da", "da"),
        (None, "fr-FR,fr;q=0.9,de-AT;q=0.8,en;q=0.5", "de"),
        (None, "en-GB,da;q=0.9", "en"),
        (None, "da;q=0.2,de;q=0.2", "da"),
        (None, "de;q=0,da;q=nan", "en"),
        (None, None, "en"),
    ],
)
def test_the_page_language(asked: str | None, header: str | None, expected: str) -> None:
    assert choose_language(asked, header) == expected


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=10)), st.one_of(st.none(), st.text(max_size=200)))
def test_any_language_header_gives_one_of_ours(asked: str | None, header: str | None) -> None:
    assert choose_language(asked, header) in LANGUAGES
