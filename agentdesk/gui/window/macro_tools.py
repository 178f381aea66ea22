# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros, routing rules and availability in the window (``MainWindow.macro_tools``).

- *Conversation → Apply macro…* (Ctrl+Alt+M): pick a macro by typing; with several conversations
  selected in the list it previews the change for all of them and runs as one bulk action (the
  window's ``workflow.run``), else it previews and applies to the open conversation, its reply
  going into the composer.
- *File → Macros…* and *File → Routing rules…* open the managing dialogs.
- The top bar shows the agent's availability (available, busy, away), next to their name.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout

from agentdesk.errors import AgentDeskError
from agentdesk.gui.availability_button import AvailabilityButton
from agentdesk.gui.labels import translate
from agentdesk.gui.macro_text import Names
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from agentdesk.gui.macro_picker import MacroPicker
    from agentdesk.gui.macro_preview import MacroPreviewDialog
    from agentdesk.gui.macros_dialog import MacrosDialog
    from agentdesk.gui.main_window import MainWindow
    from agentdesk.gui.routing_dialog import RoutingRulesDialog


class MacroTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.picker: MacroPicker | None = None
        self.preview: MacroPreviewDialog | None = None
        self.macros_dialog: MacrosDialog | None = None
        self.rules_dialog: RoutingRulesDialog | None = None
        self.availability = AvailabilityButton(self.services)
        self.availability.failed.connect(window.messages.error)
        window.sync.arrived.connect(self.availability.reload)  # set on another desk of the same agent
        bar = window.top_bar
        layout = bar.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(bar.agent), self.availability)

    def action_specs(self) -> Iterator[ActionSpec]:
        yield ActionSpec(
            ActionId.APPLY_MACRO,
            translate("MacroTools", "Apply &macro…"),
            self.apply_macro,
            (QKeySequence("Ctrl+Alt+M"),),
            (Place(Menu.CONVERSATION, 50),),
            "mdi6.lightning-bolt-outline",
            tip=translate(
                "MacroTools",
                "Apply a macro to this conversation or to the selected ones (or type / in the composer)",
            ),
        )
        yield ActionSpec(
            ActionId.MACROS,
            translate("MacroTools", "&Macros…"),
            self.open_macros,
            (),
            (Place(Menu.FILE, 1),),
            "mdi6.lightning-bolt",
            tip=translate("MacroTools", "Named bundles of actions and a reply, applied in one step"),
        )
        yield ActionSpec(
            ActionId.ROUTING_RULES,
            translate("MacroTools", "&Routing rules…"),
            self.open_rules,
            (),
            (Place(Menu.FILE, 1),),
            "mdi6.directions-fork",
            tip=translate("MacroTools", "Send arriving conversations to the right team, tier and agent"),
        )

    def refresh(self) -> None:
        """The agent at the desk changed, or a sync brought news."""
        self.availability.reload()

    # -- applying ---------------------------------------------------------------------------------

    def _targets(self) -> list[uuid.UUID]:
        selected = self.window.list.selected_ids() if hasattr(self.window.list, "selected_ids") else []
        if len(selected) > 1:
            return list(selected)
        detail = self.window.pane.detail
        return [detail.id] if detail is not None else []

    def apply_macro(self) -> MacroPicker | None:
        targets = self._targets()
        if not targets:
            self.window.messages.info(translate("MacroTools", "Open or select a conversation first."))
            return None
        from agentdesk.gui.macro_picker import MacroPicker

        picker = MacroPicker(self.services, len(targets), self.window)
        picker.accepted.connect(lambda: self._chosen(picker.chosen, targets))
        self.picker = picker
        picker.open()
        return picker

    def _chosen(self, macro_id: uuid.UUID | None, targets: list[uuid.UUID]) -> None:
        if macro_id is None:
            return
        if len(targets) == 1:
            runner = self.window.pane.writing.macros
            if runner is not None and runner.replies.detail.id == targets[0]:
                self.preview = runner.preview(macro_id)
                return
        try:
            macro = self.services.macros.get(macro_id)
            outcomes = self.services.macros.preview(macro_id, targets)
            step = self.services.macros.step(macro_id)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        title = None
        if macro.actions.reply_id is not None:
            try:
                title = self.services.replies.get(macro.actions.reply_id).title
            except AgentDeskError:
                title = None
        from agentdesk.gui.macro_preview import MacroPreviewDialog

        dialog = MacroPreviewDialog(macro, outcomes, Names(self.services), title, self.window)
        dialog.accepted.connect(lambda: self._run(targets, macro_id, step))
        dialog.finished.connect(dialog.deleteLater)
        self.preview = dialog
        dialog.open()

    def _run(self, targets: list[uuid.UUID], macro_id: uuid.UUID, step: object) -> None:
        """Through the window's bulk runner (progress, summary of refusals) when it has one."""
        workflow = getattr(self.window, "workflow", None)
        if workflow is not None:
            workflow.run(targets, step)
            return
        try:
            result = self.services.macros.apply_many(macro_id, targets)
        except AgentDeskError as exc:
            self.window.messages.error(exc.message)
            return
        self.window.refresh()
        self.window.messages.info(
            translate("MacroTools", "Macro applied: %1 changed, %2 left as they were.")
            .replace("%1", str(len(result.changed)))
            .replace("%2", str(len(result.unchanged) + len(result.refused)))
        )

    # -- managing ---------------------------------------------------------------------------------

    def open_macros(self) -> MacrosDialog:
        from agentdesk.gui.macros_dialog import MacrosDialog

        self.macros_dialog = MacrosDialog(self.services, self.window)
        self.macros_dialog.open()
        return self.macros_dialog

    def open_rules(self) -> RoutingRulesDialog:
        from agentdesk.gui.routing_dialog import RoutingRulesDialog

        self.rules_dialog = RoutingRulesDialog(self.services, self.window)
        self.rules_dialog.open()
        return self.rules_dialog
