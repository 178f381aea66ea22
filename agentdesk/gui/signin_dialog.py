# SPDX-License-Identifier: GPL-3.0-or-later
"""Who works at this desk: the sign-in dialog, at start-up and when the desk is locked.

The agent picks their name and types their PIN or password; an agent without one yet chooses it
(typed twice). After five wrong tries in a row the next one waits (``identity.signin``): the
dialog counts the wait down once a second and takes no try before it ends, while the window
stays responsive. "Stay signed in on this computer" is offered to a one-person shop only.

There is no Cancel: a locked desk opens only to someone signing in. "Quit" (or closing the
dialog) ends AgentDesk; Esc does nothing. ``sign_in_at_start`` is the start-up hook of
``app.run_app``.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.clock import Clock
from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.gui.agents_form import role_label
from agentdesk.gui.tasks import TaskRunner
from agentdesk.identity import drafts
from agentdesk.identity.secrets import MAX_LENGTH
from agentdesk.identity.signin import DeskAgent, SignInService, SignInWait, server_agent
from agentdesk.inbox.workspace import WorkspaceSettings
from agentdesk.store.database import Store

log = logging.getLogger("agentdesk.gui")

ID_ROLE = Qt.ItemDataRole.UserRole
TICK_MS = 1000


def countdown(seconds: int) -> str:
    """A wait as a clock reads it: 0:25, 2:00, 15:00."""
    return f"{seconds // 60}:{seconds % 60:02d}"


class SignInDialog(QDialog):
    """Modal; ``signed_in`` is the agent once accepted."""

    signed_in_as = Signal(object)  # uuid.UUID

    def __init__(
        self,
        signin: SignInService,
        parent: QWidget | None = None,
        *,
        locked: bool = False,
        current: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.signin = signin
        self.signed_in: uuid.UUID | None = None
        self.quitting = False
        self._agents: dict[uuid.UUID, DeskAgent] = {}
        self.setWindowTitle(self.tr("Sign in to AgentDesk"))
        self.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        self.heading = QLabel(
            self.tr("The desk is locked. Who works here now?") if locked else self.tr("Who works here?")
        )
        self.heading.setObjectName("signInHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        if locked:
            note = QLabel(self.tr("Everyone's drafts are kept; each agent sees their own."))
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
            layout.addWidget(note)

        self.agent_list = QListWidget()
        self.agent_list.setObjectName("signInAgents")
        self.agent_list.setAccessibleName(self.tr("Agents"))
        layout.addWidget(self.agent_list, 1)

        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setObjectName("signInSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(MAX_LENGTH + 1)  # one more: a paste that is too long is told so
        self.secret_label = QLabel(self.tr("&PIN or password:"))
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("signInRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setMaxLength(MAX_LENGTH + 1)
        self.repeat_label = QLabel(self.tr("&Again:"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setObjectName("signInHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        layout.addWidget(self.hint)

        self.stay = QCheckBox(self.tr("&Stay signed in on this computer"))
        self.stay.setObjectName("staySignedIn")
        self.stay.setToolTip(
            self.tr("For a shop of one: AgentDesk opens without asking until someone else gets a PIN.")
        )
        layout.addWidget(self.stay)

        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.DANGER};")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign &in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = QPushButton(self.tr("&Quit AgentDesk"))
        self.quit_button.setObjectName("signInQuit")
        self.quit_button.setAutoDefault(False)  # Enter signs in, wherever the focus is
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.quit_button.clicked.connect(self.quit)
        # Enter presses the default button (Sign in); the fields take no Enter of their own, so
        # one Enter is one try.

        self.checking = False  # a PIN or password is being checked in the background
        self.tasks = TaskRunner(self, threads=1)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._fill(current)
        self.agent_list.currentItemChanged.connect(lambda *_: self._agent_chosen())
        self._agent_chosen()

    # -- the agents ------------------------------------------------------------------------------

    def _fill(self, current: uuid.UUID | None) -> None:
        try:
            agents = self.signin.agents()
        except AgentDeskError as exc:
            self.message.setText(exc.message)
            agents = []
        for agent in agents:
            self._agents[agent.id] = agent
            item = QListWidgetItem(f"{agent.name} · {role_label(agent.role)}")
            item.setData(ID_ROLE, agent.id.hex)
            item.setToolTip(agent.email)
            self.agent_list.addItem(item)
        self.agent_list.setCurrentRow(0)
        if current is not None:
            self.choose_agent(current)
        self.stay.setVisible(len(agents) == 1)

    def chosen_agent(self) -> uuid.UUID | None:
        item = self.agent_list.currentItem()
        data = item.data(ID_ROLE) if item is not None else None
        return uuid.UUID(hex=data) if isinstance(data, str) else None

    def choose_agent(self, agent_id: uuid.UUID) -> bool:
        for row in range(self.agent_list.count()):
            if self.agent_list.item(row).data(ID_ROLE) == agent_id.hex:
                self.agent_list.setCurrentRow(row)
                return True
        return False

    def _choosing(self) -> bool:
        """Whether the chosen agent has no secret yet and chooses one now."""
        agent = self._agents.get(self.chosen_agent() or uuid.UUID(int=0))
        return agent is not None and agent.secret_kind is None

    def _agent_chosen(self) -> None:
        self.secret.clear()
        self.repeat.clear()
        self.message.clear()
        choosing = self._choosing()
        agent = self._agents.get(self.chosen_agent() or uuid.UUID(int=0))
        self.repeat.setVisible(choosing)
        self.repeat_label.setVisible(choosing)
        if agent is None:
            self.hint.setText(self.tr("Nobody can sign in: there is no active agent."))
        elif choosing:
            self.secret_label.setText(self.tr("&New PIN or password:"))
            self.hint.setText(
                self.tr(
                    "%1 has none yet: choose a PIN of at least 4 digits or a password of at least "
                    "8 characters. Only an admin can reset it later."
                ).replace("%1", agent.name)
            )
        else:
            self.secret_label.setText(
                self.tr("&PIN:") if agent.secret_kind == "pin" else self.tr("&Password:")
            )
            self.hint.clear()
        self.hint.setVisible(bool(self.hint.text()))
        stay = self.signin.stay_signed_in() if agent is not None else None
        self.stay.setChecked(agent is not None and stay == agent.id)
        self.tick()
        self.secret.setFocus()

    # -- the wait --------------------------------------------------------------------------------

    def tick(self) -> None:
        """Count the wait down (from the desk's clock); end it when it is over."""
        agent_id = self.chosen_agent()
        left = 0
        if agent_id is not None and not self._choosing():
            try:
                left = self.signin.wait_seconds(agent_id)
            except AgentDeskError as exc:
                self.message.setText(exc.message)
        waiting = left > 0
        if waiting:
            self.message.setText(
                self.tr("Too many wrong tries. Try again in %1.").replace("%1", countdown(left))
            )
            if not self.timer.isActive():
                self.timer.start()
        elif self.timer.isActive():
            self.timer.stop()
            self.message.clear()
        free = not waiting and not self.checking
        self.sign_in_button.setEnabled(agent_id is not None and free)
        self.secret.setEnabled(free)
        self.repeat.setEnabled(free)

    # -- signing in ------------------------------------------------------------------------------

    def try_sign_in(self) -> bool:
        """Check what was typed for the chosen agent, off the GUI thread (scrypt takes a tenth of
        a second or more on purpose): the dialog stays responsive, takes no second try meanwhile
        (``checking``), then signs in or says why not. Whether a check was started."""
        agent_id = self.chosen_agent()
        if agent_id is None or not self.sign_in_button.isEnabled() or self.checking:
            return False
        if self._choosing() and self.secret.text() and not self.repeat.text():
            self.repeat.setFocus()  # Enter after the new one: now type it again
            return False
        stay = self.stay.isVisible() and self.stay.isChecked()
        secret, repeated, choosing = self.secret.text(), self.repeat.text(), self._choosing()
        signin = self.signin

        def check() -> tuple[str, str]:
            try:
                if choosing:
                    signin.choose(agent_id, secret, repeated, stay=stay)
                else:
                    signin.sign_in(agent_id, secret, stay=stay)
            except SignInWait as exc:
                return "wait", exc.message
            except AgentDeskError as exc:
                return "refused", exc.message
            return "ok", ""

        self.checking = True
        self._set_busy(True)
        self.tasks.run("sign_in", check, lambda outcome: self._checked(agent_id, outcome), self._failed)
        return True

    def _set_busy(self, busy: bool) -> None:
        # The fields stay enabled (read-only) so that the focus stays in them.
        for field in (self.secret, self.repeat):
            field.setReadOnly(busy)
        for widget in (self.sign_in_button, self.agent_list, self.stay):
            widget.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking…"))

    def _checked(self, agent_id: uuid.UUID, outcome: object) -> None:
        self.checking = False
        self._set_busy(False)
        kind, sentence = outcome if isinstance(outcome, tuple) else ("refused", "")
        if kind == "ok":
            self.secret.clear()
            self.repeat.clear()
            self.signed_in = agent_id
            self.timer.stop()
            self.signed_in_as.emit(agent_id)
            self.accept()
            return
        if kind == "wait":
            self.secret.clear()
            self.tick()  # the countdown
            if not self.timer.isActive():
                self.message.setText(str(sentence))
            return
        self.tick()
        self.message.setText(str(sentence))
        self.secret.selectAll()
        self.secret.setFocus()

    def _failed(self, sentence: str) -> None:
        self.checking = False
        self._set_busy(False)
        self.tick()
        self.message.setText(sentence)

    # -- leaving ---------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.tasks.close()  # no answer arrives after the dialog has closed
        super().done(result)

    def quit(self) -> None:
        self.quitting = True
        self.timer.stop()
        super().reject()

    def reject(self) -> None:
        """Esc: a locked desk stays locked (Quit ends AgentDesk)."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.signed_in is None and not self.quitting:
            self.quit()
        super().closeEvent(event)


def sign_in_at_start(store: Store, clock: Clock, *, server: bool | None = None) -> bool:
    """Who works at this desk from this start on, asked when it must be (``needs_prompt``);
    False when the agent quit instead. With a team server it is the server login's agent, once a
    sync has learned it. The drafts left by whoever worked here last are parked
    for them if someone else signs in."""
    from agentdesk.sync.outbox import is_configured

    signin = SignInService(store, clock)
    workspace = WorkspaceSettings(store)
    last = workspace.current_agent_id()
    with_server = is_configured(store) if server is None else server
    if with_server:
        login_agent = server_agent(store)  # None until the first sync has told
        if login_agent is not None and login_agent != last:
            drafts.hand_over(store, last, login_agent)
            workspace.set_current_agent(login_agent)
        return True
    stays = signin.stay_signed_in()
    if stays is not None:
        if stays != last:
            drafts.hand_over(store, last, stays)
            workspace.set_current_agent(stays)
        return True
    if not signin.needs_prompt(server=False):
        return True  # nobody to sign in yet: the workspace is being set up
    dialog = SignInDialog(signin, current=last)
    dialog.exec()
    agent_id = dialog.signed_in
    dialog.deleteLater()
    if agent_id is None:
        log.info("no one signed in; quitting")
        return False
    drafts.hand_over(store, last, agent_id)
    workspace.set_current_agent(agent_id)
    return True
