# SPDX-License-Identifier: GPL-3.0-or-later
"""The SLA editor: a supervisor edits the SLA policies and business calendars of the workspace.

The form is a Qt Designer file (``forms/sla_editor.ui``). The dialog edits working copies
(``_PolicyDraft``, ``_CalendarDraft``) and writes nothing until Save; Save hands everything to
``agentdesk.sla.editing.apply_edits`` in one transaction, which validates with the SLA classes
themselves and refreshes every conversation's cached due times. A mistake (an unknown time zone,
``25:00``, overlapping intervals, an unknown country) is shown inline in red, naming the calendar or
policy and the field, and nothing is saved; Cancel discards every change.

Opening hours are typed as text, one line per weekday (``08:00-12:00, 13:00-17:00``), which is
quicker to read and fix than a grid of time pickers, and maps one-to-one onto the documented JSON.
"""

from __future__ import annotations

import logging
import re
import uuid
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import AgentDeskError, ValidationError
from agentdesk.gui import labels, theme
from agentdesk.gui.designer import child as _child
from agentdesk.gui.designer import load_form
from agentdesk.gui.sla_text import duration
from agentdesk.ids import uuid7
from agentdesk.services import Services
from agentdesk.sla import editing
from agentdesk.sla.calendar import CLOSED_NAME, WEEKDAYS, BusinessCalendar
from agentdesk.sla.policy import MAX_TARGET_MINUTES, AutoEscalation, Policy, PolicyMatch, Target, Trigger
from agentdesk.store.models import Channel, Plan, Priority

log = logging.getLogger("agentdesk.gui.sla_editor")

FORM = "sla_editor.ui"
CLOSED_DAYS_SHOWN = 10
TIERS = (1, 2, 3)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
LONG_DATE = QLocale.FormatType.LongFormat
_INTERVAL_RE = re.compile(r"^\s*(\S+)\s*[-–]\s*(\S+)\s*$")
_WEEK_FIELDS = ("weekMon", "weekTue", "weekWed", "weekThu", "weekFri", "weekSat", "weekSun")


@dataclass
class _PolicyDraft:
    """What the policy fields show; turned into a validated ``Policy`` on Save."""

    id: uuid.UUID | None
    name: str
    channels: set[str] = field(default_factory=set)
    priorities: set[str] = field(default_factory=set)
    plans: set[str] = field(default_factory=set)
    tiers: set[int] = field(default_factory=set)
    first_response: int = 0  # 0: no such target
    next_response: int = 0
    resolution: int = 0
    calendar_id: uuid.UUID | None = None
    warning_percent: int = 25  # 0: no share
    warning_minutes: int = 0
    active: bool = True
    auto_enabled: bool = False
    auto_on: str = Trigger.BREACH.value
    auto_targets: set[str] = field(default_factory=lambda: {Target.FIRST_RESPONSE.value})
    auto_escalate: bool = True
    auto_notify: bool = True

    @classmethod
    def of(cls, policy: Policy) -> _PolicyDraft:
        return cls(
            id=policy.id,
            name=policy.name,
            channels=set(policy.match.channels),
            priorities=set(policy.match.priorities),
            plans=set(policy.match.plans),
            tiers=set(policy.match.tiers),
            first_response=policy.first_response_minutes or 0,
            next_response=policy.next_response_minutes or 0,
            resolution=policy.resolution_minutes or 0,
            calendar_id=policy.calendar_id,
            warning_percent=round((policy.warning_share or 0) * 100),
            warning_minutes=policy.warning_minutes or 0,
            active=policy.active,
            **cls._auto_fields(policy.auto_escalation),
        )

    @staticmethod
    def _auto_fields(rule: AutoEscalation | None) -> dict[str, Any]:
        if rule is None:
            return {"auto_enabled": False}
        return {
            "auto_enabled": True,
            "auto_on": rule.on.value,
            "auto_targets": {t.value for t in rule.targets},
            "auto_escalate": rule.escalate,
            "auto_notify": rule.notify,
        }

    def auto_escalation(self) -> AutoEscalation | None:
        """The automatic escalation the fields describe (None when off); validated."""
        if not self.auto_enabled:
            return None
        return AutoEscalation.from_dict(
            {
                "on": self.auto_on,
                "targets": [t.value for t in Target if t.value in self.auto_targets],
                "escalate": self.auto_escalate,
                "notify": self.auto_notify,
            }
        )

    def policy(self) -> Policy:
        """Raises ``ValidationError`` naming the policy and the problem."""
        try:
            return Policy(
                id=self.id,
                name=self.name,
                match=PolicyMatch(
                    frozenset(self.channels),
                    frozenset(self.priorities),
                    frozenset(self.plans),
                    frozenset(self.tiers),
                ),
                first_response_minutes=self.first_response or None,
                next_response_minutes=self.next_response or None,
                resolution_minutes=self.resolution or None,
                calendar_id=self.calendar_id,
                warning_share=self.warning_percent / 100 if self.warning_percent else None,
                warning_minutes=self.warning_minutes or None,
                active=self.active,
                auto_escalation=self.auto_escalation(),
            )
        except ValidationError as exc:
            raise ValidationError(f"Policy {self.name.strip()!r}: {exc}") from None


@dataclass
class _CalendarDraft:
    """What the calendar fields show, as text; turned into the JSON form on Save."""

    id: uuid.UUID
    name: str
    timezone: str = "Europe/Berlin"
    week: list[str] = field(default_factory=lambda: [""] * 7)
    country: str = ""
    subdivision: str = ""
    closed: str = ""
    stored_problem: str | None = None

    @classmethod
    def of(cls, entry: editing.CalendarEntry) -> _CalendarDraft:
        draft = cls(entry.id, entry.name, stored_problem=entry.problem)
        draft.load(entry.definition)
        return draft

    def load(self, definition: dict[str, Any]) -> None:
        """Fill the text fields from the JSON form (tolerant: a broken stored row still shows)."""
        self.timezone = str(definition.get("timezone") or "")
        given = definition.get("week")
        week: dict[str, Any] = given if isinstance(given, dict) else {}
        self.week = [
            ", ".join(
                f"{pair[0]}-{pair[1]}"
                for pair in week.get(day) or []
                if isinstance(pair, list) and len(pair) == 2
            )
            for day in WEEKDAYS
        ]
        spec = definition.get("holidays")
        spec = spec if isinstance(spec, dict) else {}
        self.country = str(spec.get("country") or "")
        self.subdivision = str(spec.get("subdivision") or "")
        closed = definition.get("closed")
        self.closed = ", ".join(str(d) for d in closed) if isinstance(closed, list) else ""

    def definition(self) -> dict[str, Any]:
        """The documented JSON form of what is typed; raises ``ValidationError`` for text that is not
        intervals (the SLA calendar then checks the times themselves)."""
        week: dict[str, list[list[str]]] = {}
        for index, (day, text) in enumerate(zip(WEEKDAYS, self.week, strict=True)):
            intervals = []
            for part in (p for p in text.split(",") if p.strip()):
                match = _INTERVAL_RE.match(part)
                if match is None:
                    raise ValidationError(
                        f"Calendar {self.name.strip()!r}: {_day_name(index)}: {part.strip()!r} is not an "
                        "interval like 08:00-12:00."
                    )
                intervals.append([match.group(1), match.group(2)])
            if intervals:
                week[day] = intervals
        result: dict[str, Any] = {"timezone": self.timezone.strip(), "week": week}
        if self.country.strip():
            spec = {"country": self.country.strip().upper()}
            if self.subdivision.strip():
                spec["subdivision"] = self.subdivision.strip().upper()
            result["holidays"] = spec
        elif self.subdivision.strip():
            raise ValidationError(f"Calendar {self.name.strip()!r}: a subdivision needs a country.")
        closed = [d.strip() for d in re.split(r"[,\s]+", self.closed) if d.strip()]
        if closed:
            result["closed"] = closed
        return result

    def calendar(self) -> BusinessCalendar:
        return editing.validate_calendar(self.name, self.definition())


def _day_name(index: int) -> str:
    return (
        labels.translate("SlaEditorDialog", "Monday"),
        labels.translate("SlaEditorDialog", "Tuesday"),
        labels.translate("SlaEditorDialog", "Wednesday"),
        labels.translate("SlaEditorDialog", "Thursday"),
        labels.translate("SlaEditorDialog", "Friday"),
        labels.translate("SlaEditorDialog", "Saturday"),
        labels.translate("SlaEditorDialog", "Sunday"),
    )[index]


class SlaEditorDialog(QDialog):
    """Opened with ``open()`` or ``exec()``; Save writes and refreshes due times, Cancel discards.

    ``saved`` is True after a successful Save. ``import_calendar_from`` / ``export_calendar_to``
    are what the Import/Export buttons call after their file dialog (tests call them directly).
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.saved = False
        self.setWindowTitle(self.tr("SLA policies and calendars"))
        self.resize(1040, 680)
        form = load_form(FORM, self)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(form)

        self.tabs = _child(form, QTabWidget, "tabs")
        self.policy_list = _child(form, QListWidget, "policyList")
        self.add_policy_button = _child(form, QPushButton, "addPolicy")
        self.remove_policy_button = _child(form, QPushButton, "removePolicy")
        self.move_up_button = _child(form, QPushButton, "moveUp")
        self.move_down_button = _child(form, QPushButton, "moveDown")
        self.policy_details = _child(form, QWidget, "policyDetails")
        self.policy_name = _child(form, QLineEdit, "policyName")
        self.policy_active = _child(form, QCheckBox, "policyActive")
        self.match_lists = {
            "channels": _child(form, QListWidget, "matchChannels"),
            "priorities": _child(form, QListWidget, "matchPriorities"),
            "plans": _child(form, QListWidget, "matchPlans"),
            "tiers": _child(form, QListWidget, "matchTiers"),
        }
        self.targets = {
            "first_response": (
                _child(form, QSpinBox, "firstResponseMinutes"),
                _child(form, QLabel, "firstResponseHint"),
            ),
            "next_response": (
                _child(form, QSpinBox, "nextResponseMinutes"),
                _child(form, QLabel, "nextResponseHint"),
            ),
            "resolution": (
                _child(form, QSpinBox, "resolutionMinutes"),
                _child(form, QLabel, "resolutionHint"),
            ),
        }
        self.policy_calendar = _child(form, QComboBox, "policyCalendar")
        self.warning_share = _child(form, QSpinBox, "warningShare")
        self.warning_minutes = _child(form, QSpinBox, "warningMinutes")
        self.auto_enabled = _child(form, QCheckBox, "autoEnabled")
        self.auto_on = _child(form, QComboBox, "autoOn")
        self.auto_targets = {
            Target.FIRST_RESPONSE.value: _child(form, QCheckBox, "autoFirstResponse"),
            Target.NEXT_RESPONSE.value: _child(form, QCheckBox, "autoNextResponse"),
            Target.RESOLUTION.value: _child(form, QCheckBox, "autoResolution"),
        }
        self.auto_escalate = _child(form, QCheckBox, "autoEscalate")
        self.auto_notify = _child(form, QCheckBox, "autoNotify")

        self.calendar_list = _child(form, QListWidget, "calendarList")
        self.add_calendar_button = _child(form, QPushButton, "addCalendar")
        self.remove_calendar_button = _child(form, QPushButton, "removeCalendar")
        self.import_button = _child(form, QPushButton, "importCalendar")
        self.export_button = _child(form, QPushButton, "exportCalendar")
        self.calendar_details = _child(form, QWidget, "calendarDetails")
        self.calendar_name = _child(form, QLineEdit, "calendarName")
        self.timezone = _child(form, QComboBox, "timezone")
        self.week = [_child(form, QLineEdit, name) for name in _WEEK_FIELDS]
        self.holidays_country = _child(form, QLineEdit, "holidaysCountry")
        self.holidays_subdivision = _child(form, QLineEdit, "holidaysSubdivision")
        self.closed_dates = _child(form, QLineEdit, "closedDates")
        self.next_closed = _child(form, QListWidget, "nextClosed")
        self.error = _child(form, QLabel, "error")
        self.buttons = _child(form, QDialogButtonBox, "buttons")

        self._setup_fields()
        self._policies: list[_PolicyDraft] = []
        self._calendars: list[_CalendarDraft] = []
        self._deleted_policies: set[uuid.UUID] = set()
        self._deleted_calendars: set[uuid.UUID] = set()
        self._policy_row = -1
        self._calendar_row = -1
        self._load()
        self._connect()

    # -- setup --------------------------------------------------------------------------------------

    def _setup_fields(self) -> None:
        self.error.setStyleSheet(f"color: {theme.DANGER};")
        self.error.hide()
        for key, values, label in (
            ("channels", Channel.values(), labels.channel_label),
            ("priorities", Priority.values(), labels.priority_label),
            ("plans", Plan.values(), labels.plan_label),
        ):
            for value in values:
                self._add_check(self.match_lists[key], label(value), value)
        for tier in TIERS:
            self._add_check(self.match_lists["tiers"], labels.tier_name(tier), tier)
        for matches in self.match_lists.values():
            matches.setMinimumWidth(110)
            matches.setMaximumHeight(150)
        for spin, hint in self.targets.values():
            spin.setRange(0, MAX_TARGET_MINUTES)
            spin.setSpecialValueText(self.tr("none"))
            spin.setSuffix(self.tr(" min"))
            spin.setSingleStep(15)
            spin.setMinimumWidth(110)
            # A longer language takes a second line, not the dialog's width; the line gets the room.
            hint.setWordWrap(True)
            hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            hint.setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.warning_share.setRange(0, 100)
        self.warning_share.setSuffix(self.tr(" % of the target"))
        self.warning_share.setSpecialValueText(self.tr("no share"))
        self.warning_minutes.setRange(0, MAX_TARGET_MINUTES)
        self.warning_minutes.setSuffix(self.tr(" min"))
        self.warning_minutes.setSpecialValueText(self.tr("no minimum"))
        self.auto_on.addItem(self.tr("at the warning of"), Trigger.WARNING.value)
        self.auto_on.addItem(self.tr("at the breach of"), Trigger.BREACH.value)
        _child(self.form, QLabel, "autoHint").setStyleSheet(f"color: {theme.TEXT_MUTED};")
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setMaxVisibleItems(20)
        for name in ("matchHint", "weekHint"):
            _child(self.form, QLabel, name).setStyleSheet(f"color: {theme.TEXT_MUTED};")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setDefault(True)

    @staticmethod
    def _add_check(target: QListWidget, text: str, value: object) -> None:
        item = QListWidgetItem(text, target)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(VALUE_ROLE, value)

    def _load(self) -> None:
        try:
            self._calendars = [_CalendarDraft.of(e) for e in editing.list_calendars(self.services.store)]
            self._policies = [_PolicyDraft.of(p) for p in editing.list_policies(self.services.store)]
        except AgentDeskError as exc:
            self._show_error(exc.message)
        for draft in self._policies:
            self.policy_list.addItem(draft.name)
        for cal in self._calendars:
            self.calendar_list.addItem(cal.name)
        self._fill_calendar_combo()
        # Selected before the signals are connected, so shown by hand.
        if self._policies:
            self.policy_list.setCurrentRow(0)
        self._show_policy(0 if self._policies else -1)
        if self._calendars:
            self.calendar_list.setCurrentRow(0)
        self._show_calendar(0 if self._calendars else -1)

    def _connect(self) -> None:
        self.policy_list.currentRowChanged.connect(self._policy_selected)
        self.calendar_list.currentRowChanged.connect(self._calendar_selected)
        self.add_policy_button.clicked.connect(self.add_policy)
        self.remove_policy_button.clicked.connect(self.remove_policy)
        self.move_up_button.clicked.connect(lambda: self.move_policy(-1))
        self.move_down_button.clicked.connect(lambda: self.move_policy(1))
        self.add_calendar_button.clicked.connect(self.add_calendar)
        self.remove_calendar_button.clicked.connect(self.remove_calendar)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.policy_name.textEdited.connect(self._policy_renamed)
        self.calendar_name.textEdited.connect(self._calendar_renamed)
        for spin, _hint in self.targets.values():
            spin.valueChanged.connect(self._update_hints)
        self.auto_enabled.toggled.connect(self._update_auto)
        for edit in (*self.week, self.holidays_country, self.holidays_subdivision, self.closed_dates):
            edit.editingFinished.connect(self._calendar_edited)
        self.timezone.currentTextChanged.connect(self._calendar_edited)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- policies -----------------------------------------------------------------------------------

    def _policy_selected(self, row: int) -> None:
        self._store_policy()
        self._show_policy(row)

    def _store_policy(self) -> None:
        """Copy the fields into the draft being shown."""
        if not 0 <= self._policy_row < len(self._policies):
            return
        draft = self._policies[self._policy_row]
        draft.name = self.policy_name.text()
        draft.active = self.policy_active.isChecked()
        draft.channels = set(self._checked("channels"))
        draft.priorities = set(self._checked("priorities"))
        draft.plans = set(self._checked("plans"))
        draft.tiers = {int(t) for t in self._checked("tiers")}
        draft.first_response = self.targets["first_response"][0].value()
        draft.next_response = self.targets["next_response"][0].value()
        draft.resolution = self.targets["resolution"][0].value()
        cal = self.policy_calendar.currentData()
        draft.calendar_id = uuid.UUID(hex=cal) if isinstance(cal, str) and cal else None
        draft.warning_percent = self.warning_share.value()
        draft.warning_minutes = self.warning_minutes.value()
        draft.auto_enabled = self.auto_enabled.isChecked()
        on = self.auto_on.currentData()
        draft.auto_on = on if isinstance(on, str) else Trigger.BREACH.value
        draft.auto_targets = {key for key, box in self.auto_targets.items() if box.isChecked()}
        draft.auto_escalate = self.auto_escalate.isChecked()
        draft.auto_notify = self.auto_notify.isChecked()

    def _checked(self, key: str) -> list[Any]:
        matches = self.match_lists[key]
        return [
            matches.item(i).data(VALUE_ROLE)
            for i in range(matches.count())
            if matches.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _show_policy(self, row: int) -> None:
        self._policy_row = row
        valid = 0 <= row < len(self._policies)
        self.policy_details.setEnabled(valid)
        self.remove_policy_button.setEnabled(valid)
        self.move_up_button.setEnabled(valid and row > 0)
        self.move_down_button.setEnabled(valid and row < len(self._policies) - 1)
        draft = self._policies[row] if valid else _PolicyDraft(None, "")
        self.policy_name.setText(draft.name)
        self.policy_active.setChecked(draft.active)
        chosen: dict[str, set[Any]] = {
            "channels": set(draft.channels),
            "priorities": set(draft.priorities),
            "plans": set(draft.plans),
            "tiers": set(draft.tiers),
        }
        for key, matches in self.match_lists.items():
            for i in range(matches.count()):
                item = matches.item(i)
                checked = item.data(VALUE_ROLE) in chosen[key]
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.targets["first_response"][0].setValue(draft.first_response)
        self.targets["next_response"][0].setValue(draft.next_response)
        self.targets["resolution"][0].setValue(draft.resolution)
        index = self.policy_calendar.findData(draft.calendar_id.hex) if draft.calendar_id else 0
        self.policy_calendar.setCurrentIndex(max(index, 0))
        self.warning_share.setValue(draft.warning_percent)
        self.warning_minutes.setValue(draft.warning_minutes)
        self.auto_enabled.setChecked(draft.auto_enabled)
        self.auto_on.setCurrentIndex(max(self.auto_on.findData(draft.auto_on), 0))
        for key, box in self.auto_targets.items():
            box.setChecked(key in draft.auto_targets)
        self.auto_escalate.setChecked(draft.auto_escalate)
        self.auto_notify.setChecked(draft.auto_notify)
        self._update_hints()
        self._update_auto()

    def _update_auto(self) -> None:
        """The automatic escalation's details are editable only while it is on."""
        on = self.auto_enabled.isChecked()
        for widget in (self.auto_on, *self.auto_targets.values(), self.auto_escalate, self.auto_notify):
            widget.setEnabled(on)

    def _update_hints(self) -> None:
        for spin, hint in self.targets.values():
            minutes = spin.value()
            if minutes:
                text = self.tr("= %1 (business time; a day is 8 hours)").replace("%1", duration(minutes))
            else:
                text = self.tr("not measured")
            hint.setText(text)

    def _policy_renamed(self, text: str) -> None:
        item = self.policy_list.item(self._policy_row)
        if item is not None:
            item.setText(text)

    def add_policy(self) -> None:
        """A new policy at the end of the order (it only matches what no earlier one does)."""
        self._store_policy()
        names = {p.name for p in self._policies}
        name = self.tr("New policy")
        n = 2
        while name in names:
            name = self.tr("New policy %1").replace("%1", str(n))
            n += 1
        default_cal = self._calendars[0].id if self._calendars else None
        self._policies.append(_PolicyDraft(None, name, first_response=480, calendar_id=default_cal))
        self.policy_list.addItem(name)
        self.policy_list.setCurrentRow(len(self._policies) - 1)
        self.policy_name.setFocus()
        self.policy_name.selectAll()

    def remove_policy(self) -> None:
        row = self._policy_row
        if not 0 <= row < len(self._policies):
            return
        draft = self._policies.pop(row)
        if draft.id is not None:
            self._deleted_policies.add(draft.id)
        self._policy_row = -1
        self.policy_list.takeItem(row)
        self._show_policy(self.policy_list.currentRow())

    def move_policy(self, delta: int) -> None:
        """Move the shown policy earlier (-1) or later (+1) in the order they are tried."""
        self._store_policy()
        row = self._policy_row
        target = row + delta
        if not (0 <= row < len(self._policies) and 0 <= target < len(self._policies)):
            return
        self._policies.insert(target, self._policies.pop(row))
        with QSignalBlocker(self.policy_list):
            item = self.policy_list.takeItem(row)
            self.policy_list.insertItem(target, item)
            self.policy_list.setCurrentRow(target)
        self._show_policy(target)

    # -- calendars ----------------------------------------------------------------------------------

    def _fill_calendar_combo(self) -> None:
        current = self.policy_calendar.currentData()
        with QSignalBlocker(self.policy_calendar):
            self.policy_calendar.clear()
            # Ids as text: a uuid.UUID wrapped in a QVariant does not compare equal in findData.
            self.policy_calendar.addItem(self.tr("Around the clock (no calendar)"), "")
            for cal in self._calendars:
                self.policy_calendar.addItem(cal.name, cal.id.hex)
            index = self.policy_calendar.findData(current) if current else 0
            self.policy_calendar.setCurrentIndex(max(index, 0))

    def _tab_changed(self, _index: int) -> None:
        self._store_policy()
        self._store_calendar()
        self._fill_calendar_combo()

    def _calendar_selected(self, row: int) -> None:
        self._store_calendar()
        self._show_calendar(row)

    def _store_calendar(self) -> None:
        if not 0 <= self._calendar_row < len(self._calendars):
            return
        draft = self._calendars[self._calendar_row]
        draft.name = self.calendar_name.text()
        draft.timezone = self.timezone.currentText()
        draft.week = [edit.text() for edit in self.week]
        draft.country = self.holidays_country.text()
        draft.subdivision = self.holidays_subdivision.text()
        draft.closed = self.closed_dates.text()

    def _show_calendar(self, row: int) -> None:
        self._calendar_row = row
        valid = 0 <= row < len(self._calendars)
        self.calendar_details.setEnabled(valid)
        self.remove_calendar_button.setEnabled(valid)
        self.export_button.setEnabled(valid)
        draft = self._calendars[row] if valid else _CalendarDraft(uuid.UUID(int=0), "")
        with QSignalBlocker(self.timezone):
            self.calendar_name.setText(draft.name)
            self.timezone.setCurrentText(draft.timezone)
            for edit, text in zip(self.week, draft.week, strict=True):
                edit.setText(text)
            self.holidays_country.setText(draft.country)
            self.holidays_subdivision.setText(draft.subdivision)
            self.closed_dates.setText(draft.closed)
        self._update_closed_days()

    def _calendar_edited(self) -> None:
        self._store_calendar()
        self._update_closed_days()

    def _update_closed_days(self) -> None:
        """List the next holidays and closed dates the shown calendar skips; a mistake in what is
        typed is shown in red at once, so it is fixed before Save."""
        self.next_closed.clear()
        if not 0 <= self._calendar_row < len(self._calendars):
            return
        draft = self._calendars[self._calendar_row]
        try:
            cal = draft.calendar()
        except ValidationError as exc:
            self._show_error(exc.message)
            return
        self._clear_error()
        today = cal.local_date(self.services.clock.now())
        for day in cal.upcoming_closed_days(today, CLOSED_DAYS_SHOWN):
            name = self.tr("Closed") if day.name == CLOSED_NAME else day.name
            when = QLocale().toString(QDate(day.date.year, day.date.month, day.date.day), LONG_DATE)
            self.next_closed.addItem(f"{when} · {name}")
        if not self.next_closed.count():
            self.next_closed.addItem(self.tr("No holidays or closed dates ahead."))

    def _calendar_renamed(self, text: str) -> None:
        item = self.calendar_list.item(self._calendar_row)
        if item is not None:
            item.setText(text)

    def add_calendar(self) -> None:
        """A new calendar with office hours Monday to Friday, to be adjusted."""
        draft = _CalendarDraft(uuid7(), self._free_calendar_name(self.tr("New calendar")))
        draft.week = ["09:00-17:00"] * 5 + ["", ""]
        self._append_calendar(draft)

    def _append_calendar(self, draft: _CalendarDraft) -> None:
        self._store_calendar()
        self._calendars.append(draft)
        self.calendar_list.addItem(draft.name)
        self.calendar_list.setCurrentRow(len(self._calendars) - 1)
        self._fill_calendar_combo()

    def _free_calendar_name(self, base: str) -> str:
        names = {c.name for c in self._calendars}
        name, n = base, 2
        while name in names:
            name = f"{base} {n}"
            n += 1
        return name

    def remove_calendar(self) -> None:
        row = self._calendar_row
        if not 0 <= row < len(self._calendars):
            return
        self._store_policy()
        draft = self._calendars[row]
        users = [p.name for p in self._policies if p.calendar_id == draft.id]
        if users:
            self._show_error(
                self.tr("The calendar %1 is used by %2 policies; choose another calendar for them first.")
                .replace("%1", repr(draft.name))
                .replace("%2", str(len(users)))
            )
            return
        self._calendars.pop(row)
        self._deleted_calendars.add(draft.id)
        self._calendar_row = -1
        self.calendar_list.takeItem(row)
        self._show_calendar(self.calendar_list.currentRow())
        self._fill_calendar_combo()

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), "", self.tr("Calendars (*.json);;All files (*)")
        )
        if path:
            self.import_calendar_from(Path(path))

    def _choose_export(self) -> None:
        if not 0 <= self._calendar_row < len(self._calendars):
            return
        suggested = (
            re.sub(r"[^\w.-]+", "-", self._calendars[self._calendar_row].name).strip("-") or "calendar"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), f"{suggested}.json", self.tr("Calendars (*.json)")
        )
        if path:
            self.export_calendar_to(Path(path))

    def import_calendar_from(self, path: Path) -> bool:
        """Add the calendar in the JSON file at ``path`` (the documented shape) as a new calendar
        named after the file; a file that is not a valid calendar is refused with the reason."""
        try:
            text = path.read_text(encoding="utf-8")
            cal = BusinessCalendar.from_json(text)
        except OSError as exc:
            self._show_error(
                self.tr("The file %1 cannot be read: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return False
        except ValidationError as exc:
            self._show_error(
                self.tr("%1 is not a calendar: %2").replace("%1", path.name).replace("%2", exc.message)
            )
            return False
        draft = _CalendarDraft(uuid7(), self._free_calendar_name(path.stem))
        draft.load(cal.to_dict())
        self._append_calendar(draft)
        self._clear_error()
        return True

    def export_calendar_to(self, path: Path) -> bool:
        """Write the shown calendar to ``path`` as JSON; refused (inline) while it has a mistake."""
        self._store_calendar()
        if not 0 <= self._calendar_row < len(self._calendars):
            return False
        try:
            cal = self._calendars[self._calendar_row].calendar()
            path.write_text(cal.to_json() + "\n", encoding="utf-8")
        except ValidationError as exc:
            self._show_error(exc.message)
            return False
        except OSError as exc:
            self._show_error(
                self.tr("The file %1 cannot be written: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return False
        return True

    # -- saving -------------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def edits(self) -> editing.SlaEdits:
        """Everything the dialog would save, validated; raises ``ValidationError`` on the first problem
        and shows the calendar or policy that has it."""
        self._store_policy()
        self._store_calendar()
        calendars: list[editing.CalendarEntry] = []
        for row, draft in enumerate(self._calendars):
            try:
                cal = draft.calendar()
            except ValidationError:
                self.tabs.setCurrentWidget(_child(self.form, QWidget, "calendarsTab"))
                self.calendar_list.setCurrentRow(row)
                raise
            calendars.append(editing.CalendarEntry(draft.id, draft.name.strip(), cal.to_dict(), cal))
        policies: list[Policy] = []
        for row, policy_draft in enumerate(self._policies):
            try:
                policies.append(policy_draft.policy())
            except ValidationError:
                self.tabs.setCurrentWidget(_child(self.form, QWidget, "policiesTab"))
                self.policy_list.setCurrentRow(row)
                raise
        return editing.SlaEdits(
            calendars=calendars,
            policies=policies,
            deleted_calendars=set(self._deleted_calendars),
            deleted_policies=set(self._deleted_policies),
        )

    def save(self) -> bool:
        """Validate and write everything, refresh due times, close; on a problem, say what and where
        and keep the dialog open with everything as typed."""
        try:
            edits = self.edits()
            summary = editing.apply_edits(self.services.store, edits, self.services.clock.now())
        except AgentDeskError as exc:
            self._show_error(exc.message)
            return False
        log.info("SLA settings saved; %d conversations got new due times", summary.updated)
        self.saved = True
        self._clear_error()
        self.accept()
        return True


__all__ = ["SlaEditorDialog"]
