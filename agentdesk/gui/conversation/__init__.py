# SPDX-License-Identifier: GPL-3.0-or-later
"""The conversation pane, in parts an engineer can find by name.

- ``pane``: ``ConversationPane``, the coordinator: builds the parts, hands each the conversation
  on show and wires their signals; no rules of its own.
- ``context``: what the parts share (the services, the conversation on show, one way to change it
  and to say something in the strip).
- ``header``: the one-line header (subject, number, customer, channel, SLA targets).
- ``properties``: the compact row of editors (status, priority, tier, team, assignee, follow-up,
  tags) that overflows into a "More" menu; ``property_editor``: their menus, keys and changes.
- ``timeline_view``: the timeline browser (safe HTML, following the newest entry, our links).
- ``attachments``: pictures in messages (inline attachments, remote images the agent allowed).
- ``composer_controller``: writing and sending (change detection, drafts, canned replies).
- ``handover``: the tier path (escalate, return, transfer, take) and time per tier.
- ``tools``: the dialogs the pane opens (new conversation, survey answer, coaching note).
- ``body``: the room: timeline over composer (which grows with its text), the customer panel
  beside or under them.
- ``strip``: the one-sentence message strip above the timeline.

The package's ``__init__`` imports nothing, so importing one part never loads the others.
"""
