# SPDX-License-Identifier: GPL-3.0-or-later
"""The texts AgentDesk wrote into a conversation, worded in the window's language.

The record keeps facts (``agentdesk.record_text``); here they become sentences with the window's
``QLocale`` for the time and the short tier names (L1, L2). The timeline asks for the generated
notes of a conversation once per rendering (``generated_notes``) and shows those sentences in
place of the notes' stored text, so a German and a Danish agent each read the same synced note in
their own language, and a note stored as English text by an older version reads the same way
(its escalation event has the facts).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from agentdesk.gui import labels
from agentdesk.inbox.queries import EventEntry, MessageEntry
from agentdesk.record_text import facts_from_event, generated_note


def note_sentence(facts: Mapping[str, Any]) -> str | None:
    """The sentence of a generated note in the window's language; None for facts of a kind this
    version does not know (the stored text is shown then)."""
    message = generated_note(facts, time=labels.local_datetime, tier=labels.tier_label)
    return message.render(labels.translate) if message is not None else None


def generated_notes(timeline: Iterable[MessageEntry | EventEntry]) -> dict[uuid.UUID, str]:
    """The notes of a timeline that AgentDesk wrote, by id, each with its sentence: from the
    note's own facts, else (a note an older version stored as English text) from its escalation
    event."""
    found: dict[uuid.UUID, str] = {}
    for entry in timeline:
        if isinstance(entry, MessageEntry):
            sentence = note_sentence(entry.generated) if entry.generated else None
            if sentence is not None:
                found[entry.id] = sentence
            continue
        if entry.kind != "escalation":
            continue
        facts = facts_from_event(entry.data)
        if facts is None:
            continue
        try:
            note_id = uuid.UUID(str(entry.data["note_id"]))
        except ValueError:
            continue
        sentence = note_sentence(facts)
        if sentence is not None:
            found.setdefault(note_id, sentence)
    return found


def note_role() -> str:
    """What a generated note is, beside its author "AgentDesk"."""
    return labels.translate("RecordView", "Automatic hand-off note")


__all__ = ["generated_notes", "note_role", "note_sentence"]
