# SPDX-License-Identifier: GPL-3.0-or-later
"""An erased customer reads "Erased customer" wherever a customer's name shows: the inbox list,
the conversation header, the customer panel, the dashboard's waiting customers, search results,
the merge and link pickers and the GDPR summary, in the agent's language (German "Gelöschter
Kunde", Danish "Slettet kunde"); other customers keep their names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui import i18n
from agentdesk.gui.conversation.header import ConversationHeader
from agentdesk.gui.conversation_picker import candidate_text
from agentdesk.gui.customer_panel import CustomerPanel
from agentdesk.gui.inbox_model import Column, InboxModel
from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.search import SearchService
from agentdesk.inbox.views import View, ViewFilter
from agentdesk.metrics.dashboard import queue_dashboard
from agentdesk.privacy.erase import erase_customer
from agentdesk.privacy.export import summary_html
from agentdesk.record_text import customer_name
from agentdesk.services import build_services
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NAMES = {"en": "Erased customer", "de": "Gelöschter Kunde", "da": "Slettet kunde"}


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en", qapp)


def test_the_name_of_an_erased_customer_in_every_language(
    qapp: QApplication, english_afterwards: None
) -> None:
    for language, name in NAMES.items():
        i18n.install(language, qapp)
        assert customer_name("") == name
        assert customer_name("  ") == name
        assert customer_name("Jens Hansen") == "Jens Hansen"


def test_an_erased_customer_reads_erased_customer_everywhere(
    qtbot: QtBot, store: Store, clock: FixedClock, qapp: QApplication, english_afterwards: None
) -> None:
    services = build_services(store, clock)
    inbox = services.inbox
    jens = inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    erased_conv = inbox.create_conversation(jens, "email", "Faktura 4711", "Hej, hvor er min faktura?")
    anna = inbox.create_customer("Anna Müller", email="anna@example.de", language="de")
    kept_conv = inbox.create_conversation(anna, "email", "Lieferung", "Wo bleibt meine Lieferung?")
    clock.advance(minutes=30)
    erase_customer(store, jens, "request", clock)

    for language in ("en", "de", "da"):
        i18n.install(language, qapp)
        erased = NAMES[language]
        # services: the dashboard's waiting customers and search results
        waiting = {
            w.conversation_id: w.customer_name for w in queue_dashboard(store, clock.now()).oldest_waiting
        }
        assert waiting == {erased_conv.id: erased, kept_conv.id: "Anna Müller"}
        hits = {h.conversation_id: h.customer_name for h in SearchService(store).search("status:new")}
        assert hits == {erased_conv.id: erased, kept_conv.id: "Anna Müller"}
        # the inbox list (its rows keep the stored name: the list pages by it)
        queries = InboxQueries(store)
        model = InboxModel(queries.page, clock, view_filter=ViewFilter(View.ALL))
        model.fetchMore(QModelIndex())
        shown = {
            model.data(model.index(r, Column.SUBJECT), Qt.ItemDataRole.DisplayRole): model.data(
                model.index(r, Column.CUSTOMER), Qt.ItemDataRole.DisplayRole
            )
            for r in range(model.rowCount())
        }
        assert shown == {"": erased, "Lieferung": "Anna Müller"}
        # the header and the customer panel
        detail = services.queries.detail(erased_conv.id)
        header = ConversationHeader()
        qtbot.addWidget(header)
        header.show_detail(detail)
        assert header.customer.text().startswith(erased + "  ·  ")
        panel = CustomerPanel(services)
        qtbot.addWidget(panel)
        panel.show_customer(detail.customer, detail.other_conversations, detail.other_conversations_total)
        assert panel.name.text() == erased
        assert not panel.edit.isEnabled()  # an erased customer's record cannot be edited
        # the pickers of merge and link, and the GDPR summary
        candidates = services.merging.candidates("", target_id=kept_conv.id)
        texts = [candidate_text(c) for c in candidates if c.id == erased_conv.id]
        assert texts and all(f"·  {erased}  ·" in t for t in texts)
        data = {"customer": _profile(), "conversations": [], "messages_elsewhere": [], "survey_answers": []}
        page = summary_html(data, dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
        assert erased in page

    kept = services.queries.detail(kept_conv.id)
    header = ConversationHeader()
    qtbot.addWidget(header)
    header.show_detail(kept)
    assert header.customer.text().startswith("Anna Müller  ·  ")
    panel = CustomerPanel(services)
    qtbot.addWidget(panel)
    panel.show_customer(kept.customer, kept.other_conversations, kept.other_conversations_total)
    assert panel.name.text() == "Anna Müller" and panel.edit.isEnabled()


def _profile() -> dict[str, object]:
    return {
        "name": "", "email": None, "other_emails": [], "phone": None, "company": None, "organisation": None,
        "language": "da", "created_at": "2026-11-23T09:00:00", "notes": "",
    }  # fmt: skip
