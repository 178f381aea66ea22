# SPDX-License-Identifier: GPL-3.0-or-later
"""*Edit*: Cut, Copy and Paste for the text box that has the focus.

Their keys are the text boxes' own (Ctrl+X, Ctrl+C, Ctrl+V work in every field without the menu),
so the menu's entries carry none: a window-wide Ctrl+V would compete with them. Paste where no text
box has the focus (the list, the timeline) goes to the composer of the open conversation, so
*Edit → Paste* with a screenshot on the clipboard attaches it to the reply, as Ctrl+V in the
composer does (``gui.conversation.outgoing_attachments``).

The actions come from ``action_specs`` into the window's registry; the part is made once by
``attach``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from agentdesk.gui.labels import translate
from agentdesk.gui.window.actions import ActionId, ActionSpec, Menu, Place

if TYPE_CHECKING:
    from agentdesk.gui.main_window import MainWindow

TextBox = QLineEdit | QPlainTextEdit | QTextEdit


class EditMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @classmethod
    def attach(cls, window: MainWindow) -> EditMenu:
        found = getattr(window, "edit_menu", None)
        if isinstance(found, cls):
            return found
        part = cls(window)
        setattr(window, "edit_menu", part)  # noqa: B010  (the window does not declare its parts)
        return part

    def action_specs(self) -> Iterator[ActionSpec]:
        edit = Menu.EDIT
        yield ActionSpec(
            ActionId.CUT,
            translate("EditMenu", "Cu&t"),
            self.cut,
            (),
            (Place(edit, 0),),
            "mdi6.content-cut",
            status_tip=translate("EditMenu", "Cut the selected text (Ctrl+X in any text box)"),
        )
        yield ActionSpec(
            ActionId.COPY,
            translate("EditMenu", "&Copy"),
            self.copy,
            (),
            (Place(edit, 0),),
            "mdi6.content-copy",
            status_tip=translate("EditMenu", "Copy the selected text (Ctrl+C in any text box)"),
        )
        yield ActionSpec(
            ActionId.PASTE,
            translate("EditMenu", "&Paste"),
            self.paste,
            (),
            (Place(edit, 0),),
            "mdi6.content-paste",
            status_tip=translate(
                "EditMenu",
                "Paste text, or attach a copied picture or files to the reply (Ctrl+V in any text box)",
            ),
        )

    def _focused(self) -> TextBox | None:
        widget: QWidget | None = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, TextBox):
            widget = widget.parentWidget()  # a text box's viewport
        return widget if isinstance(widget, TextBox) and self.window.isAncestorOf(widget) else None

    def cut(self) -> None:
        box = self._focused()
        if box is not None:
            box.cut()

    def copy(self) -> None:
        box = self._focused()
        if box is not None:
            box.copy()

    def paste(self) -> None:
        """Into the focused text box that takes typing; else into the composer (files and
        pictures attached, text at its cursor) of the open conversation."""
        box = self._focused()
        if box is not None and not box.isReadOnly():
            box.paste()
            return
        pane = self.window.pane
        if pane.detail is None:
            return
        editor = pane.composer.editor
        editor.paste()
        pane.composer.focus_editor()
