# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window on a real temporary database, driven with the keyboard and mouse."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agentdesk.app import render_snapshot, run_app
from agentdesk.clock import FixedClock
from agentdesk.errors import AgentDeskError, StoreError, ValidationError
from agentdesk.gui import theme
from agentdesk.gui.crash import CrashHandler
from agentdesk.gui.inbox_model import ROW_ROLE, Column, InboxModel
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.ids import uuid7
from agentdesk.inbox.queries import InboxQueries
from agentdesk.inbox.views import InboxRow, PageKey, View, ViewFilter, page_key
from agentdesk.services import build_services
from agentdesk.store.database import Store
from agentdesk.store.models import Agent, Conversation, ConversationEvent, Customer, Message

# The offscreen platform plugin does not implement size-hint propagation and says so once per
# window (QPlatformWindow::propagateSizeHints); it has no effect on what is tested here.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)

HOSTILE_HTML = (
    "<p>Hello, here is my order.</p>"
    '<script>alert("stolen")</script>'
    '<img src="http://evil.example/pixel.png" onerror="alert(1)">'
    '<a href="javascript:alert(2)">click me</a>'
    '<iframe src="http://evil.example/frame"></iframe>'
    '<p style="background-image: url(http://evil.example/bg.png)">styled text</p>'
    '<a href="https://shop.example/orders/42">order page</a>'
)


@dataclass
class Workspace:
    store: Store
    clock: FixedClock
    ids: dict[str, uuid.UUID]


def ago(**delta: float) -> dt.datetime:
    return NOW - dt.timedelta(**delta)


def _conversation(number: int, customer: Customer, subject: str, **kw: object) -> Conversation:
    kw.setdefault("created_at", ago(days=1))
    kw.setdefault("last_activity_at", kw.get("waiting_since") or ago(hours=number))
    return Conversation(
        id=uuid7(),
        number=number,
        customer_id=customer.id,
        channel=kw.pop("channel", "email"),
        subject=subject,
        snippet=kw.pop("snippet", f"Latest words of {subject}"),
        **kw,
    )


def _message(conv: Conversation, direction: str, text: str, when: dt.datetime, **kw: object) -> Message:
    return Message(
        id=uuid7(),
        conversation_id=conv.id,
        direction=direction,
        channel=conv.channel,
        body_text=text,
        created_at=when,
        **kw,
    )


@pytest.fixture
def workspace(store: Store) -> Workspace:
    """Four active conversations (two waiting) and one solved one, built through the ORM."""
    ids: dict[str, uuid.UUID] = {}
    with store.write() as s:
        maja = Agent(id=uuid7(), name="Maja Jensen", email="maja@shop.test", tiers=[1, 2])
        jens = Customer(
            id=uuid7(), name="Jens Hansen", email="jens@example.dk", plan="premium", language="da"
        )
        anna = Customer(id=uuid7(), name="Anna Müller", email="anna@example.de", language="de")
        s.add_all([maja, jens, anna])
        s.flush()
        longest = _conversation(
            11,
            jens,
            "Payment failed at checkout",
            waiting_since=ago(hours=5),
            priority="high",
            tier=2,
            assignee_id=maja.id,
            status="open",
            mood="unhappy",
        )
        second = _conversation(
            12, anna, "Lieferung fehlt noch", waiting_since=ago(minutes=40), channel="chat"
        )
        pending = _conversation(13, anna, "Rechnungsadresse ändern", status="pending", assignee_id=maja.id)
        quiet = _conversation(14, jens, "Thanks for the quick help", status="open")
        solved = _conversation(10, jens, "Where is my parcel?", status="solved", created_at=ago(days=30))
        s.add_all([longest, second, pending, quiet, solved])
        s.flush()
        s.add_all(
            [
                _message(
                    longest,
                    "inbound",
                    "My card was declined twice.",
                    ago(hours=6),
                    author_customer_id=jens.id,
                ),
                _message(
                    longest,
                    "outbound",
                    "Could you try another card?",
                    ago(hours=5, minutes=30),
                    author_agent_id=maja.id,
                    author_name="Maja Jensen",
                ),
                _message(
                    longest,
                    "note",
                    "Card issuer blocks 3-D Secure; ask billing.",
                    ago(hours=5, minutes=20),
                    author_agent_id=maja.id,
                ),
                _message(
                    longest,
                    "inbound",
                    "Still failing, please help.",
                    ago(hours=5),
                    author_customer_id=jens.id,
                ),
                _message(
                    second,
                    "inbound",
                    "Meine Bestellung ist nicht angekommen.",
                    ago(minutes=40),
                    author_customer_id=anna.id,
                    body_html=HOSTILE_HTML,
                ),
                _message(
                    pending,
                    "inbound",
                    "Bitte neue Adresse eintragen.",
                    ago(hours=20),
                    author_customer_id=anna.id,
                ),
                _message(quiet, "inbound", "Thanks!", ago(hours=14), author_customer_id=jens.id),
                _message(solved, "inbound", "Parcel is late.", ago(days=30), author_customer_id=jens.id),
                ConversationEvent(
                    id=uuid7(),
                    conversation_id=longest.id,
                    kind="escalation",
                    actor_agent_id=maja.id,
                    data={"from_tier": 1, "to_tier": 2, "reason": "Card issuer problem"},
                    created_at=ago(hours=5, minutes=10),
                ),
            ]
        )
        ids.update(longest=longest.id, second=second.id, pending=pending.id, quiet=quiet.id, solved=solved.id)
    return Workspace(store, FixedClock(NOW), ids)


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication) -> MakeWindow:
    apply_theme(qapp)

    def make(
        ws: Workspace, page_size: int = 200, queries: InboxQueries | None = None, view: View = View.ALL
    ) -> MainWindow:
        services = build_services(ws.store, ws.clock)
        if queries is not None:
            services.queries = queries
        preferences = Preferences()
        preferences.last_view = view
        window = MainWindow(services, MessageBridge(), preferences, page_size=page_size)
        qtbot.addWidget(window)
        window.resize(1400, 850)
        with qtbot.waitActive(window):  # shortcuts like J/K need the active window, as on a desk
            window.show()
            window.activateWindow()
        return window

    return make


def current_row(window: MainWindow) -> InboxRow:
    row = window.list.currentIndex().data(ROW_ROLE)
    assert isinstance(row, InboxRow)
    return row


def timeline_text(window: MainWindow) -> str:
    return window.pane.timeline.toPlainText()


def test_window_opens_on_the_longest_waiting_conversation(
    qtbot: QtBot, make_window: MakeWindow, workspace: Workspace
) -> None:
    window = make_window(workspace, view=View.TIER_1)
    assert window.model.rowCount() == 3  # #11 is at tier 2, #10 is solved
    assert current_row(window).number == 12
    window.set_view(View.ALL)
    assert window.model.rowCount() == 5
    assert current_row(window).number == 11
    assert window.list.selectionModel().isRowSelected(0, QModelIndex())
    assert window.pane.header.subject.text() == "Payment failed at checkout"
    assert window.pane.header.number.text() == "#11"
    assert "Still failing, please help." in timeline_text(window)
    assert window.focusWidget() is window.list
    order = [window.model.row_at(i).number for i in range(window.model.rowCount())]
    assert order == [11, 12, 10, 13, 14]  # no SLA due times here: waiting oldest first, then activity
    qtbot.waitUntil(lambda: window.sidebar.count_text(View.ALL) == "5")
    assert "5 conversations" in window.list_header.detail.text()


def test_j_and_k_move_through_the_inbox(qtbot: QtBot, make_window: MakeWindow, workspace: Workspace) -> None:
    window = make_window(workspace)  # All: 11, 12, 10 (solved), 13, 14
    with qtbot.waitSignal(window.conversation_shown):
        qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert current_row(window).number == 12
    assert window.pane.header.subject.text() == "Lieferung fehlt noch"
    assert "Hello, here is my order." in timeline_text(window)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert current_row(window).number == 13
    assert "Bitte neue Adresse eintragen." in timeline_text(window)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert current_row(window).number == 14  # the end of the list stays put
    assert window.pane.header.subject.text() == "Thanks for the quick help"
    qtbot.keyClick(window.list, Qt.Key.Key_K)
    assert current_row(window).number == 13
    assert window.pane.header.subject.text() == "Rechnungsadresse ändern"


def _cell_colour(window: MainWindow, text: str) -> str:
    document = window.pane.timeline.document()
    cursor = document.find(text)
    assert not cursor.isNull(), text
    table = cursor.currentTable()
    assert table is not None, f"{text!r} is not inside a message card"
    cell = table.cellAt(cursor)
    return cell.format().background().color().name()


def test_notes_look_different_from_replies(make_window: MakeWindow, workspace: Workspace) -> None:
    window = make_window(workspace)
    note = _cell_colour(window, "Card issuer blocks 3-D Secure")
    reply = _cell_colour(window, "Could you try another card?")
    customer = _cell_colour(window, "My card was declined twice.")
    assert note == QColor(theme.NOTE_BG).name()
    assert reply == QColor(theme.REPLY_BG).name()
    assert len({note, reply, customer}) == 3
    assert "Internal note" in timeline_text(window)
    # Escalations appear as a compact line with who and why.
    assert "Escalated L1 → L2 by Maja Jensen: Card issuer problem" in timeline_text(window)


def test_hostile_html_is_not_rendered(qtbot: QtBot, make_window: MakeWindow, workspace: Workspace) -> None:
    window = make_window(workspace)
    requested: list[str] = []
    original = window.pane.timeline.loadResource

    def spy(kind: int, name: object) -> object:
        requested.append(str(name.toString() if hasattr(name, "toString") else name))
        return original(kind, name)

    window.pane.timeline.loadResource = spy
    window.open_conversation(12)
    qtbot.waitUntil(lambda: window.pane.header.subject.text() == "Lieferung fehlt noch")
    rendered = window.pane.timeline.document().toHtml().lower()
    for bad in ("script", "alert", "evil.example", "onerror", "javascript:", "iframe", '<img src="http'):
        assert bad not in rendered, bad
    text = timeline_text(window)
    assert "Hello, here is my order." in text and "styled text" in text and "click me" in text
    assert "https://shop.example/orders/42" in rendered  # ordinary links stay
    window.pane.timeline.viewport().repaint()
    assert not [url for url in requested if url.startswith(("http", "//"))]


def test_inbox_model_passes_the_model_tester(qtmodeltester: ModelTester, workspace: Workspace) -> None:
    queries = InboxQueries(workspace.store)
    model = InboxModel(
        queries.page,
        workspace.clock,
        page_size=2,
        load_plans=queries.sla_plans,
        view_filter=ViewFilter(View.ALL),
    )
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.ensure_rows(10)
    assert model.rowCount() == 5
    model.prepare_sla(0, 4)
    model.tick(0, 4)
    qtmodeltester.check(model)


def _row(number: int, minutes_waiting: int) -> InboxRow:
    since = ago(minutes=minutes_waiting)
    return InboxRow(
        uuid.UUID(int=number), number, "email", f"Subject {number}", "", "Customer", "open", "normal", 1,
        None, None, since, since, 1,
    )  # fmt: skip


def test_a_conversation_that_moved_down_is_listed_once(qtmodeltester: ModelTester) -> None:
    """Between two pages #2 got a new customer message and now sorts after #3: drop the repeat."""
    everything = ViewFilter(View.ALL)
    first, moved, third = _row(1, 30), _row(2, 20), _row(3, 10)
    moved_again = _row(2, 5)
    pages: dict[PageKey | None, list[InboxRow]] = {
        None: [first, moved],
        page_key(everything, moved): [third, moved_again],
        page_key(everything, moved_again): [],
    }
    model = InboxModel(
        lambda _view, after, limit: pages[after], FixedClock(NOW), page_size=2, view_filter=everything
    )
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert [model.row_at(i).number for i in range(model.rowCount())] == [1, 2, 3]  # type: ignore[union-attr]
    assert model.canFetchMore(QModelIndex())  # the next page starts after the moved row's new place
    model.fetchMore(QModelIndex())
    assert model.complete and model.rowCount() == 3
    qtmodeltester.check(model)


@pytest.fixture
def big_workspace(store: Store) -> Workspace:
    """600 active conversations; every third one waits on an answer."""
    with store.write() as s:
        customer = Customer(id=uuid7(), name="Ole Nielsen", email="ole@example.dk", language="da")
        s.add(customer)
        s.flush()
        s.add_all(
            _conversation(
                n,
                customer,
                f"Question {n}",
                status="open",
                waiting_since=ago(minutes=n) if n % 3 == 0 else None,
                last_activity_at=ago(minutes=n),
            )
            for n in range(1, 601)
        )
    return Workspace(store, FixedClock(NOW), {})


def test_scrolling_to_the_bottom_pages_in_more_rows(
    qtbot: QtBot, make_window: MakeWindow, big_workspace: Workspace
) -> None:
    window = make_window(big_workspace, page_size=100)
    model = window.model
    assert model.rowCount() == 100
    for expected in (200, 300, 400, 500, 600):
        window.list.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: model.rowCount() >= n)
    window.list.scrollToBottom()
    qtbot.waitUntil(lambda: model.complete)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    numbers = [r.number for r in rows if r is not None]
    assert len(numbers) == len(set(numbers)) == 600
    waiting = [n for n in numbers if n % 3 == 0]
    assert numbers[: len(waiting)] == sorted(waiting, reverse=True)  # waiting longest first
    assert numbers[len(waiting) :] == sorted(set(numbers) - set(waiting))  # then latest activity first


class FlakyQueries(InboxQueries):
    """Pages fail while ``busy`` is set, as when another program holds the database locked."""

    busy = False

    def page(self, view_filter: ViewFilter, after: PageKey | None = None, limit: int = 200) -> list[InboxRow]:
        if self.busy:
            raise StoreError("The database is busy: another program holds it locked. Try again shortly.")
        return super().page(view_filter, after, limit)


def test_a_page_that_cannot_be_read_is_a_message_not_a_crash(
    qtbot: QtBot, make_window: MakeWindow, big_workspace: Workspace
) -> None:
    queries = FlakyQueries(big_workspace.store)
    window = make_window(big_workspace, page_size=100, queries=queries)
    queries.busy = True
    with qtbot.waitSignal(window.model.failed):
        window.list.scrollToBottom()
    assert window.message_bar.isVisible()
    assert "another program holds it locked" in window.message_bar.text.text()
    assert not window.model.canFetchMore(QModelIndex())  # one failure, one message; no retry loop
    assert window.model.rowCount() == 100 and window.pane.detail is not None  # the rest keeps working
    queries.busy = False
    window.refresh_action.trigger()
    assert not window.message_bar.isVisible()
    window.list.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == 200)


def test_j_at_the_end_of_a_page_loads_the_next(
    qtbot: QtBot, make_window: MakeWindow, big_workspace: Workspace
) -> None:
    window = make_window(big_workspace, page_size=50)
    window.list.setCurrentIndex(window.model.index(49, Column.SUBJECT))
    qtbot.keyClick(window.list, Qt.Key.Key_J)
    assert window.list.currentIndex().row() == 50
    assert window.model.rowCount() >= 100


def test_a_conversation_the_pane_asks_for_is_shown_and_selected_when_listed(
    qtbot: QtBot, make_window: MakeWindow, workspace: Workspace
) -> None:
    window = make_window(workspace, view=View.TIER_1)
    with qtbot.waitSignal(window.conversation_shown):
        window.pane.conversation_requested.emit(workspace.ids["quiet"])  # another of Jens's
    assert window.pane.header.subject.text() == "Thanks for the quick help"
    assert current_row(window).number == 14
    with qtbot.waitSignal(window.conversation_shown):
        window.pane.conversation_requested.emit(workspace.ids["solved"])
    assert window.pane.header.subject.text() == "Where is my parcel?"
    assert not window.list.selectionModel().hasSelection()  # solved: not in Tier 1


def test_render_snapshot_writes_a_png_of_the_requested_size(tmp_path: Path, workspace: Workspace) -> None:
    out = tmp_path / "inbox.png"
    render_snapshot(workspace.store, out, (1280, 800), conversation_number=11, clock=workspace.clock)
    assert out.stat().st_size > 10_000
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_render_snapshot_explains_what_went_wrong(tmp_path: Path, workspace: Workspace) -> None:
    with pytest.raises(AgentDeskError, match="#999 does not exist"):
        render_snapshot(workspace.store, tmp_path / "x.png", conversation_number=999, clock=workspace.clock)
    with pytest.raises(AgentDeskError, match="does not exist"):
        render_snapshot(workspace.store, tmp_path / "missing" / "x.png", clock=workspace.clock)
    blocker = tmp_path / "blocker.png"
    blocker.mkdir()  # a folder where the file should go
    with pytest.raises(AgentDeskError, match="Cannot write the snapshot"):
        render_snapshot(workspace.store, blocker, clock=workspace.clock)


def test_quit_has_a_standard_shortcut(make_window: MakeWindow, workspace: Workspace) -> None:
    window = make_window(workspace)
    assert window.quit_action.shortcuts()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_run_app_shows_the_window_and_returns_when_it_closes(
    qapp: QApplication, tmp_path: Path, workspace: Workspace
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    seen: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, close_when_shown)
            return
        seen.append(windows[0].pane.header.subject.text())
        windows[0].quit_action.trigger()

    QTimer.singleShot(0, close_when_shown)
    from agentdesk.identity.signin import SignInService

    signin = SignInService(workspace.store, workspace.clock)
    signin.keep_signed_in(signin.agents()[0].id)  # a shop of one that stays signed in: no prompt
    assert run_app(workspace.store, ["agentdesk"]) == 0
    assert seen == ["Payment failed at checkout"]
    assert qapp.quitOnLastWindowClosed()  # left as it was


def test_crash_handler_shows_a_sentence_not_a_traceback(qapp: QApplication, tmp_path: Path) -> None:
    messages = MessageBridge()
    shown_errors: list[str] = []
    messages.error_shown.connect(shown_errors.append)
    dialogs: list[tuple[str, str]] = []
    crash_log = tmp_path / "logs" / "crash.log"
    handler = CrashHandler(messages, crash_log, show_dialog=lambda title, text: dialogs.append((title, text)))

    try:
        raise ValidationError("That conversation is closed.")
    except ValidationError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert shown_errors == ["That conversation is closed."] and dialogs == []

    try:
        {}["missing"]  # noqa: B018
    except KeyError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert "Traceback" not in text and "KeyError" not in text
    assert str(crash_log) in text
    assert "KeyError: 'missing'" in crash_log.read_text(encoding="utf-8")


def test_the_window_regions_are_named(make_window: MakeWindow, workspace: Workspace) -> None:
    window = make_window(workspace)
    for name in ("topBar", "messageBar", "sidebar", "inboxList", "listHeader", "workArea"):
        assert window.findChild(QWidget, name) is not None, name
    assert window.list.parentWidget() is not None
    assert window.findChild(QWidget, "inboxList").isAncestorOf(window.list)  # type: ignore[union-attr]


def test_the_window_and_its_dialogs_stay_small() -> None:
    """The window is assembled from parts (STYLE.md): no file of it grows past 800 lines."""
    gui = Path(__file__).parents[2] / "agentdesk" / "gui"
    files = [gui / "main_window.py", *sorted((gui / "window").glob("*.py")), *sorted(gui.glob("agents_*.py"))]
    files.append(gui / "teams_page.py")
    for path in files:
        assert len(path.read_text(encoding="utf-8").splitlines()) < 800, path.name
