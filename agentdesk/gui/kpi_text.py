# SPDX-License-Identifier: GPL-3.0-or-later
"""Key figures in the window's language: values, group names and period dates.

The dashboard and the PDF report show the same figures the same way: durations in the one duration
style (``labels.duration``: ``34m``, ``5h 05m``, ``3d 4h``), shares and scores with the chosen
language's ``QLocale`` (``66,7 %`` in German and Danish, ``66.7%`` in English), channels and tiers by
their one name (``labels.channel_label``, ``labels.tier_choice``), and "no data" where there was
nothing to measure. ``agentdesk.metrics`` computes the figures and never formats for a language;
the CSV keeps plain machine numbers (``agentdesk.metrics.report``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from agentdesk.gui import labels
from agentdesk.gui.labels import translate
from agentdesk.metrics.kpis import KpiDefinition, KpiGroup


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's decimal sign and digit grouping."""
    return QLocale().toString(float(value), "f", decimals)


def count(value: int) -> str:
    return QLocale().toString(int(value))


def percent(share: float | None, decimals: int = 1) -> str:
    """A share 0..1 as a percentage in the locale's style; "–" for no data (table cells)."""
    if share is None:
        return "–"
    return translate("KpiText", "%1%").replace("%1", number(share * 100, decimals))


def no_data() -> str:
    return translate("KpiText", "no data")


def value_text(d: KpiDefinition, value: float | None, *, empty: str | None = None) -> str:
    """A key figure as people read it; ``empty`` (default "no data") when there is none."""
    if value is None:
        return no_data() if empty is None else empty
    if d.unit == "minutes":
        return labels.duration(value)
    if d.unit == "share":
        return percent(value)
    if d.key == "nps":
        sign = "+" if value > 0 else ""
        return sign + number(value, 0)
    if d.key == "ces":
        return translate("KpiText", "%1 / 7").replace("%1", number(value, 2))
    return number(value, 1)


def group_label(dimension: str, group: KpiGroup, overall: bool = False) -> str:
    """A group's name: channels and tiers by their one name; the overall group "All conversations";
    agents and teams by their own names (the computed label, already in the program's language)."""
    if overall and group.key is None:
        return translate("KpiText", "All conversations")
    if dimension == "channel" and group.key:
        return labels.channel_label(group.key)
    if dimension == "tier" and group.key and group.key.isdigit():
        return labels.tier_choice(int(group.key))
    return group.label


def date_text(day: dt.date) -> str:
    """A report's date, unambiguous and with the full year: 2026-11-23 in English, 23.11.2026 in
    German and Danish (the pattern is the catalogue's; the locale writes it)."""
    pattern = translate("KpiText", "yyyy-MM-dd", "date format of the report (Qt date pattern)")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_month(day: dt.date) -> str:
    """A chart axis's day: "23 Nov", "23. Nov.", "23. nov." in the locale's words."""
    locale = QLocale()
    month = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
    return translate("KpiText", "%1 %2").replace("%1", str(day.day)).replace("%2", month)


__all__ = ["count", "date_text", "day_month", "group_label", "no_data", "number", "percent", "value_text"]
