# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros in the composer's ``/`` list, beside the canned replies, and applying one from there or
from the conversation menu.

Choosing a macro opens its preview (what changes on this conversation); Enter applies it: the
fields change at once (one transaction, events marked with the macro's name), and its canned reply
goes into the text box at the cursor, rendered in the customer's language, for the agent to read
and send. Esc leaves everything as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.gui.labels import translate
from agentdesk.gui.macro_preview import MacroPreviewDialog
from agentdesk.gui.macro_text import Names, actions_text
from agentdesk.gui.reply_completer import Insertion, Suggestion
from agentdesk.gui.reply_source import ConversationReplies
from agentdesk.macros.service import MacroRow
from agentdesk.replies.library import variant_for
from agentdesk.replies.templates import render

MACROS_FIRST = 3  # with nothing typed after "/", the most used macros lead the list


class MacroRunner:
    """Previews and applies macros to the conversation ``replies`` is bound to."""

    def __init__(
        self,
        replies: ConversationReplies,
        editor: QPlainTextEdit | None,
        act: Callable[[Callable[[uuid.UUID], object]], bool],
        say: Callable[[str, str], None],
        parent: QWidget,
    ) -> None:
        self.replies = replies
        self.services = replies.services
        self.editor = editor
        self.act = act
        self.say = say
        self.host = parent
        self.dialog: MacroPreviewDialog | None = None

    def reply_title(self, macro: MacroRow) -> str | None:
        if macro.actions.reply_id is None:
            return None
        try:
            return self.services.replies.get(macro.actions.reply_id).title
        except AgentDeskError:
            return None

    def preview(self, macro_id: uuid.UUID) -> MacroPreviewDialog | None:
        """Open the preview of ``macro_id`` on this conversation (not modal: the window keeps
        working; Enter applies, Esc closes)."""
        try:
            macro = self.services.macros.get(macro_id)
            outcomes = self.services.macros.preview(macro_id, [self.replies.detail.id])
        except AgentDeskError as exc:
            self.say(exc.message, "error")
            return None
        dialog = MacroPreviewDialog(macro, outcomes, Names(self.services), self.reply_title(macro), self.host)
        dialog.accepted.connect(lambda: self.apply(macro))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def apply(self, macro: MacroRow) -> None:
        if not self.act(lambda cid: self.services.macros.apply_to(macro.id, cid)):
            return
        text = self._reply_text(macro)
        if text and self.editor is not None:
            cursor = self.editor.textCursor()
            cursor.insertText(text)
            self.editor.setTextCursor(cursor)
            self.editor.setFocus()
        self.say(translate("Macros", "Macro “%1” applied.").replace("%1", macro.name), "info")

    def _reply_text(self, macro: MacroRow) -> str:
        reply_id = macro.actions.reply_id
        if reply_id is None:
            return ""
        try:
            reply = self.services.replies.get(reply_id)
        except AgentDeskError as exc:
            self.say(exc.message, "error")
            return ""
        context = self.replies.context
        choice = variant_for(reply, context.customer_language, context.agent_language)
        if choice is None:
            return ""
        try:
            self.services.replies.record_use(reply_id)
        except AgentDeskError:
            pass  # counting is a nicety
        return render(choice.body, context, language=choice.language).text


class RepliesAndMacros:
    """A ``ReplySource`` (``reply_completer``) listing the macros beside the canned replies."""

    def __init__(self, replies: ConversationReplies, runner: MacroRunner) -> None:
        self.replies = replies
        self.runner = runner
        self.services = replies.services

    def suggestions(self, query: str, limit: int = 30) -> list[Suggestion]:
        found = self.replies.suggestions(query, limit)
        try:
            macros = self.services.macros.search(query, limit=limit)
        except AgentDeskError:
            macros = []
        if not macros:
            return found
        names = Names(self.services)
        listed = [self._suggestion(m, names) for m in macros]
        if not query:
            return [*listed[:MACROS_FIRST], *found, *listed[MACROS_FIRST:]][:limit]
        return [*listed, *found][:limit]

    def _suggestion(self, macro: MacroRow, names: Names) -> Suggestion:
        summary = "; ".join(actions_text(macro.actions, names, self.runner.reply_title(macro)))
        return Suggestion(
            reply_id=macro.id,
            title=macro.name,
            shortcut="",
            category=translate("Macros", "Macro"),
            language="",
            fallback=False,
            preview=summary[:160],
            macro=True,
        )

    def insertion(self, suggestion: Suggestion) -> Insertion:
        if not suggestion.macro:
            return self.replies.insertion(suggestion)
        self.runner.preview(suggestion.reply_id)
        return Insertion("", 0)
