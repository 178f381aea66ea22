# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts the main window is assembled from (STYLE.md, "A window made of parts").

Each module owns one thing and talks through signals or a small public surface: ``actions`` is
the registry of everything the window can do (id, text, keys, menus, handler, enabled rule);
``menus`` builds the menu bar from it; ``top_bar``, ``message_bar``, ``list_header`` and
``status_bar`` are the strips around the work area; ``shortcuts_overlay`` lists every registered
shortcut. ``gui/main_window.py`` only arranges the parts and wires their signals.
"""
