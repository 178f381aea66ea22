# SPDX-License-Identifier: GPL-3.0-or-later
"""The words and numbers of SLA targets: names (``First response``, short ``FR``), pause reasons,
durations; and the SLA line of the conversation header.

The header's line is made of the same chips as the inbox list (``sla_chips.chips_for``), so both
read ``FR −7m · RES 1d 2h`` alike: see ``sla_line``. Pure formatting over an ``SlaState``: the pane
evaluates the plan every second and hands the state here, so this must stay cheap (no database,
no layout).
"""

from __future__ import annotations

import html

from agentdesk.gui import labels, theme
from agentdesk.gui.labels import translate
from agentdesk.sla.calendar import HORIZON_YEARS
from agentdesk.sla.state import PauseReason, SlaState, TargetState

WORKING_DAY_MINUTES = 8 * 60
FULL_DAY_MINUTES = 24 * 60
MINUS = "\u2212"
PAUSE_MARK = "\u23f8"


def duration(minutes: float, day_minutes: int | None = WORKING_DAY_MINUTES) -> str:
    """``labels.duration`` with days of ``day_minutes`` (a working day by default: policy targets
    are business minutes, so the SLA editor shows them in working days)."""
    return labels.duration(minutes, day_minutes)


def target_name(target: TargetState) -> str:
    """The full name of a target: ``First response``, ``Next response``, ``Resolution``."""
    return {
        "first_response": translate("SlaText", "First response"),
        "next_response": translate("SlaText", "Next response"),
        "resolution": translate("SlaText", "Resolution"),
    }.get(target.target.value, target.target.value)


def target_short(target: TargetState) -> str:
    """The short name a chip leads with: ``FR``, ``NR``, ``RES`` (the full name is in its tooltip)."""
    return {
        "first_response": translate("SlaText", "FR"),
        "next_response": translate("SlaText", "NR"),
        "resolution": translate("SlaText", "RES"),
    }.get(target.target.value, target.target.value)


def pause_reason(reason: PauseReason | None) -> str:
    return (
        {
            PauseReason.OUTSIDE_BUSINESS_HOURS: translate("SlaText", "outside business hours"),
            PauseReason.WAITING_ON_CUSTOMER: translate("SlaText", "pending"),
            PauseReason.ON_HOLD: translate("SlaText", "on hold"),
        }.get(reason, "")
        if reason is not None
        else ""
    )


def beyond_horizon() -> str:
    """What a target has instead of a due time when its calendar cannot provide it in time."""
    return translate("SlaText", "not due within %1 years: the calendar has too few opening hours").replace(
        "%1", str(HORIZON_YEARS)
    )


def sla_line(state: SlaState | None, *, always_open: bool = False) -> tuple[str, str]:
    """(rich text, plain tooltip) for the conversation header; empty strings without a policy.

    The chips of the inbox list (``sla_chips.chips_for``) as coloured text, each led by its short
    name, a paused one with its reason; met targets are listed only when nothing runs any more.
    The tooltip is the list's (every target by its full name, due time and business time left).
    """
    from agentdesk.gui.sla_chips import chips_for, met_chips, sla_tooltip

    if state is None:
        return "", ""
    chips = chips_for(state, always_open) or met_chips(state)
    parts = []
    for chip in chips:
        colour = {
            "breached": theme.DANGER,
            "warning": theme.CAUTION,
            "paused": theme.TEXT_FAINT,
            "met": theme.GOOD,
            "met_late": theme.CAUTION,
        }.get(chip.kind, theme.TEXT)
        weight = "; font-weight: 600" if chip.kind in ("breached", "warning") else ""
        reason = ""
        if chip.reason:
            reason = f' <span style="color: {theme.TEXT_FAINT}">({html.escape(chip.reason)})</span>'
        parts.append(
            f'<span style="color: {theme.TEXT_MUTED}" title="{html.escape(chip.name)}">'
            f"{html.escape(chip.short)}</span> "
            f'<span style="color: {colour}{weight}">{html.escape(chip.time)}</span>{reason}'
        )
    separator = f'<span style="color: {theme.TEXT_FAINT}">&nbsp;&nbsp;·&nbsp;&nbsp;</span>'
    return separator.join(parts), sla_tooltip(state, always_open)


def sla_variants(state: SlaState | None, always_open: bool = False) -> tuple[list[str], str]:
    """The header's SLA from the longest way of saying it to the shortest (rich text): every chip
    (``sla_line``), then the most urgent chip with a ``+N`` mark for the others, then that chip's
    time alone; and the tooltip that lists every target. Empty without a policy. The same chips
    as the list, so the header and the list never disagree."""
    from agentdesk.gui.sla_chips import chips_for

    full, tooltip = sla_line(state, always_open=always_open)
    if state is None or not full:
        return [], ""
    chips = chips_for(state, always_open)
    if not chips:
        return [full], tooltip
    urgent = chips[0]
    colour = {"breached": theme.DANGER, "warning": theme.CAUTION, "paused": theme.TEXT_FAINT}.get(
        urgent.kind, theme.TEXT
    )
    weight = "; font-weight: 600" if urgent.kind in ("breached", "warning") else ""
    value = f'<span style="color: {colour}{weight}">{html.escape(urgent.time)}</span>'
    name = f'<span style="color: {theme.TEXT_MUTED}">{html.escape(urgent.short)}</span> '
    more = ""
    if len(chips) > 1:
        mark = translate("SlaText", "+%1").replace("%1", str(len(chips) - 1))
        more = f' <span style="color: {theme.TEXT_FAINT}">{html.escape(mark)}</span>'
    return [full, name + value + more, value], tooltip


def countdown(target: TargetState, day_minutes: int = WORKING_DAY_MINUTES) -> tuple[str, str]:
    """(text, colour) of one target in business time, for callers that have no instant; the
    chips (``sla_chips.chips_for``, ``sla_variants``) count to the due time and are what the
    list and the header show. Paused is grey, also when overdue."""
    from agentdesk.sla.state import Phase

    remaining = target.remaining_minutes
    if target.phase is Phase.MET:
        return (
            (translate("SlaText", "met late"), theme.CAUTION)
            if target.met_in_time is False
            else (translate("SlaText", "met"), theme.GOOD)
        )
    paused = target.due_at is None and target.pause_reason in (
        PauseReason.WAITING_ON_CUSTOMER,
        PauseReason.ON_HOLD,
    )
    if target.phase is Phase.BREACHED or remaining < 0:
        text = MINUS + duration(-remaining, day_minutes)
        return (f"{PAUSE_MARK} {text}", theme.TEXT_FAINT) if paused else (text, theme.DANGER)
    if paused:
        return f"{PAUSE_MARK} {duration(remaining, day_minutes)}", theme.TEXT_FAINT
    if target.phase is Phase.WARNING:
        return duration(remaining, day_minutes), theme.CAUTION
    return duration(remaining, day_minutes), theme.TEXT
