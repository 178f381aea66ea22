# SPDX-License-Identifier: GPL-3.0-or-later
"""``agentdesk web``: the web channels a shop's site hands to AgentDesk (the contact form).

No Qt here: this runs as a service beside the shop's site (docs/web.md).
"""
