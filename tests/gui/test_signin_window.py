# SPDX-License-Identifier: GPL-3.0-or-later
"""Two agents share one desk without a team server: they sign in and out through the window,
each action is recorded as the signed-in agent's, each keeps their own draft, and a wrong PIN
five times in a row is slowed down (a countdown, the window responsive) and logged."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.agent_secret_dialog import SecretButton
from agentdesk.gui.agents_dialog import AgentsTeamsDialog
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.signin_dialog import SignInDialog, sign_in_at_start
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId
from agentdesk.gui.window.desk_lock import DeskLock
from agentdesk.identity.signin import FIRST_WAIT, FREE_TRIES, SignInService
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.services import build_services
from agentdesk.store.audit_models import AuditEntry
from agentdesk.store.database import Store
from agentdesk.store.models import Channel, ConversationEvent

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

CHEAP = 2**4  # scrypt cost for tests


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    anders: uuid.UUID  # admin, PIN 4071
    maja: uuid.UUID  # agent, password "kaffe og kage"
    conversation: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    services = build_services(store, clock)
    anders = services.directory.create_agent("Anders Admin", "anders@shop.test", role="admin", tiers=[1, 2])
    maja = services.directory.create_agent("Maja Jensen", "maja@shop.test", tiers=[1, 2])
    signin = SignInService(store, clock, cost=CHEAP)
    signin.set_secret(anders, anders, "4071")
    signin.set_secret(anders, maja, "kaffe og kage")
    WorkspaceSettings(store).set_current_agent(anders)
    jens = services.inbox.create_customer("Jens Hansen", email="jens@example.dk")
    conversation = services.inbox.create_conversation(
        jens, Channel.EMAIL, "Payment failed", "Card declined"
    ).id
    return Desk(store, clock, anders, maja, conversation)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, desk: Desk) -> Iterator[MainWindow]:
    apply_theme(qapp)
    window = MainWindow(build_services(desk.store, desk.clock), MessageBridge())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
    DeskLock.attach(window).signin = SignInService(desk.store, desk.clock, cost=CHEAP)
    yield window


def work_shown(window: MainWindow) -> bool:
    central = window.centralWidget()
    return central is not None and central.isVisible()


def lock(qtbot: QtBot, window: MainWindow) -> SignInDialog:
    window.registry.action(ActionId.SWITCH_AGENT).trigger()
    dialog = DeskLock.attach(window).dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    assert not work_shown(window)  # nobody reads the work while the desk is locked
    return dialog


def sign_in(qtbot: QtBot, dialog: SignInDialog, agent: uuid.UUID, secret: str) -> None:
    assert dialog.choose_agent(agent)
    qtbot.keyClicks(dialog.secret, secret)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.checking  # checked in the background: the dialog stays responsive
    qtbot.waitUntil(lambda: not dialog.checking)


def actors(store: Store, conversation: uuid.UUID) -> list[tuple[uuid.UUID | None, dict[str, object]]]:
    with store.read() as session:
        rows = session.execute(
            select(ConversationEvent.actor_agent_id, ConversationEvent.data)
            .where(ConversationEvent.conversation_id == conversation, ConversationEvent.kind == "assignment")
            .order_by(ConversationEvent.created_at, ConversationEvent.id)
        ).all()
    return [(r.actor_agent_id, r.data) for r in rows]


def test_two_agents_sign_in_and_out_and_each_action_is_their_own(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    window.open_conversation(desk.conversation)
    qtbot.waitUntil(lambda: window.pane.detail is not None)
    window.pane.assign_me_action.trigger()
    window.pane.composer.editor.setPlainText("Dear Jens, Anders here")
    assert window.top_bar.agent.text() == "Anders Admin"

    dialog = lock(qtbot, window)
    sign_in(qtbot, dialog, desk.maja, "kaffe og kage")
    qtbot.waitUntil(lambda: DeskLock.attach(window).dialog is None)
    assert window.services.agent_id == desk.maja and window.top_bar.agent.text() == "Maja Jensen"
    assert work_shown(window)
    qtbot.waitUntil(lambda: window.pane.detail is not None)
    assert window.pane.composer.editor.toPlainText() == ""  # Anders' draft is not hers to see
    desk.clock.advance(minutes=1)
    window.pane.assign_me_action.trigger()
    window.pane.composer.editor.setPlainText("Hej Jens, Maja her")

    dialog = lock(qtbot, window)
    sign_in(qtbot, dialog, desk.anders, "4071")
    qtbot.waitUntil(lambda: DeskLock.attach(window).dialog is None)
    qtbot.waitUntil(lambda: window.pane.detail is not None)
    assert window.services.agent_id == desk.anders
    assert window.pane.composer.editor.toPlainText() == "Dear Jens, Anders here"
    assert actors(desk.store, desk.conversation) == [
        (desk.anders, {"from": None, "to": str(desk.anders)}),
        (desk.maja, {"from": str(desk.anders), "to": str(desk.maja)}),
    ]
    # Maja's draft waits for her.
    DeskLock.attach(window).switch_to(desk.maja, desk.conversation)
    assert window.pane.composer.editor.toPlainText() == "Hej Jens, Maja her"


def test_a_wrong_pin_five_times_is_slowed_down_and_logged(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    dialog = lock(qtbot, window)
    for attempt in range(FREE_TRIES):
        sign_in(qtbot, dialog, desk.maja, f"wrong guess {attempt}")
        assert dialog.isVisible() and "Wrong PIN or password" in dialog.message.text() or attempt == 4
    # The fifth wrong try starts the wait: counted down, no try taken, the window still answers.
    assert dialog.message.text() == "Too many wrong tries. Try again in 0:30."
    assert not dialog.sign_in_button.isEnabled() and not dialog.secret.isEnabled()
    assert dialog.timer.isActive()
    assert window.services.agent_id == desk.anders
    desk.clock.advance(seconds=12)
    dialog.tick()
    assert dialog.message.text() == "Too many wrong tries. Try again in 0:18."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a locked desk stays locked
    assert dialog.isVisible()
    desk.clock.advance(seconds=FIRST_WAIT - 12)
    dialog.tick()
    assert dialog.sign_in_button.isEnabled() and dialog.message.text() == ""
    assert not dialog.timer.isActive()
    sign_in(qtbot, dialog, desk.maja, "kaffe og kage")
    qtbot.waitUntil(lambda: DeskLock.attach(window).dialog is None)
    assert window.services.agent_id == desk.maja
    with desk.store.read() as session:
        logged = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "sign_in_failed").order_by(AuditEntry.at)
        ).all()
    assert len(logged) == FREE_TRIES
    assert {entry.row_id for entry in logged} == {desk.maja}
    assert all("wrong" not in str(entry.before) + str(entry.after) for entry in logged)  # no secrets


def test_bad_input_gets_a_sentence_and_is_not_counted(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    dialog = lock(qtbot, window)
    assert dialog.choose_agent(desk.maja)
    assert dialog.try_sign_in()
    qtbot.waitUntil(lambda: not dialog.checking)
    assert dialog.message.text() == "Enter a PIN or password."
    dialog.secret.setText("x" * 10_000)  # a paste far too long
    assert dialog.try_sign_in()
    qtbot.waitUntil(lambda: not dialog.checking)
    assert dialog.message.text() == "A PIN or password is at most 256 characters long."
    assert dialog.signin.wait_seconds(desk.maja) == 0
    with desk.store.read() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "sign_in_failed")) is None


def test_quitting_from_the_lock_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    dialog = lock(qtbot, window)
    with qtbot.waitSignal(window.closed):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)


def _answer(qtbot: QtBot, agent: uuid.UUID, secret: str, *, quit_instead: bool = False) -> None:
    def act() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, act)
            return
        if quit_instead:
            dialog.quit_button.click()
            return
        dialog.choose_agent(agent)
        dialog.secret.setText(secret)
        dialog.sign_in_button.click()

    QTimer.singleShot(0, act)


def test_start_up_asks_who_works_here_and_parks_the_last_agents_drafts(qtbot: QtBot, desk: Desk) -> None:
    build_services(desk.store, desk.clock).drafts.save(desk.conversation, "Anders was writing this")
    _answer(qtbot, desk.maja, "kaffe og kage")
    assert sign_in_at_start(desk.store, desk.clock, server=False)
    assert WorkspaceSettings(desk.store).current_agent_id() == desk.maja
    assert build_services(desk.store, desk.clock).drafts.load(desk.conversation) is None
    _answer(qtbot, desk.anders, "", quit_instead=True)
    assert not sign_in_at_start(desk.store, desk.clock, server=False)  # quit: the app ends
    assert sign_in_at_start(desk.store, desk.clock, server=True)  # the server login is the agent


def test_a_shop_of_one_stays_signed_in(qtbot: QtBot, store: Store, clock: FixedClock) -> None:
    services = build_services(store, clock)
    solo = services.directory.create_agent("Sofie Solo", "sofie@shop.test", role="admin", tiers=[1])

    def choose() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, choose)
            return
        assert dialog.stay.isVisible() and dialog.repeat.isVisible()  # she chooses her PIN now
        dialog.secret.setText("2580")
        dialog.repeat.setText("2580")
        dialog.stay.setChecked(True)
        dialog.sign_in_button.click()

    QTimer.singleShot(0, choose)
    assert sign_in_at_start(store, clock, server=False)
    assert SignInService(store, clock).stay_signed_in() == solo
    assert sign_in_at_start(store, clock, server=False)  # no dialog this time: nothing to answer
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()]


def test_only_an_admin_sets_a_pin_in_agents_and_teams(qtbot: QtBot, desk: Desk) -> None:
    services = build_services(desk.store, desk.clock, desk.anders)
    dialog = AgentsTeamsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.secret_button
    assert isinstance(button, SecretButton)
    dialog._select_agent(desk.maja)
    assert button.isVisible() and button.text() == "Reset &PIN or password…"
    secret_dialog = button.open_dialog()
    assert secret_dialog is not None
    secret_dialog.secret.setText("7310")
    secret_dialog.repeat.setText("7301")
    secret_dialog.accept()
    assert "differ" in secret_dialog.error.text()
    secret_dialog.repeat.setText("7310")
    secret_dialog.accept()
    assert not secret_dialog.isVisible()
    SignInService(desk.store, desk.clock).sign_in(desk.maja, "7310")

    as_maja = AgentsTeamsDialog(build_services(desk.store, desk.clock, desk.maja))
    qtbot.addWidget(as_maja)
    as_maja.show()
    assert not as_maja.secret_button.isVisible()


def test_settings_offer_only_the_signed_in_agent(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    dialog = window.open_settings()
    assert dialog is not None
    assert dialog.agent_combo.count() == 1 and not dialog.agent_combo.isEnabled()
    assert not dialog.select_agent(desk.maja)
    dialog.reject()


def test_the_sign_in_dialog_is_not_cramped(qtbot: QtBot, desk: Desk, tmp_path: object) -> None:
    dialog = SignInDialog(SignInService(desk.store, desk.clock, cost=CHEAP), locked=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and widget.sizeHint().isValid() and widget is not dialog.agent_list:
            assert widget.width() >= min(widget.sizeHint().width(), widget.minimumSizeHint().width())
