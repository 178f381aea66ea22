# SPDX-License-Identifier: GPL-3.0-or-later
"""Which kinds of notification an agent wants, and whether as desktop notifications too.

Kept per agent in this desk's local settings (``setting`` table, key ``notifications.<agent>``): two
people sharing a desk each keep their own choice. Unknown kinds in a stored value are ignored, so
a value written by a newer version still reads.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from agentdesk.notifications.kinds import CHOOSABLE, Kind
from agentdesk.store.database import Store
from agentdesk.store.models import Setting


@dataclass(frozen=True, slots=True)
class NotificationSettings:
    kinds: frozenset[Kind] = frozenset(CHOOSABLE)
    desktop: bool = True  # also as a desktop notification (the bell always lists them)

    def wants(self, kind: Kind) -> bool:
        return kind == Kind.SUMMARY or kind in self.kinds


def _key(agent_id: uuid.UUID) -> str:
    return f"notifications.{agent_id.hex}"


def load_settings(store: Store, agent_id: uuid.UUID) -> NotificationSettings:
    with store.read() as session:
        row = session.get(Setting, _key(agent_id))
        value = row.value if row is not None else None
    if not isinstance(value, dict):
        return NotificationSettings()
    known = {k.value for k in CHOOSABLE}
    kinds = value.get("kinds")
    chosen = (
        frozenset(Kind(k) for k in kinds if isinstance(k, str) and k in known)
        if isinstance(kinds, list)
        else frozenset(CHOOSABLE)
    )
    return NotificationSettings(chosen, bool(value.get("desktop", True)))


def save_settings(store: Store, agent_id: uuid.UUID, settings: NotificationSettings) -> None:
    value = {"kinds": [k.value for k in CHOOSABLE if k in settings.kinds], "desktop": settings.desktop}
    with store.write() as session:
        row = session.get(Setting, _key(agent_id))
        if row is None:
            session.add(Setting(key=_key(agent_id), value=value))
        else:
            row.value = value
