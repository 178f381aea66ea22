# SPDX-License-Identifier: GPL-3.0-or-later
"""Handing a conversation over between tiers and teams: escalate (E), return, transfer, take.

The dialog asks where to and the hand-off note; the escalation service decides who may (and says
why not, in the strip). After an escalation the agent stays on the conversation to tell the
customer (``handed_over`` with ``escalated``): the pane offers the canned escalation notices.

``tier_state`` says what the property row shows of the tier: the path (L1 → L2 → …), how long each
tier held the conversation and whether Take and Escalate are offered now; it reads nothing (the
escalation events are already in the detail).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from agentdesk.errors import AgentDeskError
from agentdesk.escalation.service import TierSpan, tier_spans
from agentdesk.gui import labels
from agentdesk.gui.conversation.context import PaneContext, pane_action
from agentdesk.gui.escalation_dialog import ESCALATE, RETURN, TRANSFER, HandOverDialog
from agentdesk.inbox.queries import ConversationDetail, EventEntry
from agentdesk.sla.calendar import ALWAYS_OPEN


def tier_path_of(detail: ConversationDetail) -> list[int]:
    """The tiers the conversation went through, read from its escalation events (L1 → L2 → …)."""
    path = [1]
    for entry in detail.timeline:
        if isinstance(entry, EventEntry) and entry.kind == "escalation":
            to_tier = entry.data.get("to_tier")
            if isinstance(to_tier, int):
                path.append(to_tier)
    if path[-1] != detail.tier:
        path.append(detail.tier)
    return path


@dataclass(frozen=True)
class TierState:
    path: list[int]
    spans: list[TierSpan]
    always_open: bool  # the SLA calendar counts every hour (time per tier is then clock time)
    can_take: bool
    can_escalate: bool


class HandOver(QObject):
    """The tier actions and menus of one pane, and the hand-over dialog they open."""

    handed_over = Signal(object, str, bool)  # conversation id, what happened, escalated

    def __init__(self, context: PaneContext, host: QWidget) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.hand_over_dialog: HandOverDialog | None = None
        self.escalate_action = self._action(
            self.tr("&Escalate…"), lambda: self.hand_over(ESCALATE), "mdi6.arrow-up-bold-outline", "E"
        )
        self.return_action = self._action(
            self.tr("Re&turn to a lower tier…"),
            lambda: self.hand_over(RETURN),
            "mdi6.arrow-down-bold-outline",
        )
        self.transfer_action = self._action(
            self.tr("Transfer to another tea&m…"), lambda: self.hand_over(TRANSFER), "mdi6.swap-horizontal"
        )
        self.take_action = self._action(self.tr("Ta&ke"), self.take, "mdi6.hand-back-right-outline")
        self.tier_menu = QMenu(self.tr("T&ier"), host)
        for action in (self.escalate_action, self.return_action, self.transfer_action, self.take_action):
            self.tier_menu.addAction(action)
        self.team_menu = QMenu(self.tr("Tea&m"), host)
        self.team_menu.addAction(self.transfer_action)

    def _action(
        self, text: str, slot: Callable[[], object], icon: str, shortcut: str | None = None
    ) -> QAction:
        return pane_action(self.host, text, slot, icon, shortcut)

    def actions(self) -> list[QAction]:
        """The actions that act on the open conversation (enabled only while one is open)."""
        return [self.escalate_action, self.return_action, self.transfer_action, self.take_action]

    # -- what the row shows ----------------------------------------------------------------------

    def tier_state(self, detail: ConversationDetail) -> TierState:
        """What can be done now; the service still decides who may (and says why not). The
        actions stay enabled: pressing E on a tier 3 conversation says why nothing happens."""
        active = detail.status not in ("solved", "closed") and detail.merged_into_number is None
        mine = detail.assignee_id is not None and detail.assignee_id == self.context.services.agent_id
        return TierState(
            path=tier_path_of(detail),
            spans=self._tier_spans(detail),
            always_open=detail.sla is None or detail.sla.calendar.always_open,
            can_take=active and not mine,
            can_escalate=active and detail.tier < 3,
        )

    def _tier_spans(self, detail: ConversationDetail) -> list[TierSpan]:
        """How long each tier held the conversation, from the escalation events in the detail."""
        changes = [
            (entry.created_at, int(entry.data["to_tier"]))
            for entry in detail.timeline
            if isinstance(entry, EventEntry)
            and entry.kind == "escalation"
            and isinstance(entry.data.get("to_tier"), int)
        ]
        if not changes:
            return []  # one tier all along: nothing to show
        solved = detail.status in ("solved", "closed") and detail.solved_at is not None
        end = detail.solved_at if solved and detail.solved_at else self.context.services.clock.now()
        calendar = detail.sla.calendar if detail.sla is not None else ALWAYS_OPEN
        return tier_spans(detail.created_at, changes, end, calendar)

    # -- handing over ----------------------------------------------------------------------------

    def hand_over(self, mode: str) -> HandOverDialog | None:
        """E (escalate), or return / transfer from the tier menu: the dialog, not blocking; when
        it is done, ``handed_over``."""
        detail = self.context.detail
        if detail is None:
            return None
        refusal = self._refusal(detail, mode)
        if refusal:
            self.context.say(refusal, "error")
            return None
        try:
            dialog = HandOverDialog(self.context.services, detail, mode, self.host)
        except AgentDeskError as exc:
            self.context.say(exc.message, "error")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.handed_over.emit(detail.id, dialog.done_text, mode == ESCALATE))
        self.hand_over_dialog = dialog
        dialog.open()
        return dialog

    def _refusal(self, detail: ConversationDetail, mode: str) -> str:
        if mode == ESCALATE and detail.tier >= 3:
            return self.tr("This conversation is already with %1, the highest tier.").replace(
                "%1", labels.tier_name(3)
            )
        if mode == RETURN and detail.tier <= 1:
            return self.tr("This conversation is already with the first tier.")
        if detail.status in ("solved", "closed"):
            return self.tr("This conversation is %1; reopen it before handing it over.").replace(
                "%1", labels.status_label(detail.status).lower()
            )
        return ""

    def take(self) -> bool:
        """Take the conversation from its queue (or from a colleague): it becomes the agent's own.
        Refused, with the reason in the strip, for a tier the agent does not work."""
        return self.context.act(lambda cid: self.context.services.escalation.take(cid))
