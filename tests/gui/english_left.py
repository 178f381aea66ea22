# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding English on a German or Danish screen: every text a widget shows, and which of it is
still the English source.

``shown_texts`` walks a window: each visible widget's text, tooltip, placeholder and title, its
menus and actions, the column headers of its item views, its combo items and tab texts.
``EnglishFinder`` knows the English of the catalogues (``resources/translations/*.ts``): a text
is English when it is an English source (one whose translation differs from it) or is made of
English words only (words of the sources that no translation uses). Product names and codes are
allowed, and so is the workspace's own data (names, subjects, tags), which is the shop's.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Product names, protocols and codes: the same in every language.
ALLOWED_WORDS = frozenset(
    w.lower()
    for w in (
        "AgentDesk SLA SLAs CSAT NPS CES FRT IMAP SMTP TLS STARTTLS SSL PostgreSQL CSV PDF INBOX "
        "URL UTF OK Ctrl Shift Alt Esc Enter Tab Del Backspace PgUp PgDown Home End Space F1 F5 "
        "Return Up Down Left Right Meta Ins"
    ).split()
)
# Words a language writes as English does, that its catalogue happens not to use (Qt's own
# Danish catalogue names the file picker's type column "Type").
SAME_WORDS = {"da": frozenset({"type"}), "de": frozenset()}
# Texts every language writes the same way (a language's own name in the language menu).
ALLOWED_TEXTS = frozenset({"English", "Deutsch", "Dansk"})
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|#\d+);")


def normal(text: str) -> str:
    """``text`` as compared: no markup, mnemonics, ellipsis, trailing colon or extra spaces."""
    text = TAG.sub(" ", text) if "<" in text and ">" in text else text
    text = ENTITY.sub(lambda m: {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">"}.get(m[0], " "), text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("…", " ").replace("...", " ")
    return " ".join(text.split()).strip(" :")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


@dataclass(frozen=True)
class Shown:
    where: str  # the widget's class and object name, and what of it (text, tooltip, header …)
    text: str


@dataclass
class EnglishFinder:
    sources: set[str]  # English sources (normalized) whose translation differs
    translations: set[str]  # every translation (normalized)
    english_words: set[str]  # words of the sources that no translation uses
    data: list[str]  # the workspace's own texts, longest first

    @classmethod
    def for_language(cls, ts: Path, data: Iterable[str]) -> EnglishFinder:
        sources: set[str] = set()
        translations: set[str] = set()
        source_words: set[str] = set()
        translated_words: set[str] = set()
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            forms = [f.text or "" for f in element.iter("numerusform")] if element is not None else []
            if element is not None and not forms:
                forms = [element.text or ""]
            source_words.update(words(_without_placeholders(source)))
            for form in forms:
                translations.add(normal(form))
                translated_words.update(words(_without_placeholders(form)))
            if any(normal(form) != normal(source) for form in forms):
                sources.add(normal(source))
        kept = sorted({normal(d) for d in data if len(normal(d)) >= 3}, key=len, reverse=True)
        same = SAME_WORDS.get(ts.stem.rsplit("_", 1)[-1], frozenset())
        return cls(sources - translations, translations, source_words - translated_words - same, kept)

    def is_english(self, text: str) -> bool:
        """Whether ``text`` (any of its lines) is still English."""
        return any(self._english_line(line) for line in text.split("\n"))

    def _english_line(self, text: str) -> bool:
        shown = normal(text)
        if len(shown) >= 12 and any(shown in value for value in self.data):
            return False  # a part of the shop's data (a message's first words, say)
        if not shown or shown in ALLOWED_TEXTS or shown in self.translations:
            return False
        if shown in self.sources:
            return True
        for value in self.data:  # the shop's own data is not ours to translate
            if value in shown:
                shown = shown.replace(value, " ")
        found = [w for w in words(shown) if w not in ALLOWED_WORDS and len(w) > 1]
        if not found:
            return False
        english = [w for w in found if w in self.english_words]
        # English words and nothing else (one word of four letters or more will do), or a
        # sentence that is mostly English.
        return (len(english) == len(found) and (len(found) >= 2 or len(found[0]) >= 4)) or (
            len(found) >= 4 and len(english) >= 0.75 * len(found)
        )

    def english_in(self, shown: Iterable[Shown]) -> list[Shown]:
        return sorted({s for s in shown if self.is_english(s.text)}, key=lambda s: (s.where, s.text))


def _without_placeholders(text: str) -> str:
    return re.sub(r"%(?:n|L?\d+)|\{[^}]*\}", " ", text)


# -- walking a window --------------------------------------------------------------------------


def shown_texts(top: QWidget) -> list[Shown]:
    """Every text ``top`` and its visible widgets show an agent, with where it was found."""
    found: list[Shown] = []
    found += _own(top, f"{type(top).__name__} window title", top.windowTitle())
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        found += _own(widget, f"{name} tooltip", widget.toolTip())
        found += list(_texts_of(widget, name))
        for action in widget.actions():
            found += list(_action_texts(action, f"{name} action"))
    return [s for s in found if s.text.strip()]


def _own(_widget: QWidget, where: str, text: str) -> list[Shown]:
    return [Shown(where, text)] if text else []


def _texts_of(widget: QWidget, name: str) -> Iterator[Shown]:
    if isinstance(widget, QLabel):
        yield Shown(f"{name} text", widget.text())
    if isinstance(widget, QAbstractButton):
        yield Shown(f"{name} text", widget.text())
        menu = getattr(widget, "menu", lambda: None)()
        if isinstance(menu, QMenu):
            yield from _menu_texts(menu, f"{name} menu")
    if isinstance(widget, QLineEdit):
        yield Shown(f"{name} placeholder", widget.placeholderText())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield Shown(f"{name} placeholder", widget.placeholderText())
    if isinstance(widget, QGroupBox):
        yield Shown(f"{name} title", widget.title())
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield Shown(f"{name} item", widget.itemText(i))
            yield Shown(f"{name} item tooltip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield Shown(f"{name} tab", widget.tabText(i))
            yield Shown(f"{name} tab tooltip", widget.tabToolTip(i))
    if isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            for section in range(count):
                if widget.isSectionHidden(section):
                    continue
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, widget.orientation(), role)
                    if isinstance(value, str):
                        yield Shown(f"{name} header", value)
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget, name)


def _model_texts(view: QAbstractItemView, name: str, limit: int = 60) -> Iterator[Shown]:
    """The first rows of an item view: their texts and tooltips (what the view shows as text)."""
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (its column count is not public)
        columns = 1
    for row in range(min(model.rowCount(root), limit)):
        for column in range(min(columns, 12)):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield Shown(f"{name} row", value)


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator() or not action.isVisible():
        return
    yield Shown(f"{where} text", action.text())
    if normal(action.toolTip()) != normal(action.text()):
        yield Shown(f"{where} tooltip", action.toolTip())
    yield Shown(f"{where} status tip", action.statusTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield from _menu_texts(menu, f"{where} menu")


def _menu_texts(menu: QMenu, where: str) -> Iterator[Shown]:
    menu.aboutToShow.emit()  # menus that fill themselves when opened
    yield Shown(f"{where} title", menu.title())
    for action in menu.actions():
        yield from _action_texts(action, f"{where} › {normal(menu.title())}")
