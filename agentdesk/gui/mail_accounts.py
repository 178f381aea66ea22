# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Mail accounts: connect the shop's support mailboxes.

The form is a Qt Designer file (``forms/mail_accounts.ui``): the support address and display
name, the password, the IMAP server (incoming) and the SMTP server (outgoing) with their security,
the folders to watch, the signature and the attachment size limit. The password goes to the
system keyring — never to a file or a log; where there is no keyring the dialog says so and keeps
it until AgentDesk closes. "Test connection" logs in to both servers in the background and answers
in plain words (wrong password, certificate problem, host unreachable).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.gui.designer import child, load_form
from agentdesk.gui.mail_desk import MailDesk
from agentdesk.gui.tasks import TaskRunner
from agentdesk.mail.accounts import (
    DEFAULT_ATTACHMENT_LIMIT,
    AccountSettings,
    ConnectionReport,
    test_connection,
)
from agentdesk.messages import translatable

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECURITY = (
    ("tls", translatable("MailAccountsDialog", "TLS (implicit)")),
    ("starttls", translatable("MailAccountsDialog", "STARTTLS")),
    ("plain", translatable("MailAccountsDialog", "None (only to this computer)")),
)
DEFAULT_PORTS = {("imap", "tls"): 993, ("imap", "starttls"): 143, ("imap", "plain"): 143}
DEFAULT_PORTS |= {("smtp", "tls"): 465, ("smtp", "starttls"): 587, ("smtp", "plain"): 25}
MB = 1_000_000


class MailAccountsDialog(QDialog):
    """Add, change, test and remove support mailboxes; ``changed`` after each save."""

    changed = Signal()

    def __init__(self, mail: MailDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mail = mail
        self.setObjectName("mailAccountsDialog")
        self.setWindowTitle(self.tr("Mail accounts"))
        form = load_form("mail_accounts.ui", self)
        self.list = child(form, QListWidget, "accountList")
        self.add_button = child(form, QPushButton, "addButton")
        self.remove_button = child(form, QPushButton, "removeButton")
        self.address = child(form, QLineEdit, "addressEdit")
        self.display_name = child(form, QLineEdit, "displayNameEdit")
        self.password = child(form, QLineEdit, "passwordEdit")
        self.keyring_note = child(form, QLabel, "keyringNote")
        self.active = child(form, QCheckBox, "activeCheck")
        self.imap_host = child(form, QLineEdit, "imapHostEdit")
        self.imap_port = child(form, QSpinBox, "imapPortSpin")
        self.imap_security = child(form, QComboBox, "imapSecurityCombo")
        self.imap_user = child(form, QLineEdit, "imapUserEdit")
        self.folders = child(form, QLineEdit, "foldersEdit")
        self.smtp_host = child(form, QLineEdit, "smtpHostEdit")
        self.smtp_port = child(form, QSpinBox, "smtpPortSpin")
        self.smtp_security = child(form, QComboBox, "smtpSecurityCombo")
        self.smtp_user = child(form, QLineEdit, "smtpUserEdit")
        self.signature = child(form, QPlainTextEdit, "signatureEdit")
        self.limit = child(form, QSpinBox, "limitSpin")
        self.test_button = child(form, QPushButton, "testButton")
        self.test_result = child(form, QLabel, "testResult")
        self.problem = child(form, QLabel, "problemLabel")
        self.state = child(form, QLabel, "stateLabel")
        self.save_button = child(form, QPushButton, "saveButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        # The form scrolls where the screen is shorter than it (1024x700 and less); it keeps
        # its width, so no line of it is cut or scrolled sideways.
        scroll = QScrollArea()
        scroll.setObjectName("mailAccountsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(form.minimumSizeHint().width() + bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        for combo in (self.imap_security, self.smtp_security):
            for value, text in SECURITY:
                combo.addItem(self.tr(text), value)
        self.imap_security.currentIndexChanged.connect(lambda _i: self._default_port("imap"))
        self.smtp_security.currentIndexChanged.connect(lambda _i: self._default_port("smtp"))
        self.problem.setStyleSheet(f"color: {theme.DANGER};")
        self.state.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.keyring_note.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        problem = mail.passwords.keyring_problem()
        self.keyring_note.setText(
            self.tr("Kept in the system keyring, never in a file.")
            if problem is None
            else self.tr(
                "No system keyring here: kept until AgentDesk closes, asked again at the next start."
            )
        )
        self.keyring_note.setToolTip(problem or "")
        self.keyring_note.setMinimumHeight(self.keyring_note.fontMetrics().lineSpacing() * 2 + 6)
        main = form.layout()
        if main is not None:  # the list narrow, the settings wide
            main.setStretch(0, 1)  # type: ignore[attr-defined]
            main.setStretch(1, 3)  # type: ignore[attr-defined]
        self.tasks = TaskRunner(self, threads=1)
        self.current_id: uuid.UUID | None = None
        self.report: ConnectionReport | None = None
        self.list.currentItemChanged.connect(lambda item, _before: self._load(item))
        self.add_button.clicked.connect(self.new_account)
        self.remove_button.clicked.connect(self.remove_current)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        self.resize(min(920, room.width()) if room else 920, min(720, room.height() - 40) if room else 720)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_account()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            try:
                accounts = self.mail.accounts.list()
            except AgentDeskError as exc:
                accounts = []
                self._problem(exc.message)
            for info in accounts:
                text = info.settings.address + ("" if info.settings.active else "  " + self.tr("(paused)"))
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, info.id)
                self.list.addItem(item)
                if info.id == select:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self.remove_button.setEnabled(self.list.count() > 0)

    def _load(self, item: QListWidgetItem | None) -> None:
        account_id = item.data(ID_ROLE) if item is not None else None
        if account_id is None:
            return
        try:
            settings = self.mail.accounts.get(account_id)
        except AgentDeskError as exc:
            self._problem(exc.message)
            return
        self.current_id = account_id
        self.show_settings(settings)
        self.password.clear()
        self.password.setPlaceholderText(self.tr("unchanged (type to replace)"))
        self.state.setText("")

    def show_settings(self, s: AccountSettings) -> None:
        self.address.setText(s.address)
        self.display_name.setText(s.display_name)
        self.active.setChecked(s.active)
        self.imap_host.setText(s.imap_host)
        self._select(self.imap_security, s.imap_security)
        self.imap_port.setValue(s.imap_port)
        self.imap_user.setText(s.imap_user)
        self.folders.setText(", ".join(s.folders))
        self.smtp_host.setText(s.smtp_host)
        self._select(self.smtp_security, s.smtp_security)
        self.smtp_port.setValue(s.smtp_port)
        self.smtp_user.setText(s.smtp_user)
        self.signature.setPlainText(s.signature)
        self.limit.setValue(max(1, round(s.attachment_limit / MB)))
        self._problem("")
        self.test_result.clear()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.blockSignals(False)

    def _default_port(self, protocol: str) -> None:
        combo, spin = (
            (self.imap_security, self.imap_port)
            if protocol == "imap"
            else (self.smtp_security, self.smtp_port)
        )
        spin.setValue(DEFAULT_PORTS[(protocol, str(combo.currentData()))])

    def new_account(self) -> None:
        self.current_id = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.show_settings(
            AccountSettings(
                address="",
                imap_host="",
                imap_user="",
                smtp_host="",
                attachment_limit=DEFAULT_ATTACHMENT_LIMIT,
            )
        )
        self.password.setPlaceholderText(self.tr("the mailbox's password"))
        self.state.setText(self.tr("New mailbox: Save connects it"))
        self.address.setFocus()

    # -- saving and testing --------------------------------------------------------------------

    def settings(self) -> AccountSettings:
        folders = tuple(f.strip() for f in self.folders.text().split(",") if f.strip()) or ("INBOX",)
        address = self.address.text().strip()
        return AccountSettings(
            address=address,
            name=address,
            display_name=self.display_name.text().strip(),
            imap_host=self.imap_host.text().strip(),
            imap_port=self.imap_port.value(),
            imap_security=str(self.imap_security.currentData()),
            imap_user=self.imap_user.text().strip(),
            folders=folders,
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_security=str(self.smtp_security.currentData()),
            smtp_user=self.smtp_user.text().strip(),
            signature=self.signature.toPlainText(),
            attachment_limit=self.limit.value() * MB,
            active=self.active.isChecked(),
        )

    def save(self) -> bool:
        """Save the mailbox; its password to the keyring (or, without one, in memory until AgentDesk
        closes). The reason when it cannot be saved."""
        settings = self.settings()
        password = self.password.text() or None
        if self.current_id is None and password is None:
            self._problem(self.tr("Enter the mailbox's password."))
            self.password.setFocus()
            return False
        try:
            if self.current_id is None:
                self.current_id = self.mail.accounts.add(settings)
            else:
                self.mail.accounts.update(self.current_id, settings)
            if password is not None:
                in_keyring = self.mail.passwords.remember(self.current_id, password)
                self.state.setText(
                    self.tr("Saved; the password is in the keyring.")
                    if in_keyring
                    else self.tr("Saved; the password is kept until AgentDesk closes.")
                )
            else:
                self.state.setText(self.tr("Saved."))
        except AgentDeskError as exc:
            self._problem(exc.message)
            return False
        self._problem("")
        self.password.clear()
        self.password.setPlaceholderText(self.tr("unchanged (type to replace)"))
        self.refresh(select=self.current_id)
        self.changed.emit()
        return True

    def test(self) -> None:
        """Log in to both servers in the background; the answer in plain words."""
        if self.current_id is None or self.password.text():
            if not self.save():
                return
        account_id = self.current_id
        assert account_id is not None
        settings = self.settings()
        passwords = self.mail.passwords
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.test_result.setText(self.tr("Connecting…"))
        self.tasks.run(
            "test",
            lambda: test_connection(settings, passwords, account_id),
            self._tested,
            self._test_failed,
        )

    def busy(self) -> bool:
        return self.tasks.busy("test")

    def _tested(self, report: ConnectionReport) -> None:
        self.report = report
        self.test_button.setEnabled(True)
        mark = {True: "✓", False: "✗"}
        self.test_result.setText(
            f"{mark[report.imap_ok]} {self.tr('Incoming')}: {report.imap_message}\n"
            f"{mark[report.smtp_ok]} {self.tr('Outgoing')}: {report.smtp_message}"
        )
        self.test_result.setStyleSheet(f"color: {theme.TEXT if report.ok else theme.DANGER};")

    def _test_failed(self, reason: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(reason)
        self.test_result.setStyleSheet(f"color: {theme.DANGER};")

    def remove_current(self) -> None:
        if self.current_id is None:
            return
        try:
            self.mail.accounts.remove(self.current_id)
        except AgentDeskError as exc:
            self._problem(exc.message)
            return
        self.current_id = None
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_account()
        self.state.setText(self.tr("Removed; replies already sent keep their history."))
        self.changed.emit()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def reject(self) -> None:
        self.tasks.close()
        super().reject()
