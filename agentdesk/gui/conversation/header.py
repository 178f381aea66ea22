# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation's header: one line, whatever the width.

``[channel] Subject  #12    Customer  ·  Channel                       FR 45m  ·  RES 1d 2h``

It never wraps: when the line is short of room the SLA targets shrink first (without the pause
reasons, then to the most urgent one; every target stays in the tooltip) while the subject keeps
three fifths of the line; the customer loses the channel, is cut and then left out (the channel
icon stays, and the customer panel names them); and the subject ends in "…" (whole in its tooltip
and in "Copy"), down to ``SUBJECT_MIN`` to make room for the most urgent target. Its height is
that of one line (``line_height``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.elided_label import OneLineLabel
from agentdesk.gui.sla_chips import SlaChip, chips_for, met_chips
from agentdesk.gui.sla_text import sla_line
from agentdesk.inbox.queries import ConversationDetail
from agentdesk.record_text import customer_name
from agentdesk.sla.state import SlaState

H_MARGIN = 16
V_MARGIN = 8
ICON = 16
SUBJECT_SHARE = 0.6  # of the line the subject keeps before anything else gives way
SUBJECT_MIN = 120
CUSTOMER_MIN = 100  # cut shorter than this, the customer is left out (the panel below names them)
GAP = 8
SLA_GAP = 16
CHIP_COLOURS = {
    "breached": "DANGER",
    "warning": "CAUTION",
    "paused": "TEXT_FAINT",
    "met": "GOOD",
    "met_late": "CAUTION",
}


def _style() -> str:
    """Read at use, not at import: the theme can change while the window is open."""
    return f"""
    QWidget#conversationHeader {{ background: {theme.SURFACE}; border: none; }}
    QLabel#customerLine {{ color: {theme.TEXT_MUTED}; }}
    QLabel#slaLine {{ color: {theme.TEXT_MUTED}; }}
    QLabel#presenceLine {{ color: {theme.ACCENT}; font-weight: 600; }}
"""


def _chip_html(chip: SlaChip, *, reason: bool) -> str:
    colour = getattr(theme, CHIP_COLOURS.get(chip.kind, "TEXT"))  # the theme's at this moment
    weight = "; font-weight: 600" if chip.kind in ("breached", "warning") else ""
    text = (
        f'<span style="color: {theme.TEXT_MUTED}">{html.escape(chip.short)}</span> '
        f'<span style="color: {colour}{weight}">{html.escape(chip.time)}</span>'
    )
    if reason and chip.reason:
        text += f' <span style="color: {theme.TEXT_FAINT}">({html.escape(chip.reason)})</span>'
    return text


def sla_variants(state: SlaState | None, always_open: bool) -> tuple[list[str], str]:
    """The SLA targets from the longest way of saying them to the shortest (rich text): the
    header's line (``sla_text.sla_line``), the same without the pause reasons, and the most urgent
    target with the number of the others; and the tooltip that lists them all. Empty without a
    policy."""
    full, tooltip = sla_line(state, always_open=always_open)
    if state is None or not full:
        return [], tooltip
    chips = chips_for(state, always_open) or met_chips(state)
    separator = f'<span style="color: {theme.TEXT_FAINT}">&nbsp;&nbsp;·&nbsp;&nbsp;</span>'
    variants = [full, separator.join(_chip_html(chip, reason=False) for chip in chips)]
    if len(chips) > 1:
        more = f' <span style="color: {theme.TEXT_FAINT}">+{len(chips) - 1}</span>'
        variants.append(_chip_html(chips[0], reason=False) + more)
        variants.append(_chip_html(chips[0], reason=False))
    unique: list[str] = []
    for variant in variants:
        if variant not in unique:
            unique.append(variant)
    return unique, tooltip


class ConversationHeader(QWidget):
    """Channel, subject, number, customer and the SLA targets, in one line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.channel_icon = QLabel(self)
        self.channel_icon.setFixedSize(QSize(ICON, ICON))
        self.subject = OneLineLabel(parent=self)
        self.subject.setObjectName("subject")
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        self.subject.setFont(font)
        self.number = QLabel(self)
        self.number.setObjectName("number")
        self.number.setTextFormat(Qt.TextFormat.PlainText)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer = OneLineLabel(parent=self)
        self.customer.setObjectName("customerLine")
        self.sla = QLabel(self)
        self.sla.setObjectName("slaLine")
        self.sla.setTextFormat(Qt.TextFormat.RichText)  # built from escaped parts
        self.sla.setWordWrap(False)
        self.presence = OneLineLabel(parent=self)  # "Anna is writing a reply" (presence_view)
        self.presence.setObjectName("presenceLine")
        self.presence.hide()
        self.presence_icon = QLabel(self)  # an eye, or a pen while someone writes a reply
        self.presence_icon.setFixedSize(QSize(ICON, ICON))
        self.presence_icon.hide()
        self._presence_texts: tuple[str, ...] = ()  # longest first
        self._presence_state = ""
        self._sla_variants: list[tuple[str, int]] = []  # (rich text, width), longest first
        self._customer_texts: tuple[str, ...] = ("",)  # longest first
        self.setStyleSheet(_style())  # (after the labels: a style change measures them)
        self.setFixedHeight(self.line_height())

    def line_height(self) -> int:
        """The header's height: one line of its tallest text, and the margins."""
        self.ensurePolished()
        for label in (self.subject, self.number, self.customer, self.sla):
            label.ensurePolished()
        tallest = max(
            ICON, *(label.fontMetrics().height() for label in (self.subject, self.customer, self.sla))
        )
        return tallest + 2 * V_MARGIN

    def apply_theme(self) -> None:
        self.setStyleSheet(_style())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setFixedHeight(self.line_height())  # still one line, of the new size

    # -- what it shows ---------------------------------------------------------------------------

    def show_detail(self, detail: ConversationDetail) -> None:
        self.subject.set_text(detail.subject or self.tr("(no subject)"))
        self.number.setText(f"#{detail.number}" if detail.number is not None else "")
        self.channel_icon.setPixmap(icons.channel_icon(detail.channel).pixmap(ICON, ICON))
        channel = labels.channel_label(detail.channel)
        self.channel_icon.setToolTip(channel)
        customer = detail.customer
        name = customer_name(customer.name)  # "Erased customer" after a GDPR erasure
        self._customer_texts = (f"{name}  ·  {channel}", name)
        self.customer.set_text(self._customer_texts[0])
        about = [name, customer.email or "", labels.plan_label(customer.plan)]
        about += [labels.language_label(detail.language), customer.company or ""]
        self.customer.set_tip("\n".join(part for part in about if part))
        self._arrange()

    def show_sla(self, state: SlaState | None, always_open: bool) -> None:
        """The targets at this moment (called every second: no layout unless the widths change)."""
        variants, tooltip = sla_variants(state, always_open)
        if [v for v, _w in self._sla_variants] != variants:
            self._sla_variants = [(v, self._rich_width(v)) for v in variants]
            self._arrange()
        self.sla.setToolTip(tooltip)

    def set_presence(self, texts: tuple[str, ...], state: str = "", tip: str = "") -> None:
        """Who else is on this conversation, from the longest way of saying it to the shortest
        (none when nobody); ``state`` "writing" or "viewing" picks the icon. It keeps its room
        before the customer's name, which the panel below shows anyway."""
        if (texts, state) == (self._presence_texts, self._presence_state):
            return
        self._presence_texts, self._presence_state = texts, state
        if state:
            name = "mdi6.pencil" if state == "writing" else "mdi6.eye-outline"
            self.presence_icon.setPixmap(icons.icon(name, theme.ACCENT).pixmap(ICON, ICON))
        self.presence.set_text(texts[0] if texts else "")
        self.presence.set_tip(tip)
        self.presence_icon.setToolTip(tip)
        self._arrange()

    def _rich_width(self, text: str) -> int:
        document = QTextDocument()
        document.setDefaultFont(self.sla.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth()) + 2

    # -- layout ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Give the subject, the customer and the SLA their room in the one line (see the module
        docstring for who gives way first)."""
        width = self.width()
        height = self.height()
        x = H_MARGIN
        right = width - H_MARGIN
        self.channel_icon.move(x, (height - ICON) // 2)
        x += ICON + GAP
        number_width = self.number.sizeHint().width() if self.number.text() else 0
        available = max(0, right - x - (number_width + GAP if number_width else 0))
        subject_natural = self.subject.natural_width()
        subject_min = min(subject_natural, max(SUBJECT_MIN, int(available * SUBJECT_SHARE)))

        sla_text, sla_width = "", 0
        for index, (text, text_width) in enumerate(self._sla_variants):
            # The shortest way of saying it (the most urgent target) may cut the subject further.
            last = index == len(self._sla_variants) - 1
            keep = min(subject_natural, SUBJECT_MIN) if last else subject_min
            if text_width + SLA_GAP <= available - keep:
                sla_text, sla_width = text, text_width
                break
        rest = available - (sla_width + SLA_GAP if sla_text else 0)
        presence_width = 0
        if self._presence_texts:  # the longest way of saying it that fits, else the shortest, cut
            room = rest - min(subject_natural, SUBJECT_MIN) - SLA_GAP - ICON - GAP // 2
            for text in self._presence_texts:
                self.presence.set_text(text)
                if self.presence.natural_width() <= room:
                    break
            presence_width = max(0, min(self.presence.natural_width(), room))
            rest -= presence_width + ICON + GAP // 2 + SLA_GAP
        customer_room = rest - subject_min - 2 * GAP
        for text in self._customer_texts:  # with the channel, else the name alone
            self.customer.set_text(text)
            if self.customer.natural_width() <= customer_room:
                break
        customer_natural = self.customer.natural_width()
        customer_width = min(customer_natural, customer_room)
        if customer_width < min(customer_natural, CUSTOMER_MIN):
            customer_width = 0
        subject_width = max(
            0, min(subject_natural, rest - (customer_width + 2 * GAP if customer_width else 0))
        )

        self._place(self.subject, x, subject_width)
        x += subject_width + GAP
        if number_width:
            self._place(self.number, x, number_width)
            x += number_width + GAP
        self.customer.setVisible(customer_width > 0)
        if customer_width:
            self._place(self.customer, x + GAP, customer_width)
        if self.sla.text() != sla_text:
            self.sla.setText(sla_text)
        self.sla.setVisible(bool(sla_text))
        if sla_text:
            self._place(self.sla, right - sla_width, sla_width)
        self.presence.setVisible(presence_width > 0)
        self.presence_icon.setVisible(bool(self._presence_texts))
        if self._presence_texts:
            end = right - (sla_width + SLA_GAP if sla_text else 0)
            if presence_width:
                self._place(self.presence, end - presence_width, presence_width)
            self.presence_icon.move(end - presence_width - GAP // 2 - ICON, (height - ICON) // 2)

    def _place(self, label: QLabel, x: int, width: int) -> None:
        """On the line's baseline (the subject's, whose font is the largest), ``width`` wide."""
        subject = self.subject.fontMetrics()
        baseline = (self.height() + subject.ascent() - subject.descent()) // 2
        metrics = label.fontMetrics()
        label.setGeometry(QRect(x, baseline - metrics.ascent(), width, metrics.height()))
