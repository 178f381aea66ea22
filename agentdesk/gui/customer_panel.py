# SPDX-License-Identifier: GPL-3.0-or-later
"""Who the customer is, and every other conversation with them.

The agent answers better knowing the plan, the language, what the notes say and how the earlier
conversations went (status and satisfaction), so this sits beside the timeline on a wide pane and
below it on a narrow one (``set_wide``: profile and list side by side when the panel is a short
strip under the composer, stacked when it is a column). As a strip it can collapse to its first
line (name, plan, company and how many other conversations), which the chevron or a click on the
line opens again. A click or Enter on a conversation asks to open it (``conversation_requested``);
the panel never opens anything itself.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.elided_label import ElidedLabel
from agentdesk.inbox.queries import Csat, CustomerSummary, OtherConversation
from agentdesk.record_text import customer_name

if TYPE_CHECKING:
    from agentdesk.services import Services

CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 46


def _style() -> str:
    """Read at use, not at import: the theme can change while the window is open."""
    return f"""
    QWidget#customerPanel {{ background: {theme.SURFACE}; }}
    QLabel#customerName {{ color: {theme.TEXT}; font-weight: 600; }}
    QLabel#customerField {{ color: {theme.TEXT_FAINT}; }}
    QLabel#customerValue {{ color: {theme.TEXT}; }}
    QLabel#customerNotes {{ color: {theme.TEXT}; background: {theme.SIDEBAR};
        border: 1px solid {theme.ROW_SEPARATOR}; border-radius: 4px; padding: 4px 6px; }}
    QLabel#sectionTitle {{ color: {theme.TEXT_MUTED}; font-weight: 600; }}
    QListView#customerConversations {{ background: {theme.SURFACE}; border: 1px solid transparent; }}
    QListView#customerConversations:focus {{ border: 1px solid {theme.SELECTION_BORDER}; }}
    QScrollArea#customerProfile {{ background: {theme.SURFACE}; border: none; }}
    QWidget#customerProfileBody {{ background: {theme.SURFACE}; }}
"""


class ValueLabel(ElidedLabel):
    """One line of profile data: elided to fit (an address never widens the panel), whole in the
    tooltip and in "Copy"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("customerValue")


def csat_text(csat: Csat | None) -> str:
    """A score as the survey asked it (``4/5``) or, on other scales, as a share (``80%``)."""
    if csat is None:
        return ""
    if csat.scale_min == 1 and csat.scale_max == 5:
        return f"{csat.score:g}/5"
    return f"{round(csat.share * 100)}%"


def csat_colour(share: float) -> str:
    return theme.GOOD if share >= 0.75 else theme.CAUTION if share >= 0.5 else theme.DANGER


class ConversationDelegate(QStyledItemDelegate):
    """Two lines per conversation: number and subject; status, date and satisfaction."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        other = index.data(CONVERSATION_ROLE)
        if not isinstance(other, OtherConversation):
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(theme.SELECTION))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(theme.HOVER))
        painter.setPen(QColor(theme.ROW_SEPARATOR))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(8, 5, -8, -5)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        icons.channel_icon(other.channel).paint(painter, QRect(inner.left(), inner.top() + 1, 14, 14))
        number = f"#{other.number}" if other.number is not None else ""
        painter.setFont(font)
        painter.setPen(QColor(theme.TEXT_FAINT))
        number_width = metrics.horizontalAdvance(number) + 6 if number else 0
        painter.drawText(
            QRect(inner.right() - number_width + 6, inner.top(), number_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            number,
        )
        subject_rect = QRect(inner.left() + 20, inner.top(), inner.width() - 20 - number_width, line)
        painter.setPen(QColor(theme.TEXT))
        painter.drawText(
            subject_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(other.subject or "—", Qt.TextElideMode.ElideRight, subject_rect.width()),
        )
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        y = inner.top() + line + 3
        x = inner.left() + 20
        status = labels.status_label(other.status)
        background, foreground = theme.STATUS_CHIPS.get(other.status, (theme.ROW_SEPARATOR, theme.TEXT_MUTED))
        status_width = small_metrics.horizontalAdvance(status) + 10
        chip = QRect(x, y, status_width, small_metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(QColor(foreground))
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), status)
        x += status_width + 8
        painter.setPen(QColor(theme.TEXT_FAINT))
        date = labels.local_date(other.created_at)
        date_width = small_metrics.horizontalAdvance(date)
        painter.drawText(QRect(x, y, date_width + 2, chip.height()), int(Qt.AlignmentFlag.AlignVCenter), date)
        x += date_width + 10
        if other.csat is not None:
            text = csat_text(other.csat)
            painter.setPen(QColor(csat_colour(other.csat.share)))
            label = self.tr("CSAT %1").replace("%1", text)
            painter.drawText(
                QRect(x, y, max(0, inner.right() - x), chip.height()),
                int(Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0, inner.right() - x)),
            )
        painter.restore()


class ConversationList(QListView):
    """The customer's conversations; Enter opens the current one, like a click."""

    open_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerConversations")
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(ConversationDelegate(self))
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.clicked.connect(self._open)

    def show_conversations(self, others: tuple[OtherConversation, ...]) -> None:
        self.model_.clear()
        for other in others:
            item = QStandardItem()
            item.setData(other, CONVERSATION_ROLE)
            item.setData(f"#{other.number} {other.subject}", Qt.ItemDataRole.DisplayRole)
            tip = [other.subject, labels.status_label(other.status), labels.local_datetime(other.created_at)]
            item.setToolTip(" · ".join(t for t in tip if t))
            item.setEditable(False)
            self.model_.appendRow(item)

    def conversation_at(self, row: int) -> OtherConversation | None:
        item = self.model_.item(row)
        value = item.data(CONVERSATION_ROLE) if item is not None else None
        return value if isinstance(value, OtherConversation) else None

    def _open(self, index: QModelIndex) -> None:
        other = index.data(CONVERSATION_ROLE)
        if isinstance(other, OtherConversation):
            self.open_requested.emit(other.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class CustomerPanel(QWidget):
    """Profile and conversations of the conversation's customer."""

    conversation_requested = Signal(uuid.UUID)
    collapsed_changed = Signal(bool)
    toggled_by_agent = Signal()  # the agent opened or closed the strip (their choice then stands)
    customer_changed = Signal(uuid.UUID)  # edited or merged in the customer dialog

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("customerPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_style())
        self._collapsed = False
        self._wide = False

        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(False)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.name.setFont(font)
        self.plan = QLabel()
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        self.plan.setProperty("chip", True)
        self.plan.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.summary = ElidedLabel()
        self.summary.setObjectName("customerField")
        self.toggle = QToolButton()
        self.toggle.setObjectName("customerToggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.clicked.connect(self._toggle)
        self.vip = QLabel(self.tr("VIP"))
        self.vip.setObjectName("customerVip")
        self.vip.setToolTip(self.tr("A VIP customer: their conversations deserve extra care"))
        self.vip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.vip.hide()
        self.edit = QToolButton()
        self.edit.setObjectName("customerEdit")
        self.edit.setAutoRaise(True)
        self.edit.setIcon(icons.icon("mdi6.pencil-outline", theme.TEXT_MUTED))
        self.edit.setToolTip(self.tr("Edit the customer, merge a duplicate, see the history (Ctrl+Shift+U)"))
        self.edit.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.clicked.connect(self.edit_customer)
        self.edit.setVisible(services is not None)
        name_row = QHBoxLayout()
        name_row.setSpacing(8)
        name_row.addWidget(self.name, 0)
        name_row.addWidget(self.plan, 0, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self.vip, 0, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        name_row.addWidget(self.summary, 1)
        name_row.addStretch(0)  # takes the room while the summary is hidden, so the chip stays by the name
        name_row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)

        self.fields: dict[str, tuple[QLabel, ValueLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        for row, (key, title) in enumerate(
            (
                ("email", self.tr("Email")),
                ("other_emails", self.tr("Other emails")),
                ("phone", self.tr("Phone")),
                ("company", self.tr("Company")),
                ("organisation", self.tr("Organisation")),
                ("language", self.tr("Language")),
                ("since", self.tr("Since")),
            )
        ):
            field = QLabel(title)
            field.setObjectName("customerField")
            field.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = ValueLabel()
            grid.addWidget(field, row, 0)
            grid.addWidget(value, row, 1)
            self.fields[key] = (field, value)
        self.notes = QLabel()
        self.notes.setObjectName("customerNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        profile_body = QWidget()
        profile_body.setObjectName("customerProfileBody")
        profile_layout = QVBoxLayout(profile_body)
        profile_layout.setContentsMargins(0, 0, 6, 0)
        profile_layout.setSpacing(6)
        profile_layout.addLayout(grid)
        profile_layout.addWidget(self.notes)
        profile_layout.addStretch(1)
        self.profile = QScrollArea()
        self.profile.setObjectName("customerProfile")
        self.profile.setWidget(profile_body)
        self.profile.setWidgetResizable(True)
        self.profile.setFrameShape(QFrame.Shape.NoFrame)
        self.profile.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.tree = ConversationList()  # named like the list it replaces, for the window's tests
        self.tree.open_requested.connect(self.conversation_requested)
        self.empty = QLabel()
        self.empty.setObjectName("customerField")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.setSpacing(4)
        history_layout.addWidget(self.title)
        history_layout.addWidget(self.tree, 1)
        history_layout.addWidget(self.empty)
        self.org_title = QLabel()
        self.org_title.setObjectName("sectionTitle")
        self.org_title.setTextFormat(Qt.TextFormat.PlainText)
        self.org_title.setWordWrap(True)
        self.org_list = ConversationList()
        self.org_list.setObjectName("organisationConversations")
        self.org_list.open_requested.connect(self.conversation_requested)
        self.org_list.setMaximumHeight(ROW_HEIGHT * 3 + 4)
        history_layout.addWidget(self.org_title)
        history_layout.addWidget(self.org_list)
        self.org_title.hide()
        self.org_list.hide()
        history_layout.addStretch(0)
        self.history = history

        self.body = QWidget()
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.body)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)
        self.box.addWidget(self.profile, 0)
        self.box.addWidget(history, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 8, 10, 8)
        outer.setSpacing(8)
        outer.addLayout(name_row)
        outer.addWidget(self.body, 1)
        self._outer = outer
        self._wide = False
        self._customer: CustomerSummary | None = None
        self.set_collapsed(False)
        from agentdesk.gui.privacy_dialog import add_privacy_actions  # right-click: GDPR export, erase

        add_privacy_actions(self, services, lambda: self._customer, self.customer_changed.emit)

    def apply_theme(self) -> None:
        """Colours again after the theme changed (the list paints with the current ones anyway)."""
        self.setStyleSheet(_style())
        if self._customer is not None:
            self._show_plan(self._customer.plan)
        self.tree.viewport().update()

    @property
    def collapsed(self) -> bool:
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        """Only the name line (a strip under the conversation, when space is short); a column
        beside the conversation never collapses."""
        collapsed = collapsed and self._wide
        changed = collapsed != self._collapsed
        self._collapsed = collapsed
        self.body.setVisible(not collapsed)
        self.summary.setVisible(collapsed)
        self.toggle.setVisible(self._wide)
        self.toggle.setIcon(
            icons.icon("mdi6.chevron-up" if collapsed else "mdi6.chevron-down", theme.TEXT_MUTED)
        )
        self.toggle.setToolTip(self.tr("Show the customer") if collapsed else self.tr("Hide the customer"))
        if changed:
            self.collapsed_changed.emit(collapsed)

    def _toggle(self) -> None:
        self.set_collapsed(not self._collapsed)
        self.toggled_by_agent.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the first line opens or closes the strip, like the chevron."""
        if (
            self._wide
            and event.button() == Qt.MouseButton.LeftButton
            and event.position().y() < self.bar_height()
        ):
            self._toggle()
            event.accept()
            return
        super().mousePressEvent(event)

    def bar_height(self) -> int:
        """The height of the panel collapsed to its name line."""
        margins = self._outer.contentsMargins()
        extra = margins.top() + margins.bottom()
        return max(self.name.sizeHint().height(), self.plan.sizeHint().height(), 24) + extra

    def set_wide(self, wide: bool) -> None:
        """Side by side (a short strip under the conversation) or stacked (a column beside it)."""
        self._wide = wide
        self.box.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.box.setStretch(0, 4 if wide else 0)
        self.box.setStretch(1, 5 if wide else 1)
        self.set_collapsed(self._collapsed if wide else False)
        self._fit_profile()

    def show_customer(
        self, customer: CustomerSummary, others: tuple[OtherConversation, ...], total: int
    ) -> None:
        self._customer = customer
        name = customer_name(customer.name)  # "Erased customer" after a GDPR erasure
        self.name.setText(name)
        self.edit.setEnabled(bool(customer.name.strip()))  # an erased customer's record stays empty
        self._show_plan(customer.plan)
        organisation = self._show_organisation(customer.id)
        values = {
            "email": customer.email or "",
            "other_emails": ", ".join(customer.other_emails),
            "phone": customer.phone or "",
            "company": customer.company or "",
            "organisation": organisation,
            "language": labels.language_label(customer.language),
            "since": labels.local_date(customer.created_at) if customer.created_at else "",
        }
        for key, (field, value) in self.fields.items():
            value.set_value(values[key])
            field.setVisible(bool(values[key]))
            value.setVisible(bool(values[key]))
        self.notes.setText(customer.notes.strip())
        self.notes.setVisible(bool(customer.notes.strip()))
        self.notes.setToolTip(self.tr("Notes about %1").replace("%1", name))

        self.tree.show_conversations(others)
        if total == 0:
            self.title.setText(self.tr("Conversations"))
            self.empty.setText(self.tr("No other conversations with %1.").replace("%1", name))
        elif total > len(others):
            self.title.setText(
                self.tr("Other conversations (newest %1 of %2)")
                .replace("%1", str(len(others)))
                .replace("%2", str(total))
            )
        else:
            self.title.setText(self.tr("Other conversations (%1)").replace("%1", str(total)))
        self.tree.setVisible(bool(others))
        self.empty.setVisible(not others)
        if total == 1:
            others_text = self.tr("1 other conversation")
        else:
            others_text = self.tr("%n other conversations", "", total) if total else ""
        summary = [customer.company or "", others_text]
        self.summary.set_value("  ·  ".join(part for part in summary if part))
        self._fit_profile()

    def _show_organisation(self, customer_id: uuid.UUID) -> str:
        """VIP chip and the organisation's other open conversations; the organisation's name."""
        self.org_list.show_conversations(())
        self.org_title.hide()
        self.org_list.hide()
        self.vip.hide()
        if self.services is None:
            return ""
        from agentdesk.customers.organisations import OrganisationService
        from agentdesk.customers.records import CustomerService
        from agentdesk.errors import NotFoundError

        try:
            record = CustomerService(self.services.store).get(customer_id)
        except NotFoundError:
            return ""
        self.vip.setVisible(record.vip)
        self.vip.setStyleSheet(
            f"background: {theme.CAUTION}; color: {theme.SURFACE}; border-radius: 4px; padding: 1px 7px;"
            " font-weight: 600;"
        )
        if record.organisation_id is None:
            return ""
        open_ones = OrganisationService(self.services.store).open_conversations(
            record.organisation_id, besides_customer=customer_id, limit=20
        )
        if open_ones:
            self.org_title.setText(
                self.tr("Open at %1 (%2)")
                .replace("%1", record.organisation_name or "")
                .replace("%2", str(len(open_ones)))
            )
            self.org_list.show_conversations(
                tuple(
                    OtherConversation(
                        id=c.id,
                        number=c.number,
                        subject=f"{c.subject} · {customer_name(c.customer_name)}",
                        status=c.status,
                        channel=c.channel,
                        created_at=c.created_at,
                        csat=None,
                    )  # fmt: skip
                    for c in open_ones
                )
            )
            self.org_title.show()
            self.org_list.show()
        return record.organisation_name or ""

    def edit_customer(self) -> None:
        """Open the customer dialog; a saved change shows here at once."""
        if self.services is None or self._customer is None:
            return
        from agentdesk.gui.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.services, self._customer.id, self)
        dialog.exec()
        if dialog.changed:
            self.customer_changed.emit(self._customer.id)

    def _show_plan(self, plan: str) -> None:
        self.plan.setText(labels.plan_label(plan))
        background, foreground = theme.PLAN_CHIPS.get(plan, (theme.ROW_SEPARATOR, theme.TEXT_MUTED))
        self.plan.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 4px; padding: 1px 7px;"
            " font-weight: 600;"
        )

    def _fit_profile(self) -> None:
        """Stacked, the profile takes what it needs (up to half the column) and the list the rest."""
        body = self.profile.widget()
        if body is None:
            return
        if self._wide:
            self.profile.setMaximumHeight(16_777_215)
            return
        body.adjustSize()
        wanted = body.sizeHint().height() + 2
        self.profile.setMaximumHeight(max(80, min(wanted, max(120, self.height() // 2))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_profile()
