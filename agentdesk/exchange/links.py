# SPDX-License-Identifier: GPL-3.0-or-later
"""Links between conversations as a line type of the exchange format (``conversation_link``).

Merges and splits need no line of their own: a merge is the source's ``merged_into_id`` and the
``merge`` events on both conversations (which keep what the merge moved, so it can be undone after
an import too), a split is the ``split`` events and the new conversation itself. A link is a row
of its own, one per pair, with the smaller conversation id first and the id derived from the pair
(``agentdesk.inbox.linking.link_id``); an unlinked pair keeps its row with ``deleted_at``.
"""

from __future__ import annotations

import uuid
from typing import Any

from agentdesk.exchange.kinds import TIME, UUID, BadLine
from agentdesk.exchange.schema import Entity, Field, LineType, sync_fields
from agentdesk.inbox.linking import link_id


def _check_link(row: dict[str, Any], where: str) -> None:
    one, other = (uuid.UUID(str(row[name])) for name in ("conversation_id", "other_id"))
    if one == other:
        raise BadLine(f"fields '{where}conversation_id' and '{where}other_id' must name two conversations")
    if one > other:
        raise BadLine(f"field '{where}conversation_id' must be the smaller id of the pair")
    if uuid.UUID(str(row["id"])) != link_id(one, other):
        raise BadLine(f"field '{where}id' must be the pair's link id ({link_id(one, other)})")


CONVERSATION_LINK = Entity(
    "conversation_link",
    sync_fields(
        Field("conversation_id", UUID, ref="conversation"),
        Field("other_id", UUID, ref="conversation"),
        Field("created_by", UUID, nullable=True, ref="agent"),
        Field("created_at", TIME),
    ),
    names=("link", "links"),
    check=_check_link,
)

CONVERSATION_LINK_LINE = LineType(CONVERSATION_LINK, export_order="conversation_id, other_id")

__all__ = ["CONVERSATION_LINK", "CONVERSATION_LINK_LINE"]
