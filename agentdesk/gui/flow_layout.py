# SPDX-License-Identifier: GPL-3.0-or-later
"""Rows of widgets whose number and width vary (chips: channels, status, priority, tags).

``FlowLayout`` wraps to the next line when the row is full (after Qt's "Flow Layout" example);
``OverflowRow`` never wraps: what does not fit goes into a "More" menu at the row's end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLayout,
    QLayoutItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def clear(self) -> None:
        """Remove and delete every widget in the layout."""
        while (item := self.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y = area.x(), area.y()
        line_height = 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


@dataclass(eq=False)
class _Entry:
    widget: QWidget
    priority: int
    wanted: bool = True


class OverflowRow(QWidget):
    """Widgets in one row that never wraps: what does not fit is hidden, lowest priority first, and
    offered in the menu of the "More" button at the row's end instead.

    In that menu a hidden button with a menu becomes a submenu of the same actions (filled as the
    button's own menu would be), any other button an entry that clicks it. Whether a widget is
    wanted at all is the caller's (``set_wanted``), whether it fits the row's: callers never show
    or hide the widgets themselves.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 4, essential: int = 0) -> None:
        super().__init__(parent)
        self.essential = essential  # entries of this priority and above come whole before the rest
        self._entries: list[_Entry] = []
        self._spacing = spacing
        self._overflow: list[QWidget] = []
        self._submenus: list[QMenu] = []
        self._laying_out = False
        self._hint = QSize()
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreButton")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.aboutToShow.connect(self._fill_more)
        self.more_button.setMenu(self.more_menu)
        self.more_button.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # -- what is in the row ----------------------------------------------------------------------

    def add(
        self, widget: QWidget, priority: int, *, before: QWidget | None = None, wanted: bool = True
    ) -> None:
        """Put ``widget`` at the end (or before another); higher ``priority`` stays longer."""
        widget.setParent(self)
        entry = _Entry(widget, priority, wanted)
        index = next((i for i, e in enumerate(self._entries) if e.widget is before), len(self._entries))
        self._entries.insert(index, entry)
        self.relayout()

    def remove(self, widget: QWidget) -> None:
        """Take ``widget`` out of the row (it is hidden; deleting it is the caller's)."""
        self._entries = [e for e in self._entries if e.widget is not widget]
        widget.hide()
        self.relayout()

    def set_wanted(self, widget: QWidget, wanted: bool) -> None:
        for entry in self._entries:
            if entry.widget is widget and entry.wanted != wanted:
                entry.wanted = wanted
                self.relayout()

    def widgets(self) -> list[QWidget]:
        return [e.widget for e in self._entries]

    def overflow(self) -> list[QWidget]:
        """The wanted widgets that did not fit, in row order (they are in the "More" menu)."""
        return list(self._overflow)

    # -- size and placement --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        wanted = [e.widget for e in self._entries if e.wanted]
        width = sum(_width(w, compact=False) for w in wanted) + self._spacing * max(0, len(wanted) - 1)
        height = max([w.sizeHint().height() for w in wanted] + [self.more_button.sizeHint().height()])
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(
            self.more_button.sizeHint().width() + margins.left() + margins.right(), self.sizeHint().height()
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a child's text or size changed
            self.relayout()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        """Place the widgets that fit, hide the rest and show "More" when anything is hidden."""
        if self._laying_out:
            return
        self._laying_out = True
        try:
            self._place()
        finally:
            self._laying_out = False
        hint = self.sizeHint()
        if hint != self._hint:
            self._hint = hint
            self.updateGeometry()

    def _place(self) -> None:
        area = self.contentsRect()
        shown, compact = self._choose(area.width())
        x = area.x()
        for entry in self._entries:
            set_compact = getattr(entry.widget, "set_compact", None)
            if set_compact is not None:
                set_compact(entry in compact)
        tallest = max([e.widget.sizeHint().height() for e in shown] + [0])
        height = min(tallest, area.height())  # one height for all: icon-only chips are lower
        for entry in self._entries:
            widget = entry.widget
            if entry not in shown:
                widget.hide()
                continue
            width = widget.sizeHint().width()
            widget.setGeometry(QRect(x, area.y() + (area.height() - height) // 2, width, height))
            widget.show()
            x += width + self._spacing
        self._overflow = [e.widget for e in self._entries if e.wanted and e not in shown]
        if self._overflow:
            height = max(height, min(self.more_button.sizeHint().height(), area.height()))
            top = area.y() + (area.height() - height) // 2
            self.more_button.setGeometry(QRect(x, top, self.more_button.sizeHint().width(), height))
            self.more_button.show()
            self.more_button.raise_()
        else:
            self.more_button.hide()

    def _choose(self, room: int) -> tuple[set[_Entry], set[_Entry]]:
        """Which wanted entries are shown, and which of those with their icon alone.

        Being there comes before having a text: the entries are taken by importance, each in its
        smallest form (the icon alone, for widgets that can: ``compact_width``, ``set_compact``)
        while it fits, a smaller less important one filling a gap a larger one left; then, in the
        same order, the texts come back where there is room. The ``essential`` entries (priority
        at least that) go through both steps before the others, so their texts come before the
        others' being there. When anything is left out, the "More" button takes its room first.
        """
        wanted = [e for e in self._entries if e.wanted]
        full = {e: _width(e.widget, compact=False) for e in wanted}
        small = {e: _width(e.widget, compact=True) for e in wanted}
        by_importance = sorted(wanted, key=lambda e: -e.priority)

        def fit(budget: int) -> tuple[set[_Entry], set[_Entry]]:
            shown: set[_Entry] = set()
            compact: set[_Entry] = set()
            total = 0
            essential = [e for e in by_importance if e.priority >= self.essential]
            others = [e for e in by_importance if e.priority < self.essential]
            for group in (essential, others):
                for entry in group:
                    needed = small[entry] + (self._spacing if shown else 0)
                    if total + needed <= budget:
                        shown.add(entry)
                        total += needed
                        if small[entry] < full[entry]:
                            compact.add(entry)
                for entry in group:
                    if entry in compact and total + full[entry] - small[entry] <= budget:
                        compact.discard(entry)
                        total += full[entry] - small[entry]
            return shown, compact

        shown, compact = fit(room)
        if len(shown) < len(wanted):
            shown, compact = fit(room - self.more_button.sizeHint().width() - self._spacing)
        return shown, compact

    # -- the "More" menu -----------------------------------------------------------------------

    @staticmethod
    def label(widget: QWidget) -> str:
        """A widget's name in the "More" menu: its text without the menu mark (after the widget's
        ``overflowPrefix`` property, "Priority: High"), or else its tooltip."""
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        text = text.replace("▾", "").strip()
        prefix = widget.property("overflowPrefix")
        if text and isinstance(prefix, str) and prefix:
            return f"{prefix}: {text}"
        return text or widget.toolTip()

    def _fill_more(self) -> None:
        menu = self.more_menu
        menu.clear()
        for submenu in self._submenus:
            submenu.deleteLater()
        self._submenus = []
        for widget in self._overflow:
            if not isinstance(widget, QAbstractButton):
                continue
            source = widget.menu() if isinstance(widget, QToolButton) else None
            if source is not None:
                submenu = menu.addMenu(widget.icon(), self.label(widget))
                submenu.aboutToShow.connect(lambda s=submenu, m=source: _mirror(s, m))
                self._submenus.append(submenu)
            else:
                action = menu.addAction(widget.icon(), self.label(widget))
                action.setToolTip(widget.toolTip())
                action.triggered.connect(lambda _checked=False, w=widget: w.click())


def _mirror(submenu: QMenu, source: QMenu) -> None:
    """Show ``source``'s actions in ``submenu``, as fresh as ``source`` would show them."""
    source.aboutToShow.emit()  # menus filled when opened (the agents, say) fill themselves now
    submenu.clear()
    submenu.addActions(source.actions())


def _width(widget: QWidget, *, compact: bool) -> int:
    """A widget's width in the row: with its text, or with its icon alone when it can."""
    measure = getattr(widget, "compact_width" if compact else "full_width", None)
    return int(measure()) if measure is not None else widget.sizeHint().width()
