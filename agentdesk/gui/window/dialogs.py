# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's non-blocking dialogs: opened, kept while open, forgotten when closed."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

D = TypeVar("D", bound=QDialog)


def open_tracked(window: QWidget, attr: str, dialog: D) -> D:
    """Open ``dialog`` without blocking; ``window.<attr>`` holds it while it is open (tests and
    the window reach it there) and is None again once it is closed and deleted."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    setattr(window, attr, dialog)
    dialog.destroyed.connect(lambda _obj=None: setattr(window, attr, None))
    dialog.open()
    return dialog
