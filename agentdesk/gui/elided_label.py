# SPDX-License-Identifier: GPL-3.0-or-later
"""A one-line label that ends in "…" when it does not fit, instead of being cut mid-letter.

Used for data of any length in narrow places (an email address, "To Bjørn Christiansen via
Email"): the whole text is in the tooltip, and "Copy" in the context menu copies it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPainter, QPaintEvent, QResizeEvent
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
        if shown == "…" and self._full != "…":
            shown = ""  # an ellipsis alone says nothing (the tooltip still has the text)
        if shown != self.text():
            self.setText(shown)


class OneLineLabel(QLabel):
    """A plain-text label that never takes a second line: it paints "…" where the text does not
    fit, while ``text()`` stays the whole text (for "Copy" and anyone who reads it). Cut short, its
    tooltip is the whole text, unless the caller gave it a tooltip of its own (``set_tip``).

    Unlike ``ElidedLabel`` it keeps no shortened copy; its size hint is the whole text and its
    minimum width nothing, so a layout may squeeze it.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy = QAction(self.tr("Copy"), self)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        self.addAction(copy)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
        self._update_tip()

    def set_tip(self, text: str) -> None:
        """A tooltip of the caller's own, shown whether the text is cut or not."""
        self._tip = text
        self._update_tip()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def natural_width(self) -> int:
        """The width the whole text needs (margins included)."""
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2

    def is_elided(self) -> bool:
        return self.natural_width() > self.width()

    def shown_text(self) -> str:
        """What is painted: the text, or its start and "…"."""
        width = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)
        return "" if shown == "…" and self.text() != "…" else shown

    def _update_tip(self) -> None:
        self.setToolTip(self._tip or (self.text() if self.is_elided() else ""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
            self.shown_text(), self.foregroundRole(),
        )  # fmt: skip
