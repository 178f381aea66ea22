# SPDX-License-Identifier: GPL-3.0-or-later
"""The panel's Erase customer… on a database that syncs as an agent's server login: the dialog
says at once, in the agent's language, that the server would refuse it, offers no way to go on,
and nothing is erased."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.gui import i18n
from agentdesk.gui.privacy_dialog import EraseDialog
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Customer, Setting
from agentdesk.sync.login_role import LOGIN_SETTING
from agentdesk.sync.outbox import SERVER_SETTING

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_the_erase_dialog_refuses_for_an_agent_login(qtbot: QtBot, store: Store, clock: FixedClock) -> None:
    services = build_services(store, clock)
    cid = services.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    with store.write() as session:
        session.merge(
            Setting(key=SERVER_SETTING, value={"url": "postgresql://desk/agentdesk", "user": "lise"})
        )
        session.merge(Setting(key=LOGIN_SETTING, value={"login": "lise", "role": "agent"}))
    dialog = EraseDialog(services, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.error.isHidden()
    assert "Your server login lise is an agent's" in dialog.error.text()
    assert not dialog.confirm.isEnabled() and not dialog.erase_button.isEnabled()
    dialog.erase_button.setEnabled(True)  # even forced, the service refuses
    dialog.erase_button.click()
    assert not dialog.erased
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isEnabled()
    with store.read() as session:
        kept = session.get(Customer, cid)
        assert kept is not None and kept.name == "Jens Hansen"


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("en", qapp)


def test_the_refusal_reads_in_the_agents_language(
    qtbot: QtBot, store: Store, clock: FixedClock, qapp: QApplication, english_afterwards: None
) -> None:
    services = build_services(store, clock)
    cid = services.inbox.create_customer("Jens Hansen", email="jens@example.dk", language="da")
    with store.write() as session:
        session.merge(
            Setting(key=SERVER_SETTING, value={"url": "postgresql://desk/agentdesk", "user": "lise"})
        )
    expected = {
        "de": "Synchronisieren Sie einmal und versuchen Sie es dann erneut. Es wurde nichts gelöscht.",
        "da": "Synkronisér én gang, og prøv så igen. Intet blev slettet.",
    }
    for language, sentence in expected.items():
        i18n.install(language, qapp)
        dialog = EraseDialog(services, cid)
        qtbot.addWidget(dialog)
        assert dialog.error.text().endswith(sentence), dialog.error.text()
    with store.write() as session:
        session.merge(Setting(key=LOGIN_SETTING, value={"login": "lise", "role": "agent"}))
    i18n.install("de", qapp)
    dialog = EraseDialog(services, cid)
    qtbot.addWidget(dialog)
    assert dialog.error.text().startswith("Ihr Server-Login lise gehört einem Agenten")
