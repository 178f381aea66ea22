# SPDX-License-Identifier: GPL-3.0-or-later
"""The survey token and the score in a plain reply, on any input: a token verifies only with its
key and unchanged; a reply's score is a whole number on the survey's scale or None, never an
error; a policy's fields are accepted cleaned or refused in one sentence."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.errors import ValidationError
from agentdesk.surveys.policy import PolicyInput, check, fill, low_score
from agentdesk.surveys.token import asks_stop, find_token, own_lines, reply_comment, reply_score, sign

from ..conftest import within_cpu_seconds

KEYS = st.text(min_size=1, max_size=64)
SCORES = st.one_of(st.none(), st.integers(min_value=0, max_value=99))


@settings(max_examples=2000, deadline=None)
@given(key=KEYS, other=KEYS, request_id=st.uuids(), score=SCORES, before=st.text(), after=st.text())
def test_a_token_verifies_with_its_key_only(
    key: str, other: str, request_id: uuid.UUID, score: int | None, before: str, after: str
) -> None:
    token = sign(key, request_id, score)
    with within_cpu_seconds():
        found = find_token(f"{before} [{token}] {after}", [key])
    assert found is not None
    # a token written earlier in the text (the customer's own forgery) could come first
    if "S1-" not in before:
        assert (found.request_id, found.score) == (request_id, score)
    if other != key:
        assert find_token(token, [other]) is None


@settings(max_examples=2000, deadline=None)
@given(
    key=KEYS, request_id=st.uuids(), score=st.integers(min_value=0, max_value=10), position=st.integers(0, 60)
)
def test_an_altered_token_is_refused(key: str, request_id: uuid.UUID, score: int, position: int) -> None:
    token = sign(key, request_id, score)
    index = position % len(token)
    if token[index] in "-S":
        return
    swapped = "0" if token[index] != "0" else "1"
    changed = token[:index] + swapped + token[index + 1 :]
    assert find_token(changed, [key]) is None


@settings(max_examples=2000, deadline=None)
@given(body=st.text(max_size=400), low=st.sampled_from([0, 1]), high=st.sampled_from([5, 7, 10]))
def test_reply_parsing_never_fails_and_stays_on_the_scale(body: str, low: int, high: int) -> None:
    with within_cpu_seconds():
        score = reply_score(body, low, high)
        comment = reply_comment(body, ["Comment (optional):"])
        asks_stop(body)
        own_lines(body)
    assert score is None or (isinstance(score, int) and low <= score <= high)
    assert isinstance(comment, str)


@settings(max_examples=2000, deadline=None)
@given(score=st.integers(min_value=0, max_value=10), rest=st.sampled_from(["", " - great", "/10", " von 10"]))
def test_a_number_first_is_the_score(score: int, rest: str) -> None:
    body = f"{score}{rest}\n\nOn Monday, Support wrote:\n> 1 2 3"
    assert reply_score(body, 0, 10) == score


def test_reply_examples() -> None:
    assert reply_score("4", 1, 5) == 4
    assert reply_score("  5/5 \n> quoted 1", 1, 5) == 5
    assert reply_score("**3**", 1, 5) == 3
    assert reply_score("45", 1, 5) is None  # not a 4 and a 5
    assert reply_score("4.5", 1, 5) is None
    assert reply_score("6", 1, 5) is None
    assert reply_score("Great service, 5", 1, 5) is None  # only a leading number counts
    assert reply_score("> 4\nAm Montag schrieb Support:", 1, 5) is None
    assert reply_comment("9 - great service\nThanks!") == "great service\nThanks!"
    assert asks_stop("Stop.") and asks_stop("Abmelden") and asks_stop("afmeld") and not asks_stop("4")
    assert low_score("csat", 2) and not low_score("csat", 3)
    assert low_score("nps", 6) and not low_score("nps", 7)
    assert low_score("ces", 3) and not low_score("ces", 4)
    assert fill("Hi {name} {other}", {"name": "Ana"}) == "Hi Ana {other}"


@settings(max_examples=2000, deadline=None)
@given(
    name=st.text(max_size=250),
    kind=st.sampled_from(["csat", "nps", "ces", "off", "xyz", ""]),
    channel=st.sampled_from([None, "email", "chat", "fax"]),
    plan=st.sampled_from([None, "basic", "premium", "gold"]),
    delay=st.integers(min_value=-10, max_value=100_000),
    period=st.integers(min_value=-10, max_value=1000),
    subject=st.text(max_size=250),
    body=st.text(max_size=300),
)
def test_policy_fields_are_cleaned_or_refused(
    name: str,
    kind: str,
    channel: str | None,
    plan: str | None,
    delay: int,
    period: int,
    subject: str,
    body: str,
) -> None:
    data = PolicyInput(
        name=name,
        kind=kind,
        channel=channel,
        plan=plan,
        delay_minutes=delay,
        period_days=period,
        texts={"de": {"subject": subject, "body": body}, "xx": {"subject": "?"}},
    )
    try:
        checked = check(data)
    except ValidationError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    assert checked.name and checked.name == checked.name.strip()
    assert checked.kind in ("csat", "nps", "ces", "off")
    assert 0 <= checked.delay_minutes <= 60 * 24 * 30 and 0 <= checked.period_days <= 730
    assert set(checked.texts) <= {"de"}
    for text in checked.texts.values():
        assert not text["body"] or "{question}" in text["body"]
