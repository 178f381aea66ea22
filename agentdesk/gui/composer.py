# SPDX-License-Identifier: GPL-3.0-or-later
"""The composer: where the agent writes a reply to the customer or an internal note.

**Drafts.** What the agent writes is saved per conversation as they type (``DraftService.save``,
debounced by ``SAVE_DELAY_MS``, and at once when they switch mode or conversation or send), so a
crash or a power cut loses at most the last moment of typing, and reopening the conversation
brings the text back. The first save also records which state of the conversation the agent had
in front of them (``seen_activity_at``); the pane compares it before sending (change detection).

**Modes.** Reply and Internal note look different on purpose (the note mode is amber, like notes
in the timeline, and says who sees it), because a note sent as a reply reaches the customer and
cannot be taken back.

**Size.** The text box shows three lines at first and grows with the text (``height_wanted``,
``preferred_height``) up to a limit the pane sets (about two fifths of the conversation); the
expand button (``expand_toggled``) asks the pane for much more room for a long answer, and the
splitter above the composer lets the agent drag it to any height.

The composer only writes drafts; sending is the pane's job (``send_requested``), since it needs
the conversation's state and shows the outcome in the timeline.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.address_fields import AddressFields
from agentdesk.gui.conversation.call_timer import CallTimer
from agentdesk.gui.elided_label import ElidedLabel
from agentdesk.gui.kb_completer import ArticleCompleter
from agentdesk.gui.mention_completer import MentionCompleter
from agentdesk.gui.reply_completer import ReplyCompleter
from agentdesk.inbox.delivery import EMAIL, LOGGED, NONE
from agentdesk.inbox.drafts import DraftService, DraftText

log = logging.getLogger("agentdesk.gui.composer")

SAVE_DELAY_MS = 400
NARROW_WIDTH = 560  # narrower: "Note" instead of "Internal note", no "Draft saved" line
MIN_LINES = 3  # the text box shows at least this many lines; more as the text grows
REPLY = "reply"
NOTE = "note"


def _frame_style(mode: str) -> str:
    """The text box's frame: white for a reply, amber for a note (read at use: themes switch)."""
    note = mode == NOTE
    background = theme.NOTE_BG if note else theme.SURFACE
    border = theme.NOTE_BORDER if note else theme.BORDER
    focused = theme.NOTE_LABEL if note else theme.ACCENT
    return f"""
        QFrame#composerFrame {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}
        QFrame#composerFrame[focused="true"] {{ border-color: {focused}; }}
        QPlainTextEdit#composerEditor {{ background: transparent; border: none; color: {theme.TEXT}; }}
    """


def _faded(colour: str, alpha: float = 0.45) -> str:
    c = QColor(colour)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


def _composer_style() -> str:
    return f"""
    QWidget#composer {{ background: {theme.WINDOW}; }}
    QToolButton[modeToggle="true"] {{ border: 1px solid transparent; border-radius: 4px;
        padding: 3px 10px; color: {theme.TEXT_MUTED}; font-weight: 600; }}
    QToolButton[modeToggle="true"]:hover {{ background: {theme.HOVER}; }}
    QToolButton[modeToggle="true"]:focus {{ border-color: {theme.SELECTION_BORDER}; }}
    QToolButton#replyToggle:checked {{ background: {theme.SELECTION}; color: {theme.ACCENT}; }}
    QToolButton#noteToggle:checked {{ background: {theme.NOTE_BG}; color: {theme.NOTE_LABEL};
        border-color: {theme.NOTE_BORDER}; }}
    QLabel#composerHint, QLabel#draftState {{ color: {theme.TEXT_FAINT}; }}
    QLabel#composerWarning {{ color: {theme.CAUTION}; font-weight: 600; }}
    QLabel#deliveryNote {{ color: {theme.DANGER}; font-weight: 600; }}
    QLabel#signaturePreview {{ color: {theme.TEXT_FAINT}; }}
    QToolButton#emailInstead {{ border: none; color: {theme.ACCENT}; text-decoration: underline;
        padding: 2px; }}
    QToolButton#emailInstead:focus {{ border: 1px solid {theme.SELECTION_BORDER}; }}
    QToolButton#expandButton {{ border: 1px solid transparent; border-radius: 4px; padding: 3px; }}
    QToolButton#expandButton:hover {{ background: {theme.HOVER}; }}
    QToolButton#expandButton:focus {{ border-color: {theme.SELECTION_BORDER}; }}
    QToolButton#sendButton {{ background: {theme.ACCENT}; color: {theme.SURFACE};
        border: 1px solid {theme.ACCENT}; border-radius: 4px; padding: 4px 30px 4px 12px; font-weight: 600; }}
    QToolButton#sendButton:disabled {{ background: {_faded(theme.ACCENT)}; border-color: transparent;
        color: {_faded(theme.SURFACE, 0.85)}; }}
    QToolButton#sendButton:focus {{ border-color: {theme.TEXT}; }}
    QToolButton#sendButton[note="true"] {{ background: {theme.NOTE_LABEL}; color: {theme.NOTE_BG};
        border-color: {theme.NOTE_LABEL}; }}
    QToolButton#sendButton[note="true"]:disabled {{ background: {_faded(theme.NOTE_LABEL)}; }}
    QToolButton#sendButton::menu-button {{ border-left: 1px solid rgba(255, 255, 255, 0.45); width: 18px; }}
"""


class DraftEdit(QPlainTextEdit):
    """The text box; Esc leaves it (the window puts the focus back on the list). While the canned
    reply list is open, the keys that choose in it are its own.

    Files and pictures pasted or dropped on it (Ctrl+V, the context menu's Paste, Edit → Paste, a
    drop) all come through ``insertFromMimeData``: ``takes_files`` says whether it is for the
    files row (``gui.conversation.outgoing_attachments``), which ``take_files`` attaches."""

    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replies = ReplyCompleter(self)
        self.mentions = MentionCompleter(self)  # "@" in a note: agents' names
        self.articles = ArticleCompleter(self)  # "?" and words: knowledge-base articles
        self.takes_files: Callable[[QMimeData], bool] = lambda _data: False
        self.take_files: Callable[[QMimeData], None] = lambda _data: None

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802  (Qt's name)
        return self.takes_files(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802  (Qt's name)
        if self.takes_files(source):
            self.take_files(source)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(c.handles_key(event.key()) for c in (self.replies, self.mentions, self.articles)):
            event.ignore()  # the list's popup acts on it
            return
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """Mode toggle, text box, send button (with "and set waiting" / "and solve") and draft state.

    **Honest delivery.** The reply's route (``set_delivery``: by email, logged, not delivered; see
    ``inbox.delivery``) decides what the composer says: who gets it and how, and the button's word —
    "Send", "Log" (phone, letter, walk-in: the agent records what was said) or "Save — not
    delivered" (no connection for the channel). Where the customer has an address and a mailbox
    can send, "Answer by email instead" turns the reply into an email (``by_email``). A reply by
    email shows its Cc and Bcc fields and the signature it will carry (``set_signature_preview``).
    """

    send_requested = Signal(object)  # the status to set with the message: None, "pending", "solved"
    left = Signal()  # Esc in the text box
    failed = Signal(str)  # a draft could not be saved: a sentence for the agent
    height_wanted = Signal()  # the text grew or shrank by a line: ``preferred_height`` changed
    expand_toggled = Signal(bool)  # the agent asked for a large composer (True) or the usual one
    route_changed = Signal()  # "Answer by email instead" was switched: the signature preview may change
    typing = Signal(object)  # conversation id: the agent typed in a reply (not a note)

    def __init__(self, drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.setObjectName("composer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_composer_style())
        self.conversation_id: uuid.UUID | None = None
        self.seen_activity_at: dt.datetime | None = None
        self._mode = REPLY
        self._dirty = False
        self._loading = False
        self._recipient = ""
        self._channel = ""
        self._route = EMAIL
        self._offer_email = False
        self._mailbox = ""
        self._no_mailbox = False  # an email conversation and no mailbox: not delivered
        self._narrow = False
        self._addressed = False  # the agent set the Cc or Bcc (kept with the draft; else the usual)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        self.reply_toggle = self._toggle("replyToggle", self.tr("Reply"), "mdi6.reply-outline")
        self.note_toggle = self._toggle("noteToggle", self.tr("Internal note"), "mdi6.lock-outline")
        self.reply_toggle.setToolTip(self.tr("Reply to the customer (R)"))
        self.note_toggle.setToolTip(self.tr("Internal note: only agents see it (N)"))
        self.reply_toggle.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.reply_toggle)
        group.addButton(self.note_toggle)
        self.reply_toggle.clicked.connect(lambda: self.set_mode(REPLY))
        self.note_toggle.clicked.connect(lambda: self.set_mode(NOTE))
        self.audience = ElidedLabel()
        self.audience.setObjectName("composerHint")
        self.draft_state = QLabel()
        self.draft_state.setObjectName("draftState")
        self.draft_state.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_state.setMinimumWidth(1)  # never what keeps the pane from getting narrower

        self.editor = DraftEdit()
        self.editor.setObjectName("composerEditor")
        self.editor.setTabChangesFocus(True)  # Tab moves on to Send; a reply has no use for tabs
        self.editor.setMinimumHeight(self._lines_height(2))
        self.editor.textChanged.connect(self._text_changed)
        self.editor.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self._lines_changed()
        )
        self._lines = MIN_LINES
        self.editor.escape_pressed.connect(self.left)
        self.frame = QFrame()
        self.frame.setObjectName("composerFrame")
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(8, 6, 8, 6)
        frame_layout.addWidget(self.editor)
        self.editor.installEventFilter(self)
        self.signature_preview = ElidedLabel()
        self.signature_preview.setObjectName("signaturePreview")
        self.signature_preview.hide()
        frame_layout.addWidget(self.signature_preview)
        self.addresses = AddressFields()
        self.addresses.hide()
        self.addresses.cc_edit.textChanged.connect(lambda _text: self._addresses_changed())
        self.addresses.bcc_edit.textChanged.connect(lambda _text: self._addresses_changed())
        self.email_button = QToolButton()
        self.email_button.setObjectName("emailInstead")
        self.email_button.setCheckable(True)
        self.email_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.email_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.email_button.hide()
        self.email_button.toggled.connect(self._email_toggled)

        self.warning = QLabel()
        self.warning.setObjectName("composerWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.delivery_note = QLabel()  # why a reply here is not delivered (wraps; the line is short)
        self.delivery_note.setObjectName("deliveryNote")
        self.delivery_note.setTextFormat(Qt.TextFormat.PlainText)
        self.delivery_note.setWordWrap(True)
        # The note and "Answer by email instead" share a row above the buttons (the row of
        # buttons keeps its room for Send in every language).
        self.delivery_row = QWidget()
        self.delivery_row.setObjectName("deliveryRow")
        delivery_layout = QHBoxLayout(self.delivery_row)
        delivery_layout.setContentsMargins(0, 0, 0, 0)
        delivery_layout.setSpacing(8)
        delivery_layout.addWidget(self.delivery_note, 1)
        delivery_layout.addWidget(self.email_button, 0, Qt.AlignmentFlag.AlignTop)
        self.call_timer = CallTimer(self.drafts.clock.now)  # a phone reply keeps the call's length
        delivery_layout.insertWidget(0, self.call_timer)
        self.delivery_row.hide()
        self.expand_button = QToolButton()
        self.expand_button.setObjectName("expandButton")
        self.expand_button.setCheckable(True)
        self.expand_button.setAutoRaise(True)
        self.expand_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.expand_button.toggled.connect(self._expand_toggled)

        self.send_action = QAction(icons.icon("mdi6.send", theme.SURFACE), self.tr("Send"), self)
        self.send_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action.triggered.connect(lambda: self.send_requested.emit(None))
        self.send_waiting_action = QAction(
            icons.icon("mdi6.timer-sand", theme.TEXT_MUTED), self.tr("Send and set waiting"), self
        )
        self.send_waiting_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")]
        )
        self.send_waiting_action.setStatusTip(
            self.tr("Send the reply and wait for the customer (status Pending)")
        )
        self.send_waiting_action.triggered.connect(lambda: self.send_requested.emit("pending"))
        self.send_solve_action = QAction(
            icons.icon("mdi6.check-circle-outline", theme.TEXT_MUTED), self.tr("Send and solve"), self
        )
        self.send_solve_action.setShortcuts([QKeySequence("Ctrl+Alt+Return"), QKeySequence("Ctrl+Alt+Enter")])
        self.send_solve_action.setStatusTip(self.tr("Send the reply and set the conversation to Solved"))
        self.send_solve_action.triggered.connect(lambda: self.send_requested.emit("solved"))
        for action in self.send_actions():
            # Anywhere in the pane, but not from the list or the search box of the window.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.send_menu = QMenu(self)
        self.send_menu.addAction(self.send_waiting_action)
        self.send_menu.addAction(self.send_solve_action)
        self.send_button = QToolButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefaultAction(self.send_action)
        self.send_button.setMenu(self.send_menu)
        self.send_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.send_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.send_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # One row under the text box: mode, who will read it and the draft's state, Send.
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(4)
        bottom.addWidget(self.reply_toggle)
        bottom.addWidget(self.note_toggle)
        bottom.addSpacing(8)
        bottom.addWidget(self.audience, 1)
        bottom.addWidget(self.draft_state)
        bottom.addSpacing(4)
        bottom.addWidget(self.expand_button)
        bottom.addWidget(self.send_button)
        self._bottom = bottom

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(5)
        layout.addWidget(self.addresses)
        layout.addWidget(self.frame, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.delivery_row)
        layout.addLayout(bottom)
        self._frame_layout = frame_layout
        self.setTabOrder(self.reply_toggle, self.note_toggle)
        self.setTabOrder(self.note_toggle, self.addresses.cc_edit)
        self.setTabOrder(self.addresses.cc_edit, self.addresses.bcc_edit)
        self.setTabOrder(self.addresses.bcc_edit, self.editor)
        self.setTabOrder(self.editor, self.email_button)
        self.setTabOrder(self.email_button, self.expand_button)
        self.setTabOrder(self.expand_button, self.send_button)
        self._show_expand(False)
        self._apply_mode()

    def apply_theme(self) -> None:
        """Colours and icons again, after the theme changed."""
        self.setStyleSheet(_composer_style())
        self.reply_toggle.setIcon(icons.icon("mdi6.reply-outline", theme.TEXT_MUTED))
        self.note_toggle.setIcon(icons.icon("mdi6.lock-outline", theme.TEXT_MUTED))
        self.send_waiting_action.setIcon(icons.icon("mdi6.timer-sand", theme.TEXT_MUTED))
        self.send_solve_action.setIcon(icons.icon("mdi6.check-circle-outline", theme.TEXT_MUTED))
        self.addresses.apply_theme()
        self._show_expand(self.expand_button.isChecked())
        self._apply_mode()

    def _toggle(self, name: str, text: str, icon_name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setProperty("modeToggle", True)
        button.setText(text)
        button.setIcon(icons.icon(icon_name, theme.TEXT_MUTED))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # the hint gives way
        return button

    def send_actions(self) -> list[QAction]:
        return [self.send_action, self.send_waiting_action, self.send_solve_action]

    # -- state ---------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def text(self) -> str:
        return self.editor.toPlainText()

    def open(
        self,
        conversation_id: uuid.UUID,
        draft: DraftText | None,
        *,
        seen_activity_at: dt.datetime,
        recipient: str,
        channel: str,
    ) -> None:
        """Show the draft of another conversation (saving the one before)."""
        self.flush()
        self.conversation_id = conversation_id
        self.seen_activity_at = seen_activity_at
        self._recipient = recipient
        self._channel = channel
        self._loading = True
        try:
            self.editor.setPlainText(draft.body if draft is not None else "")
        finally:
            self._loading = False
        self._dirty = False
        self._addressed = False  # until the draft's addressing is restored (restore_addressing)
        self._mode = draft.mode if draft is not None and draft.mode in (REPLY, NOTE) else REPLY
        self._set_draft_state(self._saved_text(draft.updated_at) if draft is not None else "")
        self.set_warning("")
        self._apply_mode()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def close_conversation(self) -> None:
        self.flush()
        self.conversation_id = None
        self._loading = True
        try:
            self.editor.clear()
        finally:
            self._loading = False
        self._set_draft_state("")

    def set_seen(self, activity_at: dt.datetime) -> None:
        """What the agent now has in front of them; recorded with the draft when it is first saved.
        Typing not saved yet was done against the earlier state, so it is saved with that first."""
        if self._dirty:
            self.flush()
        self.seen_activity_at = activity_at

    def set_mode(self, mode: str) -> None:
        if mode not in (REPLY, NOTE):
            return
        changed = mode != self._mode
        self._mode = mode
        self._apply_mode()
        if changed and self.text().strip():
            self._dirty = True
            self.flush()

    def set_delivery(
        self, route: str, *, offer_email: bool = False, mailbox: str = "", no_mailbox: bool = False
    ) -> None:
        """What a reply here does: ``route`` (``inbox.delivery``), whether "Answer by email
        instead" is offered, the mailbox a reply by email goes out from, and whether the route is
        "not delivered" because no mailbox is connected (an email conversation)."""
        self._route = route if route in (EMAIL, LOGGED, NONE) else NONE
        self._offer_email = offer_email and self._route != EMAIL
        self._mailbox = mailbox
        self._no_mailbox = no_mailbox
        self.email_button.blockSignals(True)
        self.email_button.setChecked(False)
        self.email_button.blockSignals(False)
        self._apply_mode()

    @property
    def route(self) -> str:
        """The route of the reply as the composer stands (EMAIL once "by email instead" is on)."""
        return EMAIL if self.by_email() else self._route

    def by_email(self) -> bool:
        """The agent chose "Answer by email instead"."""
        return self._offer_email and self.email_button.isChecked()

    def _email_toggled(self, _checked: bool) -> None:
        self._apply_mode()
        self.route_changed.emit()
        self._changed()  # kept with the draft

    def keep_addresses(self) -> None:
        """The Cc and Bcc as they stand are the agent's (typed, or Reply all): kept with the draft."""
        self._addressed = True
        self._changed()

    def _addresses_changed(self) -> None:
        if not self._loading:
            self.keep_addresses()

    def restore_addressing(
        self, copies: list[str], cc: str | None = None, bcc: str | None = None, by_email: bool = False
    ) -> None:
        """After ``set_delivery``: the usual Cc (``copies``), or the draft's Cc and Bcc where the
        agent set them (not None), and the draft's "Answer by email instead" where it is offered."""
        self._loading = True
        try:
            self.addresses.set_addresses(copies)
            if cc is not None or bcc is not None:
                self.addresses.cc_edit.setText(cc or "")
                self.addresses.bcc_edit.setText(bcc or "")
                self._addressed = True
            if by_email and self._offer_email:
                self.email_button.setChecked(True)
        finally:
            self._loading = False

    def _changed(self) -> None:
        """Something kept with the draft changed: saved soon (as typing is)."""
        if self._loading or self.conversation_id is None:
            return
        self._dirty = True
        self._save_timer.start()

    def set_signature_preview(self, block: str) -> None:
        """The signature a reply by email will carry, shown under the text ("" hides it)."""
        line = " · ".join(part.strip() for part in block.splitlines() if part.strip())
        self.signature_preview.set_value(self.tr("Signature: %1").replace("%1", line) if line else "")
        self.signature_preview.setToolTip(block)
        self._show_extras()

    def _show_extras(self) -> None:
        """Cc/Bcc and the signature show for a reply by email only."""
        mail = self._mode == REPLY and self.route == EMAIL and not self._no_mailbox
        changed = mail != self.addresses.isVisibleTo(self)
        self.addresses.setVisible(mail)
        self.signature_preview.setVisible(mail and bool(self.signature_preview.value()))
        if changed:
            self.height_wanted.emit()

    def set_warning(self, text: str) -> None:
        """A standing remark above the send button (a closed conversation); empty hides it."""
        changed = text != self.warning.text() or bool(text) != self.warning.isVisibleTo(self)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        # A closed or merged conversation takes no reply at all: that says it, not "not delivered".
        self._show_delivery_note("" if text or self._mode == NOTE else self._undelivered_text())
        if changed:
            self.height_wanted.emit()

    # -- size ------------------------------------------------------------------------------------

    def _lines_height(self, lines: int) -> int:
        """The text box's height for ``lines`` lines of text."""
        margin = int(self.editor.document().documentMargin())
        return lines * self.editor.fontMetrics().lineSpacing() + 2 * margin + 2 * self.editor.frameWidth() + 2

    def _chrome_height(self) -> int:
        """Everything but the text box: margins, the frame around it and the bottom row."""
        outer = self._layout.contentsMargins()
        inner = self._frame_layout.contentsMargins()
        height = (
            outer.top() + outer.bottom() + self._layout.spacing() + self._bottom.sizeHint().height()
            + inner.top() + inner.bottom() + 2  # the frame's border
        )  # fmt: skip
        width = max(100, self.width() - outer.left() - outer.right())
        if self.warning.isVisibleTo(self):
            height += self.warning.heightForWidth(width) + self._layout.spacing()
        if self.delivery_row.isVisibleTo(self):
            row = self.delivery_row.heightForWidth(width)
            height += (row if row > 0 else self.delivery_row.sizeHint().height()) + self._layout.spacing()
        return height

    def preferred_height(self, limit: int) -> int:
        """The height that shows the whole text (at least ``MIN_LINES`` lines), but no more than
        ``limit`` (the text box scrolls beyond that)."""
        wanted = self._chrome_height() + self._lines_height(max(MIN_LINES, self._lines))
        return max(self.minimumSizeHint().height(), min(wanted, limit))

    def _lines_changed(self) -> None:
        lines = max(1, round(self.editor.document().documentLayout().documentSize().height()))
        if lines != self._lines:
            self._lines = lines
            self.height_wanted.emit()

    def set_expanded(self, expanded: bool) -> None:
        """Show the expand button pressed or not (the pane says when the agent dragged instead)."""
        if self.expand_button.isChecked() != expanded:
            self.expand_button.blockSignals(True)
            self.expand_button.setChecked(expanded)
            self.expand_button.blockSignals(False)
            self._show_expand(expanded)

    def _expand_toggled(self, expanded: bool) -> None:
        self._show_expand(expanded)
        self.expand_toggled.emit(expanded)

    def _show_expand(self, expanded: bool) -> None:
        icon = "mdi6.arrow-collapse-vertical" if expanded else "mdi6.arrow-expand-vertical"
        self.expand_button.setIcon(icons.icon(icon, theme.TEXT_MUTED))
        self.expand_button.setToolTip(
            self.tr("Back to the usual size") if expanded else self.tr("More room to write")
        )

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _apply_mode(self) -> None:
        note = self._mode == NOTE
        self.editor.mentions.enabled = note
        self.reply_toggle.setChecked(not note)
        self.note_toggle.setChecked(note)
        self.frame.setStyleSheet(_frame_style(self._mode))
        self.send_button.setProperty("note", note)
        self.send_button.style().unpolish(self.send_button)
        self.send_button.style().polish(self.send_button)
        send_keys = self.send_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if note:
            self.audience.set_value(self.tr("Only agents see internal notes"))
            self.editor.setPlaceholderText(
                self.tr("Write an internal note… (%1 adds it)").replace("%1", send_keys)
            )
            self.send_action.setText(self.tr("Add note"))
            self.send_action.setIcon(icons.icon("mdi6.lock-outline", theme.NOTE_BG))
        else:
            self._apply_route(send_keys)
        self.email_button.setVisible(not note and self._offer_email)
        self._show_delivery_note("" if note or self.warning.text() else self._undelivered_text())
        self._show_extras()
        self._fit_send_button()
        what = self.send_action.text()
        if not note and self.route not in (EMAIL, LOGGED):
            what = self.tr("Save — not delivered")
        self.send_action.setToolTip(
            self.tr("%1 (%2). Esc in the text box goes back to the list.")
            .replace("%1", what)
            .replace("%2", send_keys)
        )
        self._update_enabled()

    def _apply_route(self, send_keys: str) -> None:
        """The reply's words: who gets it and how, the button, the menu and the placeholder."""
        recipient = self._recipient or self.tr("the customer")
        channel = labels.channel_label(self._channel) if self._channel else ""
        route = self.route
        if route == EMAIL:
            audience = self.tr("To %1 by email").replace("%1", recipient)
            if self._mailbox:
                audience = (
                    self.tr("To %1 by email from %2").replace("%1", recipient).replace("%2", self._mailbox)
                )
            verbs = (self.tr("Send"), self.tr("Send and set waiting"), self.tr("Send and solve"))
            placeholder = self.tr("Write your reply… (%1 sends)")
            icon = "mdi6.send"
        elif route == LOGGED:
            audience = self.tr("Logged with %1 (%2)").replace("%1", recipient).replace("%2", channel)
            verbs = (self.tr("Log"), self.tr("Log and set waiting"), self.tr("Log and solve"))
            placeholder = self.tr("Write down what was said… (%1 logs it)")
            icon = "mdi6.notebook-edit-outline"
        else:
            audience = self.tr("To %1 via %2").replace("%1", recipient).replace("%2", channel)
            verbs = (
                self.tr("Save — not delivered"),
                self.tr("Save and set waiting"),
                self.tr("Save and solve"),
            )
            placeholder = self.tr("Write your reply… it is kept here, not delivered (%1 saves it)")
            icon = "mdi6.content-save-outline"
        self.audience.set_value(audience)
        self.audience.setToolTip(
            self.tr("Nothing is sent: write down what was said or written.") if route == LOGGED else audience
        )
        self.editor.setPlaceholderText(placeholder.replace("%1", send_keys))
        # Narrow: "Save" alone (the line beside it and the tooltip still say "not delivered").
        self.send_action.setText(
            self.tr("Save") if self._narrow and route not in (EMAIL, LOGGED) else verbs[0]
        )
        self.send_waiting_action.setText(verbs[1])
        self.send_solve_action.setText(verbs[2])
        self.send_action.setIcon(icons.icon(icon, theme.SURFACE))
        self.email_button.setText(
            self.tr("Answer via %1 instead").replace("%1", channel)
            if self.email_button.isChecked()
            else self.tr("Answer by email instead")
        )

    def _undelivered_text(self) -> str:
        """Why a reply here reaches nobody ("" when it does)."""
        if self.route != NONE:
            return ""
        if self._no_mailbox:
            text = self.tr("Not delivered — no mailbox is connected")
        else:
            text = self.tr("Not delivered — no connection for %1").replace(
                "%1", labels.channel_label(self._channel) if self._channel else ""
            )
        return self.tr("%1: the customer does not get this reply.").replace("%1", text)

    def _show_delivery_note(self, text: str) -> None:
        calls = self._mode == REPLY and self.route == LOGGED and self._channel == "phone"
        self.call_timer.setVisible(calls)
        row = bool(text) or not self.email_button.isHidden() or calls
        changed = text != self.delivery_note.text() or row != self.delivery_row.isVisibleTo(self)
        self.delivery_note.setText(text)
        self.delivery_note.setVisible(bool(text))
        self.delivery_row.setVisible(row)
        if changed:
            self.height_wanted.emit()

    def _update_enabled(self) -> None:
        has_text = bool(self.text().strip()) and self.conversation_id is not None
        self.send_action.setEnabled(has_text)
        self.send_waiting_action.setEnabled(has_text and self._mode == REPLY)
        self.send_solve_action.setEnabled(has_text and self._mode == REPLY)

    # -- drafts --------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._update_enabled()
        if self._loading or self.conversation_id is None:
            return
        self._dirty = True
        self._save_timer.start()
        if self._mode == REPLY and not self.editor.document().isEmpty():
            self.typing.emit(self.conversation_id)

    def flush(self) -> None:
        """Save the draft now if it changed since the last save."""
        self._save_timer.stop()
        if not self._dirty or self.conversation_id is None:
            return
        body = self.text()
        try:
            self.drafts.save(
                self.conversation_id,
                body,
                mode=self._mode,
                seen_activity_at=self.seen_activity_at,
                cc=self.addresses.cc_edit.text() if self._addressed else None,
                bcc=self.addresses.bcc_edit.text() if self._addressed else None,
                by_email=self.by_email(),
            )
        except AgentDeskError as exc:
            log.warning("draft not saved: %s", exc.message)
            self.failed.emit(self.tr("Your draft could not be saved: %1").replace("%1", exc.message))
            return  # still dirty: the next keystroke or switch tries again
        self._dirty = False
        self._set_draft_state(self._saved_text(self.drafts.clock.now()) if body.strip() else "")

    def _set_draft_state(self, text: str) -> None:
        self.draft_state.setText(text)
        self.draft_state.setVisible(bool(text) and self.width() >= NARROW_WIDTH)

    def _saved_text(self, when: dt.datetime) -> str:
        return self.tr("Draft saved %1").replace("%1", labels.local_time(when))

    def sent(self) -> None:
        """The message went out: the draft is gone, the box is empty and back in reply mode."""
        self.call_timer.reset()
        self._save_timer.stop()
        self._dirty = False
        self._addressed = False
        if self.conversation_id is not None:
            try:
                self.drafts.discard(self.conversation_id)
            except AgentDeskError as exc:
                self.failed.emit(exc.message)
        self._loading = True
        try:
            self.editor.clear()
        finally:
            self._loading = False
        self._set_draft_state("")
        self._mode = REPLY
        self._apply_mode()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow pane the note toggle says just "Note" (its lock icon and amber stay)."""
        super().resizeEvent(event)
        short = event.size().width() < NARROW_WIDTH
        self.note_toggle.setText(self.tr("Note") if short else self.tr("Internal note"))
        if short != self._narrow:
            self._narrow = short
            self._apply_mode()  # the button's shorter word
            self._layout.activate()  # laid out with it now, not at the next event loop turn
        self.draft_state.setVisible(bool(self.draft_state.text()) and not short)
        self._fit_send_button()
        wrapped = self.warning.isVisibleTo(self) or self.delivery_row.isVisibleTo(self)
        if event.oldSize().width() != event.size().width() and wrapped:
            self.height_wanted.emit()  # the warning may take another line now

    # -- look ----------------------------------------------------------------------------------

    def _fit_send_button(self) -> None:
        """Room for the button's word in any language, beside its icon and its menu arrow (the
        style sheet's padding keeps the arrow off the text; a tool button's size hint ignores it)."""
        bold = QFont(self.send_button.font())
        bold.setWeight(QFont.Weight.DemiBold)
        text = QFontMetrics(bold).horizontalAdvance(self.send_action.text().replace("&", ""))
        icon = self.send_button.iconSize().width()
        # Where a long word (a longer language) leaves the button no room on a narrow pane, it
        # shows its icon and arrow only; its tooltip names it.
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 8 - 4 * self._bottom.spacing()
        for widget in (self.note_toggle, self.expand_button):
            room -= widget.minimumSizeHint().width() if widget.isVisibleTo(self) else 0
        room -= min(self.reply_toggle.minimumSizeHint().width(), self.reply_toggle.width() or 10**6)
        whole = text + icon + 12 + 30 + 10
        fits = not self.isVisible() or whole <= room
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if fits else Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.send_button.toolButtonStyle() != style:
            self.send_button.setToolButtonStyle(style)
        self.send_button.setMinimumWidth(whole if fits else icon + 12 + 30)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The frame shows where the typing goes (the text box itself has no border)."""
        if watched is self.editor and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.frame.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            self.frame.style().unpolish(self.frame)
            self.frame.style().polish(self.frame)
        return super().eventFilter(watched, event)
