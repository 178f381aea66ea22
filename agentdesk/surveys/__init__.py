# SPDX-License-Identifier: GPL-3.0-or-later
"""Automatic surveys by email: policies, the survey mail after a conversation is solved, and the
answers that come back by mail (a signed score link or a plain reply with the number)."""
