# SPDX-License-Identifier: GPL-3.0-or-later
"""The tone hint: frustrated and calm customer messages in English, German and Danish."""

from __future__ import annotations

import datetime as dt

import pytest

from agentdesk.clock import FixedClock
from agentdesk.replies.tone import Tone, assess, latest_customer_tone
from agentdesk.store import models
from agentdesk.store.database import Store


@pytest.mark.parametrize(
    "text",
    [
        "This is unacceptable. I ordered two weeks ago and the parcel is still not here.",
        "Honestly ridiculous, third time I'm writing about the same invoice.",
        "WHERE IS MY ORDER?! I PAID FOR EXPRESS SHIPPING!!!",
        "Das ist eine Frechheit. Die Lieferung ist immer noch nicht da.",
        "Inakzeptabel! Ich warte seit drei Wochen auf meine Erstattung.",
        "ICH HABE JETZT ZUM DRITTEN MAL ANGERUFEN!!!",
        "Det er helt uacceptabelt, at jeg stadig ikke har fået mine penge tilbage.",
        "Jeg er virkelig skuffet. Pakken er endnu ikke kommet?! Hvorfor?!",
        "HVOR ER MIN PAKKE?! Det er latterligt!!!",
    ],
)
def test_frustrated_messages_are_recognised_with_reasons(text: str) -> None:
    hint = assess(text)
    assert hint.frustrated, (text, hint)
    assert hint.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Hi, could you tell me when my order will ship? Thanks a lot.",
        "I have a question about my invoice from March (order #4411, DHL tracking).",
        "Guten Tag, ich möchte meine Lieferadresse ändern. Vielen Dank!",
        "Hallo, wann kommt meine Bestellung an? Viele Grüße",
        "Hej, kan I fortælle mig, hvornår min pakke kommer? På forhånd tak.",
        "Tak for hjælpen i går, det virker nu.",
    ],
)
def test_calm_messages_stay_calm(text: str) -> None:
    hint = assess(text)
    assert hint.tone is Tone.CALM, (text, hint)
    assert not hint.frustrated


def test_a_single_signal_is_only_tense_and_says_why() -> None:
    hint = assess("Thank you so much!!!")
    assert hint.tone is Tone.TENSE and not hint.frustrated
    assert hint.reasons == ('uses "!!!"',)


def test_quoted_earlier_mail_does_not_count() -> None:
    text = "Thanks, that worked.\n\n> This is unacceptable, my order is still not here!!!"
    assert assess(text).tone is Tone.CALM


def test_the_latest_customer_message_decides(store: Store, clock: FixedClock) -> None:
    with store.write() as session:
        customer = models.Customer(name="Jens Hansen", language="da")
        session.add(customer)
        session.flush()
        conv = models.Conversation(customer_id=customer.id, channel="email", subject="Pakke", language="da")
        session.add(conv)
        session.flush()
        start = clock.now()
        for minutes, direction, body in [
            (0, "inbound", "Hej, hvor er min pakke?"),
            (30, "outbound", "Det er uacceptabelt for os at levere for sent – vi undersøger det."),
            (60, "inbound", "Den er STADIG IKKE KOMMET!!! Nu er det nok."),
            (90, "note", "Kunden er vred."),
        ]:
            session.add(
                models.Message(
                    conversation_id=conv.id,
                    direction=direction,
                    channel="email",
                    body_text=body,
                    created_at=start + dt.timedelta(minutes=minutes),
                )
            )
        conv_id = conv.id
    hint = latest_customer_tone(store, conv_id)
    assert hint.frustrated
    assert any("stadig ikke" in r for r in hint.reasons)
