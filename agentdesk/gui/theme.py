# SPDX-License-Identifier: GPL-3.0-or-later
"""Colours, fonts and the application style sheet.

One light theme on Fusion, so the window looks the same on every platform and in offscreen
snapshots. Colours are named by what they mean (``WAITING``, ``NOTE_BG``), not by hue, so the views
never hard-code a colour of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

TEXT = "#1f2328"
TEXT_MUTED = "#646c79"
TEXT_FAINT = "#8b93a1"
WINDOW = "#f3f4f6"
SURFACE = "#ffffff"
BORDER = "#e3e6eb"
ROW_SEPARATOR = "#eef0f3"
ACCENT = "#2f6fde"
SELECTION = "#e3edfd"
SELECTION_BORDER = "#b9d0f8"
WAITING = "#2f6fde"  # the mark and age of a conversation whose customer awaits an answer
TOP_BAR = "#1d2433"
TOP_BAR_TEXT = "#f5f7fa"

CUSTOMER_BG = "#ffffff"
CUSTOMER_BORDER = "#dfe3e8"
REPLY_BG = "#eef4fe"
REPLY_BORDER = "#c9dbfa"
NOTE_BG = "#fff6dc"
NOTE_BORDER = "#efd48a"
NOTE_LABEL = "#8a6100"
EVENT_TEXT = "#6f7785"
DANGER = "#c62828"
GOOD = "#2e7d32"
CAUTION = "#c77700"

# (background, text) per value
TIER_CHIPS = {
    1: ("#e6f0fb", "#1f5aa6"),
    2: ("#efe8fb", "#5b34a3"),
    3: ("#fde8ee", "#a3244a"),
}
STATUS_CHIPS = {
    "new": ("#e1ecfd", "#1f55b8"),
    "open": ("#dff3e6", "#1c6b3a"),
    "pending": ("#fdf0d5", "#8a5a00"),
    "on_hold": ("#e7eaf0", "#3d4657"),
    "solved": ("#eceef1", "#5b6370"),
    "closed": ("#f1f2f4", "#7a818c"),
}
PRIORITY_COLOURS = {
    "urgent": "#c62828",
    "high": "#d9630b",
    "normal": "#646c79",
    "low": "#8b93a1",
}
MOOD_COLOURS = {
    "happy": "#2e7d32",
    "neutral": "#8b93a1",
    "unhappy": "#c77700",
    "angry": "#c62828",
}
PLAN_CHIPS = {
    "basic": ("#f1f2f4", "#5b6370"),
    "standard": ("#eef1f5", "#3d4657"),
    "premium": ("#fdf3d9", "#8a5a00"),
    "enterprise": ("#efe8fb", "#5b34a3"),
}


def chip_colours(table: Mapping[Any, tuple[str, str]], value: object) -> tuple[QColor, QColor]:
    background, text = table.get(value, ("#eceef1", TEXT_MUTED))
    return QColor(background), QColor(text)


STYLE_SHEET = f"""
QMainWindow, QWidget#conversationPane {{ background: {WINDOW}; }}
QWidget#topBar {{ background: {TOP_BAR}; }}
QLabel#appName {{ color: {TOP_BAR_TEXT}; font-weight: 600; }}
QLabel#viewTitle {{ color: #c3cad6; }}
QLabel#topBarCounts {{ color: #c3cad6; }}
QWidget#messageBar {{ background: #fdecea; border-bottom: 1px solid #f5c2bd; }}
QLabel#messageBarText {{ color: {DANGER}; }}
QTableView#inboxView {{
    background: {SURFACE}; border: none; border-right: 1px solid {BORDER};
    selection-background-color: {SELECTION}; selection-color: {TEXT};
}}
QTableView#inboxView QHeaderView::section {{
    background: {SURFACE}; color: {TEXT_MUTED}; border: none;
    border-bottom: 1px solid {BORDER}; padding: 4px 6px; font-weight: 600;
}}
QWidget#conversationHeader {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
QLabel#subject {{ color: {TEXT}; font-weight: 600; }}
QLabel#number {{ color: {TEXT_FAINT}; }}
QLabel#customerLine {{ color: {TEXT}; }}
QLabel#customerDetails {{ color: {TEXT_MUTED}; }}
QLabel[chip="true"] {{ border-radius: 4px; padding: 2px 8px; font-weight: 600; }}
QLabel[tag="true"] {{ border-radius: 4px; padding: 1px 7px; border: 1px solid {BORDER}; }}
QLabel#emptyPane {{ color: {TEXT_MUTED}; }}
QTextBrowser#timeline {{ background: {WINDOW}; border: none; }}
QWidget#historyPanel {{ background: {SURFACE}; border-top: 1px solid {BORDER}; }}
QLabel#historyTitle {{ color: {TEXT_MUTED}; font-weight: 600; }}
QTreeWidget#history {{ background: {SURFACE}; border: none; }}
QTreeWidget#history QHeaderView::section {{
    background: {SURFACE}; color: {TEXT_FAINT}; border: none; padding: 2px 4px;
}}
QSplitter::handle {{ background: {BORDER}; }}
QStatusBar {{ background: {SURFACE}; color: {TEXT_MUTED}; border-top: 1px solid {BORDER}; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion, our palette and style sheet; the platform's default font family at a readable size."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f8f9fb",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: SELECTION,
        QPalette.ColorRole.HighlightedText: TEXT,
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: TEXT_FAINT,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(TEXT_FAINT))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
