# SPDX-License-Identifier: GPL-3.0-or-later
"""Notifications that reach the agent: what they are about (``kinds``), which ones each agent wants
(``settings``), how they are derived from the record and kept (``feed``), and who is mentioned in
an internal note (``mentions``). Free of Qt: the bell, its list and the desktop notifications are in
``agentdesk.gui``."""
