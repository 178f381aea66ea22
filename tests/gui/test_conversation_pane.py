# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation pane on a real temporary database, driven the way an agent drives it.

Keys go to the focused widget as on a desk (R, N, Ctrl+Enter, Esc, menus by keyboard); what counts
is what the database holds afterwards. Another process writing meanwhile (a customer's new mail,
a colleague closing the conversation) is simulated with a second set of services on the same file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextBlock, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui import labels, theme
from agentdesk.gui.composer import NOTE, REPLY
from agentdesk.gui.conversation_view import ConversationPane
from agentdesk.gui.follow_up import follow_up_choices, local_morning
from agentdesk.gui.message_viewer import MessageViewer, hard_wrapped
from agentdesk.gui.new_conversation_dialog import NewConversationDialog
from agentdesk.gui.remote_images import MAX_IMAGE_BYTES, NetworkImageFetcher, decode_image
from agentdesk.gui.sla_text import duration
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.timeline import MAX_BODY_CHARS, breakable, remote_image_urls, sanitize
from agentdesk.ids import uuid7
from agentdesk.services import Services, build_services
from agentdesk.sla.presets import install_presets
from agentdesk.store.database import Store
from agentdesk.store.models import (
    Attachment,
    Conversation,
    ConversationEvent,
    Customer,
    Message,
    SurveyResponse,
)

# The offscreen platform plugin implements neither size-hint propagation nor raising a window nor
# grabbing the keyboard (popup menus ask for both) and says so; none of it matters to the tests.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class FakeFetcher:
    """Stands in for the network: records what the pane asks for and answers when told to."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._waiting: dict[str, Callable[[str, QImage | None], None]] = {}

    def fetch(self, url: str, done: Callable[[str, QImage | None], None]) -> None:
        self.requests.append(url)
        self._waiting[url] = done

    def deliver(self, url: str, image: QImage | None) -> None:
        self._waiting.pop(url)(url, image)


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    services: Services
    other: Services  # another process on the same database (a sync, a colleague, the mail fetcher)
    agent: uuid.UUID
    colleague: uuid.UUID
    customer: uuid.UUID
    conversation: uuid.UUID
    fetcher: FakeFetcher


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    install_presets(store, now=clock.now())
    setup = build_services(store, clock)
    agent = setup.directory.create_agent("Maja Jensen", "maja@shop.example", tiers=[1, 2])
    colleague = setup.directory.create_agent("Ole Nielsen", "ole@shop.example")
    services = build_services(store, clock, agent)
    other = build_services(store, clock, colleague)
    customer = services.inbox.create_customer(
        "Jens Hansen", email="jens@example.dk", phone="+45 20 30 40 50", company="Hansen ApS", plan="premium"
    )
    ref = services.inbox.create_conversation(
        customer, "email", "Payment failed at checkout", "Hi, my card was declined twice. Can you help?"
    )
    clock.advance(minutes=5)
    return Desk(store, clock, services, other, agent, colleague, customer, ref.id, FakeFetcher())


MakePane = Callable[..., ConversationPane]


@pytest.fixture
def make_pane(qtbot: QtBot, qapp: QApplication) -> MakePane:
    apply_theme(qapp)

    def make(
        desk: Desk, size: tuple[int, int] = (1000, 820), services: Services | None = None
    ) -> ConversationPane:
        pane = ConversationPane(services or desk.services, image_fetcher=desk.fetcher)
        qtbot.addWidget(pane)
        pane.resize(*size)
        with qtbot.waitActive(pane):  # single-key shortcuts need the active window, as on a desk
            pane.show()
            pane.activateWindow()
        return pane

    return make


def messages(desk: Desk, direction: str | None = None) -> list[Message]:
    with desk.store.read() as session:
        query = select(Message).where(Message.conversation_id == desk.conversation)
        if direction is not None:
            query = query.where(Message.direction == direction)
        return list(session.scalars(query.order_by(Message.created_at, Message.id)))


def conversation(desk: Desk, conversation_id: uuid.UUID | None = None) -> Conversation:
    with desk.store.read() as session:
        conv = session.get(Conversation, conversation_id or desk.conversation)
        assert conv is not None
        return conv


def events(desk: Desk, kind: str) -> list[ConversationEvent]:
    with desk.store.read() as session:
        return list(
            session.scalars(
                select(ConversationEvent).where(
                    ConversationEvent.conversation_id == desk.conversation, ConversationEvent.kind == kind
                )
            )
        )


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def wait_for_draft(qtbot: QtBot, desk: Desk, body: str) -> None:
    """The composer saves while the agent types (debounced): wait for it, never sleep."""

    def saved() -> None:
        draft = desk.services.drafts.load(desk.conversation)
        assert draft is not None and draft.body == body

    qtbot.waitUntil(saved, timeout=3000)


# -- writing -------------------------------------------------------------------------------------


def test_reply_by_keyboard_goes_to_the_database_and_the_timeline(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    pane.timeline.setFocus()
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    assert pane.composer.editor.hasFocus()
    assert pane.composer.mode == REPLY
    type_text(qtbot, pane.composer.editor, "Sorry about that, Jens. I have reset the payment.")
    with qtbot.waitSignal(pane.changed) as changed:
        qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    assert changed.args == [desk.conversation]

    replies = messages(desk, "outbound")
    assert [m.body_text for m in replies] == ["Sorry about that, Jens. I have reset the payment."]
    assert replies[0].author_agent_id == desk.agent
    assert "I have reset the payment" in pane.timeline.toPlainText()
    assert pane.composer.text() == ""
    assert desk.services.drafts.load(desk.conversation) is None
    assert conversation(desk).status == "open"  # a first reply opens a new conversation


def test_r_and_n_typed_in_the_composer_are_just_letters(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_N)
    assert pane.composer.mode == NOTE
    type_text(qtbot, pane.composer.editor, "remember: refund")
    assert pane.composer.text() == "remember: refund"
    assert pane.composer.mode == NOTE  # the "r" and "n" in the text switched nothing


def test_internal_note_by_keyboard_is_amber_and_stays_internal(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_N)
    assert pane.composer.mode == NOTE
    assert theme.NOTE_BG in pane.composer.frame.styleSheet()
    assert pane.composer.send_action.text() == "Add note"
    assert not pane.composer.send_waiting_action.isEnabled()
    type_text(qtbot, pane.composer.editor, "Card issuer says the 3-D Secure check timed out.")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    notes = messages(desk, "note")
    assert [n.body_text for n in notes] == ["Card issuer says the 3-D Secure check timed out."]
    assert messages(desk, "outbound") == []
    assert conversation(desk).waiting_since is not None  # a note answers nobody
    assert "Internal note" in pane.timeline.toPlainText()
    assert pane.composer.mode == REPLY  # back to replying after the note went in


def test_send_and_set_waiting_and_send_and_solve(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    type_text(qtbot, pane.composer.editor, "Could you send me the last four digits of the card?")
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL | SHIFT)
    assert conversation(desk).status == "pending"
    assert [e.data["to"] for e in events(desk, "status")] == ["open", "pending"]
    assert "Status Open → Pending" in pane.timeline.toPlainText()

    desk.clock.advance(minutes=10)
    desk.other.inbox.add_inbound_message(desk.conversation, "It ends in 4242.")
    desk.clock.advance(minutes=1)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    type_text(qtbot, pane.composer.editor, "Thanks, it works again now.")
    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL | ALT)
    assert conversation(desk).status == "solved"
    assert len(messages(desk, "outbound")) == 2


def test_escape_leaves_the_composer(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    type_text(qtbot, pane.composer.editor, "half a thought")
    with qtbot.waitSignal(pane.composer_left):
        qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Escape)
    assert not pane.composer.editor.hasFocus()
    assert desk.services.drafts.load(desk.conversation) is not None  # saved on the way out


# -- drafts and change detection -----------------------------------------------------------------


def test_draft_survives_a_restart(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_N)
    type_text(qtbot, pane.composer.editor, "Check with billing before answering")
    wait_for_draft(qtbot, desk, "Check with billing before answering")
    pane.hide()  # the process "dies" here: nothing else is flushed

    restarted = make_pane(desk, services=build_services(desk.store, desk.clock, desk.agent))
    restarted.show_conversation(desk.conversation)
    assert restarted.composer.text() == "Check with billing before answering"
    assert restarted.composer.mode == NOTE
    assert restarted.composer.draft_state.text().startswith("Draft saved")


def test_switching_conversations_keeps_each_draft(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    second = desk.services.inbox.create_conversation(desk.customer, "chat", "Second", "Another question").id
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    type_text(qtbot, pane.composer.editor, "first draft")
    pane.show_conversation(second)  # no waiting: switching saves at once
    assert desk.services.drafts.load(desk.conversation) is not None
    assert pane.composer.text() == ""
    pane.show_conversation(desk.conversation)
    assert pane.composer.text() == "first draft"


def test_new_activity_while_writing_stops_the_send_until_reviewed(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    type_text(qtbot, pane.composer.editor, "Please try the card again.")
    wait_for_draft(qtbot, desk, "Please try the card again.")

    desk.clock.advance(minutes=3)
    new_id = desk.other.inbox.add_inbound_message(desk.conversation, "Never mind, I paid by PayPal.")
    desk.clock.advance(minutes=1)

    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    assert messages(desk, "outbound") == []  # nothing went out
    assert pane.strip.isVisible() and pane.strip.kind == "review"
    assert "New activity since you started writing" in pane.strip.text.text()
    assert new_id in pane.timeline.highlight
    assert "Never mind, I paid by PayPal." in pane.timeline.toPlainText()
    assert "New since you started writing" in pane.timeline.toPlainText()
    assert pane.composer.text() == "Please try the card again."  # nothing lost

    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)  # reviewed: send again
    assert [m.body_text for m in messages(desk, "outbound")] == ["Please try the card again."]
    assert not pane.strip.isVisible()
    assert pane.timeline.highlight == frozenset()


def test_a_refused_send_shows_the_reason_and_keeps_the_draft(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_R)
    type_text(qtbot, pane.composer.editor, "One more thing")
    desk.other.inbox.set_status(desk.conversation, "solved")  # a colleague closes it meanwhile
    desk.other.inbox.set_status(desk.conversation, "closed")

    qtbot.keyClick(pane.composer.editor, Qt.Key.Key_Return, CTRL)
    assert pane.strip.isVisible() and pane.strip.kind == "error"
    assert "is closed" in pane.strip.text.text()
    assert messages(desk, "outbound") == []
    assert pane.composer.text() == "One more thing"
    draft = desk.services.drafts.load(desk.conversation)
    assert draft is not None and draft.body == "One more thing"


# -- editors -------------------------------------------------------------------------------------


def test_editors_change_status_priority_and_assignee(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    changed: list[uuid.UUID] = []
    pane.changed.connect(changed.append)

    # Status from the header's menu.
    pane.status_actions["pending"].trigger()
    assert conversation(desk).status == "pending"
    assert pane.header.status_button.text().startswith("Pending")

    # Priority by keyboard: P opens the menu at the current value; one up is High.
    pane.timeline.setFocus()
    qtbot.keyClick(pane.timeline, Qt.Key.Key_P)
    qtbot.waitUntil(pane.priority_menu.isVisible)
    assert pane.priority_menu.activeAction() is pane.priority_actions["normal"]
    qtbot.keyClick(pane.priority_menu, Qt.Key.Key_Up)
    qtbot.keyClick(pane.priority_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: conversation(desk).priority == "high")
    assert pane.header.priority_button.text().startswith("High")

    # Assignee by keyboard: A, then the first entry is "Assign to me".
    qtbot.keyClick(pane.timeline, Qt.Key.Key_A)
    qtbot.waitUntil(pane.assign_menu.isVisible)
    qtbot.keyClick(pane.assign_menu, Qt.Key.Key_Down)
    qtbot.keyClick(pane.assign_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: conversation(desk).assignee_id == desk.agent)
    assert pane.header.assignee_button.text().startswith("Maja Jensen")

    # Another agent from the same menu, then unassigned again.
    colleague = next(a for a in pane.assign_menu.actions() if a.data() == desk.colleague)
    colleague.trigger()
    assert conversation(desk).assignee_id == desk.colleague
    pane.unassign_action.trigger()
    assert conversation(desk).assignee_id is None

    assert [e.data["to"] for e in events(desk, "status")] == ["pending"]
    assert [e.data["to"] for e in events(desk, "priority")] == ["high"]
    assert [e.data["to"] for e in events(desk, "assignment")] == [str(desk.agent), str(desk.colleague), None]
    assert all(e.actor_agent_id == desk.agent for e in events(desk, "assignment"))
    assert changed == [desk.conversation] * 5
    text = pane.timeline.toPlainText()
    assert "Priority Normal → High by Maja Jensen" in text
    assert "Reassigned from Maja Jensen to Ole Nielsen by Maja Jensen" in text


def test_a_refused_status_shows_inline_and_changes_nothing(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    assert not pane.status_actions["closed"].isEnabled()  # only a solved conversation closes
    with qtbot.assertNotEmitted(pane.changed):
        assert not pane.set_status("closed")
    assert pane.strip.kind == "error" and "must be solved" in pane.strip.text.text()
    assert conversation(desk).status == "new"


def test_tags_are_added_and_removed_from_the_header(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_T)
    assert pane.header.tag_edit.hasFocus()
    type_text(qtbot, pane.header.tag_edit, "VIP customer")
    qtbot.keyClick(pane.header.tag_edit, Qt.Key.Key_Return)
    assert conversation(desk).tags == ["vip-customer"]
    assert [chip.text() for chip in pane.header.tag_chips] == ["vip-customer"]

    type_text(qtbot, pane.header.tag_edit, "no spaces allowed!")
    qtbot.keyClick(pane.header.tag_edit, Qt.Key.Key_Return)
    assert pane.strip.kind == "error" and "not a valid tag" in pane.strip.text.text()

    menu = pane.header.tag_chips[0].menu()
    assert menu is not None
    menu.actions()[0].trigger()
    assert conversation(desk).tags == []


def test_follow_up_choices_and_clearing(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    tomorrow = follow_up_choices(desk.clock.now())[0]
    assert tomorrow.at == local_morning(desk.clock.now().astimezone().date() + dt.timedelta(days=1))
    assert tomorrow.at.astimezone().hour == 9
    pane.follow_up_menu.quick_actions["tomorrow"].trigger()
    assert conversation(desk).follow_up_at == tomorrow.at
    assert pane.header.follow_up_button.text().startswith("Follow-up")
    assert pane.follow_up_menu.clear_action.isEnabled()

    week = follow_up_choices(desk.clock.now())[2]
    pane.follow_up_menu.quick_actions["week"].trigger()
    assert conversation(desk).follow_up_at == week.at
    assert (week.at.astimezone().date() - desk.clock.now().astimezone().date()).days == 7

    pane.follow_up_menu.clear_action.trigger()
    assert conversation(desk).follow_up_at is None
    assert [e.data["at"] is None for e in events(desk, "follow_up")] == [False, False, True]


def test_follow_up_dialog_refuses_the_past(qtbot: QtBot, desk: Desk) -> None:
    from agentdesk.gui.follow_up import FollowUpDialog

    dialog = FollowUpDialog(desk.clock.now(), None)
    qtbot.addWidget(dialog)
    today = desk.clock.now().astimezone()
    dialog.calendar.setSelectedDate(dialog.calendar.minimumDate())
    dialog.time.setTime(dialog.time.time().fromString("00:01", "HH:mm"))
    dialog._accept()
    assert dialog.chosen is None and dialog.error.text() == "Pick a moment in the future."
    dialog.time.setTime(dialog.time.time().fromString("23:59", "HH:mm"))
    dialog._accept()
    assert dialog.chosen is not None and dialog.chosen.astimezone().date() == today.date()


# -- header, SLA and customer panel --------------------------------------------------------------


def test_header_shows_the_conversation_and_a_live_sla_line(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    detail = pane.show_conversation(desk.conversation)
    assert detail is not None and detail.sla is not None
    header = pane.header
    assert header.subject.text() == "Payment failed at checkout"
    assert header.number.text() == "#1"
    assert "Jens Hansen" in header.customer.text() and "Email" in header.customer.text()
    assert "Premium" in header.customer.toolTip()  # plan, language and company: in the tooltip
    assert header.status_button.text().startswith("New")
    assert header.tier_chip.text().startswith(labels.tier_name(1))
    sla = header.sla.text()
    assert "FR" in sla and "RES" in sla
    before = sla
    desk.clock.advance(hours=3)  # premium email, normal: 4 business hours to the first response
    pane.tick()
    assert header.sla.text() != before
    desk.clock.advance(hours=2)
    pane.tick()
    assert "\u2212" in header.sla.text()  # overdue now: a minus sign
    assert theme.DANGER in header.sla.text()
    assert "due" in header.sla.toolTip()


def test_sla_durations_read_like_the_design() -> None:
    assert duration(4) == "4m"
    assert duration(65) == "1h 05m"
    assert duration(2 * 480 + 3 * 60) == "2d 3h"
    assert duration(24 * 60, 24 * 60) == "1d"


def test_customer_panel_shows_the_profile_and_opens_earlier_conversations(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    older = desk.services.inbox.create_conversation(
        desk.customer, "phone", "Invoice question", "Call about VAT"
    ).id
    desk.services.inbox.set_status(older, "solved")
    with desk.store.write() as session:
        customer = session.get(Customer, desk.customer)
        assert customer is not None
        customer.other_emails = ["jens.private@example.dk"]
        customer.notes = "Prefers phone calls in the morning."
        session.add(
            SurveyResponse(
                id=uuid7(), conversation_id=older, customer_id=desk.customer, kind="csat", score=5,
                scale_min=1, scale_max=5, created_at=desk.clock.now(), updated_at=desk.clock.now(),
            )
        )  # fmt: skip
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    panel = pane.customer_panel
    assert panel.name.text() == "Jens Hansen"
    assert panel.plan.text() == "Premium"
    assert panel.fields["email"][1].value() == "jens@example.dk"
    assert panel.fields["other_emails"][1].value() == "jens.private@example.dk"
    assert panel.fields["phone"][1].value() == "+45 20 30 40 50"
    assert panel.fields["company"][1].value() == "Hansen ApS"
    assert panel.notes.text() == "Prefers phone calls in the morning."
    tree = panel.tree
    assert tree.model().rowCount() == 1
    other = tree.conversation_at(0)
    assert other is not None and other.status == "solved" and other.csat is not None
    assert other.csat.score == 5

    rect = tree.visualRect(tree.model().index(0, 0))
    with qtbot.waitSignal(pane.conversation_requested) as requested:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested.args == [older]
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(0, 0))
    with qtbot.waitSignal(pane.conversation_requested) as requested:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert requested.args == [older]


@pytest.mark.parametrize("size", [(1440 - 560, 860), (1024 - 560, 640)])
def test_pane_fits_wide_and_narrow_without_clipping(
    qtbot: QtBot, desk: Desk, make_pane: MakePane, size: tuple[int, int]
) -> None:
    pane = make_pane(desk, size=size)
    pane.show_conversation(desk.conversation)
    qtbot.waitUntil(lambda: pane.body_splitter.sizes()[1] > 0)
    side = size[0] >= 760
    assert (pane.body_splitter.orientation() == Qt.Orientation.Horizontal) == side
    panel = pane.customer_panel
    if not side:
        assert panel.collapsed  # a short pane keeps the strip to the customer's name at first
        qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
        assert not panel.collapsed and panel.body.isVisible() and panel.empty.isVisible()
    for widget in (pane.header.status_button, pane.composer.send_button, panel.name, pane.timeline):
        top_left = widget.mapTo(pane, QPoint(0, 0))
        assert widget.isVisible()
        assert top_left.x() >= 0 and top_left.y() >= 0
        assert top_left.x() + widget.width() <= pane.width() + 1
        assert top_left.y() + widget.height() <= pane.height() + 1
    assert pane.timeline.height() >= 120


# -- hostile messages ----------------------------------------------------------------------------

EVIL_IMAGE = "https://tracker.example/pixel.png?u=jens"
HOSTILE_HTML = (
    "<p>Hello, my order is attached.</p>"
    '<script>alert("stolen")</script>'
    f'<img src="{EVIL_IMAGE}" onerror="alert(1)">'
    '<a href="javascript:alert(2)">click me</a>'
    '<a href="agentdesk:whole?m=00000000000000000000000000000000">fake internal link</a>'
    '<iframe src="http://evil.example/frame"></iframe>'
    '<p style="background-image: url(http://evil.example/bg.png)">styled text</p>'
    "<p>مرحبا، طلبي لم يصل بعد</p>"
    "<p>Thanks 😀🎉</p>"
)


def _hostile_message(desk: Desk) -> uuid.UUID:
    """A mail as an import or a sync could bring it: not through the service's size limit."""
    filler = "A very long pasted log line with ordinary words in it\n" * 380_000  # ~20 MB
    message_id = uuid7()
    now = desk.clock.now()
    with desk.store.write() as session:
        session.add(
            Message(
                id=message_id,
                conversation_id=desk.conversation,
                direction="inbound",
                channel="email",
                author_name="Jens Hansen",
                body_text="Hello, my order is attached.\n" + filler,
                body_html=HOSTILE_HTML + "<pre>" + filler + "</pre>",
                created_at=now,
                updated_at=now,
            )
        )
        session.flush()  # the message before its attachment (no relationship orders them)
        session.add(
            Attachment(
                id=uuid7(),
                message_id=message_id,
                filename="invoice-4471.pdf",
                content_type="application/pdf",
                size=123_456,
                updated_at=now,
            )
        )
    return message_id


def test_hostile_message_renders_safely_and_fast_with_images_blocked_until_allowed(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    message_id = _hostile_message(desk)
    pane = make_pane(desk)
    asked: list[str] = []
    original = pane.timeline.loadResource

    def spy(kind: int, name: QUrl | str) -> object:
        asked.append(QUrl(name).toString())
        return original(kind, name)

    pane.timeline.loadResource = spy  # type: ignore[method-assign, assignment]
    started = time.perf_counter()
    pane.show_conversation(desk.conversation)
    pane.timeline.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert elapsed < 1.5, f"a 20 MB message took {elapsed:.2f} s to show"

    html = pane.timeline.document().toHtml()
    text = pane.timeline.toPlainText()
    assert "<script" not in html.lower() and "alert(" not in html
    assert "javascript:" not in html and "evil.example" not in html and "tracker.example" not in html
    assert "00000000000000000000000000000000" not in html  # no internal link smuggled in
    assert "1 remote image blocked" in text
    assert "Show the whole message" in text
    assert f"{MAX_BODY_CHARS:,}" in text
    assert "invoice-4471.pdf" in text and "121 KB" in text and "PDF" in text
    assert "😀🎉" in text
    assert not any(url.startswith(("http:", "https:")) for url in asked)
    assert desk.fetcher.requests == []
    arabic = next(block for block in _blocks(pane.timeline.document()) if "مرحبا" in block.text())
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft

    # The agent allows the images of this message: the pane fetches them, the browser does not.
    pane.timeline.anchorClicked.emit(QUrl(f"agentdesk:images?m={message_id.hex}"))
    assert desk.fetcher.requests == [EVIL_IMAGE]
    assert "Loading images…" in pane.timeline.toPlainText()
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    desk.fetcher.deliver(EVIL_IMAGE, picture)
    qtbot.waitUntil(lambda: EVIL_IMAGE in pane.timeline.document().toHtml())
    resource = pane.timeline.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(EVIL_IMAGE))
    assert resource is not None and not QImage(resource).isNull()
    assert "remote image blocked" not in pane.timeline.toPlainText()


def test_the_whole_message_opens_in_a_viewer_without_blocking(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    message_id = _hostile_message(desk)
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    started = time.perf_counter()
    pane.timeline.anchorClicked.emit(QUrl(f"agentdesk:whole?m={message_id.hex}"))
    assert time.perf_counter() - started < 0.5  # the rest arrives in slices
    viewer = pane.timeline.viewers[-1]
    assert isinstance(viewer, MessageViewer) and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.loaded, timeout=20_000)
    assert viewer.text.document().characterCount() >= 20_000_000
    viewer.close()


def test_failed_images_say_so(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    desk.other.inbox.add_inbound_message(
        desk.conversation, "see picture", body_html=f'<p>see <img src="{EVIL_IMAGE}"></p>'
    )
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    pane.images_action.trigger()  # every message of the conversation
    desk.fetcher.deliver(EVIL_IMAGE, None)
    qtbot.waitUntil(lambda: "1 image could not be loaded" in pane.timeline.toPlainText())


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    found = []
    block = document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_sanitizer_collects_remote_images_and_drops_everything_else() -> None:
    markup = f'<p>a<img src="{EVIL_IMAGE}" alt="x>y"><img src="data:image/png;base64,AAAA"><img></p>'
    assert remote_image_urls(markup) == (EVIL_IMAGE,)
    assert sanitize(markup) == "<p>a</p>"
    allowed = sanitize(markup, images_allowed=True, images={EVIL_IMAGE: "loaded"})
    assert allowed == f'<p>a<img src="{EVIL_IMAGE}"></p>'
    assert "\u200b" in breakable("x" * 5000) and breakable("short words") == "short words"
    assert hard_wrapped("y" * 25_000).count("\n") == 2


def test_opening_a_long_conversation_is_quick(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    start = desk.clock.now()
    with desk.store.write() as session:
        for i in range(200):
            when = start + dt.timedelta(minutes=i)
            session.add(
                Message(
                    id=uuid7(), conversation_id=desk.conversation,
                    direction="inbound" if i % 2 else "outbound", channel="email",
                    author_name="Jens Hansen" if i % 2 else "Maja Jensen",
                    body_text=f"Message {i}: " + "some words of an ordinary mail " * 12,
                    body_html=None if i % 3 else f"<p>Message {i}</p><p>{'with <b>markup</b> ' * 10}</p>",
                    created_at=when, updated_at=when,
                )
            )  # fmt: skip
    pane = make_pane(desk)
    started = time.perf_counter()
    pane.show_conversation(desk.conversation)
    pane.timeline.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"200 messages took {elapsed:.2f} s"
    assert "Message 199" in pane.timeline.toPlainText()


# -- new conversation ----------------------------------------------------------------------------


def _open_dialog(qtbot: QtBot, pane: ConversationPane) -> NewConversationDialog:
    dialog = pane.new_conversation()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_new_phone_call_with_a_new_customer_by_keyboard(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    dialog = _open_dialog(qtbot, pane)
    assert dialog.channel.hasFocus() and dialog.channel.currentData() == "phone"
    qtbot.keyClick(dialog.channel, Qt.Key.Key_W, ALT)  # "Ne&w customer" (clicked after a short flash)
    qtbot.waitUntil(lambda: dialog.new_customer.isChecked() and dialog.customer_name.hasFocus())
    type_text(qtbot, dialog.customer_name, "Karen Lund")
    qtbot.keyClick(dialog.customer_name, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.customer_email, "karen@lund.dk")
    qtbot.keyClick(dialog.customer_email, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.customer_phone, "+45 11 22 33 44")
    qtbot.keyClick(dialog.customer_phone, Qt.Key.Key_S, ALT)  # "&Subject"
    assert dialog.subject.hasFocus()
    type_text(qtbot, dialog.subject, "Callback about a broken lamp")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.body, "The lamp flickers since Monday.")
    with qtbot.waitSignal(pane.changed) as changed:
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, CTRL)

    created = changed.args[0]
    conv = conversation(desk, created)
    assert conv.channel == "phone" and conv.subject == "Callback about a broken lamp"
    with desk.store.read() as session:
        message = session.scalars(select(Message).where(Message.conversation_id == created)).one()
        created_event = session.scalars(
            select(ConversationEvent).where(
                ConversationEvent.conversation_id == created, ConversationEvent.kind == "created"
            )
        ).one()
    assert message.direction == "inbound" and message.meta["logged_by"] == str(desk.agent)
    assert created_event.data["by"] == "agent"
    assert desk.services.inbox.find_customer_by_email("karen@lund.dk") == conv.customer_id
    assert pane.detail is not None and pane.detail.id == created
    assert "Logged by hand (Phone)" in pane.timeline.toPlainText()


def test_new_letter_for_an_existing_customer_found_by_lookup(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    dialog = _open_dialog(qtbot, pane)
    qtbot.keyClicks(dialog.channel, "Letter")
    assert dialog.channel.currentData() == "letter"
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)  # to the customer choice
    dialog.customer_search.setFocus()
    type_text(qtbot, dialog.customer_search, "Hansen")
    qtbot.waitUntil(lambda: dialog.customer_results.count() > 0, timeout=3000)
    assert "Jens Hansen" in dialog.customer_results.item(0).text()
    assert "jens@example.dk" in dialog.customer_results.item(0).text()
    qtbot.keyClick(dialog.customer_search, Qt.Key.Key_Down)
    assert dialog.customer_results.hasFocus()
    assert dialog.picked_customer() is not None and dialog.picked_customer().id == desk.customer  # type: ignore[union-attr]
    qtbot.keyClick(dialog.customer_results, Qt.Key.Key_S, ALT)
    type_text(qtbot, dialog.subject, "Letter: cancel my subscription")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.body, "Dear team, please cancel.")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.priority, "High")
    with qtbot.waitSignal(pane.changed) as changed:
        qtbot.keyClick(dialog.priority, Qt.Key.Key_Return, CTRL)
    conv = conversation(desk, changed.args[0])
    assert conv.customer_id == desk.customer and conv.channel == "letter" and conv.priority == "high"
    assert events(desk, "created")  # the first conversation is untouched
    assert pane.detail is not None and pane.detail.subject == "Letter: cancel my subscription"


def test_new_conversation_problems_show_inline_and_nothing_is_lost(
    qtbot: QtBot, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    dialog = _open_dialog(qtbot, pane)
    dialog.accept()  # nothing filled in
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Give the conversation a subject."
    dialog.subject.setText("Walk-in: returns a jacket")
    dialog.body.setPlainText("Wrong size.")
    dialog.accept()
    assert "Pick the customer" in dialog.error.text() and dialog.isVisible()
    dialog.new_customer.setChecked(True)
    dialog.customer_name.setText("Anna Berg")
    dialog.customer_email.setText("jens@example.dk")  # belongs to Jens already
    dialog.accept()
    assert "already belongs to a customer" in dialog.error.text() and dialog.isVisible()
    dialog.customer_email.setText("not-an-address")
    dialog.accept()
    assert "is not an email address" in dialog.error.text()
    dialog.customer_email.clear()
    with qtbot.waitSignal(pane.changed):
        dialog.accept()
    assert dialog.created is not None
    assert conversation(desk, dialog.created.id).subject == "Walk-in: returns a jacket"


# -- keyboard and menus --------------------------------------------------------------------------


def test_actions_for_menu_carry_their_shortcuts(desk: Desk, make_pane: MakePane) -> None:
    pane = make_pane(desk)
    actions = pane.actions_for_menu()
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in actions if not a.isSeparator()}
    assert keys["Reply"] == "R" and keys["Internal note"] == "N"
    assert keys["Send"] == "Ctrl+Return"
    assert keys["Send and set waiting"] == "Ctrl+Shift+Return"
    assert keys["Send and solve"] == "Ctrl+Alt+Return"
    assert keys["Change status…"] == "S" and keys["Change priority…"] == "P" and keys["Assign…"] == "A"
    assert keys["Follow up…"] == "F"
    assert all(not a.isEnabled() for a in (pane.reply_action, pane.status_open_action))  # nothing open
    assert pane.composer.send_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    pane.show_conversation(desk.conversation)
    assert pane.reply_action.isEnabled() and pane.status_menu.menuAction().isEnabled()


def test_theme_switch_recolours_the_pane(
    qtbot: QtBot, qapp: QApplication, desk: Desk, make_pane: MakePane
) -> None:
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    qtbot.keyClick(pane.timeline, Qt.Key.Key_N)
    try:
        apply_theme(qapp, "dark")
        qapp.sendPostedEvents(None, QEvent.Type.PaletteChange.value)
        qtbot.waitUntil(lambda: theme.NOTE_BG in pane.composer.frame.styleSheet())
        assert theme.is_dark()
        assert theme.SURFACE in pane.conversation_header.styleSheet()
        assert theme.SURFACE in pane.properties.styleSheet()
    finally:
        apply_theme(qapp, "light")


# -- fetching remote images over real HTTP (a server on loopback) ---------------------------------


@pytest.fixture
def image_server() -> Iterator[str]:
    """A tiny HTTP server on 127.0.0.1: a picture, a picture too big to fetch, and a page."""
    picture = QImage(30, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("green"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide takes str here
    png = bytes(buffer.data().data())
    bodies = {
        "/ok.png": ("image/png", png),
        "/huge.png": ("image/png", png + b"\0" * (MAX_IMAGE_BYTES + 10)),
        "/page.html": ("text/html", b"<html>not a picture</html>"),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (http.server's name)
            found = bodies.get(self.path)
            if found is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", found[0])
            self.send_header("Content-Length", str(len(found[1])))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client may hang up on a too-big body
                self.wfile.write(found[1])

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_network_fetcher_loads_pictures_within_limits(qtbot: QtBot, image_server: str) -> None:
    fetcher = NetworkImageFetcher()
    results: dict[str, QImage | None] = {}

    def done(url: str, image: QImage | None) -> None:
        results[url] = image

    urls = [f"{image_server}/ok.png", f"{image_server}/huge.png", f"{image_server}/page.html"]
    for url in [*urls, f"{image_server}/missing.png", "ftp://example.invalid/x.png"]:
        fetcher.fetch(url, done)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=10_000)
    ok = results[urls[0]]
    assert ok is not None and ok.size().width() == 30
    assert results[urls[1]] is None  # over the size limit: aborted
    assert results[urls[2]] is None  # not a picture
    assert results[f"{image_server}/missing.png"] is None
    assert results["ftp://example.invalid/x.png"] is None
    # Delete the fetcher (and its network manager) at a moment of our choosing, inside the event
    # loop, rather than whenever the garbage collector gets to it during a later test.
    with qtbot.waitSignal(fetcher.destroyed, timeout=5_000):
        fetcher.deleteLater()


def test_decoding_refuses_a_picture_that_announces_too_many_pixels() -> None:
    picture = QImage(400, 300, QImage.Format.Format_RGB32)
    picture.fill(QColor("blue"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide takes str here
    data = bytes(buffer.data().data())
    assert decode_image(data) is not None
    assert decode_image(data, max_pixels=1000) is None
    assert decode_image(b"not a picture") is None


def test_tab_walks_the_pane_in_reading_order(qtbot: QtBot, desk: Desk, make_pane: MakePane) -> None:
    desk.services.inbox.tag(desk.conversation, add=["billing"])
    pane = make_pane(desk)
    pane.show_conversation(desk.conversation)
    pane.composer.editor.setPlainText("Hello")  # Send takes the focus only when there is something to send
    pane.header.status_button.setFocus()
    seen: list[QWidget] = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        if widget is pane.composer.send_button:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    properties = pane.properties
    assert not properties.row.overflow()  # everything fits at this width
    expected = [
        properties.status_button,
        properties.priority_button,
        properties.tier_chip,
        properties.escalate_button,
        properties.team_button,
        properties.assignee_button,
        properties.take_button,
        properties.follow_up_button,
        properties.tag_chips[0],
        properties.add_tag_button,
        pane.customer_panel.edit,  # the customer's card heads the side column: Edit customer
        pane.timeline,
        pane.composer.reply_toggle,  # the mode toggles behave like radio buttons: arrows move
        pane.composer.editor,
        pane.composer.expand_button,
        pane.composer.send_button,
    ]
    assert seen == expected
