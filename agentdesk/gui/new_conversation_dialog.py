# SPDX-License-Identifier: GPL-3.0-or-later
"""The New conversation dialog: a phone call, a letter, a walk-in (or any channel) written down.

The form is a Qt Designer file (``forms/new_conversation.ui``) loaded at run time; this module
fills its lists, finds customers as the agent types (``SearchService.find_customers``) or creates
a new one, and creates the conversation. Contacts taken down by hand (phone, letter, walk-in) are
created with ``logged_by_agent=True``, so the timeline says who logged them.

**Writing first.** "I write first, by email" turns the dialog into an outbound email: the agent
picks the mailbox, the language and, if they like, a canned reply (inserted in that language with
its placeholders filled), and the email opens the conversation and goes out through the outbox
(``mail.outreach``); the customer's answer threads into it like any reply.

Nothing is lost to a mistake: every problem (a missing subject, an address that is not one, an
email that already belongs to a customer) is shown inline and the dialog stays open with what was
typed. A customer created on a first attempt that then failed for another reason is reused on the
next attempt instead of being created twice.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError, SearchSyntaxError
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.designer import child as _child
from agentdesk.gui.designer import load_form
from agentdesk.gui.mail_desk import MailDesk
from agentdesk.inbox.search import CustomerHit
from agentdesk.inbox.service import ConversationRef
from agentdesk.mail.outreach import start_outreach
from agentdesk.replies.templates import RenderContext, render
from agentdesk.services import Services
from agentdesk.store.models import LANGUAGES, Agent, Plan, Priority

log = logging.getLogger("agentdesk.gui.new_conversation")

FORM = "new_conversation.ui"
LOOKUP_DELAY_MS = 200
LOOKUP_LIMIT = 20
CHANNELS = ("phone", "letter", "walk_in", "email", "chat", "social", "web_form")
LOGGED_BY_HAND = frozenset({"phone", "letter", "walk_in"})
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1


class NewConversationDialog(QDialog):
    """Opened with ``open()`` (or ``exec()``); after acceptance ``created`` holds the new
    conversation."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        mail: MailDesk | None = None,
        signature: Callable[[uuid.UUID | None, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.mail = mail
        self.signature = signature
        self._inserted = ""  # the canned reply's text as inserted (replaced when another is picked)
        self.created: ConversationRef | None = None
        self._new_customer: tuple[tuple[str, ...], uuid.UUID] | None = None
        self.setWindowTitle(self.tr("New conversation"))
        self.setMinimumWidth(520)
        form = load_form(FORM, self)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(form)

        self.channel = _child(form, QComboBox, "channel")
        self.existing_customer = _child(form, QRadioButton, "existingCustomer")
        self.new_customer = _child(form, QRadioButton, "newCustomer")
        self.customer_stack = _child(form, QStackedWidget, "customerStack")
        self.customer_search = _child(form, QLineEdit, "customerSearch")
        self.customer_results = _child(form, QListWidget, "customerResults")
        self.customer_hint = _child(form, QLabel, "customerHint")
        self.customer_name = _child(form, QLineEdit, "customerName")
        self.customer_email = _child(form, QLineEdit, "customerEmail")
        self.customer_phone = _child(form, QLineEdit, "customerPhone")
        self.customer_company = _child(form, QLineEdit, "customerCompany")
        self.customer_plan = _child(form, QComboBox, "customerPlan")
        self.customer_language = _child(form, QComboBox, "customerLanguage")
        self.subject = _child(form, QLineEdit, "subject")
        self.body = _child(form, QPlainTextEdit, "body")
        self.priority = _child(form, QComboBox, "priority")
        self.error = _child(form, QLabel, "error")
        self.customer_starts = _child(form, QRadioButton, "customerStarts")
        self.agent_starts = _child(form, QRadioButton, "agentStarts")
        self.outreach_box = _child(form, QWidget, "outreachBox")
        self.mailbox = _child(form, QComboBox, "mailbox")
        self.outreach_language = _child(form, QComboBox, "outreachLanguage")
        self.canned_reply = _child(form, QComboBox, "cannedReply")
        self.body_label = _child(form, QLabel, "bodyLabel")
        self.buttons = _child(form, QDialogButtonBox, "buttons")

        for channel in CHANNELS:
            self.channel.addItem(icons.channel_icon(channel), labels.channel_label(channel), channel)
        for plan in Plan.values():
            self.customer_plan.addItem(labels.plan_label(plan), plan)
        self.customer_plan.setCurrentIndex(self.customer_plan.findData(Plan.STANDARD.value))
        for language in LANGUAGES:
            self.customer_language.addItem(labels.language_label(language), language)
        for priority in Priority.values():
            self.priority.addItem(icons.priority_icon(priority), labels.priority_label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))

        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.hide()
        self.customer_hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.customer_hint.setText(self.tr("Type to find the customer; ↓ moves to the list."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Create conversation"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.activated.connect(self.accept)

        self.existing_customer.toggled.connect(self._customer_mode)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self.look_up)
        self.customer_search.textChanged.connect(lambda _text: self._lookup_timer.start())
        self.customer_search.installEventFilter(self)
        self.customer_results.currentItemChanged.connect(self._picked)
        self.customer_results.itemActivated.connect(lambda _item: self.subject.setFocus())
        self._set_up_outreach()
        self.channel.setFocus()

    # -- writing first -------------------------------------------------------------------------

    def _set_up_outreach(self) -> None:
        accounts = self.mail.accounts_list() if self.mail is not None else []
        for info in accounts:
            name = info.settings.display_name
            self.mailbox.addItem(
                f"{name} <{info.settings.address}>" if name else info.settings.address, info.id
            )
        for language in LANGUAGES:
            self.outreach_language.addItem(labels.language_label(language), language)
        self.canned_reply.addItem(self.tr("None"), None)
        try:
            for row in self.services.replies.list_replies():
                self.canned_reply.addItem(row.title, row)
        except AgentDeskError as exc:
            log.warning("canned replies not read: %s", exc.message)
        self.canned_reply.currentIndexChanged.connect(lambda _index: self._insert_canned())
        self.outreach_language.currentIndexChanged.connect(lambda _index: self._insert_canned())
        if not accounts:
            self.agent_starts.setEnabled(False)
            self.agent_starts.setToolTip(
                self.tr("Writing first needs a mailbox to send from; add one in File → Mail accounts.")
            )
        self._customer_placeholder = self.body.placeholderText()  # the form's, translated
        self.agent_starts.toggled.connect(self._start_mode)
        self._start_mode(False)

    def writes_first(self) -> bool:
        return self.agent_starts.isChecked()

    def _start_mode(self, first: bool) -> None:
        """The agent's email (channel email, mailbox, language, canned reply) or a contact logged."""
        self.outreach_box.setVisible(first)
        self.channel.setEnabled(not first)
        if first:
            self.channel.setCurrentIndex(self.channel.findData("email"))
        self.body_label.setText(self.tr("&Your message:") if first else self.tr("Customer sai&d:"))
        self.body.setPlaceholderText(
            self.tr("Write to the customer…") if first else self._customer_placeholder
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Send email") if first else self.tr("Create conversation"))
        self.adjustSize()

    def _insert_canned(self) -> None:
        """The chosen canned reply in the chosen language, placeholders filled, as the message
        (replacing the one inserted before; text the agent wrote themselves is kept above it)."""
        row = self.canned_reply.currentData()
        language = str(self.outreach_language.currentData())
        text = ""
        if row is not None:
            choice = self.services.replies.variant_for(row, language, language)
            if choice is not None:
                text = render(choice.body, self._render_context(language)).text
            if not self.subject.text().strip():
                self.subject.setText(row.title)
        current = self.body.toPlainText()
        if self._inserted and current.endswith(self._inserted):
            current = current[: len(current) - len(self._inserted)]
        self.body.setPlainText(current + text)
        self._inserted = text

    def _render_context(self, language: str) -> RenderContext:
        hit = self.picked_customer() if self.existing_customer.isChecked() else None
        customer = hit.name if hit is not None else self.customer_name.text().strip()
        agent = ""
        if self.services.agent_id is not None:
            try:
                with self.services.store.read() as session:
                    found = session.get(Agent, self.services.agent_id)
                    agent = found.name if found is not None else ""
            except AgentDeskError:
                agent = ""
        return RenderContext(
            customer_name=customer,
            agent_name=agent,
            language=language,
            customer_language=language,
            agent_language=language,
            now=self.services.clock.now(),
        )

    # -- customer ------------------------------------------------------------------------------

    def _customer_mode(self, existing: bool) -> None:
        self.customer_stack.setCurrentIndex(0 if existing else 1)
        (self.customer_search if existing else self.customer_name).setFocus()

    def look_up(self) -> None:
        """Customers matching what was typed (name, email or company), best first."""
        self._lookup_timer.stop()
        query = self.customer_search.text().strip()
        self.customer_results.clear()
        if not query:
            self.customer_hint.setText(self.tr("Type to find the customer; ↓ moves to the list."))
            return
        try:
            hits = self.services.search.find_customers(query, LOOKUP_LIMIT)
        except SearchSyntaxError as exc:
            self.customer_hint.setText(exc.message)
            return
        except AgentDeskError as exc:
            self._show_error(exc.message)
            return
        for hit in hits:
            item = QListWidgetItem(self._hit_text(hit))
            item.setData(CUSTOMER_ROLE, hit)
            item.setToolTip(self._hit_text(hit))
            self.customer_results.addItem(item)
        if hits:
            found = (
                self.tr("1 customer found; pick them, or choose New customer.")
                if len(hits) == 1
                else self.tr("%n customers found; pick one, or choose New customer.", "", len(hits))
            )
            self.customer_hint.setText(found)
        else:
            self.customer_hint.setText(
                self.tr("No customer matches “%1”. Choose New customer to add them.").replace("%1", query)
            )

    def _hit_text(self, hit: CustomerHit) -> str:
        details = [d for d in (hit.email, hit.company, labels.plan_label(hit.plan)) if d]
        return f"{hit.name}  —  {' · '.join(details)}" if details else hit.name

    def _picked(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        hit = self.picked_customer()
        if hit is not None:
            self.customer_hint.setText(self.tr("Customer: %1").replace("%1", self._hit_text(hit)))
            self.outreach_language.setCurrentIndex(max(0, self.outreach_language.findData(hit.language)))

    def picked_customer(self) -> CustomerHit | None:
        item = self.customer_results.currentItem()
        value = item.data(CUSTOMER_ROLE) if item is not None else None
        return value if isinstance(value, CustomerHit) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, ↓ goes to the results and Enter takes the first one (instead of
        submitting the dialog half-filled)."""
        if watched is self.customer_search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._lookup_timer.isActive():
                    self.look_up()
                if self.customer_results.count() == 0:
                    return key != Qt.Key.Key_Down  # nothing to take: do not submit either
                if self.customer_results.currentRow() < 0:
                    self.customer_results.setCurrentRow(0)
                if key == Qt.Key.Key_Down:
                    self.customer_results.setFocus()
                else:
                    self.subject.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- creating ------------------------------------------------------------------------------

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def _customer_id(self) -> uuid.UUID | None:
        """The chosen customer, creating the new one if need be; None (with the reason shown)."""
        if self.existing_customer.isChecked():
            hit = self.picked_customer()
            if hit is None:
                self._show_error(
                    self.tr("Pick the customer from the list, or choose New customer."), self.customer_search
                )
                return None
            return hit.id
        name = self.customer_name.text().strip()
        if not name:
            self._show_error(self.tr("The new customer needs a name."), self.customer_name)
            return None
        email = self.customer_email.text().strip() or None
        fields = (
            name,
            email or "",
            self.customer_phone.text().strip(),
            self.customer_company.text().strip(),
            str(self.customer_plan.currentData()),
            str(self.customer_language.currentData()),
        )
        if self._new_customer is not None and self._new_customer[0] == fields:
            return self._new_customer[1]
        try:
            if email is not None:
                existing = self.services.inbox.find_customer_by_email(email)
                if existing is not None:
                    self._show_error(
                        self.tr(
                            "%1 already belongs to a customer: choose Existing customer and look it up."
                        ).replace("%1", email),
                        self.customer_email,
                    )
                    return None
            customer_id = self.services.inbox.create_customer(
                name,
                email=email,
                phone=fields[2] or None,
                company=fields[3] or None,
                plan=fields[4],
                language=fields[5],
            )
        except AgentDeskError as exc:
            target = self.customer_email if "email" in exc.message.lower() else self.customer_name
            self._show_error(exc.message, target)
            return None
        self._new_customer = (fields, customer_id)
        return customer_id

    def accept(self) -> None:
        """Create the conversation; stay open with the reason when anything is missing or wrong."""
        self.error.hide()
        subject = self.subject.text().strip()
        body = self.body.toPlainText()
        if not subject:
            self._show_error(self.tr("Give the conversation a subject."), self.subject)
            return
        if not body.strip():
            if self.writes_first():
                self._show_error(self.tr("Write the message to the customer."), self.body)
            else:
                self._show_error(self.tr("Write down what the customer said."), self.body)
            return
        customer_id = self._customer_id()
        if customer_id is None:
            return
        if self.writes_first():
            self._send_first(customer_id, subject, body)
            return
        channel = str(self.channel.currentData())
        try:
            self.created = self.services.inbox.create_conversation(
                customer_id,
                channel,
                subject,
                body,
                priority=str(self.priority.currentData()),
                logged_by_agent=channel in LOGGED_BY_HAND,
            )
        except AgentDeskError as exc:
            self._show_error(exc.message)
            return
        log.info("conversation #%s created by hand (%s)", self.created.number, channel)
        super().accept()

    def _send_first(self, customer_id: uuid.UUID, subject: str, body: str) -> None:
        mail = self.mail
        account = self.mailbox.currentData()
        if mail is None or not isinstance(account, uuid.UUID):
            self._show_error(self.tr("Choose a mailbox to send from."), self.mailbox)
            return
        language = str(self.outreach_language.currentData())
        template = self.signature(self.services.agent_id, language) if self.signature is not None else ""
        try:
            self.created = start_outreach(
                mail.service.sender,
                customer_id,
                subject,
                body,
                account_id=account,
                language=language,
                actor_id=self.services.agent_id,
                agent_signature=template,
                priority=str(self.priority.currentData()),
            )
        except AgentDeskError as exc:
            self._show_error(exc.message)
            return
        mail.send_now()
        log.info("conversation #%s opened with an email to the customer", self.created.number)
        super().accept()
