# SPDX-License-Identifier: GPL-3.0-or-later
"""The room under the header: the timeline over the composer, and the customer beside or under.

The timeline takes whatever the others leave. The composer is as tall as its text (three lines at
first, at most ``COMPOSER_SHARE`` of the room); its expand button gives it ``EXPANDED_SHARE``;
once the agent drags the splitter between them, their height stands until they expand or shrink
it with the button again.

The customer panel is a column beside the conversation when the pane is wide
(``SIDE_PANEL_MIN_WIDTH``), and otherwise a strip under it that starts as its one-line summary;
opened (the chevron), the strip is ``BOTTOM_PANEL_HEIGHT`` tall, or what the agent dragged it to,
and stays open for the next conversations until closed again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from agentdesk.gui.composer import Composer
from agentdesk.gui.customer_panel import CustomerPanel

SIDE_PANEL_MIN_WIDTH = 860  # below this pane width the customer panel goes under the conversation
SIDE_PANEL_WIDTH = 270
BOTTOM_PANEL_HEIGHT = 160
QWIDGETSIZE_MAX = 16_777_215
COMPOSER_SHARE = 0.4  # of the room the composer grows to with its text
EXPANDED_SHARE = 0.7  # of the room the expanded composer takes


class BodySplitter(QSplitter):
    """The splitter between the conversation and the customer panel. The window saves and restores
    its state; a state saved for the other orientation is turned back by the body's next layout."""

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        orientation = self.orientation()
        restored = super().restoreState(state)
        if self.orientation() != orientation:
            self.setOrientation(orientation)
        return restored


class ConversationBody(QWidget):
    """Timeline and composer (``thread_splitter``) and the customer panel (``body_splitter``)."""

    def __init__(
        self,
        timeline: QWidget,
        composer: Composer,
        customer_panel: CustomerPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.composer = composer
        self.customer_panel = customer_panel
        self._expanded = False
        self._dragged: int | None = None  # the composer height the agent dragged to
        self._side_panel: bool | None = None
        self._customer_toggled = False
        self._strip_height = BOTTOM_PANEL_HEIGHT

        self.thread_splitter = QSplitter(Qt.Orientation.Vertical)
        self.thread_splitter.setChildrenCollapsible(False)
        self.thread_splitter.setHandleWidth(1)
        self.thread_splitter.addWidget(timeline)
        self.thread_splitter.addWidget(composer)
        self.thread_splitter.setStretchFactor(0, 1)
        self.thread_splitter.setStretchFactor(1, 0)
        self.thread_splitter.splitterMoved.connect(self._composer_dragged)
        self.thread_splitter.installEventFilter(self)
        composer.height_wanted.connect(self.fit_composer)
        composer.expand_toggled.connect(self.set_composer_expanded)

        self.body_splitter = BodySplitter(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.setHandleWidth(1)
        self.body_splitter.addWidget(self.thread_splitter)
        self.body_splitter.addWidget(customer_panel)
        self.body_splitter.setStretchFactor(0, 1)
        self.body_splitter.setStretchFactor(1, 0)
        self.body_splitter.splitterMoved.connect(self._panel_dragged)
        self.body_splitter.installEventFilter(self)
        customer_panel.collapsed_changed.connect(self._customer_collapsed)
        customer_panel.toggled_by_agent.connect(self._customer_toggled_by_agent)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body_splitter)

    # -- the composer ----------------------------------------------------------------------------

    def set_composer_expanded(self, expanded: bool) -> None:
        """Much more room for the composer, or back to its height by the text."""
        self._expanded = expanded
        self._dragged = None
        self.composer.set_expanded(expanded)
        self.fit_composer()

    def reset_composer(self) -> None:
        """Another conversation: the composer sized by its text again."""
        if self._expanded or self._dragged is not None:
            self.set_composer_expanded(False)
        else:
            self.fit_composer()

    def _room(self, splitter: QSplitter) -> int:
        """What the two sides of ``splitter`` share (its size, less the handle)."""
        vertical = splitter.orientation() == Qt.Orientation.Vertical
        return (splitter.height() if vertical else splitter.width()) - splitter.handleWidth()

    def fit_composer(self) -> None:
        total = self._room(self.thread_splitter)
        if total <= 0:
            return
        if self._expanded:
            wanted = round(total * EXPANDED_SHARE)
        elif self._dragged is not None:
            wanted = self._dragged
        else:
            wanted = self.composer.preferred_height(round(total * COMPOSER_SHARE))
        wanted = max(self.composer.minimumSizeHint().height(), min(wanted, total - 60))
        if self.thread_splitter.sizes()[1] != wanted:
            self.thread_splitter.setSizes([total - wanted, wanted])

    def _composer_dragged(self, _pos: int, _index: int) -> None:
        self._dragged = self.thread_splitter.sizes()[1]
        if self._expanded:
            self._expanded = False
            self.composer.set_expanded(False)

    # -- the customer panel ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_customer_panel(event.size().width())

    def _place_customer_panel(self, width: int) -> None:
        """A column beside the conversation when the pane is wide, a strip under it otherwise."""
        side = width >= SIDE_PANEL_MIN_WIDTH
        horizontal = self.body_splitter.orientation() == Qt.Orientation.Horizontal
        if side == self._side_panel and horizontal == side:  # (a restored state may have turned it)
            return
        self._side_panel = side
        panel = self.customer_panel
        if side:
            self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
            panel.setMinimumSize(220, 0)
            panel.setMaximumHeight(QWIDGETSIZE_MAX)
            panel.set_wide(False)
            self.body_splitter.setSizes([max(200, width - SIDE_PANEL_WIDTH), SIDE_PANEL_WIDTH])
        else:
            self.body_splitter.setOrientation(Qt.Orientation.Vertical)
            panel.setMinimumSize(0, 0)
            panel.set_wide(True)
            if not self._customer_toggled:  # the agent's own choice stands
                panel.set_collapsed(True)
            self._customer_collapsed(panel.collapsed)

    def _customer_toggled_by_agent(self) -> None:
        self._customer_toggled = True

    def _customer_collapsed(self, collapsed: bool) -> None:
        """Give the strip under the conversation its height: the summary line, or room for more."""
        if self.body_splitter.orientation() != Qt.Orientation.Vertical:
            return
        panel = self.customer_panel
        panel.setMaximumHeight(panel.bar_height() if collapsed else QWIDGETSIZE_MAX)
        self._keep_strip_height()

    def _keep_strip_height(self) -> None:
        """The strip under the conversation keeps its height (the agent's, once they dragged it)
        while the window grows and shrinks: the conversation takes the difference."""
        if self.body_splitter.orientation() != Qt.Orientation.Vertical:
            return
        panel = self.customer_panel
        height = panel.bar_height() if panel.collapsed else self._strip_height
        total = self._room(self.body_splitter)
        if total > 0 and self.body_splitter.sizes()[1] != height:
            self.body_splitter.setSizes([max(0, total - height), height])

    def _panel_dragged(self, _pos: int, _index: int) -> None:
        if self.body_splitter.orientation() == Qt.Orientation.Vertical and not self.customer_panel.collapsed:
            self._strip_height = self.body_splitter.sizes()[1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.body_splitter:
                self._keep_strip_height()
            elif watched is self.thread_splitter:
                self.fit_composer()
        return super().eventFilter(watched, event)
