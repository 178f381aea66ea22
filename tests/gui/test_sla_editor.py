# SPDX-License-Identifier: GPL-3.0-or-later
"""The SLA editor and the SLA notifications on a real temporary database.

The editor is driven through its widgets and what counts is what the database holds afterwards
(policies, calendars, conversations' cached due times). The notifications are checked by moving a
FixedClock and calling the check directly: no sleeps, no waiting for the 30-second timer.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agentdesk.clock import FixedClock
from agentdesk.gui.sla_alerts import SlaAlerts
from agentdesk.gui.sla_editor import SlaEditorDialog
from agentdesk.services import Services, build_services
from agentdesk.sla import editing
from agentdesk.sla.presets import install_presets
from agentdesk.store import models
from agentdesk.store.database import Store

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # Monday, 10:00 in Bavaria
BAVARIA = "Germany (Bavaria) office hours"
EMAIL_POLICY = "Email & web form · normal · Basic & Standard"


def _services(store: Store, clock: FixedClock) -> Services:
    install_presets(store, now=clock.now())
    return build_services(store, clock)


def _conversation(services: Services, channel: str = "email") -> uuid.UUID:
    customer = services.inbox.create_customer("Jens Hansen", email="jens@example.com")
    return services.inbox.create_conversation(customer, channel, "Payment failed", "It failed again.").id


def _row(conversation_id: uuid.UUID, store: Store) -> models.Conversation:
    with store.read() as session:
        row = session.get(models.Conversation, conversation_id)
        assert row is not None
        return row


def _select(dialog: SlaEditorDialog, list_name: str, text: str) -> None:
    widget = dialog.policy_list if list_name == "policies" else dialog.calendar_list
    [item] = widget.findItems(text, Qt.MatchFlag.MatchExactly)
    widget.setCurrentItem(item)


def _open(qtbot: QtBot, services: Services) -> SlaEditorDialog:
    dialog = SlaEditorDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_changed_target_is_saved_and_moves_due_time(qtbot: QtBot, store: Store) -> None:
    services = _services(store, FixedClock(START))
    conversation = _conversation(services)
    before = _row(conversation, store)
    assert before.first_response_due_at is not None

    dialog = _open(qtbot, services)
    _select(dialog, "policies", EMAIL_POLICY)
    spin = dialog.targets["first_response"][0]
    assert spin.value() == 480
    assert "1d" in dialog.targets["first_response"][1].text()
    assert dialog.policy_calendar.currentText() == BAVARIA
    spin.setValue(180)
    assert "3h 00m" in dialog.targets["first_response"][1].text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved
    [policy] = [p for p in editing.list_policies(store) if p.name == EMAIL_POLICY]
    assert policy.first_response_minutes == 180
    [calendar] = [c for c in editing.list_calendars(store) if c.name == BAVARIA]
    assert policy.calendar_id == calendar.id
    after = _row(conversation, store)
    # Monday 10:00 in Munich plus three business hours around the lunch break: 14:00 local.
    assert after.first_response_due_at == dt.datetime(2026, 11, 23, 13, 0, tzinfo=dt.UTC)
    assert after.due_at == after.first_response_due_at


def test_invalid_hours_show_inline_error_and_save_nothing(qtbot: QtBot, store: Store) -> None:
    services = _services(store, FixedClock(START))
    stored = {e.name: e.definition for e in editing.list_calendars(store)}
    dialog = _open(qtbot, services)
    dialog.tabs.setCurrentIndex(1)
    _select(dialog, "calendars", BAVARIA)
    monday = dialog.week[0]
    monday.setText("08:00-12:00, 11:00-17:00")
    monday.editingFinished.emit()
    assert dialog.error.isVisible()
    assert "overlaps" in dialog.error.text() and BAVARIA in dialog.error.text()

    assert not dialog.save()
    assert dialog.isVisible() and not dialog.saved
    assert "overlaps" in dialog.error.text()
    assert {e.name: e.definition for e in editing.list_calendars(store)} == stored

    monday.setText("08:00-25:00")
    monday.editingFinished.emit()
    assert "'25:00' is not a time of day" in dialog.error.text()
    dialog.timezone.setCurrentText("Europe/Atlantis")
    assert "not a known time zone" in dialog.error.text()
    monday.setText("08:00-12:00")
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.holidays_country.setText("XX")
    dialog.holidays_country.editingFinished.emit()
    assert "holidays.country: 'XX'" in dialog.error.text()
    dialog.holidays_country.setText("DE")
    dialog.holidays_country.editingFinished.emit()
    assert not dialog.error.isVisible()

    dialog.reject()  # Cancel discards
    assert {e.name: e.definition for e in editing.list_calendars(store)} == stored


def test_calendar_export_import_round_trip(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    services = _services(store, FixedClock(START))
    dialog = _open(qtbot, services)
    dialog.tabs.setCurrentIndex(1)
    _select(dialog, "calendars", BAVARIA)
    exported = tmp_path / "munich.json"
    assert dialog.export_calendar_to(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["timezone"] == "Europe/Berlin"
    assert data["holidays"] == {"country": "DE", "subdivision": "BY"}
    assert data["week"]["mon"] == [["08:00", "12:00"], ["13:00", "17:00"]]

    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({**data, "timezone": "Mars/Base"}), encoding="utf-8")
    count = dialog.calendar_list.count()
    assert not dialog.import_calendar_from(broken)
    assert "Mars/Base" in dialog.error.text() and dialog.calendar_list.count() == count

    assert dialog.import_calendar_from(exported)
    assert dialog.calendar_list.currentItem().text() == "munich"
    assert dialog.calendar_name.text() == "munich"
    assert dialog.save()
    saved = {e.name: e for e in editing.list_calendars(store)}
    assert saved["munich"].definition == data == saved[BAVARIA].definition


def test_next_closed_days_of_a_bavarian_calendar(qtbot: QtBot, store: Store) -> None:
    services = _services(store, FixedClock(dt.datetime(2027, 1, 2, 9, 0, tzinfo=dt.UTC)))
    dialog = _open(qtbot, services)
    dialog.tabs.setCurrentIndex(1)
    _select(dialog, "calendars", BAVARIA)
    first = dialog.next_closed.item(0).text()
    assert "Epiphany" in first or "Heilige Drei Könige" in first
    assert "2027" in first
    assert dialog.next_closed.count() == 10
    _select(dialog, "calendars", "Germany (Berlin) office hours")
    texts = [dialog.next_closed.item(i).text() for i in range(dialog.next_closed.count())]
    assert not any("Epiphany" in t or "Heilige Drei Könige" in t for t in texts)


def test_policy_order_and_removal(qtbot: QtBot, store: Store) -> None:
    services = _services(store, FixedClock(START))
    names = [p.name for p in editing.list_policies(store)]
    dialog = _open(qtbot, services)
    dialog.policy_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.move_up_button, Qt.MouseButton.LeftButton)
    assert dialog.policy_list.currentRow() == 0
    dialog.remove_policy()
    dialog.add_policy()
    dialog.policy_name.setText("Catch-all")
    assert dialog.save()
    saved = [p.name for p in editing.list_policies(store)]
    assert saved == [names[0], *names[2:], "Catch-all"]


def test_alerts_once_on_warning_and_once_on_breach(qtbot: QtBot, store: Store) -> None:
    clock = FixedClock(START)
    services = _services(store, clock)
    conversation = _conversation(services, channel="chat")  # 4 min, warns at 1 min left
    alerts = SlaAlerts(services)
    assert alerts.check() == []

    clock.advance(minutes=3, seconds=30)
    with qtbot.waitSignal(alerts.alert, timeout=1000) as blocker:
        found = alerts.check()
    assert [a.kind for a in found] == ["sla_warning"]
    assert blocker.args is not None and blocker.args[0] == conversation
    assert "due soon" in blocker.args[1]
    assert alerts.check() == []

    clock.advance(minutes=1)
    with qtbot.waitSignal(alerts.alert, timeout=1000) as blocker:
        found = alerts.check()
    assert [(a.kind, a.target.value) for a in found] == [("sla_breach", "first_response")]
    assert "overdue" in blocker.args[1]
    with qtbot.assertNotEmitted(alerts.alert):
        assert alerts.check() == []
        clock.advance(minutes=2)
        assert alerts.check() == []

    with store.read() as session:
        kinds = session.scalars(
            select(models.ConversationEvent.kind).where(
                models.ConversationEvent.conversation_id == conversation,
                models.ConversationEvent.kind.in_(("sla_warning", "sla_breach")),
            )
        ).all()
    assert sorted(kinds) == ["sla_breach", "sla_warning"]

    restarted = SlaAlerts(services)  # what happened before the start is not announced again
    with qtbot.assertNotEmitted(restarted.alert):
        assert restarted.check() == []


def test_alerts_leave_other_agents_conversations_alone(qtbot: QtBot, store: Store) -> None:
    clock = FixedClock(START)
    services = _services(store, clock)
    me = services.directory.create_agent("Me", "me@example.com", tiers=(1,))
    other = services.directory.create_agent("Other", "other@example.com", tiers=(1,))
    services.set_agent(me)
    conversation = _conversation(services, channel="chat")
    services.inbox.assign(conversation, other)
    alerts = SlaAlerts(services)
    clock.advance(minutes=5)
    with qtbot.assertNotEmitted(alerts.alert):
        assert alerts.check() == []
    services.inbox.assign(conversation, me)
    clock.advance(seconds=10)
    # Both happened since the last check: the breach is announced, the warning not on top of it.
    assert [a.kind for a in alerts.check()] == ["sla_breach"]


def test_saving_without_changes_changes_nothing(qtbot: QtBot, store: Store) -> None:
    services = _services(store, FixedClock(START))
    policies, calendars = editing.list_policies(store), editing.list_calendars(store)
    dialog = _open(qtbot, services)
    for row in range(dialog.policy_list.count()):  # showing each policy must not alter it
        dialog.policy_list.setCurrentRow(row)
    dialog.tabs.setCurrentIndex(1)
    for row in range(dialog.calendar_list.count()):
        dialog.calendar_list.setCurrentRow(row)
    assert dialog.save()
    assert editing.list_policies(store) == policies
    assert editing.list_calendars(store) == calendars


PREMIUM_EMAIL = "Email & web form · normal · Premium & Enterprise"


def test_automatic_escalation_is_edited_saved_and_refused_when_it_cannot_work(
    qtbot: QtBot, store: Store
) -> None:
    services = _services(store, FixedClock(START))
    dialog = _open(qtbot, services)
    _select(dialog, "policies", PREMIUM_EMAIL)  # the preset: on breach of first response
    assert dialog.auto_enabled.isChecked() and dialog.auto_on.currentText() == "at the breach of"
    assert dialog.auto_targets["first_response"].isChecked()
    assert dialog.auto_escalate.isChecked() and dialog.auto_notify.isChecked()
    _select(dialog, "policies", EMAIL_POLICY)
    assert not dialog.auto_enabled.isChecked() and not dialog.auto_escalate.isEnabled()

    dialog.auto_enabled.setChecked(True)
    assert dialog.auto_escalate.isEnabled()
    dialog.auto_on.setCurrentText("at the warning of")
    dialog.auto_targets["first_response"].setChecked(False)
    dialog.auto_targets["resolution"].setChecked(True)
    dialog.auto_notify.setChecked(False)
    dialog.targets["resolution"][0].setValue(0)  # but the policy has no resolution target then
    assert not dialog.save()
    assert EMAIL_POLICY in dialog.error.text() and "has no resolution target" in dialog.error.text()
    dialog.targets["resolution"][0].setValue(2400)
    dialog.auto_escalate.setChecked(False)
    assert not dialog.save()
    assert "choose to escalate, to notify supervisors, or both" in dialog.error.text()
    dialog.auto_escalate.setChecked(True)
    assert dialog.save()

    [policy] = [p for p in editing.list_policies(store) if p.name == EMAIL_POLICY]
    assert policy.auto_escalation is not None
    assert policy.auto_escalation.to_dict() == {
        "on": "warning",
        "targets": ["resolution"],
        "escalate": True,
        "notify": False,
    }
    again = _open(qtbot, services)  # shown as saved
    _select(again, "policies", EMAIL_POLICY)
    assert again.auto_enabled.isChecked() and again.auto_on.currentText() == "at the warning of"
    assert [k for k, box in again.auto_targets.items() if box.isChecked()] == ["resolution"]
    assert again.auto_escalate.isChecked() and not again.auto_notify.isChecked()
    again.auto_enabled.setChecked(False)  # turned off again
    assert again.save()
    [policy] = [p for p in editing.list_policies(store) if p.name == EMAIL_POLICY]
    assert policy.auto_escalation is None


def test_supervisors_are_alerted_when_a_notifying_policy_breaches_and_see_the_escalation(
    qtbot: QtBot, store: Store
) -> None:
    clock = FixedClock(START)
    services = _services(store, clock)
    pia = services.directory.create_agent("Pia Boss", "pia@example.com", role="supervisor", tiers=(1,))
    lea = services.directory.create_agent("Lea Wolf", "lea@example.com", tiers=(1,))
    services.set_agent(pia)
    premium = services.inbox.create_customer("Anna Müller", email="anna@example.com", plan="premium")
    chat = services.inbox.create_conversation(premium, "chat", "Where is my order?", "Hello?").id
    ordinary = _conversation(services, channel="chat")  # a standard plan: the preset does not notify
    for conversation in (chat, ordinary):
        services.inbox.assign(conversation, lea)  # Lea's, not Pia's own conversations
    alerts = SlaAlerts(services)
    assert alerts.check() == []

    clock.advance(minutes=2, seconds=10)  # premium chat: first response within 2 minutes
    with qtbot.waitSignal(alerts.alert, timeout=1000) as blocker:
        found = alerts.check()
    assert [(a.conversation_id, a.kind, a.target.value) for a in found] == [
        (chat, "sla_breach", "first_response")
    ]
    assert found[0].escalated_to == 2
    assert blocker.args is not None and "moved to tier 2 automatically" in blocker.args[2]
    assert _row(chat, store).tier == 2 and _row(chat, store).assignee_id is None
    assert _row(ordinary, store).tier == 1
    with qtbot.assertNotEmitted(alerts.alert):
        clock.advance(minutes=5)
        assert alerts.check() == []
