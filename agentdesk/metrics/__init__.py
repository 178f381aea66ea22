# SPDX-License-Identifier: GPL-3.0-or-later
"""Supervisor measures: KPIs for a period, the queue dashboard, survey answers, review tools, reports.

Everything here reads and writes the local database only, so it works offline on the replica.
The definitions of the KPIs live in ``kpis.KPI_DEFINITIONS`` (shown by the dashboard) and in
``docs/kpis.md``.
"""

from __future__ import annotations

from agentdesk.metrics.kpis import (
    DIMENSIONS,
    KPI_DEFINITIONS,
    KpiDefinition,
    KpiGroup,
    KpiReport,
    KpiValue,
    compute_kpi_reports,
    compute_kpis,
    definition,
)

__all__ = [
    "DIMENSIONS",
    "KPI_DEFINITIONS",
    "KpiDefinition",
    "KpiGroup",
    "KpiReport",
    "KpiValue",
    "compute_kpi_reports",
    "compute_kpis",
    "definition",
]
