# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation pane: header with editors, timeline, composer and the customer panel.

The pane is given the workspace's ``Services`` and works on one conversation at a time
(``show_conversation``). Every action the agent takes here (reply, note, status, priority,
assignee, follow-up, tags, a new conversation) goes through the services as one transaction, is
shown at once (the pane reads the conversation again) and is announced with ``changed`` so the
window can refresh its list. Errors the agent can act on (``AgentDeskError``) appear as one
sentence in a strip above the timeline; nothing typed is lost with them.

**Sending safely.** A reply written against a conversation that changed meanwhile (the customer
wrote again, another agent answered, a sync brought news) may answer the wrong question. The draft
remembers the state the agent saw when they started (``seen_activity_at``); if the conversation's
``last_activity_at`` is later when they press Send, nothing is sent: the new entries are
highlighted, a strip says so, and the next Send goes out (the draft is marked as having seen them).

**Keyboard.** R and N go to the composer in reply or note mode (they are single letters, so they
act only where no text box takes them: a text box accepts the key first). Ctrl+Enter sends;
Ctrl+Shift+Enter sends and sets waiting; Ctrl+Alt+Enter sends and solves; S, P, A, F open the
status, priority, assignee and follow-up menus and T adds a tag; Esc in the composer leaves it
(``composer_left``). ``actions_for_menu`` hands all of these to the window's menu.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QHideEvent,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError
from agentdesk.escalation.service import TierSpan, ownership_by_tier, tier_spans
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.composer import NOTE, REPLY, Composer
from agentdesk.gui.customer_panel import CustomerPanel, csat_text
from agentdesk.gui.escalation_dialog import ESCALATE, RETURN, TRANSFER, HandOverDialog
from agentdesk.gui.flow_layout import FlowLayout
from agentdesk.gui.follow_up import FollowUpMenu
from agentdesk.gui.mail_desk import MailDesk
from agentdesk.gui.message_viewer import MessageViewer
from agentdesk.gui.new_conversation_dialog import NewConversationDialog
from agentdesk.gui.remote_images import ImageFetcher, NetworkImageFetcher
from agentdesk.gui.replies_dialog import CannedRepliesDialog
from agentdesk.gui.reply_completer import Suggestion, placeholders_left
from agentdesk.gui.reply_picker import ReplyPicker
from agentdesk.gui.reply_source import ConversationReplies
from agentdesk.gui.sla_text import duration, sla_line
from agentdesk.gui.survey_dialog import SurveyDialog
from agentdesk.gui.timeline import (
    ICON_ATTACHMENT,
    ICON_NOTE,
    ICON_SHIELD,
    IMAGE_FAILED,
    IMAGE_LOADED,
    IMAGE_LOADING,
    INLINE_SCHEME,
    LINK_IMAGES,
    LINK_RETRY,
    LINK_SCHEME,
    LINK_WHOLE,
    RenderedTimeline,
    TimelineOptions,
    link_target,
    render_timeline,
)
from agentdesk.inbox.queries import ConversationDetail, EventEntry, MessageEntry
from agentdesk.services import Services
from agentdesk.sla.calendar import ALWAYS_OPEN
from agentdesk.store.models import Attachment

__all__ = ["ConversationPane", "SafeTextBrowser", "csat_text"]

log = logging.getLogger("agentdesk.gui.conversation")

LOCAL_SCHEMES = {"agentdesk-icon"}
REMOTE_SCHEMES = {"http", "https"}
OPENABLE_SCHEMES = {"http", "https", "mailto"}
SIDE_PANEL_MIN_WIDTH = 760  # below this pane width the customer panel goes under the conversation
SIDE_PANEL_WIDTH = 270
BOTTOM_PANEL_HEIGHT = 150
COLLAPSE_BELOW_HEIGHT = 720  # a shorter pane keeps the customer strip to its name line at first
QWIDGETSIZE_MAX = 16_777_215
COMPOSER_HEIGHT = 124
IMAGE_MAX_SIZE = QSize(520, 1600)
SLA_TICK_MS = 1000
RENDER_DELAY_MS = 120  # images arriving close together make one re-render
SETTABLE_STATUSES = ("open", "pending", "on_hold", "solved", "closed")
SCROLL_END = "\x00end"  # for _show: to the newest entry (no anchor can be named so)
DOCUMENT_STYLE = "p { margin-top: 0px; margin-bottom: 8px; } ul, ol { margin-top: 0px; margin-bottom: 8px; }"
PRIORITIES = ("low", "normal", "high", "urgent")
ESCALATION_NOTICE_QUERY = "handover"  # the starter library's escalation notices share this shortcut


def _header_style() -> str:
    """Read at use, not at import: the theme can change while the window is open."""
    return f"""
    QToolButton[chipButton="true"] {{ border: 1px solid {theme.BORDER}; border-radius: 4px;
        padding: 2px 6px; background: {theme.SIDEBAR}; color: {theme.TEXT}; }}
    QToolButton[chipButton="true"]:hover {{ border-color: {theme.SELECTION_BORDER}; }}
    QToolButton[chipButton="true"]:focus {{ border: 1px solid {theme.ACCENT}; }}
    QToolButton[chipButton="true"]::menu-indicator {{ image: none; width: 0px; }}
    QToolButton[tagChip="true"] {{ border: 1px solid {theme.BORDER}; border-radius: 4px; padding: 2px 7px;
        background: {theme.SURFACE}; color: {theme.TEXT_MUTED}; }}
    QToolButton[tagChip="true"]:hover {{ border-color: {theme.SELECTION_BORDER}; }}
    QToolButton[tagChip="true"]:focus {{ border-color: {theme.ACCENT}; }}
    QToolButton[tagChip="true"]::menu-indicator {{ image: none; width: 0px; }}
    QLineEdit#tagEdit {{ border: 1px solid {theme.ACCENT}; border-radius: 4px; padding: 1px 6px;
        background: {theme.SURFACE}; color: {theme.TEXT}; }}
    QLabel#slaLine {{ color: {theme.TEXT_MUTED}; }}
"""


def _strip_colours(kind: str) -> tuple[str, str, str, str]:
    """(background, border, text, icon) of the pane's message strip by kind."""
    if kind == "review":
        return theme.SELECTION, theme.SELECTION_BORDER, theme.ACCENT, "mdi6.message-alert-outline"
    if kind == "info":
        return theme.HOVER, theme.BORDER, theme.TEXT_MUTED, "mdi6.information-outline"
    return theme.MESSAGE_BAR_BG, theme.MESSAGE_BAR_BORDER, theme.DANGER, "mdi6.alert-circle-outline"


class SafeTextBrowser(QTextBrowser):
    """A read-only browser that never fetches anything itself: no remote images, styles or pages.

    It shows our own images (``local_images``) and remote images the pane fetched after the agent
    allowed them (``remote_images``, keyed by ``image_key``); ``loadResource`` answers nothing for
    any other URL. Links are not followed inside the browser: our own ``agentdesk:`` links go to
    ``internal_link``, an http(s) or mailto link opens in the system's browser or mail program.
    """

    internal_link = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local_images: dict[str, QPixmap] = {}
        self.remote_images: dict[str, QImage] = {}
        # Images sent inside a mail (``cid:``), by attachment id; the pane reads them from the store.
        self.inline_loader: Callable[[str], QImage | None] | None = None
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._open_link)

    @staticmethod
    def image_key(url: QUrl | str) -> str:
        return QUrl(url).toString(QUrl.ComponentFormattingOption.FullyEncoded)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002  (Qt's parameter name)
        url = QUrl(name)
        if type != QTextDocument.ResourceType.ImageResource:
            return None
        scheme = url.scheme().lower()
        if scheme in LOCAL_SCHEMES:
            return self.local_images.get(url.toString())
        if scheme == INLINE_SCHEME and self.inline_loader is not None:
            return self.inline_loader(url.path())
        if scheme in REMOTE_SCHEMES:
            return self.remote_images.get(self.image_key(url))
        return None

    def _open_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == LINK_SCHEME:
            self.internal_link.emit(url.toString())
        elif scheme in OPENABLE_SCHEMES:
            QDesktopServices.openUrl(url)


class MessageStrip(QWidget):
    """One sentence above the timeline: an error, or the "new activity" notice with its button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.setSpacing(8)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("paneStripText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.hide()
        self.close_button = QToolButton()
        self.close_button.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self._action: Callable[[], None] | None = None
        self._action_text = ""
        self.button.clicked.connect(self._run_action)
        self.hide()

    def show_message(
        self, text: str, kind: str = "error", action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        background, border, colour, icon = _strip_colours(kind)
        self.kind = kind
        self.setStyleSheet(
            f"QWidget#paneStrip {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"QLabel#paneStripText {{ color: {colour}; }}"
            f"QToolButton {{ color: {colour}; font-weight: 600; }}"
        )
        self.icon.setPixmap(icons.icon(icon, colour).pixmap(16, 16))
        self.text.setText(text)
        self._action = action[1] if action else None
        self._action_text = action[0] if action else ""
        self.button.setText(self._action_text)
        self.button.setVisible(action is not None)
        self.show()

    def dismiss(self) -> None:
        self.kind = ""
        self.hide()

    def restyle(self) -> None:
        """After a theme switch: the same message in the new colours."""
        if self.kind:
            action = (self._action_text, self._action) if self._action is not None else None
            self.show_message(self.text.text(), self.kind, action)
        self.close_button.setIcon(icons.icon("mdi6.close", theme.TEXT_MUTED))

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()


def _chip_style(background: str, colour: str, *, bold: bool = True) -> str:
    """A coloured chip button; its own focus rule, since a widget's style sheet wins over its
    parent's whatever the selectors."""
    weight = " font-weight: 600;" if bold else ""
    return (
        f"QToolButton {{ background: {background}; color: {colour}; border-color: {background};{weight} }}"
        f"QToolButton:focus {{ border-color: {theme.ACCENT}; }}"
    )


def _chip_button(name: str, tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setProperty("chipButton", True)
    button.setToolTip(tooltip)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setIconSize(QSize(14, 14))
    return button


class ConversationHeader(QWidget):
    """Subject and number; customer and channel; the editors (status, priority, assignee,
    follow-up), tier and tags; the live SLA line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_header_style())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(10)
        self.subject = QLabel()
        self.subject.setObjectName("subject")
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        self.subject.setFont(font)
        self.number = QLabel()
        self.number.setObjectName("number")
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        number_font = self.number.font()
        number_font.setPointSizeF(number_font.pointSizeF() + 2)
        self.number.setFont(number_font)
        top.addWidget(self.subject, 1)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        customer_row = QHBoxLayout()
        customer_row.setSpacing(6)
        self.channel_icon = QLabel()
        self.channel_icon.setFixedSize(QSize(16, 16))
        self.customer = QLabel()
        self.customer.setObjectName("customerLine")
        self.customer.setWordWrap(True)
        self.customer.setTextFormat(Qt.TextFormat.RichText)  # built from escaped parts below
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        customer_row.addWidget(self.channel_icon, 0, Qt.AlignmentFlag.AlignTop)
        customer_row.addWidget(self.customer, 1)
        layout.addLayout(customer_row)

        controls = QWidget()
        self.controls = FlowLayout(controls, spacing=5)
        self.controls.setContentsMargins(0, 2, 0, 0)
        self.status_button = _chip_button("statusButton", self.tr("Status (S)"))
        self.priority_button = _chip_button("priorityButton", self.tr("Priority (P)"))
        self.tier_chip = _chip_button("tierChip", self.tr("Tier: escalate, return, transfer"))
        self.escalate_button = _chip_button("escalateButton", self.tr("Escalate to a higher tier (E)"))
        self.escalate_button.setText(self.tr("Escalate"))
        self.escalate_button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
        self.take_button = _chip_button("takeButton", self.tr("Take this conversation: it becomes yours"))
        self.take_button.setText(self.tr("Take"))
        self.take_button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
        self.assignee_button = _chip_button("assigneeButton", self.tr("Assignee (A)"))
        self.follow_up_button = _chip_button("followUpButton", self.tr("Follow up (F)"))
        self.merged_chip = _chip_button("mergedChip", "")
        self.merged_chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (
            self.status_button,
            self.priority_button,
            self.tier_chip,
            self.escalate_button,
            self.assignee_button,
            self.take_button,
            self.follow_up_button,
            self.merged_chip,
        ):
            self.controls.addWidget(widget)
        self.tags = self.controls  # tags follow the editors in the same wrapping row
        self.add_tag_button = QToolButton()
        self.add_tag_button.setObjectName("addTagButton")
        self.add_tag_button.setProperty("tagChip", True)
        self.add_tag_button.setText(self.tr("+ Tag"))
        self.add_tag_button.setToolTip(self.tr("Add a tag (T)"))
        self.add_tag_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tag_edit = QLineEdit()
        self.tag_edit.setObjectName("tagEdit")
        self.tag_edit.setPlaceholderText(self.tr("tag, Enter to add"))
        self.tag_edit.setMaximumWidth(180)
        self.tag_edit.hide()
        self._tag_chips: list[QToolButton] = []
        self.tags.addWidget(self.add_tag_button)
        self.tags.addWidget(self.tag_edit)
        layout.addWidget(controls)

        self.sla = QLabel()
        self.sla.setObjectName("slaLine")
        self.sla.setTextFormat(Qt.TextFormat.RichText)  # built from escaped parts in sla_text
        self.sla.setWordWrap(True)
        self.sla.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.sla)

        self.tier_time = QLabel()
        self.tier_time.setObjectName("tierTime")
        self.tier_time.setTextFormat(Qt.TextFormat.PlainText)
        self.tier_time.setWordWrap(True)
        self.tier_time.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tier_time.hide()
        layout.addWidget(self.tier_time)

    def show_detail(self, detail: ConversationDetail) -> None:
        self.subject.setText(detail.subject or self.tr("(no subject)"))
        self.number.setText(f"#{detail.number}" if detail.number is not None else "")
        self.channel_icon.setPixmap(icons.channel_icon(detail.channel).pixmap(16, 16))
        self.channel_icon.setToolTip(labels.channel_label(detail.channel))
        customer = detail.customer
        parts = [
            f"<b>{_escape(customer.name)}</b>",
            _escape(labels.channel_label(detail.channel)),
            _escape(labels.plan_label(customer.plan)),
            _escape(labels.language_label(detail.language)),
        ]
        if customer.company:
            parts.append(_escape(customer.company))
        self.customer.setText(" &nbsp;·&nbsp; ".join(parts))

        status_bg, status_fg = theme.STATUS_CHIPS.get(detail.status, (theme.ROW_SEPARATOR, theme.TEXT_MUTED))
        self.status_button.setText(f"{labels.status_label(detail.status)}  ▾")
        self.status_button.setStyleSheet(_chip_style(status_bg, status_fg))
        self.priority_button.setIcon(icons.priority_icon(detail.priority))
        self.priority_button.setText(labels.priority_label(detail.priority) + "  ▾")
        self.priority_button.setToolTip(
            self.tr("Priority: %1 (P)").replace("%1", labels.priority_label(detail.priority))
        )
        self.priority_button.setStyleSheet(
            f"QToolButton {{ color: {theme.PRIORITY_COLOURS.get(detail.priority, theme.TEXT_MUTED)}; }}"
        )
        tier_bg, tier_fg = theme.TIER_CHIPS.get(detail.tier, (theme.ROW_SEPARATOR, theme.TEXT_MUTED))
        path = tier_path_of(detail)
        if len(path) > 1:
            self.tier_chip.setText(" → ".join(labels.tier_label(t) for t in path) + "  ▾")
        else:
            self.tier_chip.setText(labels.tier_name(detail.tier) + "  ▾")
        self.tier_chip.setStyleSheet(_chip_style(tier_bg, tier_fg))
        self.escalate_button.setIcon(icons.icon("mdi6.arrow-up-bold-outline", theme.TEXT_MUTED))
        self.take_button.setIcon(icons.icon("mdi6.hand-back-right-outline", theme.TEXT_MUTED))
        owner = detail.assignee_name or self.tr("Unassigned")
        self.assignee_button.setIcon(icons.icon("mdi6.account-outline", theme.TEXT_MUTED))
        self.assignee_button.setText(f"{owner}  ▾")
        self.assignee_button.setStyleSheet(
            "" if detail.assignee_name else f"QToolButton {{ color: {theme.TEXT_FAINT}; }}"
        )
        tip = self.tr("Assignee (A)")
        if detail.team_name:
            tip += "\n" + self.tr("Team: %1").replace("%1", detail.team_name)
        self.assignee_button.setToolTip(tip)
        self.show_follow_up(detail.follow_up_at, None)
        if detail.merged_into_number is not None:
            self.merged_chip.setText(self.tr("Merged into #%1").replace("%1", str(detail.merged_into_number)))
        self.merged_chip.setVisible(detail.merged_into_number is not None)
        self.show_tags(detail.tags)

    def show_tier_time(self, spans: list[TierSpan], always_open: bool) -> None:
        """How long each tier held the conversation, once it has been with more than one."""
        totals = ownership_by_tier(spans)
        if len(totals) < 2 and len(spans) < 2:
            self.tier_time.hide()
            return
        parts = []
        for tier, (calendar, business) in totals.items():
            shown = duration(calendar if always_open else business)
            parts.append(f"{labels.tier_label(tier)} {shown}")
        text = self.tr("Time per tier: %1").replace("%1", " · ".join(parts))
        if not always_open:
            text += "  " + self.tr("(business hours)")
        self.tier_time.setText(text)
        lines = [
            self.tr("%1: %2 business, %3 on the clock (%4 – %5)")
            .replace("%1", labels.tier_label(span.tier))
            .replace("%2", duration(span.business_minutes))
            .replace("%3", duration(span.calendar_minutes))
            .replace("%4", labels.local_datetime(span.start))
            .replace("%5", labels.local_datetime(span.end))
            for span in spans
        ]
        self.tier_time.setToolTip("\n".join(lines))
        self.tier_time.show()

    def show_follow_up(self, at: dt.datetime | None, now: dt.datetime | None) -> None:
        due = at is not None and now is not None and at <= now
        colour = theme.CAUTION if due else theme.TEXT_MUTED if at else theme.TEXT_FAINT
        self.follow_up_button.setIcon(
            icons.icon("mdi6.bell-ring-outline" if at else "mdi6.bell-outline", colour)
        )
        if at is None:
            self.follow_up_button.setText(self.tr("Follow up") + "  ▾")
        else:
            self.follow_up_button.setText(
                self.tr("Follow-up %1").replace("%1", labels.local_datetime(at)) + "  ▾"
            )
        self.follow_up_button.setStyleSheet(f"QToolButton {{ color: {colour}; }}" if due else "")

    def show_tags(self, tags: tuple[str, ...]) -> None:
        for chip in self._tag_chips:
            self.tags.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self._tag_chips = []
        for tag in tags:
            chip = QToolButton()
            chip.setProperty("tagChip", True)
            chip.setText(tag)
            chip.setToolTip(self.tr("Tag “%1”: press to remove").replace("%1", tag))
            chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._tag_chips.append(chip)
        # Tags first, then the "+ Tag" button and its edit box.
        self.tags.removeWidget(self.add_tag_button)
        self.tags.removeWidget(self.tag_edit)
        for chip in self._tag_chips:
            self.tags.addWidget(chip)
        self.tags.addWidget(self.add_tag_button)
        self.tags.addWidget(self.tag_edit)
        self.tags.invalidate()
        chain = [self.follow_up_button, *self._tag_chips, self.add_tag_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # Tab walks the chips in the order they are shown

    @property
    def tag_chips(self) -> list[QToolButton]:
        return list(self._tag_chips)

    def set_sla(self, text: str, tooltip: str) -> None:
        if text != self.sla.text():
            self.sla.setText(text)
        self.sla.setToolTip(tooltip)
        self.sla.setVisible(bool(text))


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def tier_path_of(detail: ConversationDetail) -> list[int]:
    """The tiers the conversation went through, read from its escalation events (L1 → L2 → …)."""
    path = [1]
    for entry in detail.timeline:
        if isinstance(entry, EventEntry) and entry.kind == "escalation":
            to_tier = entry.data.get("to_tier")
            if isinstance(to_tier, int):
                path.append(to_tier)
    if path[-1] != detail.tier:
        path.append(detail.tier)
    return path


class ConversationPane(QWidget):
    """Header, timeline, composer and customer panel of one conversation, or a line when none is open.

    Public surface (used by the main window): ``show_conversation``, ``show_nothing``,
    ``new_conversation``, ``actions_for_menu``; ``detail`` and ``timeline``; the signals
    ``conversation_requested`` (the agent opened another conversation of this customer),
    ``changed`` (the agent changed this conversation) and ``composer_left`` (Esc in the composer).
    """

    conversation_requested = Signal(uuid.UUID)
    changed = Signal(uuid.UUID)
    handed_over = Signal(uuid.UUID)  # escalated: changed, and the agent stays on it to tell the customer
    composer_left = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        image_fetcher: ImageFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("conversationPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(380)
        self._detail: ConversationDetail | None = None
        self._image_fetcher = image_fetcher
        self._images_allowed: set[uuid.UUID] = set()
        self._image_states: dict[str, str] = {}
        self._highlight: frozenset[uuid.UUID] = frozenset()
        self._rendered: RenderedTimeline | None = None
        self._follow_end = False
        self._follow_anchor: str | None = None
        self._viewers: list[MessageViewer] = []
        self.new_conversation_dialog: NewConversationDialog | None = None
        self.hand_over_dialog: HandOverDialog | None = None
        self.reply_picker: ReplyPicker | None = None
        self.survey_dialog: SurveyDialog | None = None
        self.mail: MailDesk | None = None  # set by the window: replies on email go out by mail
        self.replies_dialog: CannedRepliesDialog | None = None
        self._placeholders_confirmed = ""  # a reply the agent chose to send with its {{…}} as they are
        self.tier_spans: list[TierSpan] = []
        self._colours = theme.current()

        self.header = ConversationHeader()
        self.strip = MessageStrip()
        self.timeline = SafeTextBrowser()
        self.timeline.setObjectName("timeline")
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.document().setDocumentMargin(16)
        # Mail bodies come with paragraphs spaced for a page; tighter reads better in a thread.
        self.timeline.document().setDefaultStyleSheet(DOCUMENT_STYLE)
        self._register_icons(self.timeline)
        self.timeline.inline_loader = self._inline_image
        self._inline_cache: dict[str, QImage | None] = {}
        self.timeline.internal_link.connect(self._internal_link)
        bar = self.timeline.verticalScrollBar()
        bar.rangeChanged.connect(lambda _min, _max: self._keep_position())
        bar.actionTriggered.connect(self._stop_following)

        self.composer = Composer(services.drafts)
        self.composer.send_requested.connect(self.send)
        self.composer.left.connect(self._leave_composer)
        self.composer.failed.connect(lambda text: self.strip.show_message(text, "error"))
        self.composer.editor.replies.noted.connect(lambda text: self.strip.show_message(text, "info"))
        self.replies: ConversationReplies | None = None
        self.customer_panel = CustomerPanel()
        self.customer_panel.conversation_requested.connect(self.conversation_requested)
        self.history = self.customer_panel  # the list of other conversations is ``history.tree``

        self.thread_splitter = QSplitter(Qt.Orientation.Vertical)
        self.thread_splitter.setChildrenCollapsible(False)
        self.thread_splitter.setHandleWidth(1)
        self.thread_splitter.addWidget(self.timeline)
        self.thread_splitter.addWidget(self.composer)
        self.thread_splitter.setStretchFactor(0, 1)
        self.thread_splitter.setStretchFactor(1, 0)
        self.thread_splitter.setSizes([500, COMPOSER_HEIGHT])

        self.body_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.setHandleWidth(1)
        self.body_splitter.addWidget(self.thread_splitter)
        self.body_splitter.addWidget(self.customer_panel)
        self.body_splitter.setStretchFactor(0, 1)
        self.body_splitter.setStretchFactor(1, 0)
        self._side_panel: bool | None = None
        self._customer_toggled = False
        self._strip_height = BOTTOM_PANEL_HEIGHT
        self.body_splitter.splitterMoved.connect(self._splitter_moved)
        self.body_splitter.installEventFilter(self)
        self.customer_panel.collapsed_changed.connect(self._customer_collapsed)
        self.customer_panel.toggle.clicked.connect(lambda: setattr(self, "_customer_toggled", True))

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.strip)
        content_layout.addWidget(self.body_splitter, 1)

        self.empty = QLabel()
        self.empty.setObjectName("emptyPane")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(32, 32, 32, 32)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._make_actions()
        self._tab_order()
        self._sla_timer = QTimer(self)
        self._sla_timer.setInterval(SLA_TICK_MS)
        self._sla_timer.timeout.connect(self.tick)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(lambda: self._render_timeline(keep_position=True))
        self.show_nothing(self.tr("No conversation selected."))

    # -- actions -------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None, icon: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        # Single letters fire only where no text box takes the key (Qt asks the focused text box
        # first), so typing "r" in the composer or the search box types an "r".
        self.reply_action = self._action(
            self.tr("&Reply"), lambda: self.start_writing(REPLY), "R", "mdi6.reply-outline"
        )
        self.note_action = self._action(
            self.tr("Internal &note"), lambda: self.start_writing(NOTE), "N", "mdi6.lock-outline"
        )
        for action in self.composer.send_actions():
            self.addAction(action)

        self.status_menu = QMenu(self.tr("&Status"), self)
        self.status_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for status in SETTABLE_STATUSES:
            action = QAction(labels.status_label(status), self)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_menu.addAction(action)
            self.status_actions[status] = action
        self.priority_menu = QMenu(self.tr("&Priority"), self)
        self.priority_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for priority in reversed(PRIORITIES):
            action = QAction(icons.priority_icon(priority), labels.priority_label(priority), self)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, p=priority: self.set_priority(p))
            self.priority_menu.addAction(action)
            self.priority_actions[priority] = action
        self.assign_menu = QMenu(self.tr("&Assignee"), self)
        self.assign_me_action = QAction(
            icons.icon("mdi6.account-arrow-left-outline"), self.tr("Assign to &me"), self
        )
        self.assign_me_action.triggered.connect(lambda: self.assign(self.services.agent_id))
        self.unassign_action = QAction(self.tr("&Unassign"), self)
        self.unassign_action.triggered.connect(lambda: self.assign(None))
        self.assign_menu.aboutToShow.connect(self._fill_assign_menu)
        self.assign_menu.addAction(self.assign_me_action)
        self.assign_menu.addAction(self.unassign_action)
        self.follow_up_menu = FollowUpMenu(self.services.clock.now, self.set_follow_up, self)

        self.header.status_button.setMenu(self.status_menu)
        self.header.priority_button.setMenu(self.priority_menu)
        self.header.assignee_button.setMenu(self.assign_menu)
        self.header.follow_up_button.setMenu(self.follow_up_menu)
        self.header.add_tag_button.clicked.connect(self.start_tagging)
        self.header.tag_edit.returnPressed.connect(self._add_typed_tag)
        self.header.tag_edit.editingFinished.connect(self._tag_edit_done)

        self.status_open_action = self._action(
            self.tr("Change s&tatus…"), lambda: self._popup(self.status_menu, self.header.status_button), "S"
        )
        self.priority_open_action = self._action(
            self.tr("Change &priority…"),
            lambda: self._popup(self.priority_menu, self.header.priority_button),
            "P",
        )
        self.assign_open_action = self._action(
            self.tr("&Assign…"), lambda: self._popup(self.assign_menu, self.header.assignee_button), "A"
        )
        self.follow_up_open_action = self._action(
            self.tr("&Follow up…"),
            lambda: self._popup(self.follow_up_menu, self.header.follow_up_button),
            "F",
            "mdi6.bell-outline",
        )
        self.tag_action = self._action(self.tr("Add &tag…"), self.start_tagging, "T", "mdi6.tag-outline")
        self.images_action = self._action(
            self.tr("Show remote &images"), lambda: self.allow_images(None), None, "mdi6.image-outline"
        )
        self.images_action.setStatusTip(
            self.tr("Load the pictures the customer's messages link to (the sender can see that you did)")
        )
        self.escalate_action = self._action(
            self.tr("&Escalate…"), lambda: self.hand_over(ESCALATE), "E", "mdi6.arrow-up-bold-outline"
        )
        self.return_action = self._action(
            self.tr("Re&turn to a lower tier…"),
            lambda: self.hand_over(RETURN),
            None,
            "mdi6.arrow-down-bold-outline",
        )
        self.transfer_action = self._action(
            self.tr("Transfer to another tea&m…"),
            lambda: self.hand_over(TRANSFER),
            None,
            "mdi6.swap-horizontal",
        )
        self.take_action = self._action(self.tr("Ta&ke"), self.take, None, "mdi6.hand-back-right-outline")
        self.canned_action = self._action(
            self.tr("Insert canned &reply…"), self.pick_reply, "Ctrl+Shift+R", "mdi6.text-box-plus-outline"
        )
        self.canned_action.setStatusTip(self.tr("Or type / in the composer"))
        self.manage_replies_action = self._action(
            self.tr("&Manage canned replies…"), self.manage_replies, None, "mdi6.text-box-edit-outline"
        )
        self.survey_action = self._action(
            self.tr("Record survey &answer…"), self.record_survey, None, "mdi6.star-outline"
        )
        self.survey_action.setStatusTip(
            self.tr("A CSAT, NPS or CES answer the customer gave, e.g. on the phone")
        )
        self.coaching_action = self._action(
            self.tr("Add &coaching note…"), self.coaching_note, None, "mdi6.school-outline"
        )
        self.coaching_action.setStatusTip(self.tr("Supervisors: an internal note marked as coaching"))
        self.tier_menu = QMenu(self.tr("T&ier"), self)
        for action in (self.escalate_action, self.return_action, self.transfer_action, self.take_action):
            self.tier_menu.addAction(action)
        self.header.tier_chip.setMenu(self.tier_menu)
        self.header.escalate_button.clicked.connect(lambda: self.hand_over(ESCALATE))
        self.header.take_button.clicked.connect(self.take)
        self.status_menu.menuAction().setIcon(icons.icon("mdi6.circle-half-full"))
        self.priority_menu.menuAction().setIcon(icons.icon("mdi6.chevron-double-up"))
        self.assign_menu.menuAction().setIcon(icons.icon("mdi6.account-outline"))
        self.follow_up_menu.menuAction().setIcon(icons.icon("mdi6.bell-outline"))

    def actions_for_menu(self) -> list[QAction]:
        """Everything the pane can do, in menu order (separators included), for the window's
        Conversation menu. The shortcuts work without it too: the pane holds the actions."""

        def separator() -> QAction:
            action = QAction(self)
            action.setSeparator(True)
            return action

        return [
            self.reply_action,
            self.note_action,
            self.canned_action,
            self.manage_replies_action,
            separator(),
            self.escalate_action,
            self.return_action,
            self.transfer_action,
            self.take_action,
            separator(),
            *self.composer.send_actions(),
            separator(),
            self.status_open_action,
            self.status_menu.menuAction(),
            self.priority_open_action,
            self.priority_menu.menuAction(),
            self.assign_open_action,
            self.assign_me_action,
            self.assign_menu.menuAction(),
            separator(),
            self.follow_up_open_action,
            self.follow_up_menu.menuAction(),
            self.tag_action,
            separator(),
            self.survey_action,
            self.coaching_action,
            separator(),
            self.images_action,
        ]

    def _conversation_actions(self) -> list[QAction]:
        return [
            self.reply_action,
            self.note_action,
            self.status_open_action,
            self.priority_open_action,
            self.assign_open_action,
            self.assign_me_action,
            self.unassign_action,
            self.follow_up_open_action,
            self.tag_action,
            self.images_action,
            self.survey_action,
            self.coaching_action,
            self.canned_action,
            self.escalate_action,
            self.return_action,
            self.transfer_action,
            self.take_action,
            self.status_menu.menuAction(),
            self.priority_menu.menuAction(),
            self.assign_menu.menuAction(),
            self.follow_up_menu.menuAction(),
        ]

    def _popup(self, menu: QMenu, button: QToolButton) -> None:
        """Open ``menu`` under its header button without blocking (the keyboard goes to the menu)."""
        if self._detail is None:
            return
        checked = next((a for a in menu.actions() if a.isChecked()), None)
        if checked is not None:
            menu.setActiveAction(checked)
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _fill_assign_menu(self) -> None:
        """The agents who can take conversations, read when the menu opens (they change rarely,
        but a colleague added today should be there)."""
        menu = self.assign_menu
        menu.clear()
        menu.addAction(self.assign_me_action)
        menu.addSeparator()
        current = self._detail.assignee_id if self._detail is not None else None
        try:
            agents = self.services.directory.active_agents()
        except AgentDeskError as exc:
            agents = []
            self.strip.show_message(exc.message, "error")
        for agent in agents:
            text = agent.name if agent.team_name is None else f"{agent.name}  ·  {agent.team_name}"
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(agent.id == current)
            action.setData(agent.id)
            action.triggered.connect(lambda _checked=False, agent_id=agent.id: self.assign(agent_id))
        menu.addSeparator()
        menu.addAction(self.unassign_action)
        self._update_assign_actions()

    def _update_assign_actions(self) -> None:
        current = self._detail.assignee_id if self._detail is not None else None
        me = self.services.agent_id
        self.assign_me_action.setEnabled(self._detail is not None and me is not None and current != me)
        self.unassign_action.setEnabled(current is not None)

    def _tab_order(self) -> None:
        order: list[QWidget] = [
            self.header.status_button,
            self.header.priority_button,
            self.header.assignee_button,
            self.header.follow_up_button,
            self.header.add_tag_button,
            self.timeline,
            self.composer.reply_toggle,
            self.composer.note_toggle,
            self.composer.editor,
            self.composer.send_button,
            self.customer_panel.toggle,
            self.customer_panel.tree,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _register_icons(browser: SafeTextBrowser) -> None:
        for url, name, colour in (
            (ICON_NOTE, "mdi6.lock-outline", theme.NOTE_LABEL),
            (ICON_ATTACHMENT, "mdi6.paperclip", theme.TEXT_MUTED),
            (ICON_SHIELD, "mdi6.shield-lock-outline", theme.TEXT_MUTED),
        ):
            browser.local_images[url] = icons.icon(name, colour).pixmap(24, 24)

    # -- showing -------------------------------------------------------------------------------

    @property
    def detail(self) -> ConversationDetail | None:
        return self._detail

    def show_nothing(self, text: str) -> None:
        self.composer.close_conversation()
        self._detail = None
        self._highlight = frozenset()
        self._rendered = None
        self._sla_timer.stop()
        self.strip.dismiss()
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)
        for action in self._conversation_actions():
            action.setEnabled(False)

    def show_conversation(self, conversation_id: uuid.UUID) -> ConversationDetail | None:
        """Open a conversation (or show the open one again, as it is now); returns what is shown,
        or None when it cannot be read (the reason is then shown instead)."""
        same = self._detail is not None and self._detail.id == conversation_id
        if not same:
            self.composer.flush()
        try:
            detail = self.services.queries.detail(conversation_id)
        except AgentDeskError as exc:
            self.show_nothing(exc.message)
            return None
        self._show(detail, same=same)
        return detail

    def _reload(self) -> ConversationDetail | None:
        if self._detail is None:
            return None
        return self.show_conversation(self._detail.id)

    def _show(self, detail: ConversationDetail, *, same: bool, scroll_to: str | None = None) -> None:
        if not same:
            self._highlight = frozenset()
            self.strip.dismiss()
        self._detail = detail
        self.header.show_detail(detail)
        self._bind_tag_chips(detail)
        self.customer_panel.show_customer(
            detail.customer, detail.other_conversations, detail.other_conversations_total
        )
        if same:
            self.composer.set_seen(detail.last_activity_at)
        else:
            try:
                draft = self.services.drafts.load(detail.id)
            except AgentDeskError as exc:
                draft = None
                self.strip.show_message(exc.message, "error")
            self.composer.open(
                detail.id,
                draft,
                seen_activity_at=detail.last_activity_at,
                recipient=detail.customer.name,
                channel=detail.channel,
            )
        self.composer.set_warning(self._composer_warning(detail))
        self.replies = ConversationReplies(self.services, detail)
        self.composer.editor.replies.source = self.replies
        for status, action in self.status_actions.items():
            action.setChecked(status == detail.status)
            action.setEnabled(status != "closed" or detail.status in ("solved", "closed"))
        for priority, action in self.priority_actions.items():
            action.setChecked(priority == detail.priority)
        for action in self._conversation_actions():
            action.setEnabled(True)
        self._update_assign_actions()
        self._update_tier_actions(detail)
        self.follow_up_menu.current = detail.follow_up_at
        self.follow_up_menu.refresh()
        if scroll_to == SCROLL_END:
            self._render_timeline()
        elif scroll_to is not None:
            self._render_timeline(anchor=scroll_to)
        elif same:
            self._render_timeline(keep_position=True)
        else:
            self._render_timeline()
        self.images_action.setEnabled(bool(self._rendered and self._rendered.remote_images))
        self.stack.setCurrentIndex(1)
        self.tick()
        self._sla_timer.start()

    def _composer_warning(self, detail: ConversationDetail) -> str:
        if detail.merged_into_number is not None:
            return self.tr("This conversation was merged into #%1; write there instead.").replace(
                "%1", str(detail.merged_into_number)
            )
        if detail.status == "closed":
            return self.tr("This conversation is closed: replies are refused; internal notes are kept.")
        return ""

    def _render_timeline(self, *, keep_position: bool = False, anchor: str | None = None) -> None:
        """Lay the timeline out again: at the end (a newly opened conversation), where the agent
        was (``keep_position``, unless they were at the end), or at an entry (``anchor``)."""
        detail = self._detail
        if detail is None:
            return
        bar = self.timeline.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        position = bar.value()
        options = TimelineOptions(
            images_allowed=frozenset(self._images_allowed),
            images=dict(self._image_states),
            highlight=self._highlight,
            delivery=self._delivery_reasons(detail),
        )
        self._rendered = render_timeline(detail, options)
        self._follow_anchor = anchor
        self._follow_end = anchor is None and (not keep_position or at_end)
        self.timeline.setHtml(self._rendered.html)
        if anchor is not None:
            self.timeline.scrollToAnchor(anchor)
        elif self._follow_end:
            bar.setValue(bar.maximum())
        else:
            bar.setValue(position)
        self.images_action.setEnabled(bool(self._rendered.remote_images))

    def _keep_position(self) -> None:
        """The document lays itself out in steps after ``setHtml``; keep following the end (or the
        entry asked for) until the agent scrolls."""
        if self._follow_anchor is not None:
            self.timeline.scrollToAnchor(self._follow_anchor)
        elif self._follow_end:
            bar = self.timeline.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _stop_following(self, _action: int) -> None:
        self._follow_end = False
        self._follow_anchor = None

    def tick(self) -> None:
        """The SLA line and the follow-up mark at this second; cheap (no database, no layout)."""
        detail = self._detail
        if detail is None:
            return
        now = self.services.clock.now()
        if detail.sla is not None:
            state = detail.sla.at(now)
            text, tooltip = sla_line(state, always_open=detail.sla.calendar.always_open)
            self.header.set_sla(text, tooltip)
        else:
            self.header.set_sla("", "")
        if detail.follow_up_at is not None:
            self.header.show_follow_up(detail.follow_up_at, now)

    def hideEvent(self, event: QHideEvent) -> None:
        """The window closing (or the pane hidden) must not lose the last moment of typing."""
        self.composer.flush()
        super().hideEvent(event)

    def flush_draft(self) -> None:
        """Save the draft now (the window calls it before quitting)."""
        self.composer.flush()

    # -- theme ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and theme.current() is not self._colours:
            self._colours = theme.current()
            self.apply_theme()

    def apply_theme(self) -> None:
        """Everything that carries colours of its own (style sheets, icons, the timeline's HTML)
        again in the current theme's; the window calls it after a switch (a palette change does too)."""
        self.header.setStyleSheet(_header_style())
        self.strip.restyle()
        self.composer.apply_theme()
        self.customer_panel.apply_theme()
        self._register_icons(self.timeline)
        if self._detail is not None:
            self.header.show_detail(self._detail)
            self._bind_tag_chips(self._detail)
            self.tick()
            self._render_timeline(keep_position=True)

    # -- layout --------------------------------------------------------------------------------

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
        if side:
            self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
            self.customer_panel.setMinimumSize(220, 0)
            self.customer_panel.setMaximumHeight(QWIDGETSIZE_MAX)
            self.customer_panel.set_wide(False)
            self.body_splitter.setSizes([max(200, width - SIDE_PANEL_WIDTH), SIDE_PANEL_WIDTH])
        else:
            self.body_splitter.setOrientation(Qt.Orientation.Vertical)
            self.customer_panel.setMinimumSize(0, 0)
            self.customer_panel.set_wide(True)
            if not self._customer_toggled:  # the agent's own choice stands
                self.customer_panel.set_collapsed(self.height() < COLLAPSE_BELOW_HEIGHT)
            self._customer_collapsed(self.customer_panel.collapsed)

    def _customer_collapsed(self, collapsed: bool) -> None:
        """Give the strip under the conversation its height: the name line, or room for the list."""
        if self.body_splitter.orientation() != Qt.Orientation.Vertical:
            return
        if collapsed:
            self.customer_panel.setMaximumHeight(self.customer_panel.bar_height())
        else:
            self.customer_panel.setMaximumHeight(QWIDGETSIZE_MAX)
        self._keep_strip_height()

    def _keep_strip_height(self) -> None:
        """The strip under the conversation keeps its height (the agent's, once they dragged it)
        while the window grows and shrinks: the timeline takes the difference."""
        if self.body_splitter.orientation() != Qt.Orientation.Vertical:
            return
        panel = self.customer_panel
        height = panel.bar_height() if panel.collapsed else self._strip_height
        total = sum(self.body_splitter.sizes())
        if total > 0 and self.body_splitter.sizes()[1] != height:
            self.body_splitter.setSizes([max(0, total - height), height])

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        if self.body_splitter.orientation() == Qt.Orientation.Vertical and not self.customer_panel.collapsed:
            self._strip_height = self.body_splitter.sizes()[1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body_splitter and event.type() == QEvent.Type.Resize:
            self._keep_strip_height()
        return super().eventFilter(watched, event)

    # -- writing and sending -------------------------------------------------------------------

    def start_writing(self, mode: str) -> None:
        """R / N: the composer, in that mode, with the cursor at the end of the draft."""
        if self._detail is None:
            return
        self.composer.set_mode(mode)
        self.composer.focus_editor()

    def _leave_composer(self) -> None:
        self.composer.flush()
        self.composer.editor.clearFocus()
        self.composer_left.emit()

    def send(self, status_after: str | None = None) -> bool:
        """Send what the composer holds (reply or note); True when it went out.

        Not sent, with the reason in the strip and the draft kept: an empty text, a conversation
        that changed since the agent started writing (see the module docstring), or a refusal by
        the service (a closed conversation, a database that cannot be written).
        """
        detail = self._detail
        text = self.composer.text()
        if detail is None or not text.strip():
            return False
        mode = self.composer.mode
        self.composer.flush()
        try:
            draft = self.services.drafts.load(detail.id)
            fresh = self.services.queries.detail(detail.id)
        except AgentDeskError as exc:
            self.strip.show_message(exc.message, "error")
            return False
        seen = draft.seen_activity_at if draft is not None else detail.last_activity_at
        if seen is not None and fresh.last_activity_at > seen:
            self._review(fresh, seen)
            return False
        left = placeholders_left(text) if mode == REPLY else []
        if left and text != self._placeholders_confirmed:
            self._placeholders_confirmed = text
            self.strip.show_message(
                self.tr(
                    "The reply still holds %1, which has no value here. "
                    "Fill it in, or send again to send it as it is."
                ).replace("%1", ", ".join(left)),
                "review",
            )
            return False
        try:
            if mode == NOTE:
                self.services.inbox.add_note(detail.id, text)
            elif self.mail is not None and self.mail.sends_by_mail(detail.channel):
                self.mail.queue_reply(detail.id, text, status_after)  # out by mail, in the background
            else:
                self.services.inbox.reply(detail.id, text, status_after=status_after)
        except AgentDeskError as exc:
            log.info("not sent: %s", exc.message)
            self.strip.show_message(exc.message, "error")
            return False
        self.composer.sent()
        self._highlight = frozenset()
        self.strip.dismiss()
        try:
            sent = self.services.queries.detail(detail.id)
        except AgentDeskError as exc:
            self.show_nothing(exc.message)
        else:
            self._show(sent, same=True, scroll_to=SCROLL_END)  # the new message is at the end
        self.changed.emit(detail.id)
        return True

    def _review(self, fresh: ConversationDetail, seen: dt.datetime) -> None:
        """Show what happened since the draft began, and let the next Send go out."""
        new = [entry for entry in fresh.timeline if entry.created_at > seen]
        self._highlight = frozenset(entry.id for entry in new)
        first = f"m-{new[0].id.hex}" if new else None
        self._show(fresh, same=True, scroll_to=first)
        try:
            self.services.drafts.mark_seen(fresh.id, fresh.last_activity_at)
        except AgentDeskError as exc:
            self.strip.show_message(exc.message, "error")
            return
        self.composer.set_seen(fresh.last_activity_at)
        count = sum(1 for entry in new if isinstance(entry, MessageEntry))
        # Singular spelled out for English; translators give plural forms for the "%n" texts.
        if count == 1:
            text = self.tr(
                "New activity since you started writing: 1 new message, highlighted below. "
                "Review it, then send again."
            )
        elif count:
            text = self.tr(
                "New activity since you started writing: %n new messages, highlighted below. "
                "Review them, then send again.",
                "",
                count,
            )
        else:
            text = self.tr(
                "New activity since you started writing, highlighted below. Review it, then send again."
            )
        self.strip.show_message(text, "review", (self.tr("Show"), lambda: self._scroll_to(first)))

    def _scroll_to(self, anchor: str | None) -> None:
        if anchor is not None:
            self.timeline.scrollToAnchor(anchor)

    # -- editing the conversation --------------------------------------------------------------

    def _act(self, change: Callable[[uuid.UUID], object]) -> bool:
        """Run one action on the open conversation; show it (or the reason it was refused)."""
        detail = self._detail
        if detail is None:
            return False
        try:
            change(detail.id)
        except AgentDeskError as exc:
            self.strip.show_message(exc.message, "error")
            return False
        if self.strip.kind == "error":
            self.strip.dismiss()
        self.show_conversation(detail.id)
        self.changed.emit(detail.id)
        return True

    def set_status(self, status: str) -> bool:
        return self._act(lambda cid: self.services.inbox.set_status(cid, status))

    def set_priority(self, priority: str) -> bool:
        return self._act(lambda cid: self.services.inbox.set_priority(cid, priority))

    def assign(self, agent_id: uuid.UUID | None) -> bool:
        if agent_id is not None and agent_id == self.services.agent_id:
            return self.take()  # taking is allowed only in the tiers the agent works
        return self._act(lambda cid: self.services.inbox.assign(cid, agent_id))

    def set_follow_up(self, at: dt.datetime | None) -> bool:
        return self._act(lambda cid: self.services.inbox.set_follow_up(cid, at))

    def add_tag(self, tag: str) -> bool:
        return self._act(lambda cid: self.services.inbox.tag(cid, add=[tag]))

    def remove_tag(self, tag: str) -> bool:
        return self._act(lambda cid: self.services.inbox.tag(cid, remove=[tag]))

    def start_tagging(self) -> None:
        if self._detail is None:
            return
        self.header.add_tag_button.hide()
        self.header.tag_edit.clear()
        self.header.tag_edit.show()
        self.header.tags.invalidate()
        self.header.tag_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add_typed_tag(self) -> None:
        tag = self.header.tag_edit.text().strip()
        if tag and self.add_tag(tag):
            self.header.tag_edit.clear()
            self.header.tag_edit.setFocus()

    def _tag_edit_done(self) -> None:
        if not self.header.tag_edit.hasFocus():
            self.header.tag_edit.hide()
            self.header.add_tag_button.show()

    def _bind_tag_chips(self, detail: ConversationDetail) -> None:
        for chip in self.header.tag_chips:
            tag = chip.text()
            menu = QMenu(chip)
            remove = menu.addAction(icons.icon("mdi6.close"), self.tr("Remove tag “%1”").replace("%1", tag))
            remove.triggered.connect(lambda _checked=False, t=tag: self.remove_tag(t))
            chip.setMenu(menu)

    # -- remote images and long messages -------------------------------------------------------

    def _inline_image(self, attachment_hex: str) -> QImage | None:
        """An image the customer sent inside the mail, from the stored attachment (scaled to fit)."""
        if attachment_hex in self._inline_cache:
            return self._inline_cache[attachment_hex]
        image: QImage | None = None
        try:
            attachment_id = uuid.UUID(hex=attachment_hex)
            with self.services.store.read() as session:
                row = session.get(Attachment, attachment_id)
                data = (
                    row.content if row is not None and row.content_type.lower().startswith("image/") else None
                )
        except (ValueError, AgentDeskError):
            data = None
        if data:
            loaded = QImage.fromData(data)
            if not loaded.isNull():
                if loaded.width() > IMAGE_MAX_SIZE.width() or loaded.height() > IMAGE_MAX_SIZE.height():
                    loaded = loaded.scaled(
                        IMAGE_MAX_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                image = loaded
        self._inline_cache[attachment_hex] = image
        return image

    def _fetcher(self) -> ImageFetcher:
        if self._image_fetcher is None:
            self._image_fetcher = NetworkImageFetcher(self)
        return self._image_fetcher

    def allow_images(self, message_id: uuid.UUID | None) -> None:
        """Fetch and show the remote images of one message (None: of every message shown)."""
        if self._rendered is None:
            return
        remote = self._rendered.remote_images
        ids = list(remote) if message_id is None else [message_id]
        for mid in ids:
            self._images_allowed.add(mid)
            for url in remote.get(mid, ()):
                if url not in self._image_states:
                    self._image_states[url] = IMAGE_LOADING
                    self._fetcher().fetch(url, self._image_arrived)
        self._render_timeline(keep_position=True)

    def _image_arrived(self, url: str, image: QImage | None) -> None:
        if image is None or image.isNull():
            self._image_states[url] = IMAGE_FAILED
        else:
            if image.width() > IMAGE_MAX_SIZE.width() or image.height() > IMAGE_MAX_SIZE.height():
                image = image.scaled(
                    IMAGE_MAX_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self.timeline.remote_images[SafeTextBrowser.image_key(url)] = image
            self._image_states[url] = IMAGE_LOADED
        self._render_timer.start()

    def _delivery_reasons(self, detail: ConversationDetail) -> dict[uuid.UUID, str]:
        """Why replies of this conversation were not sent (read only when one was not)."""
        if self.mail is None or not any(m.delivery_state == "failed" for m in detail.messages):
            return {}
        return {mid: status.label for mid, status in self.mail.statuses(detail.id).items() if status.reason}

    def _internal_link(self, url: str) -> None:
        target = link_target(url)
        if target is None:
            return
        action, message_id = target
        if action == LINK_RETRY:
            self.retry_sending(message_id)
            return
        if action == LINK_IMAGES:
            self.allow_images(message_id)
        elif action == LINK_WHOLE:
            self.open_whole_message(message_id)

    def open_whole_message(self, message_id: uuid.UUID) -> MessageViewer | None:
        detail = self._detail
        message = (
            next((e for e in detail.timeline if isinstance(e, MessageEntry) and e.id == message_id), None)
            if detail is not None
            else None
        )
        if message is None:
            return None
        viewer = MessageViewer(message, self)
        self._viewers.append(viewer)
        viewer.finished.connect(lambda _result, v=viewer: self._forget_viewer(v))
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer: MessageViewer) -> None:
        if viewer in self._viewers:
            self._viewers.remove(viewer)

    # -- mail ------------------------------------------------------------------------------------

    def retry_sending(self, message_id: uuid.UUID) -> bool:
        """ "Send again" on a reply that was not sent."""
        if self.mail is None or self._detail is None:
            return False
        return self._act(lambda _cid: self.mail.retry(message_id) if self.mail else None)

    # -- survey answers and coaching -----------------------------------------------------------

    def record_survey(self) -> SurveyDialog | None:
        """The survey answer dialog (enter, confirm, record; not blocking)."""
        if self._detail is None:
            return None
        dialog = SurveyDialog(self.services, self._detail.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        conversation_id = self._detail.id
        dialog.accepted.connect(lambda: self._survey_recorded(conversation_id))
        self.survey_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "survey_dialog", None))
        dialog.open()
        return dialog

    def _survey_recorded(self, conversation_id: uuid.UUID) -> None:
        self.show_conversation(conversation_id)
        self.strip.show_message(self.tr("Survey answer recorded."), "info")
        self.changed.emit(conversation_id)

    def coaching_note(self) -> None:
        """A supervisor's coaching note on this conversation: what the composer holds, or asked for."""
        detail = self._detail
        if detail is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Coaching note"), self.tr("What went well, what to try next time:")
        )
        if ok and text.strip():
            self._act(lambda cid: self.services.review.add_coaching_note(cid, text))

    # -- canned replies ------------------------------------------------------------------------

    def pick_reply(self) -> ReplyPicker | None:
        """Ctrl+Shift+R: the picker (not blocking); the chosen reply goes in at the composer's cursor."""
        if self._detail is None or self.replies is None:
            return None
        picker = ReplyPicker(self.replies, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        picker.accepted.connect(lambda: self._insert_reply(picker.chosen))
        self.reply_picker = picker
        picker.destroyed.connect(lambda _obj=None: setattr(self, "reply_picker", None))
        picker.open()
        return picker

    def manage_replies(self) -> CannedRepliesDialog:
        """The library (not blocking); previews use the open conversation when there is one."""
        dialog = CannedRepliesDialog(self.services, self._detail.id if self._detail else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.replies_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "replies_dialog", None))
        dialog.open()
        return dialog

    def _insert_reply(self, chosen: Suggestion | None) -> None:
        if chosen is None:
            return
        completer = self.composer.editor.replies
        completer.hide()
        completer.insert(chosen)
        # After the picker has closed and handed the focus back: on to the text box.
        QTimer.singleShot(0, self.composer.focus_editor)

    # -- tiers: escalate, return, transfer, take ------------------------------------------------

    def _update_tier_actions(self, detail: ConversationDetail) -> None:
        """What the tier actions can do now; the service still decides who may (and says why not)."""
        # The actions stay enabled: pressing E on a tier 3 conversation says why nothing happens.
        active = detail.status not in ("solved", "closed") and detail.merged_into_number is None
        mine = detail.assignee_id is not None and detail.assignee_id == self.services.agent_id
        self.header.take_button.setVisible(active and not mine)
        self.header.escalate_button.setVisible(active and detail.tier < 3)
        spans = self._tier_spans(detail)
        self.tier_spans = spans
        always_open = detail.sla is None or detail.sla.calendar.always_open
        self.header.show_tier_time(spans, always_open)

    def _tier_spans(self, detail: ConversationDetail) -> list[TierSpan]:
        """How long each tier held the conversation, from the escalation events already in the
        detail (no reading: this runs on every show of the conversation)."""
        changes = [
            (entry.created_at, int(entry.data["to_tier"]))
            for entry in detail.timeline
            if isinstance(entry, EventEntry)
            and entry.kind == "escalation"
            and isinstance(entry.data.get("to_tier"), int)
        ]
        if not changes:
            return []  # one tier all along: nothing to show
        solved = detail.status in ("solved", "closed") and detail.solved_at is not None
        end = detail.solved_at if solved and detail.solved_at else self.services.clock.now()
        calendar = detail.sla.calendar if detail.sla is not None else ALWAYS_OPEN
        return tier_spans(detail.created_at, changes, end, calendar)

    def hand_over(self, mode: str) -> HandOverDialog | None:
        """E (escalate), or return / transfer from the tier menu: the dialog, not blocking; when
        it is done the conversation is shown again and ``changed`` emitted."""
        detail = self._detail
        if detail is None:
            return None
        if mode == ESCALATE and detail.tier >= 3:
            self.strip.show_message(
                self.tr("This conversation is already with %1, the highest tier.").replace(
                    "%1", labels.tier_name(3)
                ),
                "error",
            )
            return None
        if mode == RETURN and detail.tier <= 1:
            self.strip.show_message(self.tr("This conversation is already with the first tier."), "error")
            return None
        if detail.status in ("solved", "closed"):
            self.strip.show_message(
                self.tr("This conversation is %1; reopen it before handing it over.").replace(
                    "%1", labels.status_label(detail.status).lower()
                ),
                "error",
            )
            return None
        try:
            dialog = HandOverDialog(self.services, detail, mode, self)
        except AgentDeskError as exc:
            self.strip.show_message(exc.message, "error")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._handed_over(detail.id, dialog.done_text, mode == ESCALATE))
        self.hand_over_dialog = dialog
        dialog.open()
        return dialog

    def _handed_over(self, conversation_id: uuid.UUID, text: str, escalated: bool) -> None:
        self.show_conversation(conversation_id)
        if escalated:
            # The customer should hear that a specialist takes over: offer the notices.
            self.strip.show_message(
                text + " " + self.tr("Let the customer know a specialist is taking over."),
                "info",
                (self.tr("Write the notice"), self.offer_escalation_notice),
            )
            self.handed_over.emit(conversation_id)
        else:
            self.strip.show_message(text, "info")
            self.changed.emit(conversation_id)

    def offer_escalation_notice(self) -> None:
        """A reply with the canned escalation notices listed (``/handover``), in the customer's
        language, to insert with Enter."""
        if self._detail is None or self.replies is None:
            return
        if not self.replies.suggestions(ESCALATION_NOTICE_QUERY):
            self.strip.show_message(
                self.tr(
                    "There are no escalation notices among the canned replies yet (shortcut /%1…)."
                ).replace("%1", ESCALATION_NOTICE_QUERY),
                "info",
            )
            return
        self.start_writing(REPLY)
        editor = self.composer.editor
        cursor = editor.textCursor()
        if cursor.positionInBlock() > 0:
            cursor.insertText("\n")
        cursor.insertText("/" + ESCALATION_NOTICE_QUERY)
        editor.setTextCursor(cursor)

    def take(self) -> bool:
        """Take the conversation from its queue (or from a colleague): it becomes the agent's own.
        Refused, with the reason in the strip, for a tier the agent does not work."""
        return self._act(lambda cid: self.services.escalation.take(cid))

    # -- new conversation ----------------------------------------------------------------------

    def new_conversation(self) -> NewConversationDialog | None:
        """Open the New conversation dialog (not blocking); on success the new conversation is
        shown and ``changed`` emitted."""
        try:
            dialog = NewConversationDialog(self.services, self)
        except AgentDeskError as exc:
            self.strip.show_message(exc.message, "error")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self._created(dialog))
        self.new_conversation_dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "new_conversation_dialog", None))
        dialog.open()
        return dialog

    def _created(self, dialog: NewConversationDialog) -> None:
        created = dialog.created
        if created is None:
            return
        self.show_conversation(created.id)
        self.changed.emit(created.id)
