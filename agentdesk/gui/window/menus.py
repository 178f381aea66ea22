# SPDX-License-Identifier: GPL-3.0-or-later
"""The menus, built from the action registry: no action is added to a menu by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from agentdesk.gui.window.actions import ActionRegistry, Menu, Place, menu_title

MENU_BAR = (Menu.FILE, Menu.EDIT, Menu.CONVERSATION, Menu.VIEW, Menu.HELP)
SUBMENUS = {Menu.CHANNELS: Place(Menu.VIEW, 3)}  # a submenu and where it is listed


def fill_menu(menu: QMenu, registry: ActionRegistry, which: Menu, submenus: dict[Menu, QMenu]) -> None:
    """``menu`` lists the actions placed in ``which`` by section, a separator between sections;
    within a section they keep the order they were registered in."""
    items: list[tuple[int, int, object]] = [
        (section, order, action) for order, (section, action) in enumerate(registry.placed(which))
    ]
    for sub, place in SUBMENUS.items():
        if place.menu is which and sub in submenus:
            items.append((place.section, len(items), submenus[sub]))
    items.sort(key=lambda item: (item[0], item[1]))
    previous: int | None = None
    for section, _order, item in items:
        if previous is not None and section != previous:
            menu.addSeparator()
        previous = section
        if isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)  # type: ignore[call-overload]


def build_menu_bar(
    bar: QMenuBar, registry: ActionRegistry, before_show: Callable[[], None] | None = None
) -> dict[Menu, QMenu]:
    """The menu bar's menus (and their submenus), by ``Menu``. ``before_show`` runs as a menu
    opens, so the enabled rules are applied to what the agent is about to read."""
    submenus: dict[Menu, QMenu] = {}
    for sub in SUBMENUS:
        submenus[sub] = QMenu(menu_title(sub), bar)
        submenus[sub].setToolTipsVisible(True)
        fill_menu(submenus[sub], registry, sub, {})
    menus: dict[Menu, QMenu] = dict(submenus)
    for which in MENU_BAR:
        menu = bar.addMenu(menu_title(which))
        menu.setToolTipsVisible(True)  # a disabled entry says why in its tooltip
        fill_menu(menu, registry, which, submenus)
        if before_show is not None:
            menu.aboutToShow.connect(before_show)
        menus[which] = menu
    return menus


def popup_menu(parent: QWidget, registry: ActionRegistry, which: Menu) -> QMenu:
    """A menu that is not in the menu bar (the status bar's sync button)."""
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    fill_menu(menu, registry, which, {})
    return menu
