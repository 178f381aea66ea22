# SPDX-License-Identifier: GPL-3.0-or-later
"""The customer's mood follows their newest message (the inbox list marks it): frustrated is
angry, tense is unhappy, a calm message after an upset one is neutral again; auto-replies change
nothing."""

from __future__ import annotations

from agentdesk.clock import FixedClock
from agentdesk.inbox.service import InboxService
from agentdesk.store.database import Store
from agentdesk.store.models import Conversation


def mood(store: Store, conversation_id: object) -> str | None:
    with store.read() as session:
        conv = session.get(Conversation, conversation_id)
        assert conv is not None
        return conv.mood


def test_the_mood_follows_the_customers_newest_message(store: Store, clock: FixedClock) -> None:
    inbox = InboxService(store, clock)
    anna = inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    calm = inbox.create_conversation(anna, "email", "Frage", "Guten Tag, wann kommt meine Bestellung?").id
    assert mood(store, calm) is None  # nothing to say yet
    angry = inbox.create_conversation(
        anna, "email", "Immer noch nichts", "Das ist eine FRECHHEIT!!! Ich warte IMMER NOCH, inakzeptabel."
    ).id
    assert mood(store, angry) == "angry"
    clock.advance(minutes=5)
    inbox.add_inbound_message(angry, "Danke für die schnelle Antwort, jetzt klappt es.")
    assert mood(store, angry) == "neutral"
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    tense = inbox.create_conversation(jens, "chat", "Pakke", "Min pakke er stadig ikke kommet.").id
    assert mood(store, tense) in ("unhappy", "angry")
    inbox.add_inbound_message(tense, "Auto-reply: I am out of office.", automatic=True)
    assert mood(store, tense) in ("unhappy", "angry")  # an auto-reply says nothing of the customer
