# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation pane, for the modules that import it from here.

The pane lives in the ``agentdesk.gui.conversation`` package now, one part per module (header,
properties, timeline, composer controller, attachments, hand-over, …); see its docstring.
"""

from __future__ import annotations

from agentdesk.gui.conversation.handover import tier_path_of
from agentdesk.gui.conversation.pane import ConversationPane
from agentdesk.gui.conversation.timeline_view import SafeTextBrowser
from agentdesk.gui.customer_panel import csat_text

__all__ = ["ConversationPane", "SafeTextBrowser", "csat_text", "tier_path_of"]
