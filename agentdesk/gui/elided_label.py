# SPDX-License-Identifier: GPL-3.0-or-later
"""A one-line label that ends in "…" when it does not fit, instead of being cut mid-letter.

Used for data of any length in narrow places (an email address, "To Bjørn Christiansen via
Email"): the whole text is in the tooltip, and "Copy" in the context menu copies it whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy = QAction(self.tr("Copy"), self)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self._full))
        self.addAction(copy)
        self.set_value(text)

    def set_value(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def value(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width) if width else ""
        if shown != self.text():
            self.setText(shown)
