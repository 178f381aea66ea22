# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing and sending: what happens between the composer and the services.

**Sending safely.** A reply written against a conversation that changed meanwhile (the customer
wrote again, another agent answered, a sync brought news) may answer the wrong question. The draft
remembers the state the agent saw when they started (``seen_activity_at``); if the conversation's
``last_activity_at`` is later when they press Send, nothing is sent: ``review`` asks the pane to
show the new entries highlighted, the strip says so, and the next Send goes out (the draft is
marked as having seen them). A reply that still holds ``{{placeholders}}`` is stopped once too.

**Keyboard.** R and N go to the composer in reply or note mode (single letters act only where no
text box takes them); Ctrl+Enter sends; Ctrl+Shift+Enter sends and sets waiting; Ctrl+Alt+Enter
sends and solves; Esc in the composer leaves it (``left``); Ctrl+Shift+R picks a canned reply.

**Delivery.** What a reply does is decided here and shown by the composer before sending
(``inbox.delivery``): on email with a mailbox it goes out by mail (``PaneContext.mail``), with the
Cc and Bcc the agent set (Cc prefilled from the customer's latest mail; Shift+R, *Reply all*, adds
everyone else they wrote to) and the signature (``replies.signature``) previewed under the text;
on phone, letter and walk-in it is logged; on chat, social, web form, or email without a mailbox,
it is kept but *not delivered*, with "Answer by email instead" where the customer has an address
and a mailbox can send. Shift+F forwards the conversation or its latest message by email. The
Cc, Bcc and "Answer by email instead" are kept with the draft (``inbox.drafts``): a crash or a
look at another conversation loses none of them.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui.composer import NOTE, REPLY, Composer
from agentdesk.gui.conversation.context import PaneContext, pane_action
from agentdesk.gui.forward_dialog import ForwardDialog
from agentdesk.gui.kb_completer import ConversationArticles
from agentdesk.gui.macro_source import MacroRunner, RepliesAndMacros
from agentdesk.gui.replies_dialog import CannedRepliesDialog
from agentdesk.gui.reply_completer import Suggestion, placeholders_left
from agentdesk.gui.reply_picker import ReplyPicker
from agentdesk.gui.reply_source import ConversationReplies
from agentdesk.inbox.call_duration import mark_call
from agentdesk.inbox.delivery import EMAIL, NONE, mark_route, route_for
from agentdesk.inbox.drafts import DraftText
from agentdesk.inbox.queries import ConversationDetail, MessageEntry
from agentdesk.mail.addresses import reply_copies
from agentdesk.mail.forward import queue_forward

log = logging.getLogger("agentdesk.gui.conversation")

ESCALATION_NOTICE_QUERY = "handover"  # the starter library's escalation notices share this shortcut


class ComposerController(QObject):
    """The composer's drafts, sending and canned replies for the conversation on show."""

    sent = Signal(object)  # conversation id: the message went out (show it, at the end)
    review = Signal(object, object, object)  # fresh detail, entries new since writing, first's anchor
    scroll_requested = Signal(object)  # an entry's anchor ("Show" in the strip)
    left = Signal()  # Esc in the composer

    def __init__(self, context: PaneContext, host: QWidget, composer: Composer) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.composer = composer
        self.replies: ConversationReplies | None = None
        self.macros: MacroRunner | None = None  # macros for the conversation on show (macro_source)
        self.reply_picker: ReplyPicker | None = None
        self.replies_dialog: CannedRepliesDialog | None = None
        self.forward_dialog: ForwardDialog | None = None
        self._draft: DraftText | None = None  # the draft of the conversation on show, as opened
        self._placeholders_confirmed = ""  # a reply the agent chose to send with its {{…}} as they are
        # The draft's files to send (the pane sets ``OutgoingAttachments.for_sending``, which refuses
        # with a sentence while a file is being copied in or when they exceed the mailbox's limit).
        self.attachments: Callable[[], list[uuid.UUID]] = list
        composer.send_requested.connect(self.send)
        composer.left.connect(self._leave)
        composer.route_changed.connect(self._preview_signature)
        composer.addresses.problem.connect(lambda text: context.say(text, "error"))
        composer.failed.connect(lambda text: context.say(text, "error"))
        composer.editor.replies.noted.connect(lambda text: context.say(text, "info"))
        composer.editor.articles.noted.connect(lambda text: context.say(text, "info"))

        self.reply_action = self._action(
            self.tr("&Reply"), lambda: self.start_writing(REPLY), "R", "mdi6.reply-outline"
        )
        self.note_action = self._action(
            self.tr("Internal &note"), lambda: self.start_writing(NOTE), "N", "mdi6.lock-outline"
        )
        self.reply_all_action = self._action(
            self.tr("Reply &all"),
            lambda: self.start_writing(REPLY, reply_all=True),
            "Shift+R",
            "mdi6.reply-all-outline",
        )
        self.reply_all_action.setStatusTip(
            self.tr("Reply by email with everyone the customer wrote to in Cc")
        )
        self.forward_action = self._action(
            self.tr("&Forward…"), self.forward, "Shift+F", "mdi6.share-outline"
        )
        self.forward_action.setStatusTip(self.tr("Forward the conversation or its latest message by email"))
        for action in composer.send_actions():
            host.addAction(action)
        self.canned_action = self._action(
            self.tr("Insert canned &reply…"), self.pick_reply, "Ctrl+Shift+R", "mdi6.text-box-plus-outline"
        )
        self.canned_action.setStatusTip(self.tr("Or type / in the composer"))
        self.manage_replies_action = self._action(
            self.tr("&Manage canned replies…"), self.manage_replies, None, "mdi6.text-box-edit-outline"
        )

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None, icon: str) -> QAction:
        return pane_action(self.host, text, slot, icon, shortcut)

    def actions(self) -> list[QAction]:
        """The actions that act on the open conversation (enabled only while one is open)."""
        return [
            self.reply_action,
            self.reply_all_action,
            self.note_action,
            self.forward_action,
            self.canned_action,
        ]

    # -- the conversation on show ----------------------------------------------------------------

    def open(self, detail: ConversationDetail, *, same: bool) -> None:
        """The draft of ``detail`` (another conversation), or what the agent now has in front of
        them (the same one, shown again)."""
        if same:
            self.composer.set_seen(detail.last_activity_at)
        else:
            try:
                draft = self.context.services.drafts.load(detail.id)
            except AgentDeskError as exc:
                draft = None
                self.context.say(exc.message, "error")
            self._draft = draft
            self.composer.open(
                detail.id,
                draft,
                seen_activity_at=detail.last_activity_at,
                recipient=detail.customer.name,
                channel=detail.channel,
            )
        self.composer.set_warning(self._warning(detail))
        if not same:
            self._show_delivery(detail)
        self.replies = ConversationReplies(self.context.services, detail)
        context = self.context
        self.macros = MacroRunner(self.replies, self.composer.editor, context.act, context.say, self.host)
        self.composer.editor.replies.source = RepliesAndMacros(self.replies, self.macros)  # "/" lists both
        self.composer.editor.articles.source = ConversationArticles(self.context.services, detail.language)

    def close(self) -> None:
        self.composer.close_conversation()

    def flush(self) -> None:
        """Save the draft now (before switching, hiding or quitting)."""
        self.composer.flush()

    # -- delivery ----------------------------------------------------------------------------------

    def _mailbox(self) -> bool:
        mail = self.context.mail
        return mail is not None and bool(mail.accounts_list())

    def _show_delivery(self, detail: ConversationDetail, *, reply_all: bool = False) -> None:
        """Tell the composer what a reply here does, with the Cc and signature of a mail."""
        mailbox = self._mailbox()
        route = route_for(detail.channel, mailbox=mailbox)
        offer = mailbox and route != EMAIL and bool(detail.customer.email)
        address = ""
        mail = self.context.mail
        if mailbox and mail is not None:
            try:
                with self.context.services.store.read() as session:
                    account = mail.service.sender.account_for(session, detail.id)
                    address = account.address if account is not None else ""
            except AgentDeskError as exc:
                self.context.say(exc.message, "error")
        self.composer.set_delivery(
            route, offer_email=offer, mailbox=address, no_mailbox=detail.channel == "email" and not mailbox
        )
        draft = self._draft  # the Cc, Bcc and "by email instead" kept with it win over the usual
        self.composer.restore_addressing(
            self._copies(detail, reply_all=reply_all),
            draft.cc if draft is not None else None,
            draft.bcc if draft is not None else None,
            draft is not None and draft.by_email,
        )
        self._preview_signature()

    def _copies(self, detail: ConversationDetail, *, reply_all: bool) -> list[str]:
        """The Cc of a reply: the customer's latest mail's copies (and its To, for reply all)."""
        latest = next(
            (m for m in reversed(detail.messages) if m.direction == "inbound" and m.delivery.to), None
        )
        if latest is None:
            return []
        mail = self.context.mail
        own = [info.settings.address for info in mail.accounts_list()] if mail is not None else []
        return reply_copies(
            latest.delivery.to,
            latest.delivery.cc,
            own=own,
            customer=detail.customer.email or "",
            reply_all=reply_all,
        )

    def _signature_template(self, detail: ConversationDetail) -> str:
        signature = self.context.signature
        if signature is None:
            return ""
        return signature(self.context.services.agent_id, detail.language or detail.customer.language)

    def _preview_signature(self) -> None:
        detail, mail = self.context.detail, self.context.mail
        block = ""
        if detail is not None and mail is not None and self.composer.route == EMAIL and self._mailbox():
            try:
                block = mail.service.sender.preview_signature(
                    detail.id, self._signature_template(detail), self.context.services.agent_id
                )
            except AgentDeskError as exc:
                self.context.say(exc.message, "error")
        self.composer.set_signature_preview(block)

    def _warning(self, detail: ConversationDetail) -> str:
        if detail.merged_into_number is not None:
            return self.tr("This conversation was merged into #%1; write there instead.").replace(
                "%1", str(detail.merged_into_number)
            )
        if detail.status == "closed":
            return self.tr("This conversation is closed: replies are refused; internal notes are kept.")
        return ""

    def delivery_reasons(self, detail: ConversationDetail) -> dict[uuid.UUID, str]:
        """Why replies of this conversation were not sent (read only when one was not)."""
        mail = self.context.mail
        if mail is None or not any(m.delivery_state == "failed" for m in detail.messages):
            return {}
        return {mid: status.label for mid, status in mail.statuses(detail.id).items() if status.reason}

    # -- writing and sending ---------------------------------------------------------------------

    def start_writing(self, mode: str, *, reply_all: bool = False) -> None:
        """R / N / Shift+R: the composer, in that mode, with the cursor at the end of the draft."""
        if self.context.detail is None:
            return
        if reply_all:
            self.composer.addresses.set_addresses(self._copies(self.context.detail, reply_all=True))
        self.composer.set_mode(mode)
        self.composer.focus_editor()

    def _leave(self) -> None:
        self.composer.flush()
        self.composer.editor.clearFocus()
        self.left.emit()

    def send(self, status_after: str | None = None) -> bool:
        """Send what the composer holds (reply or note); True when it went out.

        Not sent, with the reason in the strip and the draft kept: an empty text, a conversation
        that changed since the agent started writing (see the module docstring), or a refusal by
        the service (a closed conversation, a database that cannot be written).
        """
        detail = self.context.detail
        text = self.composer.text()
        if detail is None or not text.strip():
            return False
        services = self.context.services
        mode = self.composer.mode
        self.composer.flush()
        try:
            draft = services.drafts.load(detail.id)
            fresh = services.queries.detail(detail.id)
        except AgentDeskError as exc:
            self.context.say(exc.message, "error")
            return False
        seen = draft.seen_activity_at if draft is not None else detail.last_activity_at
        if seen is not None and fresh.last_activity_at > seen:
            self._review(fresh, seen)
            return False
        left = placeholders_left(text) if mode == REPLY else []
        if left and text != self._placeholders_confirmed:
            self._placeholders_confirmed = text
            self.context.say(
                self.tr(
                    "The reply still holds %1, which has no value here. "
                    "Fill it in, or send again to send it as it is."
                ).replace("%1", ", ".join(left)),
                "review",
            )
            return False
        mail = self.context.mail
        route = self.composer.route
        try:
            files = self.attachments()
            if mode == NOTE:
                services.inbox.add_note(detail.id, text, attachments=files)
            elif route == EMAIL and mail is not None and self._mailbox():
                cc, bcc = self.composer.addresses.addresses()
                mail.service.sender.queue_reply(
                    detail.id,
                    text,
                    status_after=status_after,
                    actor_id=services.agent_id,
                    cc=cc,
                    bcc=bcc,
                    agent_signature=self._signature_template(detail),
                    instead=self.composer.by_email(),
                    attachments=files,
                )
                mail.send_now()  # out by mail, in the background
            else:  # logged, or kept but not delivered: the message records which
                services.inbox.reply(
                    detail.id,
                    text,
                    status_after=status_after,
                    on_message=mark_call(  # a logged phone call keeps its length (docs/kpis.md)
                        self.composer.call_timer.seconds()
                        if self.composer.call_timer.isVisibleTo(self.composer)
                        else None,
                        mark_route(route if route != EMAIL else NONE),
                    ),
                    attachments=files,
                )
        except AgentDeskError as exc:
            log.info("not sent: %s", exc.message)
            self.context.say(exc.message, "error")
            return False
        self.composer.sent()
        self._draft = None
        self._show_delivery(detail)  # Cc and "by email instead" start afresh
        self.sent.emit(detail.id)
        return True

    # -- forwarding ------------------------------------------------------------------------------

    def forward(self) -> ForwardDialog | None:
        """Shift+F: the forward dialog (not blocking); on OK the forward is queued."""
        detail = self.context.detail
        if detail is None:
            return None
        if not self._mailbox():
            self.context.say(
                self.tr("Forwarding needs a mailbox to send from; add one in File → Mail accounts."), "error"
            )
            return None
        latest = next((m for m in reversed(detail.messages) if m.direction == "inbound"), None)
        dialog = ForwardDialog(latest.id if latest is not None else None, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.forward_requested.connect(self._forward)
        self.forward_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "forward_dialog", None))
        dialog.open()
        return dialog

    def _forward(self, to: list[str], note: str, message_id: uuid.UUID | None) -> None:
        mail, detail = self.context.mail, self.context.detail
        if mail is None or detail is None:
            return
        try:
            queue_forward(
                mail.service.sender,
                detail.id,
                to,
                note,
                message_id=message_id,
                actor_id=self.context.services.agent_id,
                agent_signature=self._signature_template(detail),
            )
        except AgentDeskError as exc:  # said in the dialog, which keeps what was typed
            if self.forward_dialog is not None:
                self.forward_dialog.say(exc.message)
            else:
                self.context.say(exc.message, "error")
            return
        mail.send_now()
        if self.forward_dialog is not None:
            self.forward_dialog.accept()
        self.context.acted.emit(detail.id)

    def _review(self, fresh: ConversationDetail, seen: dt.datetime) -> None:
        """Show what happened since the draft began, and let the next Send go out."""
        new = [entry for entry in fresh.timeline if entry.created_at > seen]
        first = f"m-{new[0].id.hex}" if new else None
        self.review.emit(fresh, frozenset(entry.id for entry in new), first)
        try:
            self.context.services.drafts.mark_seen(fresh.id, fresh.last_activity_at)
        except AgentDeskError as exc:
            self.context.say(exc.message, "error")
            return
        self.composer.set_seen(fresh.last_activity_at)
        count = sum(1 for entry in new if isinstance(entry, MessageEntry))
        # Singular spelled out for English; translators give plural forms for the "%n" texts.
        if count == 1:
            text = self.tr(
                "New activity since you started writing: 1 new message, highlighted below. "
                "Review it, then send again."
            )
        elif count:
            text = self.tr(
                "New activity since you started writing: %n new messages, highlighted below. "
                "Review them, then send again.",
                "",
                count,
            )
        else:
            text = self.tr(
                "New activity since you started writing, highlighted below. Review it, then send again."
            )
        self.context.say(text, "review", (self.tr("Show"), lambda: self.scroll_requested.emit(first)))

    def retry_sending(self, message_id: uuid.UUID) -> bool:
        """ "Send again" on a reply that was not sent."""
        mail = self.context.mail
        if mail is None or self.context.detail is None:
            return False
        return self.context.act(lambda _cid: mail.retry(message_id))

    # -- canned replies --------------------------------------------------------------------------

    def pick_reply(self) -> ReplyPicker | None:
        """Ctrl+Shift+R: the picker (not blocking); the chosen reply goes in at the cursor."""
        if self.context.detail is None or self.replies is None:
            return None
        picker = ReplyPicker(self.replies, self.host)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        picker.accepted.connect(lambda: self._insert_reply(picker.chosen))
        self.reply_picker = picker
        picker.destroyed.connect(lambda _obj=None: setattr(self, "reply_picker", None))
        picker.open()
        return picker

    def manage_replies(self) -> CannedRepliesDialog:
        """The library (not blocking); previews use the open conversation when there is one."""
        dialog = CannedRepliesDialog(self.context.services, self.context.conversation_id, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.replies_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "replies_dialog", None))
        dialog.open()
        return dialog

    def _insert_reply(self, chosen: Suggestion | None) -> None:
        if chosen is None:
            return
        completer = self.composer.editor.replies
        completer.hide()
        completer.insert(chosen)
        # After the picker has closed and handed the focus back: on to the text box.
        QTimer.singleShot(0, self.composer.focus_editor)

    def offer_escalation_notice(self) -> None:
        """A reply with the canned escalation notices listed (``/handover``), in the customer's
        language, to insert with Enter."""
        if self.context.detail is None or self.replies is None:
            return
        if not self.replies.suggestions(ESCALATION_NOTICE_QUERY):
            self.context.say(
                self.tr(
                    "There are no escalation notices among the canned replies yet (shortcut /%1…)."
                ).replace("%1", ESCALATION_NOTICE_QUERY),
                "info",
            )
            return
        self.start_writing(REPLY)
        editor = self.composer.editor
        cursor = editor.textCursor()
        if cursor.positionInBlock() > 0:
            cursor.insertText("\n")
        cursor.insertText("/" + ESCALATION_NOTICE_QUERY)
        editor.setTextCursor(cursor)
