# SPDX-License-Identifier: GPL-3.0-or-later
"""Save, delete and move for the dialogs that edit an ordered list of shared rows (macros, routing
rules): one list on the left, the chosen row's form on the right, a problem line under it. A
refusal from the service shows on that line; nothing is half saved."""

from __future__ import annotations

import uuid
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget

from agentdesk.errors import AgentDeskError


class OrderedRows(Protocol):
    """What the service offers: the macros' or the routing rules'."""

    def create(self, draft: Any) -> Any: ...
    def update(self, row_id: uuid.UUID, draft: Any) -> Any: ...
    def delete(self, row_id: uuid.UUID) -> None: ...
    def move(self, row_id: uuid.UUID, offset: int) -> None: ...


class RowsDialog(Protocol):
    """What the dialog has: the row being edited, its list, its problem line and its form."""

    current: uuid.UUID | None
    list: QListWidget
    problem: QLabel

    def draft(self) -> Any: ...
    def reload(self, select: uuid.UUID | None = None) -> None: ...
    def new(self) -> None: ...


def save(dialog: RowsDialog, rows: OrderedRows) -> None:
    """Create the row from the form, or update the one being edited."""
    try:
        draft = dialog.draft()
        row = rows.create(draft) if dialog.current is None else rows.update(dialog.current, draft)
    except AgentDeskError as exc:
        dialog.problem.setText(exc.message)
        return
    dialog.problem.setText(QCoreApplication.translate("OrderedRows", "Saved."))
    dialog.current = row.id
    dialog.reload(row.id)


def delete(dialog: RowsDialog, rows: OrderedRows) -> None:
    """Delete the row being edited; the first row left is shown, or an empty form."""
    if dialog.current is None:
        return
    try:
        rows.delete(dialog.current)
    except AgentDeskError as exc:
        dialog.problem.setText(exc.message)
        return
    dialog.reload()
    if dialog.list.count():
        dialog.list.setCurrentRow(0)
    else:
        dialog.new()


def move(dialog: RowsDialog, rows: OrderedRows, offset: int) -> None:
    """Move the row being edited up (negative) or down in the order."""
    if dialog.current is None:
        return
    try:
        rows.move(dialog.current, offset)
    except AgentDeskError as exc:
        dialog.problem.setText(exc.message)
        return
    dialog.reload(dialog.current)
