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

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui import i18n, labels
from agentdesk.gui.timeline import render_timeline
from agentdesk.inbox.queries import conversation_detail
from agentdesk.inbox.service import InboxService
from agentdesk.record_text import facts_of, generated_note
from agentdesk.sla.cache import catch_up
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import AutoEscalation, Policy
from agentdesk.store.database import Store
from agentdesk.store.models import ConversationEvent, Message

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


def test_unknown_or_damaged_facts_fall_back_without_an_error() -> None:
    assert generated_note({"kind": "something_newer"}) is None
    assert generated_note({"kind": "sla_escalation", "from_tier": "x", "to_tier": 2}) is None
    moved = generated_note({"kind": "sla_escalation", "from_tier": 1, "to_tier": 2, "target": "?", "at": "?"})
    assert str(moved) == "Moved from L1 to L2 automatically by the SLA policy."
