# SPDX-License-Identifier: GPL-3.0-or-later
"""Routing rules: conditions and matching (``rules``), running them on arrival and on a
customer's message and managing the ordered list (``engine``). No Qt."""
