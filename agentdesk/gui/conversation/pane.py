# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation pane: the coordinator of its parts.

From the top: the one-line header (``conversationHeader``), the property row (``properties``), the
message strip, then the body: the timeline (``timeline``) over the composer (``composer``), the
customer panel (``customerPanel``) beside or under them. See the package docstring for where each
part lives; this module only builds them, hands each the conversation on show and wires their
signals. It holds no rules of its own: what may be done, and how, is the parts' and the services'.

Every change the agent makes goes through the services as one transaction (``PaneContext.act``),
is shown at once (the pane reads the conversation again) and is announced with ``changed`` so the
window can refresh its list. Errors the agent can act on appear as one sentence in the strip;
nothing typed is lost with them.

Public surface (used by the main window): ``show_conversation``, ``show_nothing``, ``tick``,
``flush_draft``, ``new_conversation``, ``actions_for_menu``, ``mail``; ``detail``, ``timeline``,
``composer``, ``strip``, ``body_splitter``; the signals ``conversation_requested`` (the agent opened
another conversation of this customer), ``changed`` (the agent changed this conversation),
``handed_over`` (escalated: changed, and the agent stays to tell the customer) and
``composer_left`` (Esc in the composer).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui import theme
from agentdesk.gui.composer import Composer
from agentdesk.gui.conversation.attachments import MessageImages
from agentdesk.gui.conversation.body import ConversationBody
from agentdesk.gui.conversation.composer_controller import ComposerController
from agentdesk.gui.conversation.context import PaneContext, StripAction
from agentdesk.gui.conversation.files import AttachmentFiles
from agentdesk.gui.conversation.handover import HandOver
from agentdesk.gui.conversation.header import ConversationHeader
from agentdesk.gui.conversation.outgoing_attachments import OutgoingAttachments
from agentdesk.gui.conversation.properties import PropertiesPanel
from agentdesk.gui.conversation.property_editor import PropertyEditor
from agentdesk.gui.conversation.strip import MessageStrip
from agentdesk.gui.conversation.timeline_view import ConversationTimeline
from agentdesk.gui.conversation.tools import ConversationTools
from agentdesk.gui.customer_panel import CustomerPanel
from agentdesk.gui.escalation_dialog import ESCALATE, HandOverDialog
from agentdesk.gui.mail_desk import MailDesk
from agentdesk.gui.new_conversation_dialog import NewConversationDialog
from agentdesk.gui.remote_images import ImageFetcher
from agentdesk.gui.reply_picker import ReplyPicker
from agentdesk.gui.survey_dialog import SurveyDialog
from agentdesk.gui.timeline import TimelineOptions
from agentdesk.inbox.queries import ConversationDetail
from agentdesk.services import Services

SLA_TICK_MS = 1000
SCROLL_END = "\x00end"  # for _show: to the newest entry (no anchor can be named so)


class HeaderNames:
    """``pane.header`` as it was when one widget held the subject and the editors: each name leads
    to the one-line header or the property row that holds it now (``pane.header.subject``,
    ``pane.header.take_button``), for the window's code and tests written before the split."""

    def __init__(self, header: ConversationHeader, properties: PropertiesPanel) -> None:
        self._parts = (header, properties)

    def __getattr__(self, name: str) -> Any:
        for part in self._parts:
            if hasattr(part, name):
                return getattr(part, name)
        raise AttributeError(name)


class ConversationPane(QWidget):
    """Header, properties, timeline, composer and customer panel of one conversation, or a line
    when none is open."""

    conversation_requested = Signal(uuid.UUID)
    changed = Signal(uuid.UUID)
    handed_over = Signal(uuid.UUID)
    composer_left = Signal()
    opened = Signal(object)  # the conversation now shown (None: none)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        image_fetcher: ImageFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("conversationPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(380)
        self.context = PaneContext(services, self)
        self._colours = theme.current()

        # The regions, top to bottom.
        self.conversation_header = ConversationHeader()
        self.properties = PropertiesPanel()
        self.strip = MessageStrip()
        self.timeline = ConversationTimeline()
        self.composer = Composer(services.drafts)
        self.customer_panel = CustomerPanel(services)
        self.history = self.customer_panel  # the list of other conversations is ``history.tree``
        self.body = ConversationBody(self.timeline, self.composer, self.customer_panel)
        self.body_splitter = self.body.body_splitter
        self.thread_splitter = self.body.thread_splitter
        self.header = HeaderNames(self.conversation_header, self.properties)

        # The parts that act.
        self.images = MessageImages(services, self.timeline, self, image_fetcher)
        self.files = AttachmentFiles(self.context, self.timeline, self)  # open and save attachments
        self.writing = ComposerController(self.context, self, self.composer)
        self.outgoing = OutgoingAttachments(self.context, self.composer, self)  # files to send
        self.writing.attachments = self.outgoing.for_sending
        self.handover = HandOver(self.context, self)
        self.editor = PropertyEditor(self.context, self, self.properties, take=self.handover.take)
        self.tools = ConversationTools(self.context, self)
        self._names()

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.conversation_header)
        content_layout.addWidget(self.properties)
        content_layout.addWidget(self.strip)
        content_layout.addWidget(self.body, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyPane")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(32, 32, 32, 32)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._wire()
        self._tab_order()
        self._sla_timer = QTimer(self)
        self._sla_timer.setInterval(SLA_TICK_MS)
        self._sla_timer.timeout.connect(self.tick)
        self.show_nothing(self.tr("No conversation selected."))

    def _names(self) -> None:
        """The parts' actions, menus and calls under the names the window and its tests use."""
        editor = self.editor  # the property menus and their keys
        self.status_menu = editor.status_menu
        self.status_actions = editor.status_actions
        self.status_open_action = editor.status_open_action
        self.priority_menu = editor.priority_menu
        self.priority_actions = editor.priority_actions
        self.priority_open_action = editor.priority_open_action
        self.assign_menu = editor.assign_menu
        self.assign_open_action = editor.assign_open_action
        self.assign_me_action = editor.assign_me_action
        self.unassign_action = editor.unassign_action
        self.follow_up_menu = editor.follow_up_menu
        self.follow_up_open_action = editor.follow_up_open_action
        self.tag_action = editor.tag_action
        self.set_status = editor.set_status
        self.set_priority = editor.set_priority
        self.assign = editor.assign
        self.set_follow_up = editor.set_follow_up
        self.add_tag = editor.add_tag
        self.remove_tag = editor.remove_tag
        self.start_tagging = editor.start_tagging
        writing = self.writing  # the composer's
        self.reply_action = writing.reply_action
        self.reply_all_action = writing.reply_all_action
        self.forward_action = writing.forward_action
        self.note_action = writing.note_action
        self.canned_action = writing.canned_action
        self.manage_replies_action = writing.manage_replies_action
        self.send = writing.send
        self.start_writing = writing.start_writing
        self.retry_sending = writing.retry_sending
        self.pick_reply = writing.pick_reply
        self.manage_replies = writing.manage_replies
        self.offer_escalation_notice = writing.offer_escalation_notice
        handover = self.handover  # the tier path
        self.escalate_action = handover.escalate_action
        self.return_action = handover.return_action
        self.transfer_action = handover.transfer_action
        self.take_action = handover.take_action
        self.tier_menu = handover.tier_menu
        self.hand_over = handover.hand_over
        self.take = handover.take
        tools = self.tools  # the other dialogs
        self.survey_action = tools.survey_action
        self.coaching_action = tools.coaching_action
        self.new_conversation = tools.new_conversation
        self.record_survey = tools.record_survey
        self.coaching_note = tools.coaching_note
        self.images_action = self.images.images_action  # pictures
        self.allow_images = self.images.allow
        self.open_whole_message = self.timeline.open_whole_message

    def _wire(self) -> None:
        context, panel = self.context, self.properties
        context.acted.connect(self._acted)
        context.said.connect(self._say)
        self.customer_panel.conversation_requested.connect(self.conversation_requested)
        # An edited or merged customer: the conversation shows again, and the list follows.
        self.customer_panel.customer_changed.connect(self._customer_changed)
        self.timeline.retry_requested.connect(self.writing.retry_sending)
        self.timeline.images_requested.connect(self.images.allow)
        self.images.changed.connect(lambda: self._render(keep_position=True))
        self.writing.sent.connect(self._sent)
        self.writing.sent.connect(lambda _id: self.outgoing.after_send())
        self.writing.review.connect(self._review)
        self.writing.scroll_requested.connect(self.timeline.scroll_to)
        self.writing.left.connect(self.composer_left)
        self.handover.handed_over.connect(self._handed_over)
        self.tools.created.connect(self._created)
        self.tools.survey_recorded.connect(self._survey_recorded)
        panel.tier_chip.setMenu(self.handover.tier_menu)
        panel.team_button.setMenu(self.handover.team_menu)
        panel.escalate_button.clicked.connect(lambda: self.handover.hand_over(ESCALATE))
        panel.take_button.clicked.connect(self.handover.take)

    def _tab_order(self) -> None:
        order: list[QWidget] = [
            self.properties.last_in_tab_order,
            self.timeline,
            self.composer.reply_toggle,
            self.composer.note_toggle,
            self.composer.editor,
            self.composer.expand_button,
            self.composer.send_button,
            self.customer_panel.toggle,
            self.customer_panel.tree,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def actions_for_menu(self) -> list[QAction]:
        """Everything the pane can do, in menu order (separators included), for the window's
        Conversation menu. The shortcuts work without it too: the pane holds the actions."""

        def separator() -> QAction:
            action = QAction(self)
            action.setSeparator(True)
            return action

        editor = self.editor
        return [
            self.reply_action,
            self.reply_all_action,
            self.forward_action,
            self.note_action,
            self.canned_action,
            self.manage_replies_action,
            self.outgoing.attach_action,
            self.files.save_all_action,
            separator(),
            *self.handover.actions(),
            separator(),
            *self.composer.send_actions(),
            separator(),
            editor.status_open_action,
            editor.status_menu.menuAction(),
            editor.priority_open_action,
            editor.priority_menu.menuAction(),
            editor.assign_open_action,
            editor.assign_me_action,
            editor.assign_menu.menuAction(),
            separator(),
            editor.follow_up_open_action,
            editor.follow_up_menu.menuAction(),
            editor.tag_action,
            separator(),
            *self.tools.actions(),
            separator(),
            self.images_action,
        ]

    def _conversation_actions(self) -> list[QAction]:
        """The actions that need an open conversation."""
        return [
            *self.writing.actions(),
            *self.editor.actions(),
            *self.handover.actions(),
            *self.tools.actions(),
            self.images_action,
        ]

    # -- the dialogs the parts keep open ---------------------------------------------------------

    @property
    def mail(self) -> MailDesk | None:
        return self.context.mail

    @mail.setter
    def mail(self, mail: MailDesk | None) -> None:
        self.context.mail = mail

    @property
    def hand_over_dialog(self) -> HandOverDialog | None:
        return self.handover.hand_over_dialog

    @property
    def reply_picker(self) -> ReplyPicker | None:
        return self.writing.reply_picker

    @property
    def new_conversation_dialog(self) -> NewConversationDialog | None:
        return self.tools.new_conversation_dialog

    @property
    def survey_dialog(self) -> SurveyDialog | None:
        return self.tools.survey_dialog

    # -- showing ---------------------------------------------------------------------------------

    @property
    def detail(self) -> ConversationDetail | None:
        return self.context.detail

    def show_nothing(self, text: str) -> None:
        self.writing.close()
        self.outgoing.show_for(None)
        self.context.detail = None
        self.timeline.forget()
        self._sla_timer.stop()
        self.strip.dismiss()
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)
        for action in self._conversation_actions():
            action.setEnabled(False)
        self.opened.emit(None)

    def show_conversation(self, conversation_id: uuid.UUID) -> ConversationDetail | None:
        """Open a conversation (or show the open one again, as it is now); returns what is shown,
        or None when it cannot be read (the reason is then shown instead)."""
        same = self.detail is not None and self.detail.id == conversation_id
        if not same:
            self.writing.flush()
        try:
            detail = self.services.queries.detail(conversation_id)
        except AgentDeskError as exc:
            self.show_nothing(exc.message)
            return None
        self._show(detail, same=same)
        return detail

    def _show(self, detail: ConversationDetail, *, same: bool, scroll_to: str | None = None) -> None:
        if not same:
            self.timeline.highlight = frozenset()
            self.strip.dismiss()
            self.body.reset_composer()
        self.context.detail = detail
        self._show_values(detail)
        self.customer_panel.show_customer(
            detail.customer, detail.other_conversations, detail.other_conversations_total
        )
        self.writing.open(detail, same=same)
        if not same:
            self.outgoing.show_for(detail.id)
        for action in self._conversation_actions():
            action.setEnabled(True)
        self.editor.show(detail)
        if scroll_to == SCROLL_END:
            self._render()
        elif scroll_to is not None:
            self._render(anchor=scroll_to)
        else:
            self._render(keep_position=same)
        self.stack.setCurrentIndex(1)
        self.tick()
        self._sla_timer.start()
        if not same:
            self.opened.emit(detail.id)

    def _show_values(self, detail: ConversationDetail) -> None:
        """The header and the property row (again after a theme switch)."""
        self.conversation_header.show_detail(detail)
        tier = self.handover.tier_state(detail)
        self.properties.show_detail(detail, tier.path)
        self.properties.show_actions(can_take=tier.can_take, can_escalate=tier.can_escalate)
        self.properties.show_tier_time(tier.spans, tier.always_open)

    def _render(self, *, keep_position: bool = False, anchor: str | None = None) -> None:
        detail = self.detail
        if detail is None:
            return
        options = TimelineOptions(
            images_allowed=frozenset(self.images.allowed),
            images=dict(self.images.states),
            highlight=self.timeline.highlight,
            delivery=self.writing.delivery_reasons(detail),
        )
        self.timeline.show_timeline(detail, options, keep_position=keep_position, anchor=anchor)
        self.images.set_remote(self.timeline.remote_urls)

    def tick(self) -> None:
        """The SLA targets and the follow-up mark at this second; cheap (no database)."""
        detail = self.detail
        if detail is None:
            return
        now = self.services.clock.now()
        sla = detail.sla
        self.conversation_header.show_sla(
            sla.at(now) if sla is not None else None, sla is None or sla.calendar.always_open
        )
        self.editor.tick(now)

    def hideEvent(self, event: QHideEvent) -> None:
        """The window closing (or the pane hidden) must not lose the last moment of typing."""
        self.writing.flush()
        super().hideEvent(event)

    def flush_draft(self) -> None:
        """Save the draft now (the window calls it before quitting)."""
        self.writing.flush()

    # -- what the parts report -------------------------------------------------------------------

    def _say(self, text: str, kind: str, action: StripAction | None) -> None:
        self.strip.show_message(text, kind, action)

    def _acted(self, conversation_id: uuid.UUID) -> None:
        if self.strip.kind == "error":
            self.strip.dismiss()
        self.show_conversation(conversation_id)
        self.changed.emit(conversation_id)

    def _customer_changed(self, _customer_id: uuid.UUID) -> None:
        if self.detail is not None:
            self._acted(self.detail.id)

    def _sent(self, conversation_id: uuid.UUID) -> None:
        self.timeline.highlight = frozenset()
        self.strip.dismiss()
        try:
            sent = self.services.queries.detail(conversation_id)
        except AgentDeskError as exc:
            self.show_nothing(exc.message)
        else:
            self._show(sent, same=True, scroll_to=SCROLL_END)  # the new message is at the end
        self.changed.emit(conversation_id)

    def _review(self, fresh: ConversationDetail, new: frozenset[uuid.UUID], anchor: str | None) -> None:
        self.timeline.highlight = new
        self._show(fresh, same=True, scroll_to=anchor)

    def _handed_over(self, conversation_id: uuid.UUID, text: str, escalated: bool) -> None:
        self.show_conversation(conversation_id)
        if escalated:
            # The customer should hear that a specialist takes over: offer the notices.
            self.strip.show_message(
                text + " " + self.tr("Let the customer know a specialist is taking over."),
                "info",
                (self.tr("Write the notice"), self.writing.offer_escalation_notice),
            )
            self.handed_over.emit(conversation_id)
        else:
            self.strip.show_message(text, "info")
            self.changed.emit(conversation_id)

    def _created(self, conversation_id: uuid.UUID) -> None:
        self.show_conversation(conversation_id)
        self.changed.emit(conversation_id)

    def _survey_recorded(self, conversation_id: uuid.UUID) -> None:
        self.show_conversation(conversation_id)
        self.strip.show_message(self.tr("Survey answer recorded."), "info")
        self.changed.emit(conversation_id)

    # -- theme -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and theme.current() is not self._colours:
            self._colours = theme.current()
            self.apply_theme()

    def apply_theme(self) -> None:
        """Everything that carries colours of its own (style sheets, icons, the timeline's HTML)
        again in the current theme's; the window calls it after a switch (a palette change does too)."""
        self.conversation_header.apply_theme()
        self.properties.apply_theme()
        self.strip.restyle()
        self.composer.apply_theme()
        self.customer_panel.apply_theme()
        self.timeline.apply_theme()
        detail = self.detail
        if detail is not None:
            self._show_values(detail)
            self.tick()
            self._render(keep_position=True)
