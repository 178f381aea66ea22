# SPDX-License-Identifier: GPL-3.0-or-later
"""The SLA chips of an inbox row (DESIGN.md §4): one chip per target still open, most urgent first.

``4m``, ``1h 05m``, ``2d 3h`` while running; amber in warning; ``−7m`` in red once overdue; grey
with a pause mark while paused, the reason ("outside business hours", "waiting on customer")
beside it. Met targets get no chip. The tooltip lists every target with its due time in local time.

The texts are those of the conversation header (``sla_text``), so the list and the pane agree to
the minute. ``chips_for`` runs for every visible row once a second: no database, no layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentdesk.gui import labels
from agentdesk.gui.labels import translate
from agentdesk.gui.sla_text import (
    FULL_DAY_MINUTES,
    MINUS,
    PAUSE_MARK,
    WORKING_DAY_MINUTES,
    beyond_horizon,
    duration,
    pause_reason,
    target_name,
)
from agentdesk.sla.state import Phase, SlaState, TargetState


@dataclass(frozen=True, slots=True)
class SlaChip:
    """One target's chip. ``kind`` is the colour: breached, warning, running or paused."""

    text: str
    kind: str
    reason: str = ""  # why the clock stands still, for a paused (or overdue and paused) target


def _tr(text: str) -> str:
    return translate("SlaChips", text)


def _chip(target: TargetState, day_minutes: int) -> SlaChip:
    remaining = target.remaining_minutes
    reason = pause_reason(target.pause_reason)
    if target.phase is Phase.BREACHED or remaining < 0:
        text = MINUS + duration(-remaining, day_minutes)
        return SlaChip(f"{PAUSE_MARK} {text}" if reason else text, "breached", reason)
    if target.phase is Phase.PAUSED:
        return SlaChip(f"{PAUSE_MARK} {duration(remaining, day_minutes)}", "paused", reason)
    kind = "warning" if target.phase is Phase.WARNING else "running"
    return SlaChip(duration(remaining, day_minutes), kind)


def chips_for(state: SlaState | None, always_open: bool = False) -> tuple[SlaChip, ...]:
    """The chips of the targets not yet met, most urgent first (empty without a policy)."""
    if state is None:
        return ()
    day_minutes = FULL_DAY_MINUTES if always_open else WORKING_DAY_MINUTES
    return tuple(_chip(t, day_minutes) for t in state.targets() if t.phase is not Phase.MET)


def _line(target: TargetState, day_minutes: int) -> str:
    name = target_name(target)
    if target.phase is Phase.MET:
        when = labels.local_datetime(target.met_at) if target.met_at is not None else ""
        template = _tr("%1: met at %2") if target.met_in_time else _tr("%1: met late, at %2")
        return template.replace("%1", name).replace("%2", when)
    remaining = target.remaining_minutes
    if target.phase is Phase.BREACHED or remaining < 0:
        state = _tr("overdue by %1").replace("%1", duration(-remaining, day_minutes))
    elif target.phase is Phase.WARNING:
        state = _tr("%1 left, due soon").replace("%1", duration(remaining, day_minutes))
    else:
        state = _tr("%1 left").replace("%1", duration(remaining, day_minutes))
    line = f"{name}: {state}"
    if target.due_at is not None:
        line += " · " + _tr("due %1").replace("%1", labels.local_datetime(target.due_at))
    elif target.beyond_horizon:
        line += " · " + beyond_horizon()
    if target.pause_reason is not None:
        line += " · " + _tr("paused: %1").replace("%1", pause_reason(target.pause_reason))
    return line


def sla_tooltip(state: SlaState | None, always_open: bool = False) -> str:
    """Every target with its due time (local time), most urgent first; business time counts."""
    if state is None:
        return _tr("No SLA policy applies to this conversation.")
    targets = state.targets()
    if not targets:
        return _tr("This conversation's SLA policy sets no targets.")
    day_minutes = FULL_DAY_MINUTES if always_open else WORKING_DAY_MINUTES
    lines = [_line(t, day_minutes) for t in targets]
    if not always_open:
        lines.append(_tr("Times are business time; a day is a working day of 8 hours."))
    return "\n".join(lines)


__all__ = ["SlaChip", "chips_for", "sla_tooltip"]
