# SPDX-License-Identifier: GPL-3.0-or-later
"""The dialogs the pane opens besides writing: a new conversation, a survey answer the customer
gave (on the phone, say) and a supervisor's coaching note. None blocks; each ends in a signal
the pane shows (``created``, ``survey_recorded``) or in a change through ``PaneContext.act``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui.conversation.context import PaneContext, pane_action
from agentdesk.gui.new_conversation_dialog import NewConversationDialog
from agentdesk.gui.survey_dialog import SurveyDialog


class ConversationTools(QObject):
    created = Signal(object)  # the new conversation's id
    survey_recorded = Signal(object)  # the conversation's id

    def __init__(self, context: PaneContext, host: QWidget) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.new_conversation_dialog: NewConversationDialog | None = None
        self.survey_dialog: SurveyDialog | None = None
        self.survey_action = self._action(
            self.tr("Record survey &answer…"), self.record_survey, "mdi6.star-outline"
        )
        self.survey_action.setStatusTip(
            self.tr("A CSAT, NPS or CES answer the customer gave, e.g. on the phone")
        )
        self.coaching_action = self._action(
            self.tr("Add &coaching note…"), self.coaching_note, "mdi6.school-outline"
        )
        self.coaching_action.setStatusTip(self.tr("Supervisors: an internal note marked as coaching"))

    def _action(self, text: str, slot: Callable[[], object], icon: str) -> QAction:
        return pane_action(self.host, text, slot, icon)

    def actions(self) -> list[QAction]:
        """The actions that act on the open conversation (enabled only while one is open)."""
        return [self.survey_action, self.coaching_action]

    def new_conversation(self) -> NewConversationDialog | None:
        """The New conversation dialog; ``created`` when it made one."""
        try:
            dialog = NewConversationDialog(
                self.context.services, self.host, mail=self.context.mail, signature=self.context.signature
            )
        except AgentDeskError as exc:
            self.context.say(exc.message, "error")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._created(dialog))
        self.new_conversation_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "new_conversation_dialog", None))
        dialog.open()
        return dialog

    def _created(self, dialog: NewConversationDialog) -> None:
        if dialog.created is not None:
            self.created.emit(dialog.created.id)

    def record_survey(self) -> SurveyDialog | None:
        """The survey answer dialog (enter, confirm, record); ``survey_recorded`` when done."""
        conversation_id = self.context.conversation_id
        if conversation_id is None:
            return None
        dialog = SurveyDialog(self.context.services, conversation_id, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.survey_recorded.emit(conversation_id))
        self.survey_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "survey_dialog", None))
        dialog.open()
        return dialog

    def coaching_note(self) -> None:
        """A supervisor's coaching note on this conversation, asked for in a small dialog."""
        if self.context.detail is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self.host, self.tr("Coaching note"), self.tr("What went well, what to try next time:")
        )
        if ok and text.strip():
            self.context.act(lambda cid: self.context.services.review.add_coaching_note(cid, text))
