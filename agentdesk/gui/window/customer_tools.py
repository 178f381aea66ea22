# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's customer tools: *File → Import customers…* (CSV, with a preview) and
*File → Edit customer…* (the open conversation's customer).

The actions come from ``action_specs`` into the window's registry; the part is made once by
``attach``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agentdesk.gui.labels import translate
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from agentdesk.gui.import_dialog import ImportDialog
    from agentdesk.gui.main_window import MainWindow


class CustomerTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @classmethod
    def attach(cls, window: MainWindow) -> CustomerTools:
        found = getattr(window, "customer_tools", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "customer_tools", part)  # noqa: B010  (the window does not declare its parts)
        return part

    def action_specs(self) -> Iterator[ActionSpec]:
        yield ActionSpec(
            ActionId.IMPORT_CUSTOMERS,
            translate("CustomerTools", "&Import customers…"),
            self.import_customers,
            (),
            (Place(Menu.FILE, 1),),
            "mdi6.account-multiple-plus-outline",
            tip=translate(
                "CustomerTools",
                "Customers or organisations from a CSV file, with a preview; all of it or nothing",
            ),
        )

    def import_customers(self) -> ImportDialog:
        from agentdesk.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.services, self.window)
        dialog.open()
        dialog.accepted.connect(self._imported)
        return dialog

    def _imported(self) -> None:
        detail = self.window.pane.detail
        if detail is not None:
            self.window.pane.show_conversation(detail.id)
