# SPDX-License-Identifier: GPL-3.0-or-later
"""The customer panel's GDPR actions: export the customer's data, erase the customer (supervisors
and admins, after a reason and a confirmation), on a real temporary database."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui.customer_panel import CustomerPanel
from agentdesk.gui.privacy_dialog import EraseDialog, export_personal_data, may_erase
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Customer, Role

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_erase_asks_for_a_confirmation_and_then_erases(qtbot: QtBot, store: Store, clock: FixedClock) -> None:
    services = build_services(store, clock)
    cid = services.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    conv = services.inbox.create_conversation(cid, "email", "Faktura 4711", "Hej, hvor er min faktura?")
    panel = CustomerPanel(services)
    qtbot.addWidget(panel)
    detail = services.queries.detail(conv.id)
    panel.show_customer(detail.customer, detail.other_conversations, detail.other_conversations_total)
    export, erase = panel.property("privacyActions")
    assert panel.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    dialog = EraseDialog(services, cid, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.erase_button.isEnabled()  # not before the confirmation
    dialog.reason.setCurrentIndex(dialog.reason.findData("consent"))
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.erased and not dialog.isVisible()
    with store.read() as session:
        customer = session.get(Customer, cid)
        assert customer is not None and customer.name == "" and customer.email is None
    assert services.queries.detail(conv.id).subject == ""


def test_an_agent_may_not_erase(qtbot: QtBot, store: Store, clock: FixedClock) -> None:
    services = build_services(store, clock)
    with store.write() as session:
        agent = Agent(name="Lise", email="lise@shop.test", role=Role.AGENT.value)
        session.add(agent)
        session.flush()
        agent_id = agent.id
    assert may_erase(services)  # no agent chosen: the database's owner
    services.set_agent(agent_id)
    assert not may_erase(services)
    cid = services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    dialog = EraseDialog(services, cid)
    qtbot.addWidget(dialog)
    dialog.confirm.setChecked(True)
    dialog.erase_button.click()
    assert not dialog.erased and not dialog.error.isHidden() and "supervisor" in dialog.error.text()


def test_export_writes_the_archive_into_the_chosen_folder(
    qtbot: QtBot, store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = build_services(store, clock)
    cid = services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    services.inbox.create_conversation(cid, "email", "Faktura 4711", "Hej, hvor er min faktura?")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    panel = CustomerPanel(services)
    qtbot.addWidget(panel)
    path = export_personal_data(services, cid, panel)
    assert path is not None and path.parent == tmp_path and str(path) in said[0]
    with zipfile.ZipFile(path) as archive:
        assert "Faktura 4711" in archive.read("data.json").decode()
