# SPDX-License-Identifier: GPL-3.0-or-later
"""Signing in at a shared desk (agentdesk.identity): hashes, waits after wrong tries, the audit
entries of those tries, "stay signed in", and each agent's drafts on a real SQLite file."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.errors import AgentDeskError, PermissionDenied, ValidationError
from agentdesk.identity import drafts, secrets
from agentdesk.identity.signin import (
    FIRST_WAIT,
    FREE_TRIES,
    LONGEST_WAIT,
    SignInRefused,
    SignInService,
    SignInWait,
    wait_after,
)
from agentdesk.inbox.directory import DirectoryService
from agentdesk.inbox.drafts import DraftService
from agentdesk.inbox.service import InboxService
from agentdesk.store.audit_models import AuditEntry
from agentdesk.store.database import Store
from agentdesk.store.identity_models import AgentSecret
from agentdesk.store.models import Channel
from tests.conftest import within_cpu_seconds

CHEAP = 2**4  # scrypt cost for tests: the rules are the same, the work is not


@dataclass
class Desk:
    signin: SignInService
    admin: uuid.UUID
    maja: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    directory = DirectoryService(store, clock)
    admin = directory.create_agent("Anders Admin", "anders@shop.test", role="admin", tiers=[1, 2, 3])
    maja = directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1])
    return Desk(SignInService(store, clock, cost=CHEAP), admin, maja)


def test_only_the_hash_is_kept_and_the_right_pin_signs_in(desk: Desk, store: Store) -> None:
    desk.signin.set_secret(desk.admin, desk.maja, "4071")
    with store.read() as session:
        row = session.get(AgentSecret, desk.maja)
        assert row is not None
        assert row.kind == "pin" and b"4071" not in row.hash + row.salt and len(row.salt) == 16
        assert row.cost == CHEAP and row.set_by == desk.admin
    desk.signin.sign_in(desk.maja, "4071")  # no error
    with pytest.raises(SignInRefused):
        desk.signin.sign_in(desk.maja, "4072")


def test_the_default_cost_is_strong() -> None:
    assert secrets.DEFAULT_COST >= 2**15 and secrets.BLOCK_SIZE >= 8
    hashed = secrets.hash_secret("correct horse battery")
    assert hashed.kind == "password" and hashed.cost == secrets.DEFAULT_COST
    assert secrets.verify("correct horse battery", hashed)
    assert not secrets.verify("correct horse battery!", hashed)


def test_a_weaker_hash_is_made_again_at_the_next_sign_in(desk: Desk, store: Store, clock: FixedClock) -> None:
    desk.signin.set_secret(desk.admin, desk.maja, "4071")
    stronger = SignInService(store, clock, cost=CHEAP * 2)
    stronger.sign_in(desk.maja, "4071")
    with store.read() as session:
        row = session.get(AgentSecret, desk.maja)
        assert row is not None and row.cost == CHEAP * 2
    stronger.sign_in(desk.maja, "4071")


@pytest.mark.parametrize(
    ("secret", "problem"),
    [
        ("", "Enter a PIN or password."),
        ("   ", "only spaces"),
        ("123", "at least 4 digits"),
        ("0000", "too easy"),
        ("1234", "too easy"),
        ("9876", "too easy"),
        ("7890", "too easy"),
        ("short", "at least 8 characters"),
        ("x" * 257, "at most 256"),
        ("pass\ud800word", "cannot be typed"),
        ("pass\x00word", "cannot be typed"),
    ],
)
def test_a_weak_or_broken_secret_is_refused_with_a_sentence(secret: str, problem: str) -> None:
    with pytest.raises(ValidationError) as refused:
        secrets.check_new(secret)
    assert problem in str(refused.value)


def test_the_same_password_in_another_normal_form_matches() -> None:
    hashed = secrets.hash_secret("Kaffe på bænken", cost=CHEAP)
    assert secrets.verify("Kaffe pa\u030a bænken", hashed)  # "å" as a + combining ring


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(secret=st.text(max_size=300), attempt=st.text(max_size=300))
def test_any_text_is_hashed_and_verified_or_refused_with_a_sentence(secret: str, attempt: str) -> None:
    """The hash/verify boundary: every text a field can hand over either works or is refused
    with a one-line sentence; only the same secret (up to its normal form) verifies."""
    with within_cpu_seconds(1.0):
        try:
            hashed = secrets.hash_secret(secret, cost=2)
        except ValidationError as exc:
            assert exc.message and "\n" not in exc.message
            return
        assert secrets.verify(secret, hashed)
        try:
            same = secrets.verify(attempt, hashed)
        except ValidationError as exc:
            assert exc.message and "\n" not in exc.message
            return
        assert same == (secrets.normalised(attempt) == secrets.normalised(secret))


def test_the_waits_grow_after_five_wrong_tries() -> None:
    assert [wait_after(n) for n in range(FREE_TRIES)] == [0] * FREE_TRIES
    assert wait_after(FREE_TRIES) == FIRST_WAIT
    assert wait_after(FREE_TRIES + 1) == 2 * FIRST_WAIT
    assert wait_after(FREE_TRIES + 3) == 8 * FIRST_WAIT
    assert wait_after(1000) == LONGEST_WAIT


def test_five_wrong_tries_make_the_next_wait_and_each_is_in_the_audit_log(
    desk: Desk, store: Store, clock: FixedClock
) -> None:
    desk.signin.set_secret(desk.admin, desk.maja, "4071")
    for _ in range(FREE_TRIES - 1):
        with pytest.raises(SignInRefused):
            desk.signin.sign_in(desk.maja, "1111")
    with pytest.raises(SignInWait) as waited:
        desk.signin.sign_in(desk.maja, "1112")  # the fifth
    assert waited.value.seconds == FIRST_WAIT
    assert desk.signin.wait_seconds(desk.maja) == FIRST_WAIT
    # During the wait even the right PIN is refused, and not counted.
    with pytest.raises(SignInWait):
        desk.signin.sign_in(desk.maja, "4071")
    clock.advance(seconds=FIRST_WAIT - 1)
    assert desk.signin.wait_seconds(desk.maja) == 1
    clock.advance(seconds=1)
    assert desk.signin.wait_seconds(desk.maja) == 0
    with pytest.raises(SignInWait) as longer:
        desk.signin.sign_in(desk.maja, "1113")  # the sixth wrong one waits twice as long
    assert longer.value.seconds == 2 * FIRST_WAIT
    # Quitting and starting again does not reset the count.
    again = SignInService(store, clock, cost=CHEAP)
    assert again.wait_seconds(desk.maja) == 2 * FIRST_WAIT
    clock.advance(seconds=2 * FIRST_WAIT)
    again.sign_in(desk.maja, "4071")
    assert again.wait_seconds(desk.maja) == 0
    with store.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "sign_in_failed").order_by(AuditEntry.at)
        ).all()
    assert [e.after for e in entries] == [{"failures": n} for n in range(1, FREE_TRIES + 2)]
    assert {e.row_id for e in entries} == {desk.maja}
    assert all(e.at is not None and e.at.year == 2026 for e in entries)  # the desk's clock


def test_input_that_is_no_secret_is_not_counted(desk: Desk) -> None:
    desk.signin.set_secret(desk.admin, desk.maja, "4071")
    for bad in ("", "x" * 10_000, "\udc80"):
        with pytest.raises(ValidationError) as refused:
            desk.signin.sign_in(desk.maja, bad)
        assert not isinstance(refused.value, SignInRefused)
    assert desk.signin.wait_seconds(desk.maja) == 0


def test_only_an_admin_sets_or_resets_and_a_reset_ends_the_wait(desk: Desk) -> None:
    desk.signin.set_secret(desk.admin, desk.maja, "4071")
    with pytest.raises(PermissionDenied):
        desk.signin.set_secret(desk.maja, desk.admin, "5555x5555")
    for _ in range(FREE_TRIES):
        with pytest.raises(AgentDeskError):
            desk.signin.sign_in(desk.maja, "1111")
    assert desk.signin.wait_seconds(desk.maja) > 0
    desk.signin.set_secret(desk.admin, desk.maja, "8305")
    assert desk.signin.wait_seconds(desk.maja) == 0
    desk.signin.sign_in(desk.maja, "8305")


def test_an_agent_without_a_secret_chooses_one_once(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="no PIN or password yet"):
        desk.signin.sign_in(desk.maja, "4071")
    with pytest.raises(ValidationError, match="differ"):
        desk.signin.choose(desk.maja, "4071", "4017")
    desk.signin.choose(desk.maja, "4071", "4071")
    assert desk.signin.secret_kind(desk.maja) == "pin"
    with pytest.raises(PermissionDenied):
        desk.signin.choose(desk.maja, "9999x9999", "9999x9999")  # a second claim is no reset
    desk.signin.sign_in(desk.maja, "4071")


def test_stay_signed_in_is_for_a_one_person_shop(store: Store, clock: FixedClock) -> None:
    directory = DirectoryService(store, clock)
    signin = SignInService(store, clock, cost=CHEAP)
    assert not signin.needs_prompt(server=False)  # nobody to sign in yet: the workspace is set up
    solo = directory.create_agent("Sofie Solo", "sofie@shop.test", role="admin", tiers=[1])
    assert signin.needs_prompt(server=False) and signin.offers_stay()
    signin.choose(solo, "sofie-secret", "sofie-secret", stay=True)
    assert signin.stay_signed_in() == solo and not signin.needs_prompt(server=False)
    # A second agent is offered no "stay"; once they have a secret, the desk is shared.
    helper = directory.create_agent("Hugo Helper", "hugo@shop.test", tiers=[1])
    assert not signin.offers_stay()
    assert signin.stay_signed_in() == solo
    signin.set_secret(solo, helper, "3907")
    assert signin.stay_signed_in() is None and signin.needs_prompt(server=False)
    assert not signin.needs_prompt(server=True)  # with a team server, the login is the agent


def test_each_agent_keeps_their_own_drafts(desk: Desk, store: Store, clock: FixedClock) -> None:
    inbox = InboxService(store, clock, actor_id=desk.admin)
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    first = inbox.create_conversation(jens, Channel.EMAIL, "Payment failed", "Card declined").id
    second = inbox.create_conversation(jens, Channel.EMAIL, "Where is my parcel", "Ordered last week").id
    service = DraftService(store, clock)
    service.save(first, "Dear Jens, from Anders")
    assert drafts.hand_over(store, None, desk.admin) == 0  # a fresh start: the desk's drafts stay
    assert drafts.hand_over(store, desk.admin, desk.maja) == 0
    assert service.load(first) is None  # Maja does not see what Anders wrote
    service.save(first, "Hej Jens, fra Maja")
    service.save(second, "Hej Ole", mode="note")
    assert drafts.hand_over(store, desk.maja, desk.admin) == 1
    loaded = service.load(first)
    assert loaded is not None and loaded.body == "Dear Jens, from Anders"
    assert service.load(second) is None
    assert drafts.hand_over(store, desk.admin, desk.maja) == 2
    maja_first, maja_second = service.load(first), service.load(second)
    assert maja_first is not None and maja_first.body == "Hej Jens, fra Maja"
    assert maja_second is not None and maja_second.mode == "note"


def test_setting_a_pin_is_audited_once_without_the_secret(
    desk: Desk, store: Store, clock: FixedClock
) -> None:
    from agentdesk.audit import REDACTED, capture

    capture.install(store, clock, lambda: desk.admin)
    try:
        desk.signin.set_secret(desk.admin, desk.maja, "4071")
        desk.signin.sign_in(desk.maja, "4071")  # signing in is no administrative change
        with pytest.raises(SignInRefused):
            desk.signin.sign_in(desk.maja, "4072")
    finally:
        capture.uninstall(store)
    with store.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)).all()
    changes = [e for e in entries if e.table_name == "agent_secret"]
    assert len(changes) == 1 and changes[0].actor_id == desk.admin and changes[0].row_id == desk.maja
    after = changes[0].after or {}
    assert after.get("hash") == REDACTED and after.get("salt") == REDACTED
    assert "4071" not in repr([(e.before, e.after) for e in entries])
    assert [e.action for e in entries if e.action == "sign_in_failed"] == ["sign_in_failed"]
