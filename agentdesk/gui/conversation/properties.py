# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation's properties: one compact row under the header that never wraps.

``[New ▾] [= Normal ▾] [L1 → L2 ▾] [⇧ Escalate] [Billing ▾] [Maja Jensen ▾] [Take] [Follow up ▾]
[vip] [+ Tag] [⋯]``

Each is a small button with a menu (or an action); the menus themselves belong to the property
editor and the hand-over part, which the pane attaches. When the row is short of room, priority,
escalate and follow-up show their icon alone, and the least important go into the "More" menu (⋯)
at the row's end, in this order: "+ Tag", the tags, team, follow-up, escalate, take, priority,
tier, assignee; the status stays. The values and actions (from escalate up) get their room, then
their texts, before the rest gets any. Under the row, once the conversation has been with
more than one tier, one line says how long each held it.

The panel only shows: what the buttons do is wired by the pane.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

from agentdesk.escalation.service import TierSpan, ownership_by_tier
from agentdesk.gui import icons, labels, theme
from agentdesk.gui.elided_label import OneLineLabel
from agentdesk.gui.flow_layout import OverflowRow
from agentdesk.gui.sla_text import duration
from agentdesk.inbox.queries import ConversationDetail

MENU_MARK = " ▾"
CHIP_PADDING = 5  # left and right, inside the border (the style sheet's padding)
ICON_SPACING = 4

# Which stays longest when the row is short of room (higher stays).
STATUS, TAG_EDIT, MERGED, ASSIGNEE, TIER, PRIORITY, TAKE, ESCALATE = 100, 99, 95, 90, 85, 80, 75, 70
FOLLOW_UP, TEAM, TAGS, ADD_TAG = 50, 40, 34, 30


def _style() -> str:
    """Read at use, not at import: the theme can change while the window is open."""
    return f"""
    QWidget#properties {{ background: {theme.SURFACE}; border-bottom: 1px solid {theme.BORDER}; }}
    QToolButton[chipButton="true"] {{ border: 1px solid {theme.BORDER}; border-radius: 4px;
        padding: 1px {CHIP_PADDING}px; background: {theme.SIDEBAR}; color: {theme.TEXT}; }}
    QToolButton[chipButton="true"]:hover {{ border-color: {theme.SELECTION_BORDER}; }}
    QToolButton[chipButton="true"]:focus {{ border: 1px solid {theme.ACCENT}; }}
    QToolButton[chipButton="true"]::menu-indicator {{ image: none; width: 0px; }}
    QToolButton[tagChip="true"] {{ border: 1px solid {theme.BORDER}; border-radius: 4px;
        padding: 1px {CHIP_PADDING}px;
        background: {theme.SURFACE}; color: {theme.TEXT_MUTED}; }}
    QToolButton[tagChip="true"]:hover {{ border-color: {theme.SELECTION_BORDER}; }}
    QToolButton[tagChip="true"]:focus {{ border-color: {theme.ACCENT}; }}
    QToolButton[tagChip="true"]::menu-indicator {{ image: none; width: 0px; }}
    QLineEdit#tagEdit {{ border: 1px solid {theme.ACCENT}; border-radius: 4px; padding: 0px 6px;
        background: {theme.SURFACE}; color: {theme.TEXT}; }}
    QLabel#tierTime {{ color: {theme.TEXT_MUTED}; }}
"""


def _chip_style(background: str, colour: str, *, bold: bool = True) -> str:
    """A coloured chip; its own focus rule, since a widget's style sheet wins over its parent's."""
    weight = " font-weight: 600;" if bold else ""
    return (
        f"QToolButton {{ background: {background}; color: {colour}; border-color: {background};{weight} }}"
        f"QToolButton:focus {{ border-color: {theme.ACCENT}; }}"
    )


class ChipButton(QToolButton):
    """A small button as wide as its icon and text: Qt's own size hint keeps room for a menu arrow
    and margins the chips do not draw, which a row of eight chips cannot spare.

    A ``compactable`` chip can show its icon alone when the row is short of room (the row asks
    ``compact_width`` and calls ``set_compact``); its text is then in the tooltip's place.
    """

    def __init__(self, parent: QWidget | None = None, *, compactable: bool = False) -> None:
        super().__init__(parent)
        self.compactable = compactable
        self._style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon

    def setToolButtonStyle(self, style: Qt.ToolButtonStyle) -> None:
        self._style = style
        super().setToolButtonStyle(style)

    def _width(self, style: Qt.ToolButtonStyle) -> int:
        icon = not self.icon().isNull() and style != Qt.ToolButtonStyle.ToolButtonTextOnly
        text = self.text() if not icon or style != Qt.ToolButtonStyle.ToolButtonIconOnly else ""
        width = self.fontMetrics().horizontalAdvance(text) if text else 0
        if icon:
            width += self.iconSize().width() + (ICON_SPACING if text else 0)
        return width + 2 * (CHIP_PADDING + 1)

    def full_width(self) -> int:
        return self._width(self._style)

    def compact_width(self) -> int:
        if not self.compactable or self.icon().isNull():
            return self.full_width()
        return self._width(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def set_compact(self, compact: bool) -> None:
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if compact and self.compactable else self._style
        if style != self.toolButtonStyle():
            super().setToolButtonStyle(style)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self._width(self.toolButtonStyle())), hint.height())


def _chip(name: str, tooltip: str, *, menu: bool = True, compactable: bool = False) -> ChipButton:
    button = ChipButton(compactable=compactable)
    button.setObjectName(name)
    button.setProperty("chipButton", True)
    button.setToolTip(tooltip)
    button.setPopupMode(
        QToolButton.ToolButtonPopupMode.InstantPopup if menu else QToolButton.ToolButtonPopupMode.DelayedPopup
    )
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setIconSize(QSize(14, 14))
    return button


class PropertiesPanel(QWidget):
    """The row of property buttons and, when there is one, the time-per-tier line."""

    tag_entered = Signal(str)  # Return in the tag box, with what it holds
    tagging_done = Signal()  # the tag box lost the focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_style())
        self.row = OverflowRow(spacing=4, essential=ESCALATE)
        more = self.row.more_button
        more.setProperty("chipButton", True)
        more.setText(self.tr("More"))
        more.setToolTip(self.tr("More of this conversation's properties"))
        more.setIconSize(QSize(14, 14))
        more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        self.status_button = _chip("statusButton", self.tr("Status (S)"))
        self.priority_button = _chip("priorityButton", self.tr("Priority (P)"), compactable=True)
        self.tier_chip = _chip("tierChip", self.tr("Tier: escalate, return, transfer"))
        self.escalate_button = _chip(
            "escalateButton", self.tr("Escalate to a higher tier (E)"), menu=False, compactable=True
        )
        self.escalate_button.setText(self.tr("Escalate"))
        self.team_button = _chip("teamButton", self.tr("Team: transfer to another team"))
        self.assignee_button = _chip("assigneeButton", self.tr("Assignee (A)"))
        self.take_button = _chip(
            "takeButton", self.tr("Take this conversation: it becomes yours"), menu=False
        )
        self.take_button.setText(self.tr("Take"))
        self.follow_up_button = _chip("followUpButton", self.tr("Follow up (F)"), compactable=True)
        self.merged_chip = _chip("mergedChip", "", menu=False)
        self.merged_chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_tag_button = ChipButton()
        self.add_tag_button.setObjectName("addTagButton")
        self.add_tag_button.setProperty("tagChip", True)
        self.add_tag_button.setText(self.tr("+ Tag"))
        self.add_tag_button.setToolTip(self.tr("Add a tag (T)"))
        self.add_tag_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tag_edit = QLineEdit()
        self.tag_edit.setObjectName("tagEdit")
        self.tag_edit.setPlaceholderText(self.tr("tag, Enter to add"))
        self.tag_edit.setFixedWidth(150)
        self.tag_edit.returnPressed.connect(lambda: self.tag_entered.emit(self.tag_edit.text().strip()))
        self.tag_edit.editingFinished.connect(self._tag_edit_left)
        self._tag_chips: list[QToolButton] = []
        for button, prefix in (
            (self.status_button, self.tr("Status")),
            (self.priority_button, self.tr("Priority")),
            (self.tier_chip, self.tr("Tier")),
            (self.team_button, self.tr("Team")),
            (self.assignee_button, self.tr("Assignee")),
        ):
            button.setProperty("overflowPrefix", prefix)  # "Priority: High" under More
        row = self.row
        row.add(self.status_button, STATUS)
        row.add(self.priority_button, PRIORITY)
        row.add(self.tier_chip, TIER)
        row.add(self.escalate_button, ESCALATE, wanted=False)
        row.add(self.team_button, TEAM)
        row.add(self.assignee_button, ASSIGNEE)
        row.add(self.take_button, TAKE, wanted=False)
        row.add(self.follow_up_button, FOLLOW_UP)
        row.add(self.merged_chip, MERGED, wanted=False)
        row.add(self.add_tag_button, ADD_TAG)
        row.add(self.tag_edit, TAG_EDIT, wanted=False)

        self.tier_time = OneLineLabel()
        self.tier_time.setObjectName("tierTime")
        self.tier_time.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 5)
        layout.setSpacing(2)
        layout.addWidget(self.row)
        layout.addWidget(self.tier_time)
        self.apply_theme()
        self._tab_order()

    def apply_theme(self) -> None:
        """Colours and icons again, after the theme changed (the pane shows the values again)."""
        self.setStyleSheet(_style())
        self.row.more_button.setIcon(icons.icon("mdi6.dots-horizontal", theme.TEXT_MUTED))
        self.escalate_button.setIcon(icons.icon("mdi6.arrow-up-bold-outline", theme.TEXT_MUTED))
        self.take_button.setIcon(icons.icon("mdi6.hand-back-right-outline", theme.TEXT_MUTED))
        self.team_button.setIcon(icons.icon("mdi6.account-group-outline", theme.TEXT_MUTED))
        self.assignee_button.setIcon(icons.icon("mdi6.account-outline", theme.TEXT_MUTED))

    # -- what it shows ---------------------------------------------------------------------------

    def show_detail(self, detail: ConversationDetail, path: list[int]) -> None:
        """Every value of ``detail``; ``path`` is the tiers it went through (L1 → L2 …)."""
        status_bg, status_fg = theme.STATUS_CHIPS.get(detail.status, (theme.ROW_SEPARATOR, theme.TEXT_MUTED))
        self.status_button.setText(labels.status_label(detail.status) + MENU_MARK)
        self.status_button.setStyleSheet(_chip_style(status_bg, status_fg))
        self.priority_button.setIcon(icons.priority_icon(detail.priority))
        self.priority_button.setText(labels.priority_label(detail.priority) + MENU_MARK)
        self.priority_button.setToolTip(
            self.tr("Priority: %1 (P)").replace("%1", labels.priority_label(detail.priority))
        )
        self.priority_button.setStyleSheet(
            f"QToolButton {{ color: {theme.PRIORITY_COLOURS.get(detail.priority, theme.TEXT_MUTED)}; }}"
        )
        tier_bg, tier_fg = theme.TIER_CHIPS.get(detail.tier, (theme.ROW_SEPARATOR, theme.TEXT_MUTED))
        if len(path) > 1:
            self.tier_chip.setText(" → ".join(labels.tier_label(t) for t in path) + MENU_MARK)
        else:
            self.tier_chip.setText(labels.tier_name(detail.tier) + MENU_MARK)
        self.tier_chip.setStyleSheet(_chip_style(tier_bg, tier_fg))
        self.team_button.setText((detail.team_name or self.tr("No team")) + MENU_MARK)
        self.team_button.setStyleSheet(
            "" if detail.team_name else f"QToolButton {{ color: {theme.TEXT_FAINT}; }}"
        )
        owner = detail.assignee_name or self.tr("Unassigned")
        self.assignee_button.setText(owner + MENU_MARK)
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
        self.row.set_wanted(self.merged_chip, detail.merged_into_number is not None)
        self.show_tags(detail.tags)

    def show_actions(self, *, can_take: bool, can_escalate: bool) -> None:
        """Whether the Take and Escalate buttons are offered now."""
        self.row.set_wanted(self.take_button, can_take)
        self.row.set_wanted(self.escalate_button, can_escalate)

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
        self.tier_time.set_text(text)
        lines = [
            self.tr("%1: %2 business, %3 on the clock (%4 – %5)")
            .replace("%1", labels.tier_label(span.tier))
            .replace("%2", duration(span.business_minutes))
            .replace("%3", duration(span.calendar_minutes))
            .replace("%4", labels.local_datetime(span.start))
            .replace("%5", labels.local_datetime(span.end))
            for span in spans
        ]
        self.tier_time.set_tip("\n".join(lines))
        self.tier_time.show()

    def show_follow_up(self, at: dt.datetime | None, now: dt.datetime | None) -> None:
        due = at is not None and now is not None and at <= now
        colour = theme.CAUTION if due else theme.TEXT_MUTED if at else theme.TEXT_FAINT
        self.follow_up_button.setIcon(
            icons.icon("mdi6.bell-ring-outline" if at else "mdi6.bell-outline", colour)
        )
        if at is None:
            self.follow_up_button.setText(self.tr("Follow up") + MENU_MARK)
        else:
            self.follow_up_button.setText(
                self.tr("Follow-up %1").replace("%1", labels.local_datetime(at)) + MENU_MARK
            )
        self.follow_up_button.setStyleSheet(f"QToolButton {{ color: {colour}; }}" if due else "")

    def show_tags(self, tags: tuple[str, ...]) -> None:
        """One chip per tag, before "+ Tag" (each chip's menu is the pane's to give)."""
        if [chip.text() for chip in self._tag_chips] == list(tags):
            return
        for chip in self._tag_chips:
            self.row.remove(chip)
            chip.deleteLater()
        self._tag_chips = []
        for index, tag in enumerate(tags):
            chip = ChipButton()
            chip.setProperty("tagChip", True)
            chip.setText(tag)
            chip.setToolTip(self.tr("Tag “%1”: press to remove").replace("%1", tag))
            chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setProperty("overflowPrefix", self.tr("Tag"))
            self.row.add(chip, max(ADD_TAG + 1, TAGS - index), before=self.add_tag_button)
            self._tag_chips.append(chip)
        self._tab_order()

    @property
    def tag_chips(self) -> list[QToolButton]:
        return list(self._tag_chips)

    # -- the tag box -----------------------------------------------------------------------------

    def start_tagging(self) -> None:
        """The tag box in place of "+ Tag", with the focus."""
        self.row.set_wanted(self.add_tag_button, False)
        self.row.set_wanted(self.tag_edit, True)
        self.tag_edit.clear()
        self.tag_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tag_added(self) -> None:
        """The tag went in: the box is empty again, for the next."""
        self.tag_edit.clear()
        self.tag_edit.setFocus()

    def _tag_edit_left(self) -> None:
        if not self.tag_edit.hasFocus():
            self.row.set_wanted(self.tag_edit, False)
            self.row.set_wanted(self.add_tag_button, True)
            self.tagging_done.emit()

    def _tab_order(self) -> None:
        """Tab walks the buttons in the order they are shown (hidden ones are skipped)."""
        chain = [
            self.status_button,
            self.priority_button,
            self.tier_chip,
            self.escalate_button,
            self.team_button,
            self.assignee_button,
            self.take_button,
            self.follow_up_button,
            *self._tag_chips,
            self.add_tag_button,
            self.tag_edit,
            self.row.more_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @property
    def last_in_tab_order(self) -> QWidget:
        return self.row.more_button
