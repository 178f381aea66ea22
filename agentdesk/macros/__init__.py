# SPDX-License-Identifier: GPL-3.0-or-later
"""Macros (named bundles of actions applied in one step), the actions they share with the routing
rules (``actions``), and automatic assignment with the agents' availability (``assign``). No Qt."""
