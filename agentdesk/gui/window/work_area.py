# SPDX-License-Identifier: GPL-3.0-or-later
"""The work area: the views sidebar, the list and the conversation pane side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

MIN_LIST_WIDTH = 360
PANE_SHARE = 0.4  # of the width beside the sidebar, at least the pane's minimum width


class WorkArea(QSplitter):
    """Sidebar | list | pane. The split is set once, when the window is first shown at its real
    width, unless a saved split was restored."""

    def __init__(self, sidebar: QWidget, list_area: QWidget, pane: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("workArea")
        self.setChildrenCollapsible(False)
        self.setHandleWidth(1)
        for widget in (sidebar, list_area, pane):
            self.addWidget(widget)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 3)
        self.setStretchFactor(2, 2)
        self.sidebar, self.pane = sidebar, pane
        self.sized = False

    def size_once(self, width: int) -> None:
        """The first split: the sidebar as wide as it asks, the pane its share, the list the rest."""
        if self.sized:
            return
        self.sized = True
        side = self.sidebar.sizeHint().width()
        rest = max(self.width(), width) - side
        list_width = max(rest - max(self.pane.minimumWidth(), round(rest * PANE_SHARE)), MIN_LIST_WIDTH)
        self.setSizes([side, list_width, rest - list_width])
