# SPDX-License-Identifier: GPL-3.0-or-later
"""A draft's Cc, Bcc and "Answer by email instead" as the drafts service keeps them."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.clock import FixedClock
from agentdesk.inbox.drafts import MAX_ADDRESS_FIELD, DraftService, _field
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store, open_store
from tests.conftest import START, within_cpu_seconds


def _conversation(store: Store, clock: FixedClock) -> uuid.UUID:
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    return inbox.create_conversation(customer, "email", "Invoice", "Hello").id


def test_addressing_is_kept_with_and_without_text(store: Store, clock: FixedClock) -> None:
    drafts = DraftService(store, clock)
    conversation = _conversation(store, clock)
    drafts.save(conversation, "", cc=None, bcc=None, by_email=False)  # nothing: no draft
    assert drafts.load(conversation) is None
    drafts.save(conversation, "", cc="", bcc="boss@shop.test")  # the Cc emptied on purpose
    kept = drafts.load(conversation)
    assert kept is not None and (kept.cc, kept.bcc, kept.by_email, kept.body) == (
        "",
        "boss@shop.test",
        False,
        "",
    )
    assert drafts.conversations_with_drafts() == set()  # no text: the list marks none
    drafts.save(conversation, "Hi", by_email=True)  # untouched copies again: the usual apply
    kept = drafts.load(conversation)
    assert kept is not None and (kept.cc, kept.bcc, kept.by_email) == (None, None, True)
    assert drafts.conversations_with_drafts() == {conversation}
    drafts.discard(conversation)
    assert drafts.load(conversation) is None


_store_dir = tempfile.TemporaryDirectory(prefix="agentdesk-draft-addressing-")
_shared: dict[str, DraftService] = {}
_conversations: dict[str, uuid.UUID] = {}


def _shared_store() -> tuple[DraftService, uuid.UUID]:
    if not _shared:
        store = open_store(Path(_store_dir.name) / "drafts.sqlite")
        clock = FixedClock(START)
        _shared["drafts"] = DraftService(store, clock)
        _conversations["one"] = _conversation(store, clock)
    return _shared["drafts"], _conversations["one"]


def _as_kept(typed: str | None, stored: str | None) -> None:
    if typed is None:
        assert stored is None
        return
    assert stored is not None and len(stored) == min(len(typed), MAX_ADDRESS_FIELD)
    assert not any(c in stored for c in "\r\n\x00")
    assert all(a == b or a in "\r\n\x00" for a, b in zip(typed, stored, strict=False))


_typed = st.one_of(
    st.none(),
    st.text(max_size=200),
    # long ones (a pasted list, a slip of the keyboard), made by repetition: quick to generate
    st.builds(lambda piece, times: piece * times, st.text(min_size=1, max_size=12), st.integers(1, 900)),
)


@settings(max_examples=2000, deadline=None)
@given(typed=_typed)
def test_whatever_is_typed_in_a_copy_field_is_kept_as_one_line(typed: str | None) -> None:
    with within_cpu_seconds():
        stored = _field(typed)
    _as_kept(typed, stored)


@settings(max_examples=200, deadline=None)
@given(cc=_typed, bcc=_typed, by_email=st.booleans())
def test_a_drafts_addressing_comes_back_from_the_database(
    cc: str | None, bcc: str | None, by_email: bool
) -> None:
    drafts, conversation = _shared_store()
    drafts.save(conversation, "Text", cc=cc, bcc=bcc, by_email=by_email)
    kept = drafts.load(conversation)
    assert kept is not None and kept.by_email == by_email
    _as_kept(cc, kept.cc)
    _as_kept(bcc, kept.bcc)
