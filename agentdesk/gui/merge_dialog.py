# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge conversations into one.

Opened on a conversation, it merges others into it: search by number, subject or customer and
check the ones to fold in. Opened on a selection of the list, it merges the selected ones, into
the one chosen as the target (by default the oldest). Conversations of another customer need a
confirmation that says what becomes of that contact (nothing: they stay a contact of their own,
their messages keep their name, replies go to the target's customer).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui.conversation_picker import ConversationPicker, candidate_text
from agentdesk.gui.tasks import TaskRunner
from agentdesk.inbox.merging import MergeCandidate, MergePlan
from agentdesk.record_text import customer_name
from agentdesk.services import Services


class MergeDialog(QDialog):
    merged = Signal(object)  # the target's id

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        *,
        target_id: uuid.UUID | None = None,
        selection: Sequence[MergeCandidate] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge conversations"))
        self.setMinimumWidth(560)
        self.services = services
        self.selection = list(selection)
        self.confirm = self._ask  # replaced in tests that answer the question themselves
        self.target = QComboBox()
        self.target.setObjectName("mergeTarget")
        self.picker: ConversationPicker | None = None
        intro = QLabel()
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Merge into:"), self.target)
        layout.addLayout(form)
        if self.selection:
            intro.setText(
                self.tr(
                    "The other selected conversations are merged into the one chosen here: their "
                    "messages move to it and they are closed."
                )
            )
            oldest = sorted(self.selection, key=lambda c: (c.number is None, c.number or 0))
            for candidate in oldest:
                self.target.addItem(candidate_text(candidate), candidate.id)
        else:
            intro.setText(
                self.tr(
                    "Check the conversations to merge into this one: their messages move here and "
                    "they are closed. A merge can be undone."
                )
            )
            detail = services.queries.detail(target_id) if target_id is not None else None
            if detail is not None:
                number = f"#{detail.number}" if detail.number is not None else "—"
                name = customer_name(detail.customer.name)
                self.target.addItem(f"{number}  {detail.subject}  ·  {name}", detail.id)
            self.target.setEnabled(False)
            self.picker = ConversationPicker(
                lambda q: services.merging.candidates(q, target_id=target_id), tasks, checkable=True
            )
            self.picker.searched.connect(lambda _n: self._update())
            layout.addWidget(self.picker, 1)
        self.chosen = QLabel()
        self.chosen.setObjectName("mergeChosen")
        self.chosen.setWordWrap(True)
        layout.addWidget(self.chosen)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(lambda _i: self._update())
        self._update()
        if self.picker is not None:
            self.picker.field.setFocus()
            self.picker.search_now()

    def target_id(self) -> uuid.UUID | None:
        value = self.target.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def sources(self) -> list[uuid.UUID]:
        target = self.target_id()
        if self.picker is not None:
            return [c.id for c in self.picker.checked() if c.id != target]
        return [c.id for c in self.selection if c.id != target]

    def _update(self) -> None:
        count = len(self.sources())
        self.merge_button.setEnabled(count > 0 and self.target_id() is not None)
        self.chosen.setText(self.tr("%n conversation(s) will be merged.", "", count) if count else "")

    def _ask(self, plan: MergePlan) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Another customer"))
        box.setText(self.tr("Merge conversations of another customer?"))
        box.setInformativeText(other_customer_text(plan))
        merge = box.addButton(self.tr("Merge anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is merge

    def do_merge(self) -> None:
        target, sources = self.target_id(), self.sources()
        if target is None or not sources:
            return
        try:
            plan = self.services.merging.plan(target, sources)
            across = bool(plan.other_customers)
            if across and not self.confirm(plan):
                return
            self.services.merging.merge_into(target, sources, across_customers=across)
        except AgentDeskError as exc:
            self.chosen.setText(exc.message)
            return
        self.merged.emit(target)
        self.accept()


def other_customer_text(plan: MergePlan) -> str:
    """What happens to the other customers' contacts, in a sentence per customer."""
    from PySide6.QtCore import QCoreApplication

    lines = []
    target = plan.target
    seen: set[uuid.UUID] = set()
    for source in plan.other_customers:
        if source.customer_id in seen:
            continue
        seen.add(source.customer_id)
        numbers = ", ".join(
            f"#{s.number}" for s in plan.other_customers if s.customer_id == source.customer_id
        )
        text = QCoreApplication.translate(
            "MergeDialog",
            "%1 belongs to %2. Its messages move to #%3 and keep %2 as their author; %2 stays a "
            "contact of their own with their other conversations. Replies in #%3 go to %4.",
        )
        text = text.replace("%1", numbers).replace("%2", customer_name(source.customer_name))
        text = text.replace("%3", str(target.number or "")).replace("%4", customer_name(target.customer_name))
        lines.append(text)
    return "\n\n".join(lines)
