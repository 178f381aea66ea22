# SPDX-License-Identifier: GPL-3.0-or-later
"""Painting of the inbox rows: subject with snippet or search match, SLA and status chips, the
waiting mark.

Delegates paint straight from the row in ``ROW_ROLE`` (and the chips in ``SLA_ROLE``); they never
ask the database and never change a row's height (the view has fixed row heights, so painting a
screenful stays cheap at any size). Painting runs for every visible cell on every repaint, so the
fonts and metrics derived from the view's font are made once (``fonts``), and the cells painted
here from the row skip the style option's per-role questions to the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from agentdesk.gui import icons, labels, theme
from agentdesk.gui.inbox_model import ROW_ROLE, SLA_ROLE, CellLook, Column, InboxModel, theme_colour
from agentdesk.gui.labels import translate
from agentdesk.gui.sla_chips import SlaChip
from agentdesk.inbox.search import HIGHLIGHT_END, HIGHLIGHT_START
from agentdesk.inbox.views import InboxRow
from agentdesk.record_text import customer_name

AnyIndex = QModelIndex | QPersistentModelIndex
PADDING = 8
MARK_WIDTH = 3
PRESENCE_ICON = 14  # the mark of a conversation someone else is on
CHIP_GAP = 4
CHIP_PADDING = 6
_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class Fonts:
    """The fonts a row paints with, derived from one base font, with their metrics."""

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)
        self.chip = self.small_bold
        self.metrics = QFontMetrics(self.base)
        self.bold_metrics = QFontMetrics(self.bold)
        self.small_metrics = QFontMetrics(self.small)
        self.small_bold_metrics = QFontMetrics(self.small_bold)
        self.chip_metrics = self.small_bold_metrics
        self.chip_height = self.chip_metrics.height() + 5
        self.gap = self.small_metrics.horizontalAdvance("  ")

    def chip_width(self, text: str) -> int:
        return self.chip_metrics.horizontalAdvance(text) + 2 * CHIP_PADDING


_fonts: dict[str, Fonts] = {}


def fonts(font: QFont) -> Fonts:
    """The ``Fonts`` of ``font``, made on first use (a font size change makes a new set)."""
    key = font.key()
    found = _fonts.get(key)
    if found is None:
        if len(_fonts) > 16:
            _fonts.clear()
        found = _fonts[key] = Fonts(font)
    return found


def _row(index: AnyIndex) -> InboxRow | None:
    row = index.data(ROW_ROLE)
    return row if isinstance(row, InboxRow) else None


def two_lines(rect: QRect, first: int, second: int, gap: int = 2) -> tuple[QRect, QRect]:
    """Two lines, ``first`` and ``second`` pixels high, centred as a block in ``rect``."""
    total = first + gap + second
    top = rect.top() + max(0, (rect.height() - total) // 2)
    line1 = QRect(rect.left(), top, rect.width(), first)
    line2 = QRect(rect.left(), line1.bottom() + 1 + gap, rect.width(), second)
    return line1, line2


def _chip_colours(table: Mapping[Any, tuple[str, str]], value: object) -> tuple[QColor, QColor]:
    """``theme.chip_colours`` with the colours parsed once."""
    background, text = table.get(value, (theme.ROW_SEPARATOR, theme.TEXT_MUTED))
    return theme_colour(background), theme_colour(text)


_SELECTED = QStyle.StateFlag.State_Selected.value
_HOVER = QStyle.StateFlag.State_MouseOver.value
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ANTIALIASING = QPainter.RenderHint.Antialiasing


class RowDelegate(QStyledItemDelegate):
    """Background, selection and the row separator for every cell; the waiting mark in the first.

    Subclasses paint their content in ``paint_content`` from the row; this class paints plain cells
    (icon, text, colour, font and alignment from the model's roles).

    Nothing here goes through the widget style: under the window's style sheet every
    ``drawPrimitive``/``drawControl`` call matches style rules again, which made a scroll frame
    several times slower than the painting itself (bench/ scroll figure). The selection and
    hover backgrounds are the theme's colours, as the style sheet gives them.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = option.rect
        state = option.state.value
        model = index.model()
        inbox = model if isinstance(model, InboxModel) else None
        row = inbox.row_at(index.row()) if inbox is not None else _row(index)
        painter.save()
        if state & _SELECTED:
            painter.fillRect(rect, theme_colour(theme.SELECTION))
        elif state & _HOVER:
            painter.fillRect(rect, theme_colour(theme.HOVER))
        if row is not None:
            self.paint_content(painter, option, index, row, option.widget)
        painter.setRenderHint(_ANTIALIASING, False)
        painter.setPen(theme_colour(theme.ROW_SEPARATOR))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        if row is not None and row.awaiting_reply and index.column() == 0:
            painter.fillRect(
                QRect(rect.left(), rect.top(), MARK_WIDTH, rect.height() - 1), theme_colour(theme.WAITING)
            )
        painter.restore()

    def paint_content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        row: InboxRow,
        widget: QWidget | None,
    ) -> None:
        model = index.model()
        look = model.cell(index.row(), index.column()) if isinstance(model, InboxModel) else _look(index)
        if look is None:
            return
        text, icon, font, foreground, alignment = look
        rect = option.rect.adjusted(PADDING, 0, -PADDING, -1)
        align = Qt.AlignmentFlag(alignment)
        if icon is not None and not icon.isNull():
            size = option.decorationSize
            if not text:  # an icon alone sits where the column aligns it
                icon.paint(painter, QStyle.alignedRect(option.direction, align, size, option.rect))
                return
            area = QRect(
                rect.left(), rect.top() + (rect.height() - size.height()) // 2, size.width(), size.height()
            )
            icon.paint(painter, area)
            rect.setLeft(area.right() + 1 + PADDING // 2)
        if not text:
            return
        if font is None:
            font = option.font
        painter.setFont(font)
        painter.setPen(foreground if foreground is not None else theme_colour(theme.TEXT))
        painter.drawText(
            rect, alignment, fonts(font).metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        )


def _look(index: AnyIndex) -> CellLook:
    """``InboxModel.cell`` for any model, from its roles."""
    text = index.data(_DISPLAY)
    icon = index.data(_DECORATION)
    font = index.data(_FONT)
    foreground = index.data(_FOREGROUND)
    if isinstance(foreground, QBrush):
        foreground = foreground.color()
    alignment = index.data(_ALIGNMENT)
    return (
        str(text) if text is not None else None,
        icon if isinstance(icon, QIcon) else None,
        font if isinstance(font, QFont) else None,
        foreground if isinstance(foreground, QColor) else None,
        int(alignment) if alignment is not None else _LEFT_MIDDLE,
    )


def _highlighted_parts(text: str) -> list[tuple[str, bool]]:
    """``text`` split at the search markers: (part, matched) pairs; markers dropped."""
    parts: list[tuple[str, bool]] = []
    matched = False
    current: list[str] = []
    for char in text:
        if char in (HIGHLIGHT_START, HIGHLIGHT_END):
            if current:
                parts.append(("".join(current), matched))
                current = []
            matched = char == HIGHLIGHT_START
        else:
            current.append(char)
    if current:
        parts.append(("".join(current), matched))
    return parts


def paint_highlighted(
    painter: QPainter, rect: QRect, text: str, plain: QFont, bold: QFont, colour: QColor
) -> None:
    """One line of ``text`` whose marked parts are bold on the highlight colour; elided at the end."""
    metrics = {False: QFontMetrics(plain), True: QFontMetrics(bold)}
    x = rect.left()
    right = rect.right()
    for part, matched in _highlighted_parts(" ".join(text.split())):
        m = metrics[matched]
        width = m.horizontalAdvance(part)
        room = right - x
        if room <= 0:
            break
        if width > room:
            part = m.elidedText(part, Qt.TextElideMode.ElideRight, room)
            width = m.horizontalAdvance(part)
        target = QRect(x, rect.top(), width, rect.height())
        if matched:
            painter.fillRect(target.adjusted(-1, 1, 1, -1), theme_colour(theme.HIGHLIGHT_BG))
            painter.setPen(theme_colour(theme.HIGHLIGHT_TEXT))
        else:
            painter.setPen(colour)
        painter.setFont(bold if matched else plain)
        painter.drawText(target, _LEFT_MIDDLE, part)
        x += width


class SubjectDelegate(RowDelegate):
    """Subject on the first line (bold while the customer waits); below in grey the number and the
    snippet, or for a search result the matched words, highlighted. Without a customer column (a
    narrow list) the customer's name leads the second line."""

    def paint_content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        row: InboxRow,
        widget: QWidget | None,
    ) -> None:
        f = fonts(option.font)
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        waiting = row.awaiting_reply
        subject_font, subject_metrics = (f.bold, f.bold_metrics) if waiting else (f.base, f.metrics)
        line1, line2 = two_lines(rect, subject_metrics.height(), f.small_metrics.height())
        model = index.model()
        presence = model.presence_of(row.id) if isinstance(model, InboxModel) else None
        if presence is not None:  # someone else is on it: an eye, or a pen while they write a reply
            size = min(PRESENCE_ICON, line1.height())
            mark = QRect(line1.right() - size + 1, line1.top() + (line1.height() - size) // 2, size, size)
            name = "mdi6.pencil" if presence == "writing" else "mdi6.eye-outline"
            icons.icon(name, theme.ACCENT).paint(painter, mark)
            line1.setRight(mark.left() - f.gap)

        if row.matched == "subject" and HIGHLIGHT_START in row.excerpt:
            paint_highlighted(painter, line1, row.excerpt, subject_font, f.bold, theme_colour(theme.TEXT))
        else:
            subject = row.subject or self.tr("(no subject)")
            painter.setFont(subject_font)
            painter.setPen(theme_colour(theme.TEXT))
            painter.drawText(
                line1,
                _LEFT_MIDDLE,
                subject_metrics.elidedText(subject, Qt.TextElideMode.ElideRight, line1.width()),
            )

        x = line2.left()
        if isinstance(widget, QTableView) and widget.isColumnHidden(Column.CUSTOMER):
            name_font, name_metrics = (
                (f.small_bold, f.small_bold_metrics) if waiting else (f.small, f.small_metrics)
            )
            shown = customer_name(row.customer_name)
            name = name_metrics.elidedText(shown, Qt.TextElideMode.ElideRight, line2.width() // 2)
            painter.setFont(name_font)
            painter.setPen(theme_colour(theme.TEXT))
            painter.drawText(line2, _LEFT_MIDDLE, name)
            x += name_metrics.horizontalAdvance(name) + f.gap
        painter.setFont(f.small)
        if row.number is not None:
            number = f"#{row.number}"
            painter.setPen(theme_colour(theme.TEXT_FAINT))
            painter.drawText(
                QRect(x, line2.top(), max(0, line2.right() - x), line2.height()), _LEFT_MIDDLE, number
            )
            x += f.small_metrics.horizontalAdvance(number) + f.gap
        rest = QRect(x, line2.top(), max(0, line2.right() - x), line2.height())
        if row.matched in ("message", "customer") and row.excerpt:
            paint_highlighted(
                painter, rest, row.excerpt, f.small, f.small_bold, theme_colour(theme.TEXT_MUTED)
            )
            return
        painter.setPen(theme_colour(theme.TEXT_MUTED))
        painter.drawText(
            rest,
            _LEFT_MIDDLE,
            f.small_metrics.elidedText(row.snippet, Qt.TextElideMode.ElideRight, rest.width()),
        )


def paint_chip(
    painter: QPainter,
    rect: QRect,
    text: str,
    background: QColor,
    foreground: QColor,
    font: QFont,
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
) -> int:
    """A rounded label; shared by the list and anything else that shows a status or tier.
    Returns the width painted."""
    f = fonts(font)
    width = min(rect.width(), f.chip_width(text))
    height = min(rect.height(), f.chip_height)
    if alignment & Qt.AlignmentFlag.AlignLeft:
        left = rect.left()
    else:
        left = rect.left() + (rect.width() - width) // 2
    chip = QRectF(left, rect.top() + (rect.height() - height) / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(chip, 4, 4)
    painter.setFont(f.chip)
    painter.setPen(foreground)
    if width < f.chip_width(text):
        text = f.chip_metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, int(chip.width()) - 8))
    painter.drawText(chip, _CENTER, text)
    return width


class ChipDelegate(RowDelegate):
    """The tier (L1/L2/L3) or the status as a coloured chip."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = column

    def paint_content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        row: InboxRow,
        widget: QWidget | None,
    ) -> None:
        if self._column == Column.TIER:
            text = labels.tier_label(row.tier)
            background, foreground = _chip_colours(theme.TIER_CHIPS, row.tier)
            alignment = Qt.AlignmentFlag.AlignCenter
        else:
            text = labels.status_label(row.status)
            background, foreground = _chip_colours(theme.STATUS_CHIPS, row.status)
            alignment = Qt.AlignmentFlag.AlignLeft
        rect = option.rect.adjusted(
            PADDING // 2 if alignment == Qt.AlignmentFlag.AlignCenter else PADDING, 0, -PADDING // 2, 0
        )
        paint_chip(painter, rect, text, background, foreground, option.font, alignment)


class SlaDelegate(RowDelegate):
    """The SLA chips of a row, most urgent first, on the first line: those that fit, then a ``+1``
    mark for the ones that do not (the tooltip lists every target). On the second line, in grey,
    why a shown chip's clock stands still."""

    def paint_content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        row: InboxRow,
        widget: QWidget | None,
    ) -> None:
        chips: tuple[SlaChip, ...] = index.data(SLA_ROLE) or ()
        if not chips:
            return
        f = fonts(option.font)
        rect = option.rect.adjusted(PADDING, 0, -PADDING // 2, 0)
        shown = fitting_chips(chips, rect.width(), f)
        reason = next((chip.reason for chip in chips[:shown] if chip.reason), "")
        if reason:
            line1, line2 = two_lines(rect, f.chip_height, f.small_metrics.height())
        else:
            line1, line2 = rect, QRect()
        x = line1.left()
        for chip in chips[:shown]:
            background, foreground = _chip_colours(theme.SLA_CHIPS, chip.kind)
            area = QRect(x, line1.top(), line1.right() - x + 1, line1.height())
            x += paint_chip(
                painter, area, chip.text, background, foreground, option.font, Qt.AlignmentFlag.AlignLeft
            )
            x += CHIP_GAP
        if shown < len(chips):
            painter.setFont(f.small_bold)
            painter.setPen(theme_colour(theme.TEXT_MUTED))
            painter.drawText(
                QRect(x, line1.top(), max(0, line1.right() - x + 1), line1.height()),
                _LEFT_MIDDLE,
                more_mark(len(chips) - shown),
            )
        if reason:
            painter.setFont(f.small)
            painter.setPen(theme_colour(theme.TEXT_FAINT))
            painter.drawText(
                line2,
                _LEFT_MIDDLE,
                f.small_metrics.elidedText(reason, Qt.TextElideMode.ElideRight, line2.width()),
            )


def more_mark(count: int) -> str:
    """The mark for chips that did not fit: ``+1``."""
    return translate("SlaDelegate", "+%1").replace("%1", str(count))


def fitting_chips(chips: Sequence[SlaChip], width: int, f: Fonts) -> int:
    """How many of ``chips`` fit in ``width`` pixels, leaving room for a ``+N`` mark when some do
    not; at least the first (elided if it must be)."""
    total = sum(f.chip_width(c.text) for c in chips) + CHIP_GAP * (len(chips) - 1)
    if total <= width:
        return len(chips)
    used = 0
    for count, chip in enumerate(chips):
        mark = f.small_bold_metrics.horizontalAdvance(more_mark(len(chips) - count - 1)) + CHIP_GAP
        needed = used + f.chip_width(chip.text) + mark
        if needed > width:
            return max(1, count)
        used += f.chip_width(chip.text) + CHIP_GAP
    return len(chips)
