# SPDX-License-Identifier: GPL-3.0-or-later
"""The list reads at a glance: on the demo workspace, read from the top, every view's SLA chips
never get more urgent further down; owner and priority are there at 1280×800; a header click
sorts and a right-click chooses the columns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.clock import FixedClock
from agentdesk.demo import build_demo
from agentdesk.gui.inbox_model import SLA_ROLE, Column
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.sla_chips import SlaChip
from agentdesk.gui.theme import apply_theme
from agentdesk.inbox.views import Sort, View, due_soon, overdue
from agentdesk.services import build_services
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NO_CHIPS = (2, 0.0)


@pytest.fixture
def window(store: Store, clock: FixedClock, qtbot: QtBot, qapp: QApplication) -> Iterator[MainWindow]:
    build_demo(store, 1500, 7, anchor=clock.now())
    apply_theme(qapp)
    preferences = Preferences()
    preferences.last_view = View.ALL
    made = MainWindow(build_services(store, clock), MessageBridge(), preferences)
    qtbot.addWidget(made)
    made.resize(1440, 900)
    made.show()
    qtbot.waitUntil(lambda: made.sidebar.count_text(View.ALL) != "")
    yield made
    made.close()


def screenful(window: MainWindow) -> list[tuple[SlaChip, ...]]:
    """The chips of the rows in sight, top to bottom, their SLA plans loaded."""
    first, last = window.list.visible_rows()
    window.model.prepare_sla(first, last)
    window.model.tick(first, last)
    return [tuple(window.model.index(r, Column.SLA).data(SLA_ROLE) or ()) for r in range(first, last + 1)]


def urgency(chips: tuple[SlaChip, ...]) -> tuple[int, float]:
    return chips[0].urgency if chips else NO_CHIPS


def read_from_the_top(window: MainWindow, view: View) -> list[tuple[SlaChip, ...]]:
    window.set_view(view)
    rows = screenful(window)
    for above, below in zip(rows, rows[1:], strict=False):
        assert urgency(above) <= urgency(below), (view, [c.text for c in above], [c.text for c in below])
    return rows


@pytest.mark.parametrize("size", [(1440, 900)])
def test_read_from_the_top_the_chips_never_get_more_urgent(
    window: MainWindow, clock: FixedClock, size: tuple[int, int]
) -> None:
    window.resize(*size)
    QApplication.processEvents()
    seen = 0
    now = clock.now()
    for view in View:
        if view == View.FOLLOW_UPS:
            # Follow-ups are ordered by their follow-up time; a click on the SLA header puts the
            # most urgent first, and the chips then agree as in every other view.
            window.set_view(view)
            window.list.horizontalHeader().sectionClicked.emit(Column.SLA)
            assert window.model.list_sort == Sort.URGENCY
            rows = read_from_the_top(window, view)
            window.list.horizontalHeader().sectionClicked.emit(Column.SLA)
            assert window.model.list_sort is None
        else:
            rows = read_from_the_top(window, view)
        seen += sum(1 for chips in rows if chips)
        for row in range(window.model.rowCount()):
            due = window.model.row_at(row).due_at  # type: ignore[union-attr]
            if view == View.BREACHED:
                assert overdue(due, now)
            elif view == View.DUE_SOON:
                assert due_soon(due, now)
    assert seen > 20  # the demo has plenty of open targets on screen


def test_due_soon_counts_the_amber_chips(window: MainWindow, clock: FixedClock) -> None:
    """The Due soon count and the amber chips answer to one rule: every row of the view leads with
    an amber chip, and every amber first chip of the All view is in it."""
    window.set_view(View.DUE_SOON)
    rows = screenful(window)
    assert all(chips and chips[0].kind == "warning" for chips in rows)
    count = int(window.sidebar.count_text(View.DUE_SOON) or 0)
    assert count == window.model.rowCount()


def test_paused_chips_are_grey_never_red(window: MainWindow) -> None:
    window.set_view(View.WAITING_ON_CUSTOMER)
    window.model.ensure_rows(200)
    window.model.prepare_sla(0, window.model.rowCount() - 1)
    paused = [
        chip
        for r in range(window.model.rowCount())
        for chip in window.model.index(r, Column.SLA).data(SLA_ROLE) or ()
        if chip.reason == "pending"
    ]
    assert paused and all(chip.kind == "paused" for chip in paused)
    assert all(chip.short in ("FR", "NR", "RES") and chip.text.startswith(chip.short) for chip in paused)


def test_owner_and_priority_are_visible_at_1280(window: MainWindow) -> None:
    window.resize(1280, 800)
    window.set_view(View.TIER_1)
    QApplication.processEvents()
    header = window.list.horizontalHeader()
    for column in (Column.ASSIGNEE, Column.PRIORITY, Column.SLA, Column.SUBJECT):
        assert not header.isSectionHidden(column), column.name
        rect = window.list.visualRect(window.model.index(0, column))
        assert rect.right() <= window.list.viewport().width(), column.name


def test_header_sorts_and_the_column_menu_chooses(window: MainWindow) -> None:
    window.resize(1280, 800)
    window.set_view(View.ALL)
    header = window.list.horizontalHeader()
    header.sectionClicked.emit(Column.PRIORITY)
    assert window.model.list_sort == Sort.PRIORITY
    order = ["urgent", "high", "normal", "low"]
    ranks = [order.index(window.model.row_at(r).priority) for r in range(window.model.rowCount())]  # type: ignore[union-attr]
    assert ranks == sorted(ranks)
    assert header.sortIndicatorSection() == Column.PRIORITY
    header.sectionClicked.emit(Column.STATUS)  # not sortable: nothing changes
    assert window.model.list_sort == Sort.PRIORITY
    tip = window.model.headerData(Column.STATUS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Not sortable" in str(tip)
    header.sectionClicked.emit(Column.PRIORITY)  # again: back to the view's own order
    assert window.model.list_sort is None and header.sortIndicatorSection() == Column.SLA

    menu = window.list.column_menu()
    mood = next(a for a in menu.actions() if a.data() == int(Column.MOOD))
    assert not mood.isChecked()
    mood.setChecked(True)
    assert not header.isSectionHidden(Column.MOOD)
    window.list.reset_columns()
    assert header.isSectionHidden(Column.MOOD)
