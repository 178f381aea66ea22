# SPDX-License-Identifier: GPL-3.0-or-later
"""The search field of the top bar.

Enter asks for a search, Esc clears the field and asks to go back to the view shown before. A query
that cannot be understood gets its reason inline, in red at the right end of the field itself, and
whole, with where the mistake is, in a note right under the field (and as the field's tooltip):
never a dialog, and the agent can fix the query where they typed it. Both go away as soon as the
text changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from agentdesk.gui import icons, theme

HINT_MAX_WIDTH = 300


class SearchField(QLineEdit):
    search_requested = Signal(str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(False)
        self.setMinimumWidth(260)
        self.setMaximumWidth(620)
        self.setAccessibleName(self.tr("Search"))
        self._search_action = self.addAction(
            icons.icon("mdi6.magnify", theme.TOP_BAR_MUTED), QLineEdit.ActionPosition.LeadingPosition
        )
        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hint.hide()
        # The whole reason under the field; a child of the window so it may overlap what is below.
        self.note = QLabel()
        self.note.setObjectName("searchNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.note.hide()
        self.returnPressed.connect(self._return_pressed)
        self.textChanged.connect(self._text_changed)

    def set_placeholder(self, shortcut: str) -> None:
        self.setPlaceholderText(
            self.tr("Search conversations, customers, messages…  %1").replace("%1", shortcut).rstrip()
        )

    def refresh_icons(self) -> None:
        self._search_action.setIcon(icons.icon("mdi6.magnify", theme.TOP_BAR_MUTED))

    # -- the inline hint ---------------------------------------------------------------------------

    def show_hint(self, text: str) -> None:
        """Show why the query cannot be searched, inside the field at its right end."""
        self.setProperty("invalid", True)
        self._restyle()
        self.hint.setText(text)
        self.setToolTip(text)
        self.hint.show()
        self._place_hint()
        self._show_note(text)

    def clear_hint(self) -> None:
        self.note.hide()
        if not self.hint.isVisible() and not self.property("invalid"):
            return
        self.setProperty("invalid", False)
        self._restyle()
        self.hint.hide()
        self.hint.clear()
        self.setToolTip("")
        self.setTextMargins(0, 0, 0, 0)

    def hint_text(self) -> str:
        return self.hint.text() if self.hint.isVisible() else ""

    def note_text(self) -> str:
        """The whole reason shown under the field ("" when none)."""
        return self.note.text() if self.note.isVisible() else ""

    def _show_note(self, text: str) -> None:
        window = self.window()
        if window is self:
            return
        if self.note.parentWidget() is not window:
            self.note.setParent(window)
        self.note.setText(text)
        width = max(self.width(), 320)
        self.note.setFixedWidth(width)
        self.note.adjustSize()
        below = self.mapTo(window, QPoint(0, self.height() + 4))
        self.note.move(below)
        self.note.show()
        self.note.raise_()

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)

    def _place_hint(self) -> None:
        if not self.hint.isVisible():
            return
        metrics = QFontMetrics(self.hint.font())
        width = min(HINT_MAX_WIDTH, metrics.horizontalAdvance(self.hint.text()) + 8, self.width() // 2)
        self.hint.setGeometry(self.width() - width - 10, 0, width, self.height())
        elided = metrics.elidedText(self.toolTip(), Qt.TextElideMode.ElideRight, width - 4)
        self.hint.setText(elided)
        self.setTextMargins(0, 0, width + 6, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_hint()
        if self.note.isVisible():
            self._show_note(self.note.text())

    # -- keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear_hint()
            self.clear()
            self.cleared.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Esc belongs to the field while it has focus (not to a window-wide shortcut).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                event.accept()
                return True
        return super().event(event)

    def _return_pressed(self) -> None:
        text = self.text().strip()
        if text:
            self.search_requested.emit(text)

    def _text_changed(self, _text: str) -> None:
        self.clear_hint()
