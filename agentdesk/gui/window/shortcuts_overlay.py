# SPDX-License-Identifier: GPL-3.0-or-later
"""Help → Keyboard shortcuts: every key the window answers to, read from the action registry.

Nothing here names a key: the list is made from the registered actions (the pane's adopted ones
included) and the keys they really have now, so it cannot drift from what the keys do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agentdesk.gui import theme
from agentdesk.gui.window.actions import ActionRegistry, Menu, keys_text, menu_title, plain_text

SECTION_ORDER = (Menu.CONVERSATION, Menu.VIEW, Menu.CHANNELS, Menu.FILE, Menu.HELP, Menu.SYNC)
COLUMNS = 3


def shortcut_rows(registry: ActionRegistry) -> dict[Menu, list[tuple[str, str]]]:
    """(what, keys) per menu, for every registered action with keys, in menu order."""
    rows: dict[Menu, list[tuple[str, str]]] = {menu: [] for menu in SECTION_ORDER}
    for entry in registry.with_shortcuts():
        menu = entry.places[0].menu if entry.places else Menu.HELP
        rows[menu].append((plain_text(entry.action), keys_text(entry.action)))
    return {menu: found for menu, found in rows.items() if found}


class ShortcutsOverlay(QDialog):
    """The keys by menu, in columns; Esc, F1 or ? (as anywhere) closes it."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsOverlay")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.sections = shortcut_rows(registry)
        self.rows = [row for rows in self.sections.values() for row in rows]

        grid_host = QWidget()
        columns = QHBoxLayout(grid_host)
        columns.setContentsMargins(4, 4, 4, 4)
        columns.setSpacing(28)
        for column_sections in self._balanced(COLUMNS):
            column = QGridLayout()
            column.setHorizontalSpacing(16)
            column.setVerticalSpacing(5)
            row = 0
            for menu in column_sections:
                heading = QLabel(menu_title(menu).replace("&", ""))
                heading.setObjectName("shortcutHeading")
                heading.setStyleSheet(f"font-weight: 600; color: {theme.TEXT};")
                heading.setContentsMargins(0, 6 if row else 0, 0, 0)
                column.addWidget(heading, row, 0, 1, 2)
                row += 1
                for what, keys in self.sections[menu]:
                    label = QLabel(what)
                    label.setTextFormat(Qt.TextFormat.PlainText)
                    key = QLabel(keys)
                    key.setObjectName("shortcutKeys")
                    key.setTextFormat(Qt.TextFormat.PlainText)
                    key.setStyleSheet(
                        f"color: {theme.TEXT}; background: {theme.WINDOW}; "
                        f"border: 1px solid {theme.BORDER}; border-radius: 4px; padding: 1px 6px;"
                    )
                    column.addWidget(label, row, 0)
                    column.addWidget(key, row, 1, Qt.AlignmentFlag.AlignLeft)
                    row += 1
            column.setRowStretch(row, 1)
            columns.addLayout(column, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)
        hint = QLabel(
            self.tr(
                "Single letters work where no text box has the keyboard. In the composer, type / "
                "and a few letters to insert a canned reply."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        room = parent.width() - 80 if parent is not None else 1200
        height = min(grid_host.sizeHint().height() + 110, 680)
        self.resize(min(max(grid_host.sizeHint().width() + 48, 720), room), height)
        scroll.setMinimumWidth(min(grid_host.sizeHint().width(), room - 48))

    def _balanced(self, count: int) -> list[list[Menu]]:
        """The sections in ``count`` columns of about the same height, in order."""
        sizes = [(menu, len(rows) + 2) for menu, rows in self.sections.items()]
        total = sum(size for _menu, size in sizes)
        columns: list[list[Menu]] = [[]]
        height = 0
        for menu, size in sizes:
            if columns[-1] and height + size / 2 > total / count * len(columns) and len(columns) < count:
                columns.append([])
            columns[-1].append(menu)
            height += size
        return columns
