# SPDX-License-Identifier: GPL-3.0-or-later
"""Figures of the window's widgets, offscreen: the countdown tick, scrolling, opening a conversation.

Each runs the real model, view and delegates (or the real conversation pane) on the workspace,
next to the stock Qt equivalent doing the same job on the same data: one ``dataChanged`` for the
same rows, a plain ``QTableView`` over the same texts, a plain ``QTextBrowser`` with the same
messages read with raw ``sqlite3``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import html
import os
import sys
import time
import uuid
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEvent,
    QMessageLogContext,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QTableView, QTextBrowser, QWidget  # noqa: E402

from agentdesk.gui.conversation_view import ConversationPane  # noqa: E402
from agentdesk.gui.inbox_model import SLA_ROLE, Column, InboxModel  # noqa: E402
from agentdesk.gui.inbox_view import InboxView  # noqa: E402
from agentdesk.gui.theme import ThemeMode, apply_theme  # noqa: E402
from agentdesk.inbox.views import View, ViewFilter  # noqa: E402
from agentdesk.services import build_services  # noqa: E402
from agentdesk.store.database import Store  # noqa: E402
from bench.core import Budget, Figure, Stats, interleave  # noqa: E402

TICK_BUDGET = Budget("absolute", 2.0)
FRAME_BUDGET = Budget("absolute", 8.0)
LIST_SIZE = (1000, 1000)  # the list of a full-HD window: about 19 rows in sight
ROWS_PER_FRAME = 5  # a quick flick of the wheel
AnyIndex = QModelIndex | QPersistentModelIndex


class SteppingClock:
    """A clock that moves on one second each time ``step`` is called: every tick sees a new second."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = start

    def now(self) -> dt.datetime:
        return self._now

    def step(self) -> None:
        self._now += dt.timedelta(seconds=1)


_QUIET = ("This plugin does not support propagateSizeHints()",)


def _qt_message(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message not in _QUIET:
        print(f"Qt: {message}", file=sys.stderr)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    qInstallMessageHandler(_qt_message)  # the offscreen platform's chatter would garble the table
    app = QApplication(["agentdesk-bench"])
    apply_theme(app, ThemeMode.LIGHT)  # the window's style sheet and fonts, as the list is painted with
    return app


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _inbox(store: Store, clock: SteppingClock, view: View) -> tuple[InboxModel, InboxView]:
    services = build_services(store, clock)
    queries = services.queries
    model = InboxModel(
        queries.page,
        clock,
        200,
        load_plans=queries.sla_plans,
        view_filter=ViewFilter(view, services.agent_id),
    )
    list_view = InboxView()
    list_view.setModel(model)
    list_view.resize(*LIST_SIZE)
    list_view.show()
    return model, list_view


def tick_figure(store: Store, now: dt.datetime, repetitions: int) -> Figure:
    """One countdown tick (``InboxModel.tick``) for the rows in sight, against the ``dataChanged``
    it ends with, alone."""
    app = application()
    clock = SteppingClock(now)
    model, list_view = _inbox(store, clock, View.ALL)
    try:
        _settle(app)
        first, last = list_view.visible_rows()
        model.prepare_sla(first, last)
        with_chips = sum(1 for r in range(first, last + 1) if model.index(r, Column.SLA).data(SLA_ROLE))
        top, bottom = model.index(first, Column.SLA), model.index(last, Column.SLA)
        roles = [Qt.ItemDataRole.DisplayRole, SLA_ROLE]

        def measured() -> None:
            clock.step()
            model.tick(first, last)

        def baseline() -> None:
            clock.step()
            model.dataChanged.emit(top, bottom, roles)

        base, ours = interleave(baseline, measured, repetitions * 20)
        _settle(app)
    finally:
        list_view.close()
        list_view.deleteLater()
    return Figure(
        name="tick.screenful",
        title=f"countdown tick, {last - first + 1} rows in sight",
        unit="ms",
        measured=Stats.of(ours),
        baseline=Stats.of(base),
        baseline_name="dataChanged alone",
        budget=TICK_BUDGET,
        note="Python time on the GUI thread per tick; the view repaints the chips afterwards",
        extra={"rows": last - first + 1, "rows_with_chips": with_chips},
    )


class PaintCounter(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class PlainModel(QAbstractTableModel):
    """The same texts in a stock table model: what a list costs Qt without our model and delegates."""

    def __init__(self, texts: list[tuple[str, ...]]) -> None:
        super().__init__()
        self._texts = texts

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._texts[index.row()][index.column()]
        return None


def scroll_figure(store: Store, now: dt.datetime, rows: int) -> Figure:
    """Scrolling down ``rows`` rows of All, ``ROWS_PER_FRAME`` a frame: moving the scroll bar (which
    pages rows in when it reaches the end) and painting the viewport, frame by frame alternately
    with a stock ``QTableView`` over the same texts. SLA plans of the rows that came into sight
    are loaded between frames, untimed, as the window loads them in the background."""
    app = application()
    clock = SteppingClock(now)
    model, list_view = _inbox(store, clock, View.ALL)
    plain_view = QTableView()
    try:
        model.ensure_rows(rows + 40)
        texts = []
        for r in range(model.rowCount()):
            texts.append(tuple(str(model.index(r, c).data() or "") for c in range(len(Column))))
        model.reload()  # the measured list starts from one page, as the window does
        plain = PlainModel(texts)
        plain_view.setModel(plain)
        plain_view.verticalHeader().setDefaultSectionSize(list_view.row_height())
        plain_view.verticalHeader().setSectionResizeMode(list_view.verticalHeader().sectionResizeMode(0))
        plain_view.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        plain_view.resize(*LIST_SIZE)
        plain_view.show()
        _settle(app)
        step = list_view.row_height() * ROWS_PER_FRAME
        target = min(rows, len(texts) - 1)

        paints = [PaintCounter(list_view.viewport()), PaintCounter(plain_view.viewport())]

        def frame(table: QTableView, counter: PaintCounter) -> Callable[[], bool]:
            bar = table.verticalScrollBar()

            def run() -> bool:
                # As on screen: the view moves what it already painted and asks for the strip that
                # came into sight; the event loop then delivers that paint.
                before = counter.count
                bar.setValue(bar.value() + step)
                app.processEvents()
                if counter.count == before:  # the platform sent no paint: force one
                    table.viewport().repaint()
                return table.rowAt(0) < target and bar.value() < bar.maximum()

            return run

        ours_frame = frame(list_view, paints[0])
        base_frame = frame(plain_view, paints[1])
        ours: list[float] = []
        base: list[float] = []
        going = [True, True]
        i = 0
        enabled = gc.isenabled()
        gc.disable()
        try:
            while going[0] or going[1]:
                order = [(0, ours_frame, ours), (1, base_frame, base)]
                if i % 2:
                    order.reverse()
                for side, fn, out in order:
                    if going[side]:
                        start = time.perf_counter()
                        going[side] = fn()
                        out.append((time.perf_counter() - start) * 1000)
                first, last = list_view.visible_rows()
                model.prepare_sla(first, last)
                gc.collect(0)
                i += 1
        finally:
            if enabled:
                gc.enable()
        loaded = model.rowCount()
        paints = [paints[0], paints[1]]
    finally:
        list_view.close()
        plain_view.close()
        list_view.deleteLater()
        plain_view.deleteLater()
        _settle(app)
    return Figure(
        name="scroll.frame",
        title=f"scroll {target:,} rows, per frame",
        unit="ms",
        measured=Stats.of(ours),
        baseline=Stats.of(base),
        baseline_name="stock QTableView, same texts",
        budget=FRAME_BUDGET,
        note=(
            f"{ROWS_PER_FRAME} rows a frame, {LIST_SIZE[0]}×{LIST_SIZE[1]} list, pages of 200 read as it "
            "goes; the budget is checked on the median, p95 is shown beside the stock table's"
        ),
        extra={
            "frames": len(ours),
            "rows_loaded": loaded,
            "paints": paints[0].count,
            "baseline_paints": paints[1].count,
        },  # fmt: skip
    )


def _other_conversation(store: Store, not_this: uuid.UUID) -> uuid.UUID:
    with contextlib.closing(store.raw()) as conn:
        (hex_id,) = conn.execute(
            "SELECT id FROM conversation WHERE id != ? ORDER BY number LIMIT 1", (not_this.hex,)
        ).fetchone()
    return uuid.UUID(hex=hex_id)


def conversation_figure(store: Store, now: dt.datetime, conversation: uuid.UUID, repetitions: int) -> Figure:
    """Opening the conversation of 200 messages in the real pane until its timeline is painted,
    against reading the same messages with raw ``sqlite3`` into a plain ``QTextBrowser``."""
    app = application()
    clock = SteppingClock(now)
    services = build_services(store, clock)
    pane = ConversationPane(services)
    browser = QTextBrowser()
    other = _other_conversation(store, conversation)
    try:
        pane.resize(720, 1000)
        browser.resize(720, 1000)
        pane.show()
        browser.show()
        _settle(app)
        with contextlib.closing(store.raw()) as conn:
            (count,) = conn.execute(
                "SELECT count(*) FROM message WHERE conversation_id = ?", (conversation.hex,)
            ).fetchone()

            def measured() -> None:
                pane.show_conversation(conversation)
                app.processEvents()
                pane.timeline.viewport().repaint()

            def baseline() -> None:
                rows = conn.execute(
                    "SELECT direction, body_text, created_at FROM message WHERE conversation_id = ? "
                    "ORDER BY created_at",
                    (conversation.hex,),
                ).fetchall()
                browser.setHtml("".join(f"<p><b>{d}</b> {t}</p><p>{html.escape(b)}</p>" for d, b, t in rows))
                app.processEvents()
                browser.viewport().repaint()

            base: list[float] = []
            ours: list[float] = []
            for i in range(repetitions + 1):
                order = [(baseline, base), (measured, ours)]
                if i % 2:
                    order.reverse()
                for fn, out in order:
                    start = time.perf_counter()
                    fn()
                    elapsed = (time.perf_counter() - start) * 1000
                    if i:  # the first round warms up
                        out.append(elapsed)
                    # away again, untimed, so the next round opens it anew
                    pane.show_conversation(other)
                    browser.setHtml("<p>…</p>")
                    app.processEvents()
    finally:
        pane.close()
        browser.close()
        pane.deleteLater()
        browser.deleteLater()
        _settle(app)
    return Figure(
        name="conversation.open",
        title=f"open a conversation of {count} messages",
        unit="ms",
        measured=Stats.of(ours),
        baseline=Stats.of(base),
        baseline_name="raw sqlite3 + QTextBrowser",
        note="to the painted timeline, with header, customer panel and composer",
        extra={"messages": count},
    )
