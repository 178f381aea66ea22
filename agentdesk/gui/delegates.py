# SPDX-License-Identifier: GPL-3.0-or-later
"""Painting of the inbox rows: subject with snippet, chips, the waiting mark.

Delegates paint straight from the row in ``ROW_ROLE``; they never ask the database and never change
a row's height (the view has fixed row heights, so painting a screenful stays cheap at any size).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from agentdesk.gui import labels, theme
from agentdesk.gui.inbox_model import ROW_ROLE, Column
from agentdesk.inbox.queries import InboxRow

AnyIndex = QModelIndex | QPersistentModelIndex
PADDING = 8
MARK_WIDTH = 3


def _row(index: AnyIndex) -> InboxRow | None:
    row = index.data(ROW_ROLE)
    return row if isinstance(row, InboxRow) else None


class RowDelegate(QStyledItemDelegate):
    """Background, selection and the row separator for every cell; the waiting mark in the first.

    Subclasses paint their content in ``paint_content``; this class paints plain cells the usual
    way (text, icon, colour from the model's roles).
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # whole rows are selected; no dotted cell
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        painter.save()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        self.paint_content(painter, opt, index, style, widget)
        painter.restore()

        rect = option.rect
        painter.save()
        painter.setPen(QPen(QColor(theme.ROW_SEPARATOR), 1))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        row = _row(index)
        if index.column() == 0 and row is not None and row.awaiting_reply:
            painter.fillRect(
                QRect(rect.left(), rect.top(), MARK_WIDTH, rect.height() - 1), QColor(theme.WAITING)
            )
        painter.restore()

    def paint_content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        style: QStyle,
        widget: QWidget | None,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        # The panel is painted already; the item itself without a second background.
        opt.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        opt.state &= ~QStyle.StateFlag.State_Selected
        opt.rect = option.rect.adjusted(PADDING // 2, 0, -PADDING // 2, 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class SubjectDelegate(RowDelegate):
    """Subject on the first line (bold while the customer waits), number and snippet below in grey."""

    def paint_content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: AnyIndex,
        style: QStyle,
        widget: QWidget | None,
    ) -> None:
        row = _row(index)
        if row is None:
            return
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        subject_font = QFont(option.font)
        subject_font.setBold(row.awaiting_reply)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        subject_metrics = QFontMetrics(subject_font)
        small_metrics = QFontMetrics(small)

        gap = 2
        total = subject_metrics.height() + gap + small_metrics.height()
        top = rect.top() + max(0, (rect.height() - total) // 2)
        line1 = QRect(rect.left(), top, rect.width(), subject_metrics.height())
        line2 = QRect(rect.left(), line1.bottom() + 1 + gap, rect.width(), small_metrics.height())

        painter.setFont(subject_font)
        painter.setPen(QColor(theme.TEXT))
        subject = row.subject or self.tr("(no subject)")
        painter.drawText(
            line1,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            subject_metrics.elidedText(subject, Qt.TextElideMode.ElideRight, line1.width()),
        )

        painter.setFont(small)
        x = line2.left()
        if row.number is not None:
            number = f"#{row.number}"
            painter.setPen(QColor(theme.TEXT_FAINT))
            painter.drawText(line2, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), number)
            x += small_metrics.horizontalAdvance(number) + small_metrics.horizontalAdvance("  ")
        snippet_rect = QRect(x, line2.top(), max(0, line2.right() - x), line2.height())
        painter.setPen(QColor(theme.TEXT_MUTED))
        painter.drawText(
            snippet_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(row.snippet, Qt.TextElideMode.ElideRight, snippet_rect.width()),
        )


def paint_chip(
    painter: QPainter,
    rect: QRect,
    text: str,
    background: QColor,
    foreground: QColor,
    font: QFont,
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
) -> None:
    """A rounded label; shared by the list and anything else that shows a status or tier."""
    chip_font = QFont(font)
    chip_font.setBold(True)
    chip_font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    metrics = QFontMetrics(chip_font)
    width = min(rect.width(), metrics.horizontalAdvance(text) + 2 * 7)
    height = min(rect.height(), metrics.height() + 5)
    if alignment & Qt.AlignmentFlag.AlignLeft:
        left = rect.left()
    else:
        left = rect.left() + (rect.width() - width) // 2
    chip = QRectF(left, rect.top() + (rect.height() - height) / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(chip, 4, 4)
    painter.setFont(chip_font)
    painter.setPen(foreground)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 8)
    painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), elided)


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
        style: QStyle,
        widget: QWidget | None,
    ) -> None:
        row = _row(index)
        if row is None:
            return
        if self._column == Column.TIER:
            text = labels.tier_label(row.tier)
            background, foreground = theme.chip_colours(theme.TIER_CHIPS, row.tier)
            alignment = Qt.AlignmentFlag.AlignCenter
        else:
            text = labels.status_label(row.status)
            background, foreground = theme.chip_colours(theme.STATUS_CHIPS, row.status)
            alignment = Qt.AlignmentFlag.AlignLeft
        rect = option.rect.adjusted(
            PADDING // 2 if alignment == Qt.AlignmentFlag.AlignCenter else PADDING, 0, -PADDING // 2, 0
        )
        paint_chip(painter, rect, text, background, foreground, option.font, alignment)
