# SPDX-License-Identifier: GPL-3.0-or-later
"""File → Audit log on a real temporary database: offered to supervisors and admins only; the
list follows the kind, who, period and text filters; the chosen entry shows its fields before and
after; the export writes exactly the entries the filter selects."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agentdesk.audit import capture, log
from agentdesk.clock import FixedClock
from agentdesk.errors import PermissionDenied
from agentdesk.gui.audit_dialog import AuditLogDialog
from agentdesk.gui.main_window import MainWindow
from agentdesk.gui.messages import MessageBridge
from agentdesk.gui.preferences import Preferences
from agentdesk.gui.theme import apply_theme
from agentdesk.gui.window.actions import ActionId, Menu
from agentdesk.macros.actions import Actions
from agentdesk.macros.service import MacroDraft
from agentdesk.services import Services, build_services
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)


@dataclass
class Desk:
    store: Store
    clock: FixedClock
    sara: uuid.UUID  # supervisor
    ben: uuid.UUID  # agent
    services: Services  # Sara's
    billing: uuid.UUID


@pytest.fixture
def desk(store: Store, clock: FixedClock) -> Desk:
    setup = build_services(store, clock)
    sara = setup.directory.create_agent("Sara Lund", "sara@shop.test", role="supervisor", tiers=[1, 2, 3])
    ben = setup.directory.create_agent("Ben Holm", "ben@shop.test", tiers=[1])
    services = build_services(store, clock, sara)
    capture.install(store, clock, lambda: services.agent_id)
    clock.advance(days=-40)
    billing = services.directory.create_team("Billing", actor_id=sara)  # 40 days ago
    clock.advance(days=38)
    services.macros.create(
        MacroDraft("Refund issued", Actions.from_json({"status": "pending"}))
    )  # 2 days ago
    clock.advance(days=2)
    services.directory.update_agent(sara, ben, tiers=[1, 2], team_ids=[billing], home_team_id=billing)  # now
    return Desk(store, clock, sara, ben, services, billing)


def window_for(qtbot: QtBot, qapp: QApplication, desk: Desk, agent_id: uuid.UUID) -> MainWindow:
    apply_theme(qapp)
    window = MainWindow(build_services(desk.store, desk.clock, agent_id), MessageBridge(), Preferences())
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    return window


def shown(dialog: AuditLogDialog) -> list[tuple[str, str, str]]:
    """(who, kind, item) of every listed entry, newest first."""
    return [
        (dialog.table.item(r, 1).text(), dialog.table.item(r, 3).text(), dialog.table.item(r, 4).text())
        for r in range(dialog.table.rowCount())
    ]


def test_the_audit_log_is_offered_to_supervisors_and_refused_to_agents(
    qtbot: QtBot, qapp: QApplication, desk: Desk
) -> None:
    agent_window = window_for(qtbot, qapp, desk, desk.ben)
    action = agent_window.registry[ActionId.AUDIT_LOG]
    assert action in agent_window.menus[Menu.FILE].actions()
    assert not action.isEnabled()
    assert "supervisors and admins" in action.toolTip()
    with pytest.raises(PermissionDenied):
        AuditLogDialog(build_services(desk.store, desk.clock, desk.ben))
    capture.uninstall(desk.store)

    window = window_for(qtbot, qapp, desk, desk.sara)
    action = window.registry[ActionId.AUDIT_LOG]
    assert action.isEnabled()
    action.trigger()
    dialog = window.audit_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, AuditLogDialog) and dialog.isVisible()
    assert shown(dialog) == [
        ("Sara Lund", "Agents and roles", "Ben Holm"),
        ("Sara Lund", "Canned replies and macros", "Refund issued"),
        ("Sara Lund", "Teams", "Billing"),
    ]
    action.trigger()  # a second time: the same dialog comes to the front
    assert window.audit_dialog is dialog  # type: ignore[attr-defined]


def test_filters_detail_and_export(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    dialog = AuditLogDialog(desk.services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(shown(dialog)) == 3
    # The newest entry is chosen: its fields before and after.
    detail = [
        tuple(dialog.detail.item(r, c).text() for c in range(3)) for r in range(dialog.detail.rowCount())
    ]
    assert detail == [("Tiers", "[1]", "[1, 2]"), ("Team", "—", "Billing"), ("Teams", "", "Billing")]

    dialog.kind.setCurrentIndex(dialog.kind.findData(log.Kind.TEAMS.value))
    assert shown(dialog) == [("Sara Lund", "Teams", "Billing")]
    dialog.kind.setCurrentIndex(0)

    dialog.period.setCurrentIndex(dialog.period.findData(log.Period.WEEK.value))
    assert [item for _who, _kind, item in shown(dialog)] == ["Ben Holm", "Refund issued"]
    dialog.period.setCurrentIndex(dialog.period.findData(log.Period.CUSTOM.value))
    assert dialog.start.isVisible() and dialog.end.isVisible()
    day = (desk.clock.now() - dt.timedelta(days=40)).date()
    dialog.start.setDate(QDate(day.year, day.month, day.day))
    dialog.end.setDate(QDate(day.year, day.month, day.day))
    assert [item for _who, _kind, item in shown(dialog)] == ["Billing"]
    dialog.end.setDate(QDate(day.year, day.month, day.day).addDays(-1))
    assert shown(dialog) == [] and dialog.note.text() == "The period ends before it starts."
    assert not dialog.export_button.isEnabled()
    dialog.period.setCurrentIndex(dialog.period.findData(log.Period.ALL.value))

    dialog.text.setText("REFUND")
    qtbot.waitUntil(lambda: len(shown(dialog)) == 1)  # after the typing pause
    assert shown(dialog)[0][2] == "Refund issued"
    dialog.text.setText("pending")  # a value inside the macro's actions
    dialog.reload()
    assert shown(dialog)[0][2] == "Refund issued"
    dialog.text.clear()
    dialog.reload()

    ben = dialog.who.findText("Sara Lund")
    dialog.who.setCurrentIndex(ben)
    assert len(shown(dialog)) == 3

    target = tmp_path / "audit.csv"
    dialog.kind.setCurrentIndex(dialog.kind.findData(log.Kind.AGENTS.value))
    assert dialog.export_to(target) == target
    with target.open(encoding="utf-8-sig", newline="") as source:
        lines = list(csv.reader(source))
    assert lines[0] == list(log.CSV_HEADER)
    head = ["Sara Lund", "update", "agents", "agent", "Ben Holm", str(desk.ben)]
    billing = str(desk.billing)
    assert [line[1:] for line in lines[1:]] == [  # one line per field; ids as they are
        [*head, "tiers", "[1]", "[1, 2]", ""],
        [*head, "team_id", "", billing, ""],
        [*head, "team_ids", "[]", f'["{billing}"]', ""],
    ]
    assert dialog.note.text() == f"Exported to {target} (entries: 1)."
