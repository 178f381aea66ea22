# SPDX-License-Identifier: GPL-3.0-or-later
"""The parts the main window is assembled from (STYLE.md, "A window made of parts").

Each module owns one thing and talks through signals or a small public surface: ``actions`` is
the registry of everything the window can do (id, text, keys, menus, handler, enabled rule);
``menus`` builds the menu bar from it and ``shortcuts_overlay`` lists its keys; ``top_bar``,
``message_bar``, ``list_header`` and ``status_bar`` are the strips around the work area;
``work_area`` splits sidebar, list and pane; ``sla_feed`` keeps the list's countdowns going;
``background`` runs SLA alerts, mail and sync; ``search`` reads search results as list rows;
``dialogs`` keeps the window's non-blocking dialogs. ``gui/main_window.py`` arranges the parts
and wires their signals.
"""
