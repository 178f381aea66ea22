# SPDX-License-Identifier: GPL-3.0-or-later
"""*File → Knowledge base…*: the articles agents write and insert into replies
(``agentdesk.gui.kb_dialog``). Not blocking; kept while open (``window.kb_dialog``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from agentdesk.errors import AgentDeskError
from agentdesk.gui.labels import translate
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place
from agentdesk.gui.window.dialogs import open_tracked

if TYPE_CHECKING:
    from agentdesk.gui.kb_dialog import KnowledgeBaseDialog
    from agentdesk.gui.main_window import MainWindow


class KnowledgeBasePart(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @classmethod
    def attach(cls, window: MainWindow) -> KnowledgeBasePart:
        found = getattr(window, "kb_part", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "kb_part", part)  # noqa: B010  (the window does not declare its parts)
        setattr(window, "kb_dialog", None)  # noqa: B010
        return part

    def action_specs(self) -> Iterator[ActionSpec]:
        yield ActionSpec(
            ActionId.KNOWLEDGE_BASE,
            translate("KnowledgeBasePart", "&Knowledge base…"),
            self.open_dialog,
            (QKeySequence("Ctrl+Shift+K"),),
            (Place(Menu.FILE, 1),),
            "mdi6.book-open-variant",
            tip=translate("KnowledgeBasePart", "Write and review the articles you insert with ? in a reply"),
        )

    def open_dialog(self) -> KnowledgeBaseDialog | None:
        from agentdesk.gui.kb_dialog import KnowledgeBaseDialog

        shown = getattr(self.window, "kb_dialog", None)
        if isinstance(shown, KnowledgeBaseDialog):
            shown.raise_()
            shown.activateWindow()
            return shown
        services = self.window.services
        agent = services.directory.agent(services.agent_id) if services.agent_id else None
        try:
            dialog = KnowledgeBaseDialog(
                services.store,
                services.clock,
                services.agent_id,
                self.window,
                language=getattr(agent, "language", "en") or "en",
            )
        except AgentDeskError as exc:
            self.window.statusBar().showMessage(exc.message, 8000)
            return None
        return open_tracked(self.window, "kb_dialog", dialog)
