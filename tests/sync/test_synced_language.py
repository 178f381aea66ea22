# SPDX-License-Identifier: GPL-3.0-or-later
"""A synced conversation with an automatic escalation reads in German on one desktop and in
Danish on the other: the record travels as facts, each window words them in its own language."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui import i18n, labels
from agentdesk.gui.timeline import render_timeline
from agentdesk.inbox.queries import conversation_detail
from agentdesk.inbox.service import InboxService
from agentdesk.sla.cache import catch_up
from agentdesk.sla.editing import save_policy
from agentdesk.sla.policy import AutoEscalation, Policy
from agentdesk.store.database import Store
from agentdesk.store.models import Message
from agentdesk.sync.connection import Credentials
from agentdesk.sync.engine import sync_once
from agentdesk.sync.server import add_agent

pytestmark = pytest.mark.server

LENA = Credentials("lang_lena", "lena-pw")  # works in German
SOREN = Credentials("lang_soren", "soren-pw")  # works in Danish


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en", qapp)


def synced(store: Store, url: str, who: Credentials) -> None:
    summary = sync_once(store, url, who)
    assert summary.ok, summary.error


def read_in(language: str, store: Store, conversation: uuid.UUID, qapp: QApplication) -> str:
    """The conversation's timeline as the agent at ``store`` reads it, in ``language``."""
    i18n.install(language, qapp)
    document = QTextDocument()
    document.setHtml(render_timeline(conversation_detail(store, conversation)).html)
    return " ".join(document.toPlainText().split())


def test_an_automatic_escalation_reads_in_german_on_one_desktop_and_in_danish_on_the_other(
    server_url: str,
    desktop: Callable[[str], Store],
    clock: FixedClock,
    qapp: QApplication,
    english_afterwards: None,
) -> None:
    add_agent(server_url, LENA.user, LENA.password, name="Lena", email="lena@example.de", tiers=[1, 2])
    add_agent(server_url, SOREN.user, SOREN.password, name="Søren", email="soren@example.dk", tiers=[1, 2])
    german, danish = desktop("berlin"), desktop("aarhus")
    save_policy(
        german,
        Policy(
            name="Around the clock",
            first_response_minutes=60,
            auto_escalation=AutoEscalation.from_dict(
                {"on": "breach", "targets": ["first_response"], "escalate": True, "notify": False}
            ),
        ),
        clock.now(),
    )
    inbox = InboxService(german, clock)
    customer = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    conversation = inbox.create_conversation(customer, "email", "Payment failed", "The card was declined.").id
    breached = clock.now() + dt.timedelta(minutes=60)
    clock.advance(minutes=61)
    assert catch_up(german, clock.now()).escalations == 1  # the German desktop escalates
    for store, who in ((german, LENA), (danish, SOREN), (german, LENA)):
        synced(store, server_url, who)

    with danish.read() as session:  # what travelled is the facts, not a sentence
        [note] = session.scalars(
            select(Message).where(Message.conversation_id == conversation, Message.direction == "note")
        )
        assert note.body_text == "" and note.meta["generated"]["trigger"] == "breach"

    in_german = read_in("de", german, conversation, qapp)
    time_de = " ".join(labels.local_datetime(breached).split())
    assert (
        f"SLA für die Erstreaktion am {time_de} verletzt: automatisch von L1 nach L2 eskaliert." in in_german
    )
    assert "Automatische Übergabenotiz" in in_german

    in_danish = read_in("da", danish, conversation, qapp)
    time_da = " ".join(labels.local_datetime(breached).split())
    assert f"SLA for første svar overskredet {time_da}: automatisk eskaleret fra L1 til L2." in in_danish
    assert "Automatisk overdragelsesnote" in in_danish
    assert "Eskaleret L1 → L2 automatisk" in in_danish  # and the escalation event itself
    for english in ("breached", "moved from", "automatically"):
        assert english not in in_german and english not in in_danish
