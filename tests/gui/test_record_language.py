# SPDX-License-Identifier: GPL-3.0-or-later
"""What AgentDesk writes into a conversation is kept as facts and read in the reader's language.

An automatic escalation by the SLA policy writes a hand-off note whose record is its kind and
parameters (no English sentence); the timeline words it in the window's language, and a note an
older version stored as English text reads the same way through its escalation event.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.exchange import export_jsonl, import_jsonl
from agentdesk.gui import i18n, labels
from agentdesk.gui.record_view import generated_notes
from agentdesk.gui.timeline import render_timeline
from agentdesk.inbox.queries import EventEntry, conversation_detail
from agentdesk.inbox.service import InboxService
from agentdesk.record_text import facts_of, generated_note
from agentdesk.sla.cache import catch_up
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import AutoEscalation, Policy
from agentdesk.store.database import Store, open_store
from agentdesk.store.models import ConversationEvent, Message
from tests.conftest import within_cpu_seconds

SENTENCES = {
    "en": "First response SLA breached at {time}: moved from L1 to L2 automatically.",
    "de": "SLA für die Erstreaktion am {time} verletzt: automatisch von L1 nach L2 eskaliert.",
    "da": "SLA for første svar overskredet {time}: automatisk eskaleret fra L1 til L2.",
}
ROLES = {
    "en": "Automatic hand-off note",
    "de": "Automatische Übergabenotiz",
    "da": "Automatisk overdragelsesnote",
}


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en", qapp)


def escalated(store: Store, clock: FixedClock) -> tuple[uuid.UUID, dt.datetime]:
    """A conversation the SLA policy moved from tier 1 to 2 after an hour without an answer;
    returns it and the moment of the breach."""
    save_policy(
        store,
        Policy(
            name="Around the clock",
            first_response_minutes=60,
            warning_share=0.25,
            auto_escalation=AutoEscalation.from_dict(
                {"on": "breach", "targets": ["first_response"], "escalate": True, "notify": True}
            ),
        ),
        clock.now(),
    )
    inbox = InboxService(store, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk")
    cid = inbox.create_conversation(customer, "email", "Payment failed", "My card was charged twice.").id
    created = clock.now()
    clock.advance(minutes=61)
    assert catch_up(store, clock.now()).escalations == 1
    return cid, created + dt.timedelta(minutes=60)


def note_of(store: Store, cid: uuid.UUID) -> Message:
    with store.read() as s:
        [note] = s.scalars(select(Message).where(Message.conversation_id == cid, Message.direction == "note"))
        return note


def squash(text: str) -> str:
    return " ".join(text.split())


def timeline_text(store: Store, cid: uuid.UUID) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(render_timeline(conversation_detail(store, cid)).html)
    return squash(document.toPlainText())


def test_the_record_holds_facts_and_no_sentence(store: Store, clock: FixedClock) -> None:
    cid, breached = escalated(store, clock)
    note = note_of(store, cid)
    assert note.body_text == "" and note.body_html is None
    facts = facts_of(note.meta)
    assert facts is not None
    assert not any("breached" in str(v) or "moved" in str(v) for v in facts.values())
    message = generated_note(facts)  # outside the window: English, the time in UTC
    assert message is not None
    assert str(message) == SENTENCES["en"].format(time=f"{breached:%Y-%m-%d %H:%M} UTC")


@pytest.mark.parametrize("language", ["en", "de", "da"])
def test_the_timeline_words_the_note_in_the_window_language(
    qapp: QApplication, store: Store, clock: FixedClock, language: str, english_afterwards: None
) -> None:
    cid, breached = escalated(store, clock)
    i18n.install(language, qapp)
    text = timeline_text(store, cid)
    assert squash(SENTENCES[language].format(time=labels.local_datetime(breached))) in text
    assert ROLES[language] in text and "AgentDesk" in text
    if language != "en":
        assert "breached" not in text and "automatically" not in text


def test_a_note_stored_as_english_text_reads_in_the_window_language(
    qapp: QApplication, store: Store, clock: FixedClock, english_afterwards: None
) -> None:
    """An older version stored the sentence itself; its escalation event has the facts."""
    cid, breached = escalated(store, clock)
    old = "First response SLA breached at 2026-11-23 14:05 CET — moved from tier 1 to tier 2 automatically."
    with store.write() as s:
        [note] = s.scalars(select(Message).where(Message.conversation_id == cid, Message.direction == "note"))
        note.body_text = old
        note.meta = {"handoff": note.meta["handoff"]}
    i18n.install("de", qapp)
    text = timeline_text(store, cid)
    assert squash(SENTENCES["de"].format(time=labels.local_datetime(breached))) in text
    assert squash(old) not in text


def test_an_old_english_note_without_its_event_still_shows(
    qapp: QApplication, store: Store, clock: FixedClock, english_afterwards: None
) -> None:
    cid, _breached = escalated(store, clock)
    old = "First response SLA breached at 2026-11-23 14:05 CET — moved from tier 1 to tier 2 automatically."
    with store.write() as s:
        [note] = s.scalars(select(Message).where(Message.conversation_id == cid, Message.direction == "note"))
        note.body_text = old
        note.meta = {}
        for event in s.scalars(select(ConversationEvent).where(ConversationEvent.kind == "escalation")):
            event.deleted_at = clock.now()
    i18n.install("da", qapp)
    assert squash(old) in timeline_text(store, cid)


def test_the_note_reads_from_its_own_facts_without_its_event(
    qapp: QApplication, store: Store, clock: FixedClock, english_afterwards: None
) -> None:
    """A note that arrived before its event (or whose event is gone) still reads in full."""
    cid, breached = escalated(store, clock)
    with store.write() as s:
        for event in s.scalars(select(ConversationEvent).where(ConversationEvent.kind == "escalation")):
            event.deleted_at = clock.now()
    i18n.install("da", qapp)
    text = timeline_text(store, cid)
    assert squash(SENTENCES["da"].format(time=labels.local_datetime(breached))) in text
    assert ROLES["da"] in text


def test_an_export_keeps_the_facts_and_the_imported_copy_reads_in_the_language(
    qapp: QApplication, store: Store, clock: FixedClock, tmp_path: Path, english_afterwards: None
) -> None:
    cid, breached = escalated(store, clock)
    exported = tmp_path / "workspace.jsonl"
    export_jsonl(store, exported)
    content = exported.read_text(encoding="utf-8")
    assert '"generated"' in content and '"sla_escalation"' in content
    assert "breached" not in content and "automatically" not in content  # no sentence was stored
    copy = open_store(tmp_path / "copy.sqlite")
    try:
        import_jsonl(copy, exported)
        i18n.install("de", qapp)
        text = timeline_text(copy, cid)
        assert squash(SENTENCES["de"].format(time=labels.local_datetime(breached))) in text
    finally:
        copy.close()


def test_unknown_or_damaged_facts_fall_back_without_an_error() -> None:
    assert generated_note({"kind": "something_newer"}) is None
    assert generated_note({"kind": "sla_escalation", "from_tier": "x", "to_tier": 2}) is None
    moved = generated_note({"kind": "sla_escalation", "from_tier": 1, "to_tier": 2, "target": "?", "at": "?"})
    assert str(moved) == "Moved from L1 to L2 automatically by the SLA policy."


# -- whatever a peer or an older version stored -------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
_moments = st.datetimes(
    min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59), timezones=st.timezones()
).map(lambda d: d.isoformat())
_facts = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.just("sla_escalation") | _json,
        "target": st.sampled_from(["first_response", "next_response", "resolution"]) | _json,
        "trigger": st.sampled_from(["warning", "breach"]) | _json,
        "at": _moments | _json,
        "from_tier": st.integers(-5, 12) | _json,
        "to_tier": st.integers(-5, 12) | _json,
        "reason": st.just("sla") | _json,
        "note_id": st.uuids().map(str) | _json,
    },
)


_EDGE = {"kind": "sla_escalation", "from_tier": 1, "to_tier": 2, "target": "resolution", "trigger": "breach"}


@settings(max_examples=2000, deadline=None)
@given(facts=_facts)
@example(facts={**_EDGE, "at": "0001-01-01T00:00:00+05:00"})  # before the first instant in UTC
@example(facts={**_EDGE, "at": "9999-12-31T23:59:00-05:00"})  # after the last
@example(facts={**_EDGE, "from_tier": "1.5", "at": "2026-11-23T13:05:00"})
def test_any_stored_facts_give_a_sentence_or_the_stored_text(
    qapp: QApplication, facts: dict[str, object]
) -> None:
    """Facts come from other desktops and other versions: every shape words as a sentence or
    leaves the stored text alone, never an error."""
    with within_cpu_seconds():
        message = generated_note(facts)
        if message is not None:
            assert str(message).strip()
        entry = EventEntry(uuid.uuid4(), "escalation", None, facts, dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
        for sentence in generated_notes([entry]).values():
            assert sentence.strip()
