# SPDX-License-Identifier: GPL-3.0-or-later
"""Colours, fonts and the application style sheet, in a light and a dark variant.

Both variants run on Fusion, so the window looks the same on every platform and in offscreen
snapshots. Colours are named by what they mean (``WAITING``, ``NOTE_BG``), not by hue, so the views
never hard-code a colour of their own. The names are module attributes that ``apply_theme`` sets to
the chosen variant; code reads them when it paints (``theme.TEXT``), never copies them at import,
so a switch takes effect at the next paint or render.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


class ThemeMode(enum.StrEnum):
    LIGHT = "light"
    DARK = "dark"
    SYSTEM = "system"  # follow the desktop's light or dark setting


MIN_FONT_SIZE = 7
MAX_FONT_SIZE = 24
DEFAULT_FONT_SIZE = 10  # points; the platform's default when that is larger


@dataclass(frozen=True)
class Colours:
    TEXT: str
    TEXT_MUTED: str
    TEXT_FAINT: str
    WINDOW: str
    SURFACE: str
    SIDEBAR: str
    BORDER: str
    ROW_SEPARATOR: str
    ACCENT: str
    SELECTION: str
    SELECTION_BORDER: str
    HOVER: str
    WAITING: str  # the mark and age of a conversation whose customer awaits an answer
    TOP_BAR: str
    TOP_BAR_TEXT: str
    TOP_BAR_MUTED: str
    SEARCH_BG: str
    SEARCH_BORDER: str
    SEARCH_ERROR: str  # the inline hint under the search field, on the top bar
    CUSTOMER_BG: str
    CUSTOMER_BORDER: str
    REPLY_BG: str
    REPLY_BORDER: str
    NOTE_BG: str
    NOTE_BORDER: str
    NOTE_LABEL: str
    EVENT_TEXT: str
    DANGER: str
    GOOD: str
    CAUTION: str
    HIGHLIGHT_BG: str  # matched words in search results
    HIGHLIGHT_TEXT: str
    MESSAGE_BAR_BG: str
    MESSAGE_BAR_BORDER: str
    # (background, text) per value
    TIER_CHIPS: dict[int, tuple[str, str]] = field(default_factory=dict)
    STATUS_CHIPS: dict[str, tuple[str, str]] = field(default_factory=dict)
    PRIORITY_COLOURS: dict[str, str] = field(default_factory=dict)
    MOOD_COLOURS: dict[str, str] = field(default_factory=dict)
    PLAN_CHIPS: dict[str, tuple[str, str]] = field(default_factory=dict)
    SLA_CHIPS: dict[str, tuple[str, str]] = field(default_factory=dict)  # by phase


LIGHT = Colours(
    TEXT="#1f2328",
    TEXT_MUTED="#646c79",
    TEXT_FAINT="#8b93a1",
    WINDOW="#f3f4f6",
    SURFACE="#ffffff",
    SIDEBAR="#f7f8fa",
    BORDER="#e3e6eb",
    ROW_SEPARATOR="#eef0f3",
    ACCENT="#2f6fde",
    SELECTION="#e3edfd",
    SELECTION_BORDER="#b9d0f8",
    HOVER="#eef1f5",
    WAITING="#2f6fde",
    TOP_BAR="#1d2433",
    TOP_BAR_TEXT="#f5f7fa",
    TOP_BAR_MUTED="#aab3c2",
    SEARCH_BG="#2b3447",
    SEARCH_BORDER="#3b465d",
    SEARCH_ERROR="#ff9e97",
    CUSTOMER_BG="#ffffff",
    CUSTOMER_BORDER="#dfe3e8",
    REPLY_BG="#eef4fe",
    REPLY_BORDER="#c9dbfa",
    NOTE_BG="#fff6dc",
    NOTE_BORDER="#efd48a",
    NOTE_LABEL="#8a6100",
    EVENT_TEXT="#6f7785",
    DANGER="#c62828",
    GOOD="#2e7d32",
    CAUTION="#b26a00",
    HIGHLIGHT_BG="#fff0a8",
    HIGHLIGHT_TEXT="#1f2328",
    MESSAGE_BAR_BG="#fdecea",
    MESSAGE_BAR_BORDER="#f5c2bd",
    TIER_CHIPS={1: ("#e6f0fb", "#1f5aa6"), 2: ("#efe8fb", "#5b34a3"), 3: ("#fde8ee", "#a3244a")},
    STATUS_CHIPS={
        "new": ("#e1ecfd", "#1f55b8"),
        "open": ("#dff3e6", "#1c6b3a"),
        "pending": ("#fdf0d5", "#8a5a00"),
        "on_hold": ("#e7eaf0", "#3d4657"),
        "solved": ("#eceef1", "#5b6370"),
        "closed": ("#f1f2f4", "#7a818c"),
    },
    PRIORITY_COLOURS={"urgent": "#c62828", "high": "#d9630b", "normal": "#646c79", "low": "#8b93a1"},
    MOOD_COLOURS={"happy": "#2e7d32", "neutral": "#8b93a1", "unhappy": "#c77700", "angry": "#c62828"},
    PLAN_CHIPS={
        "basic": ("#f1f2f4", "#5b6370"),
        "standard": ("#eef1f5", "#3d4657"),
        "premium": ("#fdf3d9", "#8a5a00"),
        "enterprise": ("#efe8fb", "#5b34a3"),
    },
    SLA_CHIPS={
        "breached": ("#fde4e4", "#b71c1c"),
        "warning": ("#fdefd2", "#8f5500"),
        "running": ("#eef1f5", "#2b313a"),
        "paused": ("#f1f2f4", "#7a818c"),
    },
)

DARK = Colours(
    TEXT="#e4e7ec",
    TEXT_MUTED="#a2aab7",
    TEXT_FAINT="#7c8492",
    WINDOW="#15181e",
    SURFACE="#1c2028",
    SIDEBAR="#181b22",
    BORDER="#2c323c",
    ROW_SEPARATOR="#242932",
    ACCENT="#5c9bff",
    SELECTION="#22344f",
    SELECTION_BORDER="#36517a",
    HOVER="#232833",
    WAITING="#5c9bff",
    TOP_BAR="#0e1116",
    TOP_BAR_TEXT="#f0f3f7",
    TOP_BAR_MUTED="#98a2b3",
    SEARCH_BG="#1d232e",
    SEARCH_BORDER="#313a4a",
    SEARCH_ERROR="#ff8f87",
    CUSTOMER_BG="#1c2028",
    CUSTOMER_BORDER="#323844",
    REPLY_BG="#1b2940",
    REPLY_BORDER="#2c4468",
    NOTE_BG="#332a10",
    NOTE_BORDER="#6b5520",
    NOTE_LABEL="#e3bb5c",
    EVENT_TEXT="#98a1ae",
    DANGER="#ff6b6b",
    GOOD="#62c674",
    CAUTION="#f0a73a",
    HIGHLIGHT_BG="#5c4b10",
    HIGHLIGHT_TEXT="#fff3c4",
    MESSAGE_BAR_BG="#3a1c1c",
    MESSAGE_BAR_BORDER="#5c2a2a",
    TIER_CHIPS={1: ("#1c2f4b", "#8fb9f6"), 2: ("#2d2448", "#c3aaf6"), 3: ("#46202e", "#f29bb6")},
    STATUS_CHIPS={
        "new": ("#1c2f4b", "#8fb9f6"),
        "open": ("#173524", "#80d79c"),
        "pending": ("#3e3012", "#f1c36c"),
        "on_hold": ("#2a2f38", "#b6becb"),
        "solved": ("#262a31", "#9ba4b0"),
        "closed": ("#22262c", "#7e8693"),
    },
    PRIORITY_COLOURS={"urgent": "#ff6b6b", "high": "#ff9b4e", "normal": "#a2aab7", "low": "#7c8492"},
    MOOD_COLOURS={"happy": "#62c674", "neutral": "#7c8492", "unhappy": "#f0a73a", "angry": "#ff6b6b"},
    PLAN_CHIPS={
        "basic": ("#262a31", "#9ba4b0"),
        "standard": ("#2a2f38", "#b6becb"),
        "premium": ("#3e3012", "#f1c36c"),
        "enterprise": ("#2d2448", "#c3aaf6"),
    },
    SLA_CHIPS={
        "breached": ("#4c1f1f", "#ff8a80"),
        "warning": ("#45340f", "#f7bb4d"),
        "running": ("#2a2f38", "#e4e7ec"),
        "paused": ("#22262d", "#8b93a1"),
    },
)

# The current variant's colours, as module attributes (see the module docstring).
TEXT = LIGHT.TEXT
TEXT_MUTED = LIGHT.TEXT_MUTED
TEXT_FAINT = LIGHT.TEXT_FAINT
WINDOW = LIGHT.WINDOW
SURFACE = LIGHT.SURFACE
SIDEBAR = LIGHT.SIDEBAR
BORDER = LIGHT.BORDER
ROW_SEPARATOR = LIGHT.ROW_SEPARATOR
ACCENT = LIGHT.ACCENT
SELECTION = LIGHT.SELECTION
SELECTION_BORDER = LIGHT.SELECTION_BORDER
HOVER = LIGHT.HOVER
WAITING = LIGHT.WAITING
TOP_BAR = LIGHT.TOP_BAR
TOP_BAR_TEXT = LIGHT.TOP_BAR_TEXT
TOP_BAR_MUTED = LIGHT.TOP_BAR_MUTED
SEARCH_BG = LIGHT.SEARCH_BG
SEARCH_BORDER = LIGHT.SEARCH_BORDER
SEARCH_ERROR = LIGHT.SEARCH_ERROR
CUSTOMER_BG = LIGHT.CUSTOMER_BG
CUSTOMER_BORDER = LIGHT.CUSTOMER_BORDER
REPLY_BG = LIGHT.REPLY_BG
REPLY_BORDER = LIGHT.REPLY_BORDER
NOTE_BG = LIGHT.NOTE_BG
NOTE_BORDER = LIGHT.NOTE_BORDER
NOTE_LABEL = LIGHT.NOTE_LABEL
EVENT_TEXT = LIGHT.EVENT_TEXT
DANGER = LIGHT.DANGER
GOOD = LIGHT.GOOD
CAUTION = LIGHT.CAUTION
HIGHLIGHT_BG = LIGHT.HIGHLIGHT_BG
HIGHLIGHT_TEXT = LIGHT.HIGHLIGHT_TEXT
MESSAGE_BAR_BG = LIGHT.MESSAGE_BAR_BG
MESSAGE_BAR_BORDER = LIGHT.MESSAGE_BAR_BORDER
TIER_CHIPS = LIGHT.TIER_CHIPS
STATUS_CHIPS = LIGHT.STATUS_CHIPS
PRIORITY_COLOURS = LIGHT.PRIORITY_COLOURS
MOOD_COLOURS = LIGHT.MOOD_COLOURS
PLAN_CHIPS = LIGHT.PLAN_CHIPS
SLA_CHIPS = LIGHT.SLA_CHIPS

_current: Colours = LIGHT


def current() -> Colours:
    return _current


def is_dark() -> bool:
    return _current is DARK


def use_colours(colours: Colours) -> None:
    """Make ``colours`` the current variant (the module attributes)."""
    global _current
    _current = colours
    globals().update(asdict(colours))


def chip_colours(table: Mapping[Any, tuple[str, str]], value: object) -> tuple[QColor, QColor]:
    background, text = table.get(value, (ROW_SEPARATOR, TEXT_MUTED))
    return QColor(background), QColor(text)


def style_sheet(c: Colours) -> str:
    return f"""
QMainWindow, QWidget#conversationPane {{ background: {c.WINDOW}; }}
QWidget#topBar {{ background: {c.TOP_BAR}; }}
QLabel#appName {{ color: {c.TOP_BAR_TEXT}; font-weight: 600; }}
QLabel#topBarInfo {{ color: {c.TOP_BAR_MUTED}; }}
QLineEdit#searchField {{
    background: {c.SEARCH_BG}; color: {c.TOP_BAR_TEXT}; border: 1px solid {c.SEARCH_BORDER};
    border-radius: 6px; padding: 4px 8px; selection-background-color: {c.ACCENT};
}}
QLineEdit#searchField:focus {{ border: 1px solid {c.ACCENT}; }}
QLineEdit#searchField[invalid="true"] {{ border: 1px solid {c.SEARCH_ERROR}; }}
QLabel#searchHint {{ color: {c.SEARCH_ERROR}; }}
QLabel#searchNote {{
    color: {c.SEARCH_ERROR}; background: {c.SURFACE}; border: 1px solid {c.SEARCH_ERROR};
    border-radius: 6px; padding: 6px 8px;
}}
QLabel#searchKey {{ color: {c.TOP_BAR_MUTED}; }}
QWidget#messageBar {{ background: {c.MESSAGE_BAR_BG}; border-bottom: 1px solid {c.MESSAGE_BAR_BORDER}; }}
QLabel#messageBarText {{ color: {c.DANGER}; }}
QWidget#sidebar {{ background: {c.SIDEBAR}; border-right: 1px solid {c.BORDER}; }}
QLabel#sidebarHeading {{ color: {c.TEXT_FAINT}; font-weight: 600; }}
QListView#viewList, QListView#savedViewList {{ background: transparent; border: none; outline: none; }}
QToolButton#channelButton {{
    border: 1px solid transparent; border-radius: 6px; padding: 2px; background: transparent;
}}
QToolButton#channelButton:hover {{ background: {c.HOVER}; }}
QToolButton#channelButton:checked {{ background: {c.SELECTION}; border: 1px solid {c.SELECTION_BORDER}; }}
QLabel#channelHint {{ color: {c.TEXT_FAINT}; }}
QWidget#listHeader {{ background: {c.SURFACE}; border-bottom: 1px solid {c.BORDER}; }}
QLabel#listTitle {{ color: {c.TEXT}; font-weight: 600; }}
QLabel#listDetail {{ color: {c.TEXT_MUTED}; }}
QTableView#inboxView {{
    background: {c.SURFACE}; border: none;
    selection-background-color: {c.SELECTION}; selection-color: {c.TEXT};
}}
QTableView#inboxView QHeaderView::section {{
    background: {c.SURFACE}; color: {c.TEXT_MUTED}; border: none;
    border-bottom: 1px solid {c.BORDER}; padding: 4px 6px; font-weight: 600;
}}
QLabel#emptyList {{ color: {c.TEXT_MUTED}; background: {c.SURFACE}; }}
QWidget#conversationHeader {{ background: {c.SURFACE}; border-bottom: 1px solid {c.BORDER}; }}
QLabel#subject {{ color: {c.TEXT}; font-weight: 600; }}
QLabel#number {{ color: {c.TEXT_FAINT}; }}
QLabel#customerLine {{ color: {c.TEXT}; }}
QLabel#customerDetails {{ color: {c.TEXT_MUTED}; }}
QLabel[chip="true"] {{ border-radius: 4px; padding: 2px 8px; font-weight: 600; }}
QLabel[tag="true"] {{ border-radius: 4px; padding: 1px 7px; border: 1px solid {c.BORDER}; }}
QLabel#emptyPane {{ color: {c.TEXT_MUTED}; }}
QTextBrowser#timeline {{ background: {c.WINDOW}; border: none; }}
QWidget#historyPanel {{ background: {c.SURFACE}; border-top: 1px solid {c.BORDER}; }}
QLabel#historyTitle {{ color: {c.TEXT_MUTED}; font-weight: 600; }}
QTreeWidget#history {{ background: {c.SURFACE}; border: none; }}
QTreeWidget#history QHeaderView::section {{
    background: {c.SURFACE}; color: {c.TEXT_FAINT}; border: none; padding: 2px 4px;
}}
QSplitter::handle {{ background: {c.BORDER}; }}
QStatusBar {{ background: {c.SURFACE}; color: {c.TEXT_MUTED}; border-top: 1px solid {c.BORDER}; }}
QStatusBar QLabel {{ color: {c.TEXT_MUTED}; padding: 0 6px; }}
QStatusBar::item {{ border: none; }}
"""


def _palette(c: Colours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.WINDOW,
        QPalette.ColorRole.WindowText: c.TEXT,
        QPalette.ColorRole.Base: c.SURFACE,
        QPalette.ColorRole.AlternateBase: c.SIDEBAR,
        QPalette.ColorRole.Text: c.TEXT,
        QPalette.ColorRole.Button: c.SURFACE,
        QPalette.ColorRole.ButtonText: c.TEXT,
        QPalette.ColorRole.Highlight: c.SELECTION,
        QPalette.ColorRole.HighlightedText: c.TEXT,
        QPalette.ColorRole.ToolTipBase: c.SURFACE,
        QPalette.ColorRole.ToolTipText: c.TEXT,
        QPalette.ColorRole.PlaceholderText: c.TEXT_FAINT,
        QPalette.ColorRole.Link: c.ACCENT,
        QPalette.ColorRole.Light: c.SURFACE,
        QPalette.ColorRole.Midlight: c.BORDER,
        QPalette.ColorRole.Mid: c.BORDER,
        QPalette.ColorRole.Dark: c.TEXT_FAINT,
        QPalette.ColorRole.Shadow: c.TOP_BAR,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.TEXT_FAINT))
    return palette


def system_is_dark(app: QApplication) -> bool:
    """Whether the desktop asks for dark colours (unknown counts as light)."""
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colours_for(mode: ThemeMode | str, app: QApplication) -> Colours:
    try:
        mode = ThemeMode(mode)
    except ValueError:
        mode = ThemeMode.SYSTEM
    if mode == ThemeMode.SYSTEM:
        return DARK if system_is_dark(app) else LIGHT
    return DARK if mode == ThemeMode.DARK else LIGHT


_platform_font_size: float | None = None


def default_font_size() -> float:
    """The platform's font size (as it was before we set one), but at least ``DEFAULT_FONT_SIZE``."""
    global _platform_font_size
    if _platform_font_size is None:
        _platform_font_size = QFont().pointSizeF()
    size = _platform_font_size
    return max(float(DEFAULT_FONT_SIZE), size if size > 0 else float(DEFAULT_FONT_SIZE))


def apply_theme(app: QApplication, mode: ThemeMode | str = ThemeMode.LIGHT, font_size: float = 0) -> None:
    """Fusion with the chosen variant's palette and style sheet, at ``font_size`` points (0: the
    platform's default, at least ``DEFAULT_FONT_SIZE``). Safe to call again to switch live."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    default = default_font_size()  # read before the first setFont changes what QFont() says
    colours = colours_for(mode, app)
    use_colours(colours)
    app.setPalette(_palette(colours))
    font = QFont(app.font())
    size = font_size if font_size > 0 else default
    font.setPointSizeF(min(float(MAX_FONT_SIZE), max(float(MIN_FONT_SIZE), size)))
    app.setFont(font)
    app.setStyleSheet(style_sheet(colours))
