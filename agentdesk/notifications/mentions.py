# SPDX-License-Identifier: GPL-3.0-or-later
"""Who an internal note mentions: ``@`` followed by an agent's full name (as the composer's
completion writes it) or by the part of their email address before the ``@``, in any case, and not
running on into more letters ("@Anna" does not mention "Annabel")."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class Mentionable:
    id: uuid.UUID
    name: str
    email: str


def _handles(agent: Mentionable) -> list[str]:
    handles = []
    if agent.name.strip():
        handles.append(" ".join(agent.name.split()).casefold())
    local = agent.email.partition("@")[0].strip()
    if local:
        handles.append(local.casefold())
    return handles


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] in "_-")


def mentioned(text: str, agents: Iterable[Mentionable]) -> set[uuid.UUID]:
    """The ids of the agents ``text`` mentions."""
    if "@" not in text:
        return set()
    flat = _SPACES.sub(" ", text).casefold()  # runs of spaces count as one, as in the names
    found: set[uuid.UUID] = set()
    starts = [i + 1 for i, ch in enumerate(flat) if ch == "@" and (i == 0 or not flat[i - 1].isalnum())]
    if not starts:
        return found
    for agent in agents:
        for handle in _handles(agent):
            if any(
                flat.startswith(handle, start) and _ends_word(flat, start + len(handle)) for start in starts
            ):
                found.add(agent.id)
                break
    return found
