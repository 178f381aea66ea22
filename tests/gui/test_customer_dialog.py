# SPDX-License-Identifier: GPL-3.0-or-later
"""The customer dialog and panel, by keyboard, on a real temporary database: what counts is what
the database holds afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.customers.organisations import OrganisationService
from agentdesk.customers.records import CustomerService
from agentdesk.gui.customer_dialog import CustomerDialog, MergePicker
from agentdesk.gui.customer_panel import CustomerPanel
from agentdesk.gui.import_dialog import ImportDialog
from agentdesk.services import build_services
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_edit_a_customer_by_keyboard_and_see_the_history(
    qtbot: QtBot, store: Store, clock: FixedClock
) -> None:
    services = build_services(store, clock)
    cid = services.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    dialog = CustomerDialog(services, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Jens Ole Hansen")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)  # email
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # other emails
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # phone
    assert QApplication.focusWidget() is dialog.phone
    qtbot.keyClicks(dialog.phone, "not a number")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error.isVisible() and "phone number" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.phone  # the field to put right has the focus
    assert CustomerService(store, clock).get(cid).name == "Jens Hansen"  # nothing written
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "+45 12 34 56 78")
    dialog.vip.setFocus()
    qtbot.keyClick(dialog.vip, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.changed
    record = CustomerService(store, clock).get(cid)
    assert (record.name, record.phone, record.vip) == ("Jens Ole Hansen", "+45 12 34 56 78", True)
    again = CustomerDialog(services, cid)
    qtbot.addWidget(again)
    assert again.history.count() == 1
    assert "name, phone, VIP" in again.history.item(0).text()


def test_merge_a_duplicate_after_confirming(qtbot: QtBot, store: Store, clock: FixedClock) -> None:
    services = build_services(store, clock)
    keep = services.inbox.create_customer("Marie Schmidt", email="marie@example.de")
    other = services.inbox.create_customer("Marie Schmidt", email="m.schmidt@example.de")
    services.inbox.create_conversation(other, "email", "Rechnung", "Hallo")
    dialog = CustomerDialog(services, keep)
    qtbot.addWidget(dialog)
    picker = MergePicker(services, dialog.record, dialog)
    qtbot.addWidget(picker)
    assert picker.results.count() == 1  # the one with the same name is offered first
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picker.chosen is not None and picker.chosen[0] == other

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "cannot be undone" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    # The dialog's own merge: the picker chooses by Enter, the question is answered Yes.
    def pick() -> None:
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, MergePicker)
        qtbot.keyClick(chooser.results, Qt.Key.Key_Return)
        QTimer.singleShot(0, confirm)

    QTimer.singleShot(0, pick)
    dialog.merge_button.click()
    assert dialog.changed and dialog.tabs.currentIndex() == 1
    assert CustomerService(store, clock).get(keep).other_emails == ("m.schmidt@example.de",)
    assert "merged Marie Schmidt" in dialog.history.item(0).text()


def test_the_panel_shows_vip_organisation_and_its_other_open_conversations(
    qtbot: QtBot, store: Store, clock: FixedClock
) -> None:
    services = build_services(store, clock)
    org = OrganisationService(store, clock).create({"name": "Nordlys A/S", "domains": "nordlys.dk"})
    me = services.inbox.create_customer("Jens", email="jens@nordlys.dk")
    colleague = services.inbox.create_customer("Karen", email="karen@nordlys.dk")
    CustomerService(store, clock).update(me, {"vip": True, "organisation_id": org})
    CustomerService(store, clock).update(colleague, {"organisation_id": org})
    mine = services.inbox.create_conversation(me, "email", "Faktura", "Hej")
    theirs = services.inbox.create_conversation(colleague, "email", "Levering", "Hej")
    panel = CustomerPanel(services)
    qtbot.addWidget(panel)
    detail = services.queries.detail(mine.id)
    panel.show_customer(detail.customer, detail.other_conversations, detail.other_conversations_total)
    panel.resize(420, 600)
    panel.show()
    assert not panel.vip.isHidden() and not panel.org_list.isHidden()
    assert panel.fields["organisation"][1].toolTip() or panel.fields["organisation"][1].text()
    first = panel.org_list.conversation_at(0)
    assert first is not None and first.id == theirs.id
    with qtbot.waitSignal(panel.conversation_requested) as opened:
        panel.org_list.setFocus()
        panel.org_list.setCurrentIndex(panel.org_list.model().index(0, 0))
        qtbot.keyClick(panel.org_list, Qt.Key.Key_Return)
    assert opened.args == [theirs.id]
    dialog = CustomerDialog(services, me)
    qtbot.addWidget(dialog)
    assert dialog.organisation.currentText() == "Nordlys A/S" and dialog.vip.isChecked()
    assert dialog.edit_organisation.isEnabled()
    dialog.organisation.setCurrentIndex(0)  # None: nothing to edit
    assert not dialog.edit_organisation.isEnabled()
    dialog.organisation.setCurrentIndex(1)
    assert dialog.values()["organisation_id"] == org  # saving as it is keeps the organisation


def cell_text(dialog: ImportDialog, row: int, column: int) -> str:
    item = dialog.preview.item(row, column)
    return item.text() if item is not None else ""


def test_import_dialog_previews_lets_a_column_be_remapped_and_imports_all(
    qtbot: QtBot, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    services = build_services(store, clock)
    services.inbox.create_customer("Hanne Holm", email="hanne@example.dk")
    source = tmp_path / "kunder.csv"
    source.write_bytes(
        "Navn;E-mail;Kundennummer\r\nHanne Holm;hanne@example.dk;1\r\nNy Kunde;ny@example.dk;2\r\n".encode(
            "cp1252"
        )
    )
    dialog = ImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.load(source)
    assert dialog.preview.rowCount() == 2
    assert [cell_text(dialog, r, 1) for r in range(2)] == ["skip (duplicate)", "add"]
    assert "1 to add" in dialog.summary.text() and "nothing written" in dialog.summary.text()
    notes = dialog.mapping.cellWidget(0, 2)
    assert isinstance(notes, QComboBox) and notes.currentData() is None  # an unknown header: not imported
    notes.setCurrentIndex(notes.findData("notes"))
    last = dialog.preview.horizontalHeaderItem(dialog.preview.columnCount() - 1)
    assert last is not None and last.text() == "Notes"
    source.write_bytes(b'Navn;E-mail\r\nA;"a@example.dk\r\n')
    dialog.load(source)
    assert "line 2" in dialog.summary.text() and not dialog.import_button.isEnabled()
    source.write_bytes("Navn;E-mail\r\nNy Kunde;ny@example.dk\r\n".encode("cp1252"))
    dialog.load(source)
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    assert dialog.outcome is not None and dialog.outcome.added == 1
    assert [r[1] for r in CustomerService(store, clock).find("Ny")] == ["Ny Kunde"]
